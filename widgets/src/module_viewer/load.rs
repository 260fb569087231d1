//! Loading a module for the viewer, and the options an embedder sets.

use leptos::prelude::*;

use super::viewer::ModuleViewer;
use crate::alert::{Loading, WidgetAlert};
use crate::i18n::{Lang, Msg};
use crate::loader;
use crate::options::{Attributes, OptionsError};
use crate::ui::latest::latest;

/// The module viewer's options (attributes of `<ler-module-viewer>`, or query parameters of
/// `embed/module-viewer.html`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ViewerOptions {
    /// Module id (`module`). Required.
    pub module: String,
    /// Section to open first (`section`); the learner's saved place wins over it.
    pub section: Option<String>,
    /// No table of contents (`compact`).
    pub compact: bool,
    /// Hide the learning objectives (`objectives="hide"`).
    pub hide_objectives: bool,
}

impl ViewerOptions {
    /// Reads the options from an element's attributes; `module` is required.
    pub(crate) fn from_attributes(attrs: &Attributes) -> Result<Self, OptionsError> {
        Ok(Self {
            module: attrs.required("module", "module=\"why-credentials\"")?,
            section: attrs.text("section"),
            compact: attrs.flag("compact"),
            hide_objectives: attrs.is("objectives", "hide"),
        })
    }
}

/// The module viewer as embedded: loads the course index and the module, then shows it.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn ModuleViewerWidget(
    /// Address of the compiled `course.json`.
    course_url: String,
    /// What to show.
    options: ViewerOptions,
) -> impl IntoView {
    let lang = Lang::current();
    let module_id = RwSignal::new(options.module.clone());
    let start_section = RwSignal::new(options.section.clone());
    let loaded = latest(move || loader::course_and_module(course_url.clone(), module_id.get()));
    let on_module_link = Callback::new(move |(module, section): (String, Option<String>)| {
        start_section.set(section);
        module_id.set(module);
    });
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <WidgetAlert widget=Msg::ViewerNotShown message=error.message(lang)/> }
                .into_any()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_is_required_and_the_rest_is_optional() {
        let read = |pairs: &[(&str, &str)]| {
            ViewerOptions::from_attributes(&Attributes::from_pairs(pairs.iter().copied()))
        };
        assert_eq!(
            read(&[("section", "intro")]).map_err(|e| e.to_string()),
            Err(
                "No module was named: set the module attribute, e.g. module=\"why-credentials\"."
                    .to_owned()
            )
        );
        assert_eq!(
            read(&[("module", "why-credentials")]),
            Ok(ViewerOptions {
                module: "why-credentials".to_owned(),
                ..ViewerOptions::default()
            })
        );
        assert_eq!(
            read(&[
                ("module", " why-credentials "),
                ("section", "intro"),
                ("compact", ""),
                ("objectives", "hide"),
            ]),
            Ok(ViewerOptions {
                module: "why-credentials".to_owned(),
                section: Some("intro".to_owned()),
                compact: true,
                hide_objectives: true,
            })
        );
    }
}
