# The Windows job of packaging/ci/build.yml (MSVC 2022 x64, Qt 6.8 LTS from the Qt
# installer, the other libraries from vcpkg through the manifest vcpkg.json):
#   deps     nothing to do by hand: vcpkg installs the manifest at configure time
#   build    Release build of pullscope.exe (GUI) and pullscope-cli.exe (console)
#   test     the test suite (ctest) in the same build
#   package  cmake --install runs windeployqt (Qt's deploy script), then the deployed tree
#            is checked (windows-check-deploy.ps1) and CPack makes the NSIS installer + zip
param([Parameter(Mandatory = $true)][ValidateSet('deps', 'build', 'test', 'package')][string]$Step)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$release = 'build/ci-release'
$vcpkg = if ($env:VCPKG_ROOT) { $env:VCPKG_ROOT } else { $env:VCPKG_INSTALLATION_ROOT }
function Invoke-Checked { & $args[0] $args[1..($args.Count - 1)]; if ($LASTEXITCODE) { throw "$($args[0]) exited $LASTEXITCODE" } }

switch ($Step) {
  'deps' { Write-Host "vcpkg at $vcpkg; Qt at $env:QT_ROOT_DIR"; Invoke-Checked cmake --version }
  'build' {
    Invoke-Checked cmake -S . -B $release -G Ninja -DCMAKE_BUILD_TYPE=Release `
      "-DCMAKE_TOOLCHAIN_FILE=$vcpkg/scripts/buildsystems/vcpkg.cmake" -DVCPKG_TARGET_TRIPLET=x64-windows `
      -DX_VCPKG_APPLOCAL_DEPS_INSTALL=ON `
      "-DPKG_CONFIG_EXECUTABLE=$PWD/$release/vcpkg_installed/x64-windows/tools/pkgconf/pkgconf.exe"
    Invoke-Checked cmake --build $release
    Invoke-Checked "$release/cli/pullscope-cli.exe" --version
  }
  'test' {
    Invoke-Checked ctest --test-dir $release --output-on-failure -E 'integration|translations_current|format_check'
  }
  'package' {
    $stage = Join-Path $env:RUNNER_TEMP 'pullscope-stage'
    Invoke-Checked cmake --install $release --prefix $stage
    & (Join-Path $PSScriptRoot 'windows-check-deploy.ps1') -Prefix $stage
    Push-Location $release
    try { Invoke-Checked cpack -G 'NSIS;ZIP' } finally { Pop-Location }
  }
}
