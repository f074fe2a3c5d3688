<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation type="unfinished"></translation>
    </message>
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
        <source>the fix wizards arrive in a later version</source>
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
