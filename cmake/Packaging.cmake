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

# The CLI links LLVM's shared libraries from LLVM_LIBRARY_DIR; keep that
# directory in the installed binary's run path, so an LLVM installed outside
# the loader's default paths (anything but Debian's packages) still works.
set_target_properties(porttidy PROPERTIES INSTALL_RPATH_USE_LINK_PATH TRUE)

install(TARGETS porttidy RUNTIME DESTINATION bin)
install(TARGETS PortTidyPlugin LIBRARY DESTINATION ${PORTTIDY_PLUGIN_INSTALL_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${PORTTIDY_DOC_INSTALL_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${PORTTIDY_DOC_INSTALL_DIR}
        FILES_MATCHING PATTERN "*.md")

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
    "network port misuse checker for C and C++ socket code (clang-tidy plugin and CLI)")
set(CPACK_PACKAGE_CONTACT "porttidy maintainers <porttidy@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "pre-commit")
include(CPack)
