# The body of PullScope's node check (core/probe/nodecheckscript.cpp puts the header and
# the values above it). POSIX sh, checked with shellcheck and dash in the tests. Each check
# runs in a section between "### pullscope-node-check section NAME" and "... end NAME rc=N"
# lines: PullScope reads them back (core/probe/nodecheckoutput.cpp). Never print a secret:
# credentials stay in variables, proxy passwords and Authorization values are masked.

RUNTIME=${RUNTIME:-$DEFAULT_RUNTIME}
CHECK_TIMEOUT=${CHECK_TIMEOUT:-15}
PULL_TIMEOUT=${PULL_TIMEOUT:-300}
PULL=${PULL:-1}
CTR_ARGS=${CTR_ARGS:-}

mark() { printf '\n### pullscope-node-check %s\n' "$*"; }
section() { mark "section $1"; }
finish() { mark "end $1 rc=$2"; }
have() { command -v "$1" >/dev/null 2>&1; }
bounded() {
    limit=$1
    shift
    if have timeout; then timeout "$limit" "$@"; else "$@"; fi
}
mask() {
    sed -e 's#\(://\)[^/@ ]*@#\1***@#g' \
        -e 's/\([Aa]uthorization[^=:]*[=:][[:space:]]*\).*/\1***/' \
        -e 's/\(Password:\)[^,}]*/\1***/g' -e 's/\(IdentityToken:\)[^,}]*/\1***/g' \
        -e 's/\(RegistryToken:\)[^,}]*/\1***/g' -e 's/\(Auth:\)[^,}&]*/\1***/g'
}
TMP=$(mktemp -d 2>/dev/null || echo "/tmp/pullscope-node-check.$$")
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT

# The runtime the kubelet talks to, from its --container-runtime-endpoint when it runs.
if [ "$RUNTIME" = auto ]; then
    KUBELET_ARGS=$(ps -o args= -C kubelet 2>/dev/null)
    case $KUBELET_ARGS in
    *crio.sock*) RUNTIME=crio ;;
    *cri-dockerd.sock*) RUNTIME=docker ;;
    *containerd.sock*) RUNTIME=containerd ;;
    *)
        if pidof crio >/dev/null 2>&1; then
            RUNTIME=crio
        elif pidof containerd >/dev/null 2>&1; then
            RUNTIME=containerd
        elif pidof dockerd >/dev/null 2>&1; then
            RUNTIME=docker
        else
            RUNTIME=containerd
        fi
        ;;
    esac
fi
case $RUNTIME in
crio)
    UNIT=crio PROC=crio
    CERTS_D=${CERTS_D:-/etc/containers/certs.d}
    ;;
docker)
    UNIT=docker PROC=dockerd
    CERTS_D=${CERTS_D:-/etc/docker/certs.d}
    ;;
*)
    RUNTIME=containerd UNIT=containerd PROC=containerd
    if [ -z "${CERTS_D:-}" ] && [ -r /etc/containerd/config.toml ]; then
        CERTS_D=$(sed -n 's/^[[:space:]]*config_path[[:space:]]*=[[:space:]]*"\([^":]*\).*/\1/p' \
            /etc/containerd/config.toml | head -n 1)
    fi
    CERTS_D=${CERTS_D:-/etc/containerd/certs.d}
    ;;
esac
REGDIR=$CERTS_D/$REGISTRY
# The scheme the runtime uses for the registry itself: hosts.toml's server when it names one.
if [ -r "$REGDIR/hosts.toml" ]; then
    SERVER_SCHEME=$(sed -n 's/^[[:space:]]*server[[:space:]]*=[[:space:]]*"\(https\{0,1\}\):.*/\1/p' "$REGDIR/hosts.toml" |
        head -n 1)
    if [ -n "$SERVER_SCHEME" ]; then SCHEME=$SERVER_SCHEME; fi
fi
CREDS=none
if [ -n "${PULL_CREDS:-}" ]; then CREDS=given; fi

section info
echo "version=1"
echo "image=$IMAGE"
echo "registry=$REGISTRY"
echo "host=$HOST"
echo "port=$PORT"
echo "scheme=$SCHEME"
echo "runtime=$RUNTIME"
echo "certs-dir=$CERTS_D"
echo "arch=$(uname -m)"
echo "node=$(uname -n)"
echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "credentials=$CREDS"
finish info 0

section versions
{
    case $RUNTIME in
    containerd) containerd --version ;;
    crio) crio --version | head -n 3 ;;
    docker) docker version --format 'Docker {{.Server.Version}}' ;;
    esac
    if have crictl; then crictl --version; fi
    if have kubelet; then kubelet --version; fi
} 2>&1
finish versions $?

# The proxy the runtime really uses: its process environment (a drop-in not yet loaded
# by daemon-reload and a restart is not in effect), else what systemd would give it.
section proxy-env
PROXYVARS=
PID=${RUNTIME_PID:-$(pidof "$PROC" 2>/dev/null | cut -d' ' -f1)}
if [ -n "$PID" ] && [ -r "/proc/$PID/environ" ]; then
    echo "source=/proc/$PID/environ"
    PROXYVARS=$(tr '\0' '\n' <"/proc/$PID/environ" | grep -i -E '^(https?|no|all)_proxy=')
elif have systemctl; then
    echo "source=systemctl show $UNIT"
    PROXYVARS=$(systemctl show --property=Environment "$UNIT" 2>/dev/null | sed 's/^Environment=//' |
        tr ' ' '\n' | grep -i -E '^(https?|no|all)_proxy=')
fi
printf '%s\n' "$PROXYVARS" | mask
finish proxy-env 0

# Go reads the upper-case name first, then the lower-case one.
proxyval() {
    v=$(printf '%s\n' "$PROXYVARS" | grep -m 1 "^$1=" | cut -d= -f2-)
    [ -n "$v" ] || v=$(printf '%s\n' "$PROXYVARS" | grep -m 1 "^$2=" | cut -d= -f2-)
    printf '%s' "$v"
}
P_HTTPS=$(proxyval HTTPS_PROXY https_proxy)
P_HTTP=$(proxyval HTTP_PROXY http_proxy)
P_NO=$(proxyval NO_PROXY no_proxy)
# Children get exactly the runtime's proxy settings, not this shell's.
penv() {
    env -u HTTPS_PROXY -u https_proxy -u HTTP_PROXY -u http_proxy -u NO_PROXY -u no_proxy \
        -u ALL_PROXY -u all_proxy \
        HTTPS_PROXY="$P_HTTPS" https_proxy="$P_HTTPS" HTTP_PROXY="$P_HTTP" http_proxy="$P_HTTP" \
        NO_PROXY="$P_NO" no_proxy="$P_NO" "$@"
}
# NO_PROXY by name (exact, domain and ".domain" suffixes, "*"); loopback is never proxied.
bypassed() {
    case $HOST in localhost | 127.* | ::1 | \[::1\]) return 0 ;; esac
    old_ifs=$IFS
    IFS=,
    for entry in $P_NO; do
        entry=$(printf '%s' "$entry" | tr -d ' ' | sed 's/:[0-9]*$//')
        case $entry in
        '') ;;
        '*') IFS=$old_ifs && return 0 ;;
        .* | \*.*)
            suffix=${entry#\*}
            case $HOST in *"$suffix") IFS=$old_ifs && return 0 ;; esac
            ;;
        *)
            case $HOST in "$entry" | *".$entry") IFS=$old_ifs && return 0 ;; esac
            ;;
        esac
    done
    IFS=$old_ifs
    return 1
}
PROXY=
if [ "$SCHEME" = https ]; then PROXY=$P_HTTPS; else PROXY=$P_HTTP; fi
if [ -n "$PROXY" ] && bypassed; then PROXY=; fi
PROXYHOSTPORT=$(printf '%s' "$PROXY" | sed -e 's#^[A-Za-z0-9+.-]*://##' -e 's#^.*@##' -e 's#/.*$##')
PROXYHOST=$(printf '%s' "$PROXYHOSTPORT" | sed -e 's#:[0-9]*$##')

section hosts-config
echo "dir=$REGDIR"
ls -la "$REGDIR" 2>&1
for f in "$REGDIR/hosts.toml" "$CERTS_D/_default/hosts.toml"; do
    if [ -r "$f" ]; then
        echo "--- $f"
        mask <"$f"
    fi
done
case $RUNTIME in
containerd)
    if [ -r /etc/containerd/config.toml ]; then
        echo "--- /etc/containerd/config.toml (registry lines)"
        grep -n -E 'config_path|registry|mirrors|endpoint|insecure_skip_verify|tls' /etc/containerd/config.toml | mask
    fi
    ;;
crio)
    for f in /etc/containers/registries.conf /etc/containers/registries.conf.d/*.conf; do
        if [ -r "$f" ]; then
            echo "--- $f"
            grep -v -E '^[[:space:]]*(#|$)' "$f" | mask
        fi
    done
    ;;
docker)
    if [ -r /etc/docker/daemon.json ]; then
        echo "--- /etc/docker/daemon.json"
        mask </etc/docker/daemon.json
    fi
    ;;
esac
finish hosts-config 0

# The CA the runtime adds for this registry: hosts.toml's ca, else a *.crt beside it.
CA=
if [ -r "$REGDIR/hosts.toml" ]; then
    CA=$(sed -n 's/^[[:space:]]*ca[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$REGDIR/hosts.toml" | head -n 1)
    case $CA in '' | /*) ;; *) CA=$REGDIR/$CA ;; esac
fi
if [ -z "$CA" ]; then
    for f in "$REGDIR"/*.crt; do
        if [ -r "$f" ]; then
            CA=$f
            break
        fi
    done
fi

section dns
getent ahosts "$HOST"
finish dns $?
if [ -n "$PROXYHOST" ]; then
    section dns-proxy
    getent ahosts "$PROXYHOST"
    finish dns-proxy $?
fi

section curl
echo "url=$SCHEME://$HOSTPORT/v2/"
echo "ca=$CA"
echo "proxy=$(printf '%s' "$PROXY" | mask)"
if have curl; then
    set -- -sS -v --max-time "$CHECK_TIMEOUT" -o /dev/null -w 'http_code=%{http_code}\n'
    if [ -n "$CA" ]; then set -- "$@" --cacert "$CA"; fi
    penv curl "$@" "$SCHEME://$HOSTPORT/v2/" >"$TMP/curl" 2>&1
    CURL_RC=$?
    mask <"$TMP/curl"
else
    echo "curl: not installed"
    CURL_RC=127
fi
finish curl $CURL_RC
# A TLS handshake that met plain HTTP: ask the same server without TLS.
if [ "$SCHEME" = https ] && [ "$CURL_RC" = 35 ]; then
    section curl-http
    penv curl -sS -v --max-time "$CHECK_TIMEOUT" -o /dev/null -w 'http_code=%{http_code}\n' \
        "http://$HOSTPORT/v2/" 2>&1 | mask
    finish curl-http 0
fi

if [ "$SCHEME" = https ] && have openssl; then
    section tls
    set -- s_client -connect "$HOSTPORT" -showcerts
    case $HOST in
    *[!0-9.]*) set -- "$@" -servername "$HOST" -verify_hostname "$HOST" ;;
    *) set -- "$@" -verify_ip "$HOST" ;;
    esac
    if [ -n "$CA" ]; then set -- "$@" -CAfile "$CA"; fi
    if [ -n "$PROXYHOSTPORT" ]; then set -- "$@" -proxy "$PROXYHOSTPORT"; fi
    bounded "$CHECK_TIMEOUT" openssl "$@" </dev/null >"$TMP/tls" 2>&1
    TLS_RC=$?
    sed '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/d' "$TMP/tls" | grep -v '^[[:space:]]*$'
    finish tls $TLS_RC
    section tls-cert
    sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/{p;/-----END CERTIFICATE-----/q;}' "$TMP/tls" \
        >"$TMP/leaf"
    if [ -s "$TMP/leaf" ]; then
        cat "$TMP/leaf"
        openssl x509 -in "$TMP/leaf" -noout -subject -issuer -startdate -enddate -ext subjectAltName 2>/dev/null ||
            openssl x509 -in "$TMP/leaf" -noout -subject -issuer -startdate -enddate
    fi
    finish tls-cert $?
fi

# The pull itself, as the kubelet asks for it (crictl) or as close as the node allows.
if [ "$PULL" = 1 ]; then
    section pull
    PULL_RC=127
    if have crictl && [ "$RUNTIME" != docker ]; then
        echo "tool=crictl"
        if [ -n "${PULL_CREDS:-}" ]; then
            bounded "$PULL_TIMEOUT" crictl --debug pull --creds "$PULL_CREDS" "$IMAGE" >"$TMP/pull" 2>&1
        else
            bounded "$PULL_TIMEOUT" crictl --debug pull "$IMAGE" >"$TMP/pull" 2>&1
        fi
        PULL_RC=$?
    elif [ "$RUNTIME" = containerd ] && have ctr; then
        # ctr fetches in its own process: it gets the runtime's proxy settings.
        echo "tool=ctr"
        set -- --namespace k8s.io images pull --hosts-dir "$CERTS_D"
        if [ -n "${PULL_CREDS:-}" ]; then set -- "$@" --user "$PULL_CREDS"; fi
        # shellcheck disable=SC2086 # CTR_ARGS is a list of options
        penv timeout "$PULL_TIMEOUT" ctr "$@" $CTR_ARGS "$IMAGE" >"$TMP/pull" 2>&1
        PULL_RC=$?
    elif [ "$RUNTIME" = docker ] && have docker; then
        echo "tool=docker"
        bounded "$PULL_TIMEOUT" docker pull "$IMAGE" >"$TMP/pull" 2>&1
        PULL_RC=$?
    else
        echo "tool=none"
    fi
    if [ -r "$TMP/pull" ]; then mask <"$TMP/pull" | tail -n 60; fi
    finish pull $PULL_RC
fi

# Docker Hub's pull limit from a HEAD, which does not count as a pull (seed 7.3).
if [ "$REGISTRY" = docker.io ] && have curl; then
    section ratelimit
    set -- -sS --max-time "$CHECK_TIMEOUT"
    if [ -n "${PULL_CREDS:-}" ]; then set -- "$@" -u "$PULL_CREDS"; fi
    TOKEN=$(penv curl "$@" \
        "https://auth.docker.io/token?service=registry.docker.io&scope=repository:ratelimitpreview/test:pull" |
        sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
    penv curl -sS --max-time "$CHECK_TIMEOUT" --head -H "Authorization: Bearer $TOKEN" \
        https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest 2>&1 |
        grep -i -E '^(HTTP|ratelimit|docker-ratelimit|curl)'
    finish ratelimit $?
fi

mark "done"
