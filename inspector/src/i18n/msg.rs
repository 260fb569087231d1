//! The keys of the inspector's interface texts: one per string it shows that is not data
//! from the credential, grouped by where they appear; the English catalogue (`en.rs`) is the
//! reference text.

/// Declares [`Msg`] and `Msg::ALL` (for the tests) from one list, so the list the tests
/// walk cannot miss a key.
macro_rules! messages {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// One interface text.
        #[cfg_attr(
            not(feature = "web"),
            allow(dead_code, reason = "the widget's own texts are used only with feature web")
        )]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(crate) enum Msg {
            $($(#[$doc])* $key,)*
        }

        impl Msg {
            /// Every key, in declaration order.
            #[cfg(test)]
            pub(crate) const ALL: &[Msg] = &[$(Msg::$key,)*];
        }
    };
}

messages! {
    // The widget: title, introduction, inputs.
    Title,
    Intro,
    PasteLabel,
    InspectButton,
    FileLabel,
    SampleLabel,
    LoadSample,
    SampleSimple,
    SampleComplete,
    SamplePng,
    SampleSvg,
    SampleJwt,
    SampleClr,
    SampleExpired,
    SampleContext,
    // What is being read, and what went wrong.
    WhatPasted,
    WhatFile,
    WhatSample,
    WhatSampleAlone,
    WhatDropped,
    Fetching,
    Reading,
    CouldNotInspect,
    OnlyFiles,
    SamplesAddress,
    FetchNetwork,
    FetchHttp,
    FileUnreadable,
    TooLarge,
    Empty,
    NotText,
    NotRecognised,
    TooDeep,
    BadJson,
    // The report.
    From,
    DoNotAccept,
    WhatItSays,
    FactName,
    FactDescription,
    FactIssuer,
    FactIssuerId,
    FactIssued,
    FactValidUntil,
    FactAwardedTo,
    FactValidityNow,
    FactRevocation,
    ImageOf,
    ChecksHeading,
    ChecksCount,
    CourseSays,
    ReadMore,
    RawJson,
    RawNote,
    JwtHeader,
    JwtHeaderColon,
    RawLabel,
    // The achievement and the learner's record.
    AchievementType,
    AchievementTypeUnmapped,
    AchievementTypeNoLibrary,
    ChainLabel,
    Unnamed,
    NotStated,
    Credits,
    AchievementHeading,
    Criteria,
    Alignments,
    ResultDescriptions,
    Results,
    Evidence,
    Endorsements,
    ClrPartial,
    ClrComplete,
    AssociationsCaption,
    ColAchievement,
    ColRelation,
    ColRelated,
    ClrHeading,
    Achievements,
    Bundled,
    BundledNote,
    // The status list panel.
    StatusHeading,
    StatusPublished,
    StatusFetchNotice,
    StatusFetchButton,
    StatusPasteLabel,
    StatusPasteButton,
    StatusFileLabel,
    StatusCouldNotRead,
    StatusPasteFirst,
    PastedList,
    FetchedList,
    NotUtf8List,
    // The issuer's key.
    KeyHeading,
    KeyNotice,
    KeyFetchButton,
    KeyFetching,
    KeyNotText,
    KeyNotJson,
    KeyGone,
    // Labels the core gives: kinds, pillars, outcomes, the verdict.
    KindOpenBadge,
    KindClr,
    KindEndorsement,
    KindOther,
    KindOb2,
    KindUnknown,
    PillarIntegrity,
    PillarStructure,
    PillarTransparency,
    PillarTrust,
    StatusPass,
    StatusFail,
    StatusNotChecked,
    StatusNotPresent,
    VerdictChanged,
    VerdictValid,
    VerdictNoProof,
    VerdictCannot,
    CheckFails,
    ReadFromPng,
    ReadFromSvg,
    ReadFromJwt,
    Ob2Json,
    Ob2Url,
    // What each check looks at (its title).
    CheckProofPresent,
    CheckProofType,
    CheckDates,
    CheckObjectTypes,
    CheckObjectProperties,
    CheckContext,
    CheckType,
    CheckRequired,
    CheckSubject,
    CheckAchievement,
    CheckAchievementType,
    CheckClrContents,
    CheckCriteria,
    CheckAlignment,
    CheckEvidence,
    CheckEndorsementComment,
    CheckIssuer,
    CheckEndorsements,
    CheckStatus,
    CheckSignature,
}
