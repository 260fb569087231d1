#!/usr/bin/env bash
# Builds the wasm bundles beside the core one that Trunk builds (ler-www: module viewer +
# checklist), into "$1" (default: $TRUNK_STAGING_DIR, so Trunk's post_build hook can run it):
#   ler-explorer.js, ler-explorer_bg.wasm           the credential explorer alone
#   ler-scorm.js, ler-scorm_bg.wasm                 the core widgets with the SCORM bridge
#   inspector/ler-inspector.js, …_bg.wasm           the credential inspector (crate
#                                                   ler-inspector, feature `web`)
# The loader (ler-widgets.js) starts each only on a page that needs it. It also optimises the
# core bundle Trunk built (www/index.html turns Trunk's own wasm-opt off), so that every
# widget bundle goes through the same steps (`shrink`). Last, it minifies the JavaScript and
# CSS the pages download (see the end).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?set TRUNK_STAGING_DIR or pass an output folder}}"
RELEASE="${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm-release"
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types)

# The widget bundles' passes. `--low-memory-unused`: Rust puts the stack at the bottom of
# memory (data starts at 1 MiB), so no valid address wraps into the low 1 KiB; wasm-opt may
# then fold added constants into load/store offsets. A second -Oz round, after --flatten
# --rereloop (which rebuild the control flow), uses what that exposes: −2.4 KB and −0.6 KB
# gzip. The producers section (tool names) is not needed at run time.
WIDGET_PASSES=(-Oz --low-memory-unused --flatten --rereloop -Oz --strip-producers)

# shrink <wasm after wasm-bindgen> <wasm-opt passes…>: first removes wasm-streams' exports,
# which Leptos links into every bundle and nothing calls (scripts/wasm-drop-unused-exports.mjs
# says why; measured −1.5 KB gzip per bundle), so that wasm-opt drops their code too.
shrink() {
  local wasm="$1"
  shift
  node scripts/wasm-drop-unused-exports.mjs "$wasm"
  wasm-opt "$@" "${FEATURES[@]}" "$wasm" -o "$wasm"
}

# bundle <out dir> <name> <built wasm> <wasm-opt passes…>
bundle() {
  local dir="$1" name="$2" wasm="$3"
  shift 3
  mkdir -p "$dir"
  wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name "$name" "$wasm"
  shrink "$dir/${name}_bg.wasm" "$@"
}

widgets() { # name, features
  cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
    -p ler-www --no-default-features --features "$2"
  bundle "$OUT" "$1" "$RELEASE/ler-www.wasm" "${WIDGET_PASSES[@]}"
}

# Trunk's core bundle: a debug build (`trunk serve` without --release) stays as Trunk wrote
# it, as Trunk itself would leave it unoptimised.
if [ "${TRUNK_PROFILE:-release}" != debug ]; then
  shrink "$OUT/ler-www_bg.wasm" "${WIDGET_PASSES[@]}"
fi

widgets ler-explorer explorer
widgets ler-scorm viewer,lms

cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown \
  -p ler-inspector --features web
bundle "$OUT/inspector" ler-inspector "$RELEASE/ler_inspector.wasm" -Oz

# What every page downloads besides the wasm, minified: the loader, its stylesheets, each
# bundle's glue, the iframe pages' script, style and resizer. esbuild (npm, pinned in
# package.json) rather than a hand-made stripper: it knows modules and CSS, and its
# output keeps every export name (embed.js imports the loader's). Measured on this build:
# about 6 KB gzip less per page (loader −2.5 KB, glue −2.2 KB, stylesheet −1.7 KB). The
# readable sources stay in www/.
for file in ler-widgets.js ler-widgets.css ler-core.css ler-explorer.css ler-inspector.css \
  ler-www.js ler-explorer.js ler-scorm.js \
  inspector/ler-inspector.js embed/embed.js embed/embed.css ler-resizer.js; do
  esbuild "$OUT/$file" --minify --log-level=warning --allow-overwrite --outfile="$OUT/$file"
done
