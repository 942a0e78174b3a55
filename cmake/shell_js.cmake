# The page's one script, shell.js: the constants of src/platform/web/seam.h written out as
# JavaScript, then shell/*.js in the order below without their comment lines, all in one
# function (one request, nothing global but window.golmokShell). Each shell/ file adds its part
# to the object `shell`; main.js, last, starts them.
#
# include()d by a CMakeLists: golmok_shell_js(TARGET OUT) adds a target writing OUT.
# Run as a script (cmake -DSOURCE_DIR=… -DOUT=… -P shell_js.cmake): writes OUT.

set(GOLMOK_SHELL_MODULES screen files fields drafts publish device main)

if(NOT CMAKE_SCRIPT_MODE_FILE)
  set(GOLMOK_SHELL_JS_SCRIPT "${CMAKE_CURRENT_LIST_FILE}")
  function(golmok_shell_js target out)
    set(inputs "${PROJECT_SOURCE_DIR}/src/platform/web/seam.h")
    foreach(name IN LISTS GOLMOK_SHELL_MODULES)
      list(APPEND inputs "${PROJECT_SOURCE_DIR}/shell/${name}.js")
    endforeach()
    add_custom_command(OUTPUT "${out}"
      COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" "-DOUT=${out}"
              -P "${GOLMOK_SHELL_JS_SCRIPT}"
      DEPENDS ${inputs} "${GOLMOK_SHELL_JS_SCRIPT}"
      COMMENT "Assembling shell.js"
      VERBATIM)
    add_custom_target(${target} ALL DEPENDS "${out}")
  endfunction()
  return()
endif()

# Every entry of seam.h, X(kName, number) or X(kName, "text"), in the header's order. One the
# pattern misses is caught by tests/platform/web/seam_test.cpp, which looks for each in the output.
file(READ "${SOURCE_DIR}/src/platform/web/seam.h" header)
string(REGEX MATCHALL "X\\(k[A-Za-z0-9]+, (-?[0-9]+|\"[^\"\\\n]*\")\\)" entries "${header}")
set(constants "")
foreach(entry IN LISTS entries)
  string(REGEX REPLACE "^X\\((k[A-Za-z0-9]+), (.*)\\)$" "  \\1: \\2,\n" line "${entry}")
  string(APPEND constants "${line}")
endforeach()
if(constants STREQUAL "")
  message(FATAL_ERROR "seam.h: no X(kName, value) entries found")
endif()

set(text "// golmok's page script, assembled by cmake/shell_js.cmake from src/platform/web/seam.h and\n")
string(APPEND text "// shell/{${GOLMOK_SHELL_MODULES}}.js: edit those, not this.\n")
string(REPLACE ";" "," text "${text}")
string(APPEND text "'use strict';\n\n(function () {\n")
string(APPEND text "// What C++ and this script agree on (src/platform/web/seam.h).\n")
string(APPEND text "const seam = Object.freeze({\n${constants}});\n")
string(APPEND text "const shell = {};  // the script's parts, and the wasm module once it runs\n")
foreach(name IN LISTS GOLMOK_SHELL_MODULES)
  file(READ "${SOURCE_DIR}/shell/${name}.js" part)
  # Lines that are only a comment stay in shell/ (a fifth of the script's bytes gzipped); no
  # line there starts inside a string, so a line starting with // is always a comment.
  string(REGEX REPLACE "(^|\n)[ ]*//[^\n]*" "" part "${part}")
  string(APPEND text "\n// ---- shell/${name}.js${part}")
endforeach()
string(APPEND text "})();\n")
file(WRITE "${OUT}.tmp" "${text}")
file(RENAME "${OUT}.tmp" "${OUT}")
