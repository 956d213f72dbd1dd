# The browser app: Dear ImGui on GLFW/WebGL2, compiled with Emscripten.
set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui sources (scripts/setup.sh fetches them)")
# The screen font (Inter, regular for text and semibold for titles) and the icons (Fork Awesome),
# from Debian's fonts-inter and fonts-fork-awesome.
set(PREVPLAN_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Inter, the UI font")
set(PREVPLAN_ICON_FONT "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf" CACHE FILEPATH "Fork Awesome")

# Only the glyphs the app draws (the ranges of kTextGlyphs and kTitleGlyphs in src/ui/kit/theme.cpp,
# and the icons of theme::icon): the whole fonts are ~300 KB each, too much for a rural connection.
find_program(PYFTSUBSET pyftsubset PATHS /usr/bin /usr/local/bin REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(PREVPLAN_TEXT_GLYPHS U+0020-007E,U+00A0-00FF,U+0100-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+2190-2193,U+2265,U+2713,U+2717,U+25B2,U+25BC,U+26A0)
# Titles (semibold): Basic Latin, the Romanian letters and the punctuation (kTitleGlyphs); the
# regular face stands in for any other letter.
set(PREVPLAN_TITLE_GLYPHS U+0020-007E,U+00A0,U+00AB,U+00BB,U+00C2,U+00CE,U+00E2,U+00EE,U+0102-0103,U+0218-021B,U+2010-2027,U+2030-203A,U+2190-2193,U+2265,U+2713,U+2717,U+25B2,U+25BC,U+26A0)
set(PREVPLAN_ICON_GLYPHS U+F00C,U+F015,U+F019,U+F023,U+F041,U+F059,U+F05A,U+F067,U+F071,U+F07C,U+F080,U+F093,U+F0AE,U+F0C0,U+F0CB,U+F12E,U+F132,U+F144,U+F15C,U+F1AD,U+F1E0,U+F1F8,U+F201,U+F2B9)
set(PREVPLAN_FONT_SUBSET "")
set(PREVPLAN_FONT_PRELOADS "")
foreach(font inter-regular:${PREVPLAN_FONT_DIR}/Inter-Regular.otf:${PREVPLAN_TEXT_GLYPHS}
             inter-semibold:${PREVPLAN_FONT_DIR}/Inter-SemiBold.otf:${PREVPLAN_TITLE_GLYPHS}
             icons:${PREVPLAN_ICON_FONT}:${PREVPLAN_ICON_GLYPHS})
  string(REPLACE ":" ";" parts "${font}")
  list(GET parts 0 name)
  list(GET parts 1 source)
  list(GET parts 2 glyphs)
  get_filename_component(ext "${source}" LAST_EXT)
  set(out "${CMAKE_BINARY_DIR}/${name}${ext}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${PYFTSUBSET} ${source} --output-file=${out} --no-hinting --desubroutinize
            --layout-features= --name-IDs= --notdef-outline --unicodes=${glyphs}
    DEPENDS ${source} VERBATIM)
  list(APPEND PREVPLAN_FONT_SUBSET ${out})
  # SHELL: CMake would fold the repeated --preload-file into one.
  list(APPEND PREVPLAN_FONT_PRELOADS "SHELL:--preload-file ${out}@/assets/${name}${ext}")
endforeach()
add_custom_target(prevplan_font DEPENDS ${PREVPLAN_FONT_SUBSET})
# The product's version, on the start page (only that file: nothing else rebuilds with it).
set_source_files_properties(src/ui/shell/start_page.cpp PROPERTIES COMPILE_DEFINITIONS PREVPLAN_VERSION="${PROJECT_VERSION}")

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="ui/kit/imgui_config.h")

# Every byte is downloaded on the first visit, often over a slow rural connection (the sizes:
# docs/hosting.md). -Oz after the build type's -Os; no RTTI, since nothing uses dynamic_cast or
# typeid (a thrown type still gets the type info its catch needs): its type names were ~50 KB.
# -flto here and at the link (Emscripten ships LTO system libraries): the linker then inlines and
# drops across files (-23 KB gzip).
set(PREVPLAN_WEB_COMPILE_OPTIONS -fwasm-exceptions -Oz -fno-rtti -flto)
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
# dlmalloc stays: emmalloc would save ~3 KB, but the imports allocate millions of small strings.
# WebGL2 as it is: the OpenGL3 backend draws from buffers (no client-side arrays to emulate) and
# checks no GL errors. The runtime reads only the Module fields boot.js and pre.js set.
set(PREVPLAN_LINK_OPTIONS
  -fwasm-exceptions -Oz -flto -sSUPPORT_LONGJMP=0 -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=0
  -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sINCOMING_MODULE_JS_API=canvas,print,printErr,onRuntimeInitialized,onAbort,preRun,loadSplitModule
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sENVIRONMENT=web -sFILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  --pre-js ${WEB_DIR}/pre.js "SHELL:--pre-js ${WEB_DIR}/touch.js" "SHELL:--pre-js ${WEB_DIR}/deferred.js"
  --post-js ${WEB_DIR}/post.js ${PREVPLAN_FONT_PRELOADS}
  -sSPLIT_MODULE --profiling-funcs -Wno-experimental)

# The wasm in two parts (docs/hosting.md, "The first load"): prevplan.wasm, with only the functions
# web/primary-functions.txt names (what the start page runs), and prevplan.deferred.HASH.wasm with
# the rest, which web/deferred.js fetches after the first frame. -sSPLIT_MODULE gives the runtime
# its placeholders; --profiling-funcs keeps the names the list is matched against, and
# scripts/split-wasm.py drops them from both parts. The named whole module stays beside the site
# (build/web/NAME.names.wasm) for scripts/refresh-primary-list.sh.
find_program(PYTHON3 python3 PATHS /usr/bin /usr/local/bin REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(PREVPLAN_PRIMARY_FUNCTIONS ${WEB_DIR}/primary-functions.txt)

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
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${PREVPLAN_FONT_SUBSET} ${WEB_DIR}/pre.js ${WEB_DIR}/touch.js
               ${WEB_DIR}/deferred.js ${WEB_DIR}/post.js ${PREVPLAN_PRIMARY_FUNCTIONS} ${CMAKE_SOURCE_DIR}/scripts/split-wasm.py)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${PYTHON3} ${CMAKE_SOURCE_DIR}/scripts/split-wasm.py ${CMAKE_BINARY_DIR}/${dir}
            ${PREVPLAN_PRIMARY_FUNCTIONS} ${CMAKE_BINARY_DIR}/${target}.names.wasm
    COMMAND ${TERSER} ${CMAKE_BINARY_DIR}/${dir}/prevplan.js --compress --mangle -o ${CMAKE_BINARY_DIR}/${dir}/prevplan.js
    COMMAND ${CMAKE_COMMAND} -E copy ${SHELL_DIR}/index.html ${SHELL_DIR}/boot.js ${WEB_DIR}/a11y.js
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
