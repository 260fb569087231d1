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
//! What the readers say of an input they cannot read or a proof they cannot verify (a
//! truncated PNG, a JWT in two parts, a key that is not Ed25519 …) is a [`Detail`], kept
//! in catalogues of its own (`en_detail.rs`, `es_detail.rs`) so that no file grows past
//! reading: the readers return typed errors, and the report words them through these keys.
//!
//! Each catalogue is one exhaustive `match` over [`Msg`] or [`Detail`]: a catalogue without
//! a text for some key does not compile. The tests (`tests.rs`) check what the compiler cannot: that no
//! text is empty and that every translation has the same placeholders as the English one.

/// Declares a key enum and its `ALL` (for the tests) from one list, so the list the tests
/// walk cannot miss a key.
macro_rules! messages {
    ($(#[$attr:meta])* enum $name:ident; $($(#[$doc:meta])* $key:ident,)*) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(crate) enum $name {
            $($(#[$doc])* $key,)*
        }

        impl $name {
            /// Every key, in declaration order.
            #[cfg(test)]
            pub(crate) const ALL: &[$name] = &[$($name::$key,)*];
        }
    };
}

/// `Display` in English for an error type that words itself with `message(lang)`, as the
/// readers' errors do: what logs, tests and `to_string()` see.
macro_rules! english_display {
    ($type:ty) => {
        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.message($crate::i18n::Lang::En))
            }
        }
    };
}
pub(crate) use english_display;

mod detail;
mod en;
mod en_detail;
mod es;
mod es_detail;
mod msg;
#[cfg(test)]
mod tests;

pub(crate) use detail::Detail;
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

impl ler_i18n::Message for Detail {
    fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => en_detail::text(self),
            Lang::Es => es_detail::text(self),
        }
    }
}

/// A credential's date-time (`validFrom` …) as the language writes the day ("3 de
/// diciembre de 2026"); the text as written when it is not an RFC 3339 date-time.
pub(crate) fn date(lang: Lang, raw: &str) -> String {
    crate::dates::parse_rfc3339(raw).map_or_else(|| raw.to_owned(), |t| lang.date(t))
}
