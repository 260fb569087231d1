//! The signature check (pillar Integrity): one verdict per proof, then one outcome for all.
//!
//! A credential may carry several proofs: a VC-JWT's signature and embedded proofs inside
//! its payload, or several embedded proofs. Open Badges 3.0 lets a verifier accept any one
//! of them (§8.1 "Proof Formats" and §9.1, <https://www.imsglobal.org/spec/ob/v3p0/#verification>),
//! but a proof that does not match means the document was changed or forged, whatever the
//! others say. So the combined outcome is Fail when any proof is invalid, Pass when at
//! least one verifies and none is invalid, and Not checked otherwise, with every proof's
//! own reason kept for the summary and the report.

use serde_json::Value;

use super::{Check, Pillar, Rule, Subject, proofs};
use crate::i18n::{Lang, Msg};
use crate::json::text;
use crate::verify::{self, Verdict};

/// One proof and what verifying it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofOutcome {
    /// Which proof, for a reader: "the VC-JWT signature", "proof 2 (DataIntegrityProof,
    /// eddsa-rdfc-2022)".
    pub label: String,
    /// JSON pointer of an embedded proof (`/proof`, `/proof/1`); empty for a JWT's signature.
    pub path: String,
    /// The verdict and its reason.
    pub verdict: Verdict,
}

/// Every proof of the credential, each verified where this inspector can.
pub fn outcomes(s: &Subject<'_>) -> Vec<ProofOutcome> {
    let mut list = Vec::new();
    if let Some(jws) = s.jws {
        list.push(ProofOutcome {
            label: s.lang.t(Msg::LabelJwt).into(),
            path: String::new(),
            verdict: verify::jws_in(jws, s.lang),
        });
    }
    let embedded = proofs(s.doc);
    let many = s.doc.get("proof").is_some_and(Value::is_array);
    for (i, proof) in embedded.iter().enumerate() {
        let ty = text(proof.get("type")).unwrap_or_else(|| s.lang.t(Msg::LabelNoType).into());
        let suite = text(proof.get("cryptosuite"))
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        list.push(ProofOutcome {
            label: s.lang.fill(
                Msg::LabelProof,
                &[
                    ("n", &s.lang.number(i + 1)),
                    ("type", &format!("{ty}{suite}")),
                ],
            ),
            path: if many {
                format!("/proof/{i}")
            } else {
                "/proof".into()
            },
            verdict: crate::proof::verify_proof_in(s.doc, proof, s.lang),
        });
    }
    list
}

/// The signature check over every proof's verdict.
pub fn check(outcomes: &[ProofOutcome], lang: Lang) -> Check {
    let rule = Rule::new("signature", Pillar::Integrity, lang, Msg::CheckSignature);
    let paths: Vec<&str> = outcomes
        .iter()
        .map(|o| o.path.as_str())
        .filter(|p| !p.is_empty())
        .collect();
    let reason_of = |o: &ProofOutcome| match &o.verdict {
        Verdict::Verified(why) | Verdict::Invalid(why) | Verdict::NotVerified(why) => why.clone(),
    };
    // With one proof its reason is the whole story; with several, each is named.
    let explain = |picked: &[&ProofOutcome]| -> String {
        if outcomes.len() == 1 {
            picked.first().map(|o| reason_of(o)).unwrap_or_default()
        } else {
            outcomes
                .iter()
                .map(|o| {
                    let text = match o.verdict {
                        Verdict::Verified(_) => Msg::SigEachVerified,
                        Verdict::Invalid(_) => Msg::SigEachInvalid,
                        Verdict::NotVerified(_) => Msg::SigEachNotChecked,
                    };
                    lang.fill(
                        text,
                        &[("proof", &capitalize(&o.label)), ("reason", &reason_of(o))],
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    let invalid: Vec<&ProofOutcome> = outcomes
        .iter()
        .filter(|o| matches!(o.verdict, Verdict::Invalid(_)))
        .collect();
    let verified: Vec<&ProofOutcome> = outcomes
        .iter()
        .filter(|o| matches!(o.verdict, Verdict::Verified(_)))
        .collect();
    if outcomes.is_empty() {
        rule.fail(lang.t(Msg::SigNone), &[])
    } else if !invalid.is_empty() {
        rule.fail(explain(&invalid), &paths)
    } else if !verified.is_empty() {
        rule.pass(explain(&verified), &paths)
    } else {
        let all: Vec<&ProofOutcome> = outcomes.iter().collect();
        rule.not_checked(explain(&all), &paths)
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Status;

    fn outcome(verdict: Verdict) -> ProofOutcome {
        ProofOutcome {
            label: "proof 1 (DataIntegrityProof, eddsa-rdfc-2022)".into(),
            path: "/proof/0".into(),
            verdict,
        }
    }

    #[test]
    fn one_invalid_proof_fails_the_check_whatever_the_others_say() {
        let c = check(
            &[
                outcome(Verdict::Verified("good".into())),
                outcome(Verdict::Invalid("changed".into())),
            ],
            Lang::En,
        );
        assert_eq!(c.status, Status::Fail);
        assert!(c.reason.contains("does not match. changed"), "{}", c.reason);
    }

    #[test]
    fn one_verified_proof_passes_and_names_the_unchecked_ones() {
        let c = check(
            &[
                outcome(Verdict::Verified("good".into())),
                outcome(Verdict::NotVerified("no key".into())),
            ],
            Lang::En,
        );
        assert_eq!(c.status, Status::Pass);
        assert!(c.reason.contains("not checked. no key"), "{}", c.reason);
    }

    #[test]
    fn no_proof_fails_and_unverifiable_proofs_are_not_checked() {
        assert_eq!(check(&[], Lang::En).status, Status::Fail);
        let c = check(&[outcome(Verdict::NotVerified("no key".into()))], Lang::En);
        assert_eq!(
            (c.status, c.reason.as_str()),
            (Status::NotChecked, "no key")
        );
    }
}
