# golmok site's contract, run as ctest does: a hostile bundle becomes a site whose pages hold its
# markup only as text, files carry content hashes with .gz copies beside them, a bundle with
# problems writes nothing (the previous site stays), and a missing page file is a usage error.
#   cmake -DGOLMOK=… -DSOURCE=… -DWORK=… -P site_cli.cmake
set(out "${WORK}/site")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# The page's files: any bytes do for this test.
set(assets --asset golmok.js=${SOURCE}/shell/main.js --asset golmok.wasm=${SOURCE}/web/icon.svg
    --asset shell.js=${SOURCE}/shell/main.js --asset shell.css=${SOURCE}/shell/shell.css
    --asset fonts/body.ttf=${SOURCE}/web/icon.svg)

function(run expect)
  execute_process(COMMAND ${GOLMOK} site ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT rc EQUAL expect)
    message(FATAL_ERROR "golmok site ${ARGN}: exit ${rc}, expected ${expect}\n${stdout}${stderr}")
  endif()
  set(output "${stdout}${stderr}" PARENT_SCOPE)
endfunction()

function(require_file path)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "missing ${path}")
  endif()
endfunction()

run(0 --out ${out} --today 2026-11-29 --service-worker ${SOURCE}/web/sw.js ${assets}
    ${SOURCE}/tests/data/hostile/index.json)
foreach(page hostile/index.html hostile/en/index.html hostile/ja/index.html hostile/zh/index.html)
  file(READ "${out}/${page}" html)
  foreach(active "<script>alert" "<img" "<svg" "<iframe" "<style" "<b " "href=\"javascript:" " onerror=\"")
    string(FIND "${html}" "${active}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${page} holds \"${active}\" as markup")
    endif()
  endforeach()
  require_file("${out}/${page}.gz")
endforeach()
# A single district: the root is its page.
file(READ "${out}/index.html" root)
string(FIND "${root}" "<link rel=\"canonical\" href=\"hostile/\">" at)
if(at EQUAL -1)
  message(FATAL_ERROR "index.html is not the only district's page")
endif()
file(GLOB hashed "${out}/golmok.*.js")
if(NOT hashed MATCHES "/golmok\\.[0-9a-f]+\\.js$")
  message(FATAL_ERROR "no content-hashed golmok.js: ${hashed}")
endif()
require_file("${out}/sw.js")
require_file("${out}/robots.txt")
require_file("${out}/data/hostile.json")
if(EXISTS "${out}/sitemap.xml")
  message(FATAL_ERROR "a sitemap without --base-url")
endif()

# A bundle with problems: nothing written, the site above untouched.
file(MAKE_DIRECTORY "${WORK}/bad")
file(COPY "${SOURCE}/tests/data/invalid/bad_link_scheme.json" DESTINATION "${WORK}/bad")
file(WRITE "${WORK}/bad/index.json"
     "{\"format\":1,\"default\":\"test\",\"districts\":[{\"id\":\"test\",\"bundle\":\"bad_link_scheme.json\",\"name\":{\"ko\":\"시험\"}}]}")
run(1 --out ${out} ${assets} ${WORK}/bad/index.json)
if(NOT output MATCHES "bad_link_scheme.json:[0-9]+:[0-9]+: /shops/0/links/0/url: links may only use")
  message(FATAL_ERROR "the problem is not named with its place:\n${output}")
endif()
require_file("${out}/hostile/index.html")

# With a base URL: absolute links and a sitemap; a base URL that is not one is refused.
run(0 --out ${out} --base-url https://example.org/golmok ${assets} ${SOURCE}/data/index.json)
file(READ "${out}/sitemap.xml" sitemap)
string(FIND "${sitemap}" "<loc>https://example.org/golmok/samseon/en/</loc>" at)
if(at EQUAL -1)
  message(FATAL_ERROR "sitemap.xml lacks the district pages:\n${sitemap}")
endif()
run(2 --out ${out} --base-url "javascript:alert(1)" ${assets} ${SOURCE}/data/index.json)
run(2 --out ${out} --asset golmok.js=${SOURCE}/shell/main.js ${SOURCE}/data/index.json)
file(REMOVE_RECURSE "${WORK}")
