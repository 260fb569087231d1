//! Box labels wrapped to the width of their box.

use super::{BOX_PAD, CHAR};

/// Greedy word wrap to `max` characters a line; a long hyphenated word may break after its
/// hyphen.
pub(crate) fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match word.split_once('-') {
            Some((head, tail)) if word.chars().count() > max && !tail.is_empty() => {
                words.push(format!("{head}-"));
                words.push(tail.to_owned());
            }
            _ => words.push(word.to_owned()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line)
                if line.chars().count() + 1 + word.chars().count() <= max
                    && !line.ends_with('-') =>
            {
                line.push(' ');
                line.push_str(&word);
            }
            Some(line)
                if line.ends_with('-') && line.chars().count() + word.chars().count() <= max =>
            {
                line.push_str(&word);
            }
            _ => lines.push(word),
        }
    }
    lines
}

pub(crate) fn chars_for(width: i32) -> usize {
    (((width - 2 * BOX_PAD) as f32) / CHAR).max(4.0) as usize
}
