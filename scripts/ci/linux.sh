#!/usr/bin/env bash
# The Linux job of packaging/ci/build.yml, one step per argument:
#   deps     every dependency (scripts/install-deps.sh), Debian 12
#   build    Release build of the window and the command line (build/ci-release)
#   test     the suite with warnings as errors (make test: build/dev)
#   package  the .deb and .tar.gz (CPack) and the desktop-file / AppStream validators
set -euo pipefail
cd "$(dirname "$0")/../.."
release=build/ci-release
JOBS=${JOBS:-$(nproc)}
case "${1:?usage: linux.sh deps|build|test|package}" in
  deps)
    bash scripts/install-deps.sh ;;
  build)
    cmake -S . -B "$release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPULLSCOPE_BUILD_TESTS=OFF
    cmake --build "$release" -j "$JOBS"
    "$release/cli/pullscope-cli" --version ;;
  test)
    make test JOBS="$JOBS" ;;
  package)
    (cd "$release" && cpack -G "DEB;TGZ")
    stage=$(mktemp -d)
    DESTDIR="$stage" cmake --install "$release" --prefix /usr >/dev/null
    desktop-file-validate "$stage/usr/share/applications/io.github.pullscope.PullScope.desktop"
    appstreamcli validate --no-net "$stage/usr/share/metainfo/io.github.pullscope.PullScope.metainfo.xml"
    rm -rf "$stage"
    ls -l "$release"/pullscope_*.deb "$release"/pullscope-*.tar.gz ;;
  *) echo "linux.sh: unknown step $1" >&2; exit 2 ;;
esac
