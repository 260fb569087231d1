//! Embedded proofs (`proof`) of a credential, verified offline where that can honestly be
//! done:
//!
//! - `DataIntegrityProof` with cryptosuite `eddsa-rdfc-2022` (W3C Data Integrity EdDSA
//!   Cryptosuites v1.0, §3.3) and its 2022 draft name `eddsa-2022` (the same algorithm;
//!   the 1EdTech validator still accepts it, with a warning): RDFC-1.0 canonical N-Quads of
//!   the document without its proof and of the proof configuration, SHA-256 of each, and
//!   an Ed25519 signature over the two hashes.
//! - Keys: `did:key`, or a verification method whose fragment is the multibase key
//!   ([`keys`]); an https controller document only when the caller supplies it.
//!
//! Everything else is "not checked", with the reason. The signature check calls
//! [`verify_proof`] for each embedded proof and combines the verdicts.

pub mod canon;
pub mod contexts;
pub mod keys;
pub mod multibase;

use crate::i18n::{Lang, Msg};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::json::{id_of, one_or_many};
use crate::verify::Verdict;
use keys::{Key, KeyProblem};

/// The cryptosuites verified here: both hash RDFC-1.0 canonical N-Quads with SHA-256.
const EDDSA_SUITES: [&str; 2] = ["eddsa-rdfc-2022", "eddsa-2022"];

/// Verifies one embedded proof of `doc` (an element of its `proof`); the reason in English.
pub fn verify_proof(doc: &Value, proof: &Value) -> Verdict {
    verify_proof_in(doc, proof, Lang::En)
}

/// [`verify_proof`], the reason written in `lang`.
pub fn verify_proof_in(doc: &Value, proof: &Value, lang: Lang) -> Verdict {
    verdict(check(doc, proof, None, lang))
}

/// Every embedded proof of `doc` with its verdict, in document order, as (JSON pointer,
/// verdict). Empty when there is none.
pub fn verify_proofs(doc: &Value) -> Vec<(String, Verdict)> {
    each_proof(doc)
        .map(|(pointer, proof)| (pointer, verify_proof(doc, proof)))
        .collect()
}

/// Verifies the proof at `pointer` with a controller document the user asked to fetch from
/// `url`; `None` when `doc` has no proof there. The reason in English.
pub fn verify_with_controller_document(
    doc: &Value,
    pointer: &str,
    url: &str,
    controller_document: &Value,
) -> Option<Verdict> {
    verify_with_controller_document_in(doc, pointer, url, controller_document, Lang::En)
}

/// [`verify_with_controller_document`], the reason written in `lang`.
pub fn verify_with_controller_document_in(
    doc: &Value,
    pointer: &str,
    url: &str,
    controller_document: &Value,
    lang: Lang,
) -> Option<Verdict> {
    each_proof(doc)
        .find(|(p, _)| p == pointer)
        .map(|(_, proof)| verdict(check(doc, proof, Some((url, controller_document)), lang)))
}

/// The proofs whose key is only in an https controller document, as (pointer, URL): what
/// the user may ask to fetch. Cheap (no canonicalization).
pub fn key_documents(doc: &Value) -> Vec<(String, String)> {
    each_proof(doc)
        .filter(|(_, proof)| supported(proof))
        .filter_map(|(pointer, proof)| {
            let method = proof.get("verificationMethod")?.as_str()?;
            match keys::resolve(method) {
                Err(KeyProblem::Unresolved {
                    fetch: Some(url), ..
                }) => Some((pointer, url)),
                _ => None,
            }
        })
        .collect()
}

/// Whether the proof's suite is one verified here.
fn supported(proof: &Value) -> bool {
    let proof_type = proof.get("type").and_then(Value::as_str).unwrap_or("");
    let cryptosuite = proof
        .get("cryptosuite")
        .and_then(Value::as_str)
        .unwrap_or("");
    (proof_type == "DataIntegrityProof" && EDDSA_SUITES.contains(&cryptosuite))
        || proof_type == "Ed25519Signature2020"
}

fn each_proof(doc: &Value) -> impl Iterator<Item = (String, &Value)> {
    let many = doc.get("proof").is_some_and(Value::is_array);
    one_or_many(doc.get("proof"))
        .into_iter()
        .enumerate()
        .map(move |(i, proof)| {
            let pointer = if many {
                format!("/proof/{i}")
            } else {
                "/proof".to_owned()
            };
            (pointer, proof)
        })
}

fn verdict(checked: Result<Verdict, Stop>) -> Verdict {
    match checked {
        Ok(verdict) => verdict,
        Err(Stop::Fail(why)) => Verdict::Invalid(why),
        Err(Stop::NotChecked(why)) => Verdict::NotVerified(why),
    }
}

/// Why verification stopped before the signature was compared.
enum Stop {
    Fail(String),
    NotChecked(String),
}

fn check(
    doc: &Value,
    proof: &Value,
    controller_document: Option<(&str, &Value)>,
    lang: Lang,
) -> Result<Verdict, Stop> {
    let proof_type = proof.get("type").and_then(Value::as_str).unwrap_or("");
    // A DataIntegrityProof is named by its cryptosuite, older proofs by their type.
    let suite = match proof.get("cryptosuite").and_then(Value::as_str) {
        Some(cryptosuite) if proof_type == "DataIntegrityProof" => cryptosuite,
        _ => proof_type,
    };
    let Some(proof_map) = proof.as_object() else {
        return Err(Stop::Fail(lang.t(Msg::PfNotObject).into()));
    };
    if !supported(proof) {
        let what = match (proof_type, suite) {
            ("", _) => lang.t(Msg::PfNoType).to_owned(),
            ("DataIntegrityProof", "DataIntegrityProof") => lang.t(Msg::PfNoSuite).to_owned(),
            ("DataIntegrityProof", suite) => lang.fill(Msg::PfSuite, &[("suite", suite)]),
            (other, _) => lang.fill(Msg::PfOfType, &[("type", other)]),
        };
        return Err(Stop::NotChecked(
            lang.fill(Msg::PfUnsupported, &[("what", &what)]),
        ));
    }
    let purpose = proof.get("proofPurpose").and_then(Value::as_str);
    if purpose != Some("assertionMethod") {
        let purpose = purpose.map_or_else(
            || lang.t(Msg::PfPurposeMissing).to_owned(),
            |p| format!("\"{p}\""),
        );
        return Err(Stop::NotChecked(
            lang.fill(Msg::PfPurpose, &[("purpose", &purpose)]),
        ));
    }
    if proof.get("previousProof").is_some() {
        return Err(Stop::NotChecked(lang.t(Msg::PfChain).into()));
    }
    let signature = signature_bytes(proof, lang)?;
    let method = proof
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or_else(|| Stop::Fail(lang.t(Msg::PfNoMethod).into()))?;
    let key = match controller_document {
        Some((url, document)) => keys::from_controller_document(method, url, document),
        None => keys::resolve(method),
    }
    .map_err(|problem| match problem {
        KeyProblem::Unusable(why) => Stop::Fail(why.message(lang)),
        KeyProblem::Unresolved { reason, .. } => {
            Stop::NotChecked(lang.fill(Msg::PfNotVerified, &[("reason", &reason.message(lang))]))
        }
    })?;
    let data = hash_data(doc, proof_map).map_err(|e| match e {
        // A conforming issuer cannot have signed it: Data Integrity makes this an error.
        canon::CanonError::DataLoss(_) => {
            Stop::Fail(lang.fill(Msg::PfDataLoss, &[("error", &e.message(lang))]))
        }
        _ => Stop::NotChecked(lang.fill(Msg::PfNoCanon, &[("error", &e.message(lang))])),
    })?;
    let draft = if suite == "eddsa-2022" {
        format!(" {}", lang.t(Msg::PfDraft))
    } else {
        String::new()
    };
    let source = key.source.describe(lang);
    let said = |msg: Msg, extra: &[(&str, &str)]| {
        let mut values = vec![
            ("suite", suite),
            ("key", source.as_str()),
            ("draft", draft.as_str()),
        ];
        values.extend_from_slice(extra);
        lang.fill(msg, &values)
    };
    if !ed25519_verifies(&key, &data, &signature) {
        return Ok(Verdict::Invalid(said(Msg::PfMismatch, &[])));
    }
    let issuer = id_of(doc.get("issuer"));
    let mismatch = issuer.filter(|i| *i != key.controller);
    match (mismatch, key.controller.starts_with("did:key:")) {
        // As the 1EdTech validator: a key named under a controller must be the issuer's.
        (Some(issuer), false) => Ok(Verdict::Invalid(said(
            Msg::PfNotIssuer,
            &[("controller", &key.controller), ("issuer", &issuer)],
        ))),
        (Some(issuer), true) => Ok(Verdict::Verified(said(
            Msg::PfMatchesDidKey,
            &[("issuer", &issuer)],
        ))),
        (None, _) => Ok(Verdict::Verified(said(Msg::PfMatches, &[]))),
    }
}

/// The 64 signature bytes of `proofValue` (base58btc multibase).
fn signature_bytes(proof: &Value, lang: Lang) -> Result<[u8; 64], Stop> {
    let value = proof
        .get("proofValue")
        .and_then(Value::as_str)
        .ok_or_else(|| Stop::Fail(lang.t(Msg::PfNoValue).into()))?;
    let bytes = multibase::decode_base58btc(value)
        .map_err(|why| Stop::Fail(lang.fill(Msg::PfBadValue, &[("why", &why.message(lang))])))?;
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| Stop::Fail(lang.count(Msg::PfValueLength, &[("n", bytes.len())])))
}

/// SHA-256 of the canonical proof configuration, then of the canonical document without
/// its proof (Data Integrity EdDSA Cryptosuites v1.0, §3.3.4–3.3.5).
pub fn hash_data(doc: &Value, proof: &Map<String, Value>) -> Result<Vec<u8>, canon::CanonError> {
    let mut unsecured = doc.clone();
    if let Some(map) = unsecured.as_object_mut() {
        map.remove("proof");
    }
    let mut config = proof.clone();
    config.remove("proofValue");
    if let Some(context) = doc.get("@context") {
        config.insert("@context".into(), context.clone());
    }
    let config = canon::canonical_nquads(&Value::Object(config))?;
    let document = canon::canonical_nquads(&unsecured)?;
    let mut data = Sha256::digest(config.as_bytes()).to_vec();
    data.extend_from_slice(&Sha256::digest(document.as_bytes()));
    Ok(data)
}

fn ed25519_verifies(key: &Key, data: &[u8], signature: &[u8; 64]) -> bool {
    use ed25519_dalek::{Signature, VerifyingKey};
    let Ok(verifying) = VerifyingKey::from_bytes(&key.ed25519) else {
        return false;
    };
    verifying
        .verify_strict(data, &Signature::from_bytes(signature))
        .is_ok()
}
