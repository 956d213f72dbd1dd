#!/usr/bin/env bash
# Sets up, builds and runs every test (second README command; CI runs it too):
# the core's doctest suite natively, then the browser tests against the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== include direction"
python3 scripts/check-layers.py src
python3 scripts/check-bare-text.py src
bash scripts/build-native.sh
bash scripts/build-web.sh
echo "== core tests (doctest)"
./build/native/prevplan-tests
bash scripts/fuzz.sh 20  # libFuzzer with ASan and UBSan, 20 s per target (tests/fuzz)
echo "== browser tests (headless Chromium)"
cd tests/e2e
node --test --test-concurrency=1 ./*.test.mjs
