//! The inspector's interface in the reader's language: every string it shows that is not
//! data from the credential (buttons, labels, status lines, alerts, ARIA names, the verdict,
//! each check's title and reason) is a [`Msg`], written once per language in a catalogue
//! (`en.rs`, `es.rs`). Data from the credential (names, the issuer, achievement text, ids,
//! property values) is never translated: it fills a placeholder.
//!
//! The machinery is shared with the widgets (crate `ler-i18n`): the languages ([`Lang`]),
//! the language chosen at mount (the element's `lang`, else its nearest ancestor's, else the
//! page's; English when none has a catalogue), placeholders, numbers, dates and lists.
//!
//! Each catalogue is one exhaustive `match` over [`Msg`]: a catalogue without a text for
//! some key does not compile. The tests (`tests.rs`) check what the compiler cannot: that no
//! text is empty and that every translation has the same placeholders as the English one.

mod en;
mod es;
mod msg;
#[cfg(test)]
mod tests;

pub use ler_i18n::Lang;
pub(crate) use msg::Msg;

impl ler_i18n::Message for Msg {
    fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => en::text(self),
            Lang::Es => es::text(self),
        }
    }
}

/// A credential's date-time (`validFrom` …) as the language writes the day ("3 de
/// diciembre de 2026"); the text as written when it is not an RFC 3339 date-time.
pub(crate) fn date(lang: Lang, raw: &str) -> String {
    crate::dates::parse_rfc3339(raw).map_or_else(|| raw.to_owned(), |t| lang.date(t))
}
