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
        <source>PullScope</source>
        <translation>PullScope</translation>
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
</context>
</TS>
