//! From a proof's `verificationMethod` to an Ed25519 public key, offline where the
//! identifier itself carries the key:
//!
//! - `did:key:z6Mk…` (W3C did:key method): the identifier is the multibase key;
//! - `<controller>#z6Mk…`: a fragment that is a multibase Ed25519 key is taken as the key,
//!   as the 1EdTech validator does. The controller document is not read, so this shows
//!   which key signed, not that the controller publishes it.
//!
//! Anything else needs the controller document: an `https` one is fetched only when the
//! user asks (see [`from_controller_document`]); other DID methods are not resolved.

use serde_json::Value;

use super::multibase::{self, MultibaseError};
use crate::i18n::{Detail, Lang, Msg};
use crate::json::one_or_many;

/// A public key and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub ed25519: [u8; 32],
    /// The identifier that controls the key (the part before `#`, or the did:key DID).
    pub controller: String,
    /// How the key was found ([`KeySource::describe`] words it for the report).
    pub source: KeySource,
}

/// How a key was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// Written in the verification method's fragment; the controller document at `base`
    /// was not read.
    Fragment { fragment: String, base: String },
    /// Encoded by the did:key identifier itself.
    DidKey { did: String },
    /// Published as `method` in the controller document fetched from `url`.
    Fetched { method: String, url: String },
}

impl KeySource {
    /// The source as a phrase for the report, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Fragment { fragment, base } => {
                lang.fill(Msg::KeyFragment, &[("fragment", fragment), ("base", base)])
            }
            Self::DidKey { did } => lang.fill(Msg::KeyDidKey, &[("did", did)]),
            Self::Fetched { method, url } => {
                lang.fill(Msg::KeyFetched, &[("method", method), ("url", url)])
            }
        }
    }
}

/// Why no key could be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProblem {
    /// The verification method cannot name a usable key: the proof cannot verify (Fail).
    Unusable(Unusable),
    /// The key may exist but is not resolved here (Not checked); `fetch` is the https
    /// document that would hold it, which the user may ask to fetch.
    Unresolved {
        reason: Unresolved,
        fetch: Option<String>,
    },
}

/// Why a verification method names no usable key (`method` is the verification method,
/// `url` the controller document's address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// No URI scheme.
    NoScheme { method: String },
    /// A scheme that names no key (neither a DID nor https).
    Scheme { method: String, scheme: String },
    /// A did:key whose identifier is not an Ed25519 key.
    DidKeyNotEd25519(MultibaseError),
    /// A fragment other than the did:key's one key (`id`).
    DidKeyFragment {
        did: String,
        fragment: String,
        id: String,
    },
    /// The controller document does not describe the method.
    NotInDocument { url: String, method: String },
    /// The document has the key, but not under `assertionMethod`.
    NotAssertionMethod { url: String, method: String },
    /// The key has no `publicKeyMultibase`.
    NoMultibase { url: String, method: String },
    /// The key's `publicKeyMultibase` is not an Ed25519 key.
    BadMultibase {
        url: String,
        method: String,
        why: MultibaseError,
    },
}

/// Why a key is not resolved here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// A DID method other than did:key (its name, without `did:`).
    DidMethod(String),
    /// In an https controller document (its address), fetched only when asked.
    Https(String),
    /// In an http document (its address), never fetched.
    Http(String),
}

impl Unusable {
    /// Why the key cannot be used, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NoScheme { method } => lang.fill(Detail::KeyNoScheme, &[("method", method)]),
            Self::Scheme { method, scheme } => {
                lang.fill(Detail::KeyScheme, &[("method", method), ("scheme", scheme)])
            }
            Self::DidKeyNotEd25519(why) => {
                lang.fill(Detail::KeyDidKeyNotEd25519, &[("why", &why.message(lang))])
            }
            Self::DidKeyFragment { did, fragment, id } => lang.fill(
                Detail::KeyDidKeyFragment,
                &[("did", did), ("fragment", fragment), ("id", id)],
            ),
            Self::NotInDocument { url, method } => lang.fill(
                Detail::KeyNotInDocument,
                &[("url", url), ("method", method)],
            ),
            Self::NotAssertionMethod { url, method } => lang.fill(
                Detail::KeyNotAssertionMethod,
                &[("url", url), ("method", method)],
            ),
            Self::NoMultibase { url, method } => {
                lang.fill(Detail::KeyNoMultibase, &[("url", url), ("method", method)])
            }
            Self::BadMultibase { url, method, why } => lang.fill(
                Detail::KeyBadMultibase,
                &[
                    ("url", url),
                    ("method", method),
                    ("why", &why.message(lang)),
                ],
            ),
        }
    }
}

impl Unresolved {
    /// Why the key is not resolved, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::DidMethod(name) if name == "web" => lang.t(Detail::KeyDidWeb).to_owned(),
            Self::DidMethod(name) => lang.fill(Detail::KeyDidMethod, &[("method", name)]),
            Self::Https(base) => lang.fill(Detail::KeyHttps, &[("base", base)]),
            Self::Http(base) => lang.fill(Detail::KeyHttp, &[("base", base)]),
        }
    }
}

/// Resolves a verification method without the network.
pub fn resolve(method: &str) -> Result<Key, KeyProblem> {
    let (base, fragment) = match method.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (method, None),
    };
    let Some(scheme) = scheme(method) else {
        return Err(KeyProblem::Unusable(Unusable::NoScheme {
            method: method.to_owned(),
        }));
    };
    if scheme == "did" && base.starts_with("did:key:") {
        return did_key(base, fragment);
    }
    if let Some(fragment) = fragment
        && let Ok(ed25519) = multibase::ed25519_public_key(fragment)
    {
        return Ok(Key {
            ed25519,
            controller: base.to_owned(),
            source: KeySource::Fragment {
                fragment: fragment.to_owned(),
                base: base.to_owned(),
            },
        });
    }
    match scheme.as_str() {
        "did" => Err(KeyProblem::Unresolved {
            reason: Unresolved::DidMethod(base.split(':').nth(1).unwrap_or("").to_owned()),
            fetch: None,
        }),
        "https" => Err(KeyProblem::Unresolved {
            reason: Unresolved::Https(base.to_owned()),
            fetch: Some(base.to_owned()),
        }),
        "http" => Err(KeyProblem::Unresolved {
            reason: Unresolved::Http(base.to_owned()),
            fetch: None,
        }),
        other => Err(KeyProblem::Unusable(Unusable::Scheme {
            method: method.to_owned(),
            scheme: other.to_owned(),
        })),
    }
}

/// The URI scheme (RFC 3986 §3.1), lowercased, if the text starts with one.
fn scheme(text: &str) -> Option<String> {
    let (scheme, _) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}

fn did_key(did: &str, fragment: Option<&str>) -> Result<Key, KeyProblem> {
    let id = did.trim_start_matches("did:key:");
    let ed25519 = multibase::ed25519_public_key(id)
        .map_err(|why| KeyProblem::Unusable(Unusable::DidKeyNotEd25519(why)))?;
    if let Some(fragment) = fragment
        && fragment != id
    {
        return Err(KeyProblem::Unusable(Unusable::DidKeyFragment {
            did: did.to_owned(),
            fragment: fragment.to_owned(),
            id: id.to_owned(),
        }));
    }
    Ok(Key {
        ed25519,
        controller: did.to_owned(),
        source: KeySource::DidKey {
            did: did.to_owned(),
        },
    })
}

/// Finds the key of `method` in a controller document fetched from `url` (the method
/// without its fragment), as W3C Controlled Identifiers v1.0 describes it: a verification
/// method whose `id` is `method`, with a `publicKeyMultibase`, listed under
/// `assertionMethod` (the purpose of a credential's proof).
pub fn from_controller_document(
    method: &str,
    url: &str,
    document: &Value,
) -> Result<Key, KeyProblem> {
    let fragment = method.split_once('#').map(|(_, f)| f);
    let names_method =
        |id: &str| id == method || (fragment.is_some() && id.strip_prefix('#') == fragment);
    let mut candidates: Vec<&Value> = Vec::new();
    if document.get("publicKeyMultibase").is_some() {
        candidates.push(document);
    }
    for relation in ["verificationMethod", "assertionMethod"] {
        candidates.extend(
            one_or_many(document.get(relation))
                .into_iter()
                .filter(|v| v.is_object()),
        );
    }
    let Some(entry) = candidates.into_iter().find(|v| {
        v.get("id")
            .and_then(Value::as_str)
            .is_some_and(names_method)
    }) else {
        return Err(KeyProblem::Unusable(Unusable::NotInDocument {
            url: url.to_owned(),
            method: method.to_owned(),
        }));
    };
    let authorized = document.get("publicKeyMultibase").is_some()
        || one_or_many(document.get("assertionMethod"))
            .iter()
            .any(|v| {
                v.as_str()
                    .or_else(|| v.get("id").and_then(Value::as_str))
                    .is_some_and(names_method)
            });
    if !authorized {
        return Err(KeyProblem::Unusable(Unusable::NotAssertionMethod {
            url: url.to_owned(),
            method: method.to_owned(),
        }));
    }
    let multibase = entry
        .get("publicKeyMultibase")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            KeyProblem::Unusable(Unusable::NoMultibase {
                url: url.to_owned(),
                method: method.to_owned(),
            })
        })?;
    let ed25519 = multibase::ed25519_public_key(multibase).map_err(|why| {
        KeyProblem::Unusable(Unusable::BadMultibase {
            url: url.to_owned(),
            method: method.to_owned(),
            why,
        })
    })?;
    let controller = entry
        .get("controller")
        .and_then(Value::as_str)
        .unwrap_or(url)
        .to_owned();
    Ok(Key {
        ed25519,
        controller,
        source: KeySource::Fetched {
            method: method.to_owned(),
            url: url.to_owned(),
        },
    })
}
