//! The widgets' interface in the learner's language: every string they show that is not
//! course content (buttons, labels, status lines, alerts, ARIA names, export headings) is a
//! [`Msg`], written once per language in a catalogue (`en.rs`, `es.rs`).
//!
//! What does not depend on the words is shared with the credential inspector in crate
//! `ler-i18n`: the languages ([`Lang`]), the language chosen once per widget when it is
//! mounted ([`Lang::for_mount`]: the element's `lang`, else its nearest ancestor's, else
//! the page's; English when none is a language with a catalogue) and given to every view as
//! Leptos context ([`Lang::current`]), placeholders, numbers and lists.
//!
//! Course content is not translated: it stays in the language it was written in
//! (`ler_i18n::CONTENT_LANG`), and the views mark it so ([`Lang::content`]) when the
//! interface is in another one, so that screen readers pronounce each part in its own
//! language.
//!
//! Each catalogue is one exhaustive `match` over [`Msg`]: a catalogue without a text for
//! some key does not compile. The tests (`tests.rs`) check what the compiler cannot: that no
//! text is empty and that every translation has the same placeholders as the English one.

mod en;
mod es;
mod msg;
#[cfg(all(
    test,
    feature = "viewer",
    feature = "lms",
    feature = "explorer",
    feature = "prerender"
))]
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
