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

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::json::{id_of, one_or_many};
use crate::verify::Verdict;
use keys::{Key, KeyProblem};

/// The cryptosuites verified here: both hash RDFC-1.0 canonical N-Quads with SHA-256.
const EDDSA_SUITES: [&str; 2] = ["eddsa-rdfc-2022", "eddsa-2022"];

/// Verifies one embedded proof of `doc` (an element of its `proof`).
pub fn verify_proof(doc: &Value, proof: &Value) -> Verdict {
    verdict(check(doc, proof, None))
}

/// Every embedded proof of `doc` with its verdict, in document order, as (JSON pointer,
/// verdict). Empty when there is none.
pub fn verify_proofs(doc: &Value) -> Vec<(String, Verdict)> {
    each_proof(doc)
        .map(|(pointer, proof)| (pointer, verify_proof(doc, proof)))
        .collect()
}

/// Verifies the proof at `pointer` with a controller document the user asked to fetch from
/// `url`; `None` when `doc` has no proof there.
pub fn verify_with_controller_document(
    doc: &Value,
    pointer: &str,
    url: &str,
    controller_document: &Value,
) -> Option<Verdict> {
    each_proof(doc)
        .find(|(p, _)| p == pointer)
        .map(|(_, proof)| verdict(check(doc, proof, Some((url, controller_document)))))
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
) -> Result<Verdict, Stop> {
    let proof_type = proof.get("type").and_then(Value::as_str).unwrap_or("");
    // A DataIntegrityProof is named by its cryptosuite, older proofs by their type.
    let suite = match proof.get("cryptosuite").and_then(Value::as_str) {
        Some(cryptosuite) if proof_type == "DataIntegrityProof" => cryptosuite,
        _ => proof_type,
    };
    let Some(proof_map) = proof.as_object() else {
        return Err(Stop::Fail(
            "The proof is not a JSON object, so it cannot carry a signature.".into(),
        ));
    };
    if !supported(proof) {
        let what = match (proof_type, suite) {
            ("", _) => "a proof without a type".to_owned(),
            ("DataIntegrityProof", "DataIntegrityProof") => {
                "a DataIntegrityProof without a cryptosuite".to_owned()
            }
            ("DataIntegrityProof", suite) => {
                format!("a DataIntegrityProof with cryptosuite {suite}")
            }
            (other, _) => format!("a proof of type {other}"),
        };
        return Err(Stop::NotChecked(format!(
            "Signature not verified: this is {what}; this inspector verifies \
             DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite (or its draft name \
             eddsa-2022) and the older Ed25519Signature2020."
        )));
    }
    let purpose = proof.get("proofPurpose").and_then(Value::as_str);
    if purpose != Some("assertionMethod") {
        return Err(Stop::NotChecked(format!(
            "Signature not verified: the proof's purpose is {}, not \"assertionMethod\" (an \
             issuer's assertion), so it is not the issuer's signature of the credential.",
            purpose.map_or_else(|| "missing".to_owned(), |p| format!("\"{p}\""))
        )));
    }
    if proof.get("previousProof").is_some() {
        return Err(Stop::NotChecked(
            "Signature not verified: the proof is part of a proof chain (previousProof), \
             which this inspector does not verify."
                .into(),
        ));
    }
    let signature = signature_bytes(proof)?;
    let method = proof
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            Stop::Fail(
                "The proof has no verificationMethod, so no key can check its signature.".into(),
            )
        })?;
    let key = match controller_document {
        Some((url, document)) => keys::from_controller_document(method, url, document),
        None => keys::resolve(method),
    }
    .map_err(|problem| match problem {
        KeyProblem::Unusable(why) => Stop::Fail(why),
        KeyProblem::Unresolved { reason, .. } => {
            Stop::NotChecked(format!("Signature not verified: {reason}"))
        }
    })?;
    let data = hash_data(doc, proof_map).map_err(|e| match e {
        // A conforming issuer cannot have signed it: Data Integrity makes this an error.
        canon::CanonError::DataLoss(_) => Stop::Fail(format!(
            "The signature cannot be valid for this document: {e}."
        )),
        _ => Stop::NotChecked(format!(
            "Signature not verified: the document cannot be canonicalized here: {e}."
        )),
    })?;
    let draft = if suite == "eddsa-2022" {
        " (eddsa-2022 is the 2022 draft name of eddsa-rdfc-2022, which issuers should now use)"
    } else {
        ""
    };
    if !ed25519_verifies(&key, &data, &signature) {
        return Ok(Verdict::Invalid(format!(
            "The {suite} signature does not match: the document or its proof was changed \
             after signing, or it was signed with another key than {}.{draft} Do not trust \
             its content.",
            key.source
        )));
    }
    let issuer = id_of(doc.get("issuer"));
    let mismatch = issuer.filter(|i| *i != key.controller);
    match (mismatch, key.controller.starts_with("did:key:")) {
        // As the 1EdTech validator: a key named under a controller must be the issuer's.
        (Some(issuer), false) => Ok(Verdict::Invalid(format!(
            "The {suite} signature matches, but the key belongs to {}, not to the issuer \
             {issuer}: someone other than the issuer signed this document.",
            key.controller
        ))),
        (Some(issuer), true) => Ok(Verdict::Verified(format!(
            "The {suite} signature matches {}: the document has not been changed since that \
             key signed it. The issuer's id ({issuer}) is not that did:key, so nothing in the \
             document links the key to the issuer.{draft}",
            key.source
        ))),
        (None, _) => Ok(Verdict::Verified(format!(
            "The {suite} signature matches {}: the document has not been changed since that \
             key signed it.{draft}",
            key.source
        ))),
    }
}

/// The 64 signature bytes of `proofValue` (base58btc multibase).
fn signature_bytes(proof: &Value) -> Result<[u8; 64], Stop> {
    let value = proof
        .get("proofValue")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            Stop::Fail("The proof has no proofValue: it carries no signature.".into())
        })?;
    let bytes = multibase::decode_base58btc(value)
        .map_err(|why| Stop::Fail(format!("The proofValue cannot be a signature: {why}.")))?;
    bytes.as_slice().try_into().map_err(|_| {
        Stop::Fail(format!(
            "The proofValue is {} bytes long; an Ed25519 signature is 64, so it was changed \
             or is not a signature.",
            bytes.len()
        ))
    })
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
