#!/usr/bin/env bash
# Big communes (10,000 and 50,000 children) measured in headless Chromium, with DuckDB-wasm beside
# PrevPlan on the same Observatory CSV: one markdown table on stdout, raw samples in bench/out/.
# Builds nothing: run scripts/build-native.sh and scripts/build-web.sh first.
#
# usage: bench/big.sh [--runs 3] [--sizes "10000 50000"] [--csv-rows "10000 100000"]
#                     [--report-sizes "10000 50000 100000"] [--duck-sizes "10000 100000"] [--no-duckdb]
#                     [--steps load,commune,csv,report,duck]
set -euo pipefail
cd "$(dirname "$0")/.."
for need in build/native/prevplan-cli build/web/site-test/index.html; do
  [ -e "$need" ] || { echo "big.sh: $need is missing (build it first)" >&2; exit 2; }
done
[ -d tests/e2e/node_modules/playwright-core ] || { echo "big.sh: tests/e2e needs npm install (playwright-core)" >&2; exit 2; }
# DuckDB-wasm lives in bench/node_modules only: the tests and CI never need it.
if [[ " $* " != *" --no-duckdb "* ]] && [ ! -d bench/node_modules/@duckdb/duckdb-wasm ]; then
  (cd bench && npm ci --no-audit --no-fund >&2) || echo "big.sh: npm ci failed; the DuckDB rows will say n/a" >&2
fi
exec node bench/big.mjs "$@"
