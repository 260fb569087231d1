//! The `checklist` widget as embedded: finds the checklist in the course, then shows it.

use crate::text_map::TextMap;
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Checklist, Course, Module, SectionKind};

use super::view::ChecklistPanel;
use crate::alert::{Loading, WidgetAlert};
use crate::i18n::{Lang, Msg};
use crate::options::{Attributes, OptionsError};
use crate::rich_text::TextCtx;
use crate::ui::latest::latest;
use crate::{ids, loader};

/// The checklist widget's options (attributes of `<ler-checklist>`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ChecklistOptions {
    /// Module id (`module`). Required.
    pub module: String,
    /// Checklist id (`list`); may be left out when the module has one checklist.
    pub list: Option<String>,
    /// Show ticks and notes without changing them (`readonly`).
    pub readonly: bool,
    /// Leave notes out (`notes="hide"`).
    pub hide_notes: bool,
}

impl ChecklistOptions {
    /// Reads the options from an element's attributes; `module` is required.
    pub(crate) fn from_attributes(attrs: &Attributes) -> Result<Self, OptionsError> {
        Ok(Self {
            module: attrs.required(
                "module",
                "module=\"why-credentials\" list=\"wc-checklist-case\"",
            )?,
            list: attrs.text("list"),
            readonly: attrs.flag("readonly"),
            hide_notes: attrs.is("notes", "hide"),
        })
    }
}

#[derive(Clone)]
struct Found {
    course: Arc<Course>,
    module: Arc<Module>,
    list: Arc<Checklist>,
}

/// Loads the course and the module, then shows the checklist.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn ChecklistWidget(
    /// Address of the compiled `course.json`.
    course_url: String,
    /// What to show.
    options: ChecklistOptions,
) -> impl IntoView {
    let (module, list) = (options.module.clone(), options.list.clone());
    let lang = Lang::current();
    let loaded = latest(move || load(course_url.clone(), module.clone(), list.clone(), lang));
    move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(message)) => {
            view! { <WidgetAlert widget=Msg::ChecklistNotShown message/> }.into_any()
        }
        Some(Ok(found)) => standalone(found, &options, lang).into_any(),
    }
}

fn standalone(found: Found, options: &ChecklistOptions, lang: Lang) -> impl IntoView {
    let Found {
        course,
        module,
        list,
    } = found;
    let sections: TextMap<String> = module
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect();
    let context = format!(
        "{} · {}",
        course.title,
        lang.module_title(module.order, &module.title)
    );
    // No reference list is shown beside a lone checklist, so citations are not numbered.
    let ctx = TextCtx::new(Vec::new(), ids::instance_prefix(), None);
    let label = list.title.clone();
    view! {
        <article class="ler-checklist-widget" aria-label=label>
            <p class="ler-eyebrow">{context.clone()}</p>
            <ChecklistPanel
                list
                ctx
                course_id=Some(module.course.clone())
                sections=Arc::new(sections)
                readonly=options.readonly
                hide_notes=options.hide_notes
                standalone=true
                export_context=Some(context)
            />
        </article>
    }
}

async fn load(
    course_url: String,
    module_id: String,
    list: Option<String>,
    lang: Lang,
) -> Result<Found, String> {
    let (course, module) = loader::course_and_module(course_url, module_id)
        .await
        .map_err(|e| e.message(lang))?;
    let list = find_checklist(&module, list.as_deref(), lang)?;
    Ok(Found {
        course,
        module,
        list: Arc::new(list),
    })
}

/// The checklist `list` of `module`; without `list`, the module's only checklist.
pub(crate) fn find_checklist(
    module: &Module,
    list: Option<&str>,
    lang: Lang,
) -> Result<Checklist, String> {
    let lists: Vec<&Checklist> = module
        .sections
        .iter()
        .filter_map(|s| match &s.kind {
            SectionKind::Checklist(c) => Some(c),
            _ => None,
        })
        .collect();
    let names = || {
        lists
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (list, lists.as_slice()) {
        (_, []) => Err(lang.fill(Msg::NoChecklist, &[("module", &module.title)])),
        (Some(id), _) => lists
            .iter()
            .find(|c| c.id == id)
            .map(|c| (*c).clone())
            .ok_or_else(|| {
                lang.fill(
                    Msg::NoSuchChecklist,
                    &[("id", id), ("module", &module.title), ("ids", &names())],
                )
            }),
        (None, [only]) => Ok((*only).clone()),
        (None, _) => Err(lang.fill(
            Msg::SeveralChecklists,
            &[("module", &module.title), ("ids", &names())],
        )),
    }
}

#[cfg(test)]
mod tests {
    use ler_content::model::*;

    use super::{ChecklistOptions, find_checklist};
    use crate::i18n::Lang;
    use crate::options::Attributes;

    #[test]
    fn options_need_a_module_and_read_the_rest() {
        let read = |pairs: &[(&str, &str)]| {
            ChecklistOptions::from_attributes(&Attributes::from_pairs(pairs.iter().copied()))
        };
        let missing = read(&[("list", "x")]).map_err(|e| e.to_string());
        assert!(
            missing
                .as_ref()
                .is_err_and(|e| e.starts_with("No module was named")),
            "{missing:?}"
        );
        assert_eq!(
            read(&[
                ("module", "record-integrity"),
                ("list", "ri-checklist-pillars"),
                ("readonly", ""),
                ("notes", "hide"),
            ]),
            Ok(ChecklistOptions {
                module: "record-integrity".to_owned(),
                list: Some("ri-checklist-pillars".to_owned()),
                readonly: true,
                hide_notes: true,
            })
        );
        assert_eq!(
            read(&[("module", "m"), ("readonly", "false"), ("notes", "show")]),
            Ok(ChecklistOptions {
                module: "m".to_owned(),
                ..ChecklistOptions::default()
            })
        );
    }

    fn list(id: &str) -> Section {
        Section {
            id: format!("s-{id}"),
            title: id.into(),
            body: vec![],
            kind: SectionKind::Checklist(Checklist {
                id: id.into(),
                title: id.into(),
                groups: vec![],
            }),
        }
    }

    fn module(sections: Vec<Section>) -> Module {
        Module {
            format: FORMAT_VERSION,
            course: "c".into(),
            id: "m".into(),
            title: "Module".into(),
            summary: String::new(),
            order: 1,
            minutes: 1,
            objectives: vec![],
            sections,
            references: vec![],
        }
    }

    #[test]
    fn finds_by_id_or_the_only_one() {
        let one = module(vec![list("a")]);
        assert_eq!(
            find_checklist(&one, None, Lang::En).map(|c| c.id),
            Ok("a".into())
        );
        assert_eq!(
            find_checklist(&one, Some("a"), Lang::En).map(|c| c.id),
            Ok("a".into())
        );
        let two = module(vec![list("a"), list("b")]);
        assert_eq!(
            find_checklist(&two, Some("b"), Lang::En).map(|c| c.id),
            Ok("b".into())
        );
    }

    #[test]
    fn says_which_checklists_exist() {
        let two = module(vec![list("a"), list("b")]);
        let err = find_checklist(&two, Some("zzz"), Lang::En)
            .err()
            .unwrap_or_default();
        assert!(err.contains("\"zzz\"") && err.contains("a, b"), "{err}");
        let err = find_checklist(&two, None, Lang::En)
            .err()
            .unwrap_or_default();
        assert!(err.contains("list attribute"), "{err}");
        let none = module(vec![]);
        assert!(find_checklist(&none, None, Lang::En).is_err());
    }
}
