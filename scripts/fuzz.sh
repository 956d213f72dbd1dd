#!/usr/bin/env bash
# Fuzzes the core with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer (tests/fuzz):
#   bash scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]
# Targets: workspace package observatory inventory envelope bucket (default: all, 60 s each).
# PREVPLAN_FUZZ_KEEP_CORPUS=1 keeps each target's corpus from the previous run.
# Builds build/fuzz with clang, seeds a scratch corpus per target from tests/data (the lists in
# tests/fuzz/<target>.seeds), fuzzes each target for the given time, then replays every former
# crash in tests/fuzz/regressions/<target>/. Exits non-zero on any crash; a new crashing input is
# kept in build/fuzz/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${PREVPLAN_FUZZ_BUILD:-build/fuzz}
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(workspace package observatory inventory envelope bucket)

# The longest input each target is given: a workspace or package file, a CSV, an envelope, a bucket.
declare -A MAX_LEN=([workspace]=32768 [package]=32768 [observatory]=16384 [inventory]=8192 [envelope]=4096 [bucket]=16384)
declare -A DICT=([workspace]=json [package]=json [observatory]=csv [inventory]=csv [envelope]=json [bucket]=bucket)
for t in "${TARGETS[@]}"; do
  [ -n "${MAX_LEN[$t]:-}" ] || { echo "fuzz: unknown target '$t' (${!MAX_LEN[*]})" >&2; exit 2; }
done

CXX=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}
[ -n "$CXX" ] || { echo "fuzz: clang++ not found (bash scripts/setup.sh installs clang-14)" >&2; exit 2; }
cmake -S . -B "$BUILD" -DPREVPLAN_FUZZ=ON -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$BUILD/crashes" "$BUILD/logs"

# What went wrong, from a libFuzzer log: the sanitizer's or exception's message and the first
# frames in PrevPlan's code.
summary() {
  grep -E "ERROR: AddressSanitizer|runtime error|what\(\)|ERROR: libFuzzer: (timeout|out-of-memory)" "$1" | head -n 2 | sed "s/^ */  /" || true
  grep -E "#[0-9]+ 0x[0-9a-f]+ in prevplan::" "$1" | head -n 3 | sed -E "s/^ *#[0-9]+ 0x[0-9a-f]+ in /    at /" || true
}
failed=()

for t in "${TARGETS[@]}"; do
  bin="$BUILD/fuzz_$t"
  corpus="$BUILD/corpus/$t"
  # A fresh corpus each run keeps a short run short (libFuzzer first replays the whole corpus,
  # whatever the time limit); PREVPLAN_FUZZ_KEEP_CORPUS=1 lets it grow over long runs.
  [ "${PREVPLAN_FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "$corpus"
  mkdir -p "$corpus"
  # The seeds: every file the list's patterns match (paths from the repository's root).
  while read -r pattern; do
    [[ -z "$pattern" || "$pattern" == \#* ]] && continue
    for f in $pattern; do [ -f "$f" ] && cp -n "$f" "$corpus/"; done
  done <"tests/fuzz/$t.seeds"
  log="$BUILD/logs/$t.log"
  echo "== fuzz $t: ${SECONDS_PER_TARGET} s, $(ls "$corpus" | wc -l) corpus files"
  if ! "$bin" -max_total_time="$SECONDS_PER_TARGET" -max_len="${MAX_LEN[$t]}" -timeout=10 -rss_limit_mb=2560 \
      -dict="tests/fuzz/${DICT[$t]}.dict" -artifact_prefix="$BUILD/crashes/$t-" -print_final_stats=1 \
      "$corpus" >"$log" 2>&1; then
    summary "$log"
    crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    echo "fuzz $t: CRASH (log $log)"
    [ -n "$crash" ] && echo "  input: $crash — minimise it ($bin -minimize_crash=1 -runs=20000 $crash)" \
      "and add it to tests/fuzz/regressions/$t/ once the core handles it"
    failed+=("$t")
  else
    grep -E "^stat::number_of_executed_units|^Done" "$log" | head -n 2 | sed "s/^/  /"
  fi

  # Former crashes, each run once.
  regressions="tests/fuzz/regressions/$t"
  [ -d "$regressions" ] || continue
  for f in "$regressions"/*; do
    [ -f "$f" ] || continue
    if ! "$bin" -runs=0 -timeout=10 -rss_limit_mb=2560 "$f" >"$log.replay" 2>&1; then
      echo "fuzz $t: regression $(basename "$f") crashes again:"
      summary "$log.replay"
      failed+=("$t/$(basename "$f")")
    fi
  done
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ok (${TARGETS[*]})"
