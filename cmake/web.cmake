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
          --unicodes=U+0020-00FF,U+0100-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+2190-2193,U+2713-2717,U+25B2-25BC
  DEPENDS ${PREVPLAN_FONT} VERBATIM)
add_custom_target(prevplan_font DEPENDS ${PREVPLAN_FONT_SUBSET})

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="ui/kit/imgui_config.h")
target_compile_options(imgui PUBLIC -fwasm-exceptions)

target_compile_options(prevplan_core PRIVATE -fwasm-exceptions)

file(GLOB PREVPLAN_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp src/ui/*/*.cpp src/platform/*.cpp src/platform/web/*.cpp)
add_executable(prevplan ${PREVPLAN_APP_SOURCES})
target_link_libraries(prevplan PRIVATE prevplan_core imgui)
# EM_JS names its JavaScript helpers with a '$'.
target_compile_options(prevplan PRIVATE -Wall -Wextra -Wpedantic -Wno-dollar-in-identifier-extension)
set_target_properties(prevplan PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/site")

set(WEB_DIR "${CMAKE_SOURCE_DIR}/web")
target_link_options(prevplan PRIVATE
  -fwasm-exceptions -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sENVIRONMENT=web -sFILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  --pre-js ${WEB_DIR}/pre.js --post-js ${WEB_DIR}/post.js
  --preload-file ${PREVPLAN_FONT_SUBSET}@/assets/font.ttf)
add_dependencies(prevplan prevplan_font)
set_property(TARGET prevplan APPEND PROPERTY LINK_DEPENDS ${PREVPLAN_FONT_SUBSET}
  ${WEB_DIR}/pre.js ${WEB_DIR}/post.js)

# The static site: shell page, manifest and icon next to the .js/.wasm/.data.
add_custom_command(TARGET prevplan POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/shell/index.html ${CMAKE_BINARY_DIR}/site/index.html
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/assets/manifest.webmanifest ${CMAKE_BINARY_DIR}/site/
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/assets/icon.svg ${CMAKE_BINARY_DIR}/site/)
