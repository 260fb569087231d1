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
        return rule.not_present(s.lang.t(Msg::StatusNone), &[]);
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
    let lang = s.lang;
    let method = text(entry.get("type")).unwrap_or_else(|| lang.t(Msg::StatusNoType).into());
    if !KNOWN_METHODS.contains(&method.as_str()) {
        return (
            Status::NotChecked,
            lang.fill(Msg::StatusMethodUnknown, &[("method", &method)]),
        );
    }
    let address =
        status_list::list_address(entry).unwrap_or_else(|| lang.t(Msg::StatusNoAddress).into());
    let Some(input) = s.status_list else {
        return (
            Status::NotChecked,
            lang.fill(
                Msg::StatusNotYet,
                &[("method", &method), ("address", &address)],
            ),
        );
    };
    let from = input.origin.describe(lang);
    let not_against =
        |why: &str| lang.fill(Msg::StatusNotAgainst, &[("from", &from), ("why", why)]);
    let list = match status_list::parse(input) {
        Ok(list) => list,
        Err(why) => {
            return (Status::NotChecked, not_against(&why.message(lang)));
        }
    };
    // A list meant for other credentials would answer for the wrong ones: say so.
    let list_id = id_of(list.get("id"));
    let answer = if method == "1EdTechRevocationList" {
        status_list::revocation_list(&list, id_of(s.doc.get("id")).as_deref(), lang)
    } else {
        status_list::bitstring(&list, entry, lang)
    };
    let unsigned = lang.t(Msg::StatusUnsigned);
    let mismatch = match (&list_id, &input.origin) {
        (Some(id), _) if *id != address => format!(
            " {}",
            lang.fill(Msg::StatusListCalls, &[("id", id), ("address", &address)])
        ),
        _ => String::new(),
    };
    match answer {
        Ok(Answer::Set(what)) => (
            Status::Fail,
            format!(
                "{}{mismatch} {unsigned}",
                lang.fill(verdict(entry), &[("from", &from), ("what", &what)])
            ),
        ),
        Ok(Answer::Clear(what)) => (
            Status::Pass,
            format!(
                "{}{mismatch} {unsigned}",
                lang.fill(Msg::StatusClear, &[("from", &from), ("what", &what)])
            ),
        ),
        Err(why) => (Status::NotChecked, not_against(&why.message(lang))),
    }
}

/// "Revoked", "Suspended" or "Marked", by the entry's purpose.
fn verdict(entry: &Value) -> Msg {
    match text(entry.get("statusPurpose")).as_deref() {
        Some("suspension") => Msg::StatusSuspendedBy,
        Some("revocation") | None => Msg::StatusRevokedBy,
        Some(_) => Msg::StatusMarkedBy,
    }
}
