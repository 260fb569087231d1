//! The whole inspection: extract, decode, recognise, describe, check.

use serde_json::Value;

use crate::checks::{self, Check, ProofOutcome, Subject};
use crate::extract::{self, Achievement, Clr, Essentials};
use crate::i18n::{Lang, Msg};
use crate::input::{self, Container, InputError};
use crate::json::{self, JsonError};
use crate::jwt;
use crate::recognize::{self, Kind};
use crate::status_list::StatusListInput;
use crate::summary::{self, Summary};

/// Everything the widget shows about one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// Where the credential text was found.
    pub container: Container,
    /// The JOSE header, when the credential came as a VC-JWT.
    pub jwt_header: Option<Value>,
    pub kind: Kind,
    /// What the document is (or is not), in a sentence or two.
    pub explanation: String,
    /// How the document was read (JWT claims mapped, …).
    pub notes: Vec<String>,
    /// The credential JSON (for a VC-JWT, the credential in its payload).
    pub document: Option<Value>,
    pub essentials: Essentials,
    pub achievement: Option<Achievement>,
    pub clr: Option<Clr>,
    pub checks: Vec<Check>,
    /// Every proof's own verdict (the `signature` check combines them).
    pub proofs: Vec<ProofOutcome>,
    /// The verdict line, for every credential that was checked.
    pub summary: Option<Summary>,
    /// Where the credential's status lists are, for a reader who wants them fetched.
    pub status_lists: Vec<String>,
}

/// Inspects a file's or a paste's bytes, reporting in English. `now` is the current time in
/// seconds since 1970.
pub fn inspect(bytes: &[u8], now: i64) -> Result<Inspection, InputError> {
    inspect_in(bytes, now, None, Lang::En)
}

/// [`inspect()`], with a status list the reader provided (or had fetched) to check the
/// credential's `credentialStatus` against.
pub fn inspect_with(
    bytes: &[u8],
    now: i64,
    status_list: Option<&StatusListInput>,
) -> Result<Inspection, InputError> {
    inspect_in(bytes, now, status_list, Lang::En)
}

/// [`inspect_with()`], the report (titles, reasons, notes, the verdict) written in `lang`.
/// What the credential says is never translated.
pub fn inspect_in(
    bytes: &[u8],
    now: i64,
    status_list: Option<&StatusListInput>,
    lang: Lang,
) -> Result<Inspection, InputError> {
    let extracted = input::extract(bytes)?;
    let text = extracted.text.as_str();
    let mut notes = Vec::new();
    match extracted.container {
        Container::Png => notes.push(lang.t(Msg::ReadFromPng).to_owned()),
        Container::Svg => notes.push(lang.t(Msg::ReadFromSvg).to_owned()),
        Container::Text => {}
    }
    if extracted.open_badges_2 {
        return Ok(open_badges_2_png(text, lang));
    }
    let (doc, token) = if jwt::looks_like_jws(text) {
        let token = jwt::decode(text).map_err(InputError::Jwt)?;
        let (doc, mapped) = jwt::credential(&token.payload);
        notes.push(lang.t(Msg::ReadFromJwt).to_owned());
        notes.extend(mapped.iter().map(|note| note.message(lang)));
        (doc, Some(token))
    } else {
        let doc = json::parse(text).map_err(|e| match e {
            JsonError::TooDeep => InputError::TooDeep,
            JsonError::Syntax(d) => InputError::Json(d),
        })?;
        (doc, None)
    };
    let (kind, explanation) = recognize::recognize(&doc, lang);
    let subject = Subject {
        doc: &doc,
        kind,
        jws: token.as_ref(),
        now,
        status_list,
        lang,
    };
    let proofs = if matches!(kind, Kind::Unknown | Kind::OpenBadges2) {
        Vec::new()
    } else {
        checks::signature::outcomes(&subject)
    };
    let checks = checks::run(&subject, &proofs);
    let status_lists = checks::status::list_addresses(&doc);
    let achievement = (kind == Kind::OpenBadge)
        .then(|| extract::achievement(&doc, lang))
        .flatten();
    let clr = (kind == Kind::Clr)
        .then(|| extract::clr(&doc, lang))
        .flatten();
    let essentials = if matches!(kind, Kind::Unknown | Kind::OpenBadges2) {
        Essentials::default()
    } else {
        extract::essentials(&doc)
    };
    Ok(Inspection {
        container: extracted.container,
        jwt_header: token.map(|t| t.header),
        kind,
        explanation,
        notes,
        document: Some(doc),
        essentials,
        achievement,
        clr,
        summary: summary::summarize(&checks, &proofs, lang),
        status_lists,
        checks,
        proofs,
    })
}

/// An OB 2.0 PNG carries a URL of the hosted assertion, or the assertion's JSON.
fn open_badges_2_png(text: &str, lang: Lang) -> Inspection {
    let doc = json::parse(text).ok();
    let explanation = lang
        .t(if doc.is_some() {
            Msg::Ob2Json
        } else {
            Msg::Ob2Url
        })
        .to_owned();
    Inspection {
        container: Container::Png,
        jwt_header: None,
        kind: Kind::OpenBadges2,
        explanation,
        notes: Vec::new(),
        document: doc,
        essentials: Essentials::default(),
        achievement: None,
        clr: None,
        checks: Vec::new(),
        proofs: Vec::new(),
        summary: None,
        status_lists: Vec::new(),
    }
}
