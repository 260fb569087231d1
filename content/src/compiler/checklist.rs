//! A `## Checklist: …` section: intro, optional `###` groups, task-list items with ids,
//! `section=` and guidance.

use super::items::take_head;
use super::lower::lower;
use super::markdown::{IBlock, IItem};
use super::module_file::Ctx;
use super::text::{finish, plain};
use crate::model::{Block, ChecklistGroup, ChecklistItem};

/// The intro and the groups of a checklist section whose heading is at byte `at`.
pub(crate) fn checklist(
    blocks: Vec<IBlock>,
    at: usize,
    ctx: &mut Ctx<'_>,
) -> (Vec<Block>, Vec<ChecklistGroup>) {
    let mut intro = Vec::new();
    let mut groups: Vec<ChecklistGroup> = Vec::new();
    let mut pending: Option<(String, usize)> = None;
    let mut listed = 0usize;
    for block in blocks {
        match block {
            IBlock::Heading { text, span, .. } => {
                if let Some((title, at)) = pending.take() {
                    ctx.error(at, format!("checklist group '{title}' has no items"));
                }
                pending = Some((plain(&finish(text)).trim().to_owned(), span.start));
            }
            IBlock::List { items, .. } => {
                listed += items.len();
                let items: Vec<ChecklistItem> = items
                    .into_iter()
                    .filter_map(|item| checklist_item(item, ctx))
                    .collect();
                match (pending.take(), groups.last_mut()) {
                    // A second list right after the first (the bullet changed): same group.
                    (None, Some(last)) => last.items.extend(items),
                    (title, _) => groups.push(ChecklistGroup {
                        title: title.map(|(t, _)| t),
                        items,
                    }),
                }
            }
            other if groups.is_empty() && pending.is_none() => intro.push(other),
            other => ctx.error(
                other.start().unwrap_or(at),
                "between checklist groups only ### headings and task lists may stand",
            ),
        }
    }
    if let Some((title, at)) = pending {
        ctx.error(at, format!("checklist group '{title}' has no items"));
    }
    if listed == 0 {
        ctx.error(
            at,
            "this checklist has no items: add task-list items '- [ ] … {#id}'",
        );
    }
    groups.retain(|g| !g.items.is_empty());
    (lower(intro, ctx), groups)
}

fn checklist_item(item: IItem, ctx: &mut Ctx<'_>) -> Option<ChecklistItem> {
    let at = item.span.start;
    match item.task {
        None => ctx.error(
            at,
            "checklist items are task-list items: start them with '- [ ]'",
        ),
        Some(true) => ctx.error(
            at,
            "write checklist items unticked, '- [ ]': the ticks are the learner's",
        ),
        Some(false) => {}
    }
    let head = take_head(item, "checklist item", ctx)?;
    let mut section = None;
    for attr in head.attrs {
        match (attr.key.as_str(), attr.value.is_empty(), &section) {
            ("section", false, None) => {
                ctx.item_section(&attr.value, attr.at);
                section = Some(attr.value);
            }
            ("section", true, _) => ctx.error(attr.at, "write section=<section-id>"),
            ("section", false, Some(_)) => ctx.error(attr.at, "an item names one section"),
            (key, _, _) => ctx.error(
                attr.at,
                format!(
                    "'{key}' is not an attribute of a checklist item (only section=<section-id>)"
                ),
            ),
        }
    }
    Some(ChecklistItem {
        id: head.id,
        text: finish(head.text),
        guidance: lower(head.rest, ctx),
        section,
    })
}
