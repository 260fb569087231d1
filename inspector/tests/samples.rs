//! Every sample in examples/credentials (test resources of the 1EdTech Digital Credentials
//! Public Validator, Apache-2.0; see the README there): the kind recognised and every check's outcome.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_inspector::dates::parse_rfc3339;
use ler_inspector::input::Container;
use ler_inspector::recognize::Kind;
use ler_inspector::{Check, Inspection, Status, inspect};

use Status::{Fail, NotChecked as Nc, NotPresent as Np, Pass};

fn at(date: &str) -> i64 {
    parse_rfc3339(date).unwrap()
}

/// The day these expectations were written; the samples' dates are 2010, 2020 and 2030.
fn now() -> i64 {
    at("2026-11-28T00:00:00Z")
}

fn sample(name: &str, now: i64) -> Inspection {
    let bytes = std::fs::read(format!(
        "{}/../examples/credentials/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    inspect(&bytes, now).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The check `id` of `i`; fails the test when `i` has no such check.
fn check<'a>(i: &'a Inspection, id: &str) -> &'a Check {
    i.checks
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no check {id}"))
}

fn outcomes(i: &Inspection) -> Vec<(&'static str, Status)> {
    i.checks.iter().map(|c| (c.id, c.status)).collect()
}

/// Checks of the small "Teamwork Badge" sample (no achievementType, alignment, evidence,
/// endorsement or credentialStatus: each "not present", none a failure; one eddsa-rdfc-2022
/// proof that verifies; valid since 2010).
const TEAMWORK: [(&str, Status); 18] = [
    ("proof-present", Pass),
    ("proof-type", Pass),
    ("signature", Pass),
    ("dates", Pass),
    ("status", Np),
    ("context", Pass),
    ("type", Pass),
    ("required", Pass),
    ("subject", Pass),
    ("object-types", Pass),
    ("object-properties", Pass),
    ("achievement", Pass),
    ("achievement-type", Np),
    ("criteria", Pass),
    ("alignment", Np),
    ("evidence", Np),
    ("issuer", Pass),
    ("endorsements", Np),
];

/// A valid credential has no failed check at all (absent optional parts are "not present").
fn assert_no_fail(i: &Inspection) {
    let failed: Vec<&str> = i
        .checks
        .iter()
        .filter(|c| c.status == Fail)
        .map(|c| c.id)
        .collect();
    assert!(failed.is_empty(), "failed: {failed:?}");
}

/// TEAMWORK with the outcomes of the checks named in `changes` replaced.
fn teamwork_but(changes: &[(&'static str, Status)]) -> Vec<(&'static str, Status)> {
    let mut expected = TEAMWORK.to_vec();
    for &(id, status) in changes {
        let entry = expected
            .iter_mut()
            .find(|(known, _)| *known == id)
            .unwrap_or_else(|| panic!("TEAMWORK has no check {id}"));
        entry.1 = status;
    }
    expected
}

#[test]
fn ob30_simple_is_a_badge_whose_signature_verifies_offline() {
    let i = sample("ob30-simple.json", now());
    assert_no_fail(&i);
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(i.container, Container::Text);
    assert_eq!(outcomes(&i), TEAMWORK);
    assert_eq!(i.essentials.name.as_deref(), Some("Teamwork Badge"));
    assert_eq!(i.essentials.issuer_name.as_deref(), Some("Example Corp"));
    assert_eq!(
        i.essentials.issued,
        Some(("2010-01-01T00:00:00Z".into(), "validFrom"))
    );
    let sig = check(&i, "signature");
    assert!(
        sig.reason
            .starts_with("The eddsa-rdfc-2022 signature matches the Ed25519 key"),
        "{}",
        sig.reason
    );
}

#[test]
fn the_baked_png_carries_the_same_badge() {
    let i = sample("ob30-simple-json.png", now());
    assert_no_fail(&i);
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(i.container, Container::Png);
    assert_eq!(outcomes(&i), TEAMWORK);
    assert_eq!(i.essentials.name.as_deref(), Some("Teamwork Badge"));
}

#[test]
fn the_baked_svg_carries_a_jwt_verified_with_the_rsa_key_in_its_header() {
    let i = sample("ob30-simple-jwt.svg", now());
    assert_no_fail(&i);
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(i.container, Container::Svg);
    assert_eq!(outcomes(&i), TEAMWORK);
    let header = i.jwt_header.as_ref().unwrap();
    assert_eq!(header["alg"], "RS256");
    assert_eq!(header["jwk"]["kty"], "RSA");
    let sig = check(&i, "signature");
    assert!(
        sig.reason.starts_with("The RS256 signature matches"),
        "{}",
        sig.reason
    );
    assert_eq!(
        i.essentials.issuer_id.as_deref(),
        Some("https://1edtech.edu/issuers/565049")
    );
}

#[test]
fn the_vc_jwt_is_decoded_and_its_claims_mapped() {
    let i = sample("ob30-simple.jwt", now());
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(i.jwt_header.as_ref().unwrap()["alg"], "RS256");
    assert_eq!(
        outcomes(&i),
        teamwork_but(&[
            // RS256, and the key is not in the token.
            ("signature", Nc),
            // Its second context is not the OB 3.0 context, and its subject names no
            // achievement.
            ("context", Fail),
            ("achievement", Fail),
            ("criteria", Fail),
        ])
    );
    let sig = check(&i, "signature");
    assert!(
        sig.reason.contains("public key is not in the token"),
        "{}",
        sig.reason
    );
    // The vc claim is VC 1.1 (v1 context, issuanceDate).
    assert_eq!(
        i.essentials.issued,
        Some(("2010-01-01T00:00:00Z".into(), "issuanceDate"))
    );
    assert_eq!(
        i.essentials.name.as_deref(),
        Some("Example University Degree")
    );
    // The validator's reason: the OB context is missing at position 2.
    let ctx = check(&i, "context");
    assert!(
        ctx.reason.starts_with(
            "Missing required @context uri https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json \
             at position 2; here it is https://imsglobal.github.io/openbadges-specification/context.json."
        ),
        "{}",
        ctx.reason
    );
}

#[test]
fn the_expired_sample_fails_its_dates() {
    let i = sample("ob30-simple-err-expired.json", now());
    assert_eq!(outcomes(&i), teamwork_but(&[("dates", Fail)]));
    let dates = check(&i, "dates");
    assert!(dates.reason.starts_with("Expired"), "{}", dates.reason);
}

#[test]
fn the_wrong_context_sample_fails_structure() {
    let i = sample("ob30-simple-err-context.json", now());
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(
        outcomes(&i),
        teamwork_but(&[
            // Without the VC 2.0 context its terms are dropped by JSON-LD (data loss), so
            // no signature covers them.
            ("signature", Fail),
            // The validator's reason: no VC base context first. Without the VC 2.0 context
            // it is read as VC 1.1, whose issuanceDate it has. Its subject names no
            // achievement either (the validator stops at the context).
            ("context", Fail),
            ("achievement", Fail),
            ("criteria", Fail),
        ])
    );
    let context = check(&i, "context");
    assert!(
        context.reason.starts_with(
            "Missing required @context uri https://www.w3.org/ns/credentials/v2 at position 1; \
             here it is https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json."
        ),
        "{}",
        context.reason
    );
}

#[test]
fn the_complete_sample_shows_everything_and_its_status_is_not_checked() {
    let i = sample("ob30-complete.json", now());
    assert_eq!(i.kind, Kind::OpenBadge);
    assert_eq!(
        outcomes(&i),
        // Every endorsement in the sample ends on 2020-01-01, so "endorsements" fails, as
        // the validator's endorsement expiration check does.
        teamwork_but(&[
            ("status", Nc),
            ("achievement-type", Pass),
            ("alignment", Pass),
            ("evidence", Pass),
            ("endorsements", Fail),
        ])
    );
    let status = check(&i, "status");
    assert!(
        status
            .reason
            .contains("https://1edtech.edu/credentials/3732/revocations")
    );
    let a = i.achievement.as_ref().unwrap();
    assert_eq!(a.achievement_type.as_deref(), Some("Degree"));
    assert_eq!(a.alignments.len(), 2);
    assert_eq!(a.evidence.len(), 2);
    assert_eq!(a.credits_available.as_deref(), Some("36"));
    assert_eq!(a.credits_earned.as_deref(), Some("42"));
    assert_eq!(a.endorsements.len(), 5);
    assert!(!a.results.is_empty());
    assert_eq!(
        i.essentials.image.as_deref(),
        Some("https://1edtech.edu/credentials/3732/image")
    );
    assert_eq!(
        i.essentials.valid_until,
        Some(("2030-01-01T00:00:00Z".into(), "validUntil"))
    );
    // Before 2020 its endorsements were current.
    let earlier = sample("ob30-complete.json", at("2015-06-01T00:00:00Z"));
    let e = check(&earlier, "endorsements");
    assert_eq!(e.status, Pass);
}

#[test]
fn dates_follow_the_injected_clock() {
    let after = sample("ob30-complete.json", at("2030-01-01T00:00:01Z"));
    let d = check(&after, "dates");
    assert_eq!(
        (d.status, d.reason.starts_with("Expired")),
        (Fail, true),
        "{}",
        d.reason
    );
    let before = sample("ob30-simple.json", at("2009-12-31T23:59:59Z"));
    let d = check(&before, "dates");
    assert_eq!(
        (d.status, d.reason.starts_with("Not yet valid")),
        (Fail, true),
        "{}",
        d.reason
    );
}

#[test]
fn the_clr_lists_achievements_and_its_association_graph() {
    let i = sample("clr20-simple.json", now());
    assert_no_fail(&i);
    assert_eq!(i.kind, Kind::Clr);
    assert_eq!(
        outcomes(&i),
        [
            ("proof-present", Pass),
            ("proof-type", Pass),
            ("signature", Pass),
            ("dates", Pass),
            ("status", Np),
            ("context", Pass),
            ("type", Pass),
            ("required", Pass),
            ("subject", Pass),
            ("object-types", Pass),
            ("object-properties", Pass),
            ("clr-contents", Pass),
            ("criteria", Pass),
            ("alignment", Np),
            ("evidence", Np),
            ("issuer", Pass),
            ("endorsements", Np),
        ]
    );
    let clr = i.clr.as_ref().unwrap();
    let names: Vec<&str> = clr.achievements.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(names, ["Achievement 1", "Achievement 2"]);
    assert_eq!(clr.credentials.len(), 1);
    assert_eq!(clr.credentials[0].label, "Teamwork Badge");
    assert_eq!(clr.associations.len(), 1);
    let edge = &clr.associations[0];
    assert_eq!(edge.relation, "isParentOf");
    assert_eq!(
        edge.source,
        "Achievement 1 (urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002)"
    );
    assert_eq!(
        edge.target,
        "Achievement 2 (urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002)"
    );
}

#[test]
fn a_clr_with_a_broken_association_fails_its_contents_check() {
    let text = std::fs::read_to_string(format!(
        "{}/../examples/credentials/clr20-simple.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .replace("\"isParentOf\"", "\"isCousinOf\"");
    let i = inspect(text.as_bytes(), now()).unwrap();
    let c = check(&i, "clr-contents");
    assert_eq!(c.status, Fail);
    assert!(c.reason.contains("isCousinOf"), "{}", c.reason);
}

#[test]
fn an_endorsement_and_other_documents_are_recognised() {
    let text = std::fs::read_to_string(format!(
        "{}/../examples/credentials/ob30-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let endorsement = serde_json::to_vec(&doc["endorsement"][0]).unwrap();
    let i = inspect(&endorsement, now()).unwrap();
    assert_eq!(i.kind, Kind::Endorsement);
    let ids: Vec<&str> = i.checks.iter().map(|c| c.id).collect();
    assert!(ids.contains(&"endorsement-comment"));
    // Its validUntil is 2020-01-01.
    assert_eq!(check(&i, "dates").status, Fail);

    let ob2 = br#"{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
        "badge": "https://example.org/badge.json", "recipient": {"type": "email"}}"#;
    let i = inspect(ob2, now()).unwrap();
    assert_eq!(i.kind, Kind::OpenBadges2);
    assert!(i.checks.is_empty());
    assert!(i.explanation.contains("hosted"));

    let i = inspect(br#"{"hello": "world"}"#, now()).unwrap();
    assert_eq!(i.kind, Kind::Unknown);
    assert!(
        i.explanation.contains("it has no type"),
        "{}",
        i.explanation
    );
    assert!(i.checks.is_empty());

    let vc = br#"{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "ExampleDegree"],
        "issuer": "did:example:1", "validFrom": "2020-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:2"}}"#;
    let i = inspect(vc, now()).unwrap();
    assert_eq!(i.kind, Kind::OtherCredential);
    assert_eq!(check(&i, "proof-present").status, Fail);
    assert_eq!(check(&i, "signature").status, Fail);
}

#[test]
fn achievement_credential_alias_and_bad_achievement_type() {
    let text = std::fs::read_to_string(format!(
        "{}/../examples/credentials/ob30-complete.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .replace("\"OpenBadgeCredential\"", "\"AchievementCredential\"")
    .replace(
        "\"achievementType\": \"Degree\"",
        "\"achievementType\": \"Diplomaa\"",
    );
    let i = inspect(text.as_bytes(), now()).unwrap();
    assert_eq!(i.kind, Kind::OpenBadge);
    assert!(i.explanation.contains("AchievementCredential"));
    assert_eq!(check(&i, "achievement-type").status, Fail);
    assert!(ler_inspector::checks::is_achievement_type(
        "ext:Apprenticeship-2"
    ));
    assert!(!ler_inspector::checks::is_achievement_type("ext:"));
}
