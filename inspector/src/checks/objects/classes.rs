//! The classes of the OB 3.0 and CLR 2.0 data models the object checks know: the `type`
//! each requires, the properties its JSON Schema requires, and the objects it may hold.

use crate::i18n::Msg;
use crate::recognize::Kind;

/// A class of the data model, as far as these checks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    AchievementCredential,
    ClrCredential,
    EndorsementCredential,
    AchievementSubject,
    ClrSubject,
    EndorsementSubject,
    Achievement,
    Profile,
    Result,
    ResultDescription,
    RubricCriterionLevel,
    Alignment,
    Criteria,
    Evidence,
    IdentityObject,
    IdentifierEntry,
    Image,
    Related,
    Address,
    GeoCoordinates,
    Association,
    CredentialStatus,
    CredentialSchema,
    RefreshService,
    TermsOfUse,
    Proof,
}

/// What a class says about `type`.
pub(super) enum TypeRule {
    /// `type` is a set that must include this IRI ("One of the items MUST be the IRI 'X'").
    Includes(&'static str),
    /// `type` is exactly this IRI ("MUST be the IRI 'X'", cardinality 1).
    Is(&'static str),
    /// A credential's `type`: `VerifiableCredential` and one of these.
    Credential(&'static [&'static str]),
    /// Any value; the schema only requires that there is one (`required`).
    Any,
}

impl Class {
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::AchievementCredential => "AchievementCredential",
            Self::ClrCredential => "ClrCredential",
            Self::EndorsementCredential => "EndorsementCredential",
            Self::AchievementSubject => "AchievementSubject",
            Self::ClrSubject => "ClrSubject",
            Self::EndorsementSubject => "EndorsementSubject",
            Self::Achievement => "Achievement",
            Self::Profile => "Profile",
            Self::Result => "Result",
            Self::ResultDescription => "ResultDescription",
            Self::RubricCriterionLevel => "RubricCriterionLevel",
            Self::Alignment => "Alignment",
            Self::Criteria => "Criteria",
            Self::Evidence => "Evidence",
            Self::IdentityObject => "IdentityObject",
            Self::IdentifierEntry => "IdentifierEntry",
            Self::Image => "Image",
            Self::Related => "Related",
            Self::Address => "Address",
            Self::GeoCoordinates => "GeoCoordinates",
            Self::Association => "Association",
            Self::CredentialStatus => "CredentialStatus",
            Self::CredentialSchema => "CredentialSchema",
            Self::RefreshService => "RefreshService",
            Self::TermsOfUse => "TermsOfUse",
            Self::Proof => "Proof",
        }
    }

    pub(super) fn type_rule(self) -> TypeRule {
        match self {
            Self::AchievementCredential => {
                TypeRule::Credential(&["AchievementCredential", "OpenBadgeCredential"])
            }
            Self::ClrCredential => TypeRule::Credential(&["ClrCredential"]),
            Self::EndorsementCredential => TypeRule::Credential(&["EndorsementCredential"]),
            Self::AchievementSubject => TypeRule::Includes("AchievementSubject"),
            Self::ClrSubject => TypeRule::Includes("ClrSubject"),
            Self::EndorsementSubject => TypeRule::Includes("EndorsementSubject"),
            Self::Achievement => TypeRule::Includes("Achievement"),
            Self::Profile => TypeRule::Includes("Profile"),
            Self::Result => TypeRule::Includes("Result"),
            Self::ResultDescription => TypeRule::Includes("ResultDescription"),
            Self::RubricCriterionLevel => TypeRule::Includes("RubricCriterionLevel"),
            Self::Alignment => TypeRule::Includes("Alignment"),
            Self::Evidence => TypeRule::Includes("Evidence"),
            Self::Related => TypeRule::Includes("Related"),
            Self::Address => TypeRule::Includes("Address"),
            Self::IdentityObject => TypeRule::Is("IdentityObject"),
            Self::IdentifierEntry => TypeRule::Is("IdentifierEntry"),
            Self::Image => TypeRule::Is("Image"),
            Self::GeoCoordinates => TypeRule::Is("GeoCoordinates"),
            Self::Association => TypeRule::Is("Association"),
            Self::Criteria
            | Self::CredentialStatus
            | Self::CredentialSchema
            | Self::RefreshService
            | Self::TermsOfUse
            | Self::Proof => TypeRule::Any,
        }
    }

    /// `required` of the class's schema definition. For credentials, the VC 2.0 date name;
    /// [`required`] swaps it for VC 1.1's `issuanceDate` where the credential is of that
    /// generation (OB 3.0 §9.1 note: the VC 1.1 schemas require `issuanceDate`).
    pub(super) fn required(self) -> &'static [&'static str] {
        match self {
            Self::AchievementCredential => &[
                "@context",
                "id",
                "type",
                "credentialSubject",
                "issuer",
                "validFrom",
            ],
            Self::ClrCredential | Self::EndorsementCredential => &[
                "@context",
                "type",
                "id",
                "name",
                "credentialSubject",
                "issuer",
                "validFrom",
            ],
            Self::AchievementSubject => &["type", "achievement"],
            Self::ClrSubject => &["type", "verifiableCredential"],
            Self::EndorsementSubject => &["id", "type"],
            Self::Achievement => &["id", "type", "criteria", "description", "name"],
            Self::Profile | Self::Related | Self::Image => &["id", "type"],
            Self::ResultDescription => &["id", "type", "name", "resultType"],
            Self::RubricCriterionLevel => &["id", "type", "name"],
            Self::Alignment => &["type", "targetName", "targetUrl"],
            Self::IdentityObject => &["type", "hashed", "identityHash", "identityType"],
            Self::IdentifierEntry => &["type", "identifier", "identifierType"],
            Self::GeoCoordinates => &["type", "latitude", "longitude"],
            Self::Association => &["type", "associationType", "sourceId", "targetId"],
            Self::CredentialSchema | Self::RefreshService => &["id", "type"],
            Self::Result
            | Self::Evidence
            | Self::Address
            | Self::CredentialStatus
            | Self::TermsOfUse
            | Self::Proof => &["type"],
            Self::Criteria => &[],
        }
    }

    /// The class of a credential's `credentialSubject`.
    pub(super) fn subject_class(self) -> Option<Class> {
        match self {
            Self::AchievementCredential => Some(Self::AchievementSubject),
            Self::ClrCredential => Some(Self::ClrSubject),
            Self::EndorsementCredential => Some(Self::EndorsementSubject),
            _ => None,
        }
    }

    /// The properties whose objects are of a known class (for a credential, beside its
    /// subject: [`CREDENTIAL_CHILDREN`]).
    pub(super) fn children(self) -> &'static [(&'static str, Class)] {
        match self {
            Self::AchievementCredential | Self::ClrCredential | Self::EndorsementCredential => {
                &CREDENTIAL_CHILDREN
            }
            Self::AchievementSubject => &[
                ("achievement", Class::Achievement),
                ("identifier", Class::IdentityObject),
                ("image", Class::Image),
                ("result", Class::Result),
                ("source", Class::Profile),
            ],
            // `verifiableCredential` holds whole credentials: see `walk`.
            Self::ClrSubject => &[
                ("identifier", Class::IdentityObject),
                ("achievement", Class::Achievement),
                ("association", Class::Association),
            ],
            Self::Achievement => &[
                ("alignment", Class::Alignment),
                ("creator", Class::Profile),
                ("criteria", Class::Criteria),
                ("endorsement", Class::EndorsementCredential),
                ("image", Class::Image),
                ("otherIdentifier", Class::IdentifierEntry),
                ("related", Class::Related),
                ("resultDescription", Class::ResultDescription),
            ],
            Self::Profile => &[
                ("endorsement", Class::EndorsementCredential),
                ("image", Class::Image),
                ("address", Class::Address),
                ("otherIdentifier", Class::IdentifierEntry),
                ("parentOrg", Class::Profile),
            ],
            Self::Address => &[("geo", Class::GeoCoordinates)],
            Self::Result => &[("alignment", Class::Alignment)],
            Self::ResultDescription => &[
                ("alignment", Class::Alignment),
                ("rubricCriterionLevel", Class::RubricCriterionLevel),
            ],
            Self::RubricCriterionLevel => &[("alignment", Class::Alignment)],
            _ => &[],
        }
    }
}

/// What every credential class may hold besides its subject (the VerifiableCredential
/// properties of the OB 3.0 data model, and the badge's and CLR's own).
pub(super) const CREDENTIAL_CHILDREN: [(&str, Class); 9] = [
    ("issuer", Class::Profile),
    ("endorsement", Class::EndorsementCredential),
    ("evidence", Class::Evidence),
    ("image", Class::Image),
    ("credentialStatus", Class::CredentialStatus),
    ("credentialSchema", Class::CredentialSchema),
    ("refreshService", Class::RefreshService),
    ("termsOfUse", Class::TermsOfUse),
    ("proof", Class::Proof),
];

/// A whole credential's required properties (its JSON Schema's `required`, VC 1.1's
/// `issuanceDate` for `validFrom` where it is of that generation), and the schema's name.
pub(in crate::checks) fn credential_required(kind: Kind, legacy: bool) -> (Vec<&'static str>, Msg) {
    let (class, source) = match kind {
        Kind::OpenBadge => (Class::AchievementCredential, Msg::SrcObAchievement),
        Kind::Clr => (Class::ClrCredential, Msg::SrcClr),
        Kind::Endorsement => (Class::EndorsementCredential, Msg::SrcObEndorsement),
        _ => {
            let date = if legacy { "issuanceDate" } else { "validFrom" };
            return (
                vec!["@context", "type", "credentialSubject", "issuer", date],
                Msg::SrcVc,
            );
        }
    };
    (with_generation(class.required(), legacy), source)
}

/// `required` with VC 1.1's date name where the credential is of that generation.
pub(super) fn with_generation(required: &[&'static str], legacy: bool) -> Vec<&'static str> {
    required
        .iter()
        .map(|&k| match (k, legacy) {
            ("validFrom", true) => "issuanceDate",
            _ => k,
        })
        .collect()
}
