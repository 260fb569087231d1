//! The credential hierarchy explorer: credential types as a keyboard-walkable tree, with
//! details, a filter, a side-by-side comparison and the stackable pathways, all read from
//! the course library (`library.json`, beside `course.json`).
//!
//! ```html
//! <ler-credential-explorer focus="micro-credential" expanded="all" compare="hide">
//! </ler-credential-explorer>
//! ```
//!
//! Options (all optional): `focus`, a credential type id selected at the start (an unknown id
//! shows the valid ids, and the tree still works); `expanded="all"`, every branch open
//! (otherwise only the roots show); `compare="hide"`, no comparison.
//!
//! - [`tree`]: the pure tree model, unit-tested natively: its shape, the learner's state
//!   (open, focused, selected), the filter, keys and type-ahead, the comparison set.
//! - `explorer.rs`: the component, the filter box and the `role="tree"` markup.
//! - `details.rs`, `compare.rs`, `pathways.rs`: the panels.
//! - `map.rs`, `map_layout.rs`: the hierarchy as a picture, placed by stated size.
//! - `load.rs`: the embedded widget (loads the course and the library) and its options.

mod compare;
mod details;
#[allow(
    clippy::module_inception,
    reason = "the explorer folder keeps its component in explorer/explorer.rs, named after the widget"
)]
mod explorer;
mod load;
mod map;
mod map_layout;
mod pathways;
pub(crate) mod tree;

pub use explorer::CredentialExplorer;
pub(crate) use load::CredentialExplorerWidget;
pub use load::ExplorerOptions;
