//! The checklist widget: one design checklist of the course, with the learner's ticks and
//! notes kept in the [progress store](crate::store).

mod actions;
pub mod download;
mod editor;
pub mod export;
pub mod history;
mod notices;
mod rows;
mod view;
mod widget;

pub use view::ChecklistPanel;
pub use widget::{ChecklistOptions, ChecklistWidget, find_checklist};
