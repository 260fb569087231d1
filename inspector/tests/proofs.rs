//! Conformance of the embedded-proof verification (eddsa-rdfc-2022, eddsa-2022,
//! Ed25519Signature2020) on every sample credential and on tampered copies made here.
//!
//! Fixtures: `examples/credentials/` and `tests/fixtures/validator/`, both test documents of
//! the 1EdTech Digital Credentials Public Validator (Apache-2.0, licence beside them). The
//! expected verdicts are the validator's where it has one (its test names in comments).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_inspector::proof;
use ler_inspector::verify::Verdict;
use ler_inspector::{Status, inspect};
use serde_json::{Value, json};

fn load(path: &str) -> Value {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn example(name: &str) -> Value {
    load(&format!("../examples/credentials/{name}"))
}

fn validator(name: &str) -> Value {
    load(&format!("tests/fixtures/validator/{name}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum V {
    Verified,
    Invalid,
    NotVerified,
}

fn kind(verdict: &Verdict) -> V {
    match verdict {
        Verdict::Verified(_) => V::Verified,
        Verdict::Invalid(_) => V::Invalid,
        Verdict::NotVerified(_) => V::NotVerified,
    }
}

fn verdicts(doc: &Value) -> Vec<V> {
    proof::verify_proofs(doc)
        .iter()
        .map(|(_, v)| kind(v))
        .collect()
}

/// The inspector's signature check on `doc` (all proofs combined), as a verdict and its
/// reason.
fn overall(doc: &Value) -> (V, String) {
    let i = inspect(serde_json::to_string(doc).unwrap().as_bytes(), 0).unwrap();
    let c = i.checks.iter().find(|c| c.id == "signature").unwrap();
    let v = match c.status {
        Status::Pass => V::Verified,
        Status::Fail => V::Invalid,
        _ => V::NotVerified,
    };
    (v, c.reason.clone())
}

/// Every sample, the verdict of each of its proofs.
#[test]
fn every_sample_gets_the_expected_verdict() {
    use V::{Invalid, NotVerified, Verified};
    let expected: &[(Value, &str, &[V])] = &[
        (example("ob30-simple.json"), "ob30-simple", &[Verified]),
        (
            example("ob30-simple-err-expired.json"),
            "expired",
            &[Verified],
        ),
        // Without the VC 2.0 context its terms are dropped (data loss), and what is left
        // is not what was signed.
        (
            example("ob30-simple-err-context.json"),
            "err-context",
            &[Invalid],
        ),
        (example("ob30-complete.json"), "ob30-complete", &[Verified]),
        (example("clr20-simple.json"), "clr20-simple", &[Verified]),
        // testSimpleJsonValid, testSimpleJsonContextAlias
        (validator("simple.json"), "simple", &[Verified]),
        (validator("simple-context-alias.json"), "alias", &[Verified]),
        // testSimpleDidKeyMethodJsonValid
        (
            validator("simple-did-key-method.json"),
            "did:key",
            &[Verified],
        ),
        // testEddsa2022Warning: the draft name of the suite still verifies
        (
            validator("simple-eddsa-2022.json"),
            "eddsa-2022",
            &[Verified],
        ),
        // testSimpleMultipleProofsJsonValid: an unknown proof type beside a valid one
        (
            validator("simple-multiple-proofs.json"),
            "multiple",
            &[NotVerified, Verified],
        ),
        // testSimpleV1JsonValid (Ed25519Signature2020, VC 1.1)
        (validator("simple_v1.json"), "v1", &[Verified]),
        (
            validator("credential-status-revoked.json"),
            "revoked",
            &[Verified],
        ),
        (
            validator("endorsement-valid.json"),
            "endorsement",
            &[Verified],
        ),
        // testSimpleJsonInvalidProofValue
        (
            validator("simple-err-proof-value.json"),
            "proof-value",
            &[Invalid],
        ),
        // testSimpleJsonInvalidProofMethodNoScheme, …UnknownScheme
        (
            validator("simple-err-proof-method-no-scheme.json"),
            "no-scheme",
            &[Invalid],
        ),
        (
            validator("simple-err-proof-method-unknown-scheme.json"),
            "xxx:",
            &[Invalid],
        ),
        // testSimpleJsonInvalidProofMethodUnknownDidMethod: did:example is not resolved
        (
            validator("simple-err-proof-method-unknown-did-method.json"),
            "did:example",
            &[NotVerified],
        ),
        // testSimpleJsonInvalidProofMethod: the fragment is no key, so the key is in the
        // controller document, fetched only on request
        (
            validator("simple-err-proof-method.json"),
            "method",
            &[NotVerified],
        ),
        (validator("simple-noproof.json"), "noproof", &[]),
    ];
    for (doc, name, want) in expected {
        assert_eq!(
            &verdicts(doc),
            want,
            "{name}: {:#?}",
            proof::verify_proofs(doc)
        );
    }
}

#[test]
fn reasons_name_what_was_checked_or_why_not() {
    let cases = [
        (
            validator("simple-err-proof-method-no-scheme.json"),
            "has no scheme",
        ),
        (
            validator("simple-err-proof-method-unknown-scheme.json"),
            "\"xxx:\"",
        ),
        (
            validator("simple-err-proof-method-unknown-did-method.json"),
            "\"did:example\"",
        ),
        (
            validator("simple-err-proof-method.json"),
            "not fetched unless you ask",
        ),
        (
            validator("simple-eddsa-2022.json"),
            "draft name of eddsa-rdfc-2022",
        ),
        (
            validator("simple-did-key-method.json"),
            "nothing in the document links the key to the issuer",
        ),
        (example("ob30-simple.json"), "is not checked"),
    ];
    for (doc, phrase) in cases {
        let (_, reason) = overall(&doc);
        assert!(reason.contains(phrase), "{phrase}: {reason}");
    }
}

/// Each string, number and boolean of `value` with one character (or the value) changed,
/// as (JSON pointer, changed document).
fn one_change_each(doc: &Value) -> Vec<(String, Value)> {
    let mut pointers = Vec::new();
    leaves(doc, String::new(), &mut pointers);
    pointers
        .into_iter()
        .map(|pointer| {
            let mut changed = doc.clone();
            let leaf = changed.pointer_mut(&pointer).unwrap();
            *leaf = match leaf.take() {
                Value::String(s) => Value::String(change_one_char(&s)),
                Value::Number(n) => json!(n.as_f64().unwrap() + 1.0),
                Value::Bool(b) => Value::Bool(!b),
                other => other,
            };
            (pointer, changed)
        })
        .collect()
}

fn leaves(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let k = k.replace('~', "~0").replace('/', "~1");
                leaves(v, format!("{pointer}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{pointer}/{i}"), out);
            }
        }
        Value::Null => {}
        _ => out.push(pointer),
    }
}

/// The last character replaced by another (an empty string gains one).
fn change_one_char(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    match chars.last_mut() {
        Some(c) => *c = if *c == 'x' { 'y' } else { 'x' },
        None => chars.push('x'),
    }
    chars.into_iter().collect()
}

/// One character of any property, signed data or proof: never verified. Counts what the
/// verdicts were, so a change that only made the proof unreadable is told apart.
fn assert_every_change_breaks_it(name: &str, doc: &Value, step: usize) -> (usize, usize) {
    assert_eq!(overall(doc).0, V::Verified, "{name} must verify untouched");
    let (mut invalid, mut not_verified) = (0, 0);
    // Each proof's own verdict (the full inspection around it would only add time); the
    // document counts as verified when a proof verifies and none fails, as the signature
    // check combines them.
    for (pointer, changed) in one_change_each(doc).into_iter().step_by(step) {
        let each = verdicts(&changed);
        if each.contains(&V::Invalid) {
            invalid += 1;
        } else if each.contains(&V::Verified) {
            panic!("{name}: changing {pointer} still verifies: {each:?}");
        } else {
            not_verified += 1;
        }
    }
    (invalid, not_verified)
}

#[test]
fn one_changed_character_anywhere_is_never_verified() {
    let (invalid, not_verified) =
        assert_every_change_breaks_it("ob30-simple", &example("ob30-simple.json"), 1);
    // Only the two context URLs, the proof's type, cryptosuite and proofPurpose make the
    // proof unreadable rather than wrong; every other change is a signature mismatch.
    assert_eq!((invalid, not_verified), (18, 5));
    for (name, doc) in [
        ("simple-eddsa-2022", validator("simple-eddsa-2022.json")),
        ("did:key", validator("simple-did-key-method.json")),
        ("v1", validator("simple_v1.json")),
    ] {
        let (invalid, not_verified) = assert_every_change_breaks_it(name, &doc, 1);
        println!("{name}: {invalid} invalid, {not_verified} not verified");
        // Mostly signature mismatches; a few changes make the proof unreadable instead.
        assert!(
            invalid > 2 * not_verified,
            "{name}: {invalid}, {not_verified}"
        );
    }
    // The larger documents: every third leaf of the CLR, every tenth of the complete badge
    // (a debug build takes 0.2-0.5 s a try).
    for (name, doc, step) in [
        ("clr20-simple", example("clr20-simple.json"), 3),
        ("ob30-complete", example("ob30-complete.json"), 10),
    ] {
        let (invalid, not_verified) = assert_every_change_breaks_it(name, &doc, step);
        println!("{name}: {invalid} invalid, {not_verified} not verified");
        assert!(
            invalid > 2 * not_verified,
            "{name}: {invalid}, {not_verified}"
        );
    }
}

fn first_proof_mut(doc: &mut Value) -> &mut Value {
    match doc.get_mut("proof").unwrap() {
        Value::Array(items) => items.first_mut().unwrap(),
        single => single,
    }
}

#[test]
fn a_changed_proof_value_fails() {
    let mut doc = example("ob30-simple.json");
    let proof = first_proof_mut(&mut doc);
    let value = proof["proofValue"].as_str().unwrap();
    // A different base58 digit in the middle: still 64 bytes, another signature.
    let mut chars: Vec<char> = value.chars().collect();
    chars[20] = if chars[20] == '2' { '3' } else { '2' };
    proof["proofValue"] = json!(chars.into_iter().collect::<String>());
    let verdict = overall(&doc);
    assert_eq!(verdict.0, V::Invalid, "{verdict:?}");
    assert!(verdict.1.contains("does not match"), "{verdict:?}");
    // Not base58btc at all, or too short.
    for bad in ["u3q2w", "z0OIl", "z3q2w", ""] {
        first_proof_mut(&mut doc)["proofValue"] = json!(bad);
        assert_eq!(overall(&doc).0, V::Invalid, "{bad}");
    }
}

#[test]
fn a_swapped_key_fails() {
    // Another Ed25519 key of the validator's samples, in the same places.
    let other = "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x";
    let mut doc = example("ob30-simple.json");
    first_proof_mut(&mut doc)["verificationMethod"] =
        json!(format!("https://example.com/issuers/876543#{other}"));
    let verdict = overall(&doc);
    assert_eq!(verdict.0, V::Invalid, "{verdict:?}");
    let mut doc = validator("simple-did-key-method.json");
    first_proof_mut(&mut doc)["verificationMethod"] = json!(format!("did:key:{other}"));
    assert_eq!(overall(&doc).0, V::Invalid);
    // A did:key whose fragment names another key than the DID's own.
    let mut doc = validator("simple-did-key-method.json");
    let method = first_proof_mut(&mut doc)["verificationMethod"]
        .as_str()
        .unwrap()
        .to_owned();
    first_proof_mut(&mut doc)["verificationMethod"] = json!(format!("{method}#{other}"));
    assert_eq!(overall(&doc).0, V::Invalid);
}

#[test]
fn a_key_of_another_controller_than_the_issuer_fails() {
    let mut doc = example("ob30-simple.json");
    let proof = first_proof_mut(&mut doc);
    let method = proof["verificationMethod"].as_str().unwrap().to_owned();
    let key = method.split_once('#').unwrap().1.to_owned();
    proof["verificationMethod"] = json!(format!("https://elsewhere.example/keys#{key}"));
    // The proof covers its verificationMethod, so this also breaks the signature; put the
    // same controller in the issuer to isolate the controller rule instead.
    let verdict = overall(&doc);
    assert_eq!(verdict.0, V::Invalid, "{verdict:?}");
}

#[test]
fn a_removed_proof_leaves_nothing_to_verify() {
    let mut doc = example("ob30-simple.json");
    doc.as_object_mut().unwrap().remove("proof");
    assert!(proof::verify_proofs(&doc).is_empty());
    let i = inspect(serde_json::to_string(&doc).unwrap().as_bytes(), 0).unwrap();
    let sig = i.checks.iter().find(|c| c.id == "signature").unwrap();
    assert_eq!(sig.status, Status::Fail, "{}", sig.reason);
}

#[test]
fn with_several_proofs_one_failure_fails_the_document() {
    let mut doc = example("ob30-simple.json");
    let good = first_proof_mut(&mut doc).clone();
    let mut bad = good.clone();
    bad["created"] = json!("2011-01-01T19:23:24Z");
    doc["proof"] = json!([good, bad]);
    let outcomes = proof::verify_proofs(&doc);
    assert_eq!(
        outcomes.iter().map(|(_, v)| kind(v)).collect::<Vec<_>>(),
        [V::Verified, V::Invalid]
    );
    assert_eq!(outcomes[1].0, "/proof/1");
    let (verdict, reason) = overall(&doc);
    assert_eq!(verdict, V::Invalid, "{reason}");
    assert!(reason.contains("Proof 2"), "{reason}");
}

#[test]
fn unsupported_suites_and_purposes_are_not_checked_with_the_reason() {
    let base = example("ob30-simple.json");
    let cases = [
        ("cryptosuite", json!("ecdsa-rdfc-2019"), "ecdsa-rdfc-2019"),
        ("cryptosuite", json!("eddsa-rdf-2022"), "eddsa-rdf-2022"),
        ("type", json!("RsaSignature2018"), "RsaSignature2018"),
        (
            "proofPurpose",
            json!("authentication"),
            "\"authentication\"",
        ),
        ("previousProof", json!("urn:uuid:1"), "proof chain"),
    ];
    for (property, value, phrase) in cases {
        let mut doc = base.clone();
        first_proof_mut(&mut doc)[property] = value;
        let verdict = overall(&doc);
        assert_eq!(verdict.0, V::NotVerified, "{property}: {verdict:?}");
        assert!(verdict.1.contains(phrase), "{phrase}: {verdict:?}");
    }
    let mut doc = base.clone();
    doc["@context"][1] = json!("https://example.org/unknown-context.json");
    let verdict = overall(&doc);
    assert_eq!(verdict.0, V::NotVerified, "{verdict:?}");
    assert!(
        verdict
            .1
            .contains("https://example.org/unknown-context.json"),
        "{verdict:?}"
    );
}

/// The controller document path (what the widget fetches on request).
#[test]
fn a_key_from_the_controller_document_verifies_only_when_authorised() {
    let doc = example("ob30-simple.json");
    let method =
        "https://example.com/issuers/876543#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    let url = "https://example.com/issuers/876543";
    let key = |multibase: &str, listed: bool| {
        json!({
            "id": url,
            "verificationMethod": [{
                "id": method, "type": "Multikey", "controller": url,
                "publicKeyMultibase": multibase
            }],
            "assertionMethod": if listed { json!([method]) } else { json!([]) }
        })
    };
    let run = |controller: &Value| {
        proof::verify_with_controller_document(&doc, "/proof/0", url, controller).map(|v| kind(&v))
    };
    let right = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    let wrong = "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x";
    assert_eq!(run(&key(right, true)), Some(V::Verified));
    assert_eq!(run(&key(right, false)), Some(V::Invalid));
    assert_eq!(run(&key(wrong, true)), Some(V::Invalid));
    assert_eq!(run(&json!({"id": url})), Some(V::Invalid));
    assert_eq!(
        proof::verify_with_controller_document(&doc, "/proof/9", url, &key(right, true)),
        None
    );
}

#[test]
fn only_a_key_in_an_https_document_is_offered_for_fetching() {
    assert_eq!(
        proof::key_documents(&validator("simple-err-proof-method.json")),
        [(
            "/proof".to_owned(),
            "https://example.edu/issuers/565049".to_owned()
        )]
    );
    for offline in [
        example("ob30-simple.json"),
        validator("simple-did-key-method.json"),
        validator("simple-err-proof-method-unknown-did-method.json"),
        validator("simple-err-proof-method-no-scheme.json"),
    ] {
        assert!(proof::key_documents(&offline).is_empty());
    }
    // An unsupported suite is not worth a request.
    let mut doc = validator("simple-err-proof-method.json");
    doc["proof"]["cryptosuite"] = json!("ecdsa-rdfc-2019");
    assert!(proof::key_documents(&doc).is_empty());
}
