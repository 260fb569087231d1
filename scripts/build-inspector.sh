#!/usr/bin/env bash
# Builds the credential inspector's own wasm bundle (crate ler-inspector, feature `web`) into
# "$1" (default: $TRUNK_STAGING_DIR/inspector/, so Trunk's post_build hook can run it):
#   ler-inspector.js, ler-inspector_bg.wasm
# The loader (ler-widgets.js) imports it only when a <ler-credential-inspector> appears, so
# pages with the other widgets never download it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR or pass an output folder}/inspector}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm-release/ler_inspector.wasm"

cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
  -p ler-inspector --features web
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name ler-inspector "$WASM"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types \
  "$OUT/ler-inspector_bg.wasm" -o "$OUT/ler-inspector_bg.wasm"
