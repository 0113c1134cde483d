# Shared CMake helpers: warnings, layering guards and test registration.

set(STOCKROOM_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)

# Applies the project's warning flags (and -Werror when STOCKROOM_WERROR is on) to a target.
function(stockroom_set_warnings target)
    target_compile_options(${target} PRIVATE ${STOCKROOM_WARNING_FLAGS})
    if(STOCKROOM_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Makes including any header of the given Qt modules a compile error in a target's own
# sources, even when the module reaches the target transitively. Every public header of a
# Qt module includes <QtModule/qtmoduleglobal.h> first; a header of that name placed ahead
# of Qt's include path stops the build with a message naming the rule (DESIGN.md section 2).
function(stockroom_forbid_qt_modules target)
    set(dir "${CMAKE_BINARY_DIR}/layering/${target}")
    foreach(module IN LISTS ARGN)
        string(TOLOWER "${module}" lower)
        set(message "#error \"${target} must not use Qt${module} (layering rule of DESIGN.md section 2)\"\n")
        file(CONFIGURE OUTPUT "${dir}/Qt${module}/qt${lower}global.h" CONTENT "${message}")
        file(CONFIGURE OUTPUT "${dir}/Qt${module}/Qt${module}" CONTENT "${message}")
        file(CONFIGURE OUTPUT "${dir}/Qt${module}/Qt${module}Depends" CONTENT "${message}")
        file(CONFIGURE OUTPUT "${dir}/Qt${module}" CONTENT "${message}")
    endforeach()
    target_include_directories(${target} BEFORE PRIVATE "${dir}")
    set_property(TARGET ${target} APPEND PROPERTY STOCKROOM_FORBIDDEN_QT_MODULES ${ARGN})
endfunction()

# Defines a Stockroom library target for one folder of DESIGN.md section 2.
#   stockroom_add_library(<target> SOURCES ... [PUBLIC_LINK ...] [PRIVATE_LINK ...]
#                         [FORBID_QT ...] [NO_ASCII_CASTS])
function(stockroom_add_library target)
    cmake_parse_arguments(arg "NO_ASCII_CASTS" "" "SOURCES;PUBLIC_LINK;PRIVATE_LINK;FORBID_QT" ${ARGN})
    add_library(${target} STATIC ${arg_SOURCES})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${arg_PUBLIC_LINK} PRIVATE ${arg_PRIVATE_LINK})
    if(arg_NO_ASCII_CASTS)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
    endif()
    if(arg_FORBID_QT)
        stockroom_forbid_qt_modules(${target} ${arg_FORBID_QT})
    endif()
    stockroom_set_warnings(${target})
endfunction()

# Registers one QtTest executable with ctest; it runs offscreen with its own settings.
#   stockroom_add_test(<name> SOURCES ... LIBRARIES ... [LABELS ...])
function(stockroom_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt::Test ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        STOCKROOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        STOCKROOM_BINARY_DIR="${PROJECT_BINARY_DIR}")
    stockroom_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;STOCKROOM_TOKEN_STORE=file"
        LABELS "${arg_LABELS}"
        TIMEOUT 300)
endfunction()

# Registers a ctest check that compiling <source> with the include path and links of
# <target> fails with <expected> in the compiler's output: proof that the target's layering
# guard holds.
function(stockroom_add_layering_probe name target source expected)
    set(probe "layering_probe_${name}")
    add_library(${probe} OBJECT EXCLUDE_FROM_ALL "${source}")
    target_include_directories(${probe} BEFORE PRIVATE
        "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
    target_link_libraries(${probe} PRIVATE "$<TARGET_PROPERTY:${target},LINK_LIBRARIES>")
    add_test(NAME layering.${name}
        COMMAND "${CMAKE_COMMAND}" --build "${CMAKE_BINARY_DIR}" --target ${probe})
    set_tests_properties(layering.${name} PROPERTIES
        PASS_REGULAR_EXPRESSION "${expected}"
        RESOURCE_LOCK build_tree
        LABELS layering)
endfunction()
