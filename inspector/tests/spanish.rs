//! The report in Spanish (`inspect_in` with `Lang::Es`): check titles, reasons, outcomes,
//! the verdict and input errors are the Spanish catalogue's; what the credential says (its
//! name, the issuer, ids) comes through as written; and the checks decide exactly as in
//! English.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_inspector::dates::parse_rfc3339;
use ler_inspector::{Check, InputError, Inspection, Lang, Status, inspect_in};

fn now() -> i64 {
    parse_rfc3339("2026-11-28T00:00:00Z").unwrap()
}

fn sample(name: &str, lang: Lang) -> Inspection {
    let bytes = std::fs::read(format!(
        "{}/../examples/credentials/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    inspect_in(&bytes, now(), None, lang).unwrap()
}

fn check<'a>(i: &'a Inspection, id: &str) -> &'a Check {
    i.checks.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn an_expired_badge_says_so_in_spanish_with_a_spanish_date() {
    let i = sample("ob30-simple-err-expired.json", Lang::Es);
    let dates = check(&i, "dates");
    assert_eq!(dates.status, Status::Fail);
    assert_eq!(dates.title, "Las fechas la hacen válida ahora");
    assert_eq!(
        dates.reason,
        "Caducada: validUntil es el 1 de enero de 2010."
    );
    assert_eq!(dates.status.label(Lang::Es), "Fallida");
    let summary = i.summary.as_ref().unwrap();
    assert!(
        summary
            .text()
            .contains("No la acepte tal como está: Caducada"),
        "{}",
        summary.text()
    );
}

#[test]
fn the_issuer_and_the_badge_keep_their_own_words() {
    let i = sample("ob30-simple.json", Lang::Es);
    let issuer = check(&i, "issuer");
    assert_eq!(issuer.title, "El emisor está identificado");
    assert!(
        issuer
            .reason
            .starts_with("Emisor: Example Corp, identificado como "),
        "{}",
        issuer.reason
    );
    assert_eq!(i.essentials.name.as_deref(), Some("Teamwork Badge"));
    assert_eq!(
        check(&i, "status").reason,
        "No hay credentialStatus (opcional): el emisor no dio ninguna forma de saber si esta \
         credencial se revocó, así que nadie puede comprobarlo."
    );
    assert_eq!(i.kind.label(Lang::Es), "Credencial Open Badges 3.0");
    assert!(
        check(&i, "object-properties").reason.contains(
            " objeto(s), además de la propia credencial, tienen cada uno las propiedades"
        ),
        "{}",
        check(&i, "object-properties").reason
    );
    let signature = check(&i, "signature");
    assert_eq!(signature.status, Status::Pass);
    assert!(
        signature
            .reason
            .starts_with("La firma eddsa-rdfc-2022 coincide con la clave Ed25519 "),
        "{}",
        signature.reason
    );
    assert!(
        i.explanation
            .starts_with("Una credencial Open Badges 3.0: "),
        "{}",
        i.explanation
    );
}

#[test]
fn the_checks_decide_the_same_in_either_language() {
    for name in [
        "ob30-simple.json",
        "ob30-complete.json",
        "ob30-simple-err-expired.json",
        "ob30-simple-err-context.json",
        "clr20-simple.json",
        "ob30-simple.jwt",
    ] {
        let outcome = |lang| -> Vec<(&str, Status)> {
            sample(name, lang)
                .checks
                .iter()
                .map(|c| (c.id, c.status))
                .collect()
        };
        assert_eq!(outcome(Lang::Es), outcome(Lang::En), "{name}");
        let es = sample(name, Lang::Es);
        let en = sample(name, Lang::En);
        for (a, b) in es.checks.iter().zip(&en.checks) {
            assert_ne!(a.title, b.title, "{name} {}: the title is translated", a.id);
        }
    }
}

#[test]
fn a_wrong_context_is_explained_in_spanish() {
    let i = sample("ob30-simple-err-context.json", Lang::Es);
    let context = check(&i, "context");
    assert_eq!(context.status, Status::Fail);
    assert!(
        context
            .reason
            .starts_with("Falta el URI obligatorio de @context "),
        "{}",
        context.reason
    );
    assert!(
        context
            .reason
            .ends_with("(JSON Schema de Open Badges 3.0, @context: VC 2.0, luego OB 3.0)"),
        "{}",
        context.reason
    );
    let summary = i.summary.as_ref().unwrap().text();
    assert!(
        summary.contains("Falla la comprobación «@context está en el orden exigido»."),
        "{summary}"
    );
}

#[test]
fn input_errors_are_worded_in_spanish() {
    let err = inspect_in(b"  ", now(), None, Lang::Es).unwrap_err();
    assert_eq!(err, InputError::Empty);
    assert_eq!(
        err.message(Lang::Es),
        "No hay nada que inspeccionar: la entrada está vacía."
    );
    assert_eq!(
        InputError::TooLarge(6_000_000).message(Lang::Es),
        "Este archivo tiene 6.000.000 bytes; el inspector lee como máximo 5.242.880 bytes \
         (5 MB). Una credencial ocupa unos pocos kilobytes, y la imagen de una insignia con \
         la credencial incrustada rara vez pasa de un megabyte."
    );
}

/// The error an input gives, worded in Spanish, and in English.
fn both(bytes: &[u8]) -> (String, String) {
    let err = inspect_in(bytes, now(), None, Lang::Es).unwrap_err();
    (err.message(Lang::Es), err.message(Lang::En))
}

#[test]
fn a_truncated_png_is_explained_in_spanish() {
    let mut bytes = ler_inspector::png::SIGNATURE.to_vec();
    bytes.extend_from_slice(&[0, 0, 0, 13, b'I', b'H']);
    let (es, en) = both(&bytes);
    assert_eq!(
        es,
        "El archivo PNG está truncado: termina antes de su fragmento IEND."
    );
    assert_eq!(
        en,
        "The PNG file is truncated: it ends before its IEND chunk."
    );
    let mut ordinary = ler_inspector::png::SIGNATURE.to_vec();
    ordinary.extend_from_slice(&ler_inspector::png::chunk(b"IEND", &[]));
    let (es, _) = both(&ordinary);
    assert!(
        es.starts_with("Este PNG no lleva ninguna credencial: "),
        "{es}"
    );
    assert!(!es.contains("carries no credential"), "{es}");
}

#[test]
fn an_svg_whose_credential_is_never_closed_is_explained_in_spanish() {
    let (es, en) = both(b"<svg><openbadges:credential>{\"a\": 1}</svg>");
    assert_eq!(
        es,
        "El elemento <openbadges:credential> del SVG no se cierra nunca."
    );
    assert_eq!(
        en,
        "The SVG's <openbadges:credential> element is never closed."
    );
    let (es, _) = both(b"<svg><openbadges:credential verify=");
    assert_eq!(
        es,
        "El SVG está truncado dentro de su etiqueta <openbadges:credential>."
    );
}

#[test]
fn a_jwt_whose_payload_is_not_json_is_explained_in_spanish() {
    // {"alg":"none"} . "not json" . (no signature)
    let (es, en) = both(b"eyJhbGciOiJub25lIn0.bm90IGpzb24.");
    assert_eq!(
        es,
        "En el JWT, la carga útil no es JSON: se esperaba true, false o null (línea 1, \
         columna 2)."
    );
    assert_eq!(
        en,
        "The JWT's payload is not JSON: expected ident at line 1 column 2."
    );
    // {"alg":"none"} . [1] . (no signature): JSON, but not an object.
    let (es, _) = both(b"eyJhbGciOiJub25lIn0.WzFd.");
    assert_eq!(es, "En el JWT, la carga útil es JSON, pero no un objeto.");
}

#[test]
fn json_syntax_errors_are_worded_in_spanish() {
    let (es, en) = both(br#"{"@context": ["#);
    assert_eq!(
        es,
        "Esto no es JSON válido: el texto termina en mitad de una lista (línea 1, columna 14)."
    );
    assert_eq!(
        en,
        "This is not valid JSON: EOF while parsing a list at line 1 column 14."
    );
}

fn simple() -> serde_json::Value {
    let text = std::fs::read_to_string(format!(
        "{}/../examples/credentials/ob30-simple.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn signature_of(doc: &serde_json::Value, lang: Lang) -> Check {
    signature_of_text(&doc.to_string(), lang)
}

fn signature_of_text(text: &str, lang: Lang) -> Check {
    let i = inspect_in(text.as_bytes(), now(), None, lang).unwrap();
    check(&i, "signature").clone()
}

#[test]
fn a_key_that_cannot_be_resolved_or_used_is_explained_in_spanish() {
    let mut doc = simple();
    // A secp256k1 did:key: the identifier is a key, but not an Ed25519 one.
    doc["proof"][0]["verificationMethod"] =
        "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme#zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme".into();
    let es = signature_of(&doc, Lang::Es);
    assert_eq!(es.status, Status::Fail);
    assert_eq!(
        es.reason,
        "El método de verificación es un did:key, pero su identificador no puede ser una \
         clave Ed25519: no es una clave pública Ed25519 (multicódec 0xed01)."
    );
    assert_eq!(
        signature_of(&doc, Lang::En).reason,
        "The verification method is a did:key, but its identifier cannot be an Ed25519 key: \
         it is not an Ed25519 public key (multicodec 0xed01)."
    );
    doc["proof"][0]["verificationMethod"] = "did:example:123#key-1".into();
    let es = signature_of(&doc, Lang::Es);
    assert_eq!(es.status, Status::NotChecked);
    assert!(
        es.reason.starts_with(
            "Firma sin verificar: El método de verificación usa el método DID «did:example», \
             que este inspector no resuelve;"
        ),
        "{}",
        es.reason
    );
    assert!(!es.reason.contains("does not resolve"), "{}", es.reason);
}

#[test]
fn a_status_list_that_cannot_answer_is_explained_in_spanish() {
    use ler_inspector::status_list::{ListOrigin, StatusListInput};
    let mut doc = simple();
    doc["credentialStatus"] = serde_json::json!({
        "id": "https://example.com/revocations/1", "type": "1EdTechRevocationList"});
    let outcome = |text: &str| {
        let list = StatusListInput {
            text: text.into(),
            origin: ListOrigin::Provided("la lista pegada".into()),
        };
        let i = inspect_in(doc.to_string().as_bytes(), now(), Some(&list), Lang::Es).unwrap();
        let status = check(&i, "status");
        (status.status, status.reason.clone())
    };
    let reason = |text: &str| {
        let (status, reason) = outcome(text);
        assert_eq!(status, Status::NotChecked, "{reason}");
        reason
    };
    assert_eq!(
        reason("no es json"),
        "Sin comprobar con la lista pegada: La lista no es JSON: se esperaba true, false o \
         null (línea 1, columna 2)."
    );
    let no_entries = reason(r#"{"id": "https://example.com/revocations/1"}"#);
    assert_eq!(
        no_entries,
        "Sin comprobar con la lista pegada: El documento no tiene la propiedad \
         revokedCredential, así que no es una 1EdTech Revocation List."
    );
    assert!(
        !no_entries.contains("has no revokedCredential"),
        "{no_entries}"
    );
    let id = doc["id"].as_str().unwrap().to_owned();
    let revoked = serde_json::json!({"revokedCredential": [
        {"id": id, "revocationReason": "Emitida por error"}]});
    let (status, reason) = outcome(&revoked.to_string());
    assert_eq!(status, Status::Fail);
    assert!(
        reason.starts_with(&format!(
            "Revocada según la lista pegada: la lista nombra {id} como revocada («Emitida por \
             error»)."
        )),
        "{reason}"
    );
}

#[test]
fn a_jwts_own_key_that_cannot_be_used_is_explained_in_spanish() {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    let header = serde_json::json!({"alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519"}});
    let mut vc = simple();
    vc.as_object_mut().unwrap().remove("proof");
    let token = format!(
        "{}.{}.{}",
        B64.encode(header.to_string()),
        B64.encode(serde_json::json!({ "vc": vc }).to_string()),
        B64.encode([0u8; 64])
    );
    let reason = |lang| signature_of_text(&token, lang).reason;
    assert_eq!(
        reason(Lang::Es),
        "La clave incrustada no se puede usar: el jwk no tiene «x»."
    );
    assert_eq!(
        reason(Lang::En),
        "The embedded key cannot be used: the jwk has no \"x\"."
    );
}

#[test]
fn what_a_credential_leaves_unnamed_is_labelled_in_spanish() {
    let mut doc = simple();
    doc["evidence"] = serde_json::json!([{"id": "https://example.com/evidence/1"}]);
    doc["credentialSubject"]["result"] = serde_json::json!([{"value": "A"}]);
    let i = inspect_in(doc.to_string().as_bytes(), now(), None, Lang::Es).unwrap();
    let achievement = i.achievement.unwrap();
    assert_eq!(achievement.evidence[0].label, "Evidencia");
    assert_eq!(achievement.results[0].label, "Resultado");
    let i = inspect_in(doc.to_string().as_bytes(), now(), None, Lang::En).unwrap();
    assert_eq!(i.achievement.unwrap().evidence[0].label, "Evidence");
}
