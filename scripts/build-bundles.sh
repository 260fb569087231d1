#!/usr/bin/env bash
# Builds the widgets' other wasm bundles beside the core one that Trunk builds (ler-www:
# module viewer + checklist), into "$1" (default: $TRUNK_STAGING_DIR, so Trunk's post_build
# hook can run it):
#   ler-explorer.js, ler-explorer_bg.wasm   the credential explorer alone
#   ler-scorm.js,    ler-scorm_bg.wasm      the core widgets with the SCORM bridge
# The loader (ler-widgets.js) starts each only on a page that needs it. Same profile and
# wasm-opt passes as the core bundle (www/index.html says why).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR or pass an output folder}}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm-release/ler-www.wasm"
mkdir -p "$OUT"

bundle() { # name, features
  cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
    -p ler-www --no-default-features --features "$2"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name "$1" "$WASM"
  wasm-opt -Oz --low-memory-unused --flatten --rereloop -Oz --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types \
    "$OUT/$1_bg.wasm" -o "$OUT/$1_bg.wasm"
}

bundle ler-explorer explorer
bundle ler-scorm viewer,lms
