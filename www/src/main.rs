//! The wasm binary Trunk builds. All the work is in `ler-widgets`: the loader script
//! (`ler-widgets.js`) calls its exported `mount_widget` for every custom element.

// Links the widgets crate, whose `#[wasm_bindgen]` exports are this binary's whole API.
use ler_widgets as _;

fn main() {}
