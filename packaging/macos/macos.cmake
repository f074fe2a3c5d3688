# macOS: pullscope.app with its Info.plist and icon, pullscope-cli inside the bundle
# (Contents/MacOS), macdeployqt through Qt's deploy script, and a DragNDrop .dmg. Built
# with Qt 6.8 LTS in CI (macdeployqt of 6.8 is what the deploy script runs); Qt 6.4 is
# the minimum the sources support.
set(_mac "${CMAKE_SOURCE_DIR}/packaging/macos")
set_source_files_properties("${_mac}/pullscope.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(pullscope PRIVATE "${_mac}/pullscope.icns")
set_target_properties(pullscope PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST "${_mac}/Info.plist.in"
  MACOSX_BUNDLE_GUI_IDENTIFIER "${PULLSCOPE_APP_ID}"
  MACOSX_BUNDLE_BUNDLE_NAME "PullScope"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_LONG_VERSION_STRING "${PULLSCOPE_BUILD_VERSION}"
  MACOSX_BUNDLE_ICON_FILE "pullscope.icns"
  MACOSX_BUNDLE_COPYRIGHT "The PullScope developers")

# cli/ installs pullscope-cli to bin/; a .dmg holds the bundle only, so the program moves
# into Contents/MacOS, where macdeployqt rewrites its Qt references together with the
# window's (these rules run after cli/'s, in declaration order: policy CMP0082).
install(CODE [[
  set(_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
  file(RENAME "${_prefix}/bin/pullscope-cli" "${_prefix}/pullscope.app/Contents/MacOS/pullscope-cli")
  file(REMOVE_RECURSE "${_prefix}/bin")
]])
install(DIRECTORY "${CMAKE_SOURCE_DIR}/resources/samples/"
  DESTINATION "pullscope.app/Contents/Resources/samples" FILES_MATCHING PATTERN "training-cluster.*")

if(Qt6_VERSION VERSION_LESS 6.5)
  # Qt 6.4: the app alone (FILENAME_VARIABLE; no custom deploy scripts before 6.5), so
  # pullscope-cli inside the bundle keeps its Homebrew Qt references.
  qt_generate_deploy_app_script(TARGET pullscope FILENAME_VARIABLE _pullscope_deploy)
else()
  qt_generate_deploy_script(TARGET pullscope OUTPUT_SCRIPT _pullscope_deploy CONTENT [[
qt_deploy_runtime_dependencies(
    EXECUTABLE pullscope.app
    ADDITIONAL_EXECUTABLES pullscope.app/Contents/MacOS/pullscope-cli)
]])
endif()
install(SCRIPT "${_pullscope_deploy}")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "PullScope-${PULLSCOPE_PACKAGE_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "PullScope")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${_mac}/pullscope.icns")
