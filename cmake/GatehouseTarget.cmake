# Common compile settings for every Gatehouse target.
function(gatehouse_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                                             -Wnon-virtual-dtor -Woverloaded-virtual)
    if(GATEHOUSE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(GATEHOUSE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS)
endfunction()

# gatehouse_add_library(name TYPE STATIC SOURCES ... LIBS ...)
function(gatehouse_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    gatehouse_target_defaults(${name})
endfunction()

# gatehouse_add_test(name SOURCES ... LIBS ... [GUI] [KEYRING] [ENV ...])
# One Qt Test executable per class; GUI tests run offscreen; KEYRING tests run inside a private
# D-Bus session with a throwaway gnome-keyring.
function(gatehouse_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
    gatehouse_target_defaults(${name})
    target_compile_definitions(${name} PRIVATE
        GATEHOUSE_SHARED_DIR="${GATEHOUSE_SHARED_DIR}"
        GATEHOUSE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND ${GATEHOUSE_KEYRING_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" ${ARG_ENV})
    if(NOT ARG_KEYRING)
        # Nothing outside the keyring tests may reach a session bus or the user's keychain.
        list(APPEND env "DBUS_SESSION_BUS_ADDRESS=disabled:")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 120)
    endif()
endfunction()

# ---- Translations -----------------------------------------------------------------------------
# gatehouse_tr_sources(OUT LIST_FILE TARGETS t… [EXTRA file…]): the .h and .cpp sources of the
# targets as absolute paths (generated files left out) and the EXTRA files, into OUT for
# qt_add_lupdate, and one per line into LIST_FILE (with -I the project) for lupdate @LIST_FILE in
# tests/models/tst_translations.
function(gatehouse_tr_sources out list_file)
    cmake_parse_arguments(ARG "" "" "TARGETS;EXTRA" ${ARGN})
    set(all)
    foreach(layer ${ARG_TARGETS})
        get_target_property(sources ${layer} SOURCES)
        get_target_property(folder ${layer} SOURCE_DIR)
        list(FILTER sources INCLUDE REGEX "\\.(h|cpp)$")
        list(FILTER sources EXCLUDE REGEX "^/") # generated files (resources)
        list(TRANSFORM sources PREPEND ${folder}/)
        list(APPEND all ${sources})
    endforeach()
    list(APPEND all ${ARG_EXTRA})
    list(JOIN all "\n" lines)
    file(GENERATE OUTPUT ${list_file} CONTENT "-I${PROJECT_SOURCE_DIR}\n${lines}\n")
    set(${out} ${all} PARENT_SCOPE)
endfunction()

# ---- GATEHOUSE_FUZZ ---------------------------------------------------------------------------
# A fuzzing build (clang only): every target in the project gets libFuzzer's coverage
# instrumentation plus ASan and UBSan, so that our own parsers are instrumented; UBSan stops at
# the first finding instead of only logging it. tests/fuzz links its targets with
# -fsanitize=fuzzer (libFuzzer's main).
if(GATEHOUSE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GATEHOUSE_FUZZ needs clang: CC=clang CXX=clang++ cmake -DGATEHOUSE_FUZZ=ON ...")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer -g -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
