#!/usr/bin/env bash
# Builds the static site into build/web/site (Emscripten, Release).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emscripten finds its JavaScript tools (acorn) only on Debian's node path.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
BUILD=${PREVPLAN_WEB_BUILD:-build/web}
emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target prevplan
echo "build-web: site in $BUILD/site"
