//! The details of the selected credential type.
//!
//! What never changes once a type is chosen (its facts, pathways, glossary terms, sources
//! and the buttons to its broader and narrower types) is written as text by the escaping
//! HTML writer (`ui/html.rs`) into the element that holds it: one DOM call instead of one
//! per node, and no generic view code per element shape. The panel listens for the type
//! buttons' clicks ([`show_clicked_type`]). The compare box and the links to modules stay
//! Leptos views.

use leptos::prelude::*;
use ler_content::model::{CredentialType, Reference};

use super::explorer::{Env, clicked_node};
use super::tree::COMPARE_LIMIT;
use crate::heading::Heading;
use crate::html::Html;
use crate::i18n::{Lang, Msg};
use crate::urls;

/// The details panel: the selected type, or how to pick one.
pub(super) fn details_panel(env: &Env) -> impl IntoView {
    let state = env.state;
    let selected = Memo::new(move |_| state.with(|s| s.selected()));
    let heading_id = env.details_heading_id();
    let body = {
        let env = env.clone();
        let heading_id = heading_id.clone();
        move || match selected.get() {
            Some(i) => type_details(&env, i, &heading_id),
            None => placeholder(&heading_id, env.lang),
        }
    };
    view! {
        <div
            class="ler-explorer-details"
            role="group"
            aria-labelledby=heading_id
            on:click=show_clicked_type(env)
        >
            {body}
        </div>
    }
}

fn placeholder(heading_id: &str, lang: Lang) -> AnyView {
    view! {
        <Heading depth=1 id=heading_id.to_owned() tabindex="-1">
            {lang.t(Msg::Details)}
        </Heading>
        <p class="ler-explorer-empty">{lang.t(Msg::ChooseType)}</p>
    }
    .into_any()
}

fn type_details(env: &Env, i: usize, heading_id: &str) -> AnyView {
    let (Some(ty), Some(node)) = (env.ty(i), env.tree.node(i)) else {
        return placeholder(heading_id, env.lang);
    };
    let lang = env.lang;
    let content = lang.content();
    let label = node.label.clone();
    let path = {
        let mut ancestors: Vec<String> = env.tree.ancestors(i).map(|a| env.label(a)).collect();
        ancestors.reverse();
        (!ancestors.is_empty()).then(|| {
            view! {
                <p class="ler-eyebrow ler-explorer-path">
                    {lang.fill(Msg::InHierarchy, &[("path", "")])}
                    <span lang=content>{format!("{} › {}", ancestors.join(" › "), node.label)}</span>
                </p>
            }
        })
    };
    let note = ty.standards_note.clone().map(|note| {
        view! {
            <div class="ler-standards-note">
                <Heading depth=2>{lang.t(Msg::StandardsDisagree)}</Heading>
                <p lang=content>{note}</p>
            </div>
        }
    });
    view! {
        <Heading depth=1 id=heading_id.to_owned() tabindex="-1" lang=content>
            {label}
        </Heading>
        {path}
        <p class="ler-definition" lang=content>{ty.definition.clone()}</p>
        {compare_pick(env, i)}
        {facts(ty, lang)}
        {note}
        {relatives(env, i)}
        {pathways_of(env, ty)}
        {modules(env, ty)}
        {terms(env, ty)}
        {sources(env, ty)}
    }
    .into_any()
}

fn facts(ty: &CredentialType, lang: Lang) -> impl IntoView + use<> {
    // A value is what the course wrote (its language); a missing one is said by the
    // interface (its own).
    let content = lang.content();
    let mut h = Html::default();
    let mut fact = |name: Msg, value: Option<&str>, missing: Msg, code: bool| {
        h.el("dt", &[], |h| h.text(lang.t(name)));
        match value {
            Some(v) if code => h.el("dd", &[], |h| h.el("code", &[], |h| h.text(v))),
            Some(v) => h.el("dd", &[("lang", content)], |h| h.text(v)),
            None => h.el("dd", &[], |h| h.text(lang.t(missing))),
        }
    };
    fact(
        Msg::TypicalSize,
        ty.typical_size.as_deref(),
        Msg::NoTypicalSize,
        false,
    );
    fact(
        Msg::HowAssessed,
        ty.assessment.as_deref(),
        Msg::NotDescribed,
        false,
    );
    fact(Msg::WhoIssues, Some(&ty.issuer), Msg::NotDescribed, false);
    fact(
        Msg::ObAchievementType,
        ty.ob_achievement_type.as_deref(),
        Msg::NoObAchievementType,
        true,
    );
    fact(
        Msg::CtdlClass,
        ty.ctdl_class.as_deref(),
        Msg::NoCtdlClass,
        true,
    );
    fact(
        Msg::HowStacks,
        ty.stackability.as_deref(),
        Msg::NotDescribed,
        false,
    );
    view! { <dl class="ler-facts" inner_html=h.finish()></dl> }
}

/// The "Compare" checkbox (unless the embedder hid comparing).
fn compare_pick(env: &Env, i: usize) -> Option<impl IntoView + use<>> {
    if env.hide_compare {
        return None;
    }
    let compare = env.compare;
    let lang = env.lang;
    let box_id = format!("{}compare-{i}", env.prefix);
    let note_id = format!("{box_id}-note");
    let blocked = move || compare.with(|c| c.is_full() && !c.contains(i));
    let note = move || {
        compare.with(|c| {
            let limit = ("limit", COMPARE_LIMIT);
            if c.is_full() && !c.contains(i) {
                lang.count(Msg::CompareFull, &[limit])
            } else if c.is_empty() {
                lang.count(Msg::ComparePickUpTo, &[limit])
            } else {
                lang.count(Msg::ComparePicked, &[("n", c.len()), limit])
            }
        })
    };
    Some(view! {
        <p class="ler-compare-pick">
            <input
                type="checkbox"
                id=box_id.clone()
                aria-describedby=note_id.clone()
                prop:checked=move || compare.with(|c| c.contains(i))
                disabled=blocked
                on:change=move |_| compare.update(|c| {
                    c.toggle(i);
                })
            />
            <label for=box_id>{lang.t(Msg::Compare)}</label>
            <span id=note_id class="ler-compare-note">{note}</span>
        </p>
    })
}

/// A button that shows type `i`, written as text: the panel that holds it listens for its
/// clicks ([`show_clicked_type`]), which find the type by `data-node`.
pub(super) fn type_button(env: &Env, h: &mut Html, i: usize) {
    let node = i.to_string();
    let attrs = [
        ("type", Some("button")),
        ("class", Some("ler-secondary ler-small ler-type-button")),
        ("lang", env.lang.content()),
        ("data-node", Some(node.as_str())),
    ];
    h.el("button", &attrs, |h| h.text(&env.label(i)));
}

/// The click listener of a panel with type buttons: shows the type of the button clicked.
pub(super) fn show_clicked_type(env: &Env) -> impl Fn(leptos::ev::MouseEvent) + use<> {
    let env = env.clone();
    move |ev| {
        if let Some(i) = clicked_node(&ev, "button.ler-type-button") {
            env.show(i);
        }
    }
}

fn relatives(env: &Env, i: usize) -> impl IntoView + use<> {
    let lang = env.lang;
    let node = env.tree.node(i);
    let mut parent = Html::default();
    match node.and_then(|n| n.parent) {
        Some(p) => type_button(env, &mut parent, p),
        None => parent.el("span", &[], |h| h.text(lang.t(Msg::TopLevelType))),
    }
    let children = node.map(|n| n.children.clone()).unwrap_or_default();
    let children = if children.is_empty() {
        view! { <p>{lang.t(Msg::NoneDot)}</p> }.into_any()
    } else {
        let mut items = Html::default();
        for &c in &children {
            items.el("li", &[], |h| type_button(env, h, c));
        }
        view! { <ul class="ler-type-list" inner_html=items.finish()></ul> }.into_any()
    };
    view! {
        <Heading depth=2>{lang.t(Msg::BroaderType)}</Heading>
        <p inner_html=parent.finish()></p>
        <Heading depth=2>{lang.t(Msg::NarrowerTypes)}</Heading>
        {children}
    }
}

fn pathways_of(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let lang = env.lang;
    let mut h = Html::default();
    for p in &env.library.pathways {
        let Some(step) = p.steps.iter().position(|s| *s == ty.id) else {
            continue;
        };
        let text = lang.fill(
            Msg::StepOf,
            &[
                ("n", &lang.number(step + 1)),
                ("total", &lang.number(p.steps.len())),
                ("pathway", &p.title),
            ],
        );
        h.el("li", &[], |h| h.text(&text));
    }
    (!h.is_empty()).then(|| {
        view! {
            <Heading depth=2>{lang.t(Msg::PathwaysOfType)}</Heading>
            <ul inner_html=h.finish()></ul>
        }
    })
}

fn modules(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    // Sorted and without repeats, built by insertion: a handful of modules, and no sort
    // routine compiled for this tuple (−1 KB of wasm).
    let mut found: Vec<(u32, String, String)> = Vec::new();
    for id in &ty.modules {
        let Some((order, title)) = env.modules.get(id) else {
            continue;
        };
        let entry = (*order, id.clone(), title.clone());
        let at = found.partition_point(|e| *e < entry);
        if found.get(at) != Some(&entry) {
            found.insert(at, entry);
        }
    }
    let on_link = env.on_module_link;
    let lang = env.lang;
    let items = found
        .into_iter()
        .map(|(order, id, title)| {
            let text = lang.module_title(order, &title);
            match on_link {
                Some(cb) => view! {
                    <li>
                        <a
                            href="#"
                            class="ler-module-link"
                            on:click=move |ev| {
                                ev.prevent_default();
                                cb.run(id.clone());
                            }
                        >
                            {text}
                        </a>
                    </li>
                }
                .into_any(),
                None => {
                    let href = format!("?module={}", js_sys::encode_uri_component(&id));
                    view! { <li><a href=href class="ler-module-link">{text}</a></li> }.into_any()
                }
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <Heading depth=2>{lang.t(Msg::ModulesDiscuss)}</Heading>
            <ul>{items}</ul>
        }
    })
}

fn terms(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let lang = env.lang;
    let mut h = Html::default();
    for t in ty
        .terms
        .iter()
        .filter_map(|id| env.library.glossary.iter().find(|t| t.id == *id))
    {
        h.el("dt", &[], |h| h.text(&t.term));
        h.el("dd", &[], |h| h.text(&t.definition));
    }
    (!h.is_empty()).then(|| {
        view! {
            <Heading depth=2>{lang.t(Msg::RelatedTerms)}</Heading>
            <dl class="ler-glossary" lang=lang.content() inner_html=h.finish()></dl>
        }
    })
}

fn sources(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let lang = env.lang;
    let mut h = Html::default();
    for r in ty
        .sources
        .iter()
        .filter_map(|id| env.library.references.iter().find(|r| r.id == *id))
    {
        h.el("li", &[], |h| {
            reference_title(h, r, None);
            h.text(&format!(" — {}, {}", r.author, r.year));
        });
    }
    (!h.is_empty()).then(|| {
        view! {
            <Heading depth=2>{lang.t(Msg::Sources)}</Heading>
            <ul class="ler-sources" lang=lang.content() inner_html=h.finish()></ul>
        }
    })
}

/// A reference's title: a link to it, or (an unsafe address loses its link, never its
/// title) the title alone; `lang` as the surrounding text needs it.
pub(super) fn reference_title(h: &mut Html, r: &Reference, lang: Option<&str>) {
    if urls::is_safe_href(&r.url) {
        let link = [
            ("href", Some(r.url.as_str())),
            ("rel", Some("noopener noreferrer")),
            ("target", Some("_blank")),
            ("lang", lang),
        ];
        h.el("a", &link, |h| h.text(&r.title));
    } else {
        h.el("cite", &[("lang", lang)], |h| h.text(&r.title));
    }
}
