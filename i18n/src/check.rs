//! What a catalogue's tests check beyond what the compiler does (each catalogue is an
//! exhaustive `match`, so a key without a text does not build): one check for every
//! interface, so the widgets' and the inspector's catalogues are held to the same rules.

use std::collections::BTreeSet;
use std::fmt::Debug;

use crate::{Lang, Message, placeholders};

/// Every problem of the catalogues of `all` (every key of one interface), in words: a text
/// that is empty or has outer spaces, a translation whose placeholders differ from the
/// English text's or are not lower-case names, a Spanish text left in English (unless its
/// key is in `same_in_spanish`: codes and names). Empty when there is none.
pub fn catalogue_problems<M: Message + Debug + PartialEq>(
    all: &[M],
    same_in_spanish: &[M],
) -> Vec<String> {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for &msg in all {
            let text = msg.text(lang);
            if text.trim().is_empty() {
                problems.push(format!("{lang:?} {msg:?} is empty"));
            } else if text != text.trim() {
                problems.push(format!("{lang:?} {msg:?} has outer spaces"));
            }
            let english: BTreeSet<&str> = placeholders(msg.text(Lang::En)).into_iter().collect();
            let theirs: BTreeSet<&str> = placeholders(text).into_iter().collect();
            if theirs != english {
                problems.push(format!(
                    "{lang:?} {msg:?} has placeholders {theirs:?}, English {english:?}"
                ));
            }
            if !theirs
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
            {
                problems.push(format!(
                    "{lang:?} {msg:?}: placeholders are lower-case names"
                ));
            }
            if lang == Lang::Es && text == msg.text(Lang::En) && !same_in_spanish.contains(&msg) {
                problems.push(format!("{lang:?} {msg:?} is left in English"));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Key {
        Good,
        Copied,
        Code,
        Placeholder,
        Spaced,
    }

    impl Message for Key {
        fn text(self, lang: Lang) -> &'static str {
            match (self, lang) {
                (Key::Good, Lang::En) => "Done",
                (Key::Good, Lang::Es) => "Hecho",
                (Key::Copied | Key::Code, _) => "OK",
                (Key::Placeholder, Lang::En) => "{n} of {total}",
                (Key::Placeholder, Lang::Es) => "{n} de {Total}",
                (Key::Spaced, Lang::En) => "Next",
                (Key::Spaced, Lang::Es) => "Siguiente ",
            }
        }
    }

    #[test]
    fn finds_each_kind_of_problem_and_nothing_else() {
        let problems = catalogue_problems(
            &[
                Key::Good,
                Key::Copied,
                Key::Code,
                Key::Placeholder,
                Key::Spaced,
            ],
            &[Key::Code],
        );
        assert_eq!(
            problems,
            [
                "Es Copied is left in English",
                "Es Placeholder has placeholders {\"Total\", \"n\"}, English {\"n\", \"total\"}",
                "Es Placeholder: placeholders are lower-case names",
                "Es Spaced has outer spaces",
            ]
        );
    }
}
