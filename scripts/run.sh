#!/usr/bin/env bash
# Sets up, builds and serves PrevPlan on 127.0.0.1 (first README command).
# The start screen's "Try the demo" button loads a generated, clearly fictitious commune.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
bash scripts/setup.sh
bash scripts/build-web.sh site  # the test API is only in build/web/site-test
echo
echo "PrevPlan: http://127.0.0.1:${PORT}/"
echo "(Ctrl+C stops the server)"
# Sends each file's .br/.gz copy to a browser that accepts it, as a well-set static host does.
exec python3 scripts/serve.py --port "$PORT" --bind 127.0.0.1 build/web/site >/dev/null
