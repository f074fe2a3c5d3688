# Windows: the icon in the executable, windeployqt through Qt's deploy script, and the
# NSIS installer (nsis.cmake). Built with Qt 6.8 LTS (MSVC 2022, 64-bit) in CI; Qt 6.4 is
# the minimum the sources support. Dependencies other than Qt come from vcpkg (the
# manifest is vcpkg.json at the repository root, where vcpkg's CMake toolchain looks).

# pullscope-cli has no WIN32 flag: a console program, so `pullscope-cli diagnose` prints
# in cmd and PowerShell. The window is a GUI subsystem program with the icon.
enable_language(RC)
target_sources(pullscope PRIVATE "${CMAKE_SOURCE_DIR}/packaging/windows/pullscope.rc")

# windeployqt copies the Qt DLLs and the plugins of the modules the window uses into the
# install tree: platforms/qwindows, tls/ (qschannelbackend, qopensslbackend,
# qcertonlybackend: Qt Network), imageformats/qsvg and iconengines/qsvgicon (Qt Svg),
# styles, and Qt's translations. The window links every Qt module the command line does,
# so one run covers both executables. scripts/ci/windows-check-deploy.ps1 checks that
# the TLS and SVG plugins are there. The vcpkg DLLs (OpenSSL, yaml-cpp, simdjson,
# mimalloc) are copied by vcpkg's X_VCPKG_APPLOCAL_DEPS_INSTALL (set by the CI script).
if(Qt6_VERSION VERSION_LESS 6.5)
  # Qt 6.4 names the output variable FILENAME_VARIABLE (6.5+: OUTPUT_SCRIPT).
  qt_generate_deploy_app_script(TARGET pullscope FILENAME_VARIABLE _pullscope_deploy)
else()
  qt_generate_deploy_app_script(TARGET pullscope OUTPUT_SCRIPT _pullscope_deploy)
endif()
install(SCRIPT "${_pullscope_deploy}")

install(FILES
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.json"
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.yaml"
    "${CMAKE_SOURCE_DIR}/resources/samples/README.md"
  DESTINATION samples)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "PullScope-${PULLSCOPE_PACKAGE_VERSION}-win64")
include("${CMAKE_SOURCE_DIR}/packaging/windows/nsis.cmake")
