<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuthDoctor</name>
    <message>
        <source>kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization (RBAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the entry in %1 (or choose another context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin has not been approved to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 asks PullScope to run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this command, approve it when PullScope asks (the approval is remembered for this exact command), or pass --allow-exec to pullscope-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not recognise the command, do not approve it: check where the kubeconfig came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s install hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 and make sure its folder is in the PATH that PullScope starts with (a PATH set only in your shell&apos;s profile may not reach a desktop application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its error output:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command in a terminal to see the whole message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the plugin needs you to log in again (for example gcloud auth login, az login, aws sso login); follow its message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command in a terminal; it may be waiting for a browser login or for input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin needs a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in once in a terminal with kubectl (for example kubectl get ns) so that the plugin caches a token, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set interactiveMode: IfAvailable in %1 if the plugin can work without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin returned something unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the plugin&apos;s version speaks the apiVersion written in %1, or update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OIDC id-token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id-token in %1 expired at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with your identity provider to get a new id-token (for example kubectl oidc-login or your organisation&apos;s login tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PullScope does not refresh oidc tokens itself; an exec plugin such as kubelogin (kubectl oidc-login get-token) refreshes them on every use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OIDC id-token cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to replace the id-token in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) is valid from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a renewed certificate (kubeadm certs renew, or from the cluster&apos;s administrator) and update client-certificate and client-key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and time zone; the certificate starts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server&apos;s name %1 does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the cluster is only reachable over a VPN or needs an entry in the hosts file, connect the VPN or add the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the API server is running and that the port in the server address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or security group may block the port; if a proxy is required, set proxy-url or HTTPS_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall that drops packets, or a network that needs a proxy or VPN, causes this; check the route to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a proxy is required, set proxy-url in the kubeconfig or HTTPS_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not carry the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the proxy is running and its address and port are right (proxy-url in %1, or HTTPS_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the API server is reachable directly, add its host to NO_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for the name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server name the certificate was issued for in server:, or set tls-server-name to it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the API server&apos;s certificate (kubeadm certs renew all) or check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by an authority that is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set certificate-authority (or -data) in %1 to the cluster&apos;s CA (on kubeadm clusters /etc/kubernetes/pki/ca.crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy or firewall replaces certificates; exempt the API server from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server requires a client certificate, check that client-certificate and client-key in %1 belong to this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 speaks HTTPS on this port (an HTTP port or another service answers differently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server rejected the credentials (401 Unauthorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s token was refused; log in again with the plugin (run it in a terminal: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired or been revoked, or belongs to another cluster; get a new one and put it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username and password in %1; many clusters disable basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate is not signed by this cluster&apos;s client CA; use the certificate issued for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in this context has no credentials; add a token, client certificate or exec plugin in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied by RBAC (403 Forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 %3 at cluster scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 %3 in the namespace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: kubectl auth can-i %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a cluster administrator for a Role and RoleBinding that allow %1 on %2, for example: kubectl create role pullscope-reader --verb=get,list,watch --resource=pods,events%3 and kubectl create rolebinding pullscope-reader --role=pullscope-reader --user=%4%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a cluster administrator for read access (get, list, watch) to pods and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request impersonates %1 (as: in the kubeconfig); your own user also needs the impersonate permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is the Kubernetes API server (and any path prefix in server: is right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>pullscope-cli: --lang takes en or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli: &apos;%1&apos; is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterConnector</name>
    <message>
        <source>exec plugins are not allowed here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oidc id-token is not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impersonating more than one group (as-groups: %1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s /version is not a Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterFetch</name>
    <message>
        <source>Run again with --allow-exec to let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>Write one dump of a cluster&apos;s pods, events, nodes, service accounts and secret metadata (never secret data), for `pullscope-cli diagnose` or the window later: events expire from the API server after an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this namespace (default: the context&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow kubeconfig exec credential plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: name the dump file with -o DUMP.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: give -n NS or -A, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli collect: %1 objects of context %2 (%3) written to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message numerus="yes">
        <source>&lt;redacted, %n characters&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (insecure-skip-tls-verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;redacted&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc id-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impersonate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impersonate groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerWalk</name>
    <message>
        <source>image &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imagePullSecrets names %1, which the input&apos;s Secrets do not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secrets %1 hold credentials for %2, not for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling for %1 minutes with no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret %1 is missing; the image was pulled without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrioShortNameGenerator</name>
    <message>
        <source>Give at least one search registry or one alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a short name is a repository path without registry, tag or digest, e.g. nginx or library/nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a fully qualified name with its registry and no tag or digest, e.g. docker.io/library/nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more than one search registry a short name may resolve to an image of the same name on another registry; aliases are safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In enforcing short-name mode an ambiguous short name still fails without a terminal: an alias resolves it unambiguously.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeParser</name>
    <message>
        <source>&quot;%1&quot; is not described as a pod (no Node, Status or Containers); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events without a pod name (no &quot;Name:&quot; line above them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Events header: the columns must be Type, Reason, Age, From, Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Events header: expected &quot;Type  Reason  Age  From  Message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event row has %1 columns, the Events header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Name:&quot; or &quot;Events:&quot; line: this is not kubectl describe pod output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not kubectl describe text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Explain why container images did not pull, from kubectl output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, a folder (kubectl cluster-info dump) or - for standard input. The format is told from the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces (the default for files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow kubeconfig exec credential plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read relative ages against this time (RFC 3339). Default: the newest timestamp in the input, else the current time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull running longer than this with no result is stalled (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or markdown (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when a container is failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --format takes table, json or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --stall-minutes takes a whole number of minutes, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: --now takes an RFC 3339 time such as 2026-02-03T09:24:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a live cluster through this kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: give -n NS or -A, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: name at least one INPUT (a file, a folder, or - for standard input), or a cluster with --kubeconfig/--context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableParser</name>
    <message>
        <source>the event table header has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event table header has its columns out of kubectl&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event row has %1 columns, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event row does not end in FIRST SEEN, COUNT and NAME values as the -o wide header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event table header (LAST SEEN  TYPE  REASON  OBJECT  MESSAGE) before this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event table header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a kubectl event table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCredentialProvider</name>
    <message>
        <source>the plugin&apos;s output is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s output is not an ExecCredential (kind &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin answered apiVersion &quot;%1&quot; but the kubeconfig asks for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin returned a client certificate without its key, or a key without its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s clientCertificateData is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s clientKeyData is not an RSA or EC private key in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s ExecCredential has neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 does not exist or is not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 was not found in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin %1 needs a terminal (interactiveMode: Always), which PullScope cannot give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved to run the exec plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the exec plugin %1 did not finish within %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the exec plugin %1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin %1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowchartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be too large (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 pixel image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PullScope decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pull decision tree, exported by PullScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowchartModel</name>
    <message>
        <source>pull on every start</source>
        <extracomment>Flowchart: what imagePullPolicy Always does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull only if absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>Flowchart arrow label: the image reference parsed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <extracomment>Flowchart arrow label: the image is on the node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets named</source>
        <extracomment>Flowchart arrow label: the pod names imagePullSecrets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent, or Always</source>
        <extracomment>Flowchart arrow label: image not on the node, or policy Always</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent, Never</source>
        <extracomment>Flowchart arrow label: image not on the node and policy Never</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect error</source>
        <extracomment>Flowchart arrow label: the runtime could not inspect the local image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <extracomment>Flowchart arrow label: the pull succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Flowchart arrow label: the pull failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry</source>
        <extracomment>Flowchart arrow label: the back-off loop back to pulling</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts: %1, back-off: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next retry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference must parse: lower-case repository, valid tag or digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imagePullPolicy decides whether the kubelet pulls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubelet looks the image up on the node for every policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image on the node is used; no pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Never and the image is not on the node: the kubelet will not pull it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s imagePullSecrets are read to authenticate the pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime fetches the image from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull failed with the runtime&apos;s error (ErrImagePull).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubelet waits before pulling again: 10 s after the first failure, doubling up to 300 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime could not inspect the image on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is created and started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imagePullPolicy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1, set explicitly in the pod spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1, defaulted by the API server (the spec does not set it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1, inferred from the image name (no pod spec in the input; the real policy may differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input has no image list for node %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 lists %2 in status.images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 does not list %2 in status.images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry time is an estimate: the last failure plus the current back-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n older event(s) not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No event of this step survived in the input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>config.toml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml has no `version = 2` (or 3): containerd reads it as version 1, where the CRI plugin is called &quot;cri&quot;; `containerd config migrate` converts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml is version 2: containerd 2.x migrates it on start, moving the registry settings to io.containerd.cri.v1.images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml already sets config_path = &quot;%1&quot;; it is kept, and the hosts.toml files go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml: config_path at line %1 could not be changed automatically; set it to &quot;%2&quot; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml: the registry table is written inline; add config_path = &quot;%1&quot; to it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># PullScope: moved to hosts.toml files under %1 (legacy mirrors and configs.*.tls cannot be mixed with config_path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml could not be merged automatically (%1); add these lines by hand:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result did not read back as intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy registry.mirrors and configs.*.tls tables of config.toml are commented out in the merged file (kept, not deleted); the hosts.toml files replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubelet would not use these credentials for %1: no registry key (%2) matches its host, port and path the way the kubelet compares them. Use the image&apos;s registry host as the server, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: the path after the host must be a repository namespace (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, separated by &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pull-from-mirror: &apos;%1&apos; is not one of all, digest-only, tag-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: insecure = true lets CRI-O use plain HTTP and skip TLS verification for this mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull-from-mirror needs containers-image 5.25 or newer (CRI-O 1.27+); older versions reject the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drop-in replaces any [[registry]] with the same prefix from registries.conf or earlier drop-ins; pass --from-config with the node&apos;s file to merge into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the version 1 format ([registries.search] ...); containers-image refuses to mix it with [[registry]] tables. Convert it to version 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: `registry` is not written as [[registry]] tables; add the mirror by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the [[registry]] for %2 is written inline; add the mirror by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the [[registry]] for %2 keeps its location &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be merged automatically; add this block by hand:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror: &apos;%1&apos;: Docker takes a registry root as a mirror; a path is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json: registry-mirrors is not a list; fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker uses registry-mirrors for Docker Hub (docker.io) images only; images from any other registry are still pulled from that registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json is rewritten with its keys in alphabetical order; every key and value it had is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain HTTP; dockerd also needs the host in insecure-registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (such as a line break) at position %2; only a password may contain one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid Kubernetes name: use at most 253 lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid Kubernetes namespace: use at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid registry host: write host or host:port (an IPv6 address in brackets, e.g. [fd00::1]:5000), without a scheme or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid registry server: write host[:port][/path], optionally after https:// (e.g. https://index.docker.io/v1/ or harbor.example.com/project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: a user name or password is not allowed in this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: percent-encode special characters in the user name and password (e.g. @ as %40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL here: remove the query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: the host must be a DNS name, an IPv4 address or an IPv6 address in brackets, with an optional port 1-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: this URL takes no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid URL: the path has characters that must be percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid CIDR: write an address and a prefix length, e.g. 10.244.0.0/16 or fd00::/108.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid domain: use letters, digits and &apos;-&apos; in dot-separated labels, e.g. cluster.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid NO_PROXY entry: use a host name (optionally with a leading &apos;.&apos;), an IP address, a CIDR, or *, each host optionally with :port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid systemd service name: use letters, digits and &apos;:&apos;, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, &apos;@&apos;, without the .service suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain &apos;:&apos;: the registry reads the credentials as user:password and would cut the name there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write &apos;%1&apos;: not a relative path inside the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the identitytoken for %2 cannot move into a pull secret (the kubelet reads only user name and password); create a token the registry accepts as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credentials for %2 are given twice; the ones from registry.configs are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml uses registry.mirrors, which containerd deprecates (&quot;`mirrors` is deprecated, please use `config_path` instead&quot;); the hosts.toml files below replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml uses registry.configs.*.tls, which containerd deprecates and 2.0 removed; the hosts.toml files below carry the same ca, client and skip_verify settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.toml sets config_path and the legacy registry.mirrors / configs.*.tls together: these cannot be mixed (containerd 1.7 refuses to start the CRI plugin: &quot;`mirrors` cannot be set when `config_path` is provided&quot;). Remove the legacy tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts.toml holds no credentials: the user name &apos;%1&apos; for %2 from config.toml belongs in a pull secret (imagePullSecrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.auths and configs.*.auth are deprecated (&quot;`auths` is deprecated, please use `ImagePullSecrets` instead&quot;); they stay in config.toml until the pull secret is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials from config.toml cannot be turned into a pull secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds no PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capabilities: &apos;%1&apos; is not a capability; use pull, resolve or push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override-path: &apos;%1&apos; has no path; override_path makes containerd use the URL&apos;s path as the registry API root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-key: a client key needs --client-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: override_path = true is set because the path holds the registry API (without it containerd would request %2/v2/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: containerd appends /v2 to this path (requests go to %1/v2/...); use --override-path when the registry API is at the URL itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-fallback: without a mirror there is nothing to pull from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--containerd: &apos;%1&apos; is not supported; use 1.6, 1.7, 2.0 or 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config_path: &apos;%1&apos; must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skip_verify = true turns off TLS certificate checks, so anyone between the node and this host can serve images. Prefer --ca with the registry&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain HTTP, images travel unencrypted and unauthenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mirror has the resolve capability and there is no fallback: pulls by tag will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-fallback: %1 itself is never contacted; when the mirrors fail, the pull fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.io falls back to https://registry-1.docker.io when every mirror fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only the lines that enable config_path; merge them into /etc/containerd/config.toml (or pass --from-config with the node&apos;s config.toml to get a merged file) instead of replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL holds a user name and password. Files in /etc/systemd/system are world-readable by default and `systemctl show` prints the Environment to every local user: keep the drop-in at mode 0600, or put the variables in an EnvironmentFile= readable by root only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service CIDR given: NO_PROXY holds kubeadm&apos;s default 10.96.0.0/12. Check the cluster&apos;s --service-cluster-ip-range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod CIDR given: traffic to pod addresses would go through the proxy. Add the cluster&apos;s pod range (kubectl get nodes -o jsonpath=&apos;{.items[*].spec.podCIDR}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pulls are made by the container runtime (containerd, CRI-O or dockerd), not the kubelet: set the proxy on the runtime&apos;s service for pulls; the kubelet&apos;s proxy only affects its own traffic (API server, credential providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Docker ID and a personal access token (Account settings, Personal access tokens); authenticated pulls get a higher rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor (robot account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot account of the project (Harbor 2: robot$project+name, Harbor 1: robot$name) and its secret; the server is the Harbor host without https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS ECR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is the output of aws ecr get-login-password --region REGION; it expires after 12 hours (IAM roles for service accounts or the ECR credential provider avoid the secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal with the AcrPull role: its application (client) id as user and its secret as password (AKS can attach the registry with a managed identity instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Container/Artifact Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole JSON key file of a service account (gcloud iam service-accounts keys create) as the password; for Artifact Registry the server is REGION-docker.pkg.dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud ACR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Alibaba Cloud account name and the registry password set in the ACR console (not the console login password); use your region&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a docker config file (JSON object expected): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a credential helper (credsStore/credHelpers): the passwords it keeps are not in the file and the kubelet cannot use them; only entries with credentials in the file are copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry for %2 holds an identity token, which the kubelet does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry for %2 has no user name and password in the file; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no registry with a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and a password are required (or %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry %2 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an AWS ECR registry: the password from aws ecr get-login-password is a token that expires after 12 hours, and the Secret stops working then. Refresh it on a schedule, or use the kubelet&apos;s ECR credential provider or IAM roles instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS ECR expects the user name AWS, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubelet does not use credentials stored under %1 for Docker Hub images; use https://index.docker.io/v1/ (or docker.io) as the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user _json_key expects the whole service-account JSON key file as the password; the password given is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patching the %1&apos;s pod template replaces its pods (a rollout); patching the ServiceAccount instead affects pods created afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command keeps the password out of your shell history, but kubectl still receives it as an argument, visible to other users of this machine while it runs; apply the YAML output where that matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files below DIR at their paths on the node instead of printing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli generate %1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli generate: &apos;%1&apos; is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli generate: unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths below are relative to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kubernetes.io/dockerconfigjson pull secret; its YAML and JSON equal `kubectl create secret docker-registry NAME ... --dry-run=client -o yaml|json` for the same inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace (written into the Secret, as kubectl -n does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key, e.g. harbor.example.com or https://index.docker.io/v1/ (repeat for several registries, each with its own --username and --password-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (one registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from FILE (trailing line ends dropped). With --output kubectl the printed command reads this file; without it the command prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registries of an existing ~/.docker/config.json or .dockerconfigjson: the entries holding a user name and password (and HttpHeaders) are copied; credential helpers are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also patch this ServiceAccount&apos;s imagePullSecrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also patch this Deployment&apos;s pod template imagePullSecrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also patch this StatefulSet&apos;s pod template imagePullSecrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also patch this DaemonSet&apos;s pod template imagePullSecrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml, json, dockerconfigjson or kubectl (default yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a provider&apos;s server and user name: dockerhub, harbor, ecr, acr, gcr, aliyun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failing image: warn when the kubelet would not use these credentials for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output takes yaml, json, dockerconfigjson or kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of --service-account, --deployment, --statefulset, --daemonset (patch the ServiceAccount or the owning workload, never the pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-docker-config cannot be combined with --server, --username, a password or --preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-docker-config: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-docker-config: %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset takes dockerhub, harbor, ecr, acr, gcr or aliyun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is required with --preset %1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is required (or --from-docker-config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username is required once for each --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email is given once for each --server, or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin takes the password of a single registry and excludes --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output kubectl prints a command that reads the password itself: use --password-file FILE (read when the command runs) or neither (it prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password is required: --password-stdin or --password-file FILE for each --server (never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systemd drop-in etc/systemd/system/SERVICE.service.d/http-proxy.conf with HTTP_PROXY, HTTPS_PROXY and NO_PROXY in upper and lower case. NO_PROXY always holds localhost, 127.0.0.1, ::1, the cluster&apos;s ranges, .svc and the cluster domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd, docker, kubelet or crio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL, e.g. http://proxy.example.com:3128 (user:password@ allowed, percent-encoded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy for HTTPS (default: the HTTP proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More NO_PROXY entries (repeatable, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod network range(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service range(s) (default: kubeadm&apos;s 10.96.0.0/12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes&apos; network range(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster domain (default cluster.local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server&apos;s host, host:port or URL, kept off the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry mirror (host or URL) reached without the proxy (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service takes containerd, docker, kubelet or crio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http-proxy is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateMirrorCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files below DIR at their paths on the node instead of printing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd&apos;s certs.d/HOST/hosts.toml for a registry mirror, and the config.toml lines enabling config_path. With --from-config the node&apos;s config.toml is merged (diff printed) and its legacy registry.mirrors / configs.*.tls become hosts.toml files; its credentials become a pull secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry to mirror as written in image names: docker.io, registry.k8s.io, gcr.io, quay.io, any host[:port], or _default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror URL; repeat for several, tried in the given order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities of every mirror: pull, resolve, push (default pull,resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fall back to the registry itself when the mirrors fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirrors&apos; CA certificate (PEM), copied beside hosts.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate (PEM) for the mirrors, copied beside hosts.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate&apos;s key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the mirrors&apos; TLS certificates (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry API of a mirror with a path is at that path (a Harbor proxy-cache project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP header sent to the mirrors; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s containerd version: 1.6, 1.7, 2.0 or 2.1 (default 1.7, or from --from-config&apos;s version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s current config.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pull secret for credentials found in --from-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of that pull secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registry is required (or --from-config to convert a config.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror: give at least one mirror URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-config: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--containerd: &apos;%1&apos; is not supported; use 1.6, 1.7, 2.0 or 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override-path: no --mirror has a path; override_path makes containerd use the URL&apos;s path as the registry API root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml are replaced by the ones given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml were not converted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRI-O registries.conf.d drop-in with [[registry]] and [[registry.mirror]] entries; with --from-config the node&apos;s file is merged instead (diff printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry prefix, e.g. docker.io or registry.example.com/team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror: URL or host[:port][/path]; repeat for several (tried in order). http:// marks it insecure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the registry itself is, when not the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, digest-only or tag-only (containers-image 5.25+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s registries.conf or a drop-in to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-config: &apos;%1&apos; is not a usable file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s daemon.json registry-mirrors (Docker mirrors Docker Hub only); with --from-config the node&apos;s daemon.json is merged (diff printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror root URL; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s current daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short names instead of mirrors: a registry searched for names without one (unqualified-search-registries); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short names instead of mirrors: SHORT=FULL, e.g. nginx=docker.io/library/nginx; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search-registry and --alias write a short-name drop-in: give them without --registry, --mirror and --from-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alias: &apos;%1&apos; is not SHORT=FULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>The image name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid reference format: the image name does not match [registry/]repository[:tag][@digest].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name must be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name must not be more than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid tag: a tag starts with a letter, digit or underscore and has at most 128 letters, digits, underscores, periods and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid digest: expected algorithm:hex, such as sha256: followed by 64 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid registry host or port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a Kubernetes dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised format: expected kubectl JSON or YAML, `kubectl describe pod` text or a `kubectl get events` table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no kubectl output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLoader</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input, expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the end of the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map with name and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a kubeconfig (a map is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map with name and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig was found (KUBECONFIG or ~/.kube/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context chosen and no current-context is set in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; is not defined in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; refers to the cluster &quot;%3&quot;, which no kubeconfig defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster &quot;%2&quot; has no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: insecure-skip-tls-verify and a certificate authority are both set for the cluster &quot;%2&quot;; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for the cluster &quot;%1&quot; (insecure-skip-tls-verify in %2): anyone between you and %3 can pose as the API server and read your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an https:// proxy is not supported (Qt talks to proxies in plain HTTP or SOCKS5). Use the proxy&apos;s http:// address, or run a local forwarder that accepts plain CONNECT and speaks TLS to the proxy, and set proxy-url to http://127.0.0.1:&lt;its port&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http:// or socks5:// proxy URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; refers to the user &quot;%3&quot;, which no kubeconfig defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the token file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user &quot;%2&quot; has both a bearer token and a username/password; kubectl refuses this, keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user &quot;%2&quot; has a client certificate without its key, or a key without its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an unencrypted RSA or EC private key in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the auth-provider &quot;%2&quot; of the user &quot;%3&quot; was removed from kubectl; use its exec plugin instead (gcp: gke-gcloud-auth-plugin, azure: kubelogin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or v1beta1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interactiveMode must be set for client.authentication.k8s.io/v1 (Never, IfAvailable or Always).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interactiveMode &quot;%2&quot; is not Never, IfAvailable or Always.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>%1: at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Files or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the container NAMESPACE/POD/CONTAINER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the fix wizard of the selected container&apos;s cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSink</name>
    <message>
        <source>%1: ignored objects of kinds not used for diagnosis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Pod without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCheckCommand</name>
    <message>
        <source>The node check. With --node-script, write a shell script to run on the node itself (the machine running PullScope is not the node: other DNS, proxy, CA store and runtime); with --node-output, read what it printed and show it as a probe: the same steps, causes and exit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference, for --node-script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the node check script for IMAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s runtime: auto (detected on the node), containerd, crio or docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the script to FILE (mode 0755) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what the node check printed on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: give either --node-script IMAGE or --node-output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: name exactly one IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --node-output takes no IMAGE: the output names it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCheckOutput</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is far more than a node check prints; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not the output of a PullScope node check (no &quot;### pullscope-node-check section info&quot; line in its first 64 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: section &quot;%3&quot; is empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: end of section &quot;%3&quot; without its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the info section names no image or host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCheckScript</name>
    <message>
        <source>%1 is not a valid image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runtime %1: give auto, containerd, crio or docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node check script is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PullScope node check for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it on the node where the pod is scheduled, as root, and keep everything it prints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then load node-check.txt in PullScope (Probe registry, Load node output) or run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reads the runtime&apos;s proxy settings and registry configuration, resolves the registry, connects with curl and openssl, and pulls the image with crictl (or ctr, or docker) as the kubelet would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing secret is stored here or printed. For a private image give the credentials when running it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PULL=0 skips the pull; RUNTIME, RUNTIME_PID, CERTS_D, CHECK_TIMEOUT and PULL_TIMEOUT override what it detects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCheckVerdict</name>
    <message>
        <source>Read from the node check of %1 (%2, %3) taken %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output stops before the check&apos;s end: the script was interrupted or the file cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node cannot resolve its proxy (getent exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node cannot resolve %1 (getent exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server gave HTTP response to HTTPS client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v2/ answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not pulled on the node (PULL=0): auth, manifest and platform are unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has neither crictl nor ctr nor docker: auth, manifest and platform are unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check ran without credentials (PULL_CREDS); the kubelet presents the pod&apos;s pull secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node pulled the image although its direct check failed at %1 (%2): a mirror or the runtime&apos;s own configuration got around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull on the node failed with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry is reached over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: nothing is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v2/: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v2/: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the image was not pulled on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s %1 pull succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node architecture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate-limit headers in Docker Hub&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub&apos;s pull limit for this node&apos;s address is used up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 has no directory for %2: the registry is used directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused CONNECT %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response header too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no credentials for %2: probing anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate has expired or is not yet valid (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate has expired or is not yet valid (not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate is valid for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate signed by unknown authority (self-signed certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate signed by unknown authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid:     %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 pulls left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: every step passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 failed, cause %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from this machine what a pull of IMAGE meets: DNS, TCP (through the proxy Go&apos;s rules pick from HTTPS_PROXY/HTTP_PROXY/NO_PROXY, or --proxy), TLS, the /v2/ API, authentication, the manifest, the platforms it offers and Docker Hub&apos;s rate limit. The first failure is named with a cause id. Without --authfile the probe is anonymous, as a node without pull secrets. Exit 0 when every step passed, 1 when one failed, 2 on bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference, as in the pod spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: a docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM CA to trust besides the system store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve IMAGE as the node does from a copy of its containerd certs.d (config_path): its hosts in order, their CA files, skip_verify and override_path, the registry itself last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this proxy instead of the environment&apos;s (loopback registries are still reached directly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s platform, OS/ARCH[/VARIANT] (default: linux and this machine&apos;s architecture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each step may take (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: name exactly one IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --timeout takes a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --hosts-dir %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --proxy takes a URL such as http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: --ca %1: no PEM certificate could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli probe: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a script that runs these checks on the node itself (probe --node-script --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what that script printed on the node and show it as a probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry API (/v2/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves the registry&apos;s host name (or the proxy&apos;s) as the node would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a TCP connection to the registry, directly or through the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the registry&apos;s certificate: trusted issuer, the right name, within its validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the registry&apos;s /v2/ API whether it answers and how it wants to be authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in with the credentials given (or anonymously) and gets a token for the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the image&apos;s manifest: does the tag or digest exist, may these credentials read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the image offers the node&apos;s operating system and architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the pull rate limit the registry reports (Docker Hub).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::CauseCountModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, containers: %2. Click to show only these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::CertificateView</name>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ContainerTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image OK, container failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing, %2 not a pull problem / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not a pull problem / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pulling / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is fine; the container fails for another reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several causes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::CrioWizard</name>
    <message>
        <source>CRI-O short names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where short image names are looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name without a registry (nginx) is completed by CRI-O from registries.conf. The lasting fix is a fully qualified name in the pod spec; until then, an alias or a search registry resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search registries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. docker.io, quay.io</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::EventTableModel</name>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::EvidencePanel</name>
    <message>
        <source>Select a container to see the evidence of its image pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (implied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image on node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image pull problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is in place and the container got past the pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier pull failed, but the image has since been pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull is in progress and has not yet reported a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds no evidence of a pull either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard that generates the fix, prefilled from this container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe registry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from this machine, step by step, what a pull of this image meets: DNS, TCP, TLS, the registry API, authentication, the manifest, the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::FixWizard</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 KB, not the file expected here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::FlowchartScene</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe registry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from this machine what a pull of this image meets, step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::FlowchartView</name>
    <message>
        <source>Decision tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::GeneratedPreview</name>
    <message>
        <source>%1 (secret, mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the generated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every file below a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written below %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every file below a folder at its path on the node (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and verify on the node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated files, by their path on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated files appear here as soon as every required field is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::LiveSession</name>
    <message>
        <source>Listing %1 in all namespaces is forbidden (%2); showing namespace %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be listed (%2); the diagnosis goes on without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::MainWindow</name>
    <message>
        <source>%1 of %2 MB (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled; the previous view is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PullScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PullScope - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kubectl dumps, describe text or event tables (several at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kubectl cluster-info dump folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig... (live clusters arrive in a later version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowchart as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowchart as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Container as &amp;Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Container as &amp;HTML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Container as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Failing Containers as Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Failing Containers as HTML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Failing Containers as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PullScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, namespace, image, cause, node (e.g. cause:rate-limited ns:shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Cluster (all scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kubectl output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl output (*.json *.yaml *.yml *.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cluster-info dump folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the flowchart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PullScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PullScope %1&lt;/h3&gt;&lt;p&gt;Finds out why a Kubernetes container image did not pull, draws the kubelet&apos;s decision tree from the evidence, and says how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2 &amp;middot; %3 &amp;middot; yaml-cpp %4 &amp;middot; simdjson %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe Registry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from this machine what a pull of an image meets, step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::MirrorWizard</name>
    <message>
        <source>Import the node&apos;s config.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd config (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cert *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: &apos;%1&apos; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror %1: tick at least one capability (pull, resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one mirror URL, e.g. https://mirror.example.com or https://harbor.example.com/v2/dockerhub-proxy (with override_path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry mirror for containerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry and mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd tries the mirrors in this order, then the registry itself unless fallback is turned off. A mirror whose API is not at /v2 (a Harbor proxy-cache project) needs override_path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are copied beside hosts.toml. Credentials do not belong here: hosts.toml holds none, use a pull secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contai&amp;nerd version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config_&amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override_path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import config.toml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the deprecated registry.mirrors of a node&apos;s config.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fall back to the registry itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE; NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy settings for %1 in config.toml were not converted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine&apos;s registry-mirrors apply to Docker Hub only: images from %1 still come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd (certs.d hosts.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRI-O (registries.conf.d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine (daemon.json, Docker Hub only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the image to test with: the probe fetches its manifest through the mirrors, as containerd would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image of %2: containerd would not use these mirrors for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to &amp;test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test this &amp;mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the image through these mirrors from this machine, with the hosts.toml above written to a temporary certs.d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeDialog</name>
    <message>
        <source>none: anonymous, as a node without pull secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the image to probe, e.g. registry.example.com/team/app:1.0: the probe fetches its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform takes OS/ARCH or OS/ARCH/VARIANT, e.g. linux/arm64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy takes a URL such as http://proxy.example.com:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1: no PEM certificate could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts dir %1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the steps not run are marked skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step passed: %1 can be pulled from here with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step could run: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) failed: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1, proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 pulls left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the probe result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks from this machine what a node&apos;s pull of the image meets, step by step: the first failure names the cause. Run it where the node&apos;s network is (same proxy, same DNS) for a verdict that holds for the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts dir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A docker config (~/.docker/config.json), a .dockerconfigjson, or a pull Secret in YAML or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted CAs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the registry directly; else a copy of the node&apos;s containerd certs.d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probe (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the probe (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node check script...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a script that runs these checks on the node itself (its DNS, proxy, CA files and runtime), for when this machine&apos;s view differs from the node&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load node o&amp;utput...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what the node check script printed on the node and show it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image the node fails to pull first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe is running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save node check script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node check script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.

Copy it to the node where the pod is scheduled and run it there as root:
  sh %2 &gt; node-check.txt 2&gt;&amp;1
For a private image give the credentials with PULL_CREDS=&apos;user:password&apos;. Then load node-check.txt here with &quot;Load node output&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load node check output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load node output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeStepModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ProbeTestRow</name>
    <message>
        <source>the image to pull, e.g. registry.example.com/team/app:1.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ProxyWizard</name>
    <message>
        <source>HTTP proxy for the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service and proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image pull is made by the container runtime, not by the kubelet or the shell: the runtime&apos;s own service needs the proxy variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must not go through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods, services, nodes, the API server and in-cluster mirrors must be reached directly. Lists take commas or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP&amp;S proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirrors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other NO_PROXY &amp;entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_PROXY written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.244.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: 10.96.0.0/12 (kubeadm&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:6443</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::RegistryProbe</name>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is skipped for a tag: it lacks the resolve capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed (%3), trying the next host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host in %1 can resolve %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: nothing is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an address, nothing to resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup %1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup %1: no such host (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (through proxy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial tcp %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 through proxy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate for %2 issued by %3, valid until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified (skip_verify): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS verification is off (skip_verify) and the certificate fails it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry speaks plain HTTP (allowed for localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server gave HTTP response to HTTPS client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v2/ answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked for; the credentials for %1 are not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no basic auth credentials: the registry asks for a user name and password (realm %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 accepted (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported authentication scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token realm %1 is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request to %1 answered %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token issued for user %1 (Bearer, service %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous token issued (Bearer, service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-platform manifest without a config; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image config could not be read (%1); platform not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match for platform %1 in manifest: offers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pulls left per %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate-limit headers: this account or address is not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::ResourceSync</name>
    <message>
        <source>the list answer is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::RuleBookReader</name>
    <message>
        <source>%1 must be a map with &quot;en&quot; and &quot;zh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no English text (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Chinese text (zh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold only strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry %2 &quot;%3&quot; is not a valid regular expression: %4 at offset %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediation must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediation row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has priority &quot;%2&quot;; expected high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matchable must be true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matchable cause needs at least one pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown wizard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules have no &quot;causes&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause #%1 is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause #%1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules are not valid YAML (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: not valid YAML (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullScope::SecretWizard</name>
    <message>
        <source>Import a Docker config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker config (*.json *.dockerconfigjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no server yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported Docker config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries the Secret holds credentials for. The server must match the image&apos;s registry the way the kubelet matches it: the preview warns when it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret and where it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods get pull secrets from their service account or from their workload&apos;s pod template; patching a pod itself is not allowed by the API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;file (kubectl):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Docker config...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the registries of a ~/.docker/config.json or .dockerconfigjson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this window only: never saved in settings, logs or reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the command asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. harbor.example.com or https://index.docker.io/v1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (the pod names the Secret already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceAccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerconfigjson only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, user name and password first: they are what is tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the image to test with: the probe fetches its manifest with these credentials, as the node would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials typed in the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to &amp;test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test these &amp;credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the registry with the credentials typed here, as the node would pull the image; they stay in memory and are never written to disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pull diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image on node?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never, image absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pull diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods, %2 containers, %3 failing. Evaluated at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlLoader</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected YAML structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many YAML nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown YAML alias &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases expand to more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
