//! The intermediate blocks → the model's [`Block`]s, with text finished for output.

use super::markdown::IBlock;
use super::module_file::Ctx;
use super::text::finish;
use crate::model::{Block, Inline};

/// Converts blocks to the model. Task-list items that reach this point stand outside a
/// checklist's own list, where the model has no place for a tick: they are reported.
pub(crate) fn lower(blocks: Vec<IBlock>, ctx: &mut Ctx<'_>) -> Vec<Block> {
    blocks.into_iter().map(|b| lower_block(b, ctx)).collect()
}

fn lower_block(block: IBlock, ctx: &mut Ctx<'_>) -> Block {
    match block {
        IBlock::Para { text, .. } => Block::Para(finish(text)),
        IBlock::Heading { level, text, .. } => Block::Heading {
            level,
            text: finish(text),
        },
        IBlock::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| {
                    if item.task.is_some() {
                        ctx.error(
                            item.span.start,
                            "task-list items ('- [ ]') belong directly in a Checklist section",
                        );
                    }
                    lower(item.blocks, ctx)
                })
                .collect();
            if ordered {
                Block::Numbered(items)
            } else {
                Block::Bullets(items)
            }
        }
        IBlock::Quote(inner) => Block::Quote(lower(inner, ctx)),
        IBlock::Code(code) => Block::Code(code),
        IBlock::Raw(html) => Block::Para(vec![Inline::Text(html)]),
        IBlock::Table { head, rows } => Block::Table {
            head: head.into_iter().map(finish).collect(),
            rows: rows
                .into_iter()
                .map(|row| row.into_iter().map(finish).collect())
                .collect(),
        },
    }
}
