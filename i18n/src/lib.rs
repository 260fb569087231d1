//! The language machinery the ler-widgets interfaces share: the widgets (`ler-widgets`)
//! and the credential inspector (`ler-inspector`) each keep their own messages (a `Msg`
//! enum) and one catalogue per language, and take from here what does not depend on the
//! words: which languages there are ([`Lang`]), the language a mounted widget speaks
//! ([`Lang::for_mount`]: the element's `lang`, else its nearest ancestor's, else the page's;
//! English when none has a catalogue), placeholders ([`Lang::fill`]), numbers
//! ([`Lang::number`]), dates ([`Lang::date`]) and lists ([`Lang::list`]) as each language
//! writes them.
//!
//! An interface's messages implement [`Message`]: one exhaustive `match` per language, so a
//! catalogue without a text for some key does not compile. Then `lang.t(Msg::X)`,
//! `lang.fill(Msg::X, &[("name", value)])` and `lang.count(Msg::X, &[("n", 3)])` work with
//! any interface's keys.
//!
//! ```
//! use ler_i18n::{Lang, Message};
//!
//! #[derive(Clone, Copy)]
//! enum Msg {
//!     Done,
//! }
//!
//! impl Message for Msg {
//!     fn text(self, lang: Lang) -> &'static str {
//!         match (lang, self) {
//!             (Lang::En, Msg::Done) => "{done} of {total} done",
//!             (Lang::Es, Msg::Done) => "{done} de {total} completados",
//!         }
//!     }
//! }
//!
//! assert_eq!(Lang::Es.count(Msg::Done, &[("done", 3), ("total", 12_000)]), "3 de 12.000 completados");
//! assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
//! ```
//!
//! Adding a language: a variant here (with its tag, list words, number and date rules),
//! then one catalogue per interface; the compiler lists every `match` that lacks it.
#![forbid(unsafe_code)]

mod check;
mod date;
#[cfg(feature = "web")]
mod detect;
mod fill;
mod number;

pub use check::catalogue_problems;
pub use date::civil;
pub use fill::{fill, placeholders};

/// The language the course is written in. The compiled course does not say; the one course
/// these widgets ship is English. Both interfaces show its words (the widgets its text, the
/// inspector the titles of the sections it links to).
pub const CONTENT_LANG: &str = "en";

/// One interface's texts: each key's text in each language, placeholders `{name}` unfilled.
pub trait Message: Copy {
    /// The text of this key in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

/// A language the interfaces have a catalogue for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language with a catalogue.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language of a BCP 47 tag, by its primary subtag (`es-MX` → Spanish); `None` for
    /// a language without a catalogue.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The language's BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The text of `msg`, placeholders unfilled.
    pub fn t<M: Message>(self, msg: M) -> &'static str {
        msg.text(self)
    }

    /// The text of `msg` with its `{name}` placeholders replaced by `values`.
    pub fn fill<M: Message>(self, msg: M, values: &[(&str, &str)]) -> String {
        fill::fill(self.t(msg), values)
    }

    /// The text of `msg` with numeric placeholders, each formatted for the language.
    pub fn count<M: Message>(self, msg: M, values: &[(&str, usize)]) -> String {
        let formatted: Vec<(&str, String)> =
            values.iter().map(|(k, n)| (*k, self.number(*n))).collect();
        let pairs: Vec<(&str, &str)> = formatted.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.fill(msg, &pairs)
    }

    /// `n` written for the language (`4,096` in English, `4096` in Spanish).
    pub fn number(self, n: usize) -> String {
        number::format(self, n)
    }

    /// The UTC calendar date of `seconds` since 1970, written out for the language
    /// ("December 3, 2026", "3 de diciembre de 2026").
    pub fn date(self, seconds: i64) -> String {
        date::format(self, seconds)
    }

    /// "Module 3: Title" (the course's modules are named so in both interfaces).
    pub fn module_title(self, order: u32, title: &str) -> String {
        let n = self.number(usize::try_from(order).unwrap_or(usize::MAX));
        let template = match self {
            Lang::En => "Module {n}: {title}",
            Lang::Es => "Módulo {n}: {title}",
        };
        fill::fill(template, &[("n", &n), ("title", title)])
    }

    /// Items joined as prose ("A, B and C" / "A, B y C"; Spanish writes "e" before a word
    /// that begins with the sound /i/: "A e Inglés").
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let and = match self {
                    Lang::En => "and",
                    Lang::Es if sounds_like_i(last) => "e",
                    Lang::Es => "y",
                };
                format!("{} {and} {last}", rest.join(", "))
            }
        }
    }

    /// The `lang` attribute for course content shown in this interface: the content's
    /// language ([`CONTENT_LANG`]) when it differs from the interface's, nothing when they
    /// agree (the content then inherits it).
    pub fn content(self) -> Option<&'static str> {
        (self.tag() != CONTENT_LANG).then_some(CONTENT_LANG)
    }

    /// The `lang` attribute for interface words inside course content (a citation's
    /// name): the interface's language when the content around them is in another.
    pub fn inside_content(self) -> Option<&'static str> {
        self.content().map(|_| self.tag())
    }

    /// The interface language for the widget mounted from `host` into `root` (see
    /// `detect.rs`); may give `root` a `lang` of its own.
    #[cfg(feature = "web")]
    pub fn for_mount(host: &web_sys::Element, root: &web_sys::Element) -> Self {
        detect::for_mount(host, root)
    }

    /// The interface language of the widget being built, from Leptos context (English
    /// outside a widget mount, e.g. a component a page or a test mounts itself).
    #[cfg(feature = "web")]
    pub fn current() -> Self {
        leptos::prelude::use_context::<Lang>().unwrap_or_default()
    }
}

/// Whether a Spanish word begins with the sound /i/ ("i…", "hi…", not "hie…" / "hia…",
/// where the i is a consonant sound: "y hielo"). By hand rather than with `to_lowercase`,
/// whose Unicode tables would cost every bundle some 10 KB.
fn sounds_like_i(word: &str) -> bool {
    let is_i = |c: Option<char>| matches!(c, Some('i' | 'I' | 'í' | 'Í'));
    let is_vowel = |c: Option<char>| {
        matches!(
            c,
            Some('a' | 'e' | 'o' | 'u' | 'A' | 'E' | 'O' | 'U' | 'á' | 'é' | 'ó' | 'ú')
        )
    };
    let mut chars = word.trim_start().chars();
    match chars.next() {
        Some('h' | 'H') => is_i(chars.next()) && !is_vowel(chars.next()),
        first => is_i(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_a_language_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("es"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag(" ES_419 "), Some(Lang::Es));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag("est"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::default(), Lang::En);
    }

    #[test]
    fn lists_and_module_titles_as_each_language_writes_them() {
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(Lang::En.list(&items), "A, B and C");
        assert_eq!(Lang::Es.list(&items), "A, B y C");
        assert_eq!(Lang::Es.list(&items[..1]), "A");
        assert_eq!(Lang::En.list(&[]), "");
        let with = |last: &str| Lang::Es.list(&["A".to_owned(), last.to_owned()]);
        assert_eq!(with("Inglés"), "A e Inglés");
        assert_eq!(with("historia"), "A e historia");
        assert_eq!(with("hielo"), "A y hielo");
        assert_eq!(with("oro"), "A y oro");
        assert_eq!(with("Hidalgo"), "A e Hidalgo");
        assert_eq!(with("Íñigo"), "A e Íñigo");
        assert_eq!(Lang::Es.module_title(3, "T"), "Módulo 3: T");
        assert_eq!(Lang::En.module_title(3, "T"), "Module 3: T");
        assert_eq!(Lang::En.content(), None);
        assert_eq!(Lang::Es.content(), Some("en"));
        assert_eq!(Lang::Es.inside_content(), Some("es"));
    }
}
