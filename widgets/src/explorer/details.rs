//! The details of the selected credential type.

use leptos::prelude::*;
use ler_content::model::CredentialType;

use super::explorer::Env;
use super::tree::COMPARE_LIMIT;
use crate::heading::Heading;
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
            None => placeholder(&heading_id),
        }
    };
    view! {
        <div class="ler-explorer-details" role="group" aria-labelledby=heading_id>
            {body}
        </div>
    }
}

fn placeholder(heading_id: &str) -> AnyView {
    view! {
        <Heading depth=1 id=heading_id.to_owned() tabindex="-1">
            "Details"
        </Heading>
        <p class="ler-explorer-empty">
            "Choose a credential type in the tree to see its definition, what Open Badges 3.0 \
             and CTDL call it, how it stacks, and where the course discusses it."
        </p>
    }
    .into_any()
}

fn type_details(env: &Env, i: usize, heading_id: &str) -> AnyView {
    let (Some(ty), Some(node)) = (env.ty(i), env.tree.node(i)) else {
        return placeholder(heading_id);
    };
    let label = node.label.clone();
    let path = {
        let mut ancestors: Vec<String> = env.tree.ancestors(i).map(|a| env.label(a)).collect();
        ancestors.reverse();
        (!ancestors.is_empty()).then(|| {
            view! {
                <p class="ler-eyebrow ler-explorer-path">
                    {format!("In the hierarchy: {} › {}", ancestors.join(" › "), node.label)}
                </p>
            }
        })
    };
    let note = ty.standards_note.clone().map(|note| {
        view! {
            <div class="ler-standards-note">
                <Heading depth=2>"Where Open Badges 3.0 and CTDL disagree"</Heading>
                <p>{note}</p>
            </div>
        }
    });
    view! {
        <Heading depth=1 id=heading_id.to_owned() tabindex="-1">
            {label}
        </Heading>
        {path}
        <p class="ler-definition">{ty.definition.clone()}</p>
        {compare_pick(env, i)}
        {facts(ty)}
        {note}
        {relatives(env, i)}
        {pathways_of(env, ty)}
        {modules(env, ty)}
        {terms(env, ty)}
        {sources(env, ty)}
    }
    .into_any()
}

fn facts(ty: &CredentialType) -> impl IntoView + use<> {
    let or =
        |value: &Option<String>, missing: &str| value.clone().unwrap_or_else(|| missing.to_owned());
    let code_or = |value: &Option<String>, missing: &'static str| match value {
        Some(v) => view! { <code>{v.clone()}</code> }.into_any(),
        None => missing.into_any(),
    };
    view! {
        <dl class="ler-facts">
            <dt>"Typical size"</dt>
            <dd>{or(&ty.typical_size, "No source in this course gives a typical size.")}</dd>
            <dt>"How it is assessed"</dt>
            <dd>{or(&ty.assessment, "Not described.")}</dd>
            <dt>"Who typically issues it"</dt>
            <dd>{ty.issuer.clone()}</dd>
            <dt>"Open Badges 3.0 achievementType"</dt>
            <dd>{code_or(&ty.ob_achievement_type, "None: Open Badges 3.0 has no value for it.")}</dd>
            <dt>"CTDL class"</dt>
            <dd>{code_or(&ty.ctdl_class, "None: CTDL has no class for it.")}</dd>
            <dt>"How it stacks"</dt>
            <dd>{or(&ty.stackability, "Not described.")}</dd>
        </dl>
    }
}

/// The "Compare" checkbox (unless the embedder hid comparing).
fn compare_pick(env: &Env, i: usize) -> Option<impl IntoView + use<>> {
    if env.hide_compare {
        return None;
    }
    let compare = env.compare;
    let box_id = format!("{}compare-{i}", env.prefix);
    let note_id = format!("{box_id}-note");
    let blocked = move || compare.with(|c| c.is_full() && !c.contains(i));
    let note = move || {
        compare.with(|c| {
            if c.is_full() && !c.contains(i) {
                format!("{COMPARE_LIMIT} types are already picked; remove one to add this one.")
            } else if c.is_empty() {
                format!("Pick up to {COMPARE_LIMIT} types to see them side by side.")
            } else {
                format!("{} of {COMPARE_LIMIT} picked.", c.len())
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
            <label for=box_id>"Compare"</label>
            <span id=note_id class="ler-compare-note">{note}</span>
        </p>
    })
}

/// A button that shows another type.
pub(super) fn type_button(env: &Env, i: usize) -> impl IntoView + use<> {
    let env = env.clone();
    let label = env.label(i);
    view! {
        <button type="button" class="ler-secondary ler-small ler-type-button" on:click=move |_| env.show(i)>
            {label}
        </button>
    }
}

fn relatives(env: &Env, i: usize) -> impl IntoView + use<> {
    let node = env.tree.node(i);
    let parent = match node.and_then(|n| n.parent) {
        Some(p) => type_button(env, p).into_any(),
        None => view! { <span>"None: this is a top-level type."</span> }.into_any(),
    };
    let children = node.map(|n| n.children.clone()).unwrap_or_default();
    let children = if children.is_empty() {
        view! { <p>"None."</p> }.into_any()
    } else {
        let items = children
            .iter()
            .map(|&c| view! { <li>{type_button(env, c)}</li> })
            .collect::<Vec<_>>();
        view! { <ul class="ler-type-list">{items}</ul> }.into_any()
    };
    view! {
        <Heading depth=2>"Broader type"</Heading>
        <p>{parent}</p>
        <Heading depth=2>"Narrower types"</Heading>
        {children}
    }
}

fn pathways_of(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let items = env
        .library
        .pathways
        .iter()
        .filter_map(|p| {
            let step = p.steps.iter().position(|s| *s == ty.id)?;
            Some(view! {
                <li>
                    {format!("Step {} of {} in “{}”", step + 1, p.steps.len(), p.title)}
                </li>
            })
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <Heading depth=2>"Stackable pathways it is part of"</Heading>
            <ul>{items}</ul>
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
    let items = found
        .into_iter()
        .map(|(order, id, title)| {
            let text = format!("Module {order}: {title}");
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
            <Heading depth=2>"Modules that discuss it"</Heading>
            <ul>{items}</ul>
        }
    })
}

fn terms(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let items = ty
        .terms
        .iter()
        .filter_map(|id| env.library.glossary.iter().find(|t| t.id == *id))
        .map(|t| {
            view! {
                <dt>{t.term.clone()}</dt>
                <dd>{t.definition.clone()}</dd>
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <Heading depth=2>"Related glossary terms"</Heading>
            <dl class="ler-glossary">{items}</dl>
        }
    })
}

fn sources(env: &Env, ty: &CredentialType) -> Option<impl IntoView + use<>> {
    let items = ty
        .sources
        .iter()
        .filter_map(|id| env.library.references.iter().find(|r| r.id == *id))
        .map(|r| {
            let title = if urls::is_safe_href(&r.url) {
                view! {
                    <a href=r.url.clone() rel="noopener noreferrer" target="_blank">
                        {r.title.clone()}
                    </a>
                }
                .into_any()
            } else {
                view! { <cite>{r.title.clone()}</cite> }.into_any()
            };
            view! { <li>{title} {format!(" — {}, {}", r.author, r.year)}</li> }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <Heading depth=2>"Sources"</Heading>
            <ul class="ler-sources">{items}</ul>
        }
    })
}
