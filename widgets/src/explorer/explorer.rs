//! The explorer component: filter, tree, details, comparison and pathways.
//!
//! The tree follows the WAI-ARIA Authoring Practices tree view pattern (single select):
//! `role="tree"` with nested `role="treeitem"` / `role="group"`, one tab stop that moves with
//! the arrow keys (roving tabindex), Enter or Space to select, type-ahead, and `*` to open
//! every sibling. All of those rules are in [`TreeState`]; this file maps keys and state to
//! the DOM.

use crate::text_map::TextMap;
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use ler_content::model::{Course, CredentialType, Library};

use super::compare::compare_panel;
use super::details::details_panel;
use super::load::ExplorerOptions;
use super::map::credential_map;
use super::pathways::pathways_panel;
use super::tree::{CompareSet, Hierarchy, Key, Match, MatchField, TreeState};
use crate::heading::Heading;
use crate::i18n::{Lang, Msg};
use crate::ids::instance_prefix;

/// What every part of the explorer shares.
#[derive(Clone)]
pub(super) struct Env {
    pub(super) library: Arc<Library>,
    pub(super) tree: Arc<Hierarchy>,
    pub(super) state: RwSignal<TreeState>,
    pub(super) compare: RwSignal<CompareSet>,
    pub(super) prefix: Arc<str>,
    pub(super) hide_compare: bool,
    /// Module id → "Module 3: Title", from the course index.
    pub(super) modules: Arc<TextMap<(u32, String)>>,
    pub(super) on_module_link: Option<Callback<String>>,
    /// The interface language; `lang.content()` marks what the course wrote.
    pub(super) lang: Lang,
    items: Arc<Vec<NodeRef<html::Li>>>,
    /// The explorer's root: headings that receive focus are found in it by id (their tag
    /// follows `heading-level`, so no typed reference can hold them).
    root: NodeRef<html::Article>,
}

impl Env {
    /// The credential type of node `i`.
    pub(super) fn ty(&self, i: usize) -> Option<&CredentialType> {
        let source = self.tree.node(i)?.source;
        self.library.credential_types.get(source)
    }

    /// The label of node `i`.
    pub(super) fn label(&self, i: usize) -> String {
        self.tree
            .node(i)
            .map(|n| n.label.clone())
            .unwrap_or_default()
    }

    /// Shows type `i` from outside the tree (details, comparison, pathways): selects it and
    /// moves focus to its details, whose heading names it.
    pub(super) fn show(&self, i: usize) {
        self.state.update(|s| {
            s.select(i);
        });
        self.focus_heading_later(self.details_heading_id());
    }

    /// The id of the details panel's heading.
    pub(super) fn details_heading_id(&self) -> String {
        format!("{}details", self.prefix)
    }

    /// The id of the comparison's heading.
    pub(super) fn compare_heading_id(&self) -> String {
        format!("{}compare", self.prefix)
    }

    /// Focuses the heading `id` once the DOM has caught up (see [`focus_later`]).
    pub(super) fn focus_heading_later(&self, id: String) {
        use wasm_bindgen::JsCast as _;
        let root = self.root;
        leptos::task::spawn_local(async move {
            let heading = root
                .try_get_untracked()
                .flatten()
                .and_then(|root| {
                    root.query_selector(&format!("[id=\"{id}\"]"))
                        .ok()
                        .flatten()
                })
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    /// Moves DOM focus to the tree's tab stop once the DOM has caught up.
    pub(super) fn focus_tree_later(&self) {
        if let Some(i) = self.state.with_untracked(TreeState::tab_stop) {
            self.focus_item_later(i);
        }
    }

    fn focus_item_later(&self, i: usize) {
        if let Some(item) = self.items.get(i).copied() {
            focus_later(item);
        }
    }
}

/// The type index a click landed on: the `data-node` of the nearest element matching
/// `selector` around its target. The explorer's written parts (map boxes, type buttons)
/// carry it, and the element that holds them listens for their clicks.
pub(super) fn clicked_node(ev: &leptos::ev::MouseEvent, selector: &str) -> Option<usize> {
    use wasm_bindgen::JsCast as _;
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute("data-node")?
        .parse()
        .ok()
}

/// Focuses an element after the pending DOM updates (Leptos applies them in a task queued
/// when a signal changes, so a task queued after that runs once they are done).
pub(super) fn focus_later<E>(node: NodeRef<E>)
where
    E: html::ElementType + 'static,
    E::Output: AsRef<web_sys::HtmlElement> + wasm_bindgen::JsCast + Clone + 'static,
{
    leptos::task::spawn_local(async move {
        // `try_`: the widget may have been unmounted before this task runs.
        if let Some(element) = node.try_get_untracked().flatten() {
            let _ = AsRef::<web_sys::HtmlElement>::as_ref(&element).focus();
        }
    });
}

/// Explores the credential types of a course library.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub fn CredentialExplorer(
    /// The course index, for module titles.
    course: Arc<Course>,
    /// The course library: credential types, pathways, glossary and references.
    library: Arc<Library>,
    /// Initial selection, expansion and whether comparing is offered.
    #[prop(optional)]
    options: ExplorerOptions,
    /// Called with a module id when the learner follows a "discussed in" link; without it,
    /// the links go to `?module=<id>`.
    #[prop(optional)]
    on_module_link: Option<Callback<String>>,
) -> impl IntoView {
    let prefix: Arc<str> = Arc::from(instance_prefix());
    let tree = Arc::new(Hierarchy::new(&library.credential_types));
    let mut initial = TreeState::new(tree.clone(), options.expand_all);
    let unknown_focus = options
        .focus
        .as_deref()
        .filter(|id| !initial.select_id(id))
        .map(str::to_owned);
    let modules = course
        .modules
        .iter()
        .map(|m| (m.id.clone(), (m.order, m.title.clone())))
        .collect();
    let env = Env {
        library: library.clone(),
        tree: tree.clone(),
        state: RwSignal::new(initial),
        compare: RwSignal::new(CompareSet::default()),
        prefix: prefix.clone(),
        hide_compare: options.hide_compare,
        modules: Arc::new(modules),
        on_module_link,
        lang: Lang::current(),
        items: Arc::new((0..tree.len()).map(|_| NodeRef::new()).collect()),
        root: NodeRef::new(),
    };
    let root = env.root;
    let title_id = format!("{prefix}title");
    let labelledby = title_id.clone();
    let lang = env.lang;
    let focus_alert = unknown_focus.map(|id| unknown_focus_alert(&id, &tree, lang).into_any());
    let body = if tree.is_empty() {
        view! { <p class="ler-notice">{lang.t(Msg::NoTypes)}</p> }.into_any()
    } else {
        let compare = (!options.hide_compare).then(|| compare_panel(&env));
        view! {
            {credential_map(&env)}
            {search(&env)}
            <div class="ler-explorer-layout">
                <div class="ler-explorer-browse">
                    {tree_tools(&env)}
                    {tree_view(&env)}
                </div>
                {details_panel(&env)}
            </div>
            {compare}
            {pathways_panel(&env)}
        }
        .into_any()
    };
    view! {
        // The interface's language is inherited (the mount gives the widget one; see
        // `i18n`); what the course wrote is marked with its own, which also lets the
        // stylesheet hyphenate the narrow comparison table.
        <article class="ler-explorer" aria-labelledby=labelledby node_ref=root>
            <header class="ler-header">
                <p class="ler-eyebrow" lang=lang.content()>{course.title.clone()}</p>
                <Heading depth=0 id=title_id>{lang.t(Msg::ExplorerTitle)}</Heading>
                <p class="ler-summary">{lang.t(Msg::ExplorerSummary)}</p>
            </header>
            {focus_alert}
            {body}
        </article>
    }
}

/// The message for a `focus` option that names no type; the tree still works.
fn unknown_focus_alert(id: &str, tree: &Hierarchy, lang: Lang) -> impl IntoView {
    let known = tree
        .preorder()
        .into_iter()
        .filter_map(|i| tree.node(i).map(|n| n.id.clone()))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <div class="ler-alert" role="alert">
            <p class="ler-alert-title">{lang.t(Msg::UnknownType)}</p>
            <p>{lang.fill(Msg::UnknownFocus, &[("id", id), ("ids", &known)])}</p>
        </div>
    }
}

/// The filter box and its live count.
fn search(env: &Env) -> impl IntoView {
    let state = env.state;
    let lang = env.lang;
    let total = env.tree.len();
    let input_id = format!("{}search", env.prefix);
    let count_id = format!("{}count", env.prefix);
    let tree_id = format!("{}tree", env.prefix);
    let count = move || {
        let total = lang.number(total);
        state.with(|s| match (s.query(), s.match_count()) {
            (Some(q), Some(0)) => lang.fill(Msg::NoMatch, &[("query", q)]),
            (Some(q), Some(n)) => lang.fill(
                if n == 1 { Msg::OneMatch } else { Msg::Matches },
                &[("n", &lang.number(n)), ("total", &total), ("query", q)],
            ),
            _ => lang.fill(Msg::TypeCount, &[("total", &total)]),
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let query = event_target_value(&ev);
        state.update(|s| s.set_filter(&query));
    };
    let env = env.clone();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "ArrowDown" && !ev.alt_key() {
            ev.prevent_default();
            env.focus_tree_later();
        }
    };
    view! {
        <div class="ler-explorer-search">
            <label for=input_id.clone()>{lang.t(Msg::FindType)}</label>
            <input
                type="search"
                id=input_id
                autocomplete="off"
                spellcheck="false"
                aria-describedby=count_id.clone()
                aria-controls=tree_id
                on:input=on_input
                on:keydown=on_keydown
            />
            <p id=count_id class="ler-explorer-count" role="status">{count}</p>
        </div>
    }
}

fn tree_tools(env: &Env) -> impl IntoView {
    let state = env.state;
    let lang = env.lang;
    view! {
        <div class="ler-tree-tools">
            <button
                type="button"
                class="ler-secondary ler-small"
                on:click=move |_| state.update(TreeState::expand_all)
            >
                {lang.t(Msg::ExpandAll)}
            </button>
            <button
                type="button"
                class="ler-secondary ler-small"
                on:click=move |_| state.update(TreeState::collapse_all)
            >
                {lang.t(Msg::CollapseAll)}
            </button>
        </div>
    }
}

/// The `role="tree"` list and its keyboard handling.
fn tree_view(env: &Env) -> impl IntoView {
    // A flat list of treeitems in tree order, each with explicit aria-level / setsize /
    // posinset (the APG's flat form): nesting items inside items would make each parent's
    // visible text include all its descendants, which no longer matches its name.
    let mut order = Vec::new();
    let mut stack: Vec<usize> = env.tree.roots().iter().rev().copied().collect();
    while let Some(i) = stack.pop() {
        order.push(i);
        if let Some(node) = env.tree.node(i) {
            stack.extend(node.children.iter().rev().copied());
        }
    }
    let roots = order
        .into_iter()
        .map(|i| tree_item(env, i))
        .collect::<Vec<_>>();
    let tree_id = format!("{}tree", env.prefix);
    let hint_id = format!("{}tree-hint", env.prefix);
    let lang = env.lang;
    let env = env.clone();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let Some(key) = Key::from_dom(&ev.key()) else {
            return;
        };
        let now = js_sys::Date::now();
        let outcome = env
            .state
            .try_update(|s| s.key(key, now))
            .unwrap_or_default();
        if outcome.handled {
            ev.prevent_default();
        }
        if outcome.focus_moved {
            env.focus_tree_later();
        }
    };
    view! {
        <p id=hint_id.clone() class="ler-tree-hint">
            {lang.t(Msg::TreeHint)}
        </p>
        <ul
            role="tree"
            id=tree_id
            class="ler-tree"
            aria-label=lang.t(Msg::TreeLabel)
            aria-describedby=hint_id
            on:keydown=on_keydown
        >
            {roots}
        </ul>
    }
}

/// One `treeitem` row.
fn tree_item(env: &Env, i: usize) -> AnyView {
    let Some(node) = env.tree.node(i) else {
        return ().into_any();
    };
    let state = env.state;
    let item_ref = env.items.get(i).copied().unwrap_or_default();
    let label_id = format!("{}t{i}-label", env.prefix);
    let labelledby = label_id.clone();
    // tachys has no `aria-level` method, so it is set as a custom attribute.
    let level = state.with_untracked(|s| s.level(i)).to_string();
    let found = Memo::new(move |_| state.with(|s| s.match_of(i).cloned()));
    let lang = env.lang;
    let label = {
        let (label, synonyms) = (node.label.clone(), node.synonyms.clone());
        move || highlighted(&label, &synonyms, found.get(), lang)
    };
    let select = move |ev: leptos::ev::MouseEvent| {
        ev.stop_propagation();
        state.update(|s| {
            s.select(i);
        });
        if let Some(li) = item_ref.get_untracked() {
            let _ = li.focus();
        }
    };
    let toggle = move |ev: leptos::ev::MouseEvent| {
        ev.stop_propagation();
        state.update(|s| {
            s.toggle(i);
            s.focus(i);
        });
        if let Some(li) = item_ref.get_untracked() {
            let _ = li.focus();
        }
    };
    let on_focus = move |_| {
        if state.with_untracked(|s| s.focused() != Some(i)) {
            state.update(|s| {
                s.focus(i);
            });
        }
    };
    view! {
        <li
            role="treeitem"
            id=format!("{}t{i}", env.prefix)
            class="ler-tree-item"
            node_ref=item_ref
            aria-labelledby=labelledby
            aria-setsize=move || state.with(|s| s.set_size_and_position(i).0).to_string()
            aria-posinset=move || state.with(|s| s.set_size_and_position(i).1).to_string()
            aria-expanded=move || state.with(|s| s.expanded_state(i)).map(|e| e.to_string())
            aria-selected=move || (state.with(|s| s.selected()) == Some(i)).then_some("true")
            tabindex=move || if state.with(|s| s.tab_stop()) == Some(i) { "0" } else { "-1" }
            hidden=move || !state.with(|s| s.is_visible(i))
            on:focus=on_focus
        >
            <span class="ler-tree-row" on:click=select>
                // Every row has one, so labels line up; the stylesheet draws the arrow on
                // parents only (it reads `aria-expanded`).
                <span class="ler-tree-toggle" aria-hidden="true" on:click=toggle></span>
                <span class="ler-tree-label" id=label_id lang=lang.content()>{label}</span>
            </span>
        </li>
    }
    .attr("aria-level", level)
    .into_any()
}

/// A label with the filter's match marked; a synonym match is shown after the label.
fn highlighted(label: &str, synonyms: &[String], found: Option<Match>, lang: Lang) -> AnyView {
    let Some(found) = found else {
        return label.to_owned().into_any();
    };
    match found.field {
        MatchField::Label => marked(label, found.range).into_any(),
        MatchField::Synonym(k) => {
            let synonym = synonyms.get(k).map(String::as_str).unwrap_or_default();
            view! {
                {label.to_owned()}
                <span class="ler-tree-synonym">
                    <span lang=lang.inside_content()>" (" {lang.t(Msg::AlsoCalled)} " "</span>
                    {marked(synonym, found.range)}
                    ")"
                </span>
            }
            .into_any()
        }
    }
}

/// `text` with the byte range `range` in a `<mark>`.
fn marked(text: &str, range: std::ops::Range<usize>) -> impl IntoView + use<> {
    let before = text.get(..range.start).unwrap_or_default().to_owned();
    let hit = text.get(range.clone()).unwrap_or_default().to_owned();
    let after = text.get(range.end..).unwrap_or_default().to_owned();
    view! { {before} <mark>{hit}</mark> {after} }
}
