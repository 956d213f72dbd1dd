#!/usr/bin/env bash
# Builds the core library, its tests and prevplan-cli natively into build/native.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${PREVPLAN_NATIVE_BUILD:-build/native}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
