//! The achievement (with its place in the course's credential hierarchy) and a CLR's
//! achievements and association graph.

use std::sync::Arc;

use leptos::prelude::*;

use super::Options;
use crate::extract::{Achievement, Clr, Item, relation_phrase};
use crate::hierarchy::{Library, explorer_href};

/// A link when `href` is http(s) or relative, else the text alone (ids in credentials are
/// untrusted: a `javascript:` URL must never become a link).
pub(super) fn safe_link(href: String, text: String) -> AnyView {
    if is_safe_href(&href) {
        view! { <a href=href>{text}</a> }.into_any()
    } else {
        text.into_any()
    }
}

fn is_safe_href(href: &str) -> bool {
    let cleaned: String = href
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https")
        }
        _ => true,
    }
}

fn items(list: &[Item]) -> impl IntoView + use<> {
    list.iter()
        .map(|item| {
            let detail = item.detail.clone().map(|d| format!(": {d}"));
            let url = item.url.clone().map(|u| {
                view! { " (" {safe_link(u.clone(), u)} ")" }
            });
            view! { <li>{item.label.clone()}{detail}{url}</li> }
        })
        .collect_view()
}

fn list_of(title: &'static str, list: &[Item]) -> Option<impl IntoView + use<>> {
    (!list.is_empty()).then(|| {
        view! {
            <h5>{title}</h5>
            <ul>{items(list)}</ul>
        }
    })
}

#[component]
pub(super) fn AchievementSection(
    achievement: Achievement,
    library: Option<Arc<Library>>,
    options: Arc<Options>,
) -> impl IntoView {
    let a = achievement;
    let hierarchy = a.achievement_type.clone().map(|t| {
        let chain = library
            .as_ref()
            .map(|lib| {
                lib.chain(&t)
                    .into_iter()
                    .map(|c| (c.id.clone(), c.label.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if chain.is_empty() {
            view! {
                <p>{format!(
                    "Achievement type: {t}. The course's credential hierarchy has no type \
                     mapped to this value{}.",
                    if library.is_none() { " (or its credential types could not be loaded)" } else { "" }
                )}</p>
            }
            .into_any()
        } else {
            let steps = chain
                .into_iter()
                .map(|(id, label)| {
                    let href = explorer_href(&options.explorer_href, &id);
                    view! { <li>{safe_link(href, label)}</li> }
                })
                .collect_view();
            view! {
                <p>{format!("Achievement type: {t}. In the course's credential hierarchy:")}</p>
                <ol class="ler-inspector-chain" aria-label="From this type up to its root">
                    {steps}
                </ol>
            }
            .into_any()
        }
    });
    let criteria = a.criteria_narrative.clone().or(a.criteria_url.clone());
    let alignments: Vec<Item> = a
        .alignments
        .iter()
        .map(|al| Item {
            label: al.name.clone().unwrap_or_else(|| "(unnamed)".into()),
            detail: [
                al.framework.clone(),
                al.code.clone(),
                al.target_type.clone(),
            ]
            .into_iter()
            .flatten()
            .reduce(|x, y| format!("{x} · {y}")),
            url: al.url.clone(),
        })
        .collect();
    let credits = match (&a.credits_earned, &a.credits_available) {
        (None, None) => None,
        (earned, available) => Some(format!(
            "Credits earned: {}; available: {}.",
            earned.clone().unwrap_or_else(|| "not stated".into()),
            available.clone().unwrap_or_else(|| "not stated".into())
        )),
    };
    view! {
        <section class="ler-inspector-achievement" aria-labelledby="ler-insp-achievement">
            <h4 id="ler-insp-achievement">
                {format!("Achievement: {}", a.name.clone().unwrap_or_else(|| "(unnamed)".into()))}
            </h4>
            {a.description.clone().map(|d| view! { <p>{d}</p> })}
            {hierarchy}
            {criteria.map(|c| view! { <h5>"Criteria"</h5><p class="ler-inspector-pre">{c}</p> })}
            {list_of("Alignments", &alignments)}
            {list_of("Result descriptions", &a.result_descriptions)}
            {list_of("Results", &a.results)}
            {list_of("Evidence", &a.evidence)}
            {credits.map(|c| view! { <p>{c}</p> })}
            {list_of("Endorsements", &a.endorsements)}
        </section>
    }
}

#[component]
pub(super) fn ClrSection(clr: Clr) -> impl IntoView {
    let partial = clr.partial.map(|p| {
        if p {
            "This CLR is partial: the publisher knows of achievements it leaves out."
        } else {
            "This CLR says it is complete."
        }
    });
    let graph = (!clr.associations.is_empty()).then(|| {
        let rows = clr
            .associations
            .iter()
            .map(|a| {
                view! {
                    <tr>
                        <td>{a.source.clone()}</td>
                        <td>{format!("{} ({})", relation_phrase(&a.relation), a.relation)}</td>
                        <td>{a.target.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="ler-table-wrap">
                <table>
                    <caption>"How the achievements relate (associations)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Achievement"</th>
                            <th scope="col">"Relation"</th>
                            <th scope="col">"Related achievement"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="ler-inspector-clr" aria-labelledby="ler-insp-clr">
            <h4 id="ler-insp-clr">"The learner's record"</h4>
            {partial.map(|p| view! { <p>{p}</p> })}
            {list_of("Achievements", &clr.achievements)}
            {list_of("Credentials bundled in it", &clr.credentials)}
            {(!clr.credentials.is_empty()).then(|| view! {
                <p class="ler-muted">
                    "Each bundled credential carries its own proof; like the CLR's, those \
                     proofs are not verified here."
                </p>
            })}
            {graph}
        </section>
    }
}
