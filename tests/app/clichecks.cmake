# Helpers of the stockroom-cli end-to-end checks (cmake -P scripts). Set CLI, WORK_DIR and db
# before including; set CLI_REFUSAL_PREFIX to also demand that a refusal is one stderr line
# starting with it, and nothing on stdout.

# run(<expected exit> <output var> args...): runs stockroom-cli --db ${db} args.
function(run expected outvar)
    execute_process(COMMAND "${CLI}" --db "${db}" ${ARGN}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL "${expected}")
        message(FATAL_ERROR "stockroom-cli ${ARGN}: exit ${rc}, expected ${expected}\nstdout: ${out}\nstderr: ${err}")
    endif()
    if(DEFINED CLI_REFUSAL_PREFIX AND NOT expected STREQUAL "0")
        string(STRIP "${err}" stripped)
        if(NOT out STREQUAL "" OR stripped MATCHES "\n" OR NOT stripped MATCHES "^${CLI_REFUSAL_PREFIX}")
            message(FATAL_ERROR "stockroom-cli ${ARGN}: expected one error line, got\nstdout: ${out}\nstderr: ${err}")
        endif()
    endif()
    set(${outvar} "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect_match text regex what)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${what}: expected to match '${regex}', got:\n${text}")
    endif()
endfunction()

function(expect_equal actual expected what)
    if(NOT "${actual}" STREQUAL "${expected}")
        message(FATAL_ERROR "${what}: got '${actual}', expected '${expected}'")
    endif()
endfunction()
