#!/usr/bin/env bash
# Builds prevplan-cli with Emscripten into DIR/prevplan-cli.js (+ .wasm), to run under node with
# the real file system: the same core code the browser app runs, timed outside a browser.
#
# usage: bench/build-wasm-cli.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:?usage: bench/build-wasm-cli.sh DIR}
mkdir -p "$DIR"

# Debian's emcc needs its acorn module, which node does not search by default.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# The cross compiler must not see the host's /usr/include: expose only nlohmann/json.
INCLUDE=.deps/include
if [ ! -e "$INCLUDE/nlohmann/json.hpp" ]; then
  INCLUDE="$DIR/include"
  header=$(echo '#include <nlohmann/json.hpp>' | g++ -std=c++17 -x c++ -M - | tr ' ' '\n' | grep -m1 'nlohmann/json.hpp$')
  mkdir -p "$INCLUDE"
  ln -sfn "$(dirname "$header")" "$INCLUDE/nlohmann"
fi

# One object per source, rebuilt when the source or any header is newer.
shopt -s nullglob  # src/core has no sources of its own any more, only folders
objects=()
for src in src/core/*.cpp src/core/*/*.cpp src/cli/*.cpp; do
  obj="$DIR/obj/${src//\//_}.o"
  objects+=("$obj")
  if [ "$obj" -nt "$src" ] && [ -z "$(find src -name '*.h' -newer "$obj" -print -quit)" ]; then continue; fi
  mkdir -p "$DIR/obj"
  em++ -std=c++17 -O2 -fwasm-exceptions -Isrc -isystem "$INCLUDE" -c "$src" -o "$obj"
done
em++ -O2 -fwasm-exceptions -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1 -sENVIRONMENT=node \
  "${objects[@]}" -o "$DIR/prevplan-cli.js"
