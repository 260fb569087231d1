//! Status lists a credential points to in `credentialStatus`, read from text the reader
//! provides (a paste, a file) or asked the widget to fetch. Two methods:
//!
//! - `1EdTechRevocationList` (Open Badges 3.0 §9.1 step 4, "1EdTech Revocation List Status
//!   Method", <https://www.imsglobal.org/spec/vcrl/v1p0/>): a JSON document whose
//!   `revokedCredential` entries name revoked credentials by `id`; an entry whose `revoked`
//!   is true or absent means revoked. This is how the 1EdTech validator reads it
//!   (`RevocationListProbe`).
//! - `BitstringStatusListEntry` (W3C Bitstring Status List v1.0, §3.2 "Validate Algorithm",
//!   <https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm>): a
//!   `BitstringStatusListCredential` whose `encodedList` is a multibase base64url GZIP
//!   bitstring; the entry's `statusListIndex` × `statusSize` is the bit position.
//!
//! Nothing here fetches: the widget does, only when asked. The list's own proof is not
//! verified here, and the check's reason says so.

use crate::i18n::{Detail, Lang, Msg};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

use crate::json::{self, id_of, one_or_many, text};
use crate::jwt;

/// Fewest entries a bitstring may have (§3.2 step 2: "131,072 unless a different lower
/// bound is established by a specific ecosystem specification"); the 1EdTech validator
/// uses the same bound.
pub const MIN_BITSTRING_ENTRIES: usize = 131_072;

/// Largest expanded bitstring accepted: 16 MiB, 128 times the minimum; a list that inflates
/// past it is refused rather than filling memory.
pub const MAX_BITSTRING_BYTES: usize = 16 * 1024 * 1024;

/// A status list given to the inspector, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusListInput {
    /// The list's text (JSON, or a compact JWS whose payload is the list credential).
    pub text: String,
    /// How it reached the inspector.
    pub origin: ListOrigin,
}

/// Where a status list came from, for the reason shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListOrigin {
    /// Pasted or chosen by the reader ("the pasted list", "the file list.json").
    Provided(String),
    /// Fetched, on the reader's request, from this address.
    Fetched(String),
}

impl ListOrigin {
    /// "the pasted list", "the list fetched from https://…", in `lang` (a provided list's
    /// name is worded by whoever provided it).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Provided(what) => what.clone(),
            Self::Fetched(url) => lang.fill(Msg::StatusFetchedFrom, &[("url", url)]),
        }
    }
}

/// What a list says about one credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The list marks it (revoked, suspended, or another purpose's value), in words.
    Set(String),
    /// The list does not mark it.
    Clear(String),
}

/// Why a status list cannot answer; [`ListError::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    /// It looks like a VC-JWT but cannot be decoded.
    Jwt(jwt::JwtError),
    TooDeep,
    NotJson(json::SyntaxError),
    NotObject,
    NoRevokedCredential,
    /// The credential has no id to look up.
    NoCredentialId,
    NotBitstring,
    /// The entry's `statusPurpose` and the list's (none when it has none).
    Purpose {
        entry: String,
        list: Vec<String>,
    },
    BadSize,
    BadIndex,
    NoEncodedList,
    /// Fewer entries than [`MIN_BITSTRING_ENTRIES`].
    TooFew {
        entries: usize,
    },
    /// `statusListIndex` past the list's entries.
    OutOfRange {
        index: usize,
        entries: usize,
    },
    NotMultibase,
    NotBase64url,
    NotGzip,
    /// Inflates past [`MAX_BITSTRING_BYTES`].
    TooLarge,
    Damaged,
}

impl ListError {
    /// What is wrong with the list, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let n = |n: usize| lang.number(n);
        let simple = match self {
            Self::Jwt(e) => return e.message(lang),
            Self::NotJson(e) => {
                return lang.fill(Detail::ListNotJson, &[("detail", &e.message(lang))]);
            }
            Self::Purpose { entry, list } => {
                let list = if list.is_empty() {
                    lang.t(Detail::ListPurposeMissing).to_owned()
                } else {
                    list.join(", ")
                };
                return lang.fill(Detail::ListPurpose, &[("purpose", entry), ("list", &list)]);
            }
            Self::TooFew { entries } => {
                return lang.fill(
                    Detail::ListTooFew,
                    &[
                        ("entries", &n(*entries)),
                        ("min", &n(MIN_BITSTRING_ENTRIES)),
                    ],
                );
            }
            Self::OutOfRange { index, entries } => {
                return lang.fill(
                    Detail::ListOutOfRange,
                    &[("index", &index.to_string()), ("entries", &n(*entries))],
                );
            }
            Self::TooLarge => {
                return lang.fill(
                    Detail::ListTooLarge,
                    &[("mb", &n(MAX_BITSTRING_BYTES / (1024 * 1024)))],
                );
            }
            Self::TooDeep => Detail::ListTooDeep,
            Self::NotObject => Detail::ListNotObject,
            Self::NoRevokedCredential => Detail::ListNoRevokedCredential,
            Self::NoCredentialId => Detail::ListNoCredentialId,
            Self::NotBitstring => Detail::ListNotBitstring,
            Self::BadSize => Detail::ListBadSize,
            Self::BadIndex => Detail::ListBadIndex,
            Self::NoEncodedList => Detail::ListNoEncodedList,
            Self::NotMultibase => Detail::ListNotMultibase,
            Self::NotBase64url => Detail::ListNotBase64url,
            Self::NotGzip => Detail::ListNotGzip,
            Self::Damaged => Detail::ListDamaged,
        };
        lang.t(simple).to_owned()
    }
}

crate::i18n::english_display!(ListError);

/// The list document: JSON, or the credential in a VC-JWT's payload.
pub fn parse(input: &StatusListInput) -> Result<Value, ListError> {
    let text = input.text.trim();
    if jwt::looks_like_jws(text) {
        let token = jwt::decode(text).map_err(ListError::Jwt)?;
        return Ok(jwt::credential(&token.payload).0);
    }
    json::parse(text).map_err(|e| match e {
        json::JsonError::TooDeep => ListError::TooDeep,
        json::JsonError::Syntax(e) => ListError::NotJson(e),
    })
}

/// Looks `credential_id` up in a 1EdTech Revocation List; the answer in `lang`.
pub fn revocation_list(
    list: &Value,
    credential_id: Option<&str>,
    lang: Lang,
) -> Result<Answer, ListError> {
    if !list.is_object() {
        return Err(ListError::NotObject);
    }
    let Some(entries) = list.get("revokedCredential") else {
        return Err(ListError::NoRevokedCredential);
    };
    let Some(credential_id) = credential_id else {
        return Err(ListError::NoCredentialId);
    };
    let entry = one_or_many(Some(entries))
        .into_iter()
        .find(|e| id_of(Some(e)).as_deref() == Some(credential_id));
    let id = ("id", credential_id);
    Ok(match entry {
        Some(e) if e.get("revoked").and_then(Value::as_bool) != Some(false) => {
            Answer::Set(match text(e.get("revocationReason")) {
                Some(reason) => {
                    lang.fill(Detail::ListNamesRevokedBecause, &[id, ("reason", &reason)])
                }
                None => lang.fill(Detail::ListNamesRevoked, &[id]),
            })
        }
        Some(_) => Answer::Clear(lang.fill(Detail::ListNamesNotRevoked, &[id])),
        None => Answer::Clear(lang.fill(
            Detail::ListNotAmong,
            &[id, ("n", &lang.number(one_or_many(Some(entries)).len()))],
        )),
    })
}

/// Reads the entry's bit(s) in a BitstringStatusListCredential; the answer in `lang`.
pub fn bitstring(list: &Value, entry: &Value, lang: Lang) -> Result<Answer, ListError> {
    if !json::has_type(list, "BitstringStatusListCredential") {
        return Err(ListError::NotBitstring);
    }
    let purpose = text(entry.get("statusPurpose")).unwrap_or_default();
    let subject = list.get("credentialSubject");
    let list_purposes: Vec<String> = one_or_many(subject.and_then(|s| s.get("statusPurpose")))
        .into_iter()
        .filter_map(|p| p.as_str().map(str::to_owned))
        .collect();
    if !list_purposes.contains(&purpose) {
        return Err(ListError::Purpose {
            entry: purpose,
            list: list_purposes,
        });
    }
    let size = match entry.get("statusSize") {
        None => 1,
        Some(v) => number(v)
            .filter(|n| (1..=64).contains(n))
            .ok_or(ListError::BadSize)?,
    };
    let index = entry
        .get("statusListIndex")
        .and_then(number)
        .ok_or(ListError::BadIndex)?;
    let encoded =
        text(subject.and_then(|s| s.get("encodedList"))).ok_or(ListError::NoEncodedList)?;
    let bits = expand(&encoded)?;
    let entries = bits.len() * 8 / size;
    if entries < MIN_BITSTRING_ENTRIES {
        return Err(ListError::TooFew { entries });
    }
    let first_bit = index
        .checked_mul(size)
        .filter(|b| b.saturating_add(size) <= bits.len() * 8)
        .ok_or(ListError::OutOfRange { index, entries })?;
    // Bits are read left to right: bit 0 is the most significant bit of byte 0.
    let mut value: u64 = 0;
    for bit in first_bit..first_bit + size {
        let byte = bits.get(bit / 8).copied().unwrap_or(0);
        value = (value << 1) | u64::from((byte >> (7 - bit % 8)) & 1);
    }
    let index = index.to_string();
    let said = |key: Detail| {
        lang.fill(
            key,
            &[
                ("index", &index),
                ("purpose", &purpose),
                ("value", &value.to_string()),
            ],
        )
    };
    Ok(match (purpose.as_str(), value) {
        (_, 0) => Answer::Clear(said(Detail::ListEntryClear)),
        ("revocation", _) => Answer::Set(said(Detail::ListEntryRevoked)),
        ("suspension", _) => Answer::Set(said(Detail::ListEntrySuspended)),
        _ => Answer::Set(said(Detail::ListEntryValue)),
    })
}

/// A whole number given as a JSON number or a string of digits (the specification's
/// `statusListIndex` is a string; many issuers write a number).
fn number(v: &Value) -> Option<usize> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().ok()
        }
        _ => None,
    }
}

/// Multibase (`u`: base64url, no padding) then GZIP (RFC 1952) → the bitstring.
fn expand(encoded: &str) -> Result<Vec<u8>, ListError> {
    let Some(b64) = encoded.strip_prefix('u') else {
        return Err(ListError::NotMultibase);
    };
    let gz = URL_SAFE_NO_PAD
        .decode(b64)
        .map_err(|_| ListError::NotBase64url)?;
    gunzip(&gz)
}

/// The DEFLATE body of a GZIP member, inflated with [`MAX_BITSTRING_BYTES`] as the limit.
fn gunzip(gz: &[u8]) -> Result<Vec<u8>, ListError> {
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    const FHCRC: u8 = 2;
    let not_gzip = || ListError::NotGzip;
    let (header, mut rest) = gz.split_first_chunk::<10>().ok_or_else(not_gzip)?;
    if header[..3] != [0x1f, 0x8b, 8] {
        return Err(not_gzip());
    }
    let flags = header[3];
    if flags & FEXTRA != 0 {
        let (len, after) = rest.split_first_chunk::<2>().ok_or_else(not_gzip)?;
        rest = after
            .get(usize::from(u16::from_le_bytes(*len))..)
            .ok_or_else(not_gzip)?;
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let end = rest.iter().position(|&b| b == 0).ok_or_else(not_gzip)?;
            rest = rest.get(end + 1..).ok_or_else(not_gzip)?;
        }
    }
    if flags & FHCRC != 0 {
        rest = rest.get(2..).ok_or_else(not_gzip)?;
    }
    miniz_oxide::inflate::decompress_to_vec_with_limit(rest, MAX_BITSTRING_BYTES).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            ListError::TooLarge
        } else {
            ListError::Damaged
        }
    })
}

/// The address a status entry points to: the list a reader would fetch.
pub fn list_address(entry: &Value) -> Option<String> {
    match text(entry.get("type")).as_deref() {
        Some("BitstringStatusListEntry") => text(entry.get("statusListCredential")),
        _ => id_of(Some(entry)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        reason = "tests fail loudly"
    )]

    use super::*;
    use serde_json::json;

    /// The `encodedList` of the 1EdTech validator's test status list: 16 KB whose only set
    /// bit is entry 23 (byte 2, last bit), the entry its "revoked" sample points to.
    const VALIDATOR_LIST: &str =
        "uH4sIAAAAAAAA_-3BMQEAAAzDoMy_6cnoA9QFAAAAAAAAAAAAAAAAAAAAbD3uPa2cAEAAAA";

    fn list(encoded: &str) -> Value {
        json!({"type": ["VerifiableCredential", "BitstringStatusListCredential"],
               "credentialSubject": {"statusPurpose": "revocation", "encodedList": encoded}})
    }

    fn entry(index: Value) -> Value {
        json!({"type": "BitstringStatusListEntry", "statusPurpose": "revocation",
               "statusListIndex": index, "statusListCredential": "https://example.org/list"})
    }

    #[test]
    fn the_validators_list_revokes_entry_23_only_and_refuses_one_past_its_end() {
        let l = list(VALIDATOR_LIST);
        let revoked = bitstring(&l, &entry(json!("23")), Lang::En).unwrap();
        assert_eq!(
            revoked,
            Answer::Set("entry 23 of the revocation list is set: revoked".into())
        );
        assert!(matches!(
            bitstring(&l, &entry(json!(22)), Lang::En),
            Ok(Answer::Clear(_))
        ));
        assert!(matches!(
            bitstring(&l, &entry(json!(24)), Lang::En),
            Ok(Answer::Clear(_))
        ));
        assert!(matches!(
            bitstring(&l, &entry(json!(131_071)), Lang::En),
            Ok(Answer::Clear(_))
        ));
        let err = bitstring(&l, &entry(json!(131_072)), Lang::En).unwrap_err();
        assert!(err.to_string().contains("RANGE_ERROR"), "{err}");
        assert!(bitstring(&l, &entry(json!("-1")), Lang::En).is_err());
    }

    #[test]
    fn a_damaged_or_foreign_encoding_is_an_error_not_a_panic() {
        for bad in ["", "u", "zH4sI", "uAAAA", &VALIDATOR_LIST[..30]] {
            assert!(
                bitstring(&list(bad), &entry(json!(1)), Lang::En).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn revocation_list_entries_are_matched_by_credential_id() {
        let l = json!({"revokedCredential": [
            {"id": "urn:a", "revoked": true}, {"id": "urn:b", "revoked": false}, {"id": "urn:c"}]});
        assert!(matches!(
            revocation_list(&l, Some("urn:a"), Lang::En),
            Ok(Answer::Set(_))
        ));
        assert!(matches!(
            revocation_list(&l, Some("urn:b"), Lang::En),
            Ok(Answer::Clear(_))
        ));
        assert!(matches!(
            revocation_list(&l, Some("urn:c"), Lang::En),
            Ok(Answer::Set(_))
        ));
        assert!(matches!(
            revocation_list(&l, Some("urn:d"), Lang::En),
            Ok(Answer::Clear(_))
        ));
        assert!(revocation_list(&l, None, Lang::En).is_err());
        assert!(revocation_list(&json!({"x": 1}), Some("urn:a"), Lang::En).is_err());
    }
}
