#!/usr/bin/env bash
# Stages the build's install tree (DESTDIR, prefix /usr, as the .deb lays it out) and
# checks the FreeDesktop files there: desktop-file-validate, appstreamcli validate
# --no-net, every hicolor icon size present with the size its directory names, the
# desktop entry's Icon and Exec resolving to installed files, and the training cluster.
set -euo pipefail
build=${1:?usage: validate-linux-install.sh BUILD_DIR}
id=io.github.pullscope.PullScope
stage=$(mktemp -d); trap 'rm -rf "$stage"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
root="$stage/usr"

desktop="$root/share/applications/$id.desktop"
metainfo="$root/share/metainfo/$id.metainfo.xml"
[ -f "$desktop" ] || fail "no $desktop"
[ -f "$metainfo" ] || fail "no $metainfo"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
# desktop-file-validate exits 0 on hints and warnings too: take any message as a failure.
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$id" ] || fail "Icon=$icon, not $id"
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/bin/$exe" ] || fail "Exec=$exe is not installed in bin"
[ -x "$root/bin/pullscope-cli" ] || fail "pullscope-cli is not installed"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
grep -q '<screenshot type="default">' "$metainfo" || fail "metainfo has no default screenshot"

[ -f "$root/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
for s in 16 24 32 48 64 128 256 512; do
  png="$root/share/icons/hicolor/${s}x${s}/apps/$id.png"
  [ -f "$png" ] || fail "no ${s}x${s} icon"
  # PNG width and height: big-endian at bytes 16..23.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${s}x${s}" ] || fail "${s}x${s}/apps/$id.png is $dims"
done
[ -f "$root/share/pullscope/samples/training-cluster.json" ] || fail "no training cluster"
echo "packaging_linux_files: desktop entry, metainfo, 9 icons and samples OK"
