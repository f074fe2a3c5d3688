#!/usr/bin/env bash
# Builds the Release .deb and .tar.gz with CPack, then installs the .deb with apt, runs it
# and removes it (scripts/deb-smoke-test.sh). Slow (a Release build), so not part of
# `make test`: .ci/run calls it after the test suite.
#   scripts/package-deb-test.sh [BUILD_DIR]      (default build/package)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/package}
JOBS=${JOBS:-2}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPULLSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$JOBS" --target pullscope pullscope-cli
rm -f "$build"/pullscope_*.deb "$build"/pullscope-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ")
deb=$(ls "$build"/pullscope_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
# Listed whole first: `tar | grep -q` would stop reading early and, under pipefail, fail
# on tar's SIGPIPE even when the file is there.
listing=$(tar -tzf "$build"/pullscope-*-Linux.tar.gz)
grep -q '/bin/pullscope-cli$' <<<"$listing" \
  || { echo "package-deb-test: the .tar.gz has no bin/pullscope-cli" >&2; exit 1; }
bash scripts/deb-smoke-test.sh "$deb"
