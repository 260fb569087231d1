//! Compact JWS (VC-JWT): header, payload and signature, base64url-encoded and joined by dots.

use crate::i18n::{Detail, Lang};
use crate::json;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// A decoded compact JWS. Nothing here says it is authentic: see [`crate::verify`].
#[derive(Debug, Clone, PartialEq)]
pub struct Jws {
    /// The JOSE header.
    pub header: Value,
    /// The payload (a VC-JWT's claims).
    pub payload: Value,
    /// `header.payload` exactly as received: the bytes the signature covers.
    pub signing_input: String,
    /// The signature bytes.
    pub signature: Vec<u8>,
}

/// Whether `text` has the shape of a compact JWS (three base64url parts, the first a JSON
/// object: `eyJ` is how `{"` encodes).
pub fn looks_like_jws(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && text.starts_with("eyJ")
        && parts.iter().all(|p| {
            p.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        })
}

/// Why a text is not a compact JWS; [`JwtError::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwtError {
    /// Not three parts joined by dots.
    NotThreeParts,
    /// One part cannot be read.
    Part { part: Part, problem: PartProblem },
}

/// The three parts of a compact JWS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Header,
    Payload,
    Signature,
}

/// What is wrong with one part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartProblem {
    NotBase64url,
    NotUtf8,
    TooDeep,
    NotJson(json::SyntaxError),
    NotObject,
}

impl JwtError {
    /// What is wrong with the token, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let Self::Part { part, problem } = self else {
            return lang.t(Detail::JwtNotThreeParts).to_owned();
        };
        let part = lang.t(match part {
            Part::Header => Detail::JwtHeader,
            Part::Payload => Detail::JwtPayload,
            Part::Signature => Detail::JwtSignature,
        });
        let (key, detail) = match problem {
            PartProblem::NotBase64url => (Detail::JwtNotBase64url, String::new()),
            PartProblem::NotUtf8 => (Detail::JwtNotUtf8, String::new()),
            PartProblem::TooDeep => (Detail::JwtTooDeep, String::new()),
            PartProblem::NotJson(e) => (Detail::JwtNotJson, e.message(lang)),
            PartProblem::NotObject => (Detail::JwtNotObject, String::new()),
        };
        lang.fill(key, &[("part", part), ("detail", &detail)])
    }
}

crate::i18n::english_display!(JwtError);

/// Decodes a compact JWS.
pub fn decode(text: &str) -> Result<Jws, JwtError> {
    let text = text.trim();
    let mut parts = text.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::NotThreeParts);
    };
    let header = part_json(header, Part::Header)?;
    let payload = part_json(payload, Part::Payload)?;
    let signature_bytes = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| JwtError::Part {
            part: Part::Signature,
            problem: PartProblem::NotBase64url,
        })?;
    let signing_input = text
        .rsplit_once('.')
        .map(|(input, _)| input.to_owned())
        .unwrap_or_default();
    Ok(Jws {
        header,
        payload,
        signing_input,
        signature: signature_bytes,
    })
}

fn part_json(text: &str, part: Part) -> Result<Value, JwtError> {
    let fail = |problem| JwtError::Part { part, problem };
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| fail(PartProblem::NotBase64url))?;
    let text = String::from_utf8(bytes).map_err(|_| fail(PartProblem::NotUtf8))?;
    let value = json::parse(&text).map_err(|e| {
        fail(match e {
            json::JsonError::TooDeep => PartProblem::TooDeep,
            json::JsonError::Syntax(e) => PartProblem::NotJson(e),
        })
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(fail(PartProblem::NotObject))
    }
}

/// How a VC-JWT's credential was read from its claims: a note for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The credential lacked `property`; it was taken from the registered `claim`.
    Taken {
        property: &'static str,
        claim: &'static str,
    },
    /// The `iss` claim names another issuer than the credential's.
    IssDiffers { iss: String },
}

impl Note {
    /// The note in `lang` (the property and claim names as the specifications write them).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Taken { property, claim } => lang.fill(
                Detail::JwtTaken,
                &[("property", property), ("claim", claim)],
            ),
            Self::IssDiffers { iss } => lang.fill(Detail::JwtIssDiffers, &[("iss", iss)]),
        }
    }
}

/// The credential a VC-JWT carries, with the registered claims mapped back to credential
/// properties where the credential lacks them, and a note for each mapping.
///
/// VC-JWT (VC Data Model 1.1, §6.3.1): the credential is the `vc` claim; `iss` is the issuer,
/// `jti` the id, `sub` the subject's id, `nbf` the issuance date and `exp` the expiration.
/// A JWT whose payload is itself the credential (the VC 2.0 way) is used as it is.
pub fn credential(payload: &Value) -> (Value, Vec<Note>) {
    let mut notes = Vec::new();
    let Some(vc) = payload.get("vc").filter(|v| v.is_object()) else {
        return (payload.clone(), notes);
    };
    let mut vc = vc.clone();
    let legacy = json::one_or_many(vc.get("@context"))
        .first()
        .and_then(|c| c.as_str())
        == Some(crate::recognize::VC_V1_CONTEXT);
    let (from, until) = if legacy {
        ("issuanceDate", "expirationDate")
    } else {
        ("validFrom", "validUntil")
    };
    let Some(map) = vc.as_object_mut() else {
        return (vc, notes);
    };
    if let Some(jti) = payload.get("jti").and_then(Value::as_str)
        && !map.contains_key("id")
    {
        map.insert("id".into(), Value::String(jti.to_owned()));
        notes.push(Note::Taken {
            property: "id",
            claim: "jti",
        });
    }
    if let Some(iss) = payload.get("iss").and_then(Value::as_str) {
        match map.get_mut("issuer") {
            None => {
                map.insert("issuer".into(), Value::String(iss.to_owned()));
                notes.push(Note::Taken {
                    property: "issuer",
                    claim: "iss",
                });
            }
            Some(issuer) if json::id_of(Some(issuer)).as_deref() != Some(iss) => {
                notes.push(Note::IssDiffers {
                    iss: iss.to_owned(),
                });
            }
            Some(_) => {}
        }
    }
    for (claim, property) in [("nbf", from), ("exp", until)] {
        if let Some(t) = payload.get(claim).and_then(Value::as_i64)
            && !map.contains_key(property)
        {
            map.insert(property.into(), Value::String(crate::dates::format_unix(t)));
            notes.push(Note::Taken { property, claim });
        }
    }
    if let Some(sub) = payload.get("sub").and_then(Value::as_str)
        && let Some(subject) = map
            .get_mut("credentialSubject")
            .and_then(Value::as_object_mut)
        && !subject.contains_key("id")
    {
        subject.insert("id".into(), Value::String(sub.to_owned()));
        notes.push(Note::Taken {
            property: "credentialSubject.id",
            claim: "sub",
        });
    }
    (vc, notes)
}
