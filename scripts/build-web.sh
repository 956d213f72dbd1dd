#!/usr/bin/env bash
# Builds the static site into build/web/site (Emscripten, optimised for size: the users
# are often on slow rural connections), and the same site with the browser tests' API into
# build/web/site-test (the app is compiled once and linked twice). Beside each site file it
# writes `name.gz` (gzip -9) and `name.br` (brotli -q 11), which scripts/serve.py and a static
# host send to the browsers that accept them (docs/hosting.md), and prints the sizes.
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

# Compresses the files of a site folder that changed since the last run, drops the compressed
# copies of files that are gone, and prints what a first visit downloads.
precompress() {
  local dir=$1 f raw gz br total_raw=0 total_gz=0 total_br=0 first_raw=0 first_gz=0 first_br=0
  for f in "$dir"/*.gz "$dir"/*.br; do
    [[ -e $f && ! -e ${f%.*} ]] && rm -f "$f"
  done
  printf 'build-web: %-22s %10s %10s %10s\n' "$(basename "$dir")/" raw gzip brotli
  for f in "$dir"/*; do
    [[ $f == *.gz || $f == *.br ]] && continue
    # -n: no name or time inside, so that the same file compresses to the same bytes.
    [[ $f.gz -nt $f ]] || gzip -9 -n -c "$f" >"$f.gz"
    [[ $f.br -nt $f ]] || brotli -q 11 -f -o "$f.br" "$f"
    raw=$(stat -c %s "$f") gz=$(stat -c %s "$f.gz") br=$(stat -c %s "$f.br")
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    # The first load: all but the deferred wasm and the service worker, which come after the first frame.
    if [[ $(basename "$f") != prevplan.deferred.* && $(basename "$f") != sw.js ]]; then
      first_raw=$((first_raw + raw)) first_gz=$((first_gz + gz)) first_br=$((first_br + br))
    fi
    printf 'build-web: %-22s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
  done
  printf 'build-web: %-22s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
  printf 'build-web: %-22s %10d %10d %10d\n' "first load" "$first_raw" "$first_gz" "$first_br"
}

# The service worker that keeps a site offline (web/sw.js), stamped with the site's files and a
# version hashed from them; written after the compression above, so it compresses its own copies.
stamp_worker() {
  python3 scripts/stamp-worker.py "$1"
  gzip -9 -n -c "$1/sw.js" >"$1/sw.js.gz"
  brotli -q 11 -f -o "$1/sw.js.br" "$1/sw.js"
}

emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target "${TARGETS[@]}"
precompress "$BUILD/site"
[[ ${#TARGETS[@]} -gt 1 ]] && precompress "$BUILD/site-test"
stamp_worker "$BUILD/site"
[[ ${#TARGETS[@]} -gt 1 ]] && stamp_worker "$BUILD/site-test"
echo "build-web: site in $BUILD/site"
[[ ${#TARGETS[@]} -gt 1 ]] && echo "build-web: test site (with the test API) in $BUILD/site-test"
exit 0
