# The browser app: Dear ImGui on GLFW/WebGL2, compiled with Emscripten.
set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui sources (scripts/setup.sh fetches them)")
set(PREVPLAN_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "TTF with Romanian glyphs")

# Only the glyphs the app draws (the ranges of kGlyphRanges in src/app/main_web.cpp): the
# whole font is ~740 KB, too much for a rural connection.
find_program(PYFTSUBSET pyftsubset PATHS /usr/bin /usr/local/bin REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(PREVPLAN_FONT_SUBSET "${CMAKE_BINARY_DIR}/font.ttf")
add_custom_command(OUTPUT ${PREVPLAN_FONT_SUBSET}
  COMMAND ${PYFTSUBSET} ${PREVPLAN_FONT} --output-file=${PREVPLAN_FONT_SUBSET} --no-hinting --desubroutinize
          --layout-features= --name-IDs=* --notdef-outline
          --unicodes=U+0020-00FF,U+0100-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+2190-2193,U+2713-2717,U+25B2-25BC,U+26A0
  DEPENDS ${PREVPLAN_FONT} VERBATIM)
add_custom_target(prevplan_font DEPENDS ${PREVPLAN_FONT_SUBSET})

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="ui/kit/imgui_config.h")

# Every byte is downloaded on the first visit, often over a slow rural connection (the sizes:
# docs/hosting.md). -Oz after the build type's -Os; no RTTI, since nothing uses dynamic_cast or
# typeid (a thrown type still gets the type info its catch needs): its type names were ~50 KB.
set(PREVPLAN_WEB_COMPILE_OPTIONS -fwasm-exceptions -Oz -fno-rtti)
target_compile_options(imgui PUBLIC ${PREVPLAN_WEB_COMPILE_OPTIONS})
target_compile_options(prevplan_core PRIVATE ${PREVPLAN_WEB_COMPILE_OPTIONS})

# The app is compiled once and linked twice: `prevplan`, the site (build/web/site), and
# `prevplan-test` (build/web/site-test), which adds the test API the browser tests drive: the C
# functions of src/platform/web/test/ and web/test_api.js. The site has neither, so no script on
# its page can call a function that dumps the workspace.
file(GLOB PREVPLAN_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp src/ui/*/*.cpp src/platform/*.cpp src/platform/web/*.cpp)
add_library(prevplan_app OBJECT ${PREVPLAN_APP_SOURCES})
target_link_libraries(prevplan_app PUBLIC prevplan_core imgui)
# EM_JS names its JavaScript helpers with a '$'.
target_compile_options(prevplan_app PRIVATE -Wall -Wextra -Wpedantic -Wno-dollar-in-identifier-extension)

set(WEB_DIR "${CMAKE_SOURCE_DIR}/web")
set(SHELL_DIR "${CMAKE_SOURCE_DIR}/shell")
# No eval (the page's CSP forbids it anyway), and TextDecoder is in every browser with WebGL2.
# dlmalloc stays: emmalloc would save ~5 KB, but the imports allocate millions of small strings.
set(PREVPLAN_LINK_OPTIONS
  -fwasm-exceptions -Oz -sSUPPORT_LONGJMP=0 -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sENVIRONMENT=web -sFILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  --pre-js ${WEB_DIR}/pre.js --post-js ${WEB_DIR}/post.js
  --preload-file ${PREVPLAN_FONT_SUBSET}@/assets/font.ttf)

# Emscripten 3.1.6 only strips the whitespace of its JavaScript (Debian's closure compiler is
# too old for it): terser mangles the local names and compresses it, ~15% less gzip. Not
# --toplevel: the page's boot.js and the browser tests reach the global Module by name.
find_program(TERSER terser PATHS /usr/bin /usr/local/bin REQUIRED NO_CMAKE_FIND_ROOT_PATH)

# One static site: the shell page and its script, manifest and icon next to the
# .js/.wasm/.data (the page's Content-Security-Policy allows only these files).
function(prevplan_site target dir)
  target_link_libraries(${target} PRIVATE prevplan_core imgui)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME prevplan SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${dir}")
  target_link_options(${target} PRIVATE ${PREVPLAN_LINK_OPTIONS} ${ARGN})
  add_dependencies(${target} prevplan_font)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${PREVPLAN_FONT_SUBSET} ${WEB_DIR}/pre.js ${WEB_DIR}/post.js)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${TERSER} ${CMAKE_BINARY_DIR}/${dir}/prevplan.js --compress --mangle -o ${CMAKE_BINARY_DIR}/${dir}/prevplan.js
    COMMAND ${CMAKE_COMMAND} -E copy ${SHELL_DIR}/index.html ${SHELL_DIR}/boot.js
            ${CMAKE_SOURCE_DIR}/assets/manifest.webmanifest ${CMAKE_SOURCE_DIR}/assets/icon.svg ${CMAKE_BINARY_DIR}/${dir}/)
endfunction()

add_executable(prevplan $<TARGET_OBJECTS:prevplan_app>)
prevplan_site(prevplan site)

file(GLOB PREVPLAN_TEST_API_SOURCES CONFIGURE_DEPENDS src/platform/web/test/*.cpp)
add_executable(prevplan-test $<TARGET_OBJECTS:prevplan_app> ${PREVPLAN_TEST_API_SOURCES})
target_compile_options(prevplan-test PRIVATE -Wall -Wextra -Wpedantic)
# SHELL: keeps the second --pre-js (CMake folds repeated link options into one).
prevplan_site(prevplan-test site-test "SHELL:--pre-js ${WEB_DIR}/test_api.js")
set_property(TARGET prevplan-test APPEND PROPERTY LINK_DEPENDS ${WEB_DIR}/test_api.js)
