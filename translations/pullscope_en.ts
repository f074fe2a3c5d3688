<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Read a live cluster (not in this version).</source>
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
        <source>pullscope-cli diagnose: live clusters (--kubeconfig) are not available in this version yet; diagnose a dump made with `kubectl get pods,events -A -o json`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullscope-cli diagnose: name at least one INPUT (a file, a folder, or - for standard input)</source>
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
