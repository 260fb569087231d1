//! From the bytes a user dropped, picked or pasted to the credential's text: a JSON
//! document, a compact JWT, or either of them baked into a PNG or an SVG.

use crate::i18n::{Lang, Msg};
use crate::{json, jwt, png, svg};

/// Largest input read (the same bound as the widgets' course files). A credential is a few
/// kilobytes; a baked image rarely reaches one megabyte.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Why an input cannot be inspected; the widget shows its [`InputError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    TooLarge(usize),
    Empty,
    NotText,
    NotRecognised,
    TooDeep,
    Json(json::SyntaxError),
    Png(png::PngError),
    Svg(svg::SvgError),
    Jwt(jwt::JwtError),
}

impl InputError {
    /// Why the input cannot be inspected, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::TooLarge(n) => lang.count(Msg::TooLarge, &[("n", *n), ("max", MAX_BYTES)]),
            Self::Empty => lang.t(Msg::Empty).to_owned(),
            Self::NotText => lang.t(Msg::NotText).to_owned(),
            Self::NotRecognised => lang.t(Msg::NotRecognised).to_owned(),
            Self::TooDeep => lang.count(Msg::TooDeep, &[("depth", crate::json::MAX_DEPTH)]),
            Self::Json(e) => lang.fill(Msg::BadJson, &[("detail", &e.message(lang))]),
            Self::Png(e) => e.message(lang),
            Self::Svg(e) => e.message(lang),
            Self::Jwt(e) => e.message(lang),
        }
    }
}

crate::i18n::english_display!(InputError);

/// Where the credential text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// Text as given.
    Text,
    /// Baked into a PNG.
    Png,
    /// Baked into an SVG.
    Svg,
}

/// The credential's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub container: Container,
    pub text: String,
    /// From an Open Badges 2.0 `openbadges` PNG chunk.
    pub open_badges_2: bool,
}

/// Finds the credential text in `bytes`.
pub fn extract(bytes: &[u8]) -> Result<Extracted, InputError> {
    if bytes.len() > MAX_BYTES {
        return Err(InputError::TooLarge(bytes.len()));
    }
    if bytes.starts_with(&png::SIGNATURE) {
        return match png::unbake(bytes).map_err(InputError::Png)? {
            png::Baked::Credential(text) => Ok(Extracted {
                container: Container::Png,
                text,
                open_badges_2: false,
            }),
            png::Baked::OpenBadges2(text) => Ok(Extracted {
                container: Container::Png,
                text,
                open_badges_2: true,
            }),
        };
    }
    let text = std::str::from_utf8(bytes).map_err(|_| InputError::NotText)?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    if text.starts_with('<') {
        let inner = svg::unbake(text).map_err(InputError::Svg)?;
        return Ok(Extracted {
            container: Container::Svg,
            text: inner.trim().to_owned(),
            open_badges_2: false,
        });
    }
    if text.starts_with('{') || text.starts_with('[') || jwt::looks_like_jws(text) {
        return Ok(Extracted {
            container: Container::Text,
            text: text.to_owned(),
            open_badges_2: false,
        });
    }
    Err(InputError::NotRecognised)
}
