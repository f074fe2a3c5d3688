#!/usr/bin/env bash
# The macOS job of packaging/ci/build.yml (Qt 6.8 LTS from the Qt installer, set up by
# the workflow before these steps; Homebrew for the rest):
#   deps     brew bundle --file packaging/macos/Brewfile
#   build    Release build: pullscope.app and pullscope-cli (build/ci-release)
#   test     the test suite (ctest) in a Debug build with warnings as errors
#   package  cmake --install runs macdeployqt (Qt's deploy script), CPack makes the .dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
release=build/ci-release
JOBS=${JOBS:-$(sysctl -n hw.ncpu)}
prefix_path() { echo "${Qt6_DIR:-${QT_ROOT_DIR:-}};$(brew --prefix openssl@3)"; }
case "${1:?usage: macos.sh deps|build|test|package}" in
  deps)
    brew bundle --file packaging/macos/Brewfile ;;
  build)
    cmake -S . -B "$release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPULLSCOPE_BUILD_TESTS=OFF \
      -DCMAKE_PREFIX_PATH="$(prefix_path)" -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0
    cmake --build "$release" -j "$JOBS"
    "$release/cli/pullscope-cli" --version ;;
  test)
    cmake -S . -B build/ci-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPULLSCOPE_WERROR=ON \
      -DCMAKE_PREFIX_PATH="$(prefix_path)"
    cmake --build build/ci-test -j "$JOBS"
    # The integration tests start Debian's registry, containerd and nginx: Linux only.
    ctest --test-dir build/ci-test -j "$JOBS" --output-on-failure -E 'integration|translations_current|format_check' ;;
  package)
    (cd "$release" && cpack -G DragNDrop)
    dmg=$(ls "$release"/PullScope-*-macOS.dmg)
    mnt=$(mktemp -d)
    hdiutil attach -nobrowse -readonly -mountpoint "$mnt" "$dmg"
    app="$mnt/pullscope.app"
    test -f "$app/Contents/Info.plist" && test -f "$app/Contents/Resources/pullscope.icns"
    test -d "$app/Contents/Frameworks/QtCore.framework"
    test -f "$app/Contents/PlugIns/tls/libqopensslbackend.dylib" || test -f "$app/Contents/PlugIns/tls/libqsecuretransportbackend.dylib"
    test -f "$app/Contents/PlugIns/imageformats/libqsvg.dylib"
    "$app/Contents/MacOS/pullscope-cli" --version
    "$app/Contents/MacOS/pullscope-cli" diagnose "$app/Contents/Resources/samples/training-cluster.json" | tail -3
    # macdeployqt deploys the cocoa platform only (no offscreen): the runner has a session.
    "$app/Contents/MacOS/pullscope" --screenshot "$RUNNER_TEMP/window.png"
    hdiutil detach "$mnt" ;;
  *) echo "macos.sh: unknown step $1" >&2; exit 2 ;;
esac
