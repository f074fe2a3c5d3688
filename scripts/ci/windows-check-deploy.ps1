# Checks a Windows install tree made by `cmake --install` (windeployqt through Qt's
# deploy script): both programs, the Qt DLLs, the TLS backends (Qt Network) and the SVG
# plugins (Qt Svg), OpenSSL's DLLs for the OpenSSL backend, and that the programs run.
param([Parameter(Mandatory = $true)][string]$Prefix)
$ErrorActionPreference = 'Stop'
$required = @(
  'bin/pullscope.exe', 'bin/pullscope-cli.exe', 'bin/Qt6Core.dll', 'bin/Qt6Network.dll',
  'bin/Qt6Widgets.dll', 'bin/Qt6Svg.dll', 'bin/qt.conf',
  'plugins/platforms/qwindows.dll', 'plugins/tls/qschannelbackend.dll', 'plugins/tls/qopensslbackend.dll',
  'plugins/imageformats/qsvg.dll', 'plugins/iconengines/qsvgicon.dll', 'samples/training-cluster.json')
$missing = $required | Where-Object { -not (Test-Path (Join-Path $Prefix $_)) }
if (-not (Get-ChildItem (Join-Path $Prefix 'bin') -Filter 'libssl-3*.dll')) { $missing += 'bin/libssl-3*.dll' }
if ($missing) { throw "not deployed: $($missing -join ', ')" }
$cli = Join-Path $Prefix 'bin/pullscope-cli.exe'
$version = & $cli --version
if ($LASTEXITCODE) { throw "pullscope-cli --version exited $LASTEXITCODE" }
$version
if (-not ($version -match 'Qt Network TLS')) { throw 'pullscope-cli --version names no TLS backend' }
& $cli diagnose (Join-Path $Prefix 'samples/training-cluster.json') | Select-Object -Last 3
if ($LASTEXITCODE) { throw "pullscope-cli diagnose exited $LASTEXITCODE" }
# windeployqt deploys the qwindows platform only (no offscreen): the runner has a desktop.
$shot = Join-Path $env:RUNNER_TEMP 'window.png'
$p = Start-Process -FilePath (Join-Path $Prefix 'bin/pullscope.exe') -ArgumentList '--screenshot', $shot -Wait -PassThru
if ($p.ExitCode -or -not (Test-Path $shot)) { throw "pullscope --screenshot failed ($($p.ExitCode))" }
Write-Host "windows-check-deploy: OK"
