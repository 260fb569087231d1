//! The LMS bridge: a module viewer that reports to a SCORM 1.2 or SCORM 2004 LMS.
//!
//! The SCORM packages built by `ler-package` launch `<ler-module-viewer module="…"
//! lms="scorm-1.2">` (or `lms="scorm-2004"`). With the `lms` attribute the viewer:
//!
//! 1. finds the LMS's API the standard way ([`api`]: this window, up the `parent`s, then the
//!    `opener`), and starts a session (`LMSInitialize` / `Initialize`); without an LMS the
//!    viewer is the ordinary one, on the ordinary store, and says nothing;
//! 2. keeps the learner's progress (the store's documents of the module: the place, the
//!    checklists' ticks and notes, the reflection answers) in `cmi.suspend_data`, as a
//!    backend of the progress store ([`backend`], encoded by [`suspend`]), with a local copy
//!    in `localStorage`; on the next launch the LMS's copy is read back;
//! 3. reports, as the learner works:
//!    - **completion**: `completed` once the learner has visited every section of the module
//!      and ticked every item of its checklists (reflection answers and notes are not
//!      required); `incomplete` before. Once reported, completion is never taken back, even if
//!      an item is unticked later;
//!    - **location**: the id of the open section (`cmi.core.lesson_location` /
//!      `cmi.location`);
//!    - SCORM 2004 only: `cmi.progress_measure`, the share of sections visited and items
//!      ticked;
//! 4. on `pagehide`: the session time, `exit = "suspend"` (so the attempt, and its
//!    `suspend_data`, is resumed next time), commit, and `LMSFinish` / `Terminate`.
//!
//! Changes are committed in batches, shortly after the last one ([`session`]). Every call the
//! LMS refuses is logged on the console with its error code and text (`LMSGetErrorString` /
//! `GetErrorString`) and told to the learner inside the widget ([`notice`]: what is kept,
//! what is not, what to do); the learner's progress is still kept in the browser.
//!
//! One module viewer per page reports (a SCO is one module); the session and the store are
//! the page's, shared by every widget on it.

pub(crate) mod api;
pub(crate) mod backend;
pub(crate) mod datamodel;
pub(crate) mod notice;
pub(crate) mod session;
pub mod suspend;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod curriculum_fit;

use leptos::prelude::*;
use ler_content::model::{Module, SectionKind};

pub(crate) use api::Preference;
pub(crate) use notice::LmsNotice;
pub(crate) use session::Report;

use crate::loader;
use crate::module_viewer::{ModuleViewerWidget, Progress, ViewerOptions};
use crate::store::{ChecklistState, Store};
use crate::ui::latest::latest;

/// The module viewer inside an LMS (see the [module docs](self)).
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn LmsModuleViewer(
    /// Address of the compiled `course.json`.
    course_url: String,
    /// What to show.
    options: ViewerOptions,
    /// Which SCORM API to look for.
    preference: Preference,
) -> impl IntoView {
    let Some(store) = session::connect(preference) else {
        // No LMS (silent), or one that refused to start a session (the notice says so).
        return view! {
            <LmsNotice/>
            <ModuleViewerWidget course_url options/>
        }
        .into_any();
    };
    provide_context(store.clone());
    // The viewer loads the same two files; the loader shares one request between both.
    let module_id = options.module.clone();
    let url = course_url.clone();
    let loaded = latest(move || loader::course_and_module(url.clone(), module_id.clone()));
    Effect::new(move |_| {
        if let Some(Ok((_, module))) = loaded.get() {
            session::report(&progress_report(&store, &module));
        }
    });
    view! {
        <LmsNotice/>
        <ModuleViewerWidget course_url options/>
    }
    .into_any()
}

/// The learner's progress in `module`, read (reactively) from `store`.
pub(crate) fn progress_report(store: &Store, module: &Module) -> Report {
    let place = store.place(&module.course, &module.id).get();
    let lists: Vec<(String, ChecklistState)> = module
        .sections
        .iter()
        .filter_map(|s| match &s.kind {
            SectionKind::Checklist(list) => Some((
                list.id.clone(),
                store.checklist(&module.course, &list.id).get(),
            )),
            _ => None,
        })
        .collect();
    let progress = Progress::of(module, &place, &[], &lists);
    Report {
        complete: is_complete(&progress),
        location: place.last().map(str::to_owned),
        measure: measure(&progress),
    }
}

/// The completion rule: every section visited, every checklist item ticked.
pub(crate) fn is_complete(progress: &Progress) -> bool {
    progress.visited.0 >= progress.visited.1 && progress.done.0 >= progress.done.1
}

/// Sections visited and items ticked, as a share of all of them.
pub(crate) fn measure(progress: &Progress) -> f64 {
    let total = progress.visited.1 + progress.done.1;
    if total == 0 {
        return 1.0;
    }
    // Counts are small; the conversion is exact.
    (progress.visited.0 + progress.done.0) as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_means_every_section_and_every_item() {
        let p = |visited, done| Progress {
            visited,
            answered: (0, 5),
            done,
        };
        assert!(is_complete(&p((9, 9), (12, 12))));
        assert!(!is_complete(&p((8, 9), (12, 12))));
        assert!(!is_complete(&p((9, 9), (11, 12))));
        // A module without a checklist.
        assert!(is_complete(&p((3, 3), (0, 0))));
        assert_eq!(measure(&p((9, 9), (3, 12))), 12.0 / 21.0);
        assert_eq!(measure(&p((0, 0), (0, 0))), 1.0);
    }
}
