# Install layout and packages for Linux (.deb, .tar.gz), Windows (NSIS) and macOS
# (DragNDrop), included by the top-level CMakeLists.txt after the executables exist.
# The per-platform pieces live beside the files they install: packaging/<platform>/*.cmake.
# How to build each package: packaging/README.md.

set(PULLSCOPE_APP_ID "io.github.pullscope.PullScope")

# A Debian version from `git describe`: 0.1.0-5-gabc1234-dirty -> 0.1.0+5.gabc1234.dirty
# (a hyphen would split off a Debian revision), so later commits sort after the tag.
string(FIND "${PULLSCOPE_BUILD_VERSION}" "-" _dash)
if(_dash EQUAL -1)
  set(PULLSCOPE_PACKAGE_VERSION "${PULLSCOPE_BUILD_VERSION}")
else()
  string(SUBSTRING "${PULLSCOPE_BUILD_VERSION}" 0 ${_dash} _upstream)
  math(EXPR _dash "${_dash} + 1")
  string(SUBSTRING "${PULLSCOPE_BUILD_VERSION}" ${_dash} -1 _rest)
  string(REPLACE "-" "." _rest "${_rest}")
  set(PULLSCOPE_PACKAGE_VERSION "${_upstream}+${_rest}")
endif()

set(CPACK_PACKAGE_NAME "pullscope")
set(CPACK_PACKAGE_VENDOR "The PullScope developers")
set(CPACK_PACKAGE_CONTACT "The PullScope developers <pullscope@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Find out why a Kubernetes container image did not pull")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/pullscope/pullscope")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PullScope")
set(CPACK_PACKAGE_EXECUTABLES "pullscope" "PullScope")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")
set(CPACK_STRIP_FILES ON)

if(APPLE)
  include("${CMAKE_SOURCE_DIR}/packaging/macos/macos.cmake")
elseif(WIN32)
  include("${CMAKE_SOURCE_DIR}/packaging/windows/windows.cmake")
else()
  include("${CMAKE_SOURCE_DIR}/packaging/linux/linux.cmake")
endif()

include(CPack)
