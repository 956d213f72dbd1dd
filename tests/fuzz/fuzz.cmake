# libFuzzer harnesses over the core (scripts/fuzz.sh): the core and one executable per
# tests/fuzz/fuzz_*.cpp, all with AddressSanitizer and UndefinedBehaviorSanitizer. Configured
# with -DPREVPLAN_FUZZ=ON in a build directory of its own; clang only.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "PREVPLAN_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
endif()

set(PREVPLAN_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_compile_options(prevplan_core PRIVATE ${PREVPLAN_SANITIZERS} -fsanitize=fuzzer-no-link)

file(GLOB PREVPLAN_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.cpp)
foreach(source ${PREVPLAN_FUZZ_SOURCES})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE prevplan_core)
  target_compile_options(${name} PRIVATE ${PREVPLAN_SANITIZERS} -fsanitize=fuzzer -Wall -Wextra -Wpedantic)
  target_link_options(${name} PRIVATE ${PREVPLAN_SANITIZERS} -fsanitize=fuzzer)
endforeach()
