//! The inspector's catalogues against the English one. That every catalogue has a text for
//! every key is the compiler's job (each is an exhaustive `match`); what it cannot check is
//! here.

use super::{Detail, Lang, Msg};

#[test]
fn every_text_is_there_translated_with_the_english_placeholders() {
    assert!(Msg::ALL.len() > 100, "the key list is the whole interface");
    assert_eq!(
        ler_i18n::catalogue_problems(Msg::ALL, &[]),
        Vec::<String>::new()
    );
}

#[test]
fn every_detail_is_there_translated_with_the_english_placeholders() {
    assert!(Detail::ALL.len() > 40, "the readers' details are all there");
    assert_eq!(
        ler_i18n::catalogue_problems(Detail::ALL, &[]),
        Vec::<String>::new()
    );
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
