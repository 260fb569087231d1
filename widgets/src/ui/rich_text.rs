//! Rendering the model's rich text as DOM nodes.
//!
//! Compiled text is a tree of blocks and inlines, never HTML: every string becomes a text
//! node, and the only attributes set from content are `href`s that pass
//! [`urls::is_safe_href`]. So a compiled file, even one edited by hand, cannot put markup or
//! script into the page.

use crate::text_map::TextMap;
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Block, Inline, Target, Text};

use crate::urls;

/// What rich text needs to know about where it is shown.
#[derive(Clone, Default)]
pub struct TextCtx {
    inner: Arc<TextCtxInner>,
}

#[derive(Default)]
struct TextCtxInner {
    /// Footnote number of each cited reference id (from 1).
    cite_numbers: TextMap<usize>,
    /// Prefix that makes element ids unique per widget instance.
    id_prefix: String,
    /// Called for links into the course (module, optional section).
    on_module_link: Option<Callback<(String, Option<String>)>>,
}

impl TextCtx {
    /// A context whose citations are numbered by their position in `reference_ids`.
    pub fn new(
        reference_ids: impl IntoIterator<Item = String>,
        id_prefix: String,
        on_module_link: Option<Callback<(String, Option<String>)>>,
    ) -> Self {
        let cite_numbers = reference_ids
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id, i + 1))
            .collect();
        Self {
            inner: Arc::new(TextCtxInner {
                cite_numbers,
                id_prefix,
                on_module_link,
            }),
        }
    }

    /// The element id of reference number `n` in this widget.
    pub fn reference_anchor(&self, n: usize) -> String {
        format!("{}ref-{n}", self.inner.id_prefix)
    }

    /// The footnote number of a cited reference, if it is in this module's list.
    pub fn cite_number(&self, id: &str) -> Option<usize> {
        self.inner.cite_numbers.get(id).copied()
    }
}

/// Renders blocks.
pub(crate) fn blocks(ctx: &TextCtx, blocks: &[Block]) -> AnyView {
    blocks
        .iter()
        .map(|b| block(ctx, b))
        .collect::<Vec<_>>()
        .into_any()
}

fn block(ctx: &TextCtx, block: &Block) -> AnyView {
    match block {
        Block::Para(text) => view! { <p>{inlines(ctx, text)}</p> }.into_any(),
        Block::Heading { level, text } => heading(*level, inlines(ctx, text)),
        Block::Bullets(items) => view! { <ul>{list_items(ctx, items)}</ul> }.into_any(),
        Block::Numbered(items) => view! { <ol>{list_items(ctx, items)}</ol> }.into_any(),
        Block::Quote(inner) => view! { <blockquote>{blocks(ctx, inner)}</blockquote> }.into_any(),
        Block::Code(code) => view! { <pre><code>{code.clone()}</code></pre> }.into_any(),
        Block::Table { head, rows } => table(ctx, head, rows),
    }
}

/// Sub-headings inside a section. The section title is one level below the widget's top
/// heading (an `h3` by default), so content's `###` sits one below that (`h4`) and deeper
/// levels follow, capped at `h6`.
fn heading(level: u8, content: AnyView) -> AnyView {
    let depth = level.clamp(3, 5) - 1;
    let level = crate::heading::HeadingLevel::current().at(depth);
    crate::heading::heading_tag(
        level,
        None,
        crate::heading::rank_class(depth, None),
        None,
        content,
    )
}

fn list_items(ctx: &TextCtx, items: &[Vec<Block>]) -> Vec<AnyView> {
    items
        .iter()
        .map(|item| view! { <li>{blocks(ctx, item)}</li> }.into_any())
        .collect()
}

fn table(ctx: &TextCtx, head: &[Text], rows: &[Vec<Text>]) -> AnyView {
    let head = head
        .iter()
        .map(|cell| view! { <th scope="col">{inlines(ctx, cell)}</th> })
        .collect::<Vec<_>>();
    let rows = rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|cell| view! { <td>{inlines(ctx, cell)}</td> })
                .collect::<Vec<_>>();
            view! { <tr>{cells}</tr> }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="ler-table-wrap">
            <table>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Renders inline text.
pub(crate) fn inlines(ctx: &TextCtx, text: &[Inline]) -> AnyView {
    text.iter()
        .map(|i| inline(ctx, i))
        .collect::<Vec<_>>()
        .into_any()
}

pub(crate) use ler_content::model::plain_text as plain;

fn inline(ctx: &TextCtx, inline: &Inline) -> AnyView {
    match inline {
        Inline::Text(s) => s.clone().into_any(),
        Inline::Emph(t) => view! { <em>{inlines(ctx, t)}</em> }.into_any(),
        Inline::Strong(t) => view! { <strong>{inlines(ctx, t)}</strong> }.into_any(),
        Inline::Code(s) => view! { <code>{s.clone()}</code> }.into_any(),
        Inline::Break => view! { <br/> }.into_any(),
        Inline::Cite(ids) => citation(ctx, ids),
        Inline::Link(link) => {
            let text = inlines(ctx, &link.text);
            match &link.to {
                Target::Url(href) if urls::is_safe_href(href) => view! {
                    <a href=href.clone() rel="noopener noreferrer" target="_blank">{text}</a>
                }
                .into_any(),
                // An unsafe URL loses its link, never its words.
                Target::Url(_) => text,
                Target::Module { module, section } => module_link(ctx, module, section, text),
                Target::Credential(_) => {
                    view! { <span class="ler-credential-ref">{text}</span> }.into_any()
                }
                Target::Term(_) => view! { <span class="ler-term">{text}</span> }.into_any(),
            }
        }
    }
}

fn module_link(ctx: &TextCtx, module: &str, section: &Option<String>, text: AnyView) -> AnyView {
    let Some(on_link) = ctx.inner.on_module_link else {
        return text;
    };
    let target = (module.to_owned(), section.clone());
    view! {
        <a
            href="#"
            class="ler-module-link"
            on:click=move |ev| {
                ev.prevent_default();
                on_link.run(target.clone());
            }
        >
            {text}
        </a>
    }
    .into_any()
}

fn citation(ctx: &TextCtx, ids: &[String]) -> AnyView {
    let lang = crate::i18n::Lang::current();
    let links = ids
        .iter()
        .filter_map(|id| ctx.cite_number(id))
        .map(|n| {
            let anchor = ctx.reference_anchor(n);
            view! {
                <a
                    href=format!("#{anchor}")
                    class="ler-cite"
                    aria-label=lang.count(crate::i18n::Msg::ReferenceN, &[("n", n)])
                    lang=lang.inside_content()
                    on:click=move |ev| {
                        ev.prevent_default();
                        crate::dom::focus_in_same_root(&ev, &anchor);
                    }
                >
                    {format!("[{n}]")}
                </a>
            }
        })
        .collect::<Vec<_>>();
    view! { <sup>{links}</sup> }.into_any()
}
