//! Small operations on rich text: finishing it for output, and reading its plain words.

use crate::model::{Block, Inline, SectionKind};

/// Appends text, merging it into a preceding text inline.
pub(crate) fn push_text(out: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Inline::Text(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(Inline::Text(s.to_owned()));
    }
}

/// Rich text as it is written out: soft line breaks (`\n`) become spaces, adjacent text
/// inlines are merged, empty ones dropped; the same inside emphasis and links.
pub(crate) fn finish(text: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(text.len());
    for inline in text {
        match inline {
            Inline::Text(t) => push_text(&mut out, &t.replace('\n', " ")),
            Inline::Emph(t) => out.push(Inline::Emph(finish(t))),
            Inline::Strong(t) => out.push(Inline::Strong(finish(t))),
            Inline::Link(mut link) => {
                link.text = finish(link.text);
                out.push(Inline::Link(link));
            }
            other => out.push(other),
        }
    }
    out
}

pub(crate) use crate::model::plain_text as plain;

/// The plain words of blocks, separated by spaces.
pub(crate) fn blocks_plain(blocks: &[Block]) -> String {
    let mut s = String::new();
    for block in blocks {
        push_block(&mut s, block);
    }
    s
}

fn push_block(s: &mut String, block: &Block) {
    s.push(' ');
    match block {
        Block::Para(t) | Block::Heading { text: t, .. } => s.push_str(&plain(t)),
        Block::Bullets(items) | Block::Numbered(items) => {
            for item in items {
                s.push_str(&blocks_plain(item));
            }
        }
        Block::Quote(inner) => s.push_str(&blocks_plain(inner)),
        Block::Code(code) => s.push_str(code),
        Block::Table { head, rows } => {
            for cell in head.iter().chain(rows.iter().flatten()) {
                s.push(' ');
                s.push_str(&plain(cell));
            }
        }
    }
}

/// Words of plain text: whitespace-separated tokens with a letter or digit in them (a
/// full stop left alone after a citation is not a word).
fn words(plain: &str) -> usize {
    plain
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words of rich text.
pub(crate) fn word_count(text: &[Inline]) -> usize {
    words(&plain(text))
}

/// Words of blocks.
pub(crate) fn block_word_count(blocks: &[Block]) -> usize {
    words(&blocks_plain(blocks))
}

/// Whitespace-separated words of a section: its body and whatever its kind holds.
pub(crate) fn section_word_count(body: &[Block], kind: &SectionKind) -> usize {
    let own = block_word_count(body);
    own + match kind {
        SectionKind::Text => 0,
        SectionKind::Reflection(questions) => questions.iter().map(|q| word_count(&q.prompt)).sum(),
        SectionKind::Checklist(list) => list
            .items()
            .map(|i| word_count(&i.text) + block_word_count(&i.guidance))
            .sum(),
        SectionKind::Case(case) => case.prompts.iter().map(|p| word_count(&p.text)).sum(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;
    use crate::model::{Link, Target};

    #[test]
    fn finish_merges_text_and_turns_soft_breaks_into_spaces() {
        let text = vec![
            Inline::Text("a\nb".into()),
            Inline::Text(String::new()),
            Inline::Text(" c".into()),
            Inline::Emph(vec![Inline::Text("d".into()), Inline::Text("\ne".into())]),
            Inline::Link(Link {
                to: Target::Url("https://x.org".into()),
                text: vec![Inline::Text("f\ng".into())],
            }),
        ];
        assert_eq!(
            finish(text),
            vec![
                Inline::Text("a b c".into()),
                Inline::Emph(vec![Inline::Text("d e".into())]),
                Inline::Link(Link {
                    to: Target::Url("https://x.org".into()),
                    text: vec![Inline::Text("f g".into())],
                }),
            ]
        );
    }

    #[test]
    fn words_are_whitespace_separated() {
        let text = vec![
            Inline::Text("one two ".into()),
            Inline::Cite(vec!["a".into()]),
            Inline::Strong(vec![Inline::Text("three".into())]),
        ];
        assert_eq!(word_count(&text), 3);
        let blocks = vec![
            Block::Para(text.clone()),
            Block::Bullets(vec![vec![Block::Para(text)]]),
            Block::Code("x y".into()),
            Block::Para(vec![Inline::Text("— . 3".into())]),
        ];
        assert_eq!(block_word_count(&blocks), 9);
    }
}
