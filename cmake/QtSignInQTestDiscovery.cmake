# Run after each link of a QTest program by qtsignin_add_qtest_functions()
# (QtSignInQTestFunctions.cmake): lists its test functions into OUTPUT, for
# ctest to read.
#
#   cmake -D EXECUTABLE=<program> -D OUTPUT=<file> -D NAMED=<f1,f2,...> -P QtSignInQTestDiscovery.cmake
#
# NAMED: the functions that CMakeLists.txt gives properties of their own or
# excludes; each must exist, so that a rename fails the build instead of
# quietly dropping them.

cmake_minimum_required(VERSION 3.21)

# A listing run, not a test run: no display, no Chromium sandbox (as root),
# and no leak report of an uninstrumented library under ASan.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{QTWEBENGINE_DISABLE_SANDBOX} 1)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${EXECUTABLE}" -functions
    OUTPUT_VARIABLE listing ERROR_VARIABLE errors RESULT_VARIABLE result TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} -functions failed (${result}):\n${listing}${errors}")
endif()

# One function a line, "name()"; QTest leaves out init, cleanup and *_data.
string(REPLACE "\n" ";" lines "${listing}")
set(functions "")
foreach(line IN LISTS lines)
    if(line MATCHES "^([A-Za-z_][A-Za-z0-9_]*)\\(\\)$")
        list(APPEND functions "${CMAKE_MATCH_1}")
    endif()
endforeach()
if(NOT functions)
    message(FATAL_ERROR "${EXECUTABLE} -functions listed no test function:\n${listing}${errors}")
endif()

string(REPLACE "," ";" named "${NAMED}")
foreach(function IN LISTS named)
    if(NOT function IN_LIST functions)
        message(FATAL_ERROR "${EXECUTABLE} has no test function ${function}(), "
                            "which its CMakeLists.txt names: rename or remove it there too")
    endif()
endforeach()

file(WRITE "${OUTPUT}.new"
    "set(qtest_executable [==[${EXECUTABLE}]==])\n"
    "set(qtest_functions [==[${functions}]==])\n")
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
