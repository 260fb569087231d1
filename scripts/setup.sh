#!/usr/bin/env bash
# Installs what building and testing ler-widgets needs, skipping whatever is already there.
# Sourced by scripts/serve and scripts/test; safe to run again (a second run takes seconds).
#
#   wasm32 target · Trunk 0.21.14 · wasm-bindgen-cli = the version in Cargo.lock ·
#   npm packages (wasm-opt from binaryen, esbuild, playwright-core, axe-core) · Chromium + chromedriver ·
#   nightly toolchain + cargo-fuzz (the fuzz smoke run)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

# Trunk and wasm-bindgen-test-runner refuse a CLI that differs from the lock file.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $want" ]; then
    say "installing wasm-bindgen-cli $want (about 6 minutes on 2 cores)"
    # Without --locked: with it, cargo fails to resolve the dependencies of 0.2.130.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and chromedriver (Debian packages)"
    as_root apt-get update
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y chromium chromium-driver
  fi
}

ensure_npm_packages() {
  local stamp="$ROOT/node_modules/.ler-setup-stamp"
  local want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages (package-lock.json)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

# Only scripts/bench needs it (the size breakdown in BENCHMARKS.md).
TWIGGY_VERSION="0.8.0"
ensure_twiggy() {
  if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy-opt $TWIGGY_VERSION" ]; then
    say "installing twiggy $TWIGGY_VERSION (a few minutes on 2 cores)"
    cargo install --locked twiggy --version "$TWIGGY_VERSION"
  fi
}

# Fuzzing (fuzz/, README "Fuzzing"): libFuzzer needs a nightly compiler and cargo-fuzz.
ensure_cargo_fuzz() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (for cargo-fuzz)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz (about a minute on 2 cores)"
    cargo install cargo-fuzz --locked
  fi
}

ensure_all() {
  ensure_wasm_target
  ensure_cargo_fuzz
  ensure_chromium
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
}

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_all
  say "everything is installed"
fi
