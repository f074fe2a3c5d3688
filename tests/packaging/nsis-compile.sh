#!/usr/bin/env bash
# Compiles the Windows installer with makensis on Linux: tests/packaging/nsis/ is a CMake
# project that installs a staged payload laid out as windeployqt leaves the install tree,
# with stand-in files for the executables and DLLs (they are never run; the point is that
# the NSIS script CPack generates from packaging/windows/nsis.cmake compiles), and
# `cpack -G NSIS` turns it into an installer.
set -euo pipefail
src=${1:?usage: nsis-compile.sh SOURCE_DIR}
command -v makensis >/dev/null || { echo "FAIL: makensis not installed (Debian package nsis)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cmake -S "$src/tests/packaging/nsis" -B "$work" -DPULLSCOPE_SOURCE_DIR="$src" >/dev/null
(cd "$work" && cpack -G NSIS) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; find "$work" -name 'NSISOutput.log' -exec tail -40 {} \; ; exit 1; }
exe=$(ls "$work"/PullScope-*-win64.exe)
nsi=$(find "$work/_CPack_Packages" -name project.nsi | head -1)
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(head -c 2 "$exe")" = "MZ" ] || fail "$exe is not a Windows executable"
# The installer is what packaging/windows/nsis.cmake asks for.
grep -q 'InstallDir "\$PROGRAMFILES64\\PullScope"' "$nsi" || fail "install dir"
grep -q 'pullscope.ico' "$nsi" || fail "installer icon"
grep -q 'PullScope samples.lnk' "$nsi" || fail "samples shortcut"
grep -Eq 'StrCpy \$DO_NOT_ADD_TO_PATH|AddToPath' "$nsi" || fail "PATH option"
grep -qF 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\PullScope.lnk" "$INSTDIR\bin\pullscope.exe"' "$nsi" \
  || fail "Start menu shortcut"
# The uninstaller lists every installed file: the payload went into the installer.
for f in bin/pullscope.exe bin/pullscope-cli.exe plugins/tls/qopensslbackend.dll \
         plugins/tls/qschannelbackend.dll plugins/imageformats/qsvg.dll plugins/iconengines/qsvgicon.dll \
         samples/training-cluster.json; do
  grep -qF "Delete \"\$INSTDIR\\$(tr / '\\' <<<"$f")\"" "$nsi" || fail "payload $f not in the installer"
done
echo "packaging_nsis: $(basename "$exe") compiled, $(stat -c %s "$exe") bytes"
