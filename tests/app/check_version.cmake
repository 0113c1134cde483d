# Every executable prints "<name> <version>" for --version, with the one project version.
foreach(program IN LISTS PROGRAMS)
    get_filename_component(name "${program}" NAME_WE)
    execute_process(COMMAND "${program}" --version
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} --version exited with ${rc}: ${err}")
    endif()
    if(NOT out MATCHES "^[A-Za-z-]+ ${EXPECTED}$")
        message(FATAL_ERROR "${name} --version printed '${out}', expected '<name> ${EXPECTED}'")
    endif()
    message(STATUS "${name}: ${out}")
endforeach()
