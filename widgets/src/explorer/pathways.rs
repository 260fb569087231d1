//! The stackable pathways: credential types in the order a learner can stack them.

use leptos::prelude::*;
use ler_content::model::Pathway;

use super::details::{reference_title, show_clicked_type, type_button};
use super::explorer::Env;
use crate::heading::Heading;
use crate::html::Html;
use crate::i18n::Msg;

/// Every pathway of the library as an ordered list of steps, each a button that shows the
/// type; `None` when the library has no pathways.
pub(super) fn pathways_panel(env: &Env) -> Option<impl IntoView + use<>> {
    if env.library.pathways.is_empty() {
        return None;
    }
    let lang = env.lang;
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
        <div class="ler-pathways" role="group" aria-labelledby=labelledby on:click=show_clicked_type(env)>
            <Heading depth=1 id=heading_id>{lang.t(Msg::StackablePathways)}</Heading>
            <p>{lang.t(Msg::PathwaysIntro)}</p>
            {pathways}
        </div>
    })
}

fn pathway(env: &Env, k: usize, p: &Pathway) -> impl IntoView + use<> {
    let lang = env.lang;
    let content = lang.content();
    let title_id = format!("{}pathway-{k}", env.prefix);
    let title = p.title.clone();
    // Each step a button (the panel listens for their clicks), or a type the tree lacks.
    let mut steps = Html::default();
    for id in &p.steps {
        steps.el(
            "li",
            &[("class", Some("ler-pathway-step"))],
            |h| match env.tree.index_of(id) {
                Some(i) => type_button(env, h, i),
                None => h.el("span", &[("lang", content)], |h| h.text(id)),
            },
        );
    }
    // What backs the pathway never changes: written as text by the escaping writer.
    let mut source = Html::default();
    let h = &mut source;
    match &p.source {
        None => {
            h.el("strong", &[], |h| h.text(lang.t(Msg::IllustrativeExample)));
            h.text(": ");
            h.text(lang.t(Msg::NoSourceBacks));
        }
        Some(id) => {
            h.text(lang.t(Msg::Source));
            h.text(": ");
            match env.library.references.iter().find(|r| r.id == *id) {
                Some(r) => reference_title(h, r, content),
                None => h.text(id),
            }
        }
    }
    let source = view! { <p class="ler-pathway-source" inner_html=source.finish()></p> };
    view! {
        <div class="ler-pathway">
            <Heading depth=2 id=title_id.clone() lang=content>{title}</Heading>
            <ol class="ler-pathway-steps" aria-labelledby=title_id inner_html=steps.finish()></ol>
            <p lang=content>{p.note.clone()}</p>
            {source}
        </div>
    }
}
