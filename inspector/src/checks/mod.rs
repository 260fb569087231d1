//! The checks, grouped under the curriculum's four pillars (module `record-integrity`), each
//! with an outcome ([`Status`]) and a plain-language reason. One file per pillar:
//! `integrity.rs` (proofs, dates, revocation; the per-proof verdicts in [`signature`]),
//! `structure.rs`, `transparency.rs`, `trust.rs`.
//!
//! Every rule names its public source where it is written, as a reader can look it up:
//! - Open Badges 3.0 (1EdTech), <https://www.imsglobal.org/spec/ob/v3p0/>: the data model
//!   (appendix B, one anchor per class, e.g. `#achievementcredential`), §8 "Proofs
//!   (Signatures)" (`#data-integrity`) and §9 "Verification and Validation"
//!   (`#verification`);
//! - its JSON Schema, <https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json>;
//! - Comprehensive Learner Record 2.0 (1EdTech), <https://www.imsglobal.org/spec/clr/v2p0/>,
//!   and its JSON Schema, <https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json>;
//! - W3C Verifiable Credentials Data Model 2.0, <https://www.w3.org/TR/vc-data-model-2.0/>.
//!
//! Reasons shown to the reader name the document in words ("(Open Badges 3.0 JSON
//! Schema)"); the addresses are here and in the course's references.

use serde_json::Value;

use crate::i18n::{Lang, Msg};
use crate::json::one_or_many;
use crate::jwt::Jws;
use crate::links::Section;
use crate::recognize::Kind;
use crate::status_list::StatusListInput;

mod integrity;
mod objects;
pub mod signature;
pub mod status;
mod structure;
mod transparency;
mod trust;

pub use signature::ProofOutcome;
pub use structure::is_achievement_type;

/// The four pillars of module 5, in the order it teaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pillar {
    Integrity,
    Structure,
    Transparency,
    Trust,
}

impl Pillar {
    /// All four, in order.
    pub const ALL: [Pillar; 4] = [
        Pillar::Integrity,
        Pillar::Structure,
        Pillar::Transparency,
        Pillar::Trust,
    ];

    /// The pillar's name.
    pub fn title(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Integrity => Msg::PillarIntegrity,
            Self::Structure => Msg::PillarStructure,
            Self::Transparency => Msg::PillarTransparency,
            Self::Trust => Msg::PillarTrust,
        })
    }

    /// The module section that teaches it (its title is the course's, in the course's
    /// language).
    pub fn section(self) -> Section {
        let (section, title) = match self {
            Self::Integrity => (
                "pillar-integrity",
                "Integrity: the record is what was issued",
            ),
            Self::Structure => ("pillar-structure", "Structure: a record machines can read"),
            Self::Transparency => (
                "pillar-transparency",
                "Transparency: what the credential means",
            ),
            Self::Trust => ("pillar-trust", "Trust: who stands behind the record"),
        };
        Section {
            module: "record-integrity",
            section,
            title,
        }
    }
}

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    /// This inspector cannot honestly decide (offline, or the suite is not supported); the
    /// reason says why.
    NotChecked,
    /// An optional part (alignment, evidence, endorsement, status) is absent: information
    /// for the reader, never a failure of the credential.
    NotPresent,
}

impl Status {
    /// As words (the widget never shows status by colour alone).
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::Pass => Msg::StatusPass,
            Self::Fail => Msg::StatusFail,
            Self::NotChecked => Msg::StatusNotChecked,
            Self::NotPresent => Msg::StatusNotPresent,
        })
    }
}

/// One check and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Stable id (`proof-present`), used by tests and as an anchor.
    pub id: &'static str,
    pub pillar: Pillar,
    pub status: Status,
    /// What is checked, as a short phrase in the inspection's language.
    pub title: &'static str,
    /// Why this outcome, in plain language (the inspection's language).
    pub reason: String,
    /// The parts of the document the check read (JSON pointers), highlighted in the raw view.
    pub paths: Vec<String>,
    /// Another section that teaches the topic, beside the pillar's.
    pub also: Option<Section>,
}

/// What the checks look at.
pub struct Subject<'a> {
    /// The credential (for a VC-JWT: the credential in its payload, claims mapped).
    pub doc: &'a Value,
    pub kind: Kind,
    /// The JWS, when the credential came as a VC-JWT.
    pub jws: Option<&'a Jws>,
    /// Now, in seconds since 1970 (injected, so tests are deterministic).
    pub now: i64,
    /// A status list the reader provided or asked to fetch, to check revocation against.
    pub status_list: Option<&'a StatusListInput>,
    /// The language the checks' titles and reasons are written in.
    pub lang: Lang,
}

/// Runs every check that applies to `s.kind`. `proofs` are the per-proof verdicts of
/// [`signature::outcomes`], computed once by the caller because the summary reads them too.
pub fn run(s: &Subject<'_>, proofs: &[ProofOutcome]) -> Vec<Check> {
    let mut checks = Vec::new();
    if matches!(s.kind, Kind::OpenBadges2 | Kind::Unknown) {
        return checks;
    }
    checks.push(integrity::proof_present(s));
    checks.push(integrity::proof_type(s));
    checks.push(signature::check(proofs, s.lang));
    checks.push(integrity::dates(s));
    checks.push(status::check(s));
    checks.push(structure::context(s));
    checks.push(structure::types(s));
    checks.push(structure::required(s));
    checks.push(structure::subject(s));
    checks.push(objects::types(s));
    checks.push(objects::properties(s));
    match s.kind {
        Kind::OpenBadge => {
            checks.push(structure::achievement(s));
            checks.push(structure::achievement_type(s));
        }
        Kind::Clr => checks.push(structure::clr_contents(s)),
        _ => {}
    }
    if matches!(s.kind, Kind::OpenBadge | Kind::Clr) {
        checks.push(transparency::criteria(s));
        checks.push(transparency::alignment(s));
        checks.push(transparency::evidence(s));
    }
    if s.kind == Kind::Endorsement {
        checks.push(transparency::endorsement_comment(s));
    }
    checks.push(trust::issuer(s));
    checks.push(trust::endorsements(s));
    checks
}

/// What every outcome of one check shares: its id, pillar and title.
#[derive(Clone, Copy)]
struct Rule {
    id: &'static str,
    pillar: Pillar,
    title: &'static str,
}

impl Rule {
    fn new(id: &'static str, pillar: Pillar, lang: Lang, title: Msg) -> Self {
        Self {
            id,
            pillar,
            title: lang.t(title),
        }
    }

    fn outcome(self, status: Status, reason: impl Into<String>, paths: &[&str]) -> Check {
        Check {
            id: self.id,
            pillar: self.pillar,
            status,
            title: self.title,
            reason: reason.into(),
            paths: paths.iter().map(|p| (*p).to_owned()).collect(),
            also: None,
        }
    }

    fn pass(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::Pass, reason, paths)
    }

    fn fail(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::Fail, reason, paths)
    }

    fn not_checked(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::NotChecked, reason, paths)
    }

    fn not_present(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::NotPresent, reason, paths)
    }
}

/// The embedded proofs of `doc` (one object or an array).
fn proofs(doc: &Value) -> Vec<&Value> {
    one_or_many(doc.get("proof"))
}
