//! Pillar Integrity: is the record what was issued, and is it valid now? Proof presence
//! and type, dates, revocation (the signature itself: [`super::signature`]).

use serde_json::Value;

use super::{Check, Pillar, Rule, Subject, proofs};
use crate::dates::parse_rfc3339;
use crate::i18n::Msg;
use crate::json::text;
use crate::recognize;

pub(super) fn proof_present(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "proof-present",
        Pillar::Integrity,
        s.lang,
        Msg::CheckProofPresent,
    );
    if let Some(jws) = s.jws {
        let alg = jws
            .header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or("none");
        return if alg == "none" {
            rule.fail(
                "The credential came as a JWT that declares no signature (alg \"none\"): \
                 anyone could have written it.",
                &[],
            )
        } else {
            rule.pass(
                "The credential came as a signed JWT (VC-JWT): the signature covers its header \
                 and payload (Open Badges 3.0, proofs).",
                &[],
            )
        };
    }
    let n = proofs(s.doc).len();
    if n > 0 {
        rule.pass(
            format!(
                "{n} embedded proof{} (proof).",
                if n == 1 { "" } else { "s" }
            ),
            &["/proof"],
        )
    } else {
        rule.fail(
            "No proof: nothing shows this document is what the issuer issued. Anyone can \
             write this JSON.",
            &[],
        )
    }
}

/// JOSE algorithms a VC-JWT may use; OB 3.0 requires RS256 at minimum (Open Badges 3.0, §8.2
/// "JSON Web Token Proof Format", <https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof>).
const KNOWN_ALGS: [&str; 8] = [
    "RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "ES512", "EdDSA",
];

/// Known Data Integrity cryptosuites: `eddsa-rdfc-2022` (the name in W3C "Data Integrity EdDSA
/// Cryptosuites v1.0", <https://www.w3.org/TR/vc-di-eddsa/>); its older names in 1EdTech
/// text (`eddsa-rdf-2022` in the OB 3.0 data model's Multikey class and examples,
/// `eddsa-2022` in its implementation guide, "Getting started"); and `ecdsa-sd-2023`, which
/// the 1EdTech validator's README lists beside it
/// (<https://github.com/1EdTech/digital-credentials-public-validator>).
const KNOWN_SUITES: [&str; 4] = [
    "eddsa-rdfc-2022",
    "eddsa-rdf-2022",
    "eddsa-2022",
    "ecdsa-sd-2023",
];

pub(super) fn proof_type(s: &Subject<'_>) -> Check {
    let rule = Rule::new("proof-type", Pillar::Integrity, s.lang, Msg::CheckProofType);
    if let Some(jws) = s.jws {
        let alg = jws
            .header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or("(none)");
        return if KNOWN_ALGS.contains(&alg) {
            rule.pass(
                format!(
                    "JWT algorithm {alg}, a standard JOSE signature algorithm (OB 3.0 \
                         names RS256 as the minimum)."
                ),
                &[],
            )
        } else {
            rule.fail(
                format!(
                    "JWT algorithm \"{alg}\" is not a signature algorithm a verifier \
                         would accept."
                ),
                &[],
            )
        };
    }
    let proofs = proofs(s.doc);
    if proofs.is_empty() {
        return rule.not_checked("There is no proof whose type could be checked.", &[]);
    }
    let mut unknown = Vec::new();
    let mut known = Vec::new();
    for p in &proofs {
        let ty = text(p.get("type")).unwrap_or_default();
        let suite = text(p.get("cryptosuite")).unwrap_or_default();
        if ty == "DataIntegrityProof" && KNOWN_SUITES.contains(&suite.as_str()) {
            let note = match suite.as_str() {
                "eddsa-rdfc-2022" => "",
                "ecdsa-sd-2023" => "",
                _ => " (an older name of eddsa-rdfc-2022 found in 1EdTech texts)",
            };
            known.push(format!("DataIntegrityProof with cryptosuite {suite}{note}"));
        } else if ty == "Ed25519Signature2020" {
            known.push("Ed25519Signature2020 (the VC 1.1-era suite)".to_owned());
        } else {
            unknown.push(if suite.is_empty() {
                ty
            } else {
                format!("{ty} / {suite}")
            });
        }
    }
    if unknown.is_empty() {
        rule.pass(
            format!(
                "{}; OB 3.0 conformance for embedded proofs is the EdDSA suite \
                     (Open Badges 3.0, proofs).",
                known.join("; ")
            ),
            &["/proof"],
        )
    } else {
        rule.fail(
            format!(
                "Unknown proof type: {}. A verifier would not know how to check it.",
                unknown.join(", ")
            ),
            &["/proof"],
        )
    }
}

pub(super) fn dates(s: &Subject<'_>) -> Check {
    let rule = Rule::new("dates", Pillar::Integrity, s.lang, Msg::CheckDates);
    let legacy = recognize::is_legacy(s.doc);
    let (from_key, until_key) = if legacy {
        ("issuanceDate", "expirationDate")
    } else {
        ("validFrom", "validUntil")
    };
    let from_path = format!("/{from_key}");
    let until_path = format!("/{until_key}");
    let paths = [from_path.as_str(), until_path.as_str()];
    let fail = |why: String| rule.fail(why, &paths);
    let Some(from) = text(s.doc.get(from_key)) else {
        return fail(format!(
            "There is no {from_key}, so it cannot be said from when the \
                             credential is valid ({from_key} is required (Open Badges 3.0 data model))."
        ));
    };
    let Some(from_t) = parse_rfc3339(&from) else {
        return fail(format!(
            "{from_key} \"{from}\" is not a date-time with a time zone."
        ));
    };
    if from_t > s.now {
        return fail(format!(
            "Not yet valid: {from_key} is {from}, in the future."
        ));
    }
    // awardedDate keeps the original award date when a credential is reissued (OB 3.0,
    // AchievementCredential.awardedDate: DateTimeZ, optional).
    if let Some(awarded) = text(s.doc.get("awardedDate"))
        && parse_rfc3339(&awarded).is_none()
    {
        return rule.fail(
            format!("awardedDate \"{awarded}\" is not a date-time with a time zone."),
            &["/awardedDate"],
        );
    }
    match text(s.doc.get(until_key)) {
        None => rule.pass(
            format!("Valid since {from}; no {until_key}, so it does not expire."),
            &paths,
        ),
        Some(until) => match parse_rfc3339(&until) {
            None => fail(format!(
                "{until_key} \"{until}\" is not a date-time with a time zone."
            )),
            Some(t) if t < from_t => fail(format!(
                "{until_key} ({until}) is before {from_key} ({from})."
            )),
            Some(t) if t < s.now => fail(format!("Expired: {until_key} is {until}.")),
            Some(_) => rule.pass(format!("Valid from {from} until {until}."), &paths),
        },
    }
}
