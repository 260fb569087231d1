//! Loading the library for the explorer, and the options an embedder sets.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Course, Library};

use super::explorer::CredentialExplorer;
use crate::alert::{Loading, WidgetAlert};
use crate::i18n::{Lang, Msg};
use crate::loader;
use crate::options::{Attributes, OptionsError};
use crate::ui::latest::latest;

/// The explorer's options (attributes of `<ler-credential-explorer>`, or query parameters
/// of `embed/credential-explorer.html`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExplorerOptions {
    /// The type selected at the start (`focus`, a credential type id).
    pub focus: Option<String>,
    /// Open every node at the start (`expanded="all"`); otherwise only roots show.
    pub expand_all: bool,
    /// Leave out comparing (`compare="hide"`).
    pub hide_compare: bool,
}

impl ExplorerOptions {
    /// Reads the options from an element's attributes. Every option is optional, so this
    /// never fails; it returns a `Result` like the other widgets' parsers.
    pub fn from_attributes(attrs: &Attributes) -> Result<Self, OptionsError> {
        Ok(Self {
            focus: attrs.text("focus"),
            expand_all: attrs.is("expanded", "all"),
            hide_compare: attrs.is("compare", "hide"),
        })
    }
}

/// The explorer as embedded: loads the course index (for module titles) and the library
/// beside it, then shows the credential types.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn CredentialExplorerWidget(
    /// Address of the compiled `course.json`.
    course_url: String,
    /// What to show.
    options: ExplorerOptions,
) -> impl IntoView {
    let lang = Lang::current();
    let loaded = latest(move || load(course_url.clone(), lang));
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(message)) => {
            view! { <WidgetAlert widget=Msg::ExplorerNotShown message/> }.into_any()
        }
        Some(Ok((course, library))) => view! {
            <CredentialExplorer course library options=options.clone()/>
        }
        .into_any(),
    }
}

async fn load(course_url: String, lang: Lang) -> Result<(Arc<Course>, Arc<Library>), String> {
    let (course, library) = loader::course_and_library(course_url)
        .await
        .map_err(|e| e.message(lang))?;
    if library.course != course.id {
        return Err(lang.fill(
            Msg::LibraryMismatch,
            &[("library", &library.course), ("course", &course.id)],
        ));
    }
    Ok((course, library))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_focus_expanded_and_compare() {
        let o = ExplorerOptions::from_attributes(&Attributes::from_pairs([
            ("focus", " micro-credential "),
            ("expanded", "ALL"),
            ("compare", "hide"),
        ]));
        let all = ExplorerOptions {
            focus: Some("micro-credential".to_owned()),
            expand_all: true,
            hide_compare: true,
        };
        assert_eq!(o, Ok(all));
        let none = ExplorerOptions::from_attributes(&Attributes::from_pairs([
            ("expanded", "roots"),
            ("compare", "show"),
        ]));
        assert_eq!(none, Ok(ExplorerOptions::default()));
    }
}
