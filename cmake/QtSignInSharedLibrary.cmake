# What every shared library of QtSignIn (QtSignIn::Core, QtSignIn::WebEngine,
# QtSignIn::Test) is given alike: its public headers as a file set (their
# include folder for users in the build tree and in an installed tree, and
# what packaging/'s qtsignin_install_library() installs), C++17 for its
# users, only what it exports visible, and the project's version and SONAME.
#
#   qtsignin_shared_library(<target> PUBLIC_HEADERS <header> ...)
#
# The headers are paths below the calling folder's include/.
function(qtsignin_shared_library target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "PUBLIC_HEADERS")
    target_sources(${target} PUBLIC
        FILE_SET HEADERS BASE_DIRS ${CMAKE_CURRENT_SOURCE_DIR}/include FILES ${arg_PUBLIC_HEADERS})
    # The file set gives the include folder to consumers with CMake 3.23 or
    # newer; older ones ignore it in the installed package and need it spelled out.
    target_include_directories(${target} INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    target_compile_features(${target} PUBLIC cxx_std_17)
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        VERSION ${PROJECT_VERSION}
        SOVERSION ${QTSIGNIN_SOVERSION}
    )
endfunction()
