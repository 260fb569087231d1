//! The model's rich text as HTML: the same elements and classes as the widgets' DOM
//! renderer (`ui/rich_text.rs`), so the stylesheet lays the pre-rendered page out as it
//! lays out the widget that takes it over.

use ler_content::model::{Block, Inline, Target, Text};

use crate::heading::{HeadingLevel, rank_class};
use crate::html::Html;
use crate::i18n::{Lang, Msg};
use crate::urls;

/// What rich text needs to know about the page it is written into.
pub(super) struct Ctx<'a> {
    /// Footnote numbers are positions in this list, from 1.
    pub reference_ids: &'a [String],
    /// Prefix of the page's element ids.
    pub prefix: &'a str,
    /// The level of the page's top heading.
    pub level: HeadingLevel,
    /// The interface language (citations' names).
    pub lang: Lang,
}

impl Ctx<'_> {
    /// The element id of reference number `n`.
    pub(super) fn reference_anchor(&self, n: usize) -> String {
        format!("{}ref-{n}", self.prefix)
    }

    /// A heading `depth` below the page's top one, with the class the stylesheet sizes by.
    pub(super) fn heading(
        &self,
        h: &mut Html,
        depth: u8,
        id: Option<&str>,
        class: Option<&str>,
        inner: impl FnOnce(&mut Html),
    ) {
        let tag = format!("h{}", self.level.at(depth).max(1));
        let class = rank_class(depth, class);
        h.el(&tag, &[("id", id), ("class", Some(&class))], inner);
    }
}

pub(super) fn blocks(ctx: &Ctx<'_>, h: &mut Html, blocks: &[Block]) {
    for b in blocks {
        block(ctx, h, b);
    }
}

fn block(ctx: &Ctx<'_>, h: &mut Html, block: &Block) {
    match block {
        Block::Para(text) => h.el("p", &[], |h| inlines(ctx, h, text)),
        // As the widgets place sub-headings: content's `###` one below the section title.
        Block::Heading { level, text } => {
            ctx.heading(h, (*level).clamp(3, 5) - 1, None, None, |h| {
                inlines(ctx, h, text)
            });
        }
        Block::Bullets(items) => h.el("ul", &[], |h| list_items(ctx, h, items)),
        Block::Numbered(items) => h.el("ol", &[], |h| list_items(ctx, h, items)),
        Block::Quote(inner) => h.el("blockquote", &[], |h| blocks(ctx, h, inner)),
        Block::Code(code) => h.el("pre", &[], |h| h.el("code", &[], |h| h.text(code))),
        Block::Table { head, rows } => {
            h.el("div", &[("class", Some("ler-table-wrap"))], |h| {
                h.el("table", &[], |h| {
                    h.el("thead", &[], |h| {
                        h.el("tr", &[], |h| {
                            for cell in head {
                                h.el("th", &[("scope", Some("col"))], |h| inlines(ctx, h, cell));
                            }
                        });
                    });
                    h.el("tbody", &[], |h| {
                        for row in rows {
                            h.el("tr", &[], |h| {
                                for cell in row {
                                    h.el("td", &[], |h| inlines(ctx, h, cell));
                                }
                            });
                        }
                    });
                });
            });
        }
    }
}

fn list_items(ctx: &Ctx<'_>, h: &mut Html, items: &[Vec<Block>]) {
    for item in items {
        h.el("li", &[], |h| blocks(ctx, h, item));
    }
}

pub(super) fn inlines(ctx: &Ctx<'_>, h: &mut Html, text: &Text) {
    for i in text {
        inline(ctx, h, i);
    }
}

fn inline(ctx: &Ctx<'_>, h: &mut Html, inline: &Inline) {
    match inline {
        Inline::Text(s) => h.text(s),
        Inline::Emph(t) => h.el("em", &[], |h| inlines(ctx, h, t)),
        Inline::Strong(t) => h.el("strong", &[], |h| inlines(ctx, h, t)),
        Inline::Code(s) => h.el("code", &[], |h| h.text(s)),
        Inline::Break => h.void("br"),
        Inline::Cite(ids) => citation(ctx, h, ids),
        Inline::Link(link) => match &link.to {
            Target::Url(href) if urls::is_safe_href(href) => h.el(
                "a",
                &[
                    ("href", Some(href)),
                    ("rel", Some("noopener noreferrer")),
                    ("target", Some("_blank")),
                ],
                |h| inlines(ctx, h, &link.text),
            ),
            // An unsafe URL loses its link, never its words. A link to another module
            // needs the widget (it opens that module in place): until then, its words.
            Target::Url(_) | Target::Module { .. } => inlines(ctx, h, &link.text),
            Target::Credential(_) => h.el("span", &[("class", Some("ler-credential-ref"))], |h| {
                inlines(ctx, h, &link.text)
            }),
            Target::Term(_) => h.el("span", &[("class", Some("ler-term"))], |h| {
                inlines(ctx, h, &link.text)
            }),
        },
    }
}

fn citation(ctx: &Ctx<'_>, h: &mut Html, ids: &[String]) {
    h.el("sup", &[], |h| {
        let numbers = ids
            .iter()
            .filter_map(|id| ctx.reference_ids.iter().position(|r| r == id))
            .map(|i| i + 1);
        for n in numbers {
            let href = format!("#{}", ctx.reference_anchor(n));
            let label = ctx.lang.count(Msg::ReferenceN, &[("n", n)]);
            h.el(
                "a",
                &[
                    ("href", Some(&href)),
                    ("class", Some("ler-cite")),
                    ("aria-label", Some(&label)),
                ],
                |h| h.text(&format!("[{n}]")),
            );
        }
    });
}
