//! The inspector's catalogues against the English one. That every catalogue has a text for
//! every key is the compiler's job (each is an exhaustive `match`); what it cannot check is
//! here.

use std::collections::BTreeSet;

use ler_i18n::placeholders;

use super::{Lang, Msg};

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
        .filter(|&m| Lang::Es.t(m) == Lang::En.t(m))
        .collect();
    assert!(copied.is_empty(), "left in English: {copied:?}");
}

#[test]
fn dates_are_written_for_the_language_and_others_kept() {
    assert_eq!(date_of(Lang::En), "January 1, 2010");
    assert_eq!(date_of(Lang::Es), "1 de enero de 2010");
    assert_eq!(super::date(Lang::Es, "yesterday"), "yesterday");
}

fn date_of(lang: Lang) -> String {
    super::date(lang, "2010-01-01T00:00:00Z")
}
