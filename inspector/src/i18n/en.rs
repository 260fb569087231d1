//! The inspector's English interface texts: the reference every other catalogue
//! translates. A placeholder `{name}` is filled by the code that shows the text; keep the
//! names when translating. Credential data (names, issuer, achievement text, ids) is never
//! part of a text: it is a placeholder's value.

use super::Msg;

/// The text of `msg`.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        // The widget: title, introduction, inputs.
        Msg::Title => "Credential inspector",
        Msg::Intro => {
            "Open an Open Badges 3.0 or CLR 2.0 credential to see what it says and which parts can be trusted. The file is read in this page and sent nowhere, and nothing is fetched to check it unless you ask (an issuer's key, a status list; a credential's own image is shown from its address)."
        }
        Msg::PasteLabel => "Paste a credential (JSON or JWT)",
        Msg::InspectButton => "Inspect",
        Msg::FileLabel => "Or open a file (.json, .jwt, baked .png or .svg), or drop it here",
        Msg::SampleLabel => "Sample credential",
        Msg::LoadSample => "Load sample",
        Msg::SampleSimple => "Open Badge 3.0, simple (JSON)",
        Msg::SampleComplete => "Open Badge 3.0, complete (JSON)",
        Msg::SamplePng => "Open Badge baked in a PNG",
        Msg::SampleSvg => "Open Badge as a JWT baked in an SVG",
        Msg::SampleJwt => "VC-JWT (VC 1.1 era)",
        Msg::SampleClr => "CLR 2.0 transcript",
        Msg::SampleExpired => "Expired badge",
        Msg::SampleContext => "Badge with a wrong @context",
        // What is being read, and what went wrong.
        Msg::WhatPasted => "the pasted text",
        Msg::WhatFile => "the file {name}",
        Msg::WhatSample => "the sample \"{label}\"",
        Msg::WhatSampleAlone => "the sample",
        Msg::WhatDropped => "what was dropped",
        Msg::Fetching => "Fetching {what}…",
        Msg::Reading => "Reading {what}…",
        Msg::CouldNotInspect => "Could not inspect {what}",
        Msg::OnlyFiles => "Only files can be dropped here. To inspect text, paste it above.",
        Msg::SamplesAddress => "The samples' address could not be worked out.",
        Msg::FetchNetwork => {
            "Could not fetch {url}. The address may be wrong or the network down, or the server does not allow this page to read it: a credential on another site can be read only if that server sends CORS headers (Access-Control-Allow-Origin). Download the file and open it here instead."
        }
        Msg::FetchHttp => "The server answered {status} for {url}.",
        Msg::FileUnreadable => "The file {name} could not be read.",
        Msg::TooLarge => {
            "This file is {n} bytes; the inspector reads at most {max} bytes (5 MB). A credential is a few kilobytes, a baked badge image rarely more than one megabyte."
        }
        Msg::Empty => "There is nothing to inspect: the input is empty.",
        Msg::NotText => {
            "This file is neither a PNG image nor UTF-8 text, so it cannot be a credential (JSON, JWT and SVG are text)."
        }
        Msg::NotRecognised => {
            "This is not a credential format the inspector reads: not JSON (it would start with {), not a compact JWT (three base64url parts joined by dots), not a PNG and not an SVG."
        }
        Msg::TooDeep => {
            "This JSON is nested more than {depth} levels deep; no credential is, so it is refused rather than read."
        }
        Msg::BadJson => "This is not valid JSON: {detail}.",
        // The report.
        Msg::From => "From {what}.",
        Msg::DoNotAccept => "Do not accept it as it stands: {reasons}",
        Msg::WhatItSays => "What it says",
        Msg::FactName => "Name",
        Msg::FactDescription => "Description",
        Msg::FactIssuer => "Issuer",
        Msg::FactIssuerId => "Issuer id",
        Msg::FactIssued => "Issued",
        Msg::FactValidUntil => "Valid until",
        Msg::FactAwardedTo => "Awarded to",
        Msg::FactValidityNow => "Validity now",
        Msg::FactRevocation => "Revocation",
        Msg::ImageOf => "Image of {name}",
        Msg::ChecksHeading => "Checks",
        Msg::ChecksCount => {
            "{pass} passed, {fail} failed, {not} not checked, {absent} not present (optional). \"Not checked\" means this inspector cannot honestly decide here, and says why; \"not present\" is an optional part the issuer left out, which is not a failure."
        }
        Msg::CourseSays => "What the course says:",
        Msg::ReadMore => "Read more:",
        Msg::RawJson => "Raw JSON",
        Msg::RawNote => {
            "Highlighted lines (marked) are the parts the checks read. Keys are listed in alphabetical order, which may differ from the file; the values are as the issuer wrote them."
        }
        Msg::JwtHeader => "JWT header",
        Msg::JwtHeaderColon => "JWT header:",
        Msg::RawLabel => "The credential as JSON",
        // The achievement and the learner's record.
        Msg::AchievementType => "Achievement type: {type}. In the course's credential hierarchy:",
        Msg::AchievementTypeUnmapped => {
            "Achievement type: {type}. The course's credential hierarchy has no type mapped to this value."
        }
        Msg::AchievementTypeNoLibrary => {
            "Achievement type: {type}. The course's credential hierarchy has no type mapped to this value (or its credential types could not be loaded)."
        }
        Msg::ChainLabel => "From this type up to its root",
        Msg::Unnamed => "(unnamed)",
        Msg::UnnamedEndorser => "(unnamed endorser)",
        Msg::UnnamedAchievement => "(unnamed achievement)",
        Msg::UnnamedCredential => "(unnamed credential)",
        Msg::OneResult => "Result",
        Msg::OneEvidence => "Evidence",
        Msg::NotStated => "not stated",
        Msg::Credits => "Credits earned: {earned}; available: {available}.",
        Msg::AchievementHeading => "Achievement: {name}",
        Msg::Criteria => "Criteria",
        Msg::Alignments => "Alignments",
        Msg::ResultDescriptions => "Result descriptions",
        Msg::Results => "Results",
        Msg::Evidence => "Evidence",
        Msg::Endorsements => "Endorsements",
        Msg::ClrPartial => {
            "This CLR is partial: the publisher knows of achievements it leaves out."
        }
        Msg::ClrComplete => "This CLR says it is complete.",
        Msg::AssociationsCaption => "How the achievements relate (associations)",
        Msg::ColAchievement => "Achievement",
        Msg::ColRelation => "Relation",
        Msg::ColRelated => "Related achievement",
        Msg::ClrHeading => "The learner's record",
        Msg::Achievements => "Achievements",
        Msg::Bundled => "Credentials bundled in it",
        Msg::BundledNote => {
            "Each bundled credential carries its own proof; like the CLR's, those proofs are not verified here."
        }
        // The status list panel.
        Msg::StatusHeading => "Check the revocation status",
        Msg::StatusPublished => {
            "The issuer publishes this credential's status at {addresses}. It is not checked until you give that list here or ask for it to be fetched."
        }
        Msg::StatusFetchNotice => {
            "Fetching sends one request from your browser to {host}, for {address}. That server learns your network address and the time; the request carries nothing else from the credential."
        }
        Msg::StatusFetchButton => "Fetch the status list from {host}",
        Msg::StatusPasteLabel => "Or paste the status list (JSON or JWT)",
        Msg::StatusPasteButton => "Check against the pasted list",
        Msg::StatusFileLabel => "Or open the list's file",
        Msg::StatusCouldNotRead => "Could not read the status list",
        Msg::StatusPasteFirst => "Paste the status list first.",
        Msg::PastedList => "the pasted list",
        Msg::FetchedList => "The fetched list",
        Msg::NotUtf8List => "{what} is not UTF-8 text, so it is not a status list.",
        // The issuer's key.
        Msg::KeyHeading => "The issuer's key",
        Msg::KeyNotice => {
            "The proof at {pointer} names a key that is published in the controller document at {url}. Fetching it sends one request to {host}: that server learns your IP address and that someone is checking a credential that names it, now. Nothing from the credential is sent, and no cookies."
        }
        Msg::KeyFetchButton => "Fetch the key from {host}",
        Msg::KeyFetching => "Fetching the key…",
        Msg::KeyNotText => "The document at {url} is not UTF-8 text.",
        Msg::KeyNotJson => "The document at {url} is not JSON.",
        Msg::KeyGone => "The proof at {pointer} is no longer there.",
        // Labels the core gives: kinds, pillars, outcomes, the verdict.
        Msg::KindOpenBadge => "Open Badges 3.0 credential",
        Msg::KindClr => "Comprehensive Learner Record 2.0",
        Msg::KindEndorsement => "Open Badges 3.0 endorsement",
        Msg::KindOther => "Verifiable Credential (not a badge or CLR)",
        Msg::KindOb2 => "Open Badges 2.0 assertion",
        Msg::KindUnknown => "Not a recognised credential",
        Msg::PillarIntegrity => "Integrity",
        Msg::PillarStructure => "Structure",
        Msg::PillarTransparency => "Transparency",
        Msg::PillarTrust => "Trust",
        Msg::StatusPass => "Pass",
        Msg::StatusFail => "Fail",
        Msg::StatusNotChecked => "Not checked",
        Msg::StatusNotPresent => "Not present (optional)",
        Msg::VerdictChanged => "Changed or forged ({label}): {reason}",
        Msg::VerdictValid => "Signature valid: unchanged since the key named in it signed it.",
        Msg::VerdictNoProof => {
            "Cannot verify: there is no proof, so nothing shows this document is what the issuer issued."
        }
        Msg::VerdictCannot => "Cannot verify: {reason}",
        Msg::CheckFails => "{title} fails.",
        Msg::ReadFromPng => "Read from the PNG's openbadgecredential iTXt chunk.",
        Msg::ReadFromSvg => "Read from the SVG's <openbadges:credential> element.",
        Msg::ReadFromJwt => "Decoded from a compact JWT (VC-JWT): header, payload and signature.",
        Msg::Ob2Json => {
            "An Open Badges 2.0 baked image (PNG chunk \"openbadges\"): the older, hosted model. It holds the assertion's JSON, and the badge is checked by fetching the assertion from the issuer's site, which this inspector does not do. Open Badges 3.0 replaced this model with Verifiable Credentials that carry their own proof."
        }
        Msg::Ob2Url => {
            "An Open Badges 2.0 baked image (PNG chunk \"openbadges\"): the older, hosted model. It holds the address of the assertion, and the badge is checked by fetching the assertion from the issuer's site, which this inspector does not do. Open Badges 3.0 replaced this model with Verifiable Credentials that carry their own proof."
        }
        // How a CLR's achievements relate (the association types, in words).
        Msg::RelExactMatch => "is an exact match of",
        Msg::RelChild => "is a child of",
        Msg::RelParent => "is the parent of",
        Msg::RelPart => "is part of",
        Msg::RelPeer => "is a peer of",
        Msg::RelRelated => "is related to",
        Msg::RelPrecedes => "comes before",
        Msg::RelReplaced => "is replaced by",
        Msg::RelUnknown => "has an unknown relation to",
        // What each check looks at (its title).
        Msg::CheckProofPresent => "A proof is present",
        Msg::CheckProofType => "The proof's type is known",
        Msg::CheckDates => "The dates make it valid now",
        Msg::CheckObjectTypes => "Every object has its OB 3.0 / CLR 2.0 type",
        Msg::CheckObjectProperties => "Every object has the properties its schema requires",
        Msg::CheckContext => "@context is in the required order",
        Msg::CheckType => "type names the credential",
        Msg::CheckRequired => "Required properties are present",
        Msg::CheckSubject => "credentialSubject is well formed",
        Msg::CheckAchievement => "The achievement is complete",
        Msg::CheckAchievementType => "achievementType is a known value",
        Msg::CheckClrContents => "Achievements and associations are complete",
        Msg::CheckCriteria => "Criteria say what was required",
        Msg::CheckAlignment => "Aligned to a framework",
        Msg::CheckEvidence => "Evidence is attached",
        Msg::CheckEndorsementComment => "The endorsement says what it endorses",
        Msg::CheckIssuer => "The issuer is identified",
        Msg::CheckEndorsements => "Endorsed by a third party",
        Msg::CheckStatus => "Not revoked",
        Msg::CheckSignature => "The signature verifies",
        // Why each check came out as it did: Integrity.
        Msg::ProofJwtNone => {
            "The credential came as a JWT that declares no signature (alg \"none\"): anyone could have written it."
        }
        Msg::ProofJwtSigned => {
            "The credential came as a signed JWT (VC-JWT): the signature covers its header and payload (Open Badges 3.0, proofs)."
        }
        Msg::ProofOne => "1 embedded proof (proof).",
        Msg::ProofMany => "{n} embedded proofs (proof).",
        Msg::ProofNone => {
            "No proof: nothing shows this document is what the issuer issued. Anyone can write this JSON."
        }
        Msg::AlgKnown => {
            "JWT algorithm {alg}, a standard JOSE signature algorithm (OB 3.0 names RS256 as the minimum)."
        }
        Msg::NoAlg => "(none)",
        Msg::AlgUnknown => {
            "JWT algorithm \"{alg}\" is not a signature algorithm a verifier would accept."
        }
        Msg::NoProofType => "There is no proof whose type could be checked.",
        Msg::SuiteKnown => "DataIntegrityProof with cryptosuite {suite}",
        Msg::SuiteOldName => {
            "DataIntegrityProof with cryptosuite {suite} (an older name of eddsa-rdfc-2022 found in 1EdTech texts)"
        }
        Msg::SuiteEd2020 => "Ed25519Signature2020 (the VC 1.1-era suite)",
        Msg::ProofTypesKnown => {
            "{types}; OB 3.0 conformance for embedded proofs is the EdDSA suite (Open Badges 3.0, proofs)."
        }
        Msg::ProofTypesUnknown => {
            "Unknown proof type: {types}. A verifier would not know how to check it."
        }
        Msg::DatesNoFrom => {
            "There is no {key}, so it cannot be said from when the credential is valid ({key} is required (Open Badges 3.0 data model))."
        }
        Msg::DatesNotDateTime => "{key} \"{value}\" is not a date-time with a time zone.",
        Msg::DatesNotYet => "Not yet valid: {key} is {date}, in the future.",
        Msg::DatesNoExpiry => "Valid since {date}; no {key}, so it does not expire.",
        Msg::DatesBefore => "{until} ({untildate}) is before {from} ({fromdate}).",
        Msg::DatesExpired => "Expired: {key} is {date}.",
        Msg::DatesValid => "Valid from {from} until {until}.",
        Msg::StatusNone => {
            "No credentialStatus (optional): the issuer gave no way to learn whether this credential was revoked, so nobody can check it."
        }
        Msg::StatusNoType => "(no type)",
        Msg::StatusNoAddress => "(no address)",
        Msg::StatusMethodUnknown => {
            "Status not checked: the method {method} is not one this inspector reads (1EdTechRevocationList, BitstringStatusListEntry)."
        }
        Msg::StatusNotYet => {
            "Revocation not checked yet: the issuer publishes the status ({method}) at {address}. Paste or choose that list, or ask for it to be fetched, to check it."
        }
        Msg::StatusFetchedFrom => "the list fetched from {url}",
        Msg::StatusNotAgainst => "Not checked against {from}: {why}",
        Msg::StatusUnsigned => {
            "The list's own proof is not verified here, so this is only as good as the copy you gave."
        }
        Msg::StatusListCalls => {
            "Note: the list calls itself {id}, while the credential points to {address}."
        }
        Msg::StatusRevokedBy => "Revoked by {from}: {what}.",
        Msg::StatusSuspendedBy => "Suspended by {from}: {what}.",
        Msg::StatusMarkedBy => "Marked by {from}: {what}.",
        Msg::StatusClear => "Not revoked according to {from}: {what}.",
        Msg::SigNone => "Signature not verified: there is no signature to verify.",
        Msg::SigEachVerified => "{proof}: verified. {reason}",
        Msg::SigEachInvalid => "{proof}: does not match. {reason}",
        Msg::SigEachNotChecked => "{proof}: not checked. {reason}",
        // Transparency.
        Msg::CriteriaNoAchievement => {
            "There is no achievement, so no criteria say what the learner did."
        }
        Msg::CriteriaAll => {
            "Every achievement ({n}) states its criteria as a narrative or a link (Open Badges 3.0 data model, Criteria)."
        }
        Msg::CriteriaSome => {
            "{missing} of {total} achievements state no criteria (narrative or id) (Open Badges 3.0 data model)."
        }
        Msg::AlignmentSome => {
            "{n} alignment(s) tie the achievement to frameworks or registries a reader can look up."
        }
        Msg::AlignmentNone => {
            "No alignment (optional in OB 3.0): nothing ties the achievement to a competency framework or credential registry, so a reader has only the issuer's own words."
        }
        Msg::EvidenceSome => "{n} piece(s) of evidence show the work behind the award.",
        Msg::EvidenceNone => {
            "No evidence (optional in OB 3.0): the credential shows no work behind the award."
        }
        Msg::EndorsementComment => "endorsementComment: \"{comment}\".",
        Msg::EndorsementNoComment => {
            "No endorsementComment: the endorsement does not say what it vouches for."
        }
        // Trust.
        Msg::IssuerNamed => {
            "Issuer: {name}, identified as {id}. Identified is not vouched for: no issuer registry was consulted."
        }
        Msg::IssuerUnnamed => {
            "Issuer: no name given, identified as {id}. Identified is not vouched for: no issuer registry was consulted."
        }
        Msg::IssuerNotUrl => {
            "The issuer's id \"{id}\" is not a URL or DID; VC 2.0 requires a URL (W3C VC Data Model 2.0)."
        }
        Msg::IssuerNone => {
            "No issuer id: nobody can be held to this credential (W3C VC Data Model 2.0)."
        }
        Msg::EndorsementsNone => {
            "No endorsement (optional in OB 3.0): no third party vouches for the issuer or the achievement inside this credential."
        }
        Msg::EndorsementsAllExpired => {
            "{n} endorsement(s) ({who}), but every one has expired by its own dates; their proofs are not verified here either."
        }
        Msg::EndorsementsSome => {
            "{n} endorsement(s) ({who}); each is a credential of its own whose proof is not verified here."
        }
        Msg::EndorsementsSomeExpired => {
            "{n} endorsement(s) ({who}), {expired} of them expired; each is a credential of its own whose proof is not verified here."
        }
        // What the document is.
        Msg::KnowNotObject => {
            "This is JSON, but not an object: a credential is a JSON object with @context, type, issuer and credentialSubject."
        }
        Msg::KnowOpenBadge => {
            "An Open Badges 3.0 credential: a Verifiable Credential in which an issuer says the subject earned an achievement."
        }
        Msg::KnowOpenBadgeAlias => {
            "An Open Badges 3.0 credential (typed AchievementCredential, the spec's alias for OpenBadgeCredential): a Verifiable Credential in which an issuer says the subject earned an achievement."
        }
        Msg::KnowClr => {
            "A Comprehensive Learner Record 2.0: a Verifiable Credential that bundles a learner's achievement credentials and says how the achievements relate."
        }
        Msg::KnowEndorsement => {
            "An Open Badges 3.0 endorsement: a third party's signed statement about an issuer, an achievement or a credential."
        }
        Msg::KnowOther => {
            "A Verifiable Credential, but not an Open Badge, a CLR or an endorsement: its type is {types}. The checks below cover what every Verifiable Credential has."
        }
        Msg::KnowOb2 => {
            "An Open Badges 2.0 assertion: the older, hosted model. Its badge class and issuer are separate documents on the issuer's web site, and its verification property says how the assertion is checked. It is not a Verifiable Credential: there is no credentialSubject, no validFrom and no embedded proof, so the Open Badges 3.0 checks do not apply. Open Badges 3.0 replaced this model because hosted JSON was not tamper-evident and usually identified the learner by email address."
        }
        Msg::KnowNoType => "it has no type",
        Msg::KnowNotVc => "its type does not include VerifiableCredential",
        Msg::KnowNoContext => "it has no @context",
        Msg::KnowNoSubject => "it has no credentialSubject",
        Msg::KnowUnknown => {
            "This JSON is not a credential this inspector recognises: {missing}. Open Badges 3.0, CLR 2.0 and other Verifiable Credentials have a type that includes VerifiableCredential; Open Badges 2.0 assertions have the context {context}."
        }
        // Structure (the credential's type, subject and achievement).
        Msg::TypeIncludes => {
            "type includes VerifiableCredential (Open Badges 3.0 data model; CLR 2.0 JSON Schema)."
        }
        Msg::TypeIncludesAnd => {
            "type includes VerifiableCredential and {wanted} (Open Badges 3.0 data model; CLR 2.0 JSON Schema)."
        }
        Msg::TypeOr => "{a} or {b}",
        Msg::TypeMust => {
            "type must include VerifiableCredential (W3C VC Data Model 2.0; Open Badges 3.0 data model); it is: {types}."
        }
        Msg::None => "(none)",
        Msg::SubjectMissing => {
            "credentialSubject is missing or not an object (Open Badges 3.0 data model)."
        }
        Msg::SubjectWrongType => {
            "credentialSubject is not of type \"{wanted}\" (its type is {types}; Open Badges 3.0 data model, {wanted})."
        }
        Msg::SubjectTypeMissing => "missing",
        Msg::SubjectEndorsementNoId => {
            "The endorsement's subject has no id: an EndorsementSubject names what it endorses by id (Open Badges 3.0 JSON Schema, EndorsementSubject)."
        }
        Msg::SubjectIdentified => {
            "The subject is identified (by id or identifier), as verification requires (Open Badges 3.0, verification)."
        }
        Msg::SubjectUnidentified => {
            "The subject has neither id nor identifier: OB 3.0 requires one of them (Open Badges 3.0 data model and verification)."
        }
        Msg::SubjectClr => {
            "A ClrSubject with verifiableCredential, as the CLR schema requires (CLR 2.0 JSON Schema)."
        }
        Msg::SubjectClrMissing => {
            "The CLR schema requires a ClrSubject with type and verifiableCredential (CLR 2.0 JSON Schema); missing: {missing}."
        }
        Msg::SubjectObject => "credentialSubject is an object (Open Badges 3.0 data model).",
        Msg::AchievementNone => {
            "The subject names no achievement: an Open Badge asserts exactly one (credentialSubject.achievement) (Open Badges 3.0 data model)."
        }
        Msg::AchievementComplete => {
            "The achievement has id, type, criteria, description and name (Open Badges 3.0 JSON Schema)."
        }
        Msg::AchievementLacks => {
            "The achievement lacks {missing} (required: id, type, criteria, description, name (Open Badges 3.0 JSON Schema))."
        }
        Msg::AchievementTypeNone => {
            "No achievementType (optional), so the kind of achievement is not stated."
        }
        Msg::AchievementTypeKnown => {
            "{type} is one of the OB 3.0 achievement types (Open Badges 3.0 data model)."
        }
        Msg::AchievementTypeBad => {
            "\"{type}\" is neither one of the 31 OB 3.0 achievement types nor an extension value (ext:Name) (Open Badges 3.0 JSON Schema)."
        }
        Msg::ClrAchievementLacks => "achievement {n} lacks {missing}",
        Msg::ClrAssociationLacks => "association {n} lacks {missing}",
        Msg::ClrAssociationUnknown => "association {n} has the unknown type \"{type}\"",
        Msg::ClrContentsComplete => {
            "{achievements} achievement(s) with id, type, criteria, description and name (Open Badges 3.0 JSON Schema); {associations} association(s), each with type, associationType, sourceId and targetId and one of the eight association types (CLR 2.0 JSON Schema)."
        }
        // Each proof's own verification (Data Integrity proofs and VC-JWTs).
        Msg::PfNotObject => "The proof is not a JSON object, so it cannot carry a signature.",
        Msg::PfNoType => "a proof without a type",
        Msg::PfNoSuite => "a DataIntegrityProof without a cryptosuite",
        Msg::PfSuite => "a DataIntegrityProof with cryptosuite {suite}",
        Msg::PfOfType => "a proof of type {type}",
        Msg::PfUnsupported => {
            "Signature not verified: this is {what}; this inspector verifies DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite (or its draft name eddsa-2022) and the older Ed25519Signature2020."
        }
        Msg::PfPurpose => {
            "Signature not verified: the proof's purpose is {purpose}, not \"assertionMethod\" (an issuer's assertion), so it is not the issuer's signature of the credential."
        }
        Msg::PfPurposeMissing => "missing",
        Msg::PfChain => {
            "Signature not verified: the proof is part of a proof chain (previousProof), which this inspector does not verify."
        }
        Msg::PfNoMethod => {
            "The proof has no verificationMethod, so no key can check its signature."
        }
        Msg::PfNotVerified => "Signature not verified: {reason}",
        Msg::PfDataLoss => "The signature cannot be valid for this document: {error}.",
        Msg::PfNoCanon => {
            "Signature not verified: the document cannot be canonicalized here: {error}."
        }
        Msg::PfDraft => {
            "(eddsa-2022 is the 2022 draft name of eddsa-rdfc-2022, which issuers should now use)"
        }
        Msg::PfMismatch => {
            "The {suite} signature does not match: the document or its proof was changed after signing, or it was signed with another key than {key}.{draft} Do not trust its content."
        }
        Msg::PfNotIssuer => {
            "The {suite} signature matches, but the key belongs to {controller}, not to the issuer {issuer}: someone other than the issuer signed this document."
        }
        Msg::PfMatchesDidKey => {
            "The {suite} signature matches {key}: the document has not been changed since that key signed it. The issuer's id ({issuer}) is not that did:key, so nothing in the document links the key to the issuer.{draft}"
        }
        Msg::PfMatches => {
            "The {suite} signature matches {key}: the document has not been changed since that key signed it.{draft}"
        }
        Msg::PfNoValue => "The proof has no proofValue: it carries no signature.",
        Msg::PfBadValue => "The proofValue cannot be a signature: {why}.",
        Msg::PfValueLength => {
            "The proofValue is {n} bytes long; an Ed25519 signature is 64, so it was changed or is not a signature."
        }
        Msg::KeyFragment => {
            "the Ed25519 key written in the verification method's fragment (#{fragment}); the controller document at {base} was not read, so whether {base} publishes this key is not checked"
        }
        Msg::KeyDidKey => {
            "the key that the identifier {did} itself encodes (did:key); a did:key says nothing of who holds it"
        }
        Msg::KeyFetched => "the key {method} as published in the document fetched from {url}",
        Msg::JwsNone => {
            "The token declares no signature algorithm (alg \"none\"): it is not signed at all."
        }
        Msg::JwsNoKey => {
            "Signature not verified: the issuer's public key is not in the token, and this inspector does not fetch keys from the network."
        }
        Msg::JwsNoKeyNamed => {
            "Signature not verified: the issuer's public key is not in the token (the header names key \"{kid}\"), and this inspector does not fetch keys from the network."
        }
        Msg::JwsAlg => {
            "Signature not verified: the token carries its own key, but its algorithm ({alg}) is not one this inspector verifies (EdDSA, ES256, RS256 and PS256)."
        }
        Msg::JwsMatches => {
            "The {alg} signature matches the public key in the token's own header, so the token has not been changed since it was signed with that key. Nothing here shows that the key belongs to the issuer: a forger can sign with a key of their own."
        }
        Msg::JwsMismatch => {
            "The {alg} signature does not match the token: it was changed after signing, or signed with another key. Do not trust its content."
        }
        Msg::JwsBadKey => "The embedded key cannot be used: {why}.",
        Msg::LabelJwt => "the VC-JWT signature",
        Msg::LabelProof => "proof {n} ({type})",
        Msg::LabelNoType => "no type",
        // Structure: @context and the required properties.
        Msg::CtxMissing => "Missing required @context uri {url} at position {n}; here it is {got}.",
        Msg::CtxNothing => "(nothing)",
        Msg::CtxSourceClr => "(CLR 2.0 JSON Schema, @context: VC 2.0, then CLR 2.0, then OB 3.0)",
        Msg::CtxSourceOb => "(Open Badges 3.0 JSON Schema, @context: VC 2.0, then OB 3.0)",
        Msg::CtxSourceVc => "(W3C VC Data Model 2.0, §4.3: the base context first)",
        Msg::CtxInOrder => "{contexts} in the required order {source}.",
        Msg::CtxInOrderWith => "The required contexts are in order {source}, with {notes}.",
        Msg::CtxPosition => "position {n}: {note}",
        Msg::CtxV11 => {
            "the VC 1.1 base context (the older data model, with issuanceDate and expirationDate)"
        }
        Msg::CtxOtherVersion => "{got}, another version than the current {url}",
        Msg::SrcObAchievement => "the OB 3.0 AchievementCredential JSON Schema",
        Msg::SrcClr => "the CLR 2.0 ClrCredential JSON Schema",
        Msg::SrcObEndorsement => "the OB 3.0 EndorsementCredential JSON Schema",
        Msg::SrcVc => "the Verifiable Credential's required properties in OB 3.0",
        Msg::RequiredAll => "All of {list} are present, as {source} requires.",
        Msg::RequiredHint => "(it has issuanceDate, the VC 1.1 name, beside the VC 2.0 context)",
        Msg::RequiredMissing => "Missing: {missing}{hint}. Required by {source}: {list}.",
        // Structure: every object's type and properties.
        Msg::ObjTypeNone => "it has none",
        Msg::ObjTypeIs => "it is {types}",
        Msg::ObjNotOfType => "{path} is not of type \"{name}\" ({shown})",
        Msg::ObjMustHaveType => "{path} must have the type \"{name}\" ({shown})",
        Msg::ObjMustHaveTypes => {
            "{path} must have the types VerifiableCredential and {names} ({shown})"
        }
        Msg::ObjOr => "or",
        Msg::ObjMore => "; and {n} more",
        Msg::ObjTypesOk => {
            "{n} object(s) (issuer, achievement, results, identifiers, evidence, alignments, endorsements …) each have the type their class requires (Open Badges 3.0 data model)."
        }
        Msg::ObjTypesBad => {
            "{problems} (Open Badges 3.0 data model: each class names the type its objects must carry)."
        }
        Msg::ObjLacks => "{path} ({class}) lacks {missing}",
        Msg::ObjCriteria => "{path} (Criteria) has neither id nor narrative",
        Msg::ObjPropsOk => {
            "{n} object(s) beside the credential itself each have the properties their class requires (Open Badges 3.0 and CLR 2.0 JSON Schemas)."
        }
        Msg::ObjPropsBad => {
            "{problems} (required by the Open Badges 3.0 and CLR 2.0 JSON Schemas)."
        }
    }
}
