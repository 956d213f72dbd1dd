#!/usr/bin/env bash
# Installs everything PrevPlan needs on a fresh Debian (bookworm) machine.
# Idempotent: every step checks before it acts. Only Debian packages and npm are used.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPS="$ROOT/.deps"
mkdir -p "$DEPS"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  build-essential cmake python3 xz-utils
  emscripten binaryen terser brotli
  nlohmann-json3-dev doctest-dev
  clang-14 libclang-rt-14-dev
  fonts-inter fonts-fork-awesome fonttools
  chromium nodejs npm
  poppler-utils
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  apt_updated=1
  # npm from Debian conflicts with a NodeSource node that already brings npm.
  if command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/npm}")
  fi
  if command -v node >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}")
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends ${missing[*]}
fi

# Dear ImGui sources (imgui.cpp etc.) exist only in Debian's source package.
IMGUI_DIR="$DEPS/imgui"
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  SRC_LIST=/etc/apt/sources.list.d/prevplan-src.sources
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$SRC_LIST" >/dev/null
    else
      grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $SUDO tee /etc/apt/sources.list.d/prevplan-src.list >/dev/null
    fi
    apt_updated=0
  fi
  [ "$apt_updated" = 1 ] || $SUDO apt-get update -qq
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null)
  tarball=$(ls "$tmp"/imgui_*.orig.tar.* | head -n1)
  rm -rf "$IMGUI_DIR" && mkdir -p "$IMGUI_DIR"
  tar -xf "$tarball" -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
  echo "setup: ImGui sources in .deps/imgui"
fi

# Header-only nlohmann/json for the Emscripten build, apart from the host's other headers.
mkdir -p "$DEPS/include"
[ -e "$DEPS/include/nlohmann" ] || ln -s /usr/include/nlohmann "$DEPS/include/nlohmann"

# Browser test driver (no browser download: Debian's chromium is used), axe-core, the
# accessibility checker the a11y test runs on the page, and a virtual screen reader that the
# a11y-reader test listens with.
if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ] || [ ! -d "$ROOT/tests/e2e/node_modules/axe-core" ] ||
  [ ! -d "$ROOT/tests/e2e/node_modules/@guidepup/virtual-screen-reader" ]; then
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --silent)
fi
echo "setup: ok"
