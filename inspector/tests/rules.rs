//! Each structural, date, proof and status rule: a document that passes it and one that
//! fails it, each made from a sample by one change (the changes the 1EdTech validator's own
//! negative test files make: a wrong `type`, a missing property, another context).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ler_inspector::dates::parse_rfc3339;
use ler_inspector::status_list::{ListOrigin, StatusListInput};
use ler_inspector::summary::Headline;
use ler_inspector::{Inspection, Status, inspect, inspect_with};
use serde_json::{Value, json};

fn now() -> i64 {
    parse_rfc3339("2026-11-28T00:00:00Z").unwrap()
}

fn sample(name: &str) -> Value {
    let text = std::fs::read_to_string(format!(
        "{}/../examples/credentials/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn run(doc: &Value) -> Inspection {
    inspect(doc.to_string().as_bytes(), now()).unwrap()
}

fn outcome(i: &Inspection, id: &str) -> (Status, String) {
    let c = i
        .checks
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no check {id}"));
    (c.status, c.reason.clone())
}

/// `doc` with the value at `pointer` replaced.
fn with(mut doc: Value, pointer: &str, value: Value) -> Value {
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
    doc
}

/// `doc` without the property at `pointer`.
fn without(mut doc: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("no {pointer}"));
    doc
}

/// Asserts `id` passes on `good` and fails on `bad` with a reason containing `why`.
fn passes_then_fails(id: &str, good: &Value, bad: &Value, why: &str) {
    let (status, reason) = outcome(&run(good), id);
    assert_eq!(status, Status::Pass, "{id} on the good document: {reason}");
    let (status, reason) = outcome(&run(bad), id);
    assert_eq!(
        status,
        Status::Fail,
        "{id} on the changed document: {reason}"
    );
    assert!(reason.contains(why), "{id}: {reason}");
}

#[test]
fn the_credential_subject_must_be_an_achievement_subject() {
    let good = sample("ob30-simple.json");
    let bad = with(
        good.clone(),
        "/credentialSubject/type",
        json!(["OtherSubject"]),
    );
    passes_then_fails(
        "subject",
        &good,
        &bad,
        "credentialSubject is not of type \"AchievementSubject\"",
    );
}

#[test]
fn every_nested_object_must_carry_its_classes_type() {
    let good = sample("ob30-complete.json");
    for (pointer, bad_type, why) in [
        (
            "/credentialSubject/identifier/0/type",
            json!("OtherObject"),
            "/credentialSubject/identifier/0 must have the type \"IdentityObject\"",
        ),
        (
            "/credentialSubject/result/0/type",
            json!(["OtherResult"]),
            "/credentialSubject/result/0 is not of type \"Result\"",
        ),
        (
            "/credentialSubject/achievement/resultDescription/0/type",
            json!(["Other"]),
            "/credentialSubject/achievement/resultDescription/0 is not of type \"ResultDescription\"",
        ),
        (
            "/credentialSubject/source/type",
            json!(["Other"]),
            "/credentialSubject/source is not of type \"Profile\"",
        ),
        (
            "/credentialSubject/achievement/alignment/0/type",
            json!(["Other"]),
            "/credentialSubject/achievement/alignment/0 is not of type \"Alignment\"",
        ),
        (
            "/evidence/0/type",
            json!(["Other"]),
            "/evidence/0 is not of type \"Evidence\"",
        ),
        (
            "/issuer/type",
            json!(["Other"]),
            "/issuer is not of type \"Profile\"",
        ),
        (
            "/issuer/parentOrg/type",
            json!(["Other"]),
            "/issuer/parentOrg is not of type \"Profile\"",
        ),
        (
            "/issuer/otherIdentifier/0/type",
            json!("Other"),
            "/issuer/otherIdentifier/0 must have the type \"IdentifierEntry\"",
        ),
        (
            "/endorsement/0/type",
            json!(["VerifiableCredential"]),
            "/endorsement/0 must have the types VerifiableCredential and EndorsementCredential",
        ),
    ] {
        let bad = with(good.clone(), pointer, bad_type);
        passes_then_fails("object-types", &good, &bad, why);
    }
}

#[test]
fn every_nested_object_must_have_its_schemas_required_properties() {
    let good = sample("ob30-complete.json");
    for (pointer, why) in [
        (
            "/credentialSubject/achievement/resultDescription/0/resultType",
            "/credentialSubject/achievement/resultDescription/0 (ResultDescription) lacks resultType",
        ),
        (
            "/credentialSubject/achievement/alignment/0/targetUrl",
            "/credentialSubject/achievement/alignment/0 (Alignment) lacks targetUrl",
        ),
        (
            "/issuer/otherIdentifier/0/identifierType",
            "/issuer/otherIdentifier/0 (IdentifierEntry) lacks identifierType",
        ),
        ("/credentialSubject/identifier/0/salt", ""),
        (
            "/endorsement/0/name",
            "/endorsement/0 (EndorsementCredential) lacks name",
        ),
    ] {
        let bad = without(good.clone(), pointer);
        if why.is_empty() {
            // salt is optional: removing it changes nothing.
            assert_eq!(outcome(&run(&bad), "object-properties").0, Status::Pass);
        } else {
            passes_then_fails("object-properties", &good, &bad, why);
        }
    }
    let no_criteria_text = without(
        good.clone(),
        "/credentialSubject/achievement/criteria/narrative",
    );
    let no_criteria_text = without(
        no_criteria_text,
        "/credentialSubject/achievement/criteria/id",
    );
    passes_then_fails(
        "object-properties",
        &good,
        &no_criteria_text,
        "(Criteria) has neither id nor narrative",
    );
}

#[test]
fn a_clrs_bundled_credentials_are_checked_like_any_badge() {
    let good = sample("clr20-simple.json");
    let bad = with(
        good.clone(),
        "/credentialSubject/verifiableCredential/0/issuer/type",
        json!(["Other"]),
    );
    passes_then_fails(
        "object-types",
        &good,
        &bad,
        "/credentialSubject/verifiableCredential/0/issuer is not of type \"Profile\"",
    );
}

#[test]
fn the_context_versions_the_schemas_allow_pass_and_others_fail() {
    let good = sample("ob30-simple.json");
    for other in [
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
    ] {
        let (status, reason) = outcome(
            &run(&with(good.clone(), "/@context/1", json!(other))),
            "context",
        );
        assert_eq!(status, Status::Pass, "{other}: {reason}");
        assert!(
            reason.contains("another version than the current"),
            "{reason}"
        );
    }
    for wrong in [
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-4.0.0.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.jsonx",
    ] {
        let bad = with(good.clone(), "/@context/1", json!(wrong));
        passes_then_fails(
            "context",
            &good,
            &bad,
            "Missing required @context uri https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json at position 2",
        );
    }
    let clr = sample("clr20-simple.json");
    let (status, _) = outcome(
        &run(&with(
            clr.clone(),
            "/@context/1",
            json!("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.0.json"),
        )),
        "context",
    );
    assert_eq!(status, Status::Pass);
    let swapped = with(
        clr.clone(),
        "/@context/1",
        json!("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
    );
    passes_then_fails("context", &clr, &swapped, "at position 2");
}

fn unsigned_jwt(payload: &Value) -> String {
    format!(
        "{}.{}.",
        B64.encode(r#"{"alg":"none"}"#),
        B64.encode(payload.to_string())
    )
}

#[test]
fn a_vc_jwt_without_the_ob_context_fails_its_context() {
    let mut credential = sample("ob30-simple.json");
    credential.as_object_mut().unwrap().remove("proof");
    let good = unsigned_jwt(&credential);
    let bad = unsigned_jwt(&with(
        credential,
        "/@context",
        json!(["https://www.w3.org/ns/credentials/v2"]),
    ));
    let check = |token: &str| outcome(&inspect(token.as_bytes(), now()).unwrap(), "context");
    assert_eq!(check(&good).0, Status::Pass);
    let (status, reason) = check(&bad);
    assert_eq!(status, Status::Fail);
    assert!(
        reason.contains("at position 2; here it is (nothing)"),
        "{reason}"
    );
}

#[test]
fn awarded_date_must_be_a_date_time_with_a_zone() {
    let base = sample("ob30-simple.json");
    let good = with_added(base.clone(), "awardedDate", json!("2010-01-01T00:00:00Z"));
    let bad = with_added(base, "awardedDate", json!("2010-01-01"));
    passes_then_fails(
        "dates",
        &good,
        &bad,
        "awardedDate \"2010-01-01\" is not a date-time",
    );
}

fn with_added(mut doc: Value, key: &str, value: Value) -> Value {
    doc.as_object_mut().unwrap().insert(key.into(), value);
    doc
}

#[test]
fn every_proof_is_judged_and_one_unknown_type_fails_the_proof_type() {
    let base = sample("ob30-simple.json");
    let proof = base["proof"][0].clone();
    let two_known = with(
        base.clone(),
        "/proof",
        json!([proof.clone(), proof.clone()]),
    );
    let one_unknown = with(
        base,
        "/proof",
        json!([{"type": "SomeProofType", "proofPurpose": "assertionMethod"}, proof]),
    );
    passes_then_fails("proof-type", &two_known, &one_unknown, "SomeProofType");
    let i = run(&one_unknown);
    assert_eq!(i.proofs.len(), 2);
    assert_eq!(i.proofs[0].path, "/proof/0");
    assert_eq!(
        i.proofs[1].label,
        "proof 2 (DataIntegrityProof, eddsa-rdfc-2022)"
    );
    let (_, reason) = outcome(&i, "signature");
    assert!(
        reason.starts_with("Proof 1 (SomeProofType): not checked."),
        "{reason}"
    );
    // The eddsa-rdfc-2022 proof verifies and the unknown one cannot fail: "valid", with
    // the unknown proof named in the reason above.
    assert_eq!(i.summary.unwrap().headline, Headline::SignatureValid);
}

fn list(text: String, origin: &str) -> StatusListInput {
    StatusListInput {
        text,
        origin: ListOrigin::Provided(origin.into()),
    }
}

fn status_with(doc: &Value, l: &StatusListInput) -> (Status, String) {
    outcome(
        &inspect_with(doc.to_string().as_bytes(), now(), Some(l)).unwrap(),
        "status",
    )
}

#[test]
fn a_1edtech_revocation_list_revokes_the_credential_it_names() {
    let doc = sample("ob30-complete.json");
    let id = doc["id"].as_str().unwrap().to_owned();
    let list_id = doc["credentialStatus"]["id"].as_str().unwrap().to_owned();
    let (status, reason) = outcome(&run(&doc), "status");
    assert_eq!(status, Status::NotChecked);
    assert!(reason.contains(&list_id), "{reason}");
    let clean = json!({"id": list_id, "revokedCredential": [{"id": "urn:uuid:someone-else"}]});
    let revoked = json!({"id": list_id, "revokedCredential": [{"id": id, "revoked": true}]});
    let (status, reason) = status_with(&doc, &list(clean.to_string(), "the pasted list"));
    assert_eq!(status, Status::Pass, "{reason}");
    assert!(
        reason.starts_with("Not revoked according to the pasted list"),
        "{reason}"
    );
    let (status, reason) = status_with(&doc, &list(revoked.to_string(), "the pasted list"));
    assert_eq!(status, Status::Fail, "{reason}");
    assert!(
        reason.starts_with("Revoked by the pasted list: the list names"),
        "{reason}"
    );
    // Not a list at all: not checked, with the reason.
    let (status, reason) = status_with(&doc, &list("[1, 2]".into(), "the file x.json"));
    assert_eq!(status, Status::NotChecked);
    assert!(reason.contains("not a JSON object"), "{reason}");
}

/// A BitstringStatusListCredential of `entries` one-bit entries with `set` set.
fn bitstring_list(url: &str, set: &[usize]) -> String {
    let mut bits = vec![0u8; 131_072 / 8];
    for &i in set {
        bits[i / 8] |= 0x80 >> (i % 8);
    }
    let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    gz.extend(miniz_oxide::deflate::compress_to_vec(&bits, 6));
    gz.extend([0; 8]);
    json!({"@context": ["https://www.w3.org/ns/credentials/v2"], "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": "https://example.com/issuers/876543", "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"type": "BitstringStatusList", "statusPurpose": "revocation",
            "encodedList": format!("u{}", B64.encode(&gz))}})
    .to_string()
}

#[test]
fn a_bitstring_status_list_revokes_the_entry_whose_bit_is_set() {
    let url = "https://example.com/status/1";
    let doc = with_added(
        sample("ob30-simple.json"),
        "credentialStatus",
        json!({"id": format!("{url}#94567"), "type": "BitstringStatusListEntry",
               "statusPurpose": "revocation", "statusListIndex": "94567",
               "statusListCredential": url}),
    );
    assert_eq!(run(&doc).status_lists, [url]);
    let (status, reason) = status_with(
        &doc,
        &list(bitstring_list(url, &[94_566, 94_568]), "the file list.json"),
    );
    assert_eq!(status, Status::Pass, "{reason}");
    let fetched = StatusListInput {
        text: bitstring_list(url, &[94_567]),
        origin: ListOrigin::Fetched(url.into()),
    };
    let (status, reason) = status_with(&doc, &fetched);
    assert_eq!(status, Status::Fail, "{reason}");
    assert!(
        reason.starts_with(&format!(
            "Revoked by the list fetched from {url}: entry 94567 of the revocation list is set: revoked."
        )),
        "{reason}"
    );
    let i = inspect_with(doc.to_string().as_bytes(), now(), Some(&fetched)).unwrap();
    let summary = i.summary.unwrap();
    assert!(
        summary
            .text()
            .contains("Do not accept it as it stands: Revoked"),
        "{}",
        summary.text()
    );
}
