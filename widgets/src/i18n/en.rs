//! The English interface texts: the reference every other catalogue translates. A
//! placeholder `{name}` is filled by the view; keep the names when translating.

use super::Msg;

/// The text of `msg`.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        // Shared by every widget.
        Msg::Loading => "Loading…",
        Msg::ModuleN => "Module {n}",
        Msg::ViewerNotShown => "The module viewer could not be shown",
        Msg::ChecklistNotShown => "The checklist could not be shown",
        Msg::ExplorerNotShown => "The credential explorer could not be shown",
        Msg::WidgetNotShown => "This widget could not be shown",
        Msg::NoSuchWidget => "There is no widget called \"{kind}\". The widgets are: {kinds}.",
        Msg::MissingOption => {
            "No {attribute} was named: set the {attribute} attribute, e.g. {example}."
        }
        Msg::OptionNeedsReload => {
            "The {attribute} attribute was set after the widgets had started without the part it needs: reload the page."
        }
        Msg::BadHeadingLevel => {
            "heading-level must be a whole number from 1 to 6 (the level of the widget's top heading; 2 when it is left out), not \"{value}\"."
        }
        Msg::ReferenceN => "Reference {n}",
        Msg::DownloadRefusedFile => "the browser refused to create the file",
        Msg::DownloadRefusedStart => "the browser refused to start the download",
        // Saved progress (the store's notices).
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotKept => {
            "Your progress here will not be kept: it stays on this page until you leave or reload it."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotKeptBecause => {
            "Your progress will not be kept: {why}. It stays on this page until you leave or reload it."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotSavedBecause => {
            "Your progress could not be saved: {why}. Your changes stay on this page until you leave or reload it."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressFromNewer => {
            "Your saved progress was written by a newer version of these widgets (format {version}). It is left as it is; changes you make here are not saved. Reload the page to get the newer version."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressPartlyUnreadable => {
            "Part of your saved progress could not be read and was left out ({parts}). The rest is shown; the unreadable part is removed when you next make a change."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressUnreadable => {
            "Your saved progress could not be read ({why}), so this starts empty. The unreadable data is replaced when you next make a change."
        }
        // The checklist.
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoChecklist => "The module \"{module}\" has no checklist.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoSuchChecklist => {
            "There is no checklist \"{id}\" in the module \"{module}\". Its checklists are: {ids}."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SeveralChecklists => {
            "The module \"{module}\" has several checklists; name one with the list attribute: {ids}."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChecklistProgress => "Progress: {title}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DoneOf => "{done} of {total} done",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeTicked => "ticked “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeUnticked => "unticked “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeNote => "note on “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeReset => "reset of the checklist",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExplainedIn => "Explained in",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ShowGuidance => "Show guidance",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::HideGuidance => "Hide guidance",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::GuidanceFor => "for “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::YourNote => "Your note",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoteOn => "on “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Downloaded => "Downloaded {file}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DownloadFailed => "The file could not be downloaded: {why}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoPrinting => "This page does not allow printing.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Undone => "Undone: {change}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NothingToUndo => "There is nothing to undo.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::WasReset => "The checklist was reset. Undo brings it back.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AlreadyEmpty => "The checklist was already empty.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Undo => "Undo",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ResetEllipsis => "Reset…",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ResetQuestion => {
            "Clear every tick and note in this checklist? You can undo it afterwards."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ClearChecklist => "Clear the checklist",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::KeepIt => "Keep it",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportMarkdown => "Export as Markdown",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportCsv => "Export as CSV",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Print => "Print",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleTicked => "ticked",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleNote => "note: “{note}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleItems => {
            "This checklist has changed since you last saved it. These items are no longer in it: {items}. Their ticks and notes are removed when you next make a change."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportChecklistTitle => "Checklist: {title}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportNote => "Note",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvGroup => "Group",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvItem => "Item",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvDone => "Done",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvItemId => "Item id",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Yes => "yes",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::No => "no",
        // The module viewer.
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ModuleMeta => "Module {n} · about {minutes} minutes",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::LearningObjectives => "Learning objectives",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ObjectivesIntro => "When you have worked through this module, you will be able to:",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::References => "References",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SectionsOf => "Sections of {module}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Previous => "Previous",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Next => "Next",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SectionOf => "Section {n} of {total}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::PagerLabel => "Previous and next section",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Visited => "Visited",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotVisited => "Not visited yet",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnsweredOf => "{answered} of {total} answered",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SoFar => "So far you have {list}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::VisitedSections => "visited {n} of {total} sections",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnsweredQuestions => "answered {n} of {total} reflection questions",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DoneItems => "done {n} of {total} checklist items",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportMyNotes => "Export my notes",
        #[cfg(feature = "prerender")]
        Msg::ProgressOnItsWay => {
            "Your progress in this module appears here once the page has loaded."
        }
        #[cfg(feature = "prerender")]
        Msg::TicksOnTheirWay => {
            "Your ticks on this checklist appear here once the page has loaded."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotesSaved => "Your notes were saved as a Markdown file.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotesNotSaved => "Your notes could not be saved: {why}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::MyNotes => "My notes: {module}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotAnswered => "Not answered yet.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CaseLabel => "Case example about a composite institution",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ReadCase => "Read the case",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::HideCase => "Hide the case",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Discussion => "Discussion",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleAnswers => {
            "Some questions you answered are no longer in this module. Your answers to them are removed when you next change an answer; copy them now if you want to keep them. {answers}"
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerSaved => "Saved",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerNotKept => "Kept on this page only, not saved",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerErased => "Answer erased",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::EraseAnswer => "Erase answer",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::BringBack => "Bring it back",
        // The module viewer in a learning platform (SCORM).
        #[cfg(feature = "lms")]
        Msg::LmsNoReason => "no reason given",
        #[cfg(feature = "lms")]
        Msg::LmsErrorCode => "error {code}",
        #[cfg(feature = "lms")]
        Msg::LmsErrorCodeText => "error {code}: {text}",
        #[cfg(feature = "lms")]
        Msg::LmsNotStarted => {
            "The learning platform did not start a session for this module ({reason}). Your progress here is kept in this browser only: the platform does not record it, nor your completion of this module. To have it recorded, leave this activity and open the module again from the course page; if this message comes back, tell the course's administrator."
        }
        #[cfg(feature = "lms")]
        Msg::LmsNotSaved => {
            "The learning platform did not save your latest progress ({reason}). It is kept in this browser and sent to the platform again with your next change; until then the platform's record of this module is behind. If this message stays, reload the page; if it comes back, tell the course's administrator."
        }
        #[cfg(feature = "lms")]
        Msg::LmsLeftOut => {
            "The learning platform keeps at most {limit} characters of your progress in this course, and yours is longer, so {what} are kept in this browser only: the platform has the rest. They will not be there on another computer or browser; \"Export my notes\" saves a copy you can keep."
        }
        #[cfg(feature = "lms")]
        Msg::LmsLeftAnswers => "your answers to the reflection questions",
        #[cfg(feature = "lms")]
        Msg::LmsLeftNotes => "your notes on checklist items",
        #[cfg(feature = "lms")]
        Msg::LmsLeftTicks => "some of your checklist ticks",
        #[cfg(feature = "lms")]
        Msg::LmsLeftPlace => "where you left off in a module",
        // The credential explorer.
        #[cfg(feature = "explorer")]
        Msg::LibraryMismatch => {
            "The library beside the course belongs to the course \"{library}\", not \"{course}\". Rebuild the course so both files come from the same content."
        }
        #[cfg(feature = "explorer")]
        Msg::ExplorerTitle => "Credential types and how they relate",
        #[cfg(feature = "explorer")]
        Msg::ExplorerSummary => {
            "Explore the credential hierarchy: what each type is, what Open Badges 3.0 and CTDL call it, and how smaller credentials stack into larger ones."
        }
        #[cfg(feature = "explorer")]
        Msg::NoTypes => "This course has no credential types yet.",
        #[cfg(feature = "explorer")]
        Msg::UnknownType => "Unknown credential type",
        #[cfg(feature = "explorer")]
        Msg::UnknownFocus => {
            "The focus option names \"{id}\", which is not a credential type of this course. The explorer opened without a selection. Valid ids: {ids}."
        }
        #[cfg(feature = "explorer")]
        Msg::NoMatch => {
            "No credential type matches “{query}”. Try another spelling or a broader word."
        }
        #[cfg(feature = "explorer")]
        Msg::OneMatch => "{n} of {total} credential types matches “{query}”.",
        #[cfg(feature = "explorer")]
        Msg::Matches => "{n} of {total} credential types match “{query}”.",
        #[cfg(feature = "explorer")]
        Msg::TypeCount => "{total} credential types.",
        #[cfg(feature = "explorer")]
        Msg::FindType => "Find a type by name or other name",
        #[cfg(feature = "explorer")]
        Msg::ExpandAll => "Expand all",
        #[cfg(feature = "explorer")]
        Msg::CollapseAll => "Collapse all",
        #[cfg(feature = "explorer")]
        Msg::TreeHint => "Arrow keys move and open; Enter selects; type a letter to jump.",
        #[cfg(feature = "explorer")]
        Msg::TreeLabel => "Credential type hierarchy",
        #[cfg(feature = "explorer")]
        Msg::AlsoCalled => "also called",
        #[cfg(feature = "explorer")]
        Msg::Details => "Details",
        #[cfg(feature = "explorer")]
        Msg::ChooseType => {
            "Choose a credential type in the tree to see its definition, what Open Badges 3.0 and CTDL call it, how it stacks, and where the course discusses it."
        }
        #[cfg(feature = "explorer")]
        Msg::InHierarchy => "In the hierarchy: {path}",
        #[cfg(feature = "explorer")]
        Msg::StandardsDisagree => "Where Open Badges 3.0 and CTDL disagree",
        #[cfg(feature = "explorer")]
        Msg::Definition => "Definition",
        #[cfg(feature = "explorer")]
        Msg::TypicalSize => "Typical size",
        #[cfg(feature = "explorer")]
        Msg::NoTypicalSize => "No source in this course gives a typical size.",
        #[cfg(feature = "explorer")]
        Msg::HowAssessed => "How it is assessed",
        #[cfg(feature = "explorer")]
        Msg::NotDescribed => "Not described.",
        #[cfg(feature = "explorer")]
        Msg::WhoIssues => "Who typically issues it",
        #[cfg(feature = "explorer")]
        Msg::ObAchievementType => "Open Badges 3.0 achievementType",
        #[cfg(feature = "explorer")]
        Msg::NoObAchievementType => "None: Open Badges 3.0 has no value for it.",
        #[cfg(feature = "explorer")]
        Msg::CtdlClass => "CTDL class",
        #[cfg(feature = "explorer")]
        Msg::NoCtdlClass => "None: CTDL has no class for it.",
        #[cfg(feature = "explorer")]
        Msg::HowStacks => "How it stacks",
        #[cfg(feature = "explorer")]
        Msg::CompareFull => "{limit} types are already picked; remove one to add this one.",
        #[cfg(feature = "explorer")]
        Msg::ComparePickUpTo => "Pick up to {limit} types to see them side by side.",
        #[cfg(feature = "explorer")]
        Msg::ComparePicked => "{n} of {limit} picked.",
        #[cfg(feature = "explorer")]
        Msg::Compare => "Compare",
        #[cfg(feature = "explorer")]
        Msg::TopLevelType => "None: this is a top-level type.",
        #[cfg(feature = "explorer")]
        Msg::NoneDot => "None.",
        #[cfg(feature = "explorer")]
        Msg::BroaderType => "Broader type",
        #[cfg(feature = "explorer")]
        Msg::NarrowerTypes => "Narrower types",
        #[cfg(feature = "explorer")]
        Msg::StepOf => "Step {n} of {total} in “{pathway}”",
        #[cfg(feature = "explorer")]
        Msg::PathwaysOfType => "Stackable pathways it is part of",
        #[cfg(feature = "explorer")]
        Msg::ModulesDiscuss => "Modules that discuss it",
        #[cfg(feature = "explorer")]
        Msg::RelatedTerms => "Related glossary terms",
        #[cfg(feature = "explorer")]
        Msg::Sources => "Sources",
        #[cfg(feature = "explorer")]
        Msg::RemoveFromComparison => "Remove {type} from the comparison",
        #[cfg(feature = "explorer")]
        Msg::Remove => "Remove",
        #[cfg(feature = "explorer")]
        Msg::NotGiven => "Not given",
        #[cfg(feature = "explorer")]
        Msg::CompareHint => {
            "Tick Compare on one or two more types (up to {limit}) to see them side by side."
        }
        #[cfg(feature = "explorer")]
        Msg::SideBySide => "Side by side: {names}",
        #[cfg(feature = "explorer")]
        Msg::CompareTypes => "Compare credential types",
        #[cfg(feature = "explorer")]
        Msg::ClearComparison => "Clear the comparison",
        #[cfg(feature = "explorer")]
        Msg::StackablePathways => "Stackable pathways",
        #[cfg(feature = "explorer")]
        Msg::PathwaysIntro => {
            "Each pathway lists credential types in the order a learner can earn them, each counting toward the next. Choose a step to see its details."
        }
        #[cfg(feature = "explorer")]
        Msg::IllustrativeExample => "Illustrative example",
        #[cfg(feature = "explorer")]
        Msg::NoSourceBacks => "no source in this course backs this exact sequence.",
        #[cfg(feature = "explorer")]
        Msg::Source => "Source",
        #[cfg(feature = "explorer")]
        Msg::MapHeading => "The hierarchy as a map",
        #[cfg(feature = "explorer")]
        Msg::MapCaption => {
            "Each box is a credential type, in the column of the size this course states for it: the IPEDS award levels, smallest on the left. A type with no size in this course, or with no national size, is shown as such, not placed by guess. Grey lines join each type to its broader type; coloured arrows are the stackable pathways. Choose a box to see the type's details; the tree below holds the same types for keyboard use."
        }
        #[cfg(feature = "explorer")]
        Msg::MapLegend => "Pathways drawn as arrows:",
        #[cfg(feature = "explorer")]
        Msg::MapInWords => "The map in words",
        #[cfg(feature = "explorer")]
        Msg::MapSameType => {
            "A type in several columns (joined by a dotted line) is awarded at each of those levels."
        }
        #[cfg(feature = "explorer")]
        Msg::MapNone => "none",
        #[cfg(feature = "explorer")]
        Msg::MapLines => "Lines join each type to its broader type, as in the tree.",
        #[cfg(feature = "explorer")]
        Msg::MapScrollBox => "Credential map (a picture; the tree below has the same)",
        #[cfg(feature = "explorer")]
        Msg::MapScrolls => "On a narrow screen the map scrolls sideways.",
        #[cfg(feature = "explorer")]
        Msg::MapUnsized => "No size in this course",
        #[cfg(feature = "explorer")]
        Msg::MapNoNationalSize => "No national size",
        // Loading the course (what the widgets' alerts say).
        Msg::LoadNetwork => {
            "Could not fetch {url}. The address may be wrong, the network down, or the server may not allow this page to read it (CORS)."
        }
        Msg::LoadHttp => "The server answered {status} for {url}.",
        Msg::LoadTooLarge => {
            "{url} is too large to be a compiled course file: at least {bytes} bytes, more than the {max} these widgets read."
        }
        Msg::LoadJson => "{url} is not a compiled course file: {detail}.",
        Msg::LoadVersion => {
            "{url} was compiled for format {found}; these widgets read format {version}. Rebuild the course with the matching ler-content."
        }
        Msg::LoadBadAddress => "The course address {url} is not a valid URL.",
        Msg::LoadUnknownModule => {
            "There is no module \"{module}\" in \"{course}\". The modules are: {ids}."
        }
        // Why progress could not be saved (inside the store's notices).
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageUnavailable => "this browser does not allow storage here ({why})",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageFull => "the browser's storage for this site is full",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageTooLarge => {
            "the saved progress would be {chars} characters, more than the {limit} the learning platform keeps"
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageFailed => "storage failed ({why})",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageNoWindow => "there is no window",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageNoLocal => "the browser offers no local storage",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageBlocked => "the page it is in blocks storage",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageLmsNewer => "the learning platform holds progress of a newer version",
    }
}
