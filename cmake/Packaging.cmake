# Installation layout and the Debian package. Included at the end of the
# top-level CMakeLists.txt, once the targets exist.
#
#   cmake --install build --prefix /usr/local   # bin/, lib/porttidy/, share/doc/
#   cpack --config build/CPackConfig.cmake      # porttidy_<version>_<arch>.deb
#
# The plugin goes to lib/porttidy/PortTidy.so on every system (not the
# multiarch library directory): users write that path into their
# `clang-tidy --load=` lines and CI scripts, so it must not move.

set(PORTTIDY_PLUGIN_INSTALL_DIR lib/porttidy)
set(PORTTIDY_DOC_INSTALL_DIR share/doc/porttidy)

# The CLI links LLVM's shared libraries from LLVM_LIBRARY_DIR. Debian's
# packages also put them where the loader looks (the multiarch library
# directory), so the installed binary needs no run path there, and a
# package must not have one (lintian: custom-library-search-path). Any
# other LLVM keeps LLVM_LIBRARY_DIR in the run path, so that it still works.
set(PORTTIDY_SYSTEM_LIBDIR "/usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}")
set(PORTTIDY_LLVM_SONAME_SUFFIX "so.${LLVM_VERSION_MAJOR}.${LLVM_VERSION_MINOR}")
if(CMAKE_LIBRARY_ARCHITECTURE
   AND (NOT LLVM_LINK_LLVM_DYLIB OR
        EXISTS "${PORTTIDY_SYSTEM_LIBDIR}/libLLVM.${PORTTIDY_LLVM_SONAME_SUFFIX}")
   AND (NOT CLANG_LINK_CLANG_DYLIB OR
        EXISTS "${PORTTIDY_SYSTEM_LIBDIR}/libclang-cpp.${PORTTIDY_LLVM_SONAME_SUFFIX}"))
  set(PORTTIDY_INSTALL_RPATH_DEFAULT OFF)
else()
  set(PORTTIDY_INSTALL_RPATH_DEFAULT ON)
endif()
option(PORTTIDY_INSTALL_RPATH "Keep LLVM's library directory in the installed CLI's run path"
       ${PORTTIDY_INSTALL_RPATH_DEFAULT})
set_target_properties(porttidy PROPERTIES INSTALL_RPATH_USE_LINK_PATH ${PORTTIDY_INSTALL_RPATH})

install(TARGETS porttidy RUNTIME DESTINATION bin)
install(TARGETS PortTidyPlugin LIBRARY DESTINATION ${PORTTIDY_PLUGIN_INSTALL_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${PORTTIDY_DOC_INSTALL_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${PORTTIDY_DOC_INSTALL_DIR}
        FILES_MATCHING PATTERN "*.md")
# What a lint stage is set up from: the hook definitions and the CI jobs.
install(FILES ${PROJECT_SOURCE_DIR}/.pre-commit-hooks.yaml
        DESTINATION ${PORTTIDY_DOC_INSTALL_DIR}/examples)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ci/
        DESTINATION ${PORTTIDY_DOC_INSTALL_DIR}/examples/ci)

# The manual page, made from docs/usage.md so the two cannot disagree, and
# the package's changelog and copyright, compressed as Debian wants them
# (gzip -9n: no name or time stamp, so the build is reproducible).
set(PORTTIDY_PACKAGE_MAINTAINER "porttidy developers <porttidy@users.noreply.github.com>"
    CACHE STRING "The Maintainer of the .deb and its changelog: \"Name <mail>\"")
find_package(Python3 COMPONENTS Interpreter REQUIRED)
find_program(PORTTIDY_GZIP gzip REQUIRED)
set(PORTTIDY_GENERATED_DOCS ${CMAKE_BINARY_DIR}/share)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/changelog.in
               ${PORTTIDY_GENERATED_DOCS}/changelog @ONLY)
# DEP-5's Source field is optional: named only when the build knows it.
set(PORTTIDY_COPYRIGHT_SOURCE "")
if(PORTTIDY_HOMEPAGE_URL)
  set(PORTTIDY_COPYRIGHT_SOURCE "\nSource: ${PORTTIDY_HOMEPAGE_URL}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/copyright
               ${PORTTIDY_GENERATED_DOCS}/copyright @ONLY)
add_custom_command(
  OUTPUT ${PORTTIDY_GENERATED_DOCS}/porttidy.1.gz ${PORTTIDY_GENERATED_DOCS}/changelog.gz
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py
          ${PROJECT_SOURCE_DIR}/docs/usage.md ${PROJECT_VERSION}
          ${PORTTIDY_GENERATED_DOCS}/porttidy.1
  COMMAND ${PORTTIDY_GZIP} -9nf ${PORTTIDY_GENERATED_DOCS}/porttidy.1
  COMMAND ${PORTTIDY_GZIP} -9nkf ${PORTTIDY_GENERATED_DOCS}/changelog
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py ${PROJECT_SOURCE_DIR}/docs/usage.md
          ${PORTTIDY_GENERATED_DOCS}/changelog
  COMMENT "Making the manual page from docs/usage.md"
  VERBATIM)
add_custom_target(porttidy-docs ALL
  DEPENDS ${PORTTIDY_GENERATED_DOCS}/porttidy.1.gz ${PORTTIDY_GENERATED_DOCS}/changelog.gz)
install(FILES ${PORTTIDY_GENERATED_DOCS}/porttidy.1.gz DESTINATION share/man/man1)
install(FILES ${PORTTIDY_GENERATED_DOCS}/changelog.gz ${PORTTIDY_GENERATED_DOCS}/copyright
        DESTINATION ${PORTTIDY_DOC_INSTALL_DIR})

# The Debian package. Its dependencies follow from how porttidy was built:
# the plugin needs the clang-tidy of the same LLVM major, the CLI the clang
# builtin headers of that major (PORTTIDY_RESOURCE_DIR) and, when LLVM and
# clang are linked as shared libraries (Debian's default), their runtimes.
set(PORTTIDY_LLVM_MAJOR ${LLVM_VERSION_MAJOR})
set(PORTTIDY_DEB_DEPENDS
    "clang-tidy-${PORTTIDY_LLVM_MAJOR}"
    "libclang-common-${PORTTIDY_LLVM_MAJOR}-dev")
if(CLANG_LINK_CLANG_DYLIB)
  list(APPEND PORTTIDY_DEB_DEPENDS "libclang-cpp${PORTTIDY_LLVM_MAJOR}")
endif()
if(LLVM_LINK_LLVM_DYLIB)
  list(APPEND PORTTIDY_DEB_DEPENDS "libllvm${PORTTIDY_LLVM_MAJOR}")
endif()
list(APPEND PORTTIDY_DEB_DEPENDS libc6 libgcc-s1 libstdc++6)
list(JOIN PORTTIDY_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME porttidy)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "network port misuse checker for C and C++ socket code")
set(CPACK_PACKAGE_DESCRIPTION
    "porttidy finds misused network ports in C and C++ socket code: port 0 as a
destination, ports in host byte order or converted with htonl(), ports set
on raw and ICMP sockets, ephemeral ports bound but never queried, and
probe-then-bind races. It follows ports, addresses and descriptors across
helper functions, callers, struct fields and the asio and libuv APIs.
.
The checks ship as a plugin for the clang-tidy of the same LLVM major
(/usr/lib/porttidy/PortTidy.so) and as the porttidy command, made for CI:
SARIF, JSON, GitHub and GitLab output, baselines, a result cache, and
pre-commit hooks.")
set(CPACK_PACKAGE_CONTACT "${PORTTIDY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PORTTIDY_PACKAGE_MAINTAINER}")
if(PORTTIDY_HOMEPAGE_URL)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PORTTIDY_HOMEPAGE_URL}")
endif()
# Debian ships binaries stripped (the debug symbols would go in a -dbgsym).
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "pre-commit")
include(CPack)
