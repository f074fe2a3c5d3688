<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuthDoctor</name>
    <message>
        <source>kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <source>Credential plugin</source>
        <translation>凭据插件</translation>
    </message>
    <message>
        <source>OIDC token</source>
        <translation>OIDC 令牌</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 解析</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Authorization (RBAC)</source>
        <translation>鉴权（RBAC）</translation>
    </message>
    <message>
        <source>API server answer</source>
        <translation>API Server 响应</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>kubeconfig 文件</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used as it is</source>
        <translation>kubeconfig 无法直接使用</translation>
    </message>
    <message>
        <source>Correct the entry in %1 (or choose another context).</source>
        <translation>修正 %1 中的相应条目（或选择其他上下文）。</translation>
    </message>
    <message>
        <source>The credential plugin has not been approved to run</source>
        <translation>凭据插件尚未获准运行</translation>
    </message>
    <message>
        <source>The kubeconfig %1 asks PullScope to run: %2</source>
        <translation>kubeconfig %1 要求 PullScope 运行：%2</translation>
    </message>
    <message>
        <source>If you trust this command, approve it when PullScope asks (the approval is remembered for this exact command), or pass --allow-exec to pullscope-cli.</source>
        <translation>如果信任此命令，请在 PullScope 询问时允许运行（授权会被记住，且只对这条完全相同的命令有效），或在运行 pullscope-cli 时加上 --allow-exec。</translation>
    </message>
    <message>
        <source>If you do not recognise the command, do not approve it: check where the kubeconfig came from.</source>
        <translation>如果不认识这条命令，请不要允许运行：先核实该 kubeconfig 的来源。</translation>
    </message>
    <message>
        <source>The credential plugin %1 is not installed</source>
        <translation>未安装凭据插件 %1</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s install hint: %1</source>
        <translation>kubeconfig 中的安装提示：%1</translation>
    </message>
    <message>
        <source>Install %1 and make sure its folder is in the PATH that PullScope starts with (a PATH set only in your shell&apos;s profile may not reach a desktop application).</source>
        <translation>安装 %1，并确保其所在目录位于 PullScope 启动时的 PATH 中（只在 shell 配置文件中设置的 PATH 可能不会传递给桌面应用）。</translation>
    </message>
    <message>
        <source>The credential plugin failed</source>
        <translation>凭据插件执行失败</translation>
    </message>
    <message>
        <source>Its error output:
%1</source>
        <translation>其错误输出：
%1</translation>
    </message>
    <message>
        <source>Run the same command in a terminal to see the whole message: %1</source>
        <translation>在终端中运行同一命令可查看完整信息：%1</translation>
    </message>
    <message>
        <source>Usually the plugin needs you to log in again (for example gcloud auth login, az login, aws sso login); follow its message above.</source>
        <translation>通常需要通过该插件重新登录（例如 gcloud auth login、az login、aws sso login）；请按照上面的提示操作。</translation>
    </message>
    <message>
        <source>The credential plugin did not finish</source>
        <translation>凭据插件未能执行完毕</translation>
    </message>
    <message>
        <source>Run the command in a terminal; it may be waiting for a browser login or for input: %1</source>
        <translation>请在终端中运行该命令，它可能在等待浏览器登录或用户输入：%1</translation>
    </message>
    <message>
        <source>The credential plugin needs a terminal</source>
        <translation>凭据插件需要在终端中运行</translation>
    </message>
    <message>
        <source>Log in once in a terminal with kubectl (for example kubectl get ns) so that the plugin caches a token, then connect again.</source>
        <translation>先在终端中用 kubectl 登录一次（例如 kubectl get ns），让插件缓存令牌，然后重新连接。</translation>
    </message>
    <message>
        <source>Or set interactiveMode: IfAvailable in %1 if the plugin can work without a terminal.</source>
        <translation>如果插件不需要终端也能工作，也可以在 %1 中设置 interactiveMode: IfAvailable。</translation>
    </message>
    <message>
        <source>The credential plugin returned something unusable</source>
        <translation>凭据插件返回的内容无法使用</translation>
    </message>
    <message>
        <source>Check that the plugin&apos;s version speaks the apiVersion written in %1, or update the plugin.</source>
        <translation>检查插件版本是否支持 %1 中指定的 apiVersion，或升级插件。</translation>
    </message>
    <message>
        <source>The OIDC id-token has expired</source>
        <translation>OIDC id-token 已过期</translation>
    </message>
    <message>
        <source>The id-token in %1 expired at %2.</source>
        <translation>%1 中的 id-token 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Log in again with your identity provider to get a new id-token (for example kubectl oidc-login or your organisation&apos;s login tool).</source>
        <translation>通过身份提供商重新登录，获取新的 id-token（例如使用 kubectl oidc-login 或所在组织的登录工具）。</translation>
    </message>
    <message>
        <source>PullScope does not refresh oidc tokens itself; an exec plugin such as kubelogin (kubectl oidc-login get-token) refreshes them on every use.</source>
        <translation>PullScope 本身不会刷新 OIDC 令牌；改用 kubelogin（kubectl oidc-login get-token）这类 exec 凭据插件，每次使用时都会自动刷新。</translation>
    </message>
    <message>
        <source>The OIDC id-token cannot be read</source>
        <translation>无法读取 OIDC id-token</translation>
    </message>
    <message>
        <source>Log in again to replace the id-token in %1.</source>
        <translation>重新登录，以替换 %1 中的 id-token。</translation>
    </message>
    <message>
        <source>The client certificate has expired</source>
        <translation>客户端证书已过期</translation>
    </message>
    <message>
        <source>The client certificate is not valid yet</source>
        <translation>客户端证书尚未生效</translation>
    </message>
    <message>
        <source>%1 (from %2) is valid from %3 to %4.</source>
        <translation>%1（来自 %2）的有效期为 %3 至 %4。</translation>
    </message>
    <message>
        <source>Get a renewed certificate (kubeadm certs renew, or from the cluster&apos;s administrator) and update client-certificate and client-key in %1.</source>
        <translation>获取续期后的证书（使用 kubeadm certs renew，或向集群管理员申请），并更新 %1 中的 client-certificate 和 client-key。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and time zone; the certificate starts at %1.</source>
        <translation>检查本机的时钟和时区；该证书从 %1 起生效。</translation>
    </message>
    <message>
        <source>The API server&apos;s name %1 does not resolve</source>
        <translation>无法解析 API Server 的域名 %1</translation>
    </message>
    <message>
        <source>Check the server address in %1.</source>
        <translation>检查 %1 中的 server 地址。</translation>
    </message>
    <message>
        <source>If the cluster is only reachable over a VPN or needs an entry in the hosts file, connect the VPN or add the entry.</source>
        <translation>如果集群只能通过 VPN 访问，或需要在 hosts 文件中添加条目，请连接 VPN 或添加该条目。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1</source>
        <translation>%1 上没有服务接受连接</translation>
    </message>
    <message>
        <source>Check that the API server is running and that the port in the server address is right.</source>
        <translation>检查 API Server 是否正在运行，以及 server 地址中的端口是否正确。</translation>
    </message>
    <message>
        <source>A firewall or security group may block the port; if a proxy is required, set proxy-url or HTTPS_PROXY.</source>
        <translation>防火墙或安全组可能拦截了该端口；如果需要代理，请设置 proxy-url 或 HTTPS_PROXY。</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>%1 无响应</translation>
    </message>
    <message>
        <source>A firewall that drops packets, or a network that needs a proxy or VPN, causes this; check the route to the server.</source>
        <translation>防火墙丢弃数据包，或网络需要经过代理或 VPN，都会导致这种情况；请检查到服务器的网络路由。</translation>
    </message>
    <message>
        <source>If a proxy is required, set proxy-url in the kubeconfig or HTTPS_PROXY.</source>
        <translation>如果需要代理，请在 kubeconfig 中设置 proxy-url，或设置 HTTPS_PROXY。</translation>
    </message>
    <message>
        <source>The proxy %1 did not carry the connection</source>
        <translation>代理 %1 未能转发连接</translation>
    </message>
    <message>
        <source>Check that the proxy is running and its address and port are right (proxy-url in %1, or HTTPS_PROXY).</source>
        <translation>检查代理是否正在运行，以及其地址和端口是否正确（%1 中的 proxy-url，或 HTTPS_PROXY）。</translation>
    </message>
    <message>
        <source>If the API server is reachable directly, add its host to NO_PROXY.</source>
        <translation>如果可以直接访问 API Server，请将其主机名加入 NO_PROXY。</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for the name %1</source>
        <translation>服务器证书不适用于名称 %1</translation>
    </message>
    <message>
        <source>Use the server name the certificate was issued for in server:, or set tls-server-name to it in %1.</source>
        <translation>在 server: 中使用证书签发时对应的服务器名称，或在 %1 中将 tls-server-name 设置为该名称。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period</source>
        <translation>服务器证书不在有效期内</translation>
    </message>
    <message>
        <source>Renew the API server&apos;s certificate (kubeadm certs renew all) or check this computer&apos;s clock.</source>
        <translation>续期 API Server 的证书（kubeadm certs renew all），或检查本机的时钟。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by an authority that is not trusted</source>
        <translation>服务器证书由不受信任的 CA 签发</translation>
    </message>
    <message>
        <source>Set certificate-authority (or -data) in %1 to the cluster&apos;s CA (on kubeadm clusters /etc/kubernetes/pki/ca.crt).</source>
        <translation>将 %1 中的 certificate-authority（或 certificate-authority-data）设置为集群的 CA（kubeadm 集群中为 /etc/kubernetes/pki/ca.crt）。</translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy or firewall replaces certificates; exempt the API server from it.</source>
        <translation>进行 TLS 检查（解密）的代理或防火墙会替换证书；请将 API Server 排除在检查范围之外。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>与 %1 的 TLS 握手失败</translation>
    </message>
    <message>
        <source>If the server requires a client certificate, check that client-certificate and client-key in %1 belong to this cluster.</source>
        <translation>如果服务器要求客户端证书，请检查 %1 中的 client-certificate 和 client-key 是否属于该集群。</translation>
    </message>
    <message>
        <source>Check that %1 speaks HTTPS on this port (an HTTP port or another service answers differently).</source>
        <translation>检查 %1 的该端口是否提供 HTTPS 服务（HTTP 端口或其他服务的响应会有所不同）。</translation>
    </message>
    <message>
        <source>The API server rejected the credentials (401 Unauthorized)</source>
        <translation>API Server 拒绝了凭据（401 Unauthorized）</translation>
    </message>
    <message>
        <source>Credentials sent: %1</source>
        <translation>发送的凭据：%1</translation>
    </message>
    <message>
        <source>The plugin&apos;s token was refused; log in again with the plugin (run it in a terminal: %1).</source>
        <translation>插件提供的令牌被拒绝；请通过插件重新登录（在终端中运行：%1）。</translation>
    </message>
    <message>
        <source>The token has expired or been revoked, or belongs to another cluster; get a new one and put it in %1.</source>
        <translation>令牌已过期、已被吊销或属于其他集群；请获取新令牌并写入 %1。</translation>
    </message>
    <message>
        <source>Check the username and password in %1; many clusters disable basic authentication.</source>
        <translation>检查 %1 中的用户名和密码；许多集群禁用了 Basic 认证。</translation>
    </message>
    <message>
        <source>The client certificate is not signed by this cluster&apos;s client CA; use the certificate issued for this cluster.</source>
        <translation>客户端证书不是由该集群的客户端 CA 签发的；请使用为该集群签发的证书。</translation>
    </message>
    <message>
        <source>The user in this context has no credentials; add a token, client certificate or exec plugin in %1.</source>
        <translation>该上下文中的用户没有任何凭据；请在 %1 中添加令牌、客户端证书或 exec 凭据插件。</translation>
    </message>
    <message>
        <source>Access denied by RBAC (403 Forbidden)</source>
        <translation>RBAC 拒绝访问（403 Forbidden）</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>%1 may not %2 %3 at cluster scope.</source>
        <translation>%1 无权在集群范围内对 %3 执行 %2。</translation>
    </message>
    <message>
        <source>%1 may not %2 %3 in the namespace %4.</source>
        <translation>%1 无权在命名空间 %4 中对 %3 执行 %2。</translation>
    </message>
    <message>
        <source>Check it with: kubectl auth can-i %1 %2%3</source>
        <translation>可用以下命令检查：kubectl auth can-i %1 %2%3</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for a Role and RoleBinding that allow %1 on %2, for example: kubectl create role pullscope-reader --verb=get,list,watch --resource=pods,events%3 and kubectl create rolebinding pullscope-reader --role=pullscope-reader --user=%4%3</source>
        <translation>请集群管理员创建允许对 %2 执行 %1 的 Role 和 RoleBinding，例如：kubectl create role pullscope-reader --verb=get,list,watch --resource=pods,events%3 以及 kubectl create rolebinding pullscope-reader --role=pullscope-reader --user=%4%3</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for read access (get, list, watch) to pods and events.</source>
        <translation>请集群管理员授予对 pods 和 events 的读权限（get、list、watch）。</translation>
    </message>
    <message>
        <source>The request impersonates %1 (as: in the kubeconfig); your own user also needs the impersonate permission.</source>
        <translation>该请求通过身份模拟以 %1 的身份发出（kubeconfig 中的 as:）；发起请求的用户本身也需要具备 impersonate 权限。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>服务器返回了意外的响应</translation>
    </message>
    <message>
        <source>Check that %1 is the Kubernetes API server (and any path prefix in server: is right).</source>
        <translation>检查 %1 是否为 Kubernetes API Server（以及 server: 中的路径前缀是否正确）。</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>Usage: pullscope-cli COMMAND [options]

Commands:
  diagnose [INPUT...]   explain why container images did not pull, from kubectl dumps
                        (JSON, YAML, `kubectl describe pod` text, `kubectl get events`
                        tables, cluster-info dump folders, or - for standard input)
  generate KIND         write the files that fix a pull problem: secret (a pull secret and the
                        imagePullSecrets patch), proxy (a systemd proxy drop-in), mirror, crio,
                        docker-daemon (registry mirrors); `pullscope-cli generate --help` lists them
  probe IMAGE           check from this machine what a pull of IMAGE meets: DNS, TCP, proxy, TLS,
                        registry API, authentication, manifest, platform, rate limit
  collect -o DUMP.json  save a live cluster&apos;s pods, events, nodes, service accounts and secret
                        metadata (--kubeconfig, --context, -n NS or -A) before events expire

Options of every command:
  --lang en|zh_CN       language of the output
  --help                this help; `pullscope-cli diagnose --help` for a command&apos;s options
  --version             the version

Exit codes: 0 done; 1 findings with --fail-on-findings, or a probe step failed; 2 bad usage or
unreadable input;
3 a cluster could not be reached.
</source>
        <translation>用法：pullscope-cli COMMAND [options]

命令：
  diagnose [INPUT...]   根据 kubectl 导出的内容，分析容器镜像为什么没有拉取成功
                        （支持 JSON、YAML、`kubectl describe pod` 文本、`kubectl get events`
                        表格、cluster-info dump 目录，或用 - 表示标准输入）
  generate KIND         生成修复拉取问题所需的文件：secret（拉取密钥及 imagePullSecrets
                        补丁）、proxy（systemd 代理 drop-in 配置）、mirror、crio、
                        docker-daemon（均为镜像加速配置）；完整列表见 `pullscope-cli generate --help`
  probe IMAGE           从本机检查拉取 IMAGE 的每个环节：DNS、TCP、代理、TLS、
                        镜像仓库 API、认证、清单、平台、限流
  collect -o DUMP.json  在事件过期之前，保存实时集群中的 Pod、事件、节点、ServiceAccount
                        和 Secret 元数据（--kubeconfig、--context、-n NS 或 -A）

所有命令通用的选项：
  --lang en|zh_CN       输出语言
  --help                显示本帮助；各命令自己的选项见 `pullscope-cli diagnose --help`
  --version             显示版本号

退出码：0 正常完成；1 指定了 --fail-on-findings 且发现问题，或某个探测步骤失败；2 用法错误或
输入无法读取；
3 无法连接集群。
</translation>
    </message>
</context>
<context>
    <name>ClusterConnector</name>
    <message>
        <source>exec plugins are not allowed here: %1</source>
        <translation>此处不允许使用 exec 凭据插件：%1</translation>
    </message>
    <message>
        <source>the exec plugin %1</source>
        <translation>exec 凭据插件 %1</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the oidc id-token is not a JWT</source>
        <translation>oidc 的 id-token 不是 JWT</translation>
    </message>
    <message>
        <source>impersonating more than one group (as-groups: %1) is not supported</source>
        <translation>不支持以多个用户组进行身份模拟（as-groups: %1）</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>%n 秒内无响应</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s /version is not a Kubernetes version</source>
        <translation>服务器的 /version 返回的不是 Kubernetes 版本信息</translation>
    </message>
</context>
<context>
    <name>ClusterFetch</name>
    <message>
        <source>Run again with --allow-exec to let it run.</source>
        <translation>请加上 --allow-exec 重新运行，以允许运行该插件。</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>Write one dump of a cluster&apos;s pods, events, nodes, service accounts and secret metadata (never secret data), for `pullscope-cli diagnose` or the window later: events expire from the API server after an hour.</source>
        <translation>将集群的 Pod、事件、节点、服务账号以及 Secret 元数据（绝不包含 Secret 数据）一次性导出到一个文件，供之后用 `pullscope-cli diagnose` 或图形界面诊断：事件在 API Server 上一小时后就会过期。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The kubeconfig (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig 文件（默认取 KUBECONFIG，未设置时为 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>The kubeconfig context.</source>
        <translation>使用的 kubeconfig 上下文。</translation>
    </message>
    <message>
        <source>Only this namespace (default: the context&apos;s).</source>
        <translation>只收集该命名空间（默认：上下文中设置的命名空间）。</translation>
    </message>
    <message>
        <source>All namespaces.</source>
        <translation>所有命名空间。</translation>
    </message>
    <message>
        <source>Allow kubeconfig exec credential plugins.</source>
        <translation>允许使用 kubeconfig 中的 exec 凭据插件。</translation>
    </message>
    <message>
        <source>The dump file to write.</source>
        <translation>要写入的导出文件。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>pullscope-cli collect: name the dump file with -o DUMP.json</source>
        <translation>pullscope-cli collect: 请用 -o DUMP.json 指定导出文件</translation>
    </message>
    <message>
        <source>pullscope-cli collect: give -n NS or -A, not both</source>
        <translation>pullscope-cli collect: -n NS 和 -A 只能指定其一</translation>
    </message>
    <message>
        <source>pullscope-cli collect: unexpected argument %1</source>
        <translation>pullscope-cli collect: 多余的参数 %1</translation>
    </message>
    <message>
        <source>pullscope-cli collect: warning: %1</source>
        <translation>pullscope-cli collect: 警告：%1</translation>
    </message>
    <message>
        <source>pullscope-cli collect: %1 could not be written: %2</source>
        <translation>pullscope-cli collect: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>pullscope-cli collect: %1 objects of context %2 (%3) written to %4</source>
        <translation>pullscope-cli collect: 已将上下文 %2（%3）中的 %1 个对象写入 %4</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message numerus="yes">
        <source>&lt;redacted, %n characters&gt;</source>
        <translation>
            <numerusform>&lt;已隐藏，共 %n 个字符&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>TLS verification</source>
        <translation>TLS 校验</translation>
    </message>
    <message>
        <source>off (insecure-skip-tls-verify)</source>
        <translation>已关闭（insecure-skip-tls-verify）</translation>
    </message>
    <message>
        <source>TLS server name</source>
        <translation>TLS 服务器名称</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>&lt;redacted&gt;</source>
        <translation>&lt;已隐藏&gt;</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec 凭据插件</translation>
    </message>
    <message>
        <source>oidc issuer</source>
        <translation>OIDC 颁发者</translation>
    </message>
    <message>
        <source>oidc id-token</source>
        <translation>OIDC id-token</translation>
    </message>
    <message>
        <source>impersonate</source>
        <translation>身份模拟（--as）</translation>
    </message>
    <message>
        <source>impersonate groups</source>
        <translation>身份模拟用户组（--as-group）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
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
    <name>CrioShortNameGenerator</name>
    <message>
        <source>Give at least one search registry or one alias.</source>
        <translation>请至少指定一个搜索仓库或一个别名。</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>%1: a short name is a repository path without registry, tag or digest, e.g. nginx or library/nginx.</source>
        <translation>%1：短名称是不带镜像仓库、标签或 digest 的仓库路径，例如 nginx 或 library/nginx。</translation>
    </message>
    <message>
        <source>%1: given twice.</source>
        <translation>%1：重复指定。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a fully qualified name with its registry and no tag or digest, e.g. docker.io/library/nginx.</source>
        <translation>%1：&apos;%2&apos; 必须是带镜像仓库地址、且不带标签或 digest 的完整名称，例如 docker.io/library/nginx。</translation>
    </message>
    <message>
        <source>With more than one search registry a short name may resolve to an image of the same name on another registry; aliases are safer.</source>
        <translation>配置了多个搜索仓库时，短名称可能被解析到其他镜像仓库上的同名镜像；使用别名更安全。</translation>
    </message>
    <message>
        <source>In enforcing short-name mode an ambiguous short name still fails without a terminal: an alias resolves it unambiguously.</source>
        <translation>短名称模式为 enforcing 时，如果没有终端可供交互确认，有歧义的短名称仍会解析失败；别名可以把它唯一地解析为完整名称。</translation>
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
        <source>Read a live cluster through this kubeconfig.</source>
        <translation>通过该 kubeconfig 直接读取实时集群。</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: give -n NS or -A, not both</source>
        <translation>pullscope-cli diagnose: -n NS 和 -A 只能指定其一</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: name at least one INPUT (a file, a folder, or - for standard input), or a cluster with --kubeconfig/--context</source>
        <translation>pullscope-cli diagnose: 请至少指定一个 INPUT（文件、目录，或用 - 表示标准输入），或用 --kubeconfig/--context 指定集群</translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: warning: %1</source>
        <translation>pullscope-cli diagnose: 警告：%1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>集群 %1</translation>
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
    <name>ExecCredentialProvider</name>
    <message>
        <source>the plugin&apos;s output is not JSON (%1)</source>
        <translation>插件的输出不是 JSON（%1）</translation>
    </message>
    <message>
        <source>the plugin&apos;s output is not an ExecCredential (kind &quot;%1&quot;)</source>
        <translation>插件的输出不是 ExecCredential（kind 为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the plugin answered apiVersion &quot;%1&quot; but the kubeconfig asks for &quot;%2&quot;</source>
        <translation>插件返回的 apiVersion 为 &quot;%1&quot;，但 kubeconfig 要求的是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the plugin returned a client certificate without its key, or a key without its certificate</source>
        <translation>插件返回了客户端证书却缺少对应的私钥，或返回了私钥却缺少对应的证书</translation>
    </message>
    <message>
        <source>the plugin&apos;s clientCertificateData is not a PEM certificate</source>
        <translation>插件返回的 clientCertificateData 不是 PEM 格式的证书</translation>
    </message>
    <message>
        <source>the plugin&apos;s clientKeyData is not an RSA or EC private key in PEM</source>
        <translation>插件返回的 clientKeyData 不是 PEM 格式的 RSA 或 EC 私钥</translation>
    </message>
    <message>
        <source>the plugin&apos;s ExecCredential has neither a token nor a client certificate</source>
        <translation>插件返回的 ExecCredential 中既没有令牌，也没有客户端证书</translation>
    </message>
    <message>
        <source>the plugin&apos;s expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>插件返回的 expirationTimestamp &quot;%1&quot; 不是 RFC 3339 格式的时间</translation>
    </message>
    <message>
        <source>exec plugin %1 does not exist or is not executable</source>
        <translation>exec 凭据插件 %1 不存在或不可执行</translation>
    </message>
    <message>
        <source>exec plugin %1 was not found in PATH</source>
        <translation>在 PATH 中找不到 exec 凭据插件 %1</translation>
    </message>
    <message>
        <source>the exec plugin %1 needs a terminal (interactiveMode: Always), which PullScope cannot give it</source>
        <translation>exec 凭据插件 %1 需要终端（interactiveMode: Always），而 PullScope 无法为其提供终端</translation>
    </message>
    <message>
        <source>not approved to run the exec plugin: %1</source>
        <translation>未授权运行 exec 凭据插件：%1</translation>
    </message>
    <message>
        <source>the exec plugin %1 could not start: %2</source>
        <translation>exec 凭据插件 %1 无法启动：%2</translation>
    </message>
    <message numerus="yes">
        <source>the exec plugin %1 did not finish within %n seconds</source>
        <translation>
            <numerusform>exec 凭据插件 %1 未在 %n 秒内结束</numerusform>
        </translation>
    </message>
    <message>
        <source>the exec plugin %1 exited with code %2</source>
        <translation>exec 凭据插件 %1 已退出，退出码为 %2</translation>
    </message>
    <message>
        <source>the exec plugin %1 crashed</source>
        <translation>exec 凭据插件 %1 崩溃</translation>
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
    <name>Generate</name>
    <message>
        <source>config.toml: %1</source>
        <translation>config.toml：%1</translation>
    </message>
    <message>
        <source>config.toml has no `version = 2` (or 3): containerd reads it as version 1, where the CRI plugin is called &quot;cri&quot;; `containerd config migrate` converts it.</source>
        <translation>config.toml 中没有 `version = 2`（或 3）：containerd 会按版本 1 解析，而版本 1 中 CRI 插件的名称是 &quot;cri&quot;；可以用 `containerd config migrate` 进行转换。</translation>
    </message>
    <message>
        <source>config.toml is version 2: containerd 2.x migrates it on start, moving the registry settings to io.containerd.cri.v1.images.</source>
        <translation>config.toml 为版本 2：containerd 2.x 启动时会自动迁移，把镜像仓库相关配置移到 io.containerd.cri.v1.images 下。</translation>
    </message>
    <message>
        <source>config.toml already sets config_path = &quot;%1&quot;; it is kept, and the hosts.toml files go to %2.</source>
        <translation>config.toml 中已设置 config_path = &quot;%1&quot;；将保留该设置，hosts.toml 文件放到 %2 下。</translation>
    </message>
    <message>
        <source>config.toml: config_path at line %1 could not be changed automatically; set it to &quot;%2&quot; by hand.</source>
        <translation>config.toml：第 %1 行的 config_path 无法自动修改，请手动将其设为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>config.toml: the registry table is written inline; add config_path = &quot;%1&quot; to it by hand.</source>
        <translation>config.toml：registry 表是以内联表形式编写的，请手动在其中添加 config_path = &quot;%1&quot;。</translation>
    </message>
    <message>
        <source># PullScope: moved to hosts.toml files under %1 (legacy mirrors and configs.*.tls cannot be mixed with config_path)</source>
        <translation># PullScope: 已迁移到 %1 下的 hosts.toml 文件（旧版 mirrors 和 configs.*.tls 不能与 config_path 混用）</translation>
    </message>
    <message>
        <source>config.toml could not be merged automatically (%1); add these lines by hand:
%2</source>
        <translation>config.toml 无法自动合并（%1），请手动添加以下内容：
%2</translation>
    </message>
    <message>
        <source>the result did not read back as intended</source>
        <translation>合并结果重新解析后与预期不符</translation>
    </message>
    <message>
        <source>The legacy registry.mirrors and configs.*.tls tables of config.toml are commented out in the merged file (kept, not deleted); the hosts.toml files replace them.</source>
        <translation>在合并后的文件中，config.toml 里旧版的 registry.mirrors 和 configs.*.tls 表已被注释掉（保留而未删除），改由 hosts.toml 文件取代。</translation>
    </message>
    <message>
        <source>The kubelet would not use these credentials for %1: no registry key (%2) matches its host, port and path the way the kubelet compares them. Use the image&apos;s registry host as the server, e.g. %3.</source>
        <translation>kubelet 拉取 %1 时不会使用这些凭据：按照 kubelet 的比对方式，没有任何镜像仓库条目（%2）与该镜像的主机、端口和路径匹配。请使用镜像所在镜像仓库的主机名作为服务器地址，例如 %3。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: the path after the host must be a repository namespace (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, separated by &apos;/&apos;).</source>
        <translation>%1：&apos;%2&apos;：主机名之后的路径必须是仓库命名空间（由小写字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 组成，以 &apos;/&apos; 分隔）。</translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror.</source>
        <translation>--mirror：至少需要指定一个镜像加速地址。</translation>
    </message>
    <message>
        <source>--pull-from-mirror: &apos;%1&apos; is not one of all, digest-only, tag-only.</source>
        <translation>--pull-from-mirror：&apos;%1&apos; 无效，只能是 all、digest-only 或 tag-only。</translation>
    </message>
    <message>
        <source>%1: insecure = true lets CRI-O use plain HTTP and skip TLS verification for this mirror.</source>
        <translation>%1：insecure = true 会让 CRI-O 对该镜像加速地址使用明文 HTTP，并跳过 TLS 校验。</translation>
    </message>
    <message>
        <source>pull-from-mirror needs containers-image 5.25 or newer (CRI-O 1.27+); older versions reject the key.</source>
        <translation>pull-from-mirror 需要 containers-image 5.25 或更高版本（CRI-O 1.27+）；更早的版本会拒绝该配置项。</translation>
    </message>
    <message>
        <source>A drop-in replaces any [[registry]] with the same prefix from registries.conf or earlier drop-ins; pass --from-config with the node&apos;s file to merge into it instead.</source>
        <translation>drop-in 文件会覆盖 registries.conf 或之前的 drop-in 文件中 prefix 相同的 [[registry]]；如需合并到节点上的现有文件中，请用 --from-config 传入该文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 uses the version 1 format ([registries.search] ...); containers-image refuses to mix it with [[registry]] tables. Convert it to version 2 first.</source>
        <translation>%1 使用的是版本 1 格式（[registries.search] ...），containers-image 不允许将其与 [[registry]] 表混用。请先将其转换为版本 2 格式。</translation>
    </message>
    <message>
        <source>%1: `registry` is not written as [[registry]] tables; add the mirror by hand.</source>
        <translation>%1：`registry` 不是以 [[registry]] 表的形式编写的，请手动添加镜像加速配置。</translation>
    </message>
    <message>
        <source>%1: the [[registry]] for %2 is written inline; add the mirror by hand.</source>
        <translation>%1：%2 的 [[registry]] 是以内联形式编写的，请手动添加镜像加速配置。</translation>
    </message>
    <message>
        <source>%1: the [[registry]] for %2 keeps its location &quot;%3&quot;.</source>
        <translation>%1：%2 的 [[registry]] 保留其原有的 location &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>%1 could not be merged automatically; add this block by hand:
%2</source>
        <translation>%1 无法自动合并，请手动添加以下配置块：
%2</translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror URL.</source>
        <translation>--mirror：至少需要指定一个镜像加速地址（URL）。</translation>
    </message>
    <message>
        <source>--mirror: &apos;%1&apos;: Docker takes a registry root as a mirror; a path is not allowed.</source>
        <translation>--mirror：&apos;%1&apos;：Docker 只接受镜像仓库的根地址作为镜像加速地址，不能带路径。</translation>
    </message>
    <message>
        <source>daemon.json: byte %1: %2</source>
        <translation>daemon.json：第 %1 字节处：%2</translation>
    </message>
    <message>
        <source>daemon.json: the top level is not a JSON object.</source>
        <translation>daemon.json：顶层不是 JSON 对象。</translation>
    </message>
    <message>
        <source>daemon.json: registry-mirrors is not a list; fix it by hand.</source>
        <translation>daemon.json：registry-mirrors 不是列表，请手动修正。</translation>
    </message>
    <message>
        <source>Docker uses registry-mirrors for Docker Hub (docker.io) images only; images from any other registry are still pulled from that registry.</source>
        <translation>Docker 只对 Docker Hub（docker.io）的镜像使用 registry-mirrors；其他镜像仓库的镜像仍然从原镜像仓库拉取。</translation>
    </message>
    <message>
        <source>daemon.json is rewritten with its keys in alphabetical order; every key and value it had is kept.</source>
        <translation>daemon.json 会按键名的字母顺序重写；原有的键和值全部保留。</translation>
    </message>
    <message>
        <source>%1: plain HTTP; dockerd also needs the host in insecure-registries.</source>
        <translation>%1：使用明文 HTTP；还需要把该主机加入 dockerd 的 insecure-registries。</translation>
    </message>
    <message>
        <source>%1 contains a control character (such as a line break) at position %2; only a password may contain one.</source>
        <translation>%1 的第 %2 个字符是控制字符（例如换行符）；只有密码中允许包含控制字符。</translation>
    </message>
    <message>
        <source>%1 is required and must not be empty.</source>
        <translation>%1 为必填项，不能为空。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid Kubernetes name: use at most 253 lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 Kubernetes 名称：最多 253 个字符，只能包含小写字母、数字、&apos;-&apos; 和 &apos;.&apos;，且必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid Kubernetes namespace: use at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 Kubernetes 命名空间：最多 63 个字符，只能包含小写字母、数字和 &apos;-&apos;，且必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid registry host: write host or host:port (an IPv6 address in brackets, e.g. [fd00::1]:5000), without a scheme or path.</source>
        <translation>%1：&apos;%2&apos; 不是合法的镜像仓库主机：应写为 host 或 host:port（IPv6 地址需加方括号，例如 [fd00::1]:5000），不带协议前缀和路径。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid registry server: write host[:port][/path], optionally after https:// (e.g. https://index.docker.io/v1/ or harbor.example.com/project).</source>
        <translation>%1：&apos;%2&apos; 不是合法的镜像仓库服务器地址：应写为 host[:port][/path]，前面可加 https://（例如 https://index.docker.io/v1/ 或 harbor.example.com/project）。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: it must start with http:// or https://.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 URL：必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: a user name or password is not allowed in this URL.</source>
        <translation>%1：&apos;%2&apos;：此 URL 中不允许包含用户名或密码。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: percent-encode special characters in the user name and password (e.g. @ as %40).</source>
        <translation>%1：&apos;%2&apos; 不是合法的 URL：用户名和密码中的特殊字符需要进行百分号编码（例如 @ 写作 %40）。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL here: remove the query or fragment.</source>
        <translation>%1：&apos;%2&apos; 在此处不是合法的 URL：请去掉查询参数或片段（? 或 # 及其后的内容）。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: the host must be a DNS name, an IPv4 address or an IPv6 address in brackets, with an optional port 1-65535.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 URL：主机必须是 DNS 名称、IPv4 地址或加方括号的 IPv6 地址，可带 1-65535 范围内的端口。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: this URL takes no path.</source>
        <translation>%1：&apos;%2&apos;：此 URL 不能带路径。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: the path has characters that must be percent-encoded.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 URL：路径中含有需要百分号编码的字符。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid CIDR: write an address and a prefix length, e.g. 10.244.0.0/16 or fd00::/108.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 CIDR：应写为地址加前缀长度，例如 10.244.0.0/16 或 fd00::/108。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid domain: use letters, digits and &apos;-&apos; in dot-separated labels, e.g. cluster.local.</source>
        <translation>%1：&apos;%2&apos; 不是合法的域名：由点分隔的各段只能包含字母、数字和 &apos;-&apos;，例如 cluster.local。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid NO_PROXY entry: use a host name (optionally with a leading &apos;.&apos;), an IP address, a CIDR, or *, each host optionally with :port.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 NO_PROXY 条目：应为主机名（可以 &apos;.&apos; 开头）、IP 地址、CIDR 或 *，主机后均可加 :port。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid systemd service name: use letters, digits and &apos;:&apos;, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, &apos;@&apos;, without the .service suffix.</source>
        <translation>%1：&apos;%2&apos; 不是合法的 systemd 服务名：只能包含字母、数字和 &apos;:&apos;、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;、&apos;@&apos;，且不带 .service 后缀。</translation>
    </message>
    <message>
        <source>%1 must not contain &apos;:&apos;: the registry reads the credentials as user:password and would cut the name there.</source>
        <translation>%1 中不能包含 &apos;:&apos;：镜像仓库按 user:password 的格式解析凭据，会在该处把用户名截断。</translation>
    </message>
    <message>
        <source>The output folder is empty.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>Refusing to write &apos;%1&apos;: not a relative path inside the output folder.</source>
        <translation>拒绝写入 &apos;%1&apos;：它不是输出目录内的相对路径。</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>无法创建目录 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of &apos;%1&apos;.</source>
        <translation>无法限制 &apos;%1&apos; 的访问权限。</translation>
    </message>
    <message>
        <source>%1: the identitytoken for %2 cannot move into a pull secret (the kubelet reads only user name and password); create a token the registry accepts as a password.</source>
        <translation>%1：%2 的 identitytoken 无法迁移到拉取密钥中（kubelet 只读取用户名和密码）；请创建一个镜像仓库可作为密码接受的令牌。</translation>
    </message>
    <message>
        <source>%1: credentials for %2 are given twice; the ones from registry.configs are used.</source>
        <translation>%1：%2 的凭据配置了两次；将使用 registry.configs 中的凭据。</translation>
    </message>
    <message>
        <source>config.toml uses registry.mirrors, which containerd deprecates (&quot;`mirrors` is deprecated, please use `config_path` instead&quot;); the hosts.toml files below replace it.</source>
        <translation>config.toml 使用了 registry.mirrors，containerd 已将其废弃（&quot;`mirrors` is deprecated, please use `config_path` instead&quot;）；下面的 hosts.toml 文件将取代它。</translation>
    </message>
    <message>
        <source>config.toml uses registry.configs.*.tls, which containerd deprecates and 2.0 removed; the hosts.toml files below carry the same ca, client and skip_verify settings.</source>
        <translation>config.toml 使用了 registry.configs.*.tls，containerd 已将其废弃，并在 2.0 中移除；下面的 hosts.toml 文件包含相同的 ca、client 和 skip_verify 设置。</translation>
    </message>
    <message>
        <source>config.toml sets config_path and the legacy registry.mirrors / configs.*.tls together: these cannot be mixed (containerd 1.7 refuses to start the CRI plugin: &quot;`mirrors` cannot be set when `config_path` is provided&quot;). Remove the legacy tables.</source>
        <translation>config.toml 同时设置了 config_path 和旧版的 registry.mirrors / configs.*.tls：两者不能混用（containerd 1.7 会拒绝启动 CRI 插件：&quot;`mirrors` cannot be set when `config_path` is provided&quot;）。请删除这些旧版的表。</translation>
    </message>
    <message>
        <source>hosts.toml holds no credentials: the user name &apos;%1&apos; for %2 from config.toml belongs in a pull secret (imagePullSecrets).</source>
        <translation>hosts.toml 中不保存凭据：config.toml 中 %2 的用户名 &apos;%1&apos; 应放到拉取密钥（imagePullSecrets）中。</translation>
    </message>
    <message>
        <source>registry.auths and configs.*.auth are deprecated (&quot;`auths` is deprecated, please use `ImagePullSecrets` instead&quot;); they stay in config.toml until the pull secret is in use.</source>
        <translation>registry.auths 和 configs.*.auth 已被废弃（&quot;`auths` is deprecated, please use `ImagePullSecrets` instead&quot;）；在拉取密钥投入使用之前，它们仍保留在 config.toml 中。</translation>
    </message>
    <message>
        <source>The credentials from config.toml cannot be turned into a pull secret: %1</source>
        <translation>config.toml 中的凭据无法转换为拉取密钥：%1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds no PEM certificate.</source>
        <translation>%1：&apos;%2&apos; 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds no PEM key.</source>
        <translation>%1：&apos;%2&apos; 中没有 PEM 格式的私钥。</translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation>%1：路径为空。</translation>
    </message>
    <message>
        <source>--capabilities: &apos;%1&apos; is not a capability; use pull, resolve or push.</source>
        <translation>--capabilities：&apos;%1&apos; 不是有效的能力，只能是 pull、resolve 或 push。</translation>
    </message>
    <message>
        <source>--override-path: &apos;%1&apos; has no path; override_path makes containerd use the URL&apos;s path as the registry API root.</source>
        <translation>--override-path：&apos;%1&apos; 不带路径；override_path 的作用是让 containerd 把 URL 中的路径作为镜像仓库 API 的根路径。</translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not a valid HTTP header name.</source>
        <translation>--header：&apos;%1&apos; 不是合法的 HTTP 头名称。</translation>
    </message>
    <message>
        <source>--client-key: a client key needs --client-cert.</source>
        <translation>--client-key：指定客户端私钥时必须同时指定 --client-cert。</translation>
    </message>
    <message>
        <source>%1: override_path = true is set because the path holds the registry API (without it containerd would request %2/v2/...).</source>
        <translation>%1：该路径就是镜像仓库 API 的地址，因此已设置 override_path = true（否则 containerd 会请求 %2/v2/...）。</translation>
    </message>
    <message>
        <source>%1: containerd appends /v2 to this path (requests go to %1/v2/...); use --override-path when the registry API is at the URL itself.</source>
        <translation>%1：containerd 会在该路径后追加 /v2（请求发往 %1/v2/...）；如果镜像仓库 API 就在该 URL 本身，请使用 --override-path。</translation>
    </message>
    <message>
        <source>--no-fallback: without a mirror there is nothing to pull from.</source>
        <translation>--no-fallback：没有镜像加速地址，又不能回退，将无处拉取镜像。</translation>
    </message>
    <message>
        <source>--containerd: &apos;%1&apos; is not supported; use 1.6, 1.7, 2.0 or 2.1.</source>
        <translation>--containerd：不支持 &apos;%1&apos;，只能是 1.6、1.7、2.0 或 2.1。</translation>
    </message>
    <message>
        <source>config_path: &apos;%1&apos; must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>config_path：&apos;%1&apos; 必须是绝对路径，且只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>%1: skip_verify = true turns off TLS certificate checks, so anyone between the node and this host can serve images. Prefer --ca with the registry&apos;s CA.</source>
        <translation>%1：skip_verify = true 会关闭 TLS 证书校验，节点与该主机之间的任何人都可以冒充它提供镜像。建议改用 --ca 指定镜像仓库的 CA 证书。</translation>
    </message>
    <message>
        <source>%1: plain HTTP, images travel unencrypted and unauthenticated.</source>
        <translation>%1：使用明文 HTTP，镜像传输既不加密，也不校验来源。</translation>
    </message>
    <message>
        <source>No mirror has the resolve capability and there is no fallback: pulls by tag will fail.</source>
        <translation>没有任何镜像加速地址具备 resolve 能力，且没有回退：按标签拉取将会失败。</translation>
    </message>
    <message>
        <source>--no-fallback: %1 itself is never contacted; when the mirrors fail, the pull fails.</source>
        <translation>--no-fallback：不会访问 %1 本身；镜像加速地址全部失败时，拉取即失败。</translation>
    </message>
    <message>
        <source>docker.io falls back to https://registry-1.docker.io when every mirror fails.</source>
        <translation>所有镜像加速地址都失败时，docker.io 会回退到 https://registry-1.docker.io。</translation>
    </message>
    <message>
        <source>%1 holds only the lines that enable config_path; merge them into /etc/containerd/config.toml (or pass --from-config with the node&apos;s config.toml to get a merged file) instead of replacing it.</source>
        <translation>%1 只包含启用 config_path 的几行配置；请将其合并到 /etc/containerd/config.toml 中，而不要直接替换该文件（也可以用 --from-config 传入节点上的 config.toml，直接得到合并后的文件）。</translation>
    </message>
    <message>
        <source>The proxy URL holds a user name and password. Files in /etc/systemd/system are world-readable by default and `systemctl show` prints the Environment to every local user: keep the drop-in at mode 0600, or put the variables in an EnvironmentFile= readable by root only.</source>
        <translation>代理 URL 中包含用户名和密码。/etc/systemd/system 下的文件默认所有用户可读，且 `systemctl show` 会向任何本地用户显示 Environment：请将该 drop-in 文件的权限保持为 0600，或把这些变量放到只有 root 可读的 EnvironmentFile= 中。</translation>
    </message>
    <message>
        <source>No service CIDR given: NO_PROXY holds kubeadm&apos;s default 10.96.0.0/12. Check the cluster&apos;s --service-cluster-ip-range.</source>
        <translation>未指定 Service CIDR：NO_PROXY 中使用的是 kubeadm 的默认值 10.96.0.0/12。请核对集群的 --service-cluster-ip-range。</translation>
    </message>
    <message>
        <source>No pod CIDR given: traffic to pod addresses would go through the proxy. Add the cluster&apos;s pod range (kubectl get nodes -o jsonpath=&apos;{.items[*].spec.podCIDR}&apos;).</source>
        <translation>未指定 Pod CIDR：访问 Pod 地址的流量会经过代理。请添加集群的 Pod 网段（kubectl get nodes -o jsonpath=&apos;{.items[*].spec.podCIDR}&apos;）。</translation>
    </message>
    <message>
        <source>Image pulls are made by the container runtime (containerd, CRI-O or dockerd), not the kubelet: set the proxy on the runtime&apos;s service for pulls; the kubelet&apos;s proxy only affects its own traffic (API server, credential providers).</source>
        <translation>镜像是由容器运行时（containerd、CRI-O 或 dockerd）拉取的，而不是 kubelet：要让拉取走代理，请在容器运行时的服务上配置代理；kubelet 的代理只影响它自身的流量（API server、凭据提供程序）。</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>Your Docker ID and a personal access token (Account settings, Personal access tokens); authenticated pulls get a higher rate limit.</source>
        <translation>Docker ID 和个人访问令牌（在 Account settings 的 Personal access tokens 中创建）；认证后拉取限额更高。</translation>
    </message>
    <message>
        <source>Harbor (robot account)</source>
        <translation>Harbor（机器人账号）</translation>
    </message>
    <message>
        <source>A robot account of the project (Harbor 2: robot$project+name, Harbor 1: robot$name) and its secret; the server is the Harbor host without https://.</source>
        <translation>项目的机器人账号（Harbor 2：robot$project+name，Harbor 1：robot$name）及其令牌（secret）；服务器地址填 Harbor 主机名，不带 https://。</translation>
    </message>
    <message>
        <source>AWS ECR</source>
        <translation>AWS ECR</translation>
    </message>
    <message>
        <source>The password is the output of aws ecr get-login-password --region REGION; it expires after 12 hours (IAM roles for service accounts or the ECR credential provider avoid the secret).</source>
        <translation>密码为 aws ecr get-login-password --region REGION 的输出，12 小时后过期；使用 IAM Roles for Service Accounts（IRSA）或 ECR 凭据提供程序则无需该拉取密钥。</translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <translation>Azure Container Registry</translation>
    </message>
    <message>
        <source>A service principal with the AcrPull role: its application (client) id as user and its secret as password (AKS can attach the registry with a managed identity instead).</source>
        <translation>具有 AcrPull 角色的服务主体：以其应用程序（客户端）ID 作为用户名，以其客户端密码作为密码（AKS 也可以改用托管标识关联该镜像仓库）。</translation>
    </message>
    <message>
        <source>Google Container/Artifact Registry</source>
        <translation>Google Container/Artifact Registry</translation>
    </message>
    <message>
        <source>The whole JSON key file of a service account (gcloud iam service-accounts keys create) as the password; for Artifact Registry the server is REGION-docker.pkg.dev.</source>
        <translation>以服务账号的完整 JSON 密钥文件（由 gcloud iam service-accounts keys create 生成）作为密码；Artifact Registry 的服务器地址为 REGION-docker.pkg.dev。</translation>
    </message>
    <message>
        <source>Alibaba Cloud ACR</source>
        <translation>阿里云 ACR</translation>
    </message>
    <message>
        <source>Your Alibaba Cloud account name and the registry password set in the ACR console (not the console login password); use your region&apos;s host.</source>
        <translation>阿里云账号名，以及在 ACR 控制台设置的镜像仓库登录密码（不是控制台登录密码）；服务器地址使用所在地域的域名。</translation>
    </message>
    <message>
        <source>%1: not a docker config file (JSON object expected): %2</source>
        <translation>%1：不是 Docker 配置文件（应为 JSON 对象）：%2</translation>
    </message>
    <message>
        <source>%1 uses a credential helper (credsStore/credHelpers): the passwords it keeps are not in the file and the kubelet cannot use them; only entries with credentials in the file are copied.</source>
        <translation>%1 使用了凭据助手（credsStore/credHelpers）：由其保存的密码不在该文件中，kubelet 无法使用；只会复制文件中带有凭据的条目。</translation>
    </message>
    <message>
        <source>%1: the entry for %2 holds an identity token, which the kubelet does not use.</source>
        <translation>%1：%2 的条目中是 identity token，kubelet 不会使用它。</translation>
    </message>
    <message>
        <source>%1: the entry for %2 has no user name and password in the file; it is left out.</source>
        <translation>%1：文件中 %2 的条目没有用户名和密码，已跳过。</translation>
    </message>
    <message>
        <source>%1 holds no registry with a user name and password.</source>
        <translation>%1 中没有任何带用户名和密码的镜像仓库。</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2.</source>
        <translation>%1 不能与 %2 同时使用。</translation>
    </message>
    <message>
        <source>%1, %2 and a password are required (or %3).</source>
        <translation>必须提供 %1、%2 和密码（或者改用 %3）。</translation>
    </message>
    <message>
        <source>%1: the registry %2 is given twice.</source>
        <translation>%1：镜像仓库 %2 重复指定。</translation>
    </message>
    <message>
        <source>%1 is an AWS ECR registry: the password from aws ecr get-login-password is a token that expires after 12 hours, and the Secret stops working then. Refresh it on a schedule, or use the kubelet&apos;s ECR credential provider or IAM roles instead.</source>
        <translation>%1 是 AWS ECR 镜像仓库：aws ecr get-login-password 输出的密码是一个 12 小时后过期的令牌，届时该 Secret 就会失效。请定期刷新，或改用 kubelet 的 ECR 凭据提供程序或 IAM 角色。</translation>
    </message>
    <message>
        <source>AWS ECR expects the user name AWS, not %1.</source>
        <translation>AWS ECR 的用户名应为 AWS，而不是 %1。</translation>
    </message>
    <message>
        <source>The kubelet does not use credentials stored under %1 for Docker Hub images; use https://index.docker.io/v1/ (or docker.io) as the server.</source>
        <translation>kubelet 拉取 Docker Hub 镜像时不会使用保存在 %1 下的凭据；请将服务器地址设为 https://index.docker.io/v1/（或 docker.io）。</translation>
    </message>
    <message>
        <source>The user _json_key expects the whole service-account JSON key file as the password; the password given is not a JSON object.</source>
        <translation>用户名为 _json_key 时，密码应为服务账号的完整 JSON 密钥文件；而提供的密码不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Patching the %1&apos;s pod template replaces its pods (a rollout); patching the ServiceAccount instead affects pods created afterwards.</source>
        <translation>patch %1 的 Pod 模板会替换其现有 Pod（触发滚动更新）；改为 patch ServiceAccount 则只影响之后创建的 Pod。</translation>
    </message>
    <message>
        <source>The command keeps the password out of your shell history, but kubectl still receives it as an argument, visible to other users of this machine while it runs; apply the YAML output where that matters.</source>
        <translation>该命令不会让密码进入 shell 历史记录，但 kubectl 仍以命令行参数的形式接收密码，运行期间本机的其他用户可以看到；如果介意这一点，请改用 YAML 输出来应用。</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%2 上用户 %1 的密码： </translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Usage: pullscope-cli generate KIND [options]

Kinds:
  secret          a kubernetes.io/dockerconfigjson pull secret and the imagePullSecrets patch
  proxy           a systemd drop-in giving containerd, docker, kubelet or crio an HTTP(S) proxy
  mirror          containerd hosts.toml mirrors (certs.d) and the config.toml lines enabling them
  crio            a CRI-O registries.conf.d mirror file
  docker-daemon   daemon.json registry-mirrors (Docker Hub only)
  alerts          not available in this version yet

`pullscope-cli generate KIND --help` lists a kind&apos;s options. Without --out-dir the files go to
standard output, each under a `# file: PATH` line, followed by the apply and verify commands;
with --out-dir DIR each file is written at DIR/PATH (secrets with mode 0600). Warnings go to
standard error. A refused field is exit 2, naming the field, and nothing is written.
</source>
        <translation>用法：pullscope-cli generate KIND [options]

类型（KIND）：
  secret          kubernetes.io/dockerconfigjson 类型的拉取密钥，以及 imagePullSecrets 补丁
  proxy           systemd drop-in 配置，为 containerd、docker、kubelet 或 crio 设置 HTTP(S) 代理
  mirror          containerd 的 hosts.toml 镜像加速配置（certs.d）和 config.toml 中的启用配置
  crio            CRI-O 的 registries.conf.d 镜像加速配置文件
  docker-daemon   daemon.json 中的 registry-mirrors（仅对 Docker Hub 生效）
  alerts          当前版本暂不支持

`pullscope-cli generate KIND --help` 列出该类型的选项。不指定 --out-dir 时，文件输出到
标准输出，每个文件前有一行 `# file: PATH`，最后是应用和验证命令；指定 --out-dir DIR 时，
每个文件写入 DIR/PATH（含凭据的文件权限为 0600）。警告输出到标准错误。字段不被接受时
以退出码 2 退出并指明该字段，不写入任何文件。
</translation>
    </message>
    <message>
        <source>Write the files below DIR at their paths on the node instead of printing them.</source>
        <translation>不打印文件，而是按其在节点上的路径写到 DIR 目录下。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>pullscope-cli generate %1: unexpected argument &apos;%2&apos;</source>
        <translation>pullscope-cli generate %1: 多余的参数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pullscope-cli generate: &apos;%1&apos; is not available in this version yet</source>
        <translation>pullscope-cli generate: 当前版本暂不支持 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pullscope-cli generate: unknown kind &apos;%1&apos;</source>
        <translation>pullscope-cli generate: 未知类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>paths below are relative to %1</source>
        <translation>以下路径相对于 %1</translation>
    </message>
    <message>
        <source>A kubernetes.io/dockerconfigjson pull secret; its YAML and JSON equal `kubectl create secret docker-registry NAME ... --dry-run=client -o yaml|json` for the same inputs.</source>
        <translation>kubernetes.io/dockerconfigjson 类型的拉取密钥；输入相同时，生成的 YAML 和 JSON 与 `kubectl create secret docker-registry NAME ... --dry-run=client -o yaml|json` 的输出完全一致。</translation>
    </message>
    <message>
        <source>The Secret&apos;s name.</source>
        <translation>Secret 的名称。</translation>
    </message>
    <message>
        <source>The namespace (written into the Secret, as kubectl -n does).</source>
        <translation>命名空间（与 kubectl -n 一样写入 Secret）。</translation>
    </message>
    <message>
        <source>The registry key, e.g. harbor.example.com or https://index.docker.io/v1/ (repeat for several registries, each with its own --username and --password-file).</source>
        <translation>镜像仓库地址（即 auths 中的键），例如 harbor.example.com 或 https://index.docker.io/v1/（多个镜像仓库时重复指定，每个都要有各自的 --username 和 --password-file）。</translation>
    </message>
    <message>
        <source>The registry user name.</source>
        <translation>镜像仓库用户名。</translation>
    </message>
    <message>
        <source>Read the password from standard input (one registry).</source>
        <translation>从标准输入读取密码（仅限一个镜像仓库）。</translation>
    </message>
    <message>
        <source>Read the password from FILE (trailing line ends dropped). With --output kubectl the printed command reads this file; without it the command prompts.</source>
        <translation>从 FILE 读取密码（去掉末尾的换行符）。使用 --output kubectl 时，输出的命令会读取该文件；不指定该选项时，命令会提示输入密码。</translation>
    </message>
    <message>
        <source>An e-mail address (optional).</source>
        <translation>电子邮件地址（可选）。</translation>
    </message>
    <message>
        <source>Import the registries of an existing ~/.docker/config.json or .dockerconfigjson: the entries holding a user name and password (and HttpHeaders) are copied; credential helpers are not.</source>
        <translation>导入现有 ~/.docker/config.json 或 .dockerconfigjson 中的镜像仓库：复制包含用户名和密码的条目（以及 HttpHeaders）；凭据助手（credential helper）不会被导入。</translation>
    </message>
    <message>
        <source>Also patch this ServiceAccount&apos;s imagePullSecrets.</source>
        <translation>同时生成补丁，将该密钥加入此 ServiceAccount 的 imagePullSecrets。</translation>
    </message>
    <message>
        <source>Also patch this Deployment&apos;s pod template imagePullSecrets.</source>
        <translation>同时生成补丁，将该密钥加入此 Deployment 的 Pod 模板中的 imagePullSecrets。</translation>
    </message>
    <message>
        <source>Also patch this StatefulSet&apos;s pod template imagePullSecrets.</source>
        <translation>同时生成补丁，将该密钥加入此 StatefulSet 的 Pod 模板中的 imagePullSecrets。</translation>
    </message>
    <message>
        <source>Also patch this DaemonSet&apos;s pod template imagePullSecrets.</source>
        <translation>同时生成补丁，将该密钥加入此 DaemonSet 的 Pod 模板中的 imagePullSecrets。</translation>
    </message>
    <message>
        <source>yaml, json, dockerconfigjson or kubectl (default yaml).</source>
        <translation>yaml、json、dockerconfigjson 或 kubectl（默认 yaml）。</translation>
    </message>
    <message>
        <source>Fill in a provider&apos;s server and user name: dockerhub, harbor, ecr, acr, gcr, aliyun.</source>
        <translation>自动填入对应服务商的镜像仓库地址和用户名：dockerhub、harbor、ecr、acr、gcr、aliyun。</translation>
    </message>
    <message>
        <source>The failing image: warn when the kubelet would not use these credentials for it.</source>
        <translation>拉取失败的镜像：如果 kubelet 拉取该镜像时不会使用这些凭据，则给出警告。</translation>
    </message>
    <message>
        <source>--output takes yaml, json, dockerconfigjson or kubectl</source>
        <translation>--output 只能是 yaml、json、dockerconfigjson 或 kubectl</translation>
    </message>
    <message>
        <source>give only one of --service-account, --deployment, --statefulset, --daemonset (patch the ServiceAccount or the owning workload, never the pod)</source>
        <translation>--service-account、--deployment、--statefulset、--daemonset 只能指定其中一个（补丁应打在 ServiceAccount 或 Pod 所属的工作负载上，而不是 Pod 本身）</translation>
    </message>
    <message>
        <source>--from-docker-config cannot be combined with --server, --username, a password or --preset</source>
        <translation>--from-docker-config 不能与 --server、--username、密码选项或 --preset 同时使用</translation>
    </message>
    <message>
        <source>--from-docker-config: cannot read %1: %2</source>
        <translation>--from-docker-config: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--from-docker-config: %1 is empty</source>
        <translation>--from-docker-config: %1 为空</translation>
    </message>
    <message>
        <source>--preset takes dockerhub, harbor, ecr, acr, gcr or aliyun</source>
        <translation>--preset 只能是 dockerhub、harbor、ecr、acr、gcr 或 aliyun</translation>
    </message>
    <message>
        <source>--server is required with --preset %1 (e.g. %2)</source>
        <translation>使用 --preset %1 时必须指定 --server（例如 %2）</translation>
    </message>
    <message>
        <source>--server is required (or --from-docker-config)</source>
        <translation>必须指定 --server（或使用 --from-docker-config）</translation>
    </message>
    <message>
        <source>--username is required once for each --server</source>
        <translation>每个 --server 都必须对应一个 --username</translation>
    </message>
    <message>
        <source>--email is given once for each --server, or not at all</source>
        <translation>--email 要么为每个 --server 各指定一个，要么都不指定</translation>
    </message>
    <message>
        <source>--password-stdin takes the password of a single registry and excludes --password-file</source>
        <translation>--password-stdin 只能提供单个镜像仓库的密码，且不能与 --password-file 同时使用</translation>
    </message>
    <message>
        <source>--output kubectl prints a command that reads the password itself: use --password-file FILE (read when the command runs) or neither (it prompts)</source>
        <translation>--output kubectl 输出的命令会自行读取密码：请使用 --password-file FILE（在命令运行时读取），或两者都不指定（命令会提示输入密码）</translation>
    </message>
    <message>
        <source>a password is required: --password-stdin or --password-file FILE for each --server (never on the command line)</source>
        <translation>必须提供密码：使用 --password-stdin，或为每个 --server 指定 --password-file FILE（不支持在命令行中直接给出密码）</translation>
    </message>
    <message>
        <source>--password-stdin: %1</source>
        <translation>--password-stdin: %1</translation>
    </message>
    <message>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>A systemd drop-in etc/systemd/system/SERVICE.service.d/http-proxy.conf with HTTP_PROXY, HTTPS_PROXY and NO_PROXY in upper and lower case. NO_PROXY always holds localhost, 127.0.0.1, ::1, the cluster&apos;s ranges, .svc and the cluster domain.</source>
        <translation>systemd drop-in 配置 etc/systemd/system/SERVICE.service.d/http-proxy.conf，其中同时以大写和小写形式设置 HTTP_PROXY、HTTPS_PROXY 和 NO_PROXY。NO_PROXY 始终包含 localhost、127.0.0.1、::1、集群的各个网段、.svc 以及集群域名。</translation>
    </message>
    <message>
        <source>containerd, docker, kubelet or crio.</source>
        <translation>containerd、docker、kubelet 或 crio。</translation>
    </message>
    <message>
        <source>The proxy URL, e.g. http://proxy.example.com:3128 (user:password@ allowed, percent-encoded).</source>
        <translation>代理 URL，例如 http://proxy.example.com:3128（可包含 user:password@，需使用百分号编码）。</translation>
    </message>
    <message>
        <source>The proxy for HTTPS (default: the HTTP proxy).</source>
        <translation>HTTPS 使用的代理（默认与 HTTP 代理相同）。</translation>
    </message>
    <message>
        <source>More NO_PROXY entries (repeatable, comma-separated).</source>
        <translation>额外的 NO_PROXY 条目（可重复指定，以逗号分隔）。</translation>
    </message>
    <message>
        <source>The pod network range(s).</source>
        <translation>Pod 网段（可指定多个）。</translation>
    </message>
    <message>
        <source>The service range(s) (default: kubeadm&apos;s 10.96.0.0/12).</source>
        <translation>Service 网段（可指定多个；默认为 kubeadm 的 10.96.0.0/12）。</translation>
    </message>
    <message>
        <source>The nodes&apos; network range(s).</source>
        <translation>节点网段（可指定多个）。</translation>
    </message>
    <message>
        <source>The cluster domain (default cluster.local).</source>
        <translation>集群域名（默认 cluster.local）。</translation>
    </message>
    <message>
        <source>The API server&apos;s host, host:port or URL, kept off the proxy.</source>
        <translation>API server 的主机名、host:port 或 URL，访问时不经过代理。</translation>
    </message>
    <message>
        <source>A registry mirror (host or URL) reached without the proxy (repeatable).</source>
        <translation>不经过代理、直接访问的镜像加速（主机名或 URL，可重复指定）。</translation>
    </message>
    <message>
        <source>--service takes containerd, docker, kubelet or crio</source>
        <translation>--service 只能是 containerd、docker、kubelet 或 crio</translation>
    </message>
    <message>
        <source>--http-proxy is required</source>
        <translation>必须指定 --http-proxy</translation>
    </message>
</context>
<context>
    <name>GenerateMirrorCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Write the files below DIR at their paths on the node instead of printing them.</source>
        <translation>不打印文件，而是按其在节点上的路径写到 DIR 目录下。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>（无变化）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>未知类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>containerd&apos;s certs.d/HOST/hosts.toml for a registry mirror, and the config.toml lines enabling config_path. With --from-config the node&apos;s config.toml is merged (diff printed) and its legacy registry.mirrors / configs.*.tls become hosts.toml files; its credentials become a pull secret.</source>
        <translation>为镜像加速生成 containerd 的 certs.d/HOST/hosts.toml，以及在 config.toml 中启用 config_path 的配置行。使用 --from-config 时，会合并节点上的 config.toml（并输出 diff），将其中旧版的 registry.mirrors / configs.*.tls 转换为 hosts.toml 文件，其中的凭据则转换为拉取密钥。</translation>
    </message>
    <message>
        <source>The registry to mirror as written in image names: docker.io, registry.k8s.io, gcr.io, quay.io, any host[:port], or _default.</source>
        <translation>要加速的镜像仓库，按镜像名称中的写法填写：docker.io、registry.k8s.io、gcr.io、quay.io、任意 host[:port]，或 _default。</translation>
    </message>
    <message>
        <source>A mirror URL; repeat for several, tried in the given order.</source>
        <translation>镜像加速地址；可重复指定多个，按给定顺序依次尝试。</translation>
    </message>
    <message>
        <source>Capabilities of every mirror: pull, resolve, push (default pull,resolve).</source>
        <translation>所有镜像加速的能力（capabilities）：pull、resolve、push（默认 pull,resolve）。</translation>
    </message>
    <message>
        <source>Never fall back to the registry itself when the mirrors fail.</source>
        <translation>镜像加速均失败时，也不回退到镜像仓库本身。</translation>
    </message>
    <message>
        <source>The mirrors&apos; CA certificate (PEM), copied beside hosts.toml.</source>
        <translation>镜像加速的 CA 证书（PEM），会复制到 hosts.toml 所在目录。</translation>
    </message>
    <message>
        <source>A client certificate (PEM) for the mirrors, copied beside hosts.toml.</source>
        <translation>访问镜像加速用的客户端证书（PEM），会复制到 hosts.toml 所在目录。</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key (PEM).</source>
        <translation>客户端证书的私钥（PEM）。</translation>
    </message>
    <message>
        <source>Do not verify the mirrors&apos; TLS certificates (not recommended).</source>
        <translation>不校验镜像加速的 TLS 证书（不推荐）。</translation>
    </message>
    <message>
        <source>The registry API of a mirror with a path is at that path (a Harbor proxy-cache project).</source>
        <translation>带路径的镜像加速，其镜像仓库 API 就位于该路径下（例如 Harbor 的 proxy-cache 项目）。</translation>
    </message>
    <message>
        <source>An HTTP header sent to the mirrors; repeatable.</source>
        <translation>发送给镜像加速的 HTTP 请求头；可重复指定。</translation>
    </message>
    <message>
        <source>The node&apos;s containerd version: 1.6, 1.7, 2.0 or 2.1 (default 1.7, or from --from-config&apos;s version).</source>
        <translation>节点上的 containerd 版本：1.6、1.7、2.0 或 2.1（默认 1.7，或根据 --from-config 文件中的 version 推断）。</translation>
    </message>
    <message>
        <source>The node&apos;s current config.toml.</source>
        <translation>节点上当前的 config.toml。</translation>
    </message>
    <message>
        <source>Name of the pull secret for credentials found in --from-config.</source>
        <translation>用于保存 --from-config 中所发现凭据的拉取密钥名称。</translation>
    </message>
    <message>
        <source>Namespace of that pull secret.</source>
        <translation>该拉取密钥所在的命名空间。</translation>
    </message>
    <message>
        <source>--registry is required (or --from-config to convert a config.toml).</source>
        <translation>必须指定 --registry（或使用 --from-config 转换 config.toml）。</translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror URL.</source>
        <translation>--mirror: 请至少指定一个镜像加速地址。</translation>
    </message>
    <message>
        <source>--from-config: cannot read %1: %2</source>
        <translation>--from-config: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--containerd: &apos;%1&apos; is not supported; use 1.6, 1.7, 2.0 or 2.1.</source>
        <translation>--containerd: 不支持 &apos;%1&apos;；请使用 1.6、1.7、2.0 或 2.1。</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: 无法读取 %2：%3</translation>
    </message>
    <message>
        <source>--%1: %2 is empty</source>
        <translation>--%1: %2 为空</translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not NAME=VALUE.</source>
        <translation>--header: &apos;%1&apos; 不符合 NAME=VALUE 格式。</translation>
    </message>
    <message>
        <source>--override-path: no --mirror has a path; override_path makes containerd use the URL&apos;s path as the registry API root.</source>
        <translation>--override-path: 没有任何 --mirror 带路径；override_path 的作用是让 containerd 把 URL 中的路径作为镜像仓库 API 的根路径。</translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml are replaced by the ones given on the command line.</source>
        <translation>config.toml 中 %1 的旧版配置已被命令行给出的配置取代。</translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml were not converted: %2</source>
        <translation>config.toml 中 %1 的旧版配置未转换：%2</translation>
    </message>
    <message>
        <source>A CRI-O registries.conf.d drop-in with [[registry]] and [[registry.mirror]] entries; with --from-config the node&apos;s file is merged instead (diff printed).</source>
        <translation>CRI-O 的 registries.conf.d drop-in 配置，包含 [[registry]] 和 [[registry.mirror]] 条目；使用 --from-config 时，改为合并到节点上的该文件中（并输出 diff）。</translation>
    </message>
    <message>
        <source>The registry prefix, e.g. docker.io or registry.example.com/team.</source>
        <translation>镜像仓库前缀（prefix），例如 docker.io 或 registry.example.com/team。</translation>
    </message>
    <message>
        <source>A mirror: URL or host[:port][/path]; repeat for several (tried in order). http:// marks it insecure.</source>
        <translation>镜像加速：URL 或 host[:port][/path]；可重复指定多个（按顺序尝试）。使用 http:// 即将其标记为 insecure。</translation>
    </message>
    <message>
        <source>Where the registry itself is, when not the prefix.</source>
        <translation>镜像仓库的实际地址（location），与前缀不同时指定。</translation>
    </message>
    <message>
        <source>all, digest-only or tag-only (containers-image 5.25+).</source>
        <translation>all、digest-only 或 tag-only（需要 containers-image 5.25 及以上版本）。</translation>
    </message>
    <message>
        <source>The node&apos;s registries.conf or a drop-in to merge into.</source>
        <translation>要合并进去的节点 registries.conf 或 drop-in 文件。</translation>
    </message>
    <message>
        <source>--from-config: &apos;%1&apos; is not a usable file name.</source>
        <translation>--from-config: &apos;%1&apos; 不是可用的文件名。</translation>
    </message>
    <message>
        <source>Docker&apos;s daemon.json registry-mirrors (Docker mirrors Docker Hub only); with --from-config the node&apos;s daemon.json is merged (diff printed).</source>
        <translation>Docker 的 daemon.json 中的 registry-mirrors（Docker 只为 Docker Hub 使用镜像加速）；使用 --from-config 时，会合并节点上的 daemon.json（并输出 diff）。</translation>
    </message>
    <message>
        <source>A mirror root URL; repeat for several.</source>
        <translation>镜像加速的根 URL；可重复指定多个。</translation>
    </message>
    <message>
        <source>The node&apos;s current daemon.json.</source>
        <translation>节点上当前的 daemon.json。</translation>
    </message>
    <message>
        <source>Short names instead of mirrors: a registry searched for names without one (unqualified-search-registries); repeat for several.</source>
        <translation>用于短名称（而非镜像加速）：不带镜像仓库的镜像名会在该仓库中查找（unqualified-search-registries）；可重复指定多个。</translation>
    </message>
    <message>
        <source>Short names instead of mirrors: SHORT=FULL, e.g. nginx=docker.io/library/nginx; repeat for several.</source>
        <translation>用于短名称（而非镜像加速）：SHORT=FULL，例如 nginx=docker.io/library/nginx；可重复指定多个。</translation>
    </message>
    <message>
        <source>--search-registry and --alias write a short-name drop-in: give them without --registry, --mirror and --from-config.</source>
        <translation>--search-registry 和 --alias 生成的是短名称 drop-in 文件：请不要同时指定 --registry、--mirror 或 --from-config。</translation>
    </message>
    <message>
        <source>--alias: &apos;%1&apos; is not SHORT=FULL.</source>
        <translation>--alias: &apos;%1&apos; 不符合 SHORT=FULL 格式。</translation>
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
    <name>KubeConfig</name>
    <message>
        <source>expected a text value</source>
        <translation>应为文本值</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation>应为文本值列表</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>expected a map with name and %1</source>
        <translation>应为包含 name 和 %1 的映射</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>该条目缺少 name</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice in %2</source>
        <translation>名称 &quot;%1&quot; 在 %2 中出现了两次</translation>
    </message>
    <message>
        <source>%1: cannot read the kubeconfig: %2</source>
        <translation>%1：无法读取 kubeconfig：%2</translation>
    </message>
    <message>
        <source>the document is not a kubeconfig (a map is expected)</source>
        <translation>该文档不是 kubeconfig（应为映射）</translation>
    </message>
    <message>
        <source>expected a map with name and value</source>
        <translation>应为包含 name 和 value 的映射</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2</source>
        <translation>%1：不是合法的 YAML：%2</translation>
    </message>
    <message>
        <source>%1, line %2, %3</source>
        <translation>%1，第 %2 行，%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1：不是合法的 base64</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>No kubeconfig was found (KUBECONFIG or ~/.kube/config).</source>
        <translation>未找到 kubeconfig（KUBECONFIG 或 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>No context chosen and no current-context is set in %1.</source>
        <translation>未选择上下文，且 %1 中未设置 current-context。</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; is not defined in %2.</source>
        <translation>%2 中未定义上下文 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; refers to the cluster &quot;%3&quot;, which no kubeconfig defines.</source>
        <translation>%1：上下文 &quot;%2&quot; 引用的集群 &quot;%3&quot; 未在任何 kubeconfig 中定义。</translation>
    </message>
    <message>
        <source>%1: the cluster &quot;%2&quot; has no server.</source>
        <translation>%1：集群 &quot;%2&quot; 未设置 server。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>%1：&quot;%2&quot; 不是 http(s) URL。</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1：其中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>%1: insecure-skip-tls-verify and a certificate authority are both set for the cluster &quot;%2&quot;; remove one of them.</source>
        <translation>%1：集群 &quot;%2&quot; 同时设置了 insecure-skip-tls-verify 和 CA 证书；请删除其中一项。</translation>
    </message>
    <message>
        <source>TLS verification is off for the cluster &quot;%1&quot; (insecure-skip-tls-verify in %2): anyone between you and %3 can pose as the API server and read your credentials.</source>
        <translation>集群 &quot;%1&quot; 已关闭 TLS 校验（%2 中设置了 insecure-skip-tls-verify）：本机与 %3 之间的任何人都可以冒充 API Server 并读取你的凭据。</translation>
    </message>
    <message>
        <source>%1: an https:// proxy is not supported (Qt talks to proxies in plain HTTP or SOCKS5). Use the proxy&apos;s http:// address, or run a local forwarder that accepts plain CONNECT and speaks TLS to the proxy, and set proxy-url to http://127.0.0.1:&lt;its port&gt;.</source>
        <translation>%1：不支持 https:// 代理（Qt 只能以明文 HTTP 或 SOCKS5 方式连接代理）。请使用代理的 http:// 地址；或在本地运行一个转发程序，由它接受明文 CONNECT 请求并通过 TLS 连接代理，然后将 proxy-url 设为 http://127.0.0.1:&lt;转发程序端口&gt;。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http:// or socks5:// proxy URL.</source>
        <translation>%1：&quot;%2&quot; 不是 http:// 或 socks5:// 代理 URL。</translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; refers to the user &quot;%3&quot;, which no kubeconfig defines.</source>
        <translation>%1：上下文 &quot;%2&quot; 引用的用户 &quot;%3&quot; 未在任何 kubeconfig 中定义。</translation>
    </message>
    <message>
        <source>%1: cannot read the token file %2.</source>
        <translation>%1：无法读取令牌文件 %2。</translation>
    </message>
    <message>
        <source>%1: the user &quot;%2&quot; has both a bearer token and a username/password; kubectl refuses this, keep one.</source>
        <translation>%1：用户 &quot;%2&quot; 同时设置了 bearer 令牌和用户名/密码；kubectl 不接受这种配置，请只保留其中一种。</translation>
    </message>
    <message>
        <source>%1: the user &quot;%2&quot; has a client certificate without its key, or a key without its certificate.</source>
        <translation>%1：用户 &quot;%2&quot; 设置了客户端证书却缺少对应的私钥，或设置了私钥却缺少对应的证书。</translation>
    </message>
    <message>
        <source>%1: not an unencrypted RSA or EC private key in PEM.</source>
        <translation>%1：不是未加密的 PEM 格式 RSA 或 EC 私钥。</translation>
    </message>
    <message>
        <source>%1: the auth-provider &quot;%2&quot; of the user &quot;%3&quot; was removed from kubectl; use its exec plugin instead (gcp: gke-gcloud-auth-plugin, azure: kubelogin).</source>
        <translation>%1：用户 &quot;%3&quot; 使用的 auth-provider &quot;%2&quot; 已从 kubectl 中移除；请改用对应的 exec 凭据插件（gcp：gke-gcloud-auth-plugin，azure：kubelogin）。</translation>
    </message>
    <message>
        <source>%1: the exec apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or v1beta1.</source>
        <translation>%1：不支持 exec 的 apiVersion &quot;%2&quot;；请使用 client.authentication.k8s.io/v1 或 v1beta1。</translation>
    </message>
    <message>
        <source>%1: interactiveMode must be set for client.authentication.k8s.io/v1 (Never, IfAvailable or Always).</source>
        <translation>%1：使用 client.authentication.k8s.io/v1 时必须设置 interactiveMode（Never、IfAvailable 或 Always）。</translation>
    </message>
    <message>
        <source>%1: interactiveMode &quot;%2&quot; is not Never, IfAvailable or Always.</source>
        <translation>%1：interactiveMode &quot;%2&quot; 无效，只能是 Never、IfAvailable 或 Always。</translation>
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
    <message>
        <source>Open the fix wizard of the selected container&apos;s cause.</source>
        <translation>打开所选容器对应原因的修复向导。</translation>
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
    <name>NodeCheckCommand</name>
    <message>
        <source>The node check. With --node-script, write a shell script to run on the node itself (the machine running PullScope is not the node: other DNS, proxy, CA store and runtime); with --node-output, read what it printed and show it as a probe: the same steps, causes and exit codes.</source>
        <translation>节点检查。使用 --node-script 时，生成一个在节点本机上运行的 shell 脚本（运行 PullScope 的机器并不是节点：DNS、代理、CA 证书库和容器运行时都可能不同）；使用 --node-output 时，读取该脚本在节点上打印的输出，并以探测结果的形式显示：步骤、原因和退出码都与探测相同。</translation>
    </message>
    <message>
        <source>The image reference, for --node-script.</source>
        <translation>镜像引用，用于 --node-script。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Write the node check script for IMAGE.</source>
        <translation>生成针对 IMAGE 的节点检查脚本。</translation>
    </message>
    <message>
        <source>The node&apos;s runtime: auto (detected on the node), containerd, crio or docker.</source>
        <translation>节点的容器运行时：auto（在节点上自动检测）、containerd、crio 或 docker。</translation>
    </message>
    <message>
        <source>Write the script to FILE (mode 0755) instead of standard output.</source>
        <translation>将脚本写入 FILE（权限 0755），而不是输出到标准输出。</translation>
    </message>
    <message>
        <source>Read what the node check printed on the node.</source>
        <translation>读取节点检查在节点上打印的输出。</translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation>table 或 json（默认 table）。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>pullscope-cli probe: give either --node-script IMAGE or --node-output FILE</source>
        <translation>pullscope-cli probe：请指定 --node-script IMAGE 或 --node-output FILE 中的一个</translation>
    </message>
    <message>
        <source>pullscope-cli probe: name exactly one IMAGE</source>
        <translation>pullscope-cli probe：必须且只能指定一个 IMAGE</translation>
    </message>
    <message>
        <source>pullscope-cli probe: %1 could not be written: %2</source>
        <translation>pullscope-cli probe：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --format takes table or json</source>
        <translation>pullscope-cli probe：--format 只能是 table 或 json</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --node-output takes no IMAGE: the output names it</source>
        <translation>pullscope-cli probe：--node-output 不接受 IMAGE 参数：输出中已包含镜像名</translation>
    </message>
</context>
<context>
    <name>NodeCheckOutput</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is far more than a node check prints; is this the right file?</source>
        <translation>%1：%2 字节，远超节点检查（脚本）的输出量；确认是这个文件吗？</translation>
    </message>
    <message>
        <source>%1: not the output of a PullScope node check (no &quot;### pullscope-node-check section info&quot; line in its first 64 KiB)</source>
        <translation>%1：不是 PullScope 节点检查（脚本）的输出（前 64 KiB 中没有 &quot;### pullscope-node-check section info&quot; 行）</translation>
    </message>
    <message>
        <source>%1:%2: section &quot;%3&quot; is empty or repeated</source>
        <translation>%1:%2：段 &quot;%3&quot; 为空或重复出现</translation>
    </message>
    <message>
        <source>%1:%2: end of section &quot;%3&quot; without its start</source>
        <translation>%1:%2：段 &quot;%3&quot; 只有结束标记，没有开始标记</translation>
    </message>
    <message>
        <source>%1: the info section names no image or host</source>
        <translation>%1：info 段中没有指定镜像或主机</translation>
    </message>
</context>
<context>
    <name>NodeCheckScript</name>
    <message>
        <source>%1 is not a valid image reference: %2</source>
        <translation>%1 不是有效的镜像引用：%2</translation>
    </message>
    <message>
        <source>unknown runtime %1: give auto, containerd, crio or docker</source>
        <translation>未知的容器运行时 %1：请指定 auto、containerd、crio 或 docker</translation>
    </message>
    <message>
        <source>the node check script is missing from this build</source>
        <translation>当前构建中缺少节点检查脚本</translation>
    </message>
    <message>
        <source>PullScope node check for %1</source>
        <translation>PullScope 节点检查：%1</translation>
    </message>
    <message>
        <source>Run it on the node where the pod is scheduled, as root, and keep everything it prints:</source>
        <translation>请以 root 身份在 Pod 被调度到的节点上运行，并保留它输出的全部内容：</translation>
    </message>
    <message>
        <source>Then load node-check.txt in PullScope (Probe registry, Load node output) or run:</source>
        <translation>然后在 PullScope 中加载 node-check.txt（探测镜像仓库，加载节点输出），或运行：</translation>
    </message>
    <message>
        <source>It reads the runtime&apos;s proxy settings and registry configuration, resolves the registry, connects with curl and openssl, and pulls the image with crictl (or ctr, or docker) as the kubelet would.</source>
        <translation>脚本会读取容器运行时的代理设置和镜像仓库配置，解析镜像仓库地址，用 curl 和 openssl 建立连接，并像 kubelet 一样用 crictl（或 ctr、docker）拉取镜像。</translation>
    </message>
    <message>
        <source>Nothing secret is stored here or printed. For a private image give the credentials when running it:</source>
        <translation>脚本中不保存、也不输出任何敏感信息。拉取私有镜像时，请在运行时提供凭据：</translation>
    </message>
    <message>
        <source>PULL=0 skips the pull; RUNTIME, RUNTIME_PID, CERTS_D, CHECK_TIMEOUT and PULL_TIMEOUT override what it detects.</source>
        <translation>PULL=0 表示跳过拉取；RUNTIME、RUNTIME_PID、CERTS_D、CHECK_TIMEOUT 和 PULL_TIMEOUT 可覆盖脚本自动检测到的值。</translation>
    </message>
</context>
<context>
    <name>NodeCheckVerdict</name>
    <message>
        <source>Read from the node check of %1 (%2, %3) taken %4.</source>
        <translation>结果读取自节点 %1（%2，%3）于 %4 执行的节点检查。</translation>
    </message>
    <message>
        <source>The output stops before the check&apos;s end: the script was interrupted or the file cut off.</source>
        <translation>输出在检查结束前就中断了：脚本被中断，或文件被截断。</translation>
    </message>
    <message>
        <source>the node cannot resolve its proxy (getent exit %1)</source>
        <translation>节点无法解析其代理的主机名（getent 退出码 %1）</translation>
    </message>
    <message>
        <source>the node cannot resolve %1 (getent exit %2)</source>
        <translation>节点无法解析 %1（getent 退出码 %2）</translation>
    </message>
    <message>
        <source>server gave HTTP response to HTTPS client</source>
        <translation>服务器对 HTTPS 客户端返回了 HTTP 响应</translation>
    </message>
    <message>
        <source>GET /v2/ answered %1</source>
        <translation>GET /v2/ 返回 %1</translation>
    </message>
    <message>
        <source>The image was not pulled on the node (PULL=0): auth, manifest and platform are unchecked.</source>
        <translation>未在节点上拉取镜像（PULL=0）：认证、清单和平台均未检查。</translation>
    </message>
    <message>
        <source>The node has neither crictl nor ctr nor docker: auth, manifest and platform are unchecked.</source>
        <translation>节点上没有 crictl、ctr 或 docker：认证、清单和平台均未检查。</translation>
    </message>
    <message>
        <source>The check ran without credentials (PULL_CREDS); the kubelet presents the pod&apos;s pull secret.</source>
        <translation>检查时未提供凭据（PULL_CREDS），而 kubelet 拉取时会使用 Pod 的拉取密钥。</translation>
    </message>
    <message>
        <source>The node pulled the image although its direct check failed at %1 (%2): a mirror or the runtime&apos;s own configuration got around it.</source>
        <translation>虽然直连检查在 %1 步骤失败（%2），节点仍成功拉取了镜像：镜像加速或容器运行时自身的配置绕过了该问题。</translation>
    </message>
    <message>
        <source>The pull on the node failed with: %1</source>
        <translation>节点上的拉取失败：%1</translation>
    </message>
    <message>
        <source>the registry is reached over plain HTTP</source>
        <translation>通过明文 HTTP 访问镜像仓库</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: nothing is encrypted</source>
        <translation>通过明文 HTTP 访问 %1：所有内容均未加密</translation>
    </message>
    <message>
        <source>GET /v2/: %1</source>
        <translation>GET /v2/：%1</translation>
    </message>
    <message>
        <source>GET /v2/: %1, %2</source>
        <translation>GET /v2/：%1，%2</translation>
    </message>
    <message>
        <source>not checked: the image was not pulled on the node</source>
        <translation>未检查：未在节点上拉取镜像</translation>
    </message>
    <message>
        <source>the node&apos;s %1 pull succeeded</source>
        <translation>节点上通过 %1 拉取成功</translation>
    </message>
    <message>
        <source>node architecture %1</source>
        <translation>节点架构 %1</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation>剩余 %1 次拉取（共 %2 次）</translation>
    </message>
    <message>
        <source>no rate-limit headers in Docker Hub&apos;s answer</source>
        <translation>Docker Hub 的响应中没有限流头</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s pull limit for this node&apos;s address is used up.</source>
        <translation>该节点地址的 Docker Hub 拉取次数限额已用完。</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 has no directory for %2: the registry is used directly</source>
        <translation>%1 中没有 %2 的目录：直接访问镜像仓库</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>the proxy refused CONNECT %1: %2</source>
        <translation>代理拒绝了 CONNECT %1：%2</translation>
    </message>
    <message>
        <source>response header too large</source>
        <translation>响应头过大</translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation>不是 HTTP 响应：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no credentials for %2: probing anonymously</source>
        <translation>%1 中没有 %2 的凭据：以匿名方式探测</translation>
    </message>
    <message>
        <source>certificate has expired or is not yet valid (expired)</source>
        <translation>证书已过期或尚未生效（已过期）</translation>
    </message>
    <message>
        <source>certificate has expired or is not yet valid (not yet valid)</source>
        <translation>证书已过期或尚未生效（尚未生效）</translation>
    </message>
    <message>
        <source>certificate is valid for %1, not %2</source>
        <translation>证书适用于 %1，而不是 %2</translation>
    </message>
    <message>
        <source>no matching name</source>
        <translation>没有匹配的名称</translation>
    </message>
    <message>
        <source>certificate signed by unknown authority (self-signed certificate)</source>
        <translation>证书由未知的 CA 签发（自签名证书）</translation>
    </message>
    <message>
        <source>certificate signed by unknown authority</source>
        <translation>证书由未知的 CA 签发</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Certificate (%1):</source>
        <translation>证书（%1）：</translation>
    </message>
    <message>
        <source>subject:   %1</source>
        <translation>使用者： %1</translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation>颁发者： %1</translation>
    </message>
    <message>
        <source>names:     %1</source>
        <translation>名称：   %1</translation>
    </message>
    <message>
        <source>valid:     %1 to %2</source>
        <translation>有效期： %1 至 %2</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 pulls left</source>
        <translation>限流：剩余 %1 次拉取（共 %2 次）</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Result: cancelled</source>
        <translation>结果：已取消</translation>
    </message>
    <message>
        <source>Result: every step passed</source>
        <translation>结果：所有步骤均通过</translation>
    </message>
    <message>
        <source>Result: %1 failed, cause %2</source>
        <translation>结果：步骤 %1 失败，原因 %2</translation>
    </message>
    <message>
        <source>Check from this machine what a pull of IMAGE meets: DNS, TCP (through the proxy Go&apos;s rules pick from HTTPS_PROXY/HTTP_PROXY/NO_PROXY, or --proxy), TLS, the /v2/ API, authentication, the manifest, the platforms it offers and Docker Hub&apos;s rate limit. The first failure is named with a cause id. Without --authfile the probe is anonymous, as a node without pull secrets. Exit 0 when every step passed, 1 when one failed, 2 on bad usage.</source>
        <translation>从本机逐项检查拉取 IMAGE 时会经过的各个环节：DNS、TCP（经由按 Go 的规则从 HTTPS_PROXY/HTTP_PROXY/NO_PROXY 选出的代理，或 --proxy 指定的代理）、TLS、/v2/ API、认证、清单、镜像提供的平台，以及 Docker Hub 的限流。第一个失败的步骤会给出原因 ID。不指定 --authfile 时以匿名方式探测，与未配置拉取密钥的节点相同。退出码：所有步骤均通过时为 0，有步骤失败时为 1，用法错误时为 2。</translation>
    </message>
    <message>
        <source>The image reference, as in the pod spec.</source>
        <translation>镜像引用，写法与 Pod spec 中相同。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Credentials: a docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML or JSON.</source>
        <translation>凭据：docker 配置文件（~/.docker/config.json）、.dockerconfigjson 文件，或 YAML/JSON 格式的拉取密钥 Secret。</translation>
    </message>
    <message>
        <source>A PEM CA to trust besides the system store.</source>
        <translation>除系统证书库外额外信任的 PEM 格式 CA。</translation>
    </message>
    <message>
        <source>Resolve IMAGE as the node does from a copy of its containerd certs.d (config_path): its hosts in order, their CA files, skip_verify and override_path, the registry itself last.</source>
        <translation>基于节点 containerd certs.d 目录（config_path）的副本，按节点的方式解析 IMAGE：依次尝试其中的各个 host，使用它们的 CA 文件、skip_verify 和 override_path，最后回退到镜像仓库本身。</translation>
    </message>
    <message>
        <source>Use this proxy instead of the environment&apos;s (loopback registries are still reached directly).</source>
        <translation>使用此代理，而不使用环境变量中的代理（环回地址上的镜像仓库仍直接访问）。</translation>
    </message>
    <message>
        <source>The node&apos;s platform, OS/ARCH[/VARIANT] (default: linux and this machine&apos;s architecture).</source>
        <translation>节点的平台，格式为 OS/ARCH[/VARIANT]（默认：linux 加本机的架构）。</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 10).</source>
        <translation>每个步骤的超时秒数（默认 10）。</translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation>table 或 json（默认 table）。</translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --format takes table or json</source>
        <translation>pullscope-cli probe：--format 只能是 table 或 json</translation>
    </message>
    <message>
        <source>pullscope-cli probe: name exactly one IMAGE</source>
        <translation>pullscope-cli probe：必须且只能指定一个 IMAGE</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --timeout takes a number of seconds above 0</source>
        <translation>pullscope-cli probe：--timeout 须为大于 0 的秒数</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --hosts-dir %1 is not a directory</source>
        <translation>pullscope-cli probe：--hosts-dir %1 不是目录</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64</source>
        <translation>pullscope-cli probe：--platform 的格式为 OS/ARCH 或 OS/ARCH/VARIANT，例如 linux/arm64</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --proxy takes a URL such as http://proxy.example.com:3128</source>
        <translation>pullscope-cli probe：--proxy 须为 URL，例如 http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>pullscope-cli probe: --ca %1: no PEM certificate could be read</source>
        <translation>pullscope-cli probe：--ca %1：未能读取到任何 PEM 证书</translation>
    </message>
    <message>
        <source>pullscope-cli probe: %1: %2</source>
        <translation>pullscope-cli probe：%1：%2</translation>
    </message>
    <message>
        <source>Write a script that runs these checks on the node itself (probe --node-script --help).</source>
        <translation>生成在节点本机上运行这些检查的脚本（详见 probe --node-script --help）。</translation>
    </message>
    <message>
        <source>Read what that script printed on the node and show it as a probe.</source>
        <translation>读取该脚本在节点上打印的输出，并以探测结果的形式显示。</translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 解析</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Registry API (/v2/)</source>
        <translation>镜像仓库 API（/v2/）</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>限流</translation>
    </message>
    <message>
        <source>Resolves the registry&apos;s host name (or the proxy&apos;s) as the node would.</source>
        <translation>按节点的方式解析镜像仓库（或代理）的主机名。</translation>
    </message>
    <message>
        <source>Opens a TCP connection to the registry, directly or through the proxy.</source>
        <translation>直接或经由代理与镜像仓库建立 TCP 连接。</translation>
    </message>
    <message>
        <source>Checks the registry&apos;s certificate: trusted issuer, the right name, within its validity.</source>
        <translation>检查镜像仓库的证书：颁发者是否受信任、名称是否匹配、是否在有效期内。</translation>
    </message>
    <message>
        <source>Asks the registry&apos;s /v2/ API whether it answers and how it wants to be authenticated.</source>
        <translation>请求镜像仓库的 /v2/ API，确认它是否响应以及要求哪种认证方式。</translation>
    </message>
    <message>
        <source>Logs in with the credentials given (or anonymously) and gets a token for the repository.</source>
        <translation>使用提供的凭据（或以匿名方式）登录，并获取该仓库（repository）的令牌。</translation>
    </message>
    <message>
        <source>Fetches the image&apos;s manifest: does the tag or digest exist, may these credentials read it.</source>
        <translation>获取镜像的清单：确认标签或摘要（digest）是否存在，以及这些凭据是否有权读取。</translation>
    </message>
    <message>
        <source>Checks that the image offers the node&apos;s operating system and architecture.</source>
        <translation>检查镜像是否提供节点的操作系统和架构。</translation>
    </message>
    <message>
        <source>Reads the pull rate limit the registry reports (Docker Hub).</source>
        <translation>读取镜像仓库返回的拉取限流额度（Docker Hub）。</translation>
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
    <name>PullScope::CertificateView</name>
    <message>
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <translation>适用名称：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>生效时间：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
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
    <name>PullScope::CrioWizard</name>
    <message>
        <source>CRI-O short names</source>
        <translation>CRI-O 短名称</translation>
    </message>
    <message>
        <source>Where short image names are looked up</source>
        <translation>短镜像名的查找位置</translation>
    </message>
    <message>
        <source>A name without a registry (nginx) is completed by CRI-O from registries.conf. The lasting fix is a fully qualified name in the pod spec; until then, an alias or a search registry resolves it.</source>
        <translation>不带镜像仓库的镜像名（如 nginx）由 CRI-O 根据 registries.conf 补全。根本的解决办法是在 Pod spec 中使用完整镜像名；在此之前，可以通过别名或搜索镜像仓库来解析。</translation>
    </message>
    <message>
        <source>&amp;Search registries:</source>
        <translation>搜索镜像仓库(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>短名称</translation>
    </message>
    <message>
        <source>Fully qualified name</source>
        <translation>完整名称</translation>
    </message>
    <message>
        <source>&amp;Add alias</source>
        <translation>添加别名(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>e.g. docker.io, quay.io</source>
        <translation>例如 docker.io, quay.io</translation>
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
    <message>
        <source>Open the wizard that generates the fix, prefilled from this container</source>
        <translation>打开生成修复配置的向导，并根据此容器预先填写</translation>
    </message>
    <message>
        <source>Probe registry...</source>
        <translation>探测镜像仓库...</translation>
    </message>
    <message>
        <source>Check from this machine, step by step, what a pull of this image meets: DNS, TCP, TLS, the registry API, authentication, the manifest, the platform</source>
        <translation>从本机逐步检查拉取此镜像时会经过的各个环节：DNS、TCP、TLS、镜像仓库 API、认证、清单、平台</translation>
    </message>
</context>
<context>
    <name>PullScope::FixWizard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: larger than %2 KB, not the file expected here</source>
        <translation>%1：超过 %2 KB，不是这里需要的文件</translation>
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
    <message>
        <source>Probe registry...</source>
        <translation>探测镜像仓库...</translation>
    </message>
    <message>
        <source>Check from this machine what a pull of this image meets, step by step</source>
        <translation>从本机逐步检查拉取该镜像时会经过的各个环节</translation>
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
    <name>PullScope::GeneratedPreview</name>
    <message>
        <source>%1 (secret, mode 0600)</source>
        <translation>%1（含敏感信息，权限 0600）</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>暂时没有可保存的内容。</translation>
    </message>
    <message>
        <source>Save the generated file</source>
        <translation>保存生成的文件</translation>
    </message>
    <message>
        <source>Save every file below a folder</source>
        <translation>将所有文件保存到目录下</translation>
    </message>
    <message>
        <source>Written below %1:
%2</source>
        <translation>已写入 %1 下：
%2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard (Ctrl+Shift+C)</source>
        <translation>将当前显示的文件复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Save &amp;file...</source>
        <translation>保存文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Save &amp;all...</source>
        <translation>全部保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Write every file below a folder at its path on the node (Ctrl+Shift+S)</source>
        <translation>将所有文件按其在节点上的路径写入所选目录下（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Apply and verify on the node:</source>
        <translation>在节点上应用并验证：</translation>
    </message>
    <message>
        <source>The generated files, by their path on the node</source>
        <translation>生成的文件（按其在节点上的路径列出）</translation>
    </message>
    <message>
        <source>The generated files appear here as soon as every required field is filled in.</source>
        <translation>填写完所有必填字段后，生成的文件会显示在这里。</translation>
    </message>
</context>
<context>
    <name>PullScope::LiveSession</name>
    <message>
        <source>Listing %1 in all namespaces is forbidden (%2); showing namespace %3 only.</source>
        <translation>无权在所有命名空间中列出 %1（%2）；仅显示命名空间 %3。</translation>
    </message>
    <message>
        <source>%1 cannot be listed (%2); the diagnosis goes on without them.</source>
        <translation>无法列出 %1（%2）；将在缺少这部分数据的情况下继续诊断。</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内无响应</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Probe Registry...</source>
        <translation>探测镜像仓库(&amp;P)...</translation>
    </message>
    <message>
        <source>Check from this machine what a pull of an image meets, step by step</source>
        <translation>从本机逐步检查拉取镜像时会经过的各个环节</translation>
    </message>
</context>
<context>
    <name>PullScope::MirrorWizard</name>
    <message>
        <source>Import the node&apos;s config.toml</source>
        <translation>导入节点的 config.toml</translation>
    </message>
    <message>
        <source>containerd config (*.toml);;All files (*)</source>
        <translation>containerd 配置 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>选择 PEM 文件</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cert *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cert *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Headers: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>请求头：&apos;%1&apos; 不是 NAME=VALUE 格式</translation>
    </message>
    <message>
        <source>Mirror %1: tick at least one capability (pull, resolve)</source>
        <translation>镜像加速 %1：请至少勾选一项能力（pull、resolve）</translation>
    </message>
    <message>
        <source>Add at least one mirror URL, e.g. https://mirror.example.com or https://harbor.example.com/v2/dockerhub-proxy (with override_path).</source>
        <translation>请至少添加一个镜像加速地址，例如 https://mirror.example.com 或 https://harbor.example.com/v2/dockerhub-proxy（需勾选 override_path）。</translation>
    </message>
    <message>
        <source>Registry mirror for containerd</source>
        <translation>containerd 镜像加速</translation>
    </message>
    <message>
        <source>Registry and mirrors</source>
        <translation>镜像仓库与镜像加速</translation>
    </message>
    <message>
        <source>containerd tries the mirrors in this order, then the registry itself unless fallback is turned off. A mirror whose API is not at /v2 (a Harbor proxy-cache project) needs override_path.</source>
        <translation>containerd 按此顺序依次尝试各镜像加速地址，最后再回退到镜像仓库本身（除非关闭了回退）。API 根路径不是 /v2 的镜像加速地址（如 Harbor 代理缓存项目）需要勾选 override_path。</translation>
    </message>
    <message>
        <source>Trust and node</source>
        <translation>信任与节点</translation>
    </message>
    <message>
        <source>Certificates are copied beside hosts.toml. Credentials do not belong here: hosts.toml holds none, use a pull secret.</source>
        <translation>证书会被复制到 hosts.toml 所在目录。凭据不应配置在这里：hosts.toml 不保存凭据，请使用拉取密钥。</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Mirrors:</source>
        <translation>镜像加速地址：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>contai&amp;nerd version:</source>
        <translation>containerd 版本(&amp;N)：</translation>
    </message>
    <message>
        <source>config_&amp;path:</source>
        <translation>config_path(&amp;P)：</translation>
    </message>
    <message>
        <source>Mirror URL</source>
        <translation>镜像加速地址</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>pull</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>push</source>
        <translation>push</translation>
    </message>
    <message>
        <source>override_path</source>
        <translation>override_path</translation>
    </message>
    <message>
        <source>skip_verify</source>
        <translation>skip_verify</translation>
    </message>
    <message>
        <source>&amp;Add mirror</source>
        <translation>添加镜像加速(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Import config.toml...</source>
        <translation>导入 config.toml(&amp;I)...</translation>
    </message>
    <message>
        <source>Convert the deprecated registry.mirrors of a node&apos;s config.toml</source>
        <translation>转换节点 config.toml 中已弃用的 registry.mirrors 配置</translation>
    </message>
    <message>
        <source>Never fall back to the registry itself</source>
        <translation>从不回退到镜像仓库本身</translation>
    </message>
    <message>
        <source>NAME=VALUE; NAME=VALUE</source>
        <translation>NAME=VALUE; NAME=VALUE</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml were not converted: %2</source>
        <translation>config.toml 中 %1 的旧版配置未转换：%2</translation>
    </message>
    <message>
        <source>Docker Engine&apos;s registry-mirrors apply to Docker Hub only: images from %1 still come from %1.</source>
        <translation>Docker Engine 的 registry-mirrors 只对 Docker Hub 生效：来自 %1 的镜像仍会从 %1 拉取。</translation>
    </message>
    <message>
        <source>containerd (certs.d hosts.toml)</source>
        <translation>containerd（certs.d hosts.toml）</translation>
    </message>
    <message>
        <source>CRI-O (registries.conf.d)</source>
        <translation>CRI-O（registries.conf.d）</translation>
    </message>
    <message>
        <source>Docker Engine (daemon.json, Docker Hub only)</source>
        <translation>Docker Engine（daemon.json，仅限 Docker Hub）</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>容器运行时(&amp;U)：</translation>
    </message>
    <message>
        <source>Name the image to test with: the probe fetches its manifest through the mirrors, as containerd would.</source>
        <translation>请指定用于测试的镜像：探测时会像 containerd 一样，通过这些镜像加速获取该镜像的清单。</translation>
    </message>
    <message>
        <source>%1 is not an image of %2: containerd would not use these mirrors for it.</source>
        <translation>%1 不是 %2 上的镜像：containerd 拉取它时不会使用这些镜像加速。</translation>
    </message>
    <message>
        <source>Image to &amp;test:</source>
        <translation>要测试的镜像(&amp;T)：</translation>
    </message>
    <message>
        <source>Test this &amp;mirror</source>
        <translation>测试此镜像加速(&amp;M)</translation>
    </message>
    <message>
        <source>Probe the image through these mirrors from this machine, with the hosts.toml above written to a temporary certs.d</source>
        <translation>从本机通过这些镜像加速探测该镜像，上方的 hosts.toml 会写入一个临时的 certs.d 目录</translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeDialog</name>
    <message>
        <source>none: anonymous, as a node without pull secrets</source>
        <translation>无：匿名访问，与未配置拉取密钥的节点相同</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>选择目录</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Name the image to probe, e.g. registry.example.com/team/app:1.0: the probe fetches its manifest.</source>
        <translation>请指定要探测的镜像，例如 registry.example.com/team/app:1.0：探测会获取它的清单。</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>镜像 %1：%2</translation>
    </message>
    <message>
        <source>Platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64.</source>
        <translation>平台的格式为 OS/ARCH 或 OS/ARCH/VARIANT，例如 linux/arm64。</translation>
    </message>
    <message>
        <source>Proxy takes a URL such as http://proxy.example.com:3128.</source>
        <translation>代理须为 URL，例如 http://proxy.example.com:3128。</translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate could be read.</source>
        <translation>CA 文件 %1：未能读取到任何 PEM 证书。</translation>
    </message>
    <message>
        <source>Hosts dir %1 is not a directory.</source>
        <translation>hosts 目录 %1 不是一个目录。</translation>
    </message>
    <message>
        <source>Probing %1...</source>
        <translation>正在探测 %1...</translation>
    </message>
    <message>
        <source>Cancelled: the steps not run are marked skipped.</source>
        <translation>已取消：未运行的步骤标记为“跳过”。</translation>
    </message>
    <message>
        <source>Every step passed: %1 can be pulled from here with these settings.</source>
        <translation>所有步骤均通过：使用这些设置可以从本机拉取 %1。</translation>
    </message>
    <message>
        <source>No step could run: %1 (%2)</source>
        <translation>没有任何步骤能够运行：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) failed: %3 (%4)</source>
        <translation>%1（%2）失败：%3（%4）</translation>
    </message>
    <message>
        <source>Endpoint: %1, proxy: %2</source>
        <translation>端点：%1，代理：%2</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>无（直连）</translation>
    </message>
    <message>
        <source>Platforms offered: %1</source>
        <translation>镜像提供的平台：%1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 pulls left</source>
        <translation>限流：剩余 %1 次拉取（共 %2 次）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>镜像仓库：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>端点：%1</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>Certificate (%1):</source>
        <translation>证书（%1）：</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Save the probe result</source>
        <translation>保存探测结果</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Probe registry</source>
        <translation>探测镜像仓库</translation>
    </message>
    <message>
        <source>Checks from this machine what a node&apos;s pull of the image meets, step by step: the first failure names the cause. Run it where the node&apos;s network is (same proxy, same DNS) for a verdict that holds for the node.</source>
        <translation>从本机逐步检查节点拉取该镜像时会经过的各个环节：第一个失败的步骤会指出原因。请在与节点网络环境相同（相同的代理、相同的 DNS）的机器上运行，这样得出的结论才适用于该节点。</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation>凭据(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Hosts dir:</source>
        <translation>hosts 目录(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>平台(&amp;L)：</translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation>步骤超时(&amp;T)：</translation>
    </message>
    <message>
        <source>%1, held in memory only</source>
        <translation>%1，仅保存在内存中</translation>
    </message>
    <message>
        <source>credentials given</source>
        <translation>已提供的凭据</translation>
    </message>
    <message>
        <source>A docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML or JSON</source>
        <translation>docker 配置文件（~/.docker/config.json）、.dockerconfigjson 文件，或 YAML/JSON 格式的拉取密钥 Secret</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted CAs only</source>
        <translation>无：仅使用系统信任的 CA</translation>
    </message>
    <message>
        <source>none: the registry directly; else a copy of the node&apos;s containerd certs.d</source>
        <translation>无：直接访问镜像仓库；否则填写节点 containerd certs.d 目录的副本</translation>
    </message>
    <message>
        <source>empty: from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)</source>
        <translation>留空：从环境变量读取（HTTPS_PROXY、HTTP_PROXY、NO_PROXY）</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the probe (Ctrl+Return)</source>
        <translation>运行探测（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the probe (Esc)</source>
        <translation>停止探测（Esc）</translation>
    </message>
    <message>
        <source>C&amp;ertificate...</source>
        <translation>证书(&amp;E)...</translation>
    </message>
    <message>
        <source>C&amp;opy as Text</source>
        <translation>复制为文本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save JSON...</source>
        <translation>保存 JSON(&amp;S)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Node check script...</source>
        <translation>节点检查脚本(&amp;N)...</translation>
    </message>
    <message>
        <source>Save a script that runs these checks on the node itself (its DNS, proxy, CA files and runtime), for when this machine&apos;s view differs from the node&apos;s</source>
        <translation>保存一个在节点本机上运行这些检查的脚本（使用节点自己的 DNS、代理、CA 文件和容器运行时），用于本机看到的情况与节点不一致时</translation>
    </message>
    <message>
        <source>Load node o&amp;utput...</source>
        <translation>加载节点输出(&amp;U)...</translation>
    </message>
    <message>
        <source>Read what the node check script printed on the node and show it here</source>
        <translation>读取节点检查脚本在节点上打印的输出，并在此处显示</translation>
    </message>
    <message>
        <source>Give the image the node fails to pull first.</source>
        <translation>请先填写节点拉取失败的镜像。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A probe is running; cancel it first.</source>
        <translation>探测正在运行，请先取消。</translation>
    </message>
    <message>
        <source>Save node check script</source>
        <translation>保存节点检查脚本</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell 脚本 (*.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Node check script</source>
        <translation>节点检查脚本</translation>
    </message>
    <message>
        <source>Saved %1.

Copy it to the node where the pod is scheduled and run it there as root:
  sh %2 &gt; node-check.txt 2&gt;&amp;1
For a private image give the credentials with PULL_CREDS=&apos;user:password&apos;. Then load node-check.txt here with &quot;Load node output&quot;.</source>
        <translation>已保存 %1。

请将它复制到 Pod 所调度到的节点上，并以 root 身份运行：
  sh %2 &gt; node-check.txt 2&gt;&amp;1
如果是私有镜像，请通过 PULL_CREDS=&apos;user:password&apos; 提供凭据。然后在此处用“加载节点输出”加载 node-check.txt。</translation>
    </message>
    <message>
        <source>Load node check output</source>
        <translation>加载节点检查输出</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Load node output</source>
        <translation>加载节点输出</translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeStepModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>running...</source>
        <translation>进行中...</translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeTestRow</name>
    <message>
        <source>the image to pull, e.g. registry.example.com/team/app:1.0</source>
        <translation>要拉取的镜像，例如 registry.example.com/team/app:1.0</translation>
    </message>
</context>
<context>
    <name>PullScope::ProxyWizard</name>
    <message>
        <source>HTTP proxy for the node</source>
        <translation>节点 HTTP 代理</translation>
    </message>
    <message>
        <source>Service and proxy</source>
        <translation>服务与代理</translation>
    </message>
    <message>
        <source>The image pull is made by the container runtime, not by the kubelet or the shell: the runtime&apos;s own service needs the proxy variables.</source>
        <translation>镜像是由容器运行时拉取的，而不是 kubelet 或 shell：需要为容器运行时自身的服务配置代理环境变量。</translation>
    </message>
    <message>
        <source>What must not go through the proxy</source>
        <translation>不应经过代理的地址</translation>
    </message>
    <message>
        <source>Pods, services, nodes, the API server and in-cluster mirrors must be reached directly. Lists take commas or spaces.</source>
        <translation>Pod、Service、节点、API server 以及集群内的镜像加速都必须直接访问。列表项用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation>HTTP 代理(&amp;H)：</translation>
    </message>
    <message>
        <source>HTTP&amp;S proxy:</source>
        <translation>HTTPS 代理(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Pod CIDRs:</source>
        <translation>Pod 网段(&amp;P)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice CIDRs:</source>
        <translation>Service 网段(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Node CIDRs:</source>
        <translation>节点网段(&amp;N)：</translation>
    </message>
    <message>
        <source>Cluster &amp;domain:</source>
        <translation>集群域名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;API server:</source>
        <translation>API server(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mirrors:</source>
        <translation>镜像加速地址(&amp;M)：</translation>
    </message>
    <message>
        <source>Other NO_PROXY &amp;entries:</source>
        <translation>其他 NO_PROXY 条目(&amp;E)：</translation>
    </message>
    <message>
        <source>NO_PROXY written:</source>
        <translation>写入的 NO_PROXY：</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>empty: the HTTP proxy</source>
        <translation>留空：与 HTTP 代理相同</translation>
    </message>
    <message>
        <source>e.g. 10.244.0.0/16</source>
        <translation>例如 10.244.0.0/16</translation>
    </message>
    <message>
        <source>empty: 10.96.0.0/12 (kubeadm&apos;s default)</source>
        <translation>留空：10.96.0.0/12（kubeadm 默认值）</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:6443</source>
        <translation>例如 192.168.1.10:6443</translation>
    </message>
</context>
<context>
    <name>PullScope::RegistryProbe</name>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 格式的证书</translation>
    </message>
    <message>
        <source>%1 is skipped for a tag: it lacks the resolve capability</source>
        <translation>按标签拉取时跳过 %1：它没有 resolve 能力</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3), trying the next host</source>
        <translation>%1：%2 失败（%3），尝试下一个主机</translation>
    </message>
    <message>
        <source>no host in %1 can resolve %2</source>
        <translation>%1 中没有能解析 %2 的主机</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: nothing is encrypted</source>
        <translation>通过明文 HTTP 访问 %1：所有内容均未加密</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>%1 (an address, nothing to resolve)</source>
        <translation>%1（已是 IP 地址，无需解析）</translation>
    </message>
    <message>
        <source>lookup %1: no answer within %2 s</source>
        <translation>lookup %1：%2 秒内无响应</translation>
    </message>
    <message>
        <source>lookup %1: no such host (%2)</source>
        <translation>lookup %1：主机不存在（%2）</translation>
    </message>
    <message>
        <source> (through proxy %1)</source>
        <translation>（经由代理 %1）</translation>
    </message>
    <message>
        <source>dial tcp %1%2: %3</source>
        <translation>dial tcp %1%2：%3</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>connected to %1 through proxy %2</source>
        <translation>已经由代理 %2 连接到 %1</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>明文 HTTP</translation>
    </message>
    <message>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation>%1，%2 的证书由 %3 签发，有效期至 %4</translation>
    </message>
    <message>
        <source>not verified (skip_verify): %1</source>
        <translation>未校验（skip_verify）：%1</translation>
    </message>
    <message>
        <source>%1: TLS verification is off (skip_verify) and the certificate fails it: %2</source>
        <translation>%1：已关闭 TLS 校验（skip_verify），而该证书本身无法通过校验：%2</translation>
    </message>
    <message>
        <source>the registry speaks plain HTTP (allowed for localhost)</source>
        <translation>镜像仓库使用明文 HTTP（localhost 允许这样做）</translation>
    </message>
    <message>
        <source>server gave HTTP response to HTTPS client</source>
        <translation>服务器对 HTTPS 客户端返回了 HTTP 响应</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>authentication required: %1</source>
        <translation>需要认证：%1</translation>
    </message>
    <message>
        <source>no challenge</source>
        <translation>无认证质询</translation>
    </message>
    <message>
        <source>no authentication required</source>
        <translation>无需认证</translation>
    </message>
    <message>
        <source>GET %1: %2 %3</source>
        <translation>GET %1：%2 %3</translation>
    </message>
    <message>
        <source>GET /v2/ answered %1</source>
        <translation>GET /v2/ 返回 %1</translation>
    </message>
    <message>
        <source>not asked for; the credentials for %1 are not needed</source>
        <translation>未要求认证；不需要 %1 的凭据</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>匿名访问</translation>
    </message>
    <message>
        <source>no basic auth credentials: the registry asks for a user name and password (realm %1)</source>
        <translation>no basic auth credentials：镜像仓库要求提供用户名和密码（realm %1）</translation>
    </message>
    <message>
        <source>user %1 accepted (Basic)</source>
        <translation>用户 %1 认证通过（Basic）</translation>
    </message>
    <message>
        <source>the registry refused user %1: %2</source>
        <translation>镜像仓库拒绝了用户 %1：%2</translation>
    </message>
    <message>
        <source>unsupported authentication scheme %1</source>
        <translation>不支持的认证方式 %1</translation>
    </message>
    <message>
        <source>the token realm %1 is not a URL</source>
        <translation>令牌 realm %1 不是有效的 URL</translation>
    </message>
    <message>
        <source>token request to %1 answered %2 %3</source>
        <translation>向 %1 请求令牌，返回 %2 %3</translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation>令牌服务的响应中没有令牌</translation>
    </message>
    <message>
        <source>token issued for user %1 (Bearer, service %2)</source>
        <translation>已为用户 %1 签发令牌（Bearer，service %2）</translation>
    </message>
    <message>
        <source>anonymous token issued (Bearer, service %1)</source>
        <translation>已签发匿名令牌（Bearer，service %1）</translation>
    </message>
    <message>
        <source>%1:%2: %3 %4</source>
        <translation>%1:%2：%3 %4</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>已找到：%1</translation>
    </message>
    <message>
        <source>a single-platform manifest without a config; not checked</source>
        <translation>单平台清单中没有 config，未检查平台</translation>
    </message>
    <message>
        <source>the image config could not be read (%1); platform not checked</source>
        <translation>无法读取镜像配置（%1），未检查平台</translation>
    </message>
    <message>
        <source>%1 offered (%2)</source>
        <translation>提供了 %1（%2）</translation>
    </message>
    <message>
        <source>no match for platform %1 in manifest: offers %2</source>
        <translation>清单中没有匹配平台 %1 的镜像：可用平台为 %2</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left per %3 s</source>
        <translation>每 %3 秒 %2 次拉取额度，剩余 %1 次</translation>
    </message>
    <message>
        <source>no rate-limit headers: this account or address is not limited</source>
        <translation>响应中没有限流头：该账号或地址不受限流</translation>
    </message>
    <message>
        <source>not Docker Hub</source>
        <translation>不是 Docker Hub</translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation>所提供的凭据</translation>
    </message>
</context>
<context>
    <name>PullScope::ResourceSync</name>
    <message>
        <source>the list answer is not valid JSON: %1</source>
        <translation>list 请求的响应不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a watch event could not be read: %1</source>
        <translation>无法读取 watch（监听）事件：%1</translation>
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
    <name>PullScope::SecretWizard</name>
    <message>
        <source>Import a Docker config</source>
        <translation>导入 Docker 配置</translation>
    </message>
    <message>
        <source>Docker config (*.json *.dockerconfigjson);;All files (*)</source>
        <translation>Docker 配置 (*.json *.dockerconfigjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 holds no registry credentials</source>
        <translation>%1 中没有镜像仓库凭据</translation>
    </message>
    <message>
        <source>(no server yet)</source>
        <translation>（尚未填写服务器）</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（用户名 %2）</translation>
    </message>
    <message>
        <source>Imported Docker config</source>
        <translation>导入的 Docker 配置</translation>
    </message>
    <message>
        <source>Pull secret</source>
        <translation>拉取密钥</translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation>镜像仓库凭据</translation>
    </message>
    <message>
        <source>The registries the Secret holds credentials for. The server must match the image&apos;s registry the way the kubelet matches it: the preview warns when it does not.</source>
        <translation>Secret 中保存哪些镜像仓库的凭据。服务器地址必须能按 kubelet 的匹配规则与镜像所在的镜像仓库匹配：不匹配时预览中会给出警告。</translation>
    </message>
    <message>
        <source>The Secret and where it is used</source>
        <translation>Secret 及其使用位置</translation>
    </message>
    <message>
        <source>Pods get pull secrets from their service account or from their workload&apos;s pod template; patching a pod itself is not allowed by the API server.</source>
        <translation>Pod 通过其 ServiceAccount 或所属工作负载的 Pod 模板获得拉取密钥；API server 不允许直接修改 Pod 本身。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>Registries:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>邮箱（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>Secret 名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Attach to:</source>
        <translation>关联到(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Its name:</source>
        <translation>对象名称(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Password &amp;file (kubectl):</source>
        <translation>密码文件（kubectl）(&amp;F)：</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>添加镜像仓库</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Import Docker config...</source>
        <translation>导入 Docker 配置(&amp;I)...</translation>
    </message>
    <message>
        <source>Read the registries of a ~/.docker/config.json or .dockerconfigjson</source>
        <translation>读取 ~/.docker/config.json 或 .dockerconfigjson 中的镜像仓库</translation>
    </message>
    <message>
        <source>Kept in this window only: never saved in settings, logs or reports</source>
        <translation>仅保留在此窗口中：不会保存到设置、日志或报告中</translation>
    </message>
    <message>
        <source>empty: the command asks for the password</source>
        <translation>留空：由命令提示输入密码</translation>
    </message>
    <message>
        <source>e.g. harbor.example.com or https://index.docker.io/v1/</source>
        <translation>例如 harbor.example.com 或 https://index.docker.io/v1/</translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation>其他镜像仓库</translation>
    </message>
    <message>
        <source>Nothing (the pod names the Secret already)</source>
        <translation>不关联（Pod 已引用该 Secret）</translation>
    </message>
    <message>
        <source>ServiceAccount</source>
        <translation>ServiceAccount</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation>StatefulSet</translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <source>YAML manifest</source>
        <translation>YAML 清单</translation>
    </message>
    <message>
        <source>JSON manifest</source>
        <translation>JSON 清单</translation>
    </message>
    <message>
        <source>.dockerconfigjson only</source>
        <translation>仅 .dockerconfigjson</translation>
    </message>
    <message>
        <source>kubectl commands</source>
        <translation>kubectl 命令</translation>
    </message>
    <message>
        <source>Fill in the server, user name and password first: they are what is tested.</source>
        <translation>请先填写服务器、用户名和密码：测试的正是这些信息。</translation>
    </message>
    <message>
        <source>Name the image to test with: the probe fetches its manifest with these credentials, as the node would.</source>
        <translation>请指定用于测试的镜像：探测时会像节点一样，使用这些凭据获取该镜像的清单。</translation>
    </message>
    <message>
        <source>the credentials typed in the wizard</source>
        <translation>向导中输入的凭据</translation>
    </message>
    <message>
        <source>Image to &amp;test:</source>
        <translation>要测试的镜像(&amp;T)：</translation>
    </message>
    <message>
        <source>Test these &amp;credentials</source>
        <translation>测试这些凭据(&amp;C)</translation>
    </message>
    <message>
        <source>Probe the registry with the credentials typed here, as the node would pull the image; they stay in memory and are never written to disk</source>
        <translation>像节点拉取镜像时一样，使用此处输入的凭据探测镜像仓库；凭据只保存在内存中，绝不会写入磁盘</translation>
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
