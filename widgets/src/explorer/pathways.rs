//! The stackable pathways: credential types in the order a learner can stack them.

use leptos::prelude::*;
use ler_content::model::Pathway;

use super::details::type_button;
use super::explorer::Env;
use crate::heading::Heading;
use crate::urls;

/// Every pathway of the library as an ordered list of steps, each a button that shows the
/// type; `None` when the library has no pathways.
pub(super) fn pathways_panel(env: &Env) -> Option<impl IntoView + use<>> {
    if env.library.pathways.is_empty() {
        return None;
    }
    let heading_id = format!("{}pathways", env.prefix);
    let labelledby = heading_id.clone();
    let pathways = env
        .library
        .pathways
        .iter()
        .enumerate()
        .map(|(k, p)| pathway(env, k, p))
        .collect::<Vec<_>>();
    Some(view! {
        <div class="ler-pathways" role="group" aria-labelledby=labelledby>
            <Heading depth=1 id=heading_id>"Stackable pathways"</Heading>
            <p>
                "Each pathway lists credential types in the order a learner can earn them, \
                 each counting toward the next. Choose a step to see its details."
            </p>
            {pathways}
        </div>
    })
}

fn pathway(env: &Env, k: usize, p: &Pathway) -> impl IntoView + use<> {
    let title_id = format!("{}pathway-{k}", env.prefix);
    let title = p.title.clone();
    let steps = p
        .steps
        .iter()
        .map(|id| {
            let step = match env.tree.index_of(id) {
                Some(i) => type_button(env, i).into_any(),
                None => view! { <span>{id.clone()}</span> }.into_any(),
            };
            view! { <li class="ler-pathway-step">{step}</li> }
        })
        .collect::<Vec<_>>();
    let source = match &p.source {
        None => view! {
            <p class="ler-pathway-source">
                <strong>"Illustrative example"</strong>
                ": no source in this course backs this exact sequence."
            </p>
        }
        .into_any(),
        Some(id) => {
            let reference = env.library.references.iter().find(|r| r.id == *id);
            let cited = match reference {
                Some(r) if urls::is_safe_href(&r.url) => view! {
                    <a href=r.url.clone() rel="noopener noreferrer" target="_blank">
                        {r.title.clone()}
                    </a>
                }
                .into_any(),
                Some(r) => view! { <cite>{r.title.clone()}</cite> }.into_any(),
                None => id.clone().into_any(),
            };
            view! { <p class="ler-pathway-source">"Source: " {cited}</p> }.into_any()
        }
    };
    view! {
        <div class="ler-pathway">
            <Heading depth=2 id=title_id.clone()>{title}</Heading>
            <ol class="ler-pathway-steps" aria-labelledby=title_id>
                {steps}
            </ol>
            <p>{p.note.clone()}</p>
            {source}
        </div>
    }
}
