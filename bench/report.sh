#!/usr/bin/env bash
# Times `prevplan-cli report` on demo plans of 1,000, 10,000 and 100,000 children and prints the
# median of several runs. `validate` (load and check the file, no report) is timed alongside, so the
# cost of the report itself is the difference.
#
# usage: bench/report.sh [--runs N] [--sizes "1000 10000 100000"] [--wasm]
#   --wasm  also builds the CLI with Emscripten and times it under node (the "browser build" figure)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
SIZES="1000 10000 100000"
WASM=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --wasm) WASM=1; shift ;;
    *) echo "usage: bench/report.sh [--runs N] [--sizes \"1000 10000\"] [--wasm]" >&2; exit 2 ;;
  esac
done

OUT=bench/out
BUILD=build-bench
mkdir -p "$OUT"

echo "bench: native Release build in $BUILD" >&2
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target prevplan-cli -j"$(nproc)" >/dev/null
CLI="$BUILD/prevplan-cli"
if ! "$CLI" --help | grep -q ' demo '; then
  echo "bench: this prevplan-cli has no 'demo' command to generate the plans" >&2
  exit 1
fi

if [ "$WASM" = 1 ]; then
  echo "bench: Emscripten build in $OUT/wasm" >&2
  bench/build-wasm-cli.sh "$OUT/wasm"
fi

timeit() { python3 bench/timeit.py "$RUNS" "$@"; }
# Emscripten 3.1.6 output tries fetch() on a file path under recent node.
WASM_CLI=(node --no-experimental-fetch "$OUT/wasm/prevplan-cli.js")

header="children   file MB   validate ms   report json ms   report csv ms   report md ms"
[ "$WASM" = 1 ] && header="$header   wasm validate ms   wasm report json ms"
echo "median of $RUNS runs"
echo "$header"
for n in $SIZES; do
  file="$OUT/demo-$n.json"
  [ -s "$file" ] || "$CLI" demo --children "$n" --seed 42 -o "$file"
  mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$file")
  row=$(printf "%8s  %8s  %12s  %15s  %14s  %13s" "$n" "$mb" \
    "$(timeit "$CLI" validate "$file")" \
    "$(timeit "$CLI" report "$file" --format json)" \
    "$(timeit "$CLI" report "$file" --format csv)" \
    "$(timeit "$CLI" report "$file" --format md)")
  if [ "$WASM" = 1 ]; then
    row="$row$(printf "  %17s  %20s" \
      "$(timeit "${WASM_CLI[@]}" validate "$file")" \
      "$(timeit "${WASM_CLI[@]}" report "$file" --format json)")"
  fi
  echo "$row"
done
