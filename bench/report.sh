#!/usr/bin/env bash
# Times `prevplan-cli report` on demo plans of 1,000, 10,000 and 100,000 children and prints the
# median of several runs: the whole process, and apart the loading of the file, the report's
# computation and its formatting (as `report --timings` measures them). The computation is given
# cold (the first in the process), warm (computed again), and through the cache the report screen
# keeps: its first computation, after one household is edited, after one is added, and one
# village's report, and the report on another date counted from the cache's household records
# (src/core/report/household_record.h). Plans past 20,000 children go through the Observatory CSV:
# the full demo workspace would pass the 100 MB limit on files.
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
# Median wall time, then the load / compute / format figures `report --timings` prints.
time_report() {
  timeit --field load --field compute --field format --field warm --field first --field edit --field added \
    --field village --field "another date" "$@" --timings --repeat 5
}

echo "median of $RUNS runs, in ms; wall = whole process, load = read and validate the file,"
echo "compute = the report itself (src/core/report/report.h): cold, warm; through the cache: first, after one edit,"
echo "after one added, one village, another date (from the records); json/csv/md = formatting"
cols() { printf "%8s %8s %8s %6s %6s %6s %6s %6s %6s" "$@"; }
header="$(printf "%8s %8s | " children "file MB")$(cols wall load cold warm first edit added village date)$(printf " %6s %6s %6s" json csv md)"
[ "$WASM" = 1 ] && header="$header | wasm $(cols wall load cold warm first edit added village date)"
echo "$header"
for n in $SIZES; do
  file="$OUT/demo-$n.json"
  if [ ! -s "$file" ]; then
    if [ "$n" -le 20000 ]; then
      "$CLI" demo --children "$n" --seed 42 -o "$file" >&2
    else
      "$CLI" demo --children "$n" --seed 42 -o "$OUT/demo-$n.csv" >&2
      "$CLI" import-csv "$OUT/demo-$n.csv" -o "$file" --county 22 --commune Demonstrativă >&2
    fi
  fi
  mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$file")
  read -r wall load cold json warm first edit added village date <<<"$(time_report "$CLI" report "$file" --format json)"
  read -r _ _ _ csv _ <<<"$(time_report "$CLI" report "$file" --format csv)"
  read -r _ _ _ md _ <<<"$(time_report "$CLI" report "$file" --format md)"
  row="$(printf "%8s %8s | " "$n" "$mb")$(cols "$wall" "$load" "$cold" "$warm" "$first" "$edit" "$added" "$village" "$date")"
  row="$row$(printf " %6s %6s %6s" "$json" "$csv" "$md")"
  if [ "$WASM" = 1 ]; then
    read -r wall load cold _ warm first edit added village date <<<"$(time_report "${WASM_CLI[@]}" report "$file" --format json)"
    row="$row | wasm $(cols "$wall" "$load" "$cold" "$warm" "$first" "$edit" "$added" "$village" "$date")"
  fi
  echo "$row"
done
