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

pub use load::{ModuleViewerWidget, ViewerOptions};
pub use nav::SectionNav;
pub use progress::{Progress, SectionMarks, notes_markdown};
pub use viewer::ModuleViewer;
