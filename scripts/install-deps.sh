#!/usr/bin/env bash
# Installs every build, test and benchmark dependency of PullScope.
# Debian/Ubuntu: apt. Other systems: prints the brew / vcpkg equivalents.
# Idempotent and quiet when everything is already there, so `make` can call it each time.
set -euo pipefail

APT_PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache clang clang-format libclang-rt-14-dev pkg-config git
  # Qt 6 (core, network, widgets, svg, linguist tools) and Qt's own translations
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libgl-dev
  # parsers and TLS
  libsimdjson-dev libyaml-dev libyaml-cpp-dev libtomlplusplus-dev libssl-dev libmimalloc-dev
  # CJK fonts (no tofu in the Chinese UI), Xvfb for screenshots
  fonts-noto-cjk xvfb xauth
  # test and benchmark oracles
  jq time python3
  # mirror integration tests: real registry, containerd (ctr), skopeo, nginx, htpasswd; patch checks diffs
  docker-registry containerd skopeo nginx-light apache2-utils openssl patch
  # proxy integration test: a real HTTP proxy, and ip to add a non-loopback test address
  tinyproxy iproute2
  # generated alert rules are checked and unit-tested with promtool (in Debian's prometheus)
  prometheus
  # packaging: .deb dependencies (dpkg-shlibdeps in dpkg-dev), the desktop entry and
  # AppStream validators, makensis for the Windows installer check; rsvg-convert and
  # png2icns only for scripts/gen-icons.sh
  dpkg-dev desktop-file-utils appstream nsis librsvg2-bin icnsutils
)

have_all_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  printf '%s\n' "${missing[@]}"
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(have_all_apt | sed '/^$/d')
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  # kubectl is an oracle in the tests: keep the one already installed; Debian's
  # kubernetes-client only when there is none.
  if ! command -v kubectl >/dev/null 2>&1; then
    echo "install-deps: no kubectl found, installing Debian's kubernetes-client"
    $SUDO apt-get install -y -qq --no-install-recommends kubernetes-client
  fi
  exit 0
fi

case "$(uname -s)" in
  Darwin)
    cat <<'MSG'
install-deps: macOS. Install with Homebrew:
  brew bundle --file packaging/macos/Brewfile     # cmake ninja ccache pkgconf simdjson libyaml
                                                  # yaml-cpp tomlplusplus openssl@3 mimalloc
  brew install qt jq kubernetes-cli               # or Qt 6.8 LTS from the Qt installer (the .dmg's)
  export CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix openssl@3)"
The .dmg: cmake --preset release && cd build/release && cpack -G DragNDrop
MSG
    ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT)
    cat <<'MSG'
install-deps: Windows. Install Qt 6.8 LTS (MSVC 2022 64-bit) with the Qt online installer and NSIS;
the other libraries come from vcpkg in manifest mode (vcpkg.json at the repository root) at configure:
  cmake --preset release -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%/scripts/buildsystems/vcpkg.cmake ^
        -DVCPKG_TARGET_TRIPLET=x64-windows -DX_VCPKG_APPLOCAL_DEPS_INSTALL=ON
The installer: cd build\release && cpack -G NSIS   (scripts/ci/windows.ps1 does all of it)
MSG
    ;;
  *)
    echo "install-deps: no apt-get here; install the equivalents of: ${APT_PACKAGES[*]}" ;;
esac
