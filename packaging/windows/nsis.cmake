# CPack's NSIS generator settings for the installer. Kept apart from windows.cmake so that
# tests/packaging/nsis/ can compile the same installer on Linux (Debian's makensis) from
# a staged payload: CPack fills its NSIS template from these variables either way.
set(_win "${CMAKE_CURRENT_LIST_DIR}")
set(CPACK_NSIS_PACKAGE_NAME "PullScope")
set(CPACK_NSIS_DISPLAY_NAME "PullScope")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${_win}/pullscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${_win}/pullscope.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pullscope.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_PACKAGE_EXECUTABLES "pullscope" "PullScope")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "pullscope.exe")
# The installer offers to put bin\ on PATH so that pullscope-cli runs from any console.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# No CPACK_NSIS_BRANDING_TEXT: CPack writes it as `BrandingText /TRIM...`, which Debian's
# makensis refuses ("disabled for non Win32 platforms"), and the compile check runs there.
set(CPACK_NSIS_URL_INFO_ABOUT "https://github.com/pullscope/pullscope")
set(CPACK_NSIS_HELP_LINK "https://github.com/pullscope/pullscope/issues")
set(CPACK_NSIS_CONTACT "pullscope@example.org")
# A Start menu entry for the training cluster folder beside the window's shortcut.
set(CPACK_NSIS_CREATE_ICONS_EXTRA
  "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\PullScope samples.lnk' '$INSTDIR\\\\samples'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
  "Delete '$SMPROGRAMS\\\\$START_MENU\\\\PullScope samples.lnk'")
