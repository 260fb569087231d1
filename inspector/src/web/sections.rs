//! The achievement (with its place in the course's credential hierarchy) and a CLR's
//! achievements and association graph.

use std::sync::Arc;

use leptos::prelude::*;

use super::Options;
use crate::extract::{Achievement, Clr, Item, relation_phrase};
use crate::hierarchy::{Library, explorer_href};
use crate::i18n::{Lang, Msg};

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
    let lang = Lang::current();
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
                <p>
                    {lang.fill(
                        if library.is_none() {
                            Msg::AchievementTypeNoLibrary
                        } else {
                            Msg::AchievementTypeUnmapped
                        },
                        &[("type", &t)],
                    )}
                </p>
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
                <p>{lang.fill(Msg::AchievementType, &[("type", &t)])}</p>
                <ol class="ler-inspector-chain" aria-label=lang.t(Msg::ChainLabel) lang=lang.content()>
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
            label: al
                .name
                .clone()
                .unwrap_or_else(|| lang.t(Msg::Unnamed).to_owned()),
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
        (earned, available) => {
            let stated =
                |v: &Option<String>| v.clone().unwrap_or_else(|| lang.t(Msg::NotStated).into());
            Some(lang.fill(
                Msg::Credits,
                &[
                    ("earned", &stated(earned)),
                    ("available", &stated(available)),
                ],
            ))
        }
    };
    view! {
        <section class="ler-inspector-achievement" aria-labelledby="ler-insp-achievement">
            <h4 id="ler-insp-achievement">
                {lang.fill(
                    Msg::AchievementHeading,
                    &[("name", &a.name.clone().unwrap_or_else(|| lang.t(Msg::Unnamed).into()))],
                )}
            </h4>
            {a.description.clone().map(|d| view! { <p>{d}</p> })}
            {hierarchy}
            {criteria
                .map(|c| {
                    view! {
                        <h5>{lang.t(Msg::Criteria)}</h5>
                        <p class="ler-inspector-pre">{c}</p>
                    }
                })}
            {list_of(lang.t(Msg::Alignments), &alignments)}
            {list_of(lang.t(Msg::ResultDescriptions), &a.result_descriptions)}
            {list_of(lang.t(Msg::Results), &a.results)}
            {list_of(lang.t(Msg::Evidence), &a.evidence)}
            {credits.map(|c| view! { <p>{c}</p> })}
            {list_of(lang.t(Msg::Endorsements), &a.endorsements)}
        </section>
    }
}

#[component]
pub(super) fn ClrSection(clr: Clr) -> impl IntoView {
    let lang = Lang::current();
    let partial = clr
        .partial
        .map(|p| lang.t(if p { Msg::ClrPartial } else { Msg::ClrComplete }));
    let graph = (!clr.associations.is_empty()).then(|| {
        let rows = clr
            .associations
            .iter()
            .map(|a| {
                view! {
                    <tr>
                        <td>{a.source.clone()}</td>
                        <td>{format!("{} ({})", relation_phrase(&a.relation, lang), a.relation)}</td>
                        <td>{a.target.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="ler-table-wrap">
                <table>
                    <caption>{lang.t(Msg::AssociationsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{lang.t(Msg::ColAchievement)}</th>
                            <th scope="col">{lang.t(Msg::ColRelation)}</th>
                            <th scope="col">{lang.t(Msg::ColRelated)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="ler-inspector-clr" aria-labelledby="ler-insp-clr">
            <h4 id="ler-insp-clr">{lang.t(Msg::ClrHeading)}</h4>
            {partial.map(|p| view! { <p>{p}</p> })}
            {list_of(lang.t(Msg::Achievements), &clr.achievements)}
            {list_of(lang.t(Msg::Bundled), &clr.credentials)}
            {(!clr.credentials.is_empty())
                .then(|| view! { <p class="ler-muted">{lang.t(Msg::BundledNote)}</p> })}
            {graph}
        </section>
    }
}
