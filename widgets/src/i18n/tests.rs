//! The catalogues against the English one. That every catalogue has a text for every key is
//! the compiler's job (each is an exhaustive `match`, so a missing key fails the build and
//! with it these tests); what it cannot check is here.

use super::{Lang, Msg};

/// Keys whose Spanish text is rightly the English one (codes and names).
const SAME_IN_SPANISH: &[Msg] = &[Msg::No, Msg::LmsErrorCode, Msg::LmsErrorCodeText];

#[test]
fn every_text_is_there_translated_with_the_english_placeholders() {
    assert!(Msg::ALL.len() > 100, "the key list is the whole interface");
    assert_eq!(
        ler_i18n::catalogue_problems(Msg::ALL, SAME_IN_SPANISH),
        Vec::<String>::new()
    );
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
