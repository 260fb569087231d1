//! The catalogues against the English one. That every catalogue has a text for every key is
//! the compiler's job (each is an exhaustive `match`, so a missing key fails the build and
//! with it these tests); what it cannot check is here.

use std::collections::BTreeSet;

use ler_i18n::placeholders;

use super::{Lang, Msg};

/// Keys whose Spanish text is rightly the English one (codes and names).
const SAME_IN_SPANISH: &[Msg] = &[Msg::No, Msg::LmsErrorCode, Msg::LmsErrorCodeText];

#[test]
fn every_language_has_a_text_for_every_key() {
    assert!(Msg::ALL.len() > 100, "the key list is the whole interface");
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let text = lang.t(msg);
            assert!(!text.trim().is_empty(), "{lang:?} {msg:?} is empty");
            assert_eq!(text, text.trim(), "{lang:?} {msg:?} has outer spaces");
        }
    }
}

#[test]
fn every_translation_has_the_english_placeholders() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let english: BTreeSet<&str> = placeholders(Lang::En.t(msg)).into_iter().collect();
            let theirs: BTreeSet<&str> = placeholders(lang.t(msg)).into_iter().collect();
            assert_eq!(theirs, english, "{lang:?} {msg:?}");
            assert!(
                theirs
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase())),
                "{lang:?} {msg:?}: placeholders are lower-case names"
            );
        }
    }
}

#[test]
fn spanish_is_translated_not_copied() {
    let copied: Vec<Msg> = Msg::ALL
        .iter()
        .copied()
        .filter(|&m| Lang::Es.t(m) == Lang::En.t(m) && !SAME_IN_SPANISH.contains(&m))
        .collect();
    assert!(copied.is_empty(), "left in English: {copied:?}");
}

#[test]
fn widget_messages_are_filled_and_numbers_written_for_the_language() {
    let counted = |lang: Lang| lang.count(Msg::DoneOf, &[("done", 3), ("total", 11)]);
    assert_eq!(counted(Lang::En), "3 of 11 done");
    assert_eq!(counted(Lang::Es), "3 de 11 completados");
    assert_eq!(
        Lang::Es.count(Msg::DoneOf, &[("done", 3), ("total", 12_000)]),
        "3 de 12.000 completados"
    );
}
