# Fails when a C++ file of the project differs from what .clang-format asks for.
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/lib/*.cpp" "${SOURCE_DIR}/lib/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE status ERROR_VARIABLE complaints)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "Run clang-format -i on these files:\n${complaints}")
endif()
list(LENGTH files count)
message(STATUS "clang-format: ${count} files are formatted")
