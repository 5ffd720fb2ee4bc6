# Writes qtsignin's completion scripts and man page with the program just
# built: cmake -DPROGRAM=path/to/qtsignin -DOUTPUT_DIR=dir -P GenerateReference.cmake
#
# The C locale, so that the help texts, which qtsignin translates at run
# time, come out in English; no display is needed.
set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(run_qtsignin output)
    get_filename_component(folder "${output}" DIRECTORY)
    file(MAKE_DIRECTORY "${folder}")
    execute_process(COMMAND "${PROGRAM}" ${ARGN}
        OUTPUT_FILE "${output}.new"
        ERROR_VARIABLE error
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "qtsignin ${ARGN} failed (${result}): ${error}")
    endif()
    file(RENAME "${output}.new" "${output}")
endfunction()

run_qtsignin("${OUTPUT_DIR}/bash/qtsignin" completion bash)
run_qtsignin("${OUTPUT_DIR}/zsh/_qtsignin" completion zsh)
run_qtsignin("${OUTPUT_DIR}/fish/qtsignin.fish" completion fish)
run_qtsignin("${OUTPUT_DIR}/man/qtsignin.1" --man)

# Debian Policy 12.1: man pages compressed with gzip -9, and -n leaves out
# the name and time, so that the same page gives the same file.
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND "${GZIP}" -9nc "${OUTPUT_DIR}/man/qtsignin.1"
    OUTPUT_FILE "${OUTPUT_DIR}/man/qtsignin.1.gz"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT_DIR}/man/qtsignin.1 failed")
endif()
