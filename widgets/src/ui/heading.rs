//! Heading levels: the host page decides where a widget's headings sit in its outline.
//!
//! `heading-level` (attribute, or query parameter of the iframe pages) is the level of the
//! widget's top heading: 2 by default (a widget is a part of the host's page, under its
//! `h1`), 1 on the iframe pages (a framed document is a page of its own). Every heading
//! below it keeps its distance from the top one, down to `h6`, where deeper ones stay.
//!
//! A value that is not a whole number from 1 to 6 is an error shown in the widget
//! (`role="alert"`), not a silent clamp: a host that asked for `h9` has a typo to fix, and
//! its outline would be wrong either way.

use leptos::prelude::*;

use crate::i18n::{Lang, Msg};

/// The level of a widget's top heading, 1 to 6.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        Self(2)
    }
}

/// Why a `heading-level` value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadHeadingLevel(pub(crate) String);

impl BadHeadingLevel {
    /// The message in the interface language.
    pub(crate) fn message(&self, lang: Lang) -> String {
        lang.fill(Msg::BadHeadingLevel, &[("value", &self.0)])
    }
}

impl std::fmt::Display for BadHeadingLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for BadHeadingLevel {}

impl HeadingLevel {
    /// Reads the option's value; `None` (left out) is the default.
    pub(crate) fn parse(value: Option<&str>) -> Result<Self, BadHeadingLevel> {
        let Some(value) = value else {
            return Ok(Self::default());
        };
        match value.trim().parse::<u8>() {
            Ok(level @ 1..=6) => Ok(Self(level)),
            _ => Err(BadHeadingLevel(value.chars().take(40).collect())),
        }
    }

    /// The level of a heading `depth` steps below the widget's top one (0 is the top one),
    /// at most 6.
    pub(crate) fn at(self, depth: u8) -> u8 {
        self.0.saturating_add(depth).min(6)
    }

    /// The level the widgets' subtree was given (as context), or the default.
    pub(crate) fn current() -> Self {
        use_context::<Self>().unwrap_or_default()
    }
}

/// `h1` … `h6` for `level` (anything above 6 is `h6`), with an optional id and `tabindex`.
/// `class` always carries `ler-rank-N` (N = depth below the widget's top heading), which the
/// stylesheet sizes by, so a widget looks the same at every `heading-level`.
pub(crate) fn heading_tag(
    level: u8,
    id: Option<String>,
    class: String,
    tabindex: Option<&'static str>,
    content: AnyView,
) -> AnyView {
    match level {
        0 | 1 => view! { <h1 id=id class=class tabindex=tabindex>{content}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class tabindex=tabindex>{content}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class tabindex=tabindex>{content}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class tabindex=tabindex>{content}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class tabindex=tabindex>{content}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class tabindex=tabindex>{content}</h6> }.into_any(),
    }
}

/// The class list of a heading `depth` below the top one.
pub(crate) fn rank_class(depth: u8, class: Option<&str>) -> String {
    match class {
        Some(class) => format!("{class} ler-rank-{depth}"),
        None => format!("ler-rank-{depth}"),
    }
}

/// A heading `depth` steps below the widget's top heading (see the [module docs](self)).
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn Heading(
    /// 0 for the widget's top heading, 1 for its sections, …
    depth: u8,
    /// The element's id.
    #[prop(optional, into)]
    id: Option<String>,
    /// Its class (besides `ler-rank-N`).
    #[prop(optional)]
    class: Option<&'static str>,
    /// `"-1"` for a heading that receives focus from a script.
    #[prop(optional)]
    tabindex: Option<&'static str>,
    /// The language of its text when it is course content in another language than the
    /// interface's ([`Lang::content`]); the text is then wrapped in a `span` that says so.
    #[prop(default = None)]
    lang: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let level = HeadingLevel::current().at(depth);
    let content = match lang {
        Some(lang) => view! { <span lang=lang>{children()}</span> }.into_any(),
        None => children().into_any(),
    };
    heading_tag(level, id, rank_class(depth, class), tabindex, content)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn levels_from_1_to_6_and_nothing_else() {
        assert_eq!(HeadingLevel::parse(None), Ok(HeadingLevel(2)));
        assert_eq!(HeadingLevel::parse(Some(" 1 ")), Ok(HeadingLevel(1)));
        assert_eq!(HeadingLevel::parse(Some("6")), Ok(HeadingLevel(6)));
        for bad in ["0", "7", "9", "-1", "2.5", "h2", "", "300"] {
            let error = HeadingLevel::parse(Some(bad)).unwrap_err();
            assert!(error.to_string().contains("from 1 to 6"), "{bad}: {error}");
        }
        assert!(
            HeadingLevel::parse(Some(&"9".repeat(100)))
                .unwrap_err()
                .0
                .len()
                <= 40
        );
    }

    #[test]
    fn headings_below_keep_their_distance_down_to_h6() {
        let one = HeadingLevel::parse(Some("1")).unwrap_or_default();
        assert_eq!((one.at(0), one.at(1), one.at(2)), (1, 2, 3));
        let default = HeadingLevel::default();
        assert_eq!((default.at(0), default.at(1), default.at(2)), (2, 3, 4));
        let five = HeadingLevel(5);
        assert_eq!(
            (five.at(0), five.at(1), five.at(2), five.at(4)),
            (5, 6, 6, 6)
        );
    }
}
