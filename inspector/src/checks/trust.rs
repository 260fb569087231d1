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
            let reason = match name {
                Some(name) => s
                    .lang
                    .fill(Msg::IssuerNamed, &[("name", &name), ("id", &iid)]),
                None => s.lang.fill(Msg::IssuerUnnamed, &[("id", &iid)]),
            };
            rule.pass(reason, &path)
        }
        Some(iid) => rule.fail(s.lang.fill(Msg::IssuerNotUrl, &[("id", &iid)]), &path),
        None => rule.fail(s.lang.t(Msg::IssuerNone), &path),
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
        return rule.not_present(s.lang.t(Msg::EndorsementsNone), &paths);
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
    let n = s.lang.number(list.len());
    let values = [
        ("n", n.as_str()),
        ("who", who.as_str()),
        ("expired", &s.lang.number(expired)),
    ];
    if expired == list.len() {
        rule.fail(s.lang.fill(Msg::EndorsementsAllExpired, &values), &paths)
    } else if expired > 0 {
        rule.pass(s.lang.fill(Msg::EndorsementsSomeExpired, &values), &paths)
    } else {
        rule.pass(s.lang.fill(Msg::EndorsementsSome, &values), &paths)
    }
}
