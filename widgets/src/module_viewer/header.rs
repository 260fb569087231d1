//! The top of a module: where it sits in the course, its title and summary, and its
//! learning objectives.

use leptos::prelude::*;
use ler_content::model::Module;

use crate::heading::Heading;
use crate::rich_text::{self, TextCtx};

/// Course, module number and reading time above the title; the summary below it.
pub(super) fn header(
    course_title: &str,
    module: &Module,
    title_id: String,
) -> impl IntoView + use<> {
    let title = module.title.clone();
    view! {
        <header class="ler-header">
            <p class="ler-eyebrow">
                {format!(
                    "{course_title} · Module {} · about {} minutes",
                    module.order,
                    module.minutes,
                )}
            </p>
            <Heading depth=0 id=title_id>{title}</Heading>
            <p class="ler-summary">{module.summary.clone()}</p>
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
        let items = module
            .objectives
            .iter()
            .map(|o| view! { <li>{rich_text::inlines(ctx, &o.text)}</li> })
            .collect::<Vec<_>>();
        view! {
            <div class="ler-objectives" role="group" aria-labelledby=labelledby>
                <Heading depth=1 id=heading_id>"Learning objectives"</Heading>
                <p>"When you have worked through this module, you will be able to:"</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
