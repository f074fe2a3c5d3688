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
        <source>PullScope</source>
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
</context>
</TS>
