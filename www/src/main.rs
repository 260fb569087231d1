//! The wasm binary Trunk builds. All the work is in `ler-widgets`; the loader script
//! (`ler-widgets.js`) calls its exported `mount_widget` for every custom element.

fn main() {
    ler_widgets::embed::start();
}
