//! VC-JWTs with their key in the header: verified when untouched, never when tampered.
//! The keys come from fixed seeds, so the tests are deterministic; the RSA tokens are fixtures
//! (`tests/fixtures/jwt/`, see its README).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ler_inspector::dates::parse_rfc3339;
use ler_inspector::{Status, inspect};
use serde_json::json;

fn now() -> i64 {
    parse_rfc3339("2026-11-28T00:00:00Z").unwrap()
}

fn payload() -> serde_json::Value {
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example College"},
        "validFrom": "2024-01-01T00:00:00Z", "name": "Signed badge",
        "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"],
          "achievement": {"id": "urn:uuid:2", "type": ["Achievement"], "name": "Signing",
            "description": "Signed.", "criteria": {"narrative": "Sign it."}}}
    })
}

fn ed25519_token() -> String {
    use ed25519_dalek::{Signer, SigningKey};
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let header = json!({"alg": "EdDSA", "typ": "JWT",
        "jwk": {"kty": "OKP", "crv": "Ed25519", "x": B64.encode(key.verifying_key().as_bytes())}});
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(payload().to_string())
    );
    let signature = key.sign(input.as_bytes());
    format!("{input}.{}", B64.encode(signature.to_bytes()))
}

fn es256_token() -> String {
    use p256::ecdsa::{Signature, SigningKey, signature::Signer};
    let key = SigningKey::from_bytes(&[9u8; 32].into()).unwrap();
    let point = key.verifying_key().to_encoded_point(false);
    let header = json!({"alg": "ES256", "typ": "JWT",
        "jwk": {"kty": "EC", "crv": "P-256", "x": B64.encode(point.x().unwrap()), "y": B64.encode(point.y().unwrap())}});
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(payload().to_string())
    );
    let signature: Signature = key.sign(input.as_bytes());
    format!("{input}.{}", B64.encode(signature.to_bytes()))
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/jwt/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .trim()
        .to_owned()
}

fn signature_status(token: &str) -> (Status, String) {
    let i = inspect(token.as_bytes(), now()).unwrap();
    let c = i.checks.iter().find(|c| c.id == "signature").unwrap();
    (c.status, c.reason.clone())
}

/// Changes one character of the part `which` (0 header, 1 payload, 2 signature), keeping
/// it base64url, at a place where the decoded text stays a valid JWT.
fn tamper(token: &str, which: usize, at: usize) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let part = &mut parts[which];
    let c = part.as_bytes()[at];
    let replacement = if c == b'A' { 'B' } else { 'A' };
    part.replace_range(at..at + 1, &replacement.to_string());
    parts.join(".")
}

#[test]
fn an_untouched_ed25519_token_verifies_with_its_embedded_key_and_says_what_that_means() {
    let (status, reason) = signature_status(&ed25519_token());
    assert_eq!(status, Status::Pass, "{reason}");
    assert!(
        reason.contains("Nothing here shows that the key belongs to the issuer"),
        "{reason}"
    );
}

#[test]
fn an_untouched_es256_token_verifies() {
    let (status, reason) = signature_status(&es256_token());
    assert_eq!(status, Status::Pass, "{reason}");
}

#[test]
fn one_changed_character_anywhere_means_not_verified() {
    for token in [ed25519_token(), es256_token(), fixture("ps256.jwt")] {
        let payload_len = token.split('.').nth(1).unwrap().len();
        // Payload characters across the whole claim set, and the signature's first byte.
        for at in [10, payload_len / 2, payload_len - 10] {
            let forged = tamper(&token, 1, at);
            // Some edits break the JSON or the base64 itself: that is an error, never a pass.
            match inspect(forged.as_bytes(), now()) {
                Ok(i) => {
                    let c = i.checks.iter().find(|c| c.id == "signature").unwrap();
                    assert_eq!(c.status, Status::Fail, "payload[{at}]: {}", c.reason);
                }
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
        let (status, _) = signature_status(&tamper(&token, 2, 0));
        assert_eq!(status, Status::Fail);
    }
}

#[test]
fn a_substituted_name_is_caught() {
    let token = ed25519_token();
    let parts: Vec<&str> = token.split('.').collect();
    let forged_payload = payload()
        .to_string()
        .replace("Signed badge", "Signed badgE");
    let forged = format!("{}.{}.{}", parts[0], B64.encode(forged_payload), parts[2]);
    let (status, reason) = signature_status(&forged);
    assert_eq!(status, Status::Fail, "{reason}");
}

#[test]
fn a_key_swapped_into_the_header_does_not_verify_the_old_signature() {
    use ed25519_dalek::SigningKey;
    let token = ed25519_token();
    let parts: Vec<&str> = token.split('.').collect();
    let other = SigningKey::from_bytes(&[8u8; 32]);
    let header = json!({"alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519",
        "x": B64.encode(other.verifying_key().as_bytes())}});
    let forged = format!(
        "{}.{}.{}",
        B64.encode(header.to_string()),
        parts[1],
        parts[2]
    );
    assert_eq!(signature_status(&forged).0, Status::Fail);
}

#[test]
fn alg_none_and_unsupported_or_keyless_tokens_are_never_verified() {
    let body = B64.encode(payload().to_string());
    let none = format!("{}.{body}.", B64.encode(r#"{"alg":"none"}"#));
    assert_eq!(signature_status(&none).0, Status::Fail);
    let i = inspect(none.as_bytes(), now()).unwrap();
    for id in ["proof-present", "proof-type"] {
        assert_eq!(
            i.checks.iter().find(|c| c.id == id).unwrap().status,
            Status::Fail,
            "{id}"
        );
    }
    let kid = format!(
        "{}.{body}.{}",
        B64.encode(r#"{"alg":"ES256","kid":"key-1"}"#),
        B64.encode([0u8; 64])
    );
    let (status, reason) = signature_status(&kid);
    assert_eq!(status, Status::NotChecked);
    assert!(reason.contains("key-1"), "{reason}");
    let wrong_curve = format!(
        "{}.{body}.{}",
        B64.encode(r#"{"alg":"EdDSA","jwk":{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}}"#),
        B64.encode([0u8; 64])
    );
    assert_eq!(signature_status(&wrong_curve).0, Status::Fail);
}

#[test]
fn an_untouched_ps256_token_verifies_with_its_rsa_key() {
    let (status, reason) = signature_status(&fixture("ps256.jwt"));
    assert_eq!(status, Status::Pass, "{reason}");
    assert!(
        reason.starts_with("The PS256 signature matches"),
        "{reason}"
    );
}

#[test]
fn rsa_with_the_wrong_padding_or_a_short_key_never_verifies() {
    // The PS256 signature presented as RS256 (PKCS#1 v1.5): the schemes differ.
    let token = fixture("ps256.jwt");
    let parts: Vec<&str> = token.split('.').collect();
    let mut header: serde_json::Value =
        serde_json::from_slice(&B64.decode(parts[0]).unwrap()).unwrap();
    header["alg"] = json!("RS256");
    let relabelled = format!(
        "{}.{}.{}",
        B64.encode(header.to_string()),
        parts[1],
        parts[2]
    );
    assert_eq!(signature_status(&relabelled).0, Status::Fail);
    // JWS forbids RSA keys under 2048 bits, even with a correct signature.
    let (status, reason) = signature_status(&fixture("rs256-1024-bit-key.jwt"));
    assert_eq!(status, Status::Fail, "{reason}");
    assert!(reason.contains("1024 bits"), "{reason}");
    // An EC key where RSA is needed.
    let body = B64.encode(payload().to_string());
    let wrong_kty = format!(
        "{}.{body}.{}",
        B64.encode(r#"{"alg":"RS256","jwk":{"kty":"EC","n":"AQAB","e":"AQAB"}}"#),
        B64.encode([0u8; 256])
    );
    assert_eq!(signature_status(&wrong_kty).0, Status::Fail);
}

#[test]
fn the_verdict_line_follows_the_signature() {
    use ler_inspector::summary::Headline;
    let headline = |token: &str| {
        inspect(token.as_bytes(), now())
            .unwrap()
            .summary
            .unwrap()
            .headline
    };
    let token = ed25519_token();
    assert_eq!(headline(&token), Headline::SignatureValid);
    assert_eq!(headline(&tamper(&token, 2, 0)), Headline::ChangedOrForged);
    let i = inspect(tamper(&token, 2, 0).as_bytes(), now()).unwrap();
    let line = i.summary.unwrap().line;
    assert!(
        line.starts_with(
            "Changed or forged (the VC-JWT signature): The EdDSA signature does not match"
        ),
        "{line}"
    );
}
