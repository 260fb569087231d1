#!/usr/bin/env bash
# Builds the wasm bundles beside the core one that Trunk builds (ler-www: module viewer +
# checklist), into "$1" (default: $TRUNK_STAGING_DIR, so Trunk's post_build hook can run it):
#   ler-explorer.js, ler-explorer_bg.wasm           the credential explorer alone
#   ler-scorm.js, ler-scorm_bg.wasm                 the core widgets with the SCORM bridge
#   inspector/ler-inspector.js, …_bg.wasm           the credential inspector (crate
#                                                   ler-inspector, feature `web`)
# The loader (ler-widgets.js) starts each only on a page that needs it. The widgets' bundles
# get the core bundle's wasm-opt passes (www/index.html says why).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR or pass an output folder}}"
RELEASE="${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm-release"
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types)

# bundle <out dir> <name> <built wasm> <wasm-opt passes…>
bundle() {
  local dir="$1" name="$2" wasm="$3"
  shift 3
  mkdir -p "$dir"
  wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name "$name" "$wasm"
  wasm-opt "$@" "${FEATURES[@]}" "$dir/${name}_bg.wasm" -o "$dir/${name}_bg.wasm"
}

widgets() { # name, features
  cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
    -p ler-www --no-default-features --features "$2"
  bundle "$OUT" "$1" "$RELEASE/ler-www.wasm" \
    -Oz --low-memory-unused --flatten --rereloop -Oz --strip-producers
}

widgets ler-explorer explorer
widgets ler-scorm viewer,lms

cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
  -p ler-inspector --features web
bundle "$OUT/inspector" ler-inspector "$RELEASE/ler_inspector.wasm" -Oz
