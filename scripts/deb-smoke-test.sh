#!/usr/bin/env bash
# Installs a PullScope .deb with apt, runs what it installed, and removes it again:
#   scripts/deb-smoke-test.sh path/to/pullscope_VERSION_ARCH.deb
# CI runs it on a clean Debian 12 container (packaging/ci/build.yml, job linux-install),
# where apt has to fetch every declared dependency, and scripts/package-deb-test.sh runs
# it here after building the package. Needs root (or sudo) and apt.
set -euo pipefail
deb=$(readlink -f "${1:?usage: deb-smoke-test.sh PACKAGE.deb}")
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
fail() { echo "deb-smoke-test: FAIL: $*" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

if dpkg-query -W -f='${Status}' pullscope 2>/dev/null | grep -q 'install ok installed'; then
  fail "pullscope is installed already; remove it first (apt-get remove pullscope)"
fi
# The dependencies dpkg-shlibdeps computed, not a hand-written list.
depends=$(dpkg-deb -f "$deb" Depends)
echo "deb-smoke-test: Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6 libssl3 libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done

[ -n "${PULLSCOPE_APT_UPDATE:-}" ] && $SUDO apt-get update -qq
$SUDO apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }

for f in /usr/bin/pullscope /usr/bin/pullscope-cli \
         /usr/share/applications/io.github.pullscope.PullScope.desktop \
         /usr/share/metainfo/io.github.pullscope.PullScope.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.pullscope.PullScope.svg \
         /usr/share/icons/hicolor/16x16/apps/io.github.pullscope.PullScope.png \
         /usr/share/icons/hicolor/512x512/apps/io.github.pullscope.PullScope.png \
         /usr/share/pullscope/samples/training-cluster.json; do
  [ -e "$f" ] || fail "$f is not installed"
done

# --version: the build and the libraries it runs with.
/usr/bin/pullscope-cli --version >"$work/version.txt" || fail "pullscope-cli --version exited $?"
cat "$work/version.txt"
head -1 "$work/version.txt" | grep -Eq '^pullscope-cli [0-9]' || fail "--version: first line"
for word in '^Qt 6\.' '^OpenSSL 3' 'Qt Network TLS: openssl' '^yaml-cpp [0-9]' '^simdjson [0-9]'; do
  grep -Eq "$word" "$work/version.txt" || fail "--version lacks $word"
done

# diagnose on the installed training cluster: failing containers found, the report says
# which build wrote it.
rc=0
/usr/bin/pullscope-cli diagnose /usr/share/pullscope/samples/training-cluster.json --format json \
  >"$work/report.json" || rc=$?
[ "$rc" -eq 0 ] || fail "diagnose exited $rc"
grep -q '"name": "PullScope"' "$work/report.json" || fail "report has no generator"
failing=$(grep -Eo '"failing": [0-9]+' "$work/report.json" | tail -1 | grep -Eo '[0-9]+$')
[ "${failing:-0}" -gt 0 ] || fail "diagnose found no failing container in the training cluster"
/usr/bin/pullscope-cli diagnose /usr/share/pullscope/samples/training-cluster.json | tail -3
echo "deb-smoke-test: diagnose: $failing failing containers"

# The window, offscreen: opens the embedded training cluster, renders, saves, quits.
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/pullscope --screenshot "$work/window.png" \
  >"$work/gui.log" 2>&1 || { cat "$work/gui.log"; fail "pullscope --screenshot exited $?"; }
[ "$(head -c 8 "$work/window.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
  || fail "the window saved no PNG"
echo "deb-smoke-test: window rendered $(stat -c %s "$work/window.png") bytes of PNG"

$SUDO apt-get remove -y -qq pullscope >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get remove"; }
[ ! -e /usr/bin/pullscope-cli ] || fail "apt-get remove left /usr/bin/pullscope-cli"
echo "deb-smoke-test: OK"
