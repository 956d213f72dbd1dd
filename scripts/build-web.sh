#!/usr/bin/env bash
# Builds the static site into build/web/site (Emscripten, optimised for size: the users
# are often on slow rural connections), and the same site with the browser tests' API into
# build/web/site-test (the app is compiled once and linked twice).
#   bash scripts/build-web.sh          both
#   bash scripts/build-web.sh site     the site only (what scripts/run.sh serves and a host publishes)
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emscripten finds its JavaScript tools (acorn) only on Debian's node path.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
BUILD=${PREVPLAN_WEB_BUILD:-build/web}
case "${1:-all}" in
  site) TARGETS=(prevplan) ;;
  all) TARGETS=(prevplan prevplan-test) ;;
  *) echo "usage: build-web.sh [site|all]" >&2; exit 2 ;;
esac
emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target "${TARGETS[@]}"
echo "build-web: site in $BUILD/site"
[[ ${#TARGETS[@]} -gt 1 ]] && echo "build-web: test site (with the test API) in $BUILD/site-test"
exit 0
