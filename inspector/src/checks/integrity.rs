//! Pillar Integrity: is the record what was issued, and is it valid now? Proof presence
//! and type, dates, revocation (the signature itself: [`super::signature`]).

use serde_json::Value;

use super::{Check, Pillar, Rule, Subject, proofs};
use crate::dates::parse_rfc3339;
use crate::i18n::{self, Msg};
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
            rule.fail(s.lang.t(Msg::ProofJwtNone), &[])
        } else {
            rule.pass(s.lang.t(Msg::ProofJwtSigned), &[])
        };
    }
    let n = proofs(s.doc).len();
    if n > 0 {
        let counted = if n == 1 {
            s.lang.t(Msg::ProofOne).to_owned()
        } else {
            s.lang.count(Msg::ProofMany, &[("n", n)])
        };
        rule.pass(counted, &["/proof"])
    } else {
        rule.fail(s.lang.t(Msg::ProofNone), &[])
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
            .unwrap_or(s.lang.t(Msg::NoAlg));
        return if KNOWN_ALGS.contains(&alg) {
            rule.pass(s.lang.fill(Msg::AlgKnown, &[("alg", alg)]), &[])
        } else {
            rule.fail(s.lang.fill(Msg::AlgUnknown, &[("alg", alg)]), &[])
        };
    }
    let proofs = proofs(s.doc);
    if proofs.is_empty() {
        return rule.not_checked(s.lang.t(Msg::NoProofType), &[]);
    }
    let mut unknown = Vec::new();
    let mut known = Vec::new();
    for p in &proofs {
        let ty = text(p.get("type")).unwrap_or_default();
        let suite = text(p.get("cryptosuite")).unwrap_or_default();
        if ty == "DataIntegrityProof" && KNOWN_SUITES.contains(&suite.as_str()) {
            let text = match suite.as_str() {
                "eddsa-rdfc-2022" | "ecdsa-sd-2023" => Msg::SuiteKnown,
                _ => Msg::SuiteOldName,
            };
            known.push(s.lang.fill(text, &[("suite", &suite)]));
        } else if ty == "Ed25519Signature2020" {
            known.push(s.lang.t(Msg::SuiteEd2020).to_owned());
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
            s.lang
                .fill(Msg::ProofTypesKnown, &[("types", &known.join("; "))]),
            &["/proof"],
        )
    } else {
        rule.fail(
            s.lang
                .fill(Msg::ProofTypesUnknown, &[("types", &unknown.join(", "))]),
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
    let lang = s.lang;
    let not_a_date = |key: &str, value: &str| {
        lang.fill(Msg::DatesNotDateTime, &[("key", key), ("value", value)])
    };
    let Some(from) = text(s.doc.get(from_key)) else {
        return fail(lang.fill(Msg::DatesNoFrom, &[("key", from_key)]));
    };
    let Some(from_t) = parse_rfc3339(&from) else {
        return fail(not_a_date(from_key, &from));
    };
    // Dates as the language writes them (the instants as written are in the raw view).
    let from_date = i18n::date(lang, &from);
    if from_t > s.now {
        return fail(lang.fill(Msg::DatesNotYet, &[("key", from_key), ("date", &from_date)]));
    }
    // awardedDate keeps the original award date when a credential is reissued (OB 3.0,
    // AchievementCredential.awardedDate: DateTimeZ, optional).
    if let Some(awarded) = text(s.doc.get("awardedDate"))
        && parse_rfc3339(&awarded).is_none()
    {
        return rule.fail(not_a_date("awardedDate", &awarded), &["/awardedDate"]);
    }
    match text(s.doc.get(until_key)) {
        None => rule.pass(
            lang.fill(
                Msg::DatesNoExpiry,
                &[("date", &from_date), ("key", until_key)],
            ),
            &paths,
        ),
        Some(until) => {
            let until_date = i18n::date(lang, &until);
            match parse_rfc3339(&until) {
                None => fail(not_a_date(until_key, &until)),
                Some(t) if t < from_t => fail(lang.fill(
                    Msg::DatesBefore,
                    &[
                        ("until", until_key),
                        ("untildate", &until),
                        ("from", from_key),
                        ("fromdate", &from),
                    ],
                )),
                Some(t) if t < s.now => fail(lang.fill(
                    Msg::DatesExpired,
                    &[("key", until_key), ("date", &until_date)],
                )),
                Some(_) => rule.pass(
                    lang.fill(
                        Msg::DatesValid,
                        &[("from", &from_date), ("until", &until_date)],
                    ),
                    &paths,
                ),
            }
        }
    }
}
