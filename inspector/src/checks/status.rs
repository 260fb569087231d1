//! The revocation check (pillar Integrity): `credentialStatus` read against a status list
//! the reader provided or asked to fetch ([`crate::status_list`]). Without one it is "not
//! checked", and says where the list is; without `credentialStatus` (optional in OB 3.0 and
//! VC 2.0, §4.10 "Status") it is "not present".

use serde_json::Value;

use super::{Check, Pillar, Rule, Status, Subject};
use crate::i18n::Msg;
use crate::json::{id_of, one_or_many, text};
use crate::status_list::{self, Answer};

/// The status methods this inspector can read.
const KNOWN_METHODS: [&str; 2] = ["1EdTechRevocationList", "BitstringStatusListEntry"];

/// The addresses of the lists the credential's status entries point to, for the widget's
/// fetch button (only the methods this inspector can read).
pub fn list_addresses(doc: &Value) -> Vec<String> {
    one_or_many(doc.get("credentialStatus"))
        .into_iter()
        .filter(|e| text(e.get("type")).is_some_and(|t| KNOWN_METHODS.contains(&t.as_str())))
        .filter_map(status_list::list_address)
        .collect()
}

pub(super) fn check(s: &Subject<'_>) -> Check {
    let rule = Rule::new("status", Pillar::Integrity, s.lang, Msg::CheckStatus);
    let entries = one_or_many(s.doc.get("credentialStatus"));
    let path = ["/credentialStatus"];
    if entries.is_empty() {
        return rule.not_present(
            "No credentialStatus (optional): the issuer gave no way to learn whether this \
             credential was revoked, so nobody can check it.",
            &[],
        );
    }
    let outcomes: Vec<(Status, String)> = entries.iter().map(|e| one_entry(s, e)).collect();
    let reason = outcomes
        .iter()
        .map(|(_, r)| r.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let any = |wanted: Status| outcomes.iter().any(|(st, _)| *st == wanted);
    if any(Status::Fail) {
        rule.fail(reason, &path)
    } else if any(Status::NotChecked) {
        rule.not_checked(reason, &path)
    } else {
        rule.pass(reason, &path)
    }
}

/// One status entry: its outcome and the sentence that explains it.
fn one_entry(s: &Subject<'_>, entry: &Value) -> (Status, String) {
    let method = text(entry.get("type")).unwrap_or_else(|| "(no type)".into());
    if !KNOWN_METHODS.contains(&method.as_str()) {
        return (
            Status::NotChecked,
            format!(
                "Status not checked: the method {method} is not one this inspector reads \
                 (1EdTechRevocationList, BitstringStatusListEntry)."
            ),
        );
    }
    let address = status_list::list_address(entry).unwrap_or_else(|| "(no address)".into());
    let Some(input) = s.status_list else {
        return (
            Status::NotChecked,
            format!(
                "Revocation not checked yet: the issuer publishes the status ({method}) at \
                 {address}. Paste or choose that list, or ask for it to be fetched, to check it."
            ),
        );
    };
    let from = input.origin.describe();
    let list = match status_list::parse(input) {
        Ok(list) => list,
        Err(why) => {
            return (
                Status::NotChecked,
                format!("Not checked against {from}: {why}"),
            );
        }
    };
    // A list meant for other credentials would answer for the wrong ones: say so.
    let list_id = id_of(list.get("id"));
    let answer = if method == "1EdTechRevocationList" {
        status_list::revocation_list(&list, id_of(s.doc.get("id")).as_deref())
    } else {
        status_list::bitstring(&list, entry)
    };
    let unsigned = "The list's own proof is not verified here, so this is only as good as \
                    the copy you gave.";
    let mismatch = match (&list_id, &input.origin) {
        (Some(id), _) if *id != address => {
            format!(" Note: the list calls itself {id}, while the credential points to {address}.")
        }
        _ => String::new(),
    };
    match answer {
        Ok(Answer::Set(what)) => (
            Status::Fail,
            format!(
                "{} by {from}: {what}.{mismatch} {unsigned}",
                capitalized_verdict(entry)
            ),
        ),
        Ok(Answer::Clear(what)) => (
            Status::Pass,
            format!("Not revoked according to {from}: {what}.{mismatch} {unsigned}"),
        ),
        Err(why) => (
            Status::NotChecked,
            format!("Not checked against {from}: {why}"),
        ),
    }
}

/// "Revoked", "Suspended" or "Marked", by the entry's purpose.
fn capitalized_verdict(entry: &Value) -> &'static str {
    match text(entry.get("statusPurpose")).as_deref() {
        Some("suspension") => "Suspended",
        Some("revocation") | None => "Revoked",
        Some(_) => "Marked",
    }
}
