# Linux: the FreeDesktop files (desktop entry, AppStream metainfo, hicolor icons), the
# training cluster for `pullscope-cli diagnose`, and the .deb and .tar.gz generators.
include(GNUInstallDirs)
set(_linux "${CMAKE_SOURCE_DIR}/packaging/linux")

install(FILES "${_linux}/${PULLSCOPE_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_linux}/${PULLSCOPE_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_linux}/icons/${PULLSCOPE_APP_ID}.svg"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES "${_linux}/icons/${size}.png" RENAME "${PULLSCOPE_APP_ID}.png"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
# The window embeds the training cluster; the command line reads it from here.
install(FILES
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.json"
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.yaml"
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.describe.txt"
    "${CMAKE_SOURCE_DIR}/resources/samples/training-cluster.events.txt"
    "${CMAKE_SOURCE_DIR}/resources/samples/README.md"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/pullscope/samples")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION "${PULLSCOPE_PACKAGE_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack writes CPACK_PACKAGE_DESCRIPTION_SUMMARY as the synopsis and indents this body.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "PullScope reads kubectl JSON and YAML dumps, describe text, event tables and
cluster-info dump folders, walks the kubelet's image pull decision tree for every
container, names the failing step and the cause with its evidence, and says how to
fix it. Includes the pullscope window and the pullscope-cli command line program.")
# dpkg-shlibdeps turns the linked libraries into real dependencies. The plugins Qt loads
# at run time come with them on Debian 12: xcb and offscreen platforms in libqt6gui6, the
# TLS backend in libqt6network6, the SVG image and icon plugins in libqt6svg6. Wayland,
# the Chinese font and Qt's own translations are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "kubernetes-client")
# The .tar.gz unpacks to pullscope-VERSION-Linux/{bin,share}; the .deb is named by CPack
# the Debian way (DEB-DEFAULT above).
set(CPACK_PACKAGE_FILE_NAME "pullscope-${PULLSCOPE_PACKAGE_VERSION}-Linux")
