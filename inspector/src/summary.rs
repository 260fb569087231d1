//! The one line a records officer reads first: can this record be trusted as it stands?
//!
//! The headline comes from the proofs alone, in this order: any proof that does not match
//! means "Changed or forged" (whatever other proofs say, since one mismatch shows the
//! document is not what was signed); one that verifies means "Signature valid"; otherwise
//! "Cannot verify", with the first reason. What else failed (revoked, expired, structure)
//! follows as the reasons not to accept it now. A credential is never called valid when
//! any proof fails.

use crate::checks::{Check, ProofOutcome, Status};
use crate::i18n::{Lang, Msg};
use crate::verify::Verdict;

/// The three verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// At least one proof verifies and none fails.
    SignatureValid,
    /// No proof could be verified here (none, or not supported offline), and none fails.
    CannotVerify,
    /// A proof does not match the document.
    ChangedOrForged,
}

/// The verdict line and what qualifies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub headline: Headline,
    /// "Signature valid: unchanged since the key named in it signed it."
    pub line: String,
    /// Failed checks that bear on accepting it now ("Expired: …", "Revoked …").
    pub but: Vec<String>,
    /// The language the line and the reasons are written in.
    pub lang: Lang,
}

impl Summary {
    /// The whole summary as one paragraph.
    pub fn text(&self) -> String {
        match self.qualifier() {
            None => self.line.clone(),
            Some(but) => format!("{} {but}", self.line),
        }
    }

    /// "Do not accept it as it stands: …", when some check bears on accepting it now.
    pub fn qualifier(&self) -> Option<String> {
        (!self.but.is_empty()).then(|| {
            self.lang
                .fill(Msg::DoNotAccept, &[("reasons", &self.but.join(" "))])
        })
    }
}

fn reason(o: &ProofOutcome) -> &str {
    match &o.verdict {
        Verdict::Verified(why) | Verdict::Invalid(why) | Verdict::NotVerified(why) => why,
    }
}

/// The summary of an inspection's checks and per-proof verdicts; `None` when there are no
/// checks (not a credential this inspector checks).
pub fn summarize(checks: &[Check], proofs: &[ProofOutcome], lang: Lang) -> Option<Summary> {
    if checks.is_empty() {
        return None;
    }
    let invalid = proofs
        .iter()
        .find(|o| matches!(o.verdict, Verdict::Invalid(_)));
    let verified = proofs
        .iter()
        .any(|o| matches!(o.verdict, Verdict::Verified(_)));
    let (headline, line) = match (invalid, verified, proofs.first()) {
        (Some(bad), _, _) => (
            Headline::ChangedOrForged,
            lang.fill(
                Msg::VerdictChanged,
                &[("label", &bad.label), ("reason", reason(bad))],
            ),
        ),
        (None, true, _) => (
            Headline::SignatureValid,
            lang.t(Msg::VerdictValid).to_owned(),
        ),
        (None, false, None) => (
            Headline::CannotVerify,
            lang.t(Msg::VerdictNoProof).to_owned(),
        ),
        (None, false, Some(first)) => (
            Headline::CannotVerify,
            lang.fill(Msg::VerdictCannot, &[("reason", reason(first))]),
        ),
    };
    let but = checks
        .iter()
        .filter(|c| c.status == Status::Fail && !matches!(c.id, "signature" | "proof-present"))
        .map(|c| match c.id {
            "dates" | "status" => c.reason.clone(),
            _ => lang.fill(Msg::CheckFails, &[("title", c.title)]),
        })
        .collect();
    Some(Summary {
        headline,
        line,
        but,
        lang,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::checks::Pillar;

    fn proof(verdict: Verdict) -> ProofOutcome {
        ProofOutcome {
            label: "proof 1".into(),
            path: "/proof".into(),
            verdict,
        }
    }

    fn check(id: &'static str, status: Status, reason: &str) -> Check {
        Check {
            id,
            pillar: Pillar::Integrity,
            status,
            title: "A title",
            reason: reason.into(),
            paths: Vec::new(),
            also: None,
        }
    }

    #[test]
    fn one_failing_proof_makes_it_changed_or_forged_even_beside_a_good_one() {
        let checks = [check("signature", Status::Fail, "")];
        let s = summarize(
            &checks,
            &[
                proof(Verdict::Verified("ok".into())),
                proof(Verdict::Invalid("bad".into())),
            ],
            Lang::En,
        )
        .unwrap();
        assert_eq!(s.headline, Headline::ChangedOrForged);
        assert_eq!(s.line, "Changed or forged (proof 1): bad");
    }

    #[test]
    fn a_valid_signature_on_an_expired_credential_says_both() {
        let checks = [
            check("signature", Status::Pass, ""),
            check(
                "dates",
                Status::Fail,
                "Expired: validUntil is 2010-01-01T00:00:00Z.",
            ),
        ];
        let s = summarize(&checks, &[proof(Verdict::Verified("ok".into()))], Lang::En).unwrap();
        assert_eq!(s.headline, Headline::SignatureValid);
        assert_eq!(
            s.text(),
            "Signature valid: unchanged since the key named in it signed it. Do not accept it \
             as it stands: Expired: validUntil is 2010-01-01T00:00:00Z."
        );
    }

    #[test]
    fn proofs_that_cannot_be_checked_say_why() {
        let checks = [check("signature", Status::NotChecked, "")];
        let s = summarize(
            &checks,
            &[proof(Verdict::NotVerified("No key.".into()))],
            Lang::En,
        )
        .unwrap();
        assert_eq!(
            (s.headline, s.line.as_str()),
            (Headline::CannotVerify, "Cannot verify: No key.")
        );
        let none = summarize(&checks, &[], Lang::En).unwrap();
        assert!(none.line.contains("there is no proof"), "{}", none.line);
        assert!(summarize(&[], &[], Lang::En).is_none());
    }
}
