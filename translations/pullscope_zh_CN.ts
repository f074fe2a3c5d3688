<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: pullscope-cli COMMAND [options]

Commands:
  diagnose [INPUT...]   explain why container images did not pull, from kubectl dumps
                        (JSON, YAML, `kubectl describe pod` text, `kubectl get events`
                        tables, cluster-info dump folders, or - for standard input)

Options of every command:
  --lang en|zh_CN       language of the output
  --help                this help; `pullscope-cli diagnose --help` for a command&apos;s options
  --version             the version

Exit codes: 0 done; 1 findings with --fail-on-findings; 2 bad usage or unreadable input;
3 a cluster could not be reached.
</source>
        <translation>用法：pullscope-cli 命令 [选项]

命令：
  diagnose [INPUT...]   根据 kubectl 导出的内容，分析容器镜像为什么没有拉取成功
                        （支持 JSON、YAML、`kubectl describe pod` 文本、`kubectl get events`
                        表格、cluster-info dump 目录，或用 - 表示标准输入）

所有命令通用的选项：
  --lang en|zh_CN       输出语言
  --help                显示本帮助；各命令自己的选项见 `pullscope-cli diagnose --help`
  --version             显示版本号

退出码：0 正常完成；1 指定了 --fail-on-findings 且发现问题；2 用法错误或输入无法读取；
3 无法连接集群。
</translation>
    </message>
    <message>
        <source>pullscope-cli: --lang takes en or zh_CN</source>
        <translation>pullscope-cli: --lang 只能是 en 或 zh_CN</translation>
    </message>
    <message>
        <source>pullscope-cli: &apos;%1&apos; is not available in this version yet</source>
        <translation>pullscope-cli: 当前版本暂不支持 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pullscope-cli: unknown command &apos;%1&apos;</source>
        <translation>pullscope-cli: 未知命令 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ContainerWalk</name>
    <message>
        <source>image &quot;%1&quot;: %2</source>
        <translation>镜像 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>imagePullSecrets names %1, which the input&apos;s Secrets do not hold</source>
        <translation>imagePullSecrets 引用了 %1，但输入中没有这些 Secret</translation>
    </message>
    <message>
        <source>pull secrets %1 hold credentials for %2, not for %3</source>
        <translation>拉取密钥 %1 中的凭据对应的镜像仓库为：%2，不包括 %3</translation>
    </message>
    <message>
        <source>no registry</source>
        <translation>无</translation>
    </message>
    <message>
        <source>pulling for %1 minutes with no result</source>
        <translation>已拉取 %1 分钟，仍然没有结果</translation>
    </message>
    <message>
        <source>pull secret %1 is missing; the image was pulled without it</source>
        <translation>拉取密钥 %1 不存在；镜像是在未使用该密钥的情况下拉取成功的</translation>
    </message>
</context>
<context>
    <name>DescribeParser</name>
    <message>
        <source>&quot;%1&quot; is not described as a pod (no Node, Status or Containers); skipped</source>
        <translation>&quot;%1&quot; 不是 Pod 的 describe 输出（缺少 Node、Status 或 Containers 字段），已跳过</translation>
    </message>
    <message>
        <source>events without a pod name (no &quot;Name:&quot; line above them)</source>
        <translation>事件缺少所属 Pod 的名称（上方没有 &quot;Name:&quot; 行）</translation>
    </message>
    <message>
        <source>malformed Events header: the columns must be Type, Reason, Age, From, Message</source>
        <translation>Events 表头格式错误：列必须依次为 Type、Reason、Age、From、Message</translation>
    </message>
    <message>
        <source>malformed Events header: expected &quot;Type  Reason  Age  From  Message&quot;</source>
        <translation>Events 表头格式错误：应为 &quot;Type  Reason  Age  From  Message&quot;</translation>
    </message>
    <message>
        <source>event row has %1 columns, the Events header has %2</source>
        <translation>事件行有 %1 列，而 Events 表头有 %2 列</translation>
    </message>
    <message>
        <source>no &quot;Name:&quot; or &quot;Events:&quot; line: this is not kubectl describe pod output</source>
        <translation>没有 &quot;Name:&quot; 或 &quot;Events:&quot; 行：这不是 kubectl describe pod 的输出</translation>
    </message>
    <message>
        <source>binary data, not kubectl describe text</source>
        <translation>这是二进制数据，不是 kubectl describe 文本</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Explain why container images did not pull, from kubectl output.</source>
        <translation>根据 kubectl 的输出，分析容器镜像为什么没有拉取成功。</translation>
    </message>
    <message>
        <source>A file, a folder (kubectl cluster-info dump) or - for standard input. The format is told from the content.</source>
        <translation>文件、目录（kubectl cluster-info dump 的输出）或 -（表示标准输入）。格式根据内容自动识别。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Read a live cluster (not in this version).</source>
        <translation>直接读取运行中的集群（当前版本暂不支持）。</translation>
    </message>
    <message>
        <source>The kubeconfig context.</source>
        <translation>使用的 kubeconfig 上下文。</translation>
    </message>
    <message>
        <source>Only this namespace.</source>
        <translation>只诊断该命名空间。</translation>
    </message>
    <message>
        <source>All namespaces (the default for files).</source>
        <translation>所有命名空间（读取文件时默认如此）。</translation>
    </message>
    <message>
        <source>Allow kubeconfig exec credential plugins.</source>
        <translation>允许使用 kubeconfig 中的 exec 凭据插件。</translation>
    </message>
    <message>
        <source>Read relative ages against this time (RFC 3339). Default: the newest timestamp in the input, else the current time.</source>
        <translation>以该时间（RFC 3339 格式）为基准换算相对时间（如 Age）。默认取输入中最新的时间戳，没有时取当前时间。</translation>
    </message>
    <message>
        <source>A pull running longer than this with no result is stalled (default 10).</source>
        <translation>拉取超过 N 分钟仍无结果即判定为卡住（默认 10）。</translation>
    </message>
    <message>
        <source>table, json or markdown (default table).</source>
        <translation>table、json 或 markdown（默认 table）。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Exit with 1 when a container is failing.</source>
        <translation>有容器处于失败状态时，以退出码 1 退出。</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --format takes table, json or markdown</source>
        <translation>pullscope-cli diagnose: --format 只能是 table、json 或 markdown</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --stall-minutes takes a whole number of minutes, 1 or more</source>
        <translation>pullscope-cli diagnose: --stall-minutes 必须是不小于 1 的整数（单位：分钟）</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --now takes an RFC 3339 time such as 2026-02-03T09:24:00Z</source>
        <translation>pullscope-cli diagnose: --now 需要 RFC 3339 格式的时间，例如 2026-02-03T09:24:00Z</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: live clusters (--kubeconfig) are not available in this version yet; diagnose a dump made with `kubectl get pods,events -A -o json`</source>
        <translation>pullscope-cli diagnose: 当前版本暂不支持直接连接集群（--kubeconfig）；请先用 `kubectl get pods,events -A -o json` 导出，再诊断导出的文件</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: name at least one INPUT (a file, a folder, or - for standard input)</source>
        <translation>pullscope-cli diagnose: 请至少指定一个 INPUT（文件、目录，或用 - 表示标准输入）</translation>
    </message>
</context>
<context>
    <name>EventTableParser</name>
    <message>
        <source>the event table header has no %1 column</source>
        <translation>事件表头中缺少 %1 列</translation>
    </message>
    <message>
        <source>the event table header has its columns out of kubectl&apos;s order</source>
        <translation>事件表头的列顺序与 kubectl 输出的顺序不一致</translation>
    </message>
    <message>
        <source>event row has %1 columns, the header has %2</source>
        <translation>事件行有 %1 列，而表头有 %2 列</translation>
    </message>
    <message>
        <source>event row does not end in FIRST SEEN, COUNT and NAME values as the -o wide header says</source>
        <translation>按 -o wide 表头，事件行末尾应依次为 FIRST SEEN、COUNT 和 NAME 的值，但实际不符</translation>
    </message>
    <message>
        <source>no event table header (LAST SEEN  TYPE  REASON  OBJECT  MESSAGE) before this row</source>
        <translation>此行之前没有事件表头（LAST SEEN  TYPE  REASON  OBJECT  MESSAGE）</translation>
    </message>
    <message>
        <source>no event table header</source>
        <translation>没有事件表头</translation>
    </message>
    <message>
        <source>binary data, not a kubectl event table</source>
        <translation>这是二进制数据，不是 kubectl 事件表格</translation>
    </message>
</context>
<context>
    <name>FlowchartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>The image would be too large (%1 x %2 pixels).</source>
        <translation>图片尺寸过大（%1 x %2 像素）。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 pixel image.</source>
        <translation>内存不足，无法生成 %1 x %2 像素的图片。</translation>
    </message>
    <message>
        <source>PullScope decision tree</source>
        <translation>PullScope 决策树</translation>
    </message>
    <message>
        <source>Image pull decision tree, exported by PullScope</source>
        <translation>镜像拉取决策树，由 PullScope 导出</translation>
    </message>
</context>
<context>
    <name>FlowchartModel</name>
    <message>
        <source>pull on every start</source>
        <extracomment>Flowchart: what imagePullPolicy Always does</extracomment>
        <translation>每次启动都拉取</translation>
    </message>
    <message>
        <source>pull only if absent</source>
        <translation>本地不存在时才拉取</translation>
    </message>
    <message>
        <source>never pull</source>
        <translation>从不拉取</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>Flowchart arrow label: the image reference parsed</extracomment>
        <translation>有效</translation>
    </message>
    <message>
        <source>present</source>
        <extracomment>Flowchart arrow label: the image is on the node</extracomment>
        <translation>本地存在</translation>
    </message>
    <message>
        <source>secrets named</source>
        <extracomment>Flowchart arrow label: the pod names imagePullSecrets</extracomment>
        <translation>指定了拉取密钥</translation>
    </message>
    <message>
        <source>absent, or Always</source>
        <extracomment>Flowchart arrow label: image not on the node, or policy Always</extracomment>
        <translation>不存在或为 Always</translation>
    </message>
    <message>
        <source>absent, Never</source>
        <extracomment>Flowchart arrow label: image not on the node and policy Never</extracomment>
        <translation>不存在且为 Never</translation>
    </message>
    <message>
        <source>inspect error</source>
        <extracomment>Flowchart arrow label: the runtime could not inspect the local image</extracomment>
        <translation>检查出错</translation>
    </message>
    <message>
        <source>success</source>
        <extracomment>Flowchart arrow label: the pull succeeded</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Flowchart arrow label: the pull failed</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>retry</source>
        <extracomment>Flowchart arrow label: the back-off loop back to pulling</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>init container %1</source>
        <translation>Init 容器 %1</translation>
    </message>
    <message>
        <source>ephemeral container %1</source>
        <translation>临时容器 %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>容器 %1</translation>
    </message>
    <message>
        <source>%1/%2, %3: %4</source>
        <translation>%1/%2，%3：%4</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式指定</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>%1 上已有</translation>
    </message>
    <message>
        <source>not listed on %1</source>
        <translation>%1 上没有</translation>
    </message>
    <message>
        <source>Pulled in %1 s</source>
        <translation>拉取耗时 %1 秒</translation>
    </message>
    <message>
        <source>attempts: %1, back-off: %2 s</source>
        <translation>尝试次数：%1，退避：%2 秒</translation>
    </message>
    <message>
        <source>next retry at %1</source>
        <translation>下次重试：%1</translation>
    </message>
    <message>
        <source>The image reference must parse: lower-case repository, valid tag or digest.</source>
        <translation>镜像引用必须能正确解析：仓库名称为小写，标签或 digest 有效。</translation>
    </message>
    <message>
        <source>imagePullPolicy decides whether the kubelet pulls.</source>
        <translation>由 imagePullPolicy 决定 kubelet 是否拉取镜像。</translation>
    </message>
    <message>
        <source>The kubelet looks the image up on the node for every policy.</source>
        <translation>无论哪种拉取策略，kubelet 都会先在节点上查找该镜像。</translation>
    </message>
    <message>
        <source>The image on the node is used; no pull.</source>
        <translation>直接使用节点上的镜像，不进行拉取。</translation>
    </message>
    <message>
        <source>Policy Never and the image is not on the node: the kubelet will not pull it.</source>
        <translation>策略为 Never 且节点上没有该镜像：kubelet 不会拉取。</translation>
    </message>
    <message>
        <source>The pod&apos;s imagePullSecrets are read to authenticate the pull.</source>
        <translation>读取 Pod 的 imagePullSecrets，用于拉取时的认证。</translation>
    </message>
    <message>
        <source>The runtime fetches the image from the registry.</source>
        <translation>容器运行时从镜像仓库拉取镜像。</translation>
    </message>
    <message>
        <source>The pull succeeded.</source>
        <translation>拉取成功。</translation>
    </message>
    <message>
        <source>The pull failed with the runtime&apos;s error (ErrImagePull).</source>
        <translation>拉取失败，容器运行时返回错误（ErrImagePull）。</translation>
    </message>
    <message>
        <source>The kubelet waits before pulling again: 10 s after the first failure, doubling up to 300 s.</source>
        <translation>kubelet 会等待一段时间再重新拉取：首次失败后等待 10 秒，之后每次翻倍，最长 300 秒。</translation>
    </message>
    <message>
        <source>The runtime could not inspect the image on the node.</source>
        <translation>容器运行时无法检查节点上的镜像。</translation>
    </message>
    <message>
        <source>The container is created and started.</source>
        <translation>创建并启动容器。</translation>
    </message>
    <message>
        <source>imagePullPolicy: %1</source>
        <translation>imagePullPolicy: %1</translation>
    </message>
    <message>
        <source>Policy %1, set explicitly in the pod spec.</source>
        <translation>策略为 %1，在 Pod spec 中显式指定。</translation>
    </message>
    <message>
        <source>Policy %1, defaulted by the API server (the spec does not set it).</source>
        <translation>策略为 %1，由 API server 设置的默认值（spec 中未指定）。</translation>
    </message>
    <message>
        <source>Policy %1, inferred from the image name (no pod spec in the input; the real policy may differ).</source>
        <translation>策略为 %1，根据镜像名称推断（输入中没有 Pod spec，实际策略可能不同）。</translation>
    </message>
    <message>
        <source>Policy %1.</source>
        <translation>策略为 %1。</translation>
    </message>
    <message>
        <source>The input has no image list for node %1.</source>
        <translation>输入中没有节点 %1 的镜像列表。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Node %1 lists %2 in status.images.</source>
        <translation>节点 %1 的 status.images 中列有 %2。</translation>
    </message>
    <message>
        <source>Node %1 does not list %2 in status.images.</source>
        <translation>节点 %1 的 status.images 中没有 %2。</translation>
    </message>
    <message>
        <source>The retry time is an estimate: the last failure plus the current back-off.</source>
        <translation>重试时间为估算值：最近一次失败的时间加上当前的退避时长。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message numerus="yes">
        <source>(%n older event(s) not shown)</source>
        <translation>
            <numerusform>（另有 %n 条较早的事件未显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of this step survived in the input.</source>
        <translation>输入中没有保留这一步的事件。</translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>explicit</source>
        <translation>显式指定</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>The image name is empty.</source>
        <translation>镜像名称为空。</translation>
    </message>
    <message>
        <source>Invalid reference format: the image name does not match [registry/]repository[:tag][@digest].</source>
        <translation>镜像引用格式无效：镜像名称不符合 [registry/]repository[:tag][@digest] 格式。</translation>
    </message>
    <message>
        <source>The repository name must be lowercase.</source>
        <translation>仓库名称必须全部小写。</translation>
    </message>
    <message>
        <source>The repository name must not be more than 255 characters.</source>
        <translation>仓库名称不能超过 255 个字符。</translation>
    </message>
    <message>
        <source>Invalid tag: a tag starts with a letter, digit or underscore and has at most 128 letters, digits, underscores, periods and dashes.</source>
        <translation>标签无效：标签必须以字母、数字或下划线开头，最多 128 个字符，只能包含字母、数字、下划线、句点和连字符。</translation>
    </message>
    <message>
        <source>Invalid digest: expected algorithm:hex, such as sha256: followed by 64 lowercase hexadecimal digits.</source>
        <translation>digest 无效：格式应为 algorithm:hex，例如 sha256: 后跟 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>Invalid registry host or port.</source>
        <translation>镜像仓库的主机名或端口无效。</translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>the input is empty</source>
        <translation>输入内容为空</translation>
    </message>
    <message>
        <source>binary data, not a Kubernetes dump</source>
        <translation>这是二进制数据，不是 Kubernetes 导出内容</translation>
    </message>
    <message>
        <source>unrecognised format: expected kubectl JSON or YAML, `kubectl describe pod` text or a `kubectl get events` table</source>
        <translation>无法识别的格式：应为 kubectl 输出的 JSON 或 YAML、`kubectl describe pod` 文本，或 `kubectl get events` 表格</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>the folder holds no kubectl output</source>
        <translation>该目录中没有 kubectl 输出</translation>
    </message>
</context>
<context>
    <name>JsonLoader</name>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>unexpected end of input inside a string</source>
        <translation>输入在字符串内部意外结束</translation>
    </message>
    <message>
        <source>unexpected end of input, expected a value</source>
        <translation>输入意外结束，此处应有一个值</translation>
    </message>
    <message>
        <source>unexpected end of input inside an object or array</source>
        <translation>输入在对象或数组内部意外结束</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>字段 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>unexpected end of input inside &quot;items&quot;</source>
        <translation>输入在 &quot;items&quot; 内部意外结束</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between items</source>
        <translation>列表元素之间应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>此处应为用双引号括起的键名</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键名后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>值后面应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>输入内容为空</translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos;</source>
        <translation>不是 JSON：应以 &apos;{&apos; 或 &apos;[&apos; 开头</translation>
    </message>
    <message>
        <source>unexpected data after the end of the JSON document</source>
        <translation>JSON 文档结束后还有多余的数据</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a JSON object)</source>
        <translation>应为 Kubernetes 对象（JSON 对象）</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>%1: at byte %2: %3</source>
        <translation>%1：第 %2 字节处：%3</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Files or folders to open.</source>
        <translation>要打开的文件或目录。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once loaded, then quit.</source>
        <translation>加载完成后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Select the container NAMESPACE/POD/CONTAINER.</source>
        <translation>选中容器 NAMESPACE/POD/CONTAINER。</translation>
    </message>
</context>
<context>
    <name>MapSink</name>
    <message>
        <source>%1: ignored objects of kinds not used for diagnosis: %2</source>
        <translation>%1：已忽略诊断用不到的对象类型：%2</translation>
    </message>
    <message>
        <source>a Pod without a name</source>
        <translation>Pod 没有名称</translation>
    </message>
</context>
<context>
    <name>PullScope::CauseCountModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, containers: %2. Click to show only these.</source>
        <translation>%1，容器数：%2。点击后只显示这些容器。</translation>
    </message>
</context>
<context>
    <name>PullScope::ContainerTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>image OK, container failing</source>
        <translation>镜像正常，容器失败</translation>
    </message>
    <message>
        <source>%1 failing, %2 not a pull problem / %3</source>
        <translation>%1 个失败，%2 个非拉取问题 / 共 %3 个</translation>
    </message>
    <message>
        <source>%1 failing / %2</source>
        <translation>%1 个失败 / 共 %2 个</translation>
    </message>
    <message>
        <source>%1 not a pull problem / %2</source>
        <translation>%1 个非拉取问题 / 共 %2 个</translation>
    </message>
    <message>
        <source>%1 pulling / %2</source>
        <translation>%1 个拉取中 / 共 %2 个</translation>
    </message>
    <message>
        <source>%1 unknown / %2</source>
        <translation>%1 个未知 / 共 %2 个</translation>
    </message>
    <message>
        <source>%1 ok / %2</source>
        <translation>%1 个正常 / 共 %2 个</translation>
    </message>
    <message>
        <source>(no namespace)</source>
        <translation>（无命名空间）</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation>%1（Init）</translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <translation>%1（临时）</translation>
    </message>
    <message>
        <source>The image is fine; the container fails for another reason: %1</source>
        <translation>镜像没有问题，容器因其他原因失败：%1</translation>
    </message>
    <message>
        <source>several causes</source>
        <translation>多个原因</translation>
    </message>
</context>
<context>
    <name>PullScope::EventTableModel</name>
    <message>
        <source>first seen %1</source>
        <translation>首次出现：%1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最近出现：%1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>PullScope::EvidencePanel</name>
    <message>
        <source>Select a container to see the evidence of its image pull.</source>
        <translation>选择一个容器，查看其镜像拉取的证据。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Fix...</source>
        <translation>修复...</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>init container</source>
        <translation>Init 容器</translation>
    </message>
    <message>
        <source>ephemeral container</source>
        <translation>临时容器</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>镜像引用</translation>
    </message>
    <message>
        <source>%1 (implied)</source>
        <translation>%1（隐式）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Pull attempts</source>
        <translation>拉取次数</translation>
    </message>
    <message>
        <source>Pull duration</source>
        <translation>拉取耗时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>镜像大小</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Image on node</source>
        <translation>节点上有镜像</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>the fix wizards arrive in a later version</source>
        <translation>修复向导将在后续版本中提供</translation>
    </message>
    <message>
        <source>No image pull problem</source>
        <translation>没有镜像拉取问题</translation>
    </message>
    <message>
        <source>The image is in place and the container got past the pull.</source>
        <translation>镜像已就绪，容器已经过了拉取阶段。</translation>
    </message>
    <message>
        <source>An earlier pull failed, but the image has since been pulled.</source>
        <translation>之前的拉取失败过，但镜像随后已拉取成功。</translation>
    </message>
    <message>
        <source>A pull is in progress and has not yet reported a result.</source>
        <translation>正在拉取，尚未返回结果。</translation>
    </message>
    <message>
        <source>The input holds no evidence of a pull either way.</source>
        <translation>输入中没有能表明拉取成功或失败的证据。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation>将此命令复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>PullScope::FlowchartScene</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>path taken</source>
        <translation>实际路径</translation>
    </message>
    <message>
        <source>failing step</source>
        <translation>失败步骤</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
</context>
<context>
    <name>PullScope::FlowchartView</name>
    <message>
        <source>Decision tree</source>
        <translation>决策树</translation>
    </message>
</context>
<context>
    <name>PullScope::MainWindow</name>
    <message>
        <source>%1 of %2 MB (%p%)</source>
        <translation>%1 / %2 MB（%p%）</translation>
    </message>
    <message>
        <source>Could not open the input</source>
        <translation>无法打开输入</translation>
    </message>
    <message>
        <source>Loading cancelled; the previous view is kept</source>
        <translation>已取消加载，保留之前的视图</translation>
    </message>
    <message>
        <source>PullScope</source>
        <translation>PullScope</translation>
    </message>
    <message>
        <source>PullScope - %1</source>
        <translation>PullScope - %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Files...</source>
        <translation>打开文件(&amp;O)...</translation>
    </message>
    <message>
        <source>Open kubectl dumps, describe text or event tables (several at once)</source>
        <translation>打开 kubectl 导出文件、describe 文本或事件表格（可一次选择多个）</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>打开目录(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a kubectl cluster-info dump folder</source>
        <translation>打开 kubectl cluster-info dump 目录</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig... (live clusters arrive in a later version)</source>
        <translation>打开 Kubeconfig(&amp;K)...（后续版本将支持直接连接集群）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Flowchart as &amp;PNG...</source>
        <translation>流程图导出为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Flowchart as &amp;SVG...</source>
        <translation>流程图导出为 SVG(&amp;S)...</translation>
    </message>
    <message>
        <source>Selected Container as &amp;Markdown...</source>
        <translation>所选容器导出为 Markdown(&amp;M)...</translation>
    </message>
    <message>
        <source>Selected Container as &amp;HTML...</source>
        <translation>所选容器导出为 HTML(&amp;H)...</translation>
    </message>
    <message>
        <source>Selected Container as P&amp;DF...</source>
        <translation>所选容器导出为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>All Failing Containers as Markdown...</source>
        <translation>所有失败容器导出为 Markdown...</translation>
    </message>
    <message>
        <source>All Failing Containers as HTML...</source>
        <translation>所有失败容器导出为 HTML...</translation>
    </message>
    <message>
        <source>All Failing Containers as PDF...</source>
        <translation>所有失败容器导出为 PDF...</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Filter Pods</source>
        <translation>过滤 Pod(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About PullScope</source>
        <translation>关于 PullScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Filter: name, namespace, image, cause, node (e.g. cause:rate-limited ns:shop)</source>
        <translation>过滤：名称、命名空间、镜像、原因、节点（例如 cause:rate-limited ns:shop）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Training Cluster (all scenarios)</source>
        <translation>演练集群（全部场景）</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>正在加载 %1...</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>No input open</source>
        <translation>未打开任何输入</translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing</source>
        <translation>共 %1 个 Pod、%2 个容器，其中 %3 个失败</translation>
    </message>
    <message>
        <source>Open kubectl output</source>
        <translation>打开 kubectl 输出</translation>
    </message>
    <message>
        <source>kubectl output (*.json *.yaml *.yml *.txt *.log);;All files (*)</source>
        <translation>kubectl 输出 (*.json *.yaml *.yml *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a cluster-info dump folder</source>
        <translation>打开 cluster-info dump 目录</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export the flowchart</source>
        <translation>导出流程图</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>About PullScope</source>
        <translation>关于 PullScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PullScope %1&lt;/h3&gt;&lt;p&gt;Finds out why a Kubernetes container image did not pull, draws the kubelet&apos;s decision tree from the evidence, and says how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2 &amp;middot; %3 &amp;middot; yaml-cpp %4 &amp;middot; simdjson %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PullScope %1&lt;/h3&gt;&lt;p&gt;找出 Kubernetes 容器镜像拉取失败的原因，根据证据绘制 kubelet 的决策树，并给出修复方法。&lt;/p&gt;&lt;p&gt;Qt %2 &amp;middot; %3 &amp;middot; yaml-cpp %4 &amp;middot; simdjson %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PullScope::RuleBookReader</name>
    <message>
        <source>%1 must be a map with &quot;en&quot; and &quot;zh&quot;</source>
        <translation>%1 必须是包含 &quot;en&quot; 和 &quot;zh&quot; 的映射</translation>
    </message>
    <message>
        <source>%1 has no English text (en)</source>
        <translation>%1 缺少英文文本（en）</translation>
    </message>
    <message>
        <source>%1 has no Chinese text (zh)</source>
        <translation>%1 缺少中文文本（zh）</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <source>%1 must hold only strings</source>
        <translation>%1 中只能包含字符串</translation>
    </message>
    <message>
        <source>%1 entry %2 is empty</source>
        <translation>%1 的第 %2 项为空</translation>
    </message>
    <message>
        <source>%1 entry %2 &quot;%3&quot; is not a valid regular expression: %4 at offset %5</source>
        <translation>%1 的第 %2 项 &quot;%3&quot; 不是合法的正则表达式：%4（偏移量 %5）</translation>
    </message>
    <message>
        <source>remediation must be a non-empty list</source>
        <translation>remediation 必须是非空列表</translation>
    </message>
    <message>
        <source>remediation row %1</source>
        <translation>remediation 第 %1 项</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 必须是映射</translation>
    </message>
    <message>
        <source>%1 has priority &quot;%2&quot;; expected high, medium or low</source>
        <translation>%1 的 priority 为 &quot;%2&quot;；只能是 high、medium 或 low</translation>
    </message>
    <message>
        <source>matchable must be true or false, not &quot;%1&quot;</source>
        <translation>matchable 只能是 true 或 false，不能是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a matchable cause needs at least one pattern</source>
        <translation>可匹配（matchable）的原因至少需要一条 pattern</translation>
    </message>
    <message>
        <source>unknown wizard &quot;%1&quot;</source>
        <translation>未知的 wizard &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the rules have no &quot;causes&quot; list</source>
        <translation>规则文件中没有 &quot;causes&quot; 列表</translation>
    </message>
    <message>
        <source>cause #%1 is not a map</source>
        <translation>第 %1 条原因不是映射</translation>
    </message>
    <message>
        <source>cause #%1 has no id</source>
        <translation>第 %1 条原因缺少 id</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot; is defined twice</source>
        <translation>原因 &quot;%1&quot; 重复定义</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: %2</source>
        <translation>原因 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>the rules are not valid YAML (%1): %2</source>
        <translation>规则文件不是合法的 YAML（%1）：%2</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: not valid YAML (%2): %3</source>
        <translation>原因 &quot;%1&quot;：不是合法的 YAML（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Image pull diagnosis</source>
        <translation>镜像拉取诊断</translation>
    </message>
    <message>
        <source>the PDF could not be rendered</source>
        <translation>无法渲染 PDF</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>拉取中</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>pull policy</source>
        <translation>拉取策略</translation>
    </message>
    <message>
        <source>image on node?</source>
        <translation>节点上有镜像?</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>本地已存在</translation>
    </message>
    <message>
        <source>Never, image absent</source>
        <translation>Never 策略且镜像不存在</translation>
    </message>
    <message>
        <source>pull secret</source>
        <translation>拉取密钥</translation>
    </message>
    <message>
        <source>pulled</source>
        <translation>拉取成功</translation>
    </message>
    <message>
        <source>pull failed</source>
        <translation>拉取失败</translation>
    </message>
    <message>
        <source>back-off</source>
        <translation>退避重试</translation>
    </message>
    <message>
        <source>inspect failed</source>
        <translation>镜像检查失败</translation>
    </message>
    <message>
        <source>container start</source>
        <translation>启动容器</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>FAILING STEP</source>
        <translation>失败步骤</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing</source>
        <translation>共 %1 个 Pod、%2 个容器，其中 %3 个失败</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Image pull diagnosis</source>
        <translation>镜像拉取诊断</translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing. Evaluated at %4.</source>
        <translation>共 %1 个 Pod、%2 个容器，其中 %3 个失败。评估时间：%4。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>失败步骤</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Pull policy</source>
        <translation>拉取策略</translation>
    </message>
    <message>
        <source>Decision path</source>
        <translation>判定路径</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>修复建议</translation>
    </message>
    <message>
        <source>pull started</source>
        <translation>开始拉取</translation>
    </message>
</context>
<context>
    <name>YamlLoader</name>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>输入内容为空</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML 格式错误：%1</translation>
    </message>
    <message>
        <source>unexpected YAML structure</source>
        <translation>YAML 结构不符合预期</translation>
    </message>
    <message>
        <source>too many YAML nodes</source>
        <translation>YAML 节点过多</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unknown YAML alias &quot;%1&quot;</source>
        <translation>未知的 YAML 别名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation>YAML 别名展开后超过 %1 个节点</translation>
    </message>
    <message>
        <source>a mapping key that is not a string</source>
        <translation>映射的键不是字符串</translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a mapping)</source>
        <translation>应为 Kubernetes 对象（映射）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>字段 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
</context>
</TS>
