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
  brew install cmake ninja ccache qt@6 simdjson libyaml yaml-cpp tomlplusplus openssl@3 mimalloc jq kubernetes-cli
  export CMAKE_PREFIX_PATH="$(brew --prefix qt@6):$(brew --prefix openssl@3)"
MSG
    ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT)
    cat <<'MSG'
install-deps: Windows. Install Qt 6 (6.5 or newer) with the Qt online installer, then with vcpkg:
  vcpkg install simdjson libyaml yaml-cpp tomlplusplus openssl mimalloc --triplet x64-windows
  cmake --preset release -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%/scripts/buildsystems/vcpkg.cmake
MSG
    ;;
  *)
    echo "install-deps: no apt-get here; install the equivalents of: ${APT_PACKAGES[*]}" ;;
esac
