//! The module viewer: a learner reads and works through one module.

mod contents;
mod deep_link;
mod header;
mod load;
mod nav;
mod progress;
mod references;
mod sections;
mod viewer;

pub(crate) use load::{ModuleViewerWidget, ViewerOptions};
pub(crate) use progress::Progress;
pub use viewer::ModuleViewer;
