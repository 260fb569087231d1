//! Pillar Trust: who stands behind the record. The issuer's identity and third-party
//! endorsements.

use super::{Check, Pillar, Rule, Subject};
use crate::dates::parse_rfc3339;
use crate::extract;
use crate::i18n::Msg;
use crate::json::{self, id_of, text};

pub(super) fn issuer(s: &Subject<'_>) -> Check {
    let rule = Rule::new("issuer", Pillar::Trust, s.lang, Msg::CheckIssuer);
    let path = ["/issuer"];
    match id_of(s.doc.get("issuer")) {
        Some(iid) if json::is_uri(&iid) => {
            let name = s.doc.get("issuer").and_then(|i| text(i.get("name")));
            let named = name
                .map(|n| format!("{n}, "))
                .unwrap_or_else(|| "no name given, ".into());
            rule.pass(
                format!(
                    "Issuer: {named}identified as {iid}. Identified is not vouched for: \
                         no issuer registry was consulted."
                ),
                &path,
            )
        }
        Some(iid) => rule.fail(
            format!(
                "The issuer's id \"{iid}\" is not a URL or DID; VC 2.0 requires a URL \
                     (W3C VC Data Model 2.0)."
            ),
            &path,
        ),
        None => rule.fail(
            "No issuer id: nobody can be held to this credential (W3C VC Data Model 2.0).",
            &path,
        ),
    }
}

pub(super) fn endorsements(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "endorsements",
        Pillar::Trust,
        s.lang,
        Msg::CheckEndorsements,
    );
    let list = extract::endorsements(s.doc);
    let paths = [
        "/endorsement",
        "/issuer/endorsement",
        "/credentialSubject/achievement/endorsement",
    ];
    if list.is_empty() {
        return rule.not_present(
            "No endorsement (optional in OB 3.0): no third party vouches for the issuer or the \
             achievement inside this credential.",
            &paths,
        );
    }
    let expired = list
        .iter()
        .filter(|e| {
            ["validUntil", "expirationDate"]
                .iter()
                .find_map(|k| text(e.get(*k)))
                .and_then(|d| parse_rfc3339(&d))
                .is_some_and(|t| t < s.now)
        })
        .count();
    let mut endorsers: Vec<String> = Vec::new();
    for e in &list {
        let name = e
            .get("issuer")
            .and_then(|i| text(i.get("name")))
            .or_else(|| id_of(e.get("issuer")));
        if let Some(name) = name.filter(|n| !endorsers.contains(n)) {
            endorsers.push(name);
        }
    }
    let who = endorsers.join(", ");
    if expired == list.len() {
        rule.fail(
            format!(
                "{} endorsement(s) ({who}), but every one has expired by its own dates; \
                     their proofs are not verified here either.",
                list.len()
            ),
            &paths,
        )
    } else {
        rule.pass(
            format!(
                "{} endorsement(s) ({who}){}; each is a credential of its own whose proof \
                     is not verified here.",
                list.len(),
                if expired > 0 {
                    format!(", {expired} of them expired")
                } else {
                    String::new()
                }
            ),
            &paths,
        )
    }
}
