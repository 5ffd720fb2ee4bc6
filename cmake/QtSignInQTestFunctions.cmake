# One ctest entry per QTest test function, found in the built program.
#
# CMake discovers GoogleTest cases (gtest_discover_tests) but has nothing like
# it for QTest, and a list of function names kept by hand in CMake lets a new
# test function silently never run. So, the same way: after each link, the
# program is asked for its functions (QTest's -functions option) and ctest
# reads them back through the directory's TEST_INCLUDE_FILES.
#
#   qtsignin_add_qtest_functions(<target> PREFIX <name prefix>
#       [PROPERTIES <property> <value> ...]   (every function's entry)
#       [EXCLUDE <function> ...])             (functions that get no entry)
#   qtsignin_set_qtest_function_properties(<target> FUNCTIONS <function> ...
#       PROPERTIES <property> <value> ...)    (these functions' entries only)
#
# An entry is named <prefix><function> and runs `<target> <function>`. A value
# may be a list ("A=1;B=2"). ctest adds a function's own list properties
# (ENVIRONMENT, LABELS, FIXTURES_REQUIRED, RESOURCE_LOCK...) to the common
# ones, and replaces the others (TIMEOUT...). Every function named in EXCLUDE
# or FUNCTIONS must exist in the program: the build fails otherwise, so a
# rename never silently drops a RUN_SERIAL or a lock. Before the first build,
# ctest lists one failing entry, <prefix>NOT_BUILT.

set(QTSIGNIN_QTEST_DISCOVERY_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/QtSignInQTestDiscovery.cmake)

# `set_tests_properties(<names> PROPERTIES ...)` for the ctest script, from
# the property-value pairs in the list variable `properties` (as given by
# cmake_parse_arguments(PARSE_ARGV), so that a value may be a list), each
# value a bracket argument so that lists and quotes pass unchanged.
function(_qtsignin_qtest_properties_call out names properties)
    set(call "set_tests_properties(${names} PROPERTIES")
    set(expect name)
    foreach(item IN LISTS ${properties})
        if(expect STREQUAL "name")
            string(APPEND call " ${item}")
            set(expect value)
        else()
            string(APPEND call " [==[${item}]==]")
            set(expect name)
        endif()
    endforeach()
    if(expect STREQUAL "value")
        message(FATAL_ERROR "PROPERTIES needs a value after each property name")
    endif()
    set(${out} "${call})\n" PARENT_SCOPE)
endfunction()

function(qtsignin_add_qtest_functions target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "PREFIX" "PROPERTIES;EXCLUDE")
    if(NOT arg_PREFIX)
        message(FATAL_ERROR "qtsignin_add_qtest_functions(${target}): PREFIX is required")
    endif()
    set(functions_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_qtest_functions.cmake)
    set(tests_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_qtest_tests.cmake)
    set_target_properties(${target} PROPERTIES
        QTSIGNIN_QTEST_PREFIX "${arg_PREFIX}"
        QTSIGNIN_QTEST_TESTS_FILE "${tests_file}")
    set_property(TARGET ${target} APPEND PROPERTY QTSIGNIN_QTEST_NAMED_FUNCTIONS ${arg_EXCLUDE})

    add_custom_command(TARGET ${target} POST_BUILD
        COMMAND ${CMAKE_COMMAND}
            -D "EXECUTABLE=$<TARGET_FILE:${target}>"
            -D "OUTPUT=${functions_file}"
            -D "NAMED=$<JOIN:$<TARGET_PROPERTY:${target},QTSIGNIN_QTEST_NAMED_FUNCTIONS>,,>"
            -P ${QTSIGNIN_QTEST_DISCOVERY_SCRIPT}
        BYPRODUCTS ${functions_file}
        COMMENT "Listing the test functions of ${target}"
        VERBATIM)

    list(PREPEND arg_PROPERTIES WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    _qtsignin_qtest_properties_call(common_properties "\"${arg_PREFIX}\${function}\"" arg_PROPERTIES)
    set(exclude "")
    if(arg_EXCLUDE)
        set(exclude "list(REMOVE_ITEM qtest_functions")
        foreach(function IN LISTS arg_EXCLUDE)
            string(APPEND exclude " [==[${function}]==]")
        endforeach()
        string(APPEND exclude ")\n")
    endif()
    file(WRITE ${tests_file}
        "# Made by qtsignin_add_qtest_functions(${target}) in ${CMAKE_CURRENT_LIST_FILE}.\n"
        "if(NOT EXISTS [==[${functions_file}]==])\n"
        "    add_test([==[${arg_PREFIX}NOT_BUILT]==] [==[${target}_NOT_BUILT]==])\n"
        "    return()\n"
        "endif()\n"
        "include([==[${functions_file}]==])\n"
        "${exclude}"
        "foreach(function IN LISTS qtest_functions)\n"
        "    add_test(\"${arg_PREFIX}\${function}\" \"\${qtest_executable}\" \"\${function}\")\n"
        "    ${common_properties}"
        "endforeach()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${tests_file})
endfunction()

function(qtsignin_set_qtest_function_properties target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FUNCTIONS;PROPERTIES")
    get_target_property(prefix ${target} QTSIGNIN_QTEST_PREFIX)
    get_target_property(tests_file ${target} QTSIGNIN_QTEST_TESTS_FILE)
    if(NOT prefix OR NOT arg_FUNCTIONS OR NOT arg_PROPERTIES)
        message(FATAL_ERROR "qtsignin_set_qtest_function_properties(${target}): needs FUNCTIONS and "
                            "PROPERTIES, after qtsignin_add_qtest_functions(${target})")
    endif()
    set_property(TARGET ${target} APPEND PROPERTY QTSIGNIN_QTEST_NAMED_FUNCTIONS ${arg_FUNCTIONS})
    set(names "")
    foreach(function IN LISTS arg_FUNCTIONS)
        string(APPEND names " [==[${prefix}${function}]==]")
    endforeach()
    string(STRIP "${names}" names)
    _qtsignin_qtest_properties_call(call "${names}" arg_PROPERTIES)
    file(APPEND ${tests_file} "${call}")
endfunction()
