# CPack: one Debian package per install component, and a tarball of
# everything. `cpack -G DEB` / `cpack -G TGZ` in the build folder.
#
#   libqtsignin1            runtime      libQtSignInCore (no Qt WebEngine)
#   libqtsignin-webengine1  webengine    libQtSignInWebEngine, the embedded sign-in
#                                        dialog, and its plugin (when built with Qt WebEngine)
#   qml6-module-qtsignin    quick        the QML module QtSignIn (when built with Qt QML),
#                                        named as Debian names QML modules
#   libqtsignin-dev         development  headers, CMake and pkg-config packages
#   libqtsignin-test-dev    test         the test kit QtSignIn::Test, whole (when built
#                                        with Qt HTTP Server)
#   qtsignin                cli          the command-line tool
#   qtsignin-demo           demo         the demo app (when app/demo builds it)
#
# The library packages are named after the SONAME (QTSIGNIN_CORE_PACKAGE and
# QTSIGNIN_WEBENGINE_PACKAGE, from QTSIGNIN_SOVERSION in the top-level
# CMakeLists.txt; 1 above): each SONAME has packages of its own (Debian
# Policy 8.1). Not yet installable beside those of the SONAME before: both
# ship the .qm files and the plugin under the same paths, without a
# SONAME in them.
#
# The test kit is one -dev package, its shared library included, and not a
# libqtsignin-testN beside headers in libqtsignin-dev: it is for test suites
# only, so nothing installed for people to run may depend on it, and a
# package in section libdevel, named -dev, says so; libqtsignin-dev neither
# needs nor pulls in Qt HTTP Server; and `find_package(QtSignIn COMPONENTS
# Test)` finds the whole kit or none of it. Without the SONAME in its name,
# a new SONAME replaces it rather than installing beside it: nothing
# built for production runs against it.
#
# The programs load libQtSignInWebEngine (through its plugin) at run time,
# only for in-app sign-in, so they recommend the WebEngine package rather
# than depend on it: installing them never pulls in Qt WebEngine (Chromium).

set(qtsignin_components runtime)
if(TARGET QtSignInWebEngine)
    list(APPEND qtsignin_components webengine)
endif()
if(TARGET QtSignInQuick)
    list(APPEND qtsignin_components quick)
endif()
list(APPEND qtsignin_components development cli)
if(TARGET QtSignInTest)
    list(APPEND qtsignin_components test)
endif()
if(TARGET qtsignin-demo)
    list(APPEND qtsignin_components demo)
endif()
# An install() rule without one of our components would land in a package
# of its own ("Unspecified"), or nowhere: say so while configuring.
get_cmake_property(declared_components COMPONENTS)
list(REMOVE_ITEM declared_components ${qtsignin_components})
if(declared_components)
    message(AUTHOR_WARNING "install() rules in components no package takes: ${declared_components}. "
        "Use runtime, webengine, quick, development, cli, test or demo (packaging/CMakeLists.txt).")
endif()
set(CPACK_COMPONENTS_ALL ${qtsignin_components})

set(CPACK_PACKAGE_NAME qtsignin)
set(CPACK_PACKAGE_VENDOR "The QtSignIn authors")
set(CPACK_PACKAGE_CONTACT "QtSignIn maintainers <maintainers@qtsignin.invalid>")
# Empty on purpose: each .deb's synopsis is the first line of its component's
# description below, and CPackDeb would put a package-wide summary in front.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/qtsignin/qtsignin")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_GENERATOR DEB TGZ)
# Values reach CPackConfig.cmake exactly as written here.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)

# The tarball: every component, one archive, paths relative to its top folder.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES
    "/\\.git/" "/\\.cache/" "/build[^/]*/" "/node_modules/" "/\\.vscode/" "~$")

# --- Debian ----------------------------------------------------------------

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The .deb files install into /usr (CPack's default for DEB) whatever
# CMAKE_INSTALL_PREFIX says; configure with -DCMAKE_INSTALL_PREFIX=/usr for
# multiarch library folders (lib/x86_64-linux-gnu) and no RUNPATH. The
# tarball's paths are relative to its top folder.

set(qtsignin_runtime_depends "${QTSIGNIN_CORE_PACKAGE} (= ${PROJECT_VERSION})")
set(qtsignin_webengine_depends "${QTSIGNIN_WEBENGINE_PACKAGE} (= ${PROJECT_VERSION})")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME ${QTSIGNIN_CORE_PACKAGE})
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in for Qt applications
QtSignIn signs people into Qt desktop applications with OAuth 2.0 and
OpenID Connect (Microsoft Entra ID, Keycloak, Okta, Auth0, Google and any
standards-compliant provider): the system browser with a loopback redirect
or an embedded Qt WebEngine dialog, PKCE, ID-token validation and a token
cache in the OS keychain.

This package contains the shared library QtSignInCore and its translations.
The embedded sign-in dialog is in ${QTSIGNIN_WEBENGINE_PACKAGE}.")

set(CPACK_DEBIAN_WEBENGINE_PACKAGE_NAME ${QTSIGNIN_WEBENGINE_PACKAGE})
set(CPACK_DEBIAN_WEBENGINE_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_WEBENGINE_PACKAGE_DEPENDS "${qtsignin_runtime_depends}")
set(CPACK_COMPONENT_WEBENGINE_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in for Qt applications - embedded dialog
QtSignIn signs people into Qt desktop applications with OAuth 2.0 and
OpenID Connect. This package contains the shared library QtSignInWebEngine,
and the plugin through which applications load it only when needed: the
sign-in page in a Qt WebEngine dialog inside the application, for when the
system browser is not wanted. Applications that sign in through the
system browser do not need it, nor Qt WebEngine.")
# The QML module QtSignIn.WebEngine ships here too: Qt WebEngine's own
# libraries already depend on Qt Quick and Qml, so it adds only
# libqt6webenginequick6 for dialog users; its QML imports are what a Qt
# Quick app using it needs at run time.
if(TARGET QtSignInQuickWebEngine)
    string(APPEND CPACK_COMPONENT_WEBENGINE_DESCRIPTION "

It also contains the QML module QtSignIn.WebEngine, the same sign-in in a
Qt Quick window (import QtSignIn.WebEngine; EmbeddedSignIn).")
    set(CPACK_DEBIAN_WEBENGINE_PACKAGE_SUGGESTS
        "qml6-module-qtwebengine, qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-controls, qml6-module-qtquick-layouts")
endif()

set(CPACK_DEBIAN_QUICK_PACKAGE_NAME qml6-module-qtsignin)
set(CPACK_DEBIAN_QUICK_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_QUICK_PACKAGE_DEPENDS "${qtsignin_runtime_depends}")
set(CPACK_COMPONENT_QUICK_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in for Qt applications - QML module
QtSignIn signs people into Qt desktop applications with OAuth 2.0 and
OpenID Connect. This package contains the QML module QtSignIn (import
QtSignIn): a SignInClient type for Qt Quick applications, with the accounts
as a model and sign-in, silent tokens and sign-out as operations.")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libqtsignin-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
# Both runtime packages: the CMake package and the .so links cover both
# libraries, and QtSignInConfig.cmake loads QtSignIn::WebEngine whenever its
# targets file is installed, which would then point at a missing library.
if(TARGET QtSignInWebEngine)
    set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
        "${qtsignin_runtime_depends}, ${qtsignin_webengine_depends}, qt6-base-dev (>= 6.4)")
else()
    set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "${qtsignin_runtime_depends}, qt6-base-dev (>= 6.4)")
endif()
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in for Qt applications - development files
Headers, the CMake package (find_package(QtSignIn) with the targets
QtSignIn::Core and QtSignIn::WebEngine) and pkg-config files (qtsignin-core,
qtsignin-webengine) for building applications with QtSignIn.")

set(CPACK_DEBIAN_TEST_PACKAGE_NAME libqtsignin-test-dev)
set(CPACK_DEBIAN_TEST_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_TEST_PACKAGE_DEPENDS "libqtsignin-dev (= ${PROJECT_VERSION}), ${qtsignin_runtime_depends}")
set(CPACK_COMPONENT_TEST_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in for Qt applications - test kit
QtSignIn::Test signs in inside an application's own test suite, without a
real provider or a browser: an OpenID Connect provider in the test process
(on 127.0.0.1) that issues real signed ID and access tokens, and a
headless user agent that completes the sign-in against it, so that every
check of QtSignIn runs unchanged. The library, its headers, CMake
targets (find_package(QtSignIn COMPONENTS Test)) and pkg-config file
(qtsignin-test). For test suites only: applications never link it.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME qtsignin)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${qtsignin_runtime_depends}")
if(TARGET QtSignInWebEngine)
    set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "${qtsignin_webengine_depends}")
endif()
set(CPACK_COMPONENT_CLI_DESCRIPTION "OAuth 2.0 and OpenID Connect sign-in from the command line
qtsignin signs in to an OpenID Connect provider through the system browser
or an embedded dialog, keeps the tokens in the OS keychain and prints access
tokens for scripts (qtsignin login, token, accounts, logout).")

set(CPACK_DEBIAN_DEMO_PACKAGE_NAME qtsignin-demo)
set(CPACK_DEBIAN_DEMO_PACKAGE_SECTION net)
set(CPACK_DEBIAN_DEMO_PACKAGE_DEPENDS "${qtsignin_runtime_depends}")
if(TARGET QtSignInWebEngine)
    set(CPACK_DEBIAN_DEMO_PACKAGE_RECOMMENDS "${qtsignin_webengine_depends}")
endif()
set(CPACK_COMPONENT_DEMO_DESCRIPTION "QtSignIn demo application
A desktop application that signs in with QtSignIn and calls a protected
API with the access token, showing the account, the granted scopes and the
API's answer.")

# Dependencies on other packages come from dpkg-shlibdeps (dpkg-dev), and
# the two library packages declare their own libraries
# (DEBIAN/shlibs) for packages built against them. Our libraries are in no
# installed package while we build, so dpkg-shlibdeps finds them in the build
# tree (-l) and leaves them out; the Depends above name our packages instead.
# It only sees what a binary links: the programs do not link
# libQtSignInWebEngine, so Qt WebEngine stays out of their Depends.
find_program(QTSIGNIN_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(QTSIGNIN_DPKG_SHLIBDEPS)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
if(QTSIGNIN_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "")
    foreach(library QtSignInCore QtSignInWebEngine QtSignInTest)
        if(TARGET ${library})
            get_target_property(output_dir ${library} LIBRARY_OUTPUT_DIRECTORY)
            if(NOT output_dir)
                get_target_property(output_dir ${library} BINARY_DIR)
            endif()
            list(APPEND CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${output_dir}")
        endif()
    endforeach()
else()
    message(STATUS "dpkg-shlibdeps not found (Debian package dpkg-dev): "
        "the .deb files will only depend on each other")
endif()

include(CPack)
