//! The report on one credential: what it is, the essentials, the checks by pillar, the raw
//! JSON. Every value from the document is a text node.

use std::sync::Arc;

use leptos::prelude::*;

use super::Options;
use super::key_fetch::KeyFetch;
use super::sections::{AchievementSection, ClrSection, safe_link};
use super::status::StatusListPanel;
use super::widget::Shown;
use crate::checks::{Pillar, Status};
use crate::hierarchy::Library;
use crate::i18n::{self, Lang, Msg};
use crate::links;
use crate::{Inspection, raw};

fn fact(label: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value.map(|v| view! { <dt>{label}</dt><dd>{v}</dd> })
}

/// A date fact: the day as the language writes it, the instant as written in the
/// credential in `datetime`, and the property it came from.
fn date_fact(
    label: &'static str,
    value: Option<(String, &'static str)>,
    lang: Lang,
) -> Option<impl IntoView> {
    value.map(|(raw, key)| {
        let shown = i18n::date(lang, &raw);
        view! {
            <dt>{label}</dt>
            <dd><time datetime=raw>{shown}</time>{format!(" ({key})")}</dd>
        }
    })
}

#[component]
pub(super) fn Report(
    what: String,
    inspection: Arc<Inspection>,
    bytes: Arc<Vec<u8>>,
    shown: RwSignal<Shown>,
    library: Option<Arc<Library>>,
    options: Arc<Options>,
) -> impl IntoView {
    let lang = Lang::current();
    let i = inspection;
    let e = &i.essentials;
    let image = e.image.clone().map(|src| {
        let alt = e.image_alt.clone().unwrap_or_else(|| {
            lang.fill(
                Msg::ImageOf,
                &[("name", &e.name.clone().unwrap_or_default())],
            )
        });
        view! { <img class="ler-inspector-image" src=src alt=alt/> }
    });
    let status_line = i
        .checks
        .iter()
        .find(|c| c.id == "dates")
        .map(|c| format!("{}: {}", c.status.label(lang), c.reason));
    let revocation = i
        .checks
        .iter()
        .find(|c| c.id == "status")
        .map(|c| c.reason.clone());
    let notes = (!i.notes.is_empty()).then(|| {
        view! {
            <ul class="ler-inspector-notes">
                {i.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let essentials = (!i.checks.is_empty()).then(|| {
        view! {
            <section class="ler-inspector-card" aria-labelledby="ler-insp-essentials">
                <h4 id="ler-insp-essentials">{lang.t(Msg::WhatItSays)}</h4>
                {image}
                <dl class="ler-facts">
                    {fact(lang.t(Msg::FactName), e.name.clone())}
                    {fact(lang.t(Msg::FactDescription), e.description.clone())}
                    {fact(lang.t(Msg::FactIssuer), e.issuer_name.clone())}
                    {fact(lang.t(Msg::FactIssuerId), e.issuer_id.clone())}
                    {date_fact(lang.t(Msg::FactIssued), e.issued.clone(), lang)}
                    {date_fact(lang.t(Msg::FactValidUntil), e.valid_until.clone(), lang)}
                    {fact(lang.t(Msg::FactAwardedTo), e.subject.clone())}
                    {fact(lang.t(Msg::FactValidityNow), status_line)}
                    {fact(lang.t(Msg::FactRevocation), revocation)}
                </dl>
            </section>
        }
    });
    let achievement = i.achievement.clone().map(|a| {
        view! { <AchievementSection achievement=a library=library.clone() options=options.clone()/> }
    });
    let clr = i.clr.clone().map(|c| view! { <ClrSection clr=c/> });
    let verdict = i.summary.as_ref().map(|s| {
        view! {
            <p class="ler-inspector-verdict" id="ler-insp-verdict" tabindex="-1">
                <strong>{s.line.clone()}</strong>
                {s.qualifier().map(|q| format!(" {q}"))}
            </p>
        }
    });
    let status_panel = (!i.status_lists.is_empty()).then(|| {
        view! {
            <StatusListPanel
                what=what.clone()
                addresses=i.status_lists.clone()
                bytes
                shown
            />
        }
    });
    let checks = (!i.checks.is_empty()).then(|| checks_view(&i, &options, lang));
    let key_fetch = i
        .document
        .clone()
        .map(|doc| view! { <KeyFetch doc=Arc::new(doc)/> });
    let raw = raw_view(&i, lang);
    view! {
        <article class="ler-inspector-report" aria-labelledby="ler-insp-kind">
            <h3 id="ler-insp-kind" tabindex="-1">{i.kind.label(lang)}</h3>
            <p class="ler-muted">{lang.fill(Msg::From, &[("what", &what)])}</p>
            {verdict}
            <p>{i.explanation.clone()}</p>
            {notes}
            {essentials}
            {status_panel}
            {achievement}
            {clr}
            {checks}
            {key_fetch}
            {raw}
        </article>
    }
}

/// "Label: " then the course's own title, marked as the course's language when the
/// interface speaks another.
fn course_link(href: String, label: &'static str, title: &'static str, lang: Lang) -> AnyView {
    view! {
        {label}
        " "
        <span lang=lang.content()>{safe_link(href, title.to_owned())}</span>
    }
    .into_any()
}

fn checks_view(i: &Inspection, options: &Options, lang: Lang) -> impl IntoView + use<> {
    let pillars = Pillar::ALL
        .iter()
        .map(|&pillar| {
            let section = pillar.section();
            let href = links::href(&options.module_href, &section);
            let heading_id = format!("ler-insp-pillar-{}", section.section);
            let labelled_by = heading_id.clone();
            let items = i
                .checks
                .iter()
                .filter(|c| c.pillar == pillar)
                .map(|c| {
                    let class = match c.status {
                        Status::Pass => "ler-check ler-check-pass",
                        Status::Fail => "ler-check ler-check-fail",
                        Status::NotChecked => "ler-check ler-check-not",
                        Status::NotPresent => "ler-check ler-check-absent",
                    };
                    let also = c.also.map(|s| {
                        let href = links::href(&options.module_href, &s);
                        view! {
                            " "
                            {course_link(href, lang.t(Msg::ReadMore), s.title, lang)}
                        }
                    });
                    view! {
                        <li class=class data-check=c.id>
                            <span class="ler-check-status">{c.status.label(lang)}</span>
                            ": "
                            <strong>{c.title}</strong>
                            ". "
                            {c.reason.clone()}
                            {also}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="ler-inspector-pillar" aria-labelledby=labelled_by>
                    <h5 id=heading_id>{pillar.title(lang)}</h5>
                    <p class="ler-muted">
                        {course_link(href, lang.t(Msg::CourseSays), section.title, lang)}
                    </p>
                    <ul class="ler-checks">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let count = |s: Status| i.checks.iter().filter(|c| c.status == s).count();
    view! {
        <section class="ler-inspector-checks" aria-labelledby="ler-insp-checks">
            <h4 id="ler-insp-checks">{lang.t(Msg::ChecksHeading)}</h4>
            <p>
                {lang.count(
                    Msg::ChecksCount,
                    &[
                        ("pass", count(Status::Pass)),
                        ("fail", count(Status::Fail)),
                        ("not", count(Status::NotChecked)),
                        ("absent", count(Status::NotPresent)),
                    ],
                )}
            </p>
            {pillars}
        </section>
    }
}

fn raw_view(i: &Inspection, lang: Lang) -> Option<impl IntoView + use<>> {
    let doc = i.document.as_ref()?;
    let paths: Vec<String> = i
        .checks
        .iter()
        .flat_map(|c| c.paths.iter().cloned())
        .collect();
    let lines = raw::lines(doc, &paths)
        .into_iter()
        .map(|line| {
            let text = format!("{}\n", line.text);
            if line.marked {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view();
    let header = i.jwt_header.as_ref().map(|h| {
        let text = serde_json::to_string_pretty(h).unwrap_or_default();
        view! {
            <p>{lang.t(Msg::JwtHeaderColon)}</p>
            <pre class="ler-inspector-raw" tabindex="0" aria-label=lang.t(Msg::JwtHeader)>{text}</pre>
        }
    });
    Some(view! {
        <details class="ler-inspector-rawbox">
            <summary>{lang.t(Msg::RawJson)}</summary>
            <p class="ler-muted">{lang.t(Msg::RawNote)}</p>
            {header}
            <pre class="ler-inspector-raw" tabindex="0" aria-label=lang.t(Msg::RawLabel)>
                {lines}
            </pre>
        </details>
    })
}
