//! The checklist widget: one design checklist of the course, with the learner's ticks and
//! notes kept in the [progress store](crate::store).

mod actions;
pub(crate) mod download;
mod editor;
pub(crate) mod export;
pub(crate) mod history;
mod notices;
mod rows;
mod view;
mod widget;

pub use view::ChecklistPanel;
pub(crate) use widget::{ChecklistOptions, ChecklistWidget};
