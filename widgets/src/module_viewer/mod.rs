//! The module viewer: a learner reads and works through one module.

mod deep_link;
mod load;
mod nav;
mod progress;
mod sections;
mod toc;
mod viewer;

pub use load::{ModuleViewerWidget, ViewerOptions};
pub use nav::SectionNav;
pub use progress::{Progress, SectionMarks, notes_markdown};
pub use viewer::ModuleViewer;
