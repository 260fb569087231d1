//! List items that carry an id: `- text {#id}` or `- [ ] text {#id section=x}`.
//!
//! The `{#…}` ends a line of the item's first paragraph: usually its last (or only) line.
//! Whatever follows in the item (lines below it in the same paragraph, further paragraphs)
//! is returned as the item's other blocks: a checklist item's guidance; for other items, an
//! error.

use super::markdown::{IBlock, IItem};
use super::module_file::Ctx;
use crate::model::Inline;

/// A `key=value` attribute after the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attr {
    /// Key.
    pub(crate) key: String,
    /// Value (empty when written without `=`).
    pub(crate) value: String,
    /// Where the key is written (byte offset).
    pub(crate) at: usize,
}

/// An item's first line, split from the rest.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ItemHead {
    /// The item's text, without the `{#…}`.
    pub(crate) text: Vec<Inline>,
    /// Its id.
    pub(crate) id: String,
    /// The `key=value` attributes after the id.
    pub(crate) attrs: Vec<Attr>,
    /// The item's other blocks.
    pub(crate) rest: Vec<IBlock>,
}

/// Splits `item` into its head and other blocks, registering the id. `what` names the item
/// in errors ("objective", "checklist item" …). `None` after an error.
pub(crate) fn take_head(item: IItem, what: &str, ctx: &mut Ctx<'_>) -> Option<ItemHead> {
    let mut blocks = item.blocks.into_iter();
    let Some(IBlock::Para { text, span }) = blocks.next() else {
        ctx.error(
            item.span.start,
            format!("this {what} has no text: write it, then {{#some-id}}"),
        );
        return None;
    };
    let (head, inner, tail) = match split_attribute(text) {
        Ok(parts) => parts,
        Err(_) => {
            ctx.error(
                span.start,
                format!("this {what} needs an id: end its text with {{#some-id}}"),
            );
            return None;
        }
    };
    let mut words = inner.split_whitespace();
    let id = match words.next() {
        Some(id) if !inner.starts_with(char::is_whitespace) => id.to_owned(),
        _ => {
            ctx.error(
                span.start,
                format!("this {what} has an empty {{#}}: write {{#some-id}}"),
            );
            return None;
        }
    };
    let id_at = ctx
        .map
        .find(span.clone(), &format!("{{#{id}"))
        .map_or(span.start, |i| i + 2);
    ctx.define(&id, id_at);
    let attrs = words
        .map(|word| {
            let (key, value) = word.split_once('=').unwrap_or((word, ""));
            let at = ctx.map.find(id_at..span.end, word).unwrap_or(id_at);
            Attr {
                key: key.to_owned(),
                value: value.to_owned(),
                at,
            }
        })
        .collect();
    let mut rest: Vec<IBlock> = Vec::new();
    if !tail.is_empty() {
        // The tail starts on the line after the id.
        let start = ctx
            .map
            .find(id_at..span.end, "\n")
            .map_or(span.start, |i| ctx.map.skip_blanks(i + 1));
        rest.push(IBlock::Para {
            text: tail,
            span: start..span.end,
        });
    }
    rest.extend(blocks);
    Some(ItemHead {
        text: head,
        id,
        attrs,
        rest,
    })
}

/// The parts of rich text split at its first `{#…}` that ends a line: text before, what is
/// inside the braces after `{#`, and the text after the line break. `Err` gives the text
/// back when there is no such `{#…}`.
#[allow(
    clippy::type_complexity,
    reason = "a private helper returning its three parts"
)]
fn split_attribute(text: Vec<Inline>) -> Result<(Vec<Inline>, String, Vec<Inline>), Vec<Inline>> {
    let Some((index, open, close, line_end)) = find_attribute(&text) else {
        return Err(text);
    };
    let mut head = Vec::new();
    let mut tail = Vec::new();
    let mut inner = String::new();
    for (i, inline) in text.into_iter().enumerate() {
        if i < index {
            head.push(inline);
        } else if i == index {
            if let Inline::Text(t) = inline {
                let before = t.get(..open).unwrap_or("").trim_end();
                if !before.is_empty() {
                    head.push(Inline::Text(before.to_owned()));
                }
                inner = t.get(open + 2..close).unwrap_or("").to_owned();
                if let Some(after) = line_end.and_then(|e| t.get(e + 1..)) {
                    let after = after.trim_start();
                    if !after.is_empty() {
                        tail.push(Inline::Text(after.to_owned()));
                    }
                }
            }
        } else if !(tail.is_empty() && line_end.is_none() && matches!(inline, Inline::Break)) {
            tail.push(inline);
        }
    }
    Ok((head, inner, tail))
}

/// (inline index, byte of `{`, byte of `}`, byte of the `\n` ending the line if inside the
/// same text) of the first `{#…}` that ends a line.
fn find_attribute(text: &[Inline]) -> Option<(usize, usize, usize, Option<usize>)> {
    for (i, inline) in text.iter().enumerate() {
        let Inline::Text(t) = inline else {
            continue;
        };
        let mut from = 0;
        while let Some(open) = t.get(from..).and_then(|r| r.find("{#")).map(|o| from + o) {
            from = open + 2;
            let Some(close) = t.get(open..).and_then(|r| r.find('}')).map(|c| open + c) else {
                break;
            };
            let inner = t.get(open + 2..close).unwrap_or("");
            if inner.contains(['{', '\n']) {
                continue;
            }
            let after = t.get(close + 1..).unwrap_or("");
            let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
            let after = after.get(spaces..).unwrap_or("");
            if after.starts_with('\n') {
                return Some((i, open, close, Some(close + 1 + spaces)));
            }
            let next_ends_line = matches!(text.get(i + 1), None | Some(Inline::Break));
            if after.is_empty() && next_ends_line {
                return Some((i, open, close, None));
            }
        }
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn the_id_at_the_end_is_split_off() {
        let (head, inner, tail) = split_attribute(vec![t("Do it. {#a-b section=x}  ")]).unwrap();
        assert_eq!(head, vec![t("Do it.")]);
        assert_eq!(inner, "a-b section=x");
        assert!(tail.is_empty());
    }

    #[test]
    fn a_lazy_continuation_line_becomes_the_tail() {
        let text = vec![
            Inline::Code("x".into()),
            t(" now {#a}\nGuidance "),
            Inline::Emph(vec![t("here")]),
        ];
        let (head, inner, tail) = split_attribute(text).unwrap();
        assert_eq!(head, vec![Inline::Code("x".into()), t(" now")]);
        assert_eq!(inner, "a");
        assert_eq!(tail, vec![t("Guidance "), Inline::Emph(vec![t("here")])]);
        let (_, _, tail) = split_attribute(vec![t("x {#a}"), Inline::Break, t("more")]).unwrap();
        assert_eq!(tail, vec![t("more")]);
    }

    #[test]
    fn a_wrapped_first_paragraph_keeps_all_its_lines() {
        let (head, inner, tail) = split_attribute(vec![t("long\nwrapped {#a}")]).unwrap();
        assert_eq!((head, inner.as_str()), (vec![t("long\nwrapped")], "a"));
        assert!(tail.is_empty());
    }

    #[test]
    fn braces_in_the_middle_of_a_line_are_text() {
        assert!(split_attribute(vec![t("a {#b} c")]).is_err());
        assert!(split_attribute(vec![t("a {#b"), Inline::Emph(vec![t("}")])]).is_err());
        assert!(split_attribute(vec![t("a {#b}"), Inline::Code("c".into())]).is_err());
        assert!(split_attribute(vec![t("a {#")]).is_err());
        assert!(split_attribute(vec![]).is_err());
        let (head, inner, _) = split_attribute(vec![t("a {#b} c {#d}")]).unwrap();
        assert_eq!((head, inner.as_str()), (vec![t("a {#b} c")], "d"));
    }
}
