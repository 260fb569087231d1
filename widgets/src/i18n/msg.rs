//! The keys of the interface texts: one per string the widgets show that is not course
//! content, grouped by the widget that shows it; the English catalogue (`en.rs`) is the
//! reference text.
//!
//! A widget's keys (and so its texts in every catalogue) exist only in the builds with
//! that widget's feature: the catalogues are `match`es on a runtime value, so a text no
//! code of the bundle can ask for would otherwise still be compiled in. Measured: the
//! explorer's bundle held every text of the viewer and the checklist, in both languages.

/// Declares [`Msg`] and `Msg::ALL` (for the tests) from one list, so the list the tests
/// walk cannot miss a key.
macro_rules! messages {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// One interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(crate) enum Msg {
            $($(#[$doc])* $key,)*
        }

        impl Msg {
            /// Every key, in declaration order (in the builds that hold every widget).
            #[cfg(all(test, feature = "viewer", feature = "lms", feature = "explorer", feature = "prerender"))]
            pub(crate) const ALL: &[Msg] = &[$(Msg::$key,)*];
        }
    };
}

messages! {
    // Shared by every widget.
    Loading,
    ModuleN,
    ViewerNotShown,
    ChecklistNotShown,
    ExplorerNotShown,
    WidgetNotShown,
    NoSuchWidget,
    MissingOption,
    OptionNeedsReload,
    BadHeadingLevel,
    ReferenceN,
    DownloadRefusedFile,
    DownloadRefusedStart,
    // Saved progress (the store's notices).
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressNotKept,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressNotKeptBecause,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressNotSavedBecause,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressFromNewer,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressPartlyUnreadable,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ProgressUnreadable,
    // The checklist.
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NoChecklist,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NoSuchChecklist,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    SeveralChecklists,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ChecklistProgress,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    DoneOf,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ChangeTicked,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ChangeUnticked,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ChangeNote,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ChangeReset,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExplainedIn,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ShowGuidance,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    HideGuidance,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    GuidanceFor,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    YourNote,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NoteOn,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Downloaded,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    DownloadFailed,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NoPrinting,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Undone,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NothingToUndo,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    WasReset,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AlreadyEmpty,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Undo,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ResetEllipsis,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ResetQuestion,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ClearChecklist,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    KeepIt,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExportMarkdown,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExportCsv,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Print,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StaleTicked,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StaleNote,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StaleItems,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExportChecklistTitle,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExportNote,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    CsvGroup,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    CsvItem,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    CsvDone,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    CsvItemId,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Yes,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    No,
    // The module viewer.
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ModuleMeta,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    LearningObjectives,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ObjectivesIntro,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    References,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    SectionsOf,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Previous,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Next,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    SectionOf,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    PagerLabel,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Visited,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NotVisited,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AnsweredOf,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    SoFar,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    VisitedSections,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AnsweredQuestions,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    DoneItems,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ExportMyNotes,
    #[cfg(feature = "prerender")]
    /// Where the progress box stands on a pre-rendered page, until the widget fills it in.
    ProgressOnItsWay,
    /// Where the count stands on a pre-rendered checklist page, until the widget fills it in.
    #[cfg(feature = "prerender")]
    TicksOnTheirWay,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NotesSaved,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NotesNotSaved,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    MyNotes,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    NotAnswered,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    CaseLabel,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    ReadCase,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    HideCase,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    Discussion,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StaleAnswers,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AnswerSaved,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AnswerNotKept,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    AnswerErased,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    EraseAnswer,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    BringBack,
    // The module viewer in a learning platform (SCORM).
    #[cfg(feature = "lms")]
    LmsNoReason,
    #[cfg(feature = "lms")]
    LmsErrorCode,
    #[cfg(feature = "lms")]
    LmsErrorCodeText,
    #[cfg(feature = "lms")]
    LmsNotStarted,
    #[cfg(feature = "lms")]
    LmsNotSaved,
    #[cfg(feature = "lms")]
    LmsLeftOut,
    #[cfg(feature = "lms")]
    LmsLeftAnswers,
    #[cfg(feature = "lms")]
    LmsLeftNotes,
    #[cfg(feature = "lms")]
    LmsLeftTicks,
    #[cfg(feature = "lms")]
    LmsLeftPlace,
    // The credential explorer.
    #[cfg(feature = "explorer")]
    LibraryMismatch,
    #[cfg(feature = "explorer")]
    ExplorerTitle,
    #[cfg(feature = "explorer")]
    ExplorerSummary,
    #[cfg(feature = "explorer")]
    NoTypes,
    #[cfg(feature = "explorer")]
    UnknownType,
    #[cfg(feature = "explorer")]
    UnknownFocus,
    #[cfg(feature = "explorer")]
    NoMatch,
    #[cfg(feature = "explorer")]
    OneMatch,
    #[cfg(feature = "explorer")]
    Matches,
    #[cfg(feature = "explorer")]
    TypeCount,
    #[cfg(feature = "explorer")]
    FindType,
    #[cfg(feature = "explorer")]
    ExpandAll,
    #[cfg(feature = "explorer")]
    CollapseAll,
    #[cfg(feature = "explorer")]
    TreeHint,
    #[cfg(feature = "explorer")]
    TreeLabel,
    #[cfg(feature = "explorer")]
    AlsoCalled,
    #[cfg(feature = "explorer")]
    Details,
    #[cfg(feature = "explorer")]
    ChooseType,
    #[cfg(feature = "explorer")]
    InHierarchy,
    #[cfg(feature = "explorer")]
    StandardsDisagree,
    #[cfg(feature = "explorer")]
    Definition,
    #[cfg(feature = "explorer")]
    TypicalSize,
    #[cfg(feature = "explorer")]
    NoTypicalSize,
    #[cfg(feature = "explorer")]
    HowAssessed,
    #[cfg(feature = "explorer")]
    NotDescribed,
    #[cfg(feature = "explorer")]
    WhoIssues,
    #[cfg(feature = "explorer")]
    ObAchievementType,
    #[cfg(feature = "explorer")]
    NoObAchievementType,
    #[cfg(feature = "explorer")]
    CtdlClass,
    #[cfg(feature = "explorer")]
    NoCtdlClass,
    #[cfg(feature = "explorer")]
    HowStacks,
    #[cfg(feature = "explorer")]
    CompareFull,
    #[cfg(feature = "explorer")]
    ComparePickUpTo,
    #[cfg(feature = "explorer")]
    ComparePicked,
    #[cfg(feature = "explorer")]
    Compare,
    #[cfg(feature = "explorer")]
    TopLevelType,
    #[cfg(feature = "explorer")]
    NoneDot,
    #[cfg(feature = "explorer")]
    BroaderType,
    #[cfg(feature = "explorer")]
    NarrowerTypes,
    #[cfg(feature = "explorer")]
    StepOf,
    #[cfg(feature = "explorer")]
    PathwaysOfType,
    #[cfg(feature = "explorer")]
    ModulesDiscuss,
    #[cfg(feature = "explorer")]
    RelatedTerms,
    #[cfg(feature = "explorer")]
    Sources,
    #[cfg(feature = "explorer")]
    RemoveFromComparison,
    #[cfg(feature = "explorer")]
    Remove,
    #[cfg(feature = "explorer")]
    NotGiven,
    #[cfg(feature = "explorer")]
    CompareHint,
    #[cfg(feature = "explorer")]
    SideBySide,
    #[cfg(feature = "explorer")]
    CompareTypes,
    #[cfg(feature = "explorer")]
    ClearComparison,
    #[cfg(feature = "explorer")]
    StackablePathways,
    #[cfg(feature = "explorer")]
    PathwaysIntro,
    #[cfg(feature = "explorer")]
    IllustrativeExample,
    #[cfg(feature = "explorer")]
    NoSourceBacks,
    #[cfg(feature = "explorer")]
    Source,
    #[cfg(feature = "explorer")]
    MapHeading,
    #[cfg(feature = "explorer")]
    MapCaption,
    #[cfg(feature = "explorer")]
    MapLegend,
    #[cfg(feature = "explorer")]
    MapInWords,
    #[cfg(feature = "explorer")]
    MapSameType,
    #[cfg(feature = "explorer")]
    MapNone,
    #[cfg(feature = "explorer")]
    MapLines,
    #[cfg(feature = "explorer")]
    MapScrollBox,
    #[cfg(feature = "explorer")]
    MapScrolls,
    #[cfg(feature = "explorer")]
    MapUnsized,
    #[cfg(feature = "explorer")]
    MapNoNationalSize,
    // Loading the course (what the widgets' alerts say).
    LoadNetwork,
    LoadHttp,
    LoadTooLarge,
    LoadJson,
    LoadVersion,
    LoadBadAddress,
    LoadUnknownModule,
    // Why progress could not be saved (inside the store's notices).
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageUnavailable,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageFull,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageTooLarge,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageFailed,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageNoWindow,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageNoLocal,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageBlocked,
    #[cfg(any(feature = "viewer", feature = "prerender"))]
    StorageLmsNewer,
}
