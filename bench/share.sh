#!/usr/bin/env bash
# Times sharing (not asserted): the plan document of demo communes of 600, 3,000 and 10,000
# children (`export-plan --timings`: the generation alone), and the county roll-up of 100 demo
# communes of 600 children, from workspaces (each report computed) and from DGASPC packages.
#
# usage: bench/share.sh [--communes N]
set -euo pipefail
cd "$(dirname "$0")/.."

COMMUNES=100
[ "${1:-}" = "--communes" ] && COMMUNES=$2

BUILD=build-bench
OUT=bench/out/share
mkdir -p "$OUT"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target prevplan-cli -j"$(nproc)" >/dev/null
CLI="$BUILD/prevplan-cli"

for children in 600 3000 10000; do
  "$CLI" demo --children "$children" --seed 1 -o "$OUT/doc-$children.json" >/dev/null
  "$CLI" export-plan "$OUT/doc-$children.json" --html "$OUT/doc-$children.html" --timings 2>&1 | sed "s/^/$children children: /"
done

for i in $(seq 1 "$COMMUNES"); do
  "$CLI" demo --children 600 --seed "$i" -o "$OUT/commune-$i.json" >/dev/null
  "$CLI" export-package "$OUT/commune-$i.json" -o "$OUT/package-$i.json"
done
"$CLI" rollup "$OUT"/commune-*.json --format csv --timings 2>&1 >/dev/null | sed 's/^/workspaces: /'
"$CLI" rollup "$OUT"/package-*.json --format csv --timings 2>&1 >/dev/null | sed 's/^/packages: /'
