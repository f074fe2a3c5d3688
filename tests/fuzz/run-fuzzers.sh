#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 30).
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
# BUILD_DIR is a build configured with -DPULLSCOPE_FUZZ=ON and clang (the `fuzz`
# preset). Each target keeps a growing corpus in BUILD_DIR/fuzz-work/TARGET/corpus,
# seeded from tests/fuzz/seeds, tests/data, resources/samples and the recorded
# regressions. A crash, leak, timeout or out-of-memory input is copied to
# tests/data/fuzz-regressions/TARGET/ (tst_hostileinput replays that folder) and the
# script exits 1.
set -uo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS]" >&2
  exit 2
fi
BUILD=$(cd "$1" && pwd) || exit 2
SECS=${2:-30}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK="$BUILD/fuzz-work"
REGRESSIONS="$ROOT/tests/data/fuzz-regressions"
TARGETS=(fuzz_json fuzz_yaml fuzz_describe fuzz_eventtable fuzz_imagereference)
# Leaks are real bugs in a loader too; UBSan findings abort so libFuzzer records them.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Which parser a fixture file is for, told from its place and content like the loader does.
kind_of() {
  local f=$1 first
  case "$f" in
    */describe/*|*describe*) echo describe; return ;;
    */eventtable/*|*events.txt) echo eventtable; return ;;
  esac
  first=$(head -c 4096 "$f" | LC_ALL=C sed '1s/^\xEF\xBB\xBF//' | tr -d ' \t\r\n' | head -c 1)
  if [ "$first" = "{" ] || [ "$first" = "[" ]; then
    echo json
  elif grep -qE '^(apiVersion|kind|items):|^---' "$f"; then
    echo yaml
  else
    echo text
  fi
}

seed_dir() {
  local target=$1 dir="$WORK/$1/seeds" f k
  rm -rf "$dir"
  mkdir -p "$dir"
  [ -d "$ROOT/tests/fuzz/seeds/$target" ] && cp "$ROOT/tests/fuzz/seeds/$target"/* "$dir/" 2>/dev/null
  [ "$target" = fuzz_imagereference ] && { echo "$dir"; return; }
  while IFS= read -r -d '' f; do
    k=$(kind_of "$f")
    case "$target:$k" in
      fuzz_json:json|fuzz_yaml:yaml|fuzz_describe:describe|fuzz_describe:text|fuzz_eventtable:eventtable|fuzz_eventtable:text)
        cp "$f" "$dir/$(echo "${f#"$ROOT"/}" | tr '/' '_')" ;;
    esac
  done < <(find "$ROOT/tests/data" "$ROOT/resources/samples" -type f \
             ! -path '*/fuzz-regressions/*' ! -name '*.md' ! -name '*.py' -print0 2>/dev/null)
  echo "$dir"
}

failed=0
printf '%-22s %10s %10s %8s  %s\n' target runs corpus cov result
for t in "${TARGETS[@]}"; do
  bin="$BUILD/tests/fuzz/$t"
  if [ ! -x "$bin" ]; then
    echo "$t: $bin not built (configure with the fuzz preset)" >&2
    failed=1
    continue
  fi
  mkdir -p "$WORK/$t/corpus"
  art="$WORK/$t/artifacts"
  rm -rf "$art"
  mkdir -p "$art"
  seeds=$(seed_dir "$t")
  dirs=("$WORK/$t/corpus" "$seeds")
  [ -d "$REGRESSIONS/$t" ] && dirs+=("$REGRESSIONS/$t")
  dict=()
  [ -f "$ROOT/tests/fuzz/$t.dict" ] && dict=(-dict="$ROOT/tests/fuzz/$t.dict")
  log="$WORK/$t/log.txt"
  "$bin" -max_total_time="$SECS" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$art/" "${dict[@]}" "${dirs[@]}" >"$log" 2>&1
  rc=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  ncorpus=$(find "$WORK/$t/corpus" -type f | wc -l)
  mapfile -t found < <(find "$art" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
  if [ "${#found[@]}" -gt 0 ] || [ $rc -ne 0 ]; then
    failed=1
    mkdir -p "$REGRESSIONS/$t"
    for f in "${found[@]}"; do
      cp "$f" "$REGRESSIONS/$t/"
      echo "$t: recorded tests/data/fuzz-regressions/$t/$(basename "$f")" >&2
    done
    printf '%-22s %10s %10s %8s  %s\n' "$t" "${runs:-?}" "$ncorpus" "${cov:-?}" "FAIL (exit $rc, log $log)"
    grep -m1 -A25 -E '^==[0-9]+==ERROR|runtime error|ERROR: libFuzzer' "$log" >&2 || tail -20 "$log" >&2
  else
    printf '%-22s %10s %10s %8s  %s\n' "$t" "${runs:-?}" "$ncorpus" "${cov:-?}" ok
  fi
done
exit $failed
