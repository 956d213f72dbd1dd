#!/usr/bin/env bash
# Builds the static site into build/web/site (Emscripten, optimised for size: the users
# are often on slow rural connections).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emscripten finds its JavaScript tools (acorn) only on Debian's node path.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
BUILD=${PREVPLAN_WEB_BUILD:-build/web}
emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target prevplan
echo "build-web: site in $BUILD/site"
