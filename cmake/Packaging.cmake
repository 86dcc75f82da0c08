# Install rules and the Debian package (CPack, DEB generator).
#
# What the programs read at run time (role catalogue, demo seed, translations, icons) is compiled
# in as Qt resources, so an installed binary needs nothing beside it: only the three programs,
# the desktop integration (packaging/linux) and the man pages are installed.
#
#   cmake --preset release && cmake --build --preset release
#   cpack --config build/release/CPackConfig.cmake -B build/release/package
#   -> build/release/package/gatehouse_<version>_amd64.deb
include(GNUInstallDirs)

# One reverse-DNS id for the .desktop file, the AppStream component, the icon and the Wayland
# app id (QGuiApplication::desktopFileName in main_gui.cpp).
set(GATEHOUSE_APP_ID "io.github.gatehouse.Gatehouse")
set(GATEHOUSE_LINUX_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")

install(TARGETS gatehouse gatehouse-cli gatehouse-tenantd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${GATEHOUSE_LINUX_DIR}/${GATEHOUSE_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${GATEHOUSE_LINUX_DIR}/${GATEHOUSE_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${GATEHOUSE_APP_ID}.svg)

# Man pages, written by hand in packaging/linux, installed gzipped (-n: no timestamp, so the
# package is reproducible) as Debian policy wants.
set(GATEHOUSE_MAN_PAGES gatehouse gatehouse-cli gatehouse-tenantd)
set(man_outputs "")
foreach(page IN LISTS GATEHOUSE_MAN_PAGES)
    set(out "${PROJECT_BINARY_DIR}/man/${page}.1")
    add_custom_command(OUTPUT "${out}.gz"
        COMMAND ${CMAKE_COMMAND} -E copy "${GATEHOUSE_LINUX_DIR}/${page}.1" "${out}"
        COMMAND gzip -9nf "${out}"
        DEPENDS "${GATEHOUSE_LINUX_DIR}/${page}.1"
        COMMENT "Compressing the man page ${page}.1"
        VERBATIM)
    list(APPEND man_outputs "${out}.gz")
endforeach()
add_custom_target(gatehouse-man-pages ALL DEPENDS ${man_outputs})
install(FILES ${man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian policy's /usr/share/doc/<package>: the machine-readable copyright file (DEP-5, the MIT
# licence of LICENSE) and, for a native package (no Debian revision), changelog.gz.
set(changelog "${PROJECT_BINARY_DIR}/doc/changelog")
add_custom_command(OUTPUT "${changelog}.gz"
    COMMAND ${CMAKE_COMMAND} -E copy "${GATEHOUSE_LINUX_DIR}/changelog" "${changelog}"
    COMMAND gzip -9nf "${changelog}"
    DEPENDS "${GATEHOUSE_LINUX_DIR}/changelog"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(gatehouse-doc ALL DEPENDS "${changelog}.gz")
install(FILES "${GATEHOUSE_LINUX_DIR}/copyright" "${changelog}.gz"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gatehouse)

# ---- CPack: gatehouse_<version>_<arch>.deb --------------------------------------------------------
set(GATEHOUSE_PACKAGE_MAINTAINER "Gatehouse maintainers <maintainers@users.noreply.r-seed-712d6ce7.example>" CACHE STRING
    "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gatehouse)
set(CPACK_PACKAGE_VENDOR "The Gatehouse developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: CPackDeb indents each one as the extended Description.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Gatehouse is a native desktop cockpit (Qt 6) for the administrators of an SAP"
    "BTP subaccount and its Cloud Integration tenant: users and role collections,"
    "the tenant keystore and other security material, and destinations. It works"
    "offline on a replica of the tenant and journals every change. Private keys"
    "and secrets live in the system keychain (Secret Service)."
    ""
    "The package holds the cockpit (gatehouse), its command-line side for scripts"
    "(gatehouse-cli) and a local tenant served over SAP's HTTPS APIs"
    "(gatehouse-tenantd).")
set(CPACK_PACKAGE_CONTACT "${GATEHOUSE_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # gatehouse_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GATEHOUSE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Loaded at run time, so no linker dependency names them: the QSQLITE driver (the tenant store),
# the SVG image and icon plugins (every icon), gpg (GPGME runs it; libgpgme11 depends on it) and
# Qt's own translations (the German of Qt's dialogs and buttons beside Gatehouse's, Models/i18n).
set(gatehouse_plugin_depends "libqt6sql6-sqlite, libqt6svg6, gpg, qt6-translations-l10n")
option(GATEHOUSE_DEB_SHLIBDEPS "Compute the package's library Depends with dpkg-shlibdeps when installed" ON)
find_program(GATEHOUSE_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(GATEHOUSE_DEB_SHLIBDEPS AND GATEHOUSE_DPKG_SHLIBDEPS)
    # dpkg-shlibdeps (package dpkg-dev) reads the binaries' NEEDED entries and adds the library
    # packages with their minimum versions.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${gatehouse_plugin_depends}")
else()
    # Without dpkg-dev: the libraries the binaries link (objdump -p), as Debian 12 names them.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libc6 (>= 2.34), libstdc++6 (>= 11), libgcc-s1 (>= 3.0), libqt6core6 (>= 6.4.0), libqt6gui6 (>= 6.4.0), libqt6widgets6 (>= 6.4.0), libqt6network6 (>= 6.4.0), libqt6sql6 (>= 6.4.0), libqt6httpserver6 (>= 6.4.0), libqt6keychain1 (>= 0.13.2), libssl3 (>= 3.0.0), libsqlite3-0 (>= 3.7.15), libgpgme11 (>= 1.7.0), ${gatehouse_plugin_depends}")
endif()
# A Secret Service keeps the private keys and secrets; without one they live only in memory.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, gpg-agent")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
include(CPack)
