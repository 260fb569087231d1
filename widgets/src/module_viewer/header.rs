//! The top of a module: where it sits in the course, its title and summary, and its
//! learning objectives.

use leptos::prelude::*;
use ler_content::model::Module;

use crate::heading::Heading;
use crate::i18n::{Lang, Msg};
use crate::rich_text::{self, TextCtx};

/// Course, module number and reading time above the title; the summary below it.
pub(super) fn header(
    course_title: &str,
    module: &Module,
    title_id: String,
) -> impl IntoView + use<> {
    let title = module.title.clone();
    let lang = Lang::current();
    let content = lang.content();
    let meta = lang.count(
        Msg::ModuleMeta,
        &[
            ("n", usize::try_from(module.order).unwrap_or_default()),
            (
                "minutes",
                usize::try_from(module.minutes).unwrap_or_default(),
            ),
        ],
    );
    view! {
        <header class="ler-header">
            <p class="ler-eyebrow">
                <span lang=content>{course_title.to_owned()}</span>
                {format!(" · {meta}")}
            </p>
            <Heading depth=0 id=title_id lang=content>{title}</Heading>
            <p class="ler-summary" lang=content>{module.summary.clone()}</p>
        </header>
    }
}

/// The learning objectives, as a labelled group; nothing when the module has none.
pub(super) fn objectives(
    module: &Module,
    ctx: &TextCtx,
    prefix: &str,
) -> Option<impl IntoView + use<>> {
    (!module.objectives.is_empty()).then(|| {
        let heading_id = format!("{prefix}objectives");
        let labelledby = heading_id.clone();
        let lang = Lang::current();
        let items = module
            .objectives
            .iter()
            .map(|o| view! { <li>{rich_text::inlines(ctx, &o.text)}</li> })
            .collect::<Vec<_>>();
        view! {
            <div class="ler-objectives" role="group" aria-labelledby=labelledby>
                <Heading depth=1 id=heading_id>{lang.t(Msg::LearningObjectives)}</Heading>
                <p>{lang.t(Msg::ObjectivesIntro)}</p>
                <ul lang=lang.content()>{items}</ul>
            </div>
        }
    })
}
