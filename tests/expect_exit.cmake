# Runs CMD with ARGS and fails unless it exits with EXPECT (ctest only knows zero and non-zero).
execute_process(COMMAND ${CMD} ${ARGS} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL EXPECT)
  message(FATAL_ERROR "${CMD} ${ARGS}: exit status ${rc}, expected ${EXPECT}")
endif()
