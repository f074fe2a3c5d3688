#!/usr/bin/env bash
# Listing a live cluster (issue 6, item 7): pullscope-test-apiserver serves
# ${PULLSCOPE_LIVE_PODS:-100000} pods and ${PULLSCOPE_LIVE_EVENTS:-300000} events over HTTPS;
# under /usr/bin/time -v we time
#   pullscope   tests/live_bench (LiveSession, watches off, pages of 500, the List written
#               to /dev/null: what `pullscope-cli collect` does)
#   kubectl     `kubectl get pods -A -o json` then `kubectl get events -A -o json`, both to
#               /dev/null (the same objects; kubectl pages by 500 too)
# and print wall time and peak RSS of each, the server's own peak, and the targets
# (PullScope no slower than kubectl, less memory) as PASS/FAIL lines; exits 1 on a miss.
#   tests/bench/live-bench.sh BUILD_DIR       (a Release build with live_bench and the server)
# PULLSCOPE_BENCH_RUNS (default 3): runs of each client; the best wall time counts.
set -uo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
BUILD=$(cd "$1" && pwd) || exit 2
SERVER="$BUILD/tests/apiserver/pullscope-test-apiserver"
BENCH="$BUILD/tests/live_bench"
PODS=${PULLSCOPE_LIVE_PODS:-100000}
EVENTS=${PULLSCOPE_LIVE_EVENTS:-300000}
RUNS=${PULLSCOPE_BENCH_RUNS:-3}
DIR=${PULLSCOPE_BENCH_DIR:-/tmp/pullscope-bench}/live
mkdir -p "$DIR"

for tool in /usr/bin/time openssl kubectl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "live-bench: $tool is needed" >&2; exit 2; }
done
for exe in "$SERVER" "$BENCH"; do
  [ -x "$exe" ] || { echo "live-bench: $exe not built" >&2; exit 2; }
done

# A CA, a server certificate for 127.0.0.1 and a token: made once.
if [ ! -s "$DIR/server.crt" ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$DIR/ca.key" -out "$DIR/ca.crt" \
    -subj "/CN=live-bench CA" -days 3650 2>/dev/null || exit 2
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$DIR/server.key" -out "$DIR/server.csr" \
    -subj "/CN=127.0.0.1" 2>/dev/null || exit 2
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$DIR/server.ext"
  openssl x509 -req -in "$DIR/server.csr" -CA "$DIR/ca.crt" -CAkey "$DIR/ca.key" -CAcreateserial \
    -out "$DIR/server.crt" -days 3650 -extfile "$DIR/server.ext" 2>/dev/null || exit 2
fi
TOKEN=live-bench-token

rm -f "$DIR/port"
echo "live-bench: starting the API server with $PODS pods, $EVENTS events" >&2
"$SERVER" --cert "$DIR/server.crt" --key "$DIR/server.key" --port-file "$DIR/port" --token "$TOKEN=bench" \
  --generate-pods "$PODS" --generate-events "$EVENTS" </dev/null >"$DIR/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null' EXIT
started=$(date +%s)
while [ ! -s "$DIR/port" ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "live-bench: the server exited: $(tail -5 "$DIR/server.log")" >&2
    exit 2
  fi
  if [ $(($(date +%s) - started)) -gt 600 ]; then
    echo "live-bench: the server did not start within 600 s" >&2
    exit 2
  fi
  sleep 0.5
done
PORT=$(cat "$DIR/port")
server_ready_s=$(($(date +%s) - started))
server_start_rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")

cat >"$DIR/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: bench
  cluster:
    server: https://127.0.0.1:$PORT
    certificate-authority: $DIR/ca.crt
users:
- name: bench
  user:
    token: $TOKEN
contexts:
- name: bench
  context:
    cluster: bench
    user: bench
current-context: bench
EOF
export KUBECONFIG="$DIR/kubeconfig"
# kubectl's discovery cache and config in a private HOME; no proxy between the two.
export HOME="$DIR/home"
unset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy NO_PROXY no_proxy

# measure LABEL CMD... -> WALL (s, best of RUNS), RSS (MB of that run)
measure() {
  local label=$1 best="" bestrss="" i wall rss tv="$DIR/$1.time"
  shift
  for ((i = 0; i < RUNS; i++)); do
    if ! /usr/bin/time -v -o "$tv" "$@" >/dev/null 2>"$DIR/$label.err"; then
      echo "live-bench: $label failed: $(head -c 400 "$DIR/$label.err")" >&2
      WALL=nan RSS=nan
      return 1
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                        for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$tv")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tv")
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$wall bestrss=$rss
    fi
  done
  WALL=$best RSS=$bestrss
}

# Discovery once, so that no kubectl run pays for filling its cache.
kubectl get --raw /version >/dev/null || { echo "live-bench: kubectl cannot reach the server" >&2; exit 2; }

echo "live-bench: timing ($RUNS runs each)" >&2
measure pullscope "$BENCH" --kubeconfig "$DIR/kubeconfig"
ps_wall=$WALL ps_rss=$RSS
measure kubectl-pods kubectl get pods -A -o json
kp_wall=$WALL kp_rss=$RSS
measure kubectl-events kubectl get events -A -o json
ke_wall=$WALL ke_rss=$RSS
kc_wall=$(awk -v a="$kp_wall" -v b="$ke_wall" 'BEGIN { print a + b }')
kc_rss=$(awk -v a="$kp_rss" -v b="$ke_rss" 'BEGIN { print (a > b) ? a : b }')
server_peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")

echo
echo "== live listing: $PODS pods, $EVENTS events over HTTPS (pullscope-test-apiserver on 127.0.0.1)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: ready in ${server_ready_s} s, ${server_start_rss} MB after start, peak ${server_peak} MB"
echo "pullscope: $(tail -1 "$DIR/pullscope.err")"
printf '%-34s %9s %10s\n' client "wall s" "peak MB"
printf '%-34s %9s %10s\n' "pullscope (live_bench)" "$ps_wall" "$ps_rss"
printf '%-34s %9s %10s\n' "kubectl get pods -A -o json" "$kp_wall" "$kp_rss"
printf '%-34s %9s %10s\n' "kubectl get events -A -o json" "$ke_wall" "$ke_rss"
printf '%-34s %9s %10s\n' "kubectl, both" "$kc_wall" "$kc_rss"
echo

failed=0
check() {
  if [ "$1" = 1 ]; then echo "PASS  $2"; else echo "FAIL  $2"; failed=1; fi
}
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == a && b == b && a <= b) ? 1 : 0 }'; }
check "$(le "$ps_wall" "$kc_wall")" "live: pullscope ${ps_wall}s no slower than kubectl pods+events ${kc_wall}s"
check "$(le "$ps_rss" "$kc_rss")" "live: pullscope peak ${ps_rss} MB below kubectl's ${kc_rss} MB"
exit $failed
