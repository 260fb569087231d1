//! The widgets' interface in the learner's language: every string they show that is not
//! course content (buttons, labels, status lines, alerts, ARIA names, export headings) is a
//! [`Msg`], written once per language in a catalogue (`en.rs`, `es.rs`).
//!
//! The language is chosen once per widget, when it is mounted ([`Lang::for_mount`]: the
//! element's `lang`, else its nearest ancestor's, else the page's; English when none is a
//! language with a catalogue), and given to every view as Leptos context ([`Lang::current`]).
//!
//! Course content is not translated: it stays in the language it was written in
//! ([`CONTENT_LANG`]), and the views mark it so ([`Lang::content`]) when the interface is in
//! another one, so that screen readers pronounce each part in its own language.
//!
//! Each catalogue is one exhaustive `match` over [`Msg`]: a catalogue without a text for
//! some key does not compile. The tests (`tests.rs`) check what the compiler cannot: that no
//! text is empty and that every translation has the same placeholders as the English one.

mod detect;
mod en;
mod es;
mod fill;
mod msg;
mod number;
#[cfg(test)]
mod tests;

pub(crate) use msg::Msg;

/// The language the course content is written in. The compiled course does not say; the
/// one course these widgets ship is English.
pub(crate) const CONTENT_LANG: &str = "en";

/// A language the widgets have a catalogue for.
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
    pub(crate) fn t(self, msg: Msg) -> &'static str {
        match self {
            Lang::En => en::text(msg),
            Lang::Es => es::text(msg),
        }
    }

    /// The text of `msg` with its `{name}` placeholders replaced by `values`.
    pub(crate) fn fill(self, msg: Msg, values: &[(&str, &str)]) -> String {
        fill::fill(self.t(msg), values)
    }

    /// The text of `msg` with numeric placeholders, each formatted for the language.
    pub(crate) fn count(self, msg: Msg, values: &[(&str, usize)]) -> String {
        let formatted: Vec<(&str, String)> =
            values.iter().map(|(k, n)| (*k, self.number(*n))).collect();
        let pairs: Vec<(&str, &str)> = formatted.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.fill(msg, &pairs)
    }

    /// `n` written for the language (`4,096` in English, `4096` in Spanish).
    pub(crate) fn number(self, n: usize) -> String {
        number::format(self, n)
    }

    /// "Module 3: Title".
    pub(crate) fn module_title(self, order: u32, title: &str) -> String {
        let n = self.number(usize::try_from(order).unwrap_or(usize::MAX));
        self.fill(Msg::ModuleNumbered, &[("n", &n), ("title", title)])
    }

    /// Items joined as prose ("A, B and C" / "A, B y C").
    pub(crate) fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.fill(
                Msg::ListAnd,
                &[("rest", &rest.join(", ")), ("last", last.as_str())],
            ),
        }
    }

    /// The `lang` attribute for course content shown in this interface: the content's
    /// language when it differs from the interface's, nothing when they agree (the content
    /// then inherits it).
    pub(crate) fn content(self) -> Option<&'static str> {
        (self.tag() != CONTENT_LANG).then_some(CONTENT_LANG)
    }

    /// The `lang` attribute for interface words inside course content (a citation's
    /// name): the interface's language when the content around them is in another.
    pub(crate) fn inside_content(self) -> Option<&'static str> {
        self.content().map(|_| self.tag())
    }

    /// The interface language for the widget mounted from `host` into `root` (see
    /// `detect.rs`); may give `root` a `lang` of its own.
    pub(crate) fn for_mount(host: &web_sys::Element, root: &web_sys::Element) -> Self {
        detect::for_mount(host, root)
    }

    /// The interface language of the widget being built (English outside a widget mount,
    /// e.g. a component a page or a test mounts itself).
    pub(crate) fn current() -> Self {
        leptos::prelude::use_context::<Lang>().unwrap_or_default()
    }
}
