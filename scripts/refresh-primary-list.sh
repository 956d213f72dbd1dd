#!/usr/bin/env bash
# Remakes web/primary-functions.txt, the functions the first part of the wasm keeps
# (docs/hosting.md, "The first load"): after `bash scripts/build-web.sh`, it instruments both sites' whole modules
# (wasm-split --instrument on build/web/NAME.names.wasm), runs them in headless Chromium through
# the start page as a first visit, as a returning user and as the browser tests start
# (tests/e2e/split-profile.mjs), and lists every function that ran. Run it after a change to what
# the start page draws, then build again and commit the list; CI never runs it (it needs the
# browser), and a stale list only makes the first load heavier or the deferred part needed sooner.
#   bash scripts/refresh-primary-list.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${PREVPLAN_WEB_BUILD:-build/web}
FEATURES=(--mvp-features --enable-exception-handling --enable-mutable-globals)
for name in prevplan prevplan-test; do
  [[ -f $BUILD/$name.names.wasm ]] || { echo "refresh-primary-list: build both sites first (bash scripts/build-web.sh)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in prevplan:site prevplan-test:site-test; do
  name=${target%%:*} dir=${target#*:}
  mkdir -p "$work/$dir"
  cp "$BUILD/$dir"/* "$work/$dir/"
  rm -f "$work/$dir"/*.gz "$work/$dir"/*.br "$work/$dir"/sw.js "$work/$dir"/prevplan.deferred.*
  wasm-split "${FEATURES[@]}" --instrument "$BUILD/$name.names.wasm" -o "$work/$dir/prevplan.wasm"
done
(cd tests/e2e && node split-profile.mjs "$work/site" "$work/site-test" "$work")
# The functions each profile saw run, as wasm-split names them.
kept() {
  wasm-split "${FEATURES[@]}" "$1" --profile="$2" --export-prefix=% -o1 "$work/p.wasm" -o2 "$work/d.wasm" -v 2>&1 |
    sed -n 's/^Keeping functions: //p' | sed 's/, /\n/g'
}
wasm-split "${FEATURES[@]}" --merge-profiles "$work/site-first.prof" "$work/site-returning.prof" -o "$work/site.prof"
{ kept "$BUILD/prevplan.names.wasm" "$work/site.prof"; kept "$BUILD/prevplan-test.names.wasm" "$work/test.prof"; } >"$work/names.txt"
python3 - "$work/names.txt" web/primary-functions.txt <<'PY'
import importlib.util, pathlib, sys
spec = importlib.util.spec_from_file_location("split_wasm", "scripts/split-wasm.py")
split_wasm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(split_wasm)
names = {n for n in pathlib.Path(sys.argv[1]).read_text().splitlines() if n}
target = pathlib.Path(sys.argv[2])
header = [line for line in target.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
lines = sorted({split_wasm.list_line(n) for n in names})
target.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
print(f"refresh-primary-list: {len(lines)} functions in {target}")
PY
echo "refresh-primary-list: build again (bash scripts/build-web.sh) to split with the new list"
