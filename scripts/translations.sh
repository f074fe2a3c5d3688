#!/usr/bin/env bash
# update: refresh translations/*.ts from the sources (lupdate, no line numbers, so
#         moving code does not churn the files).
# check:  fail when the committed .ts files are stale, or when the Chinese one has
#         unfinished or empty translations.
set -euo pipefail
mode=${1:?usage: translations.sh update|check [LUPDATE]}
LUPDATE=${2:-}
cd "$(dirname "$0")/.."
if [ -z "$LUPDATE" ]; then
  for c in lupdate-qt6 /usr/lib/qt6/bin/lupdate "$(command -v qtpaths6 >/dev/null && qtpaths6 --query QT_HOST_BINS)/lupdate" lupdate; do
    if [ -x "$c" ] || command -v "$c" >/dev/null 2>&1; then LUPDATE=$c; break; fi
  done
fi
mapfile -t sources < <(find core cli gui -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort)
# The include paths let lupdate see the class declarations behind includes such as
# "probe/registryprobe.h", so that tr() contexts carry their namespace as at run time.
includes=(-I core -I gui)
for d in core/*/ gui/*/; do includes+=(-I "${d%/}"); done
run_lupdate() { "$LUPDATE" -silent -locations none -no-obsolete "${includes[@]}" "${sources[@]}" -ts "$@"; }

case "$mode" in
  update)
    run_lupdate translations/pullscope_en.ts translations/pullscope_zh_CN.ts
    ;;
  check)
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    cp translations/*.ts "$tmp/"
    run_lupdate "$tmp/pullscope_en.ts" "$tmp/pullscope_zh_CN.ts"
    status=0
    for f in pullscope_en.ts pullscope_zh_CN.ts; do
      if ! diff -u "translations/$f" "$tmp/$f" > "$tmp/$f.diff"; then
        echo "translations/$f is stale: run 'make translations' and translate the new strings"
        head -40 "$tmp/$f.diff"; status=1
      fi
    done
    unfinished=$(grep -c 'type="unfinished"' translations/pullscope_zh_CN.ts || true)
    empty=$(grep -c '<translation></translation>' translations/pullscope_zh_CN.ts || true)
    total=$(grep -c '<message' translations/pullscope_zh_CN.ts || true)
    echo "pullscope_zh_CN.ts: $total messages, $unfinished unfinished, $empty empty"
    [ "$unfinished" -eq 0 ] && [ "$empty" -eq 0 ] || status=1
    [ $status -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
    exit $status
    ;;
  *) echo "usage: translations.sh update|check" >&2; exit 2 ;;
esac
