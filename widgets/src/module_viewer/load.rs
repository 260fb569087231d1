//! Loading a module for the viewer, and the options an embedder sets.

use leptos::prelude::*;

use super::viewer::ModuleViewer;
use crate::alert::{Loading, WidgetAlert};
use crate::loader;

/// The module viewer's options (attributes of `<ler-module-viewer>`, or query parameters of
/// `embed/module-viewer.html`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewerOptions {
    /// Module id (`module`). Required.
    pub module: String,
    /// Section to open first (`section`); the learner's saved place wins over it.
    pub section: Option<String>,
    /// No table of contents (`compact`).
    pub compact: bool,
    /// Hide the learning objectives (`objectives="hide"`).
    pub hide_objectives: bool,
}

/// The module viewer as embedded: loads the course index and the module, then shows it.
#[component]
pub fn ModuleViewerWidget(
    /// Address of the compiled `course.json`.
    course_url: String,
    /// What to show.
    options: ViewerOptions,
) -> impl IntoView {
    let module_id = RwSignal::new(options.module.clone());
    let start_section = RwSignal::new(options.section.clone());
    let loaded = LocalResource::new(move || {
        loader::course_and_module(
            course_url.clone(),
            module_id.get(),
            "module=\"why-credentials\"",
        )
    });
    let on_module_link = Callback::new(move |(module, section): (String, Option<String>)| {
        start_section.set(section);
        module_id.set(module);
    });
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(message)) => {
            view! { <WidgetAlert widget="The module viewer" message/> }.into_any()
        }
        Some(Ok((course, module))) => view! {
            <ModuleViewer
                course
                module
                start_section=start_section.get_untracked()
                compact=options.compact
                hide_objectives=options.hide_objectives
                on_module_link
            />
        }
        .into_any(),
    }
}
