#!/usr/bin/env bash
# Builds the wasm bundles beside the core one that Trunk builds (ler-www: module viewer +
# checklist), into "$1" (default: $TRUNK_STAGING_DIR, so Trunk's post_build hook can run it):
#   ler-explorer.js, ler-explorer_bg.wasm           the credential explorer alone
#   ler-scorm.js, ler-scorm_bg.wasm                 the core widgets with the SCORM bridge
#   inspector/ler-inspector.js, …_bg.wasm           the credential inspector (crate
#                                                   ler-inspector, feature `web`)
# The loader (ler-widgets.js) starts each only on a page that needs it. The widgets' bundles
# get the core bundle's wasm-opt passes (www/index.html says why). Last, it minifies the
# JavaScript and CSS the pages download (see the end).
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

# What every page downloads besides the wasm, minified: the loader, its stylesheet, each
# bundle's glue, the iframe pages' script, style and resizer. esbuild (npm, pinned in
# package.json) rather than a hand-made stripper: it knows modules and CSS, and its
# output keeps every export name (embed.js imports the loader's). Measured on this build:
# about 6 KB gzip less per page (loader −2.5 KB, glue −2.2 KB, stylesheet −1.7 KB). The
# readable sources stay in www/.
for file in ler-widgets.js ler-widgets.css ler-www.js ler-explorer.js ler-scorm.js \
  inspector/ler-inspector.js embed/embed.js embed/embed.css ler-resizer.js; do
  esbuild "$OUT/$file" --minify --log-level=warning --allow-overwrite --outfile="$OUT/$file"
done
