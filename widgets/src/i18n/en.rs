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
        Msg::ProgressNotKept => {
            "Your progress here will not be kept: it stays on this page until you leave or reload it."
        }
        Msg::ProgressNotKeptBecause => {
            "Your progress will not be kept: {why}. It stays on this page until you leave or reload it."
        }
        Msg::ProgressNotSavedBecause => {
            "Your progress could not be saved: {why}. Your changes stay on this page until you leave or reload it."
        }
        Msg::ProgressFromNewer => {
            "Your saved progress was written by a newer version of these widgets (format {version}). It is left as it is; changes you make here are not saved. Reload the page to get the newer version."
        }
        Msg::ProgressPartlyUnreadable => {
            "Part of your saved progress could not be read and was left out ({parts}). The rest is shown; the unreadable part is removed when you next make a change."
        }
        Msg::ProgressUnreadable => {
            "Your saved progress could not be read ({why}), so this starts empty. The unreadable data is replaced when you next make a change."
        }
        // The checklist.
        Msg::NoChecklist => "The module \"{module}\" has no checklist.",
        Msg::NoSuchChecklist => {
            "There is no checklist \"{id}\" in the module \"{module}\". Its checklists are: {ids}."
        }
        Msg::SeveralChecklists => {
            "The module \"{module}\" has several checklists; name one with the list attribute: {ids}."
        }
        Msg::ChecklistProgress => "Progress: {title}",
        Msg::DoneOf => "{done} of {total} done",
        Msg::ChangeTicked => "ticked “{item}”",
        Msg::ChangeUnticked => "unticked “{item}”",
        Msg::ChangeNote => "note on “{item}”",
        Msg::ChangeReset => "reset of the checklist",
        Msg::ExplainedIn => "Explained in",
        Msg::ShowGuidance => "Show guidance",
        Msg::HideGuidance => "Hide guidance",
        Msg::GuidanceFor => "for “{item}”",
        Msg::YourNote => "Your note",
        Msg::NoteOn => "on “{item}”",
        Msg::Downloaded => "Downloaded {file}.",
        Msg::DownloadFailed => "The file could not be downloaded: {why}.",
        Msg::NoPrinting => "This page does not allow printing.",
        Msg::Undone => "Undone: {change}.",
        Msg::NothingToUndo => "There is nothing to undo.",
        Msg::WasReset => "The checklist was reset. Undo brings it back.",
        Msg::AlreadyEmpty => "The checklist was already empty.",
        Msg::Undo => "Undo",
        Msg::ResetEllipsis => "Reset…",
        Msg::ResetQuestion => {
            "Clear every tick and note in this checklist? You can undo it afterwards."
        }
        Msg::ClearChecklist => "Clear the checklist",
        Msg::KeepIt => "Keep it",
        Msg::ExportMarkdown => "Export as Markdown",
        Msg::ExportCsv => "Export as CSV",
        Msg::Print => "Print",
        Msg::StaleTicked => "ticked",
        Msg::StaleNote => "note: “{note}”",
        Msg::StaleItems => {
            "This checklist has changed since you last saved it. These items are no longer in it: {items}. Their ticks and notes are removed when you next make a change."
        }
        Msg::ExportChecklistTitle => "Checklist: {title}",
        Msg::ExportNote => "Note",
        Msg::CsvGroup => "Group",
        Msg::CsvItem => "Item",
        Msg::CsvDone => "Done",
        Msg::CsvItemId => "Item id",
        Msg::Yes => "yes",
        Msg::No => "no",
        // The module viewer.
        Msg::ModuleMeta => "Module {n} · about {minutes} minutes",
        Msg::LearningObjectives => "Learning objectives",
        Msg::ObjectivesIntro => "When you have worked through this module, you will be able to:",
        Msg::References => "References",
        Msg::SectionsOf => "Sections of {module}",
        Msg::Previous => "Previous",
        Msg::Next => "Next",
        Msg::SectionOf => "Section {n} of {total}",
        Msg::PagerLabel => "Previous and next section",
        Msg::Visited => "Visited",
        Msg::NotVisited => "Not visited yet",
        Msg::AnsweredOf => "{answered} of {total} answered",
        Msg::SoFar => "So far you have {list}.",
        Msg::VisitedSections => "visited {n} of {total} sections",
        Msg::AnsweredQuestions => "answered {n} of {total} reflection questions",
        Msg::DoneItems => "done {n} of {total} checklist items",
        Msg::ExportMyNotes => "Export my notes",
        Msg::ProgressOnItsWay => {
            "Your progress in this module appears here once the page has loaded."
        }
        Msg::NotesSaved => "Your notes were saved as a Markdown file.",
        Msg::NotesNotSaved => "Your notes could not be saved: {why}.",
        Msg::MyNotes => "My notes: {module}",
        Msg::NotAnswered => "Not answered yet.",
        Msg::CaseLabel => "Case example about a composite institution",
        Msg::ReadCase => "Read the case",
        Msg::HideCase => "Hide the case",
        Msg::Discussion => "Discussion",
        Msg::StaleAnswers => {
            "Some questions you answered are no longer in this module. Your answers to them are removed when you next change an answer; copy them now if you want to keep them. {answers}"
        }
        Msg::AnswerSaved => "Saved",
        Msg::AnswerNotKept => "Kept on this page only, not saved",
        Msg::AnswerErased => "Answer erased",
        Msg::EraseAnswer => "Erase answer",
        Msg::BringBack => "Bring it back",
        // The module viewer in a learning platform (SCORM).
        Msg::LmsNoReason => "no reason given",
        Msg::LmsErrorCode => "error {code}",
        Msg::LmsErrorCodeText => "error {code}: {text}",
        Msg::LmsNotStarted => {
            "The learning platform did not start a session for this module ({reason}). Your progress here is kept in this browser only: the platform does not record it, nor your completion of this module. To have it recorded, leave this activity and open the module again from the course page; if this message comes back, tell the course's administrator."
        }
        Msg::LmsNotSaved => {
            "The learning platform did not save your latest progress ({reason}). It is kept in this browser and sent to the platform again with your next change; until then the platform's record of this module is behind. If this message stays, reload the page; if it comes back, tell the course's administrator."
        }
        Msg::LmsLeftOut => {
            "The learning platform keeps at most {limit} characters of your progress in this course, and yours is longer, so {what} are kept in this browser only: the platform has the rest. They will not be there on another computer or browser; \"Export my notes\" saves a copy you can keep."
        }
        Msg::LmsLeftAnswers => "your answers to the reflection questions",
        Msg::LmsLeftNotes => "your notes on checklist items",
        Msg::LmsLeftTicks => "some of your checklist ticks",
        Msg::LmsLeftPlace => "where you left off in a module",
        // The credential explorer.
        Msg::LibraryMismatch => {
            "The library beside the course belongs to the course \"{library}\", not \"{course}\". Rebuild the course so both files come from the same content."
        }
        Msg::ExplorerTitle => "Credential types and how they relate",
        Msg::ExplorerSummary => {
            "Explore the credential hierarchy: what each type is, what Open Badges 3.0 and CTDL call it, and how smaller credentials stack into larger ones."
        }
        Msg::NoTypes => "This course has no credential types yet.",
        Msg::UnknownType => "Unknown credential type",
        Msg::UnknownFocus => {
            "The focus option names \"{id}\", which is not a credential type of this course. The explorer opened without a selection. Valid ids: {ids}."
        }
        Msg::NoMatch => {
            "No credential type matches “{query}”. Try another spelling or a broader word."
        }
        Msg::OneMatch => "{n} of {total} credential types matches “{query}”.",
        Msg::Matches => "{n} of {total} credential types match “{query}”.",
        Msg::TypeCount => "{total} credential types.",
        Msg::FindType => "Find a type by name or other name",
        Msg::ExpandAll => "Expand all",
        Msg::CollapseAll => "Collapse all",
        Msg::TreeHint => "Arrow keys move and open; Enter selects; type a letter to jump.",
        Msg::TreeLabel => "Credential type hierarchy",
        Msg::AlsoCalled => "also called",
        Msg::Details => "Details",
        Msg::ChooseType => {
            "Choose a credential type in the tree to see its definition, what Open Badges 3.0 and CTDL call it, how it stacks, and where the course discusses it."
        }
        Msg::InHierarchy => "In the hierarchy: {path}",
        Msg::StandardsDisagree => "Where Open Badges 3.0 and CTDL disagree",
        Msg::Definition => "Definition",
        Msg::TypicalSize => "Typical size",
        Msg::NoTypicalSize => "No source in this course gives a typical size.",
        Msg::HowAssessed => "How it is assessed",
        Msg::NotDescribed => "Not described.",
        Msg::WhoIssues => "Who typically issues it",
        Msg::ObAchievementType => "Open Badges 3.0 achievementType",
        Msg::NoObAchievementType => "None: Open Badges 3.0 has no value for it.",
        Msg::CtdlClass => "CTDL class",
        Msg::NoCtdlClass => "None: CTDL has no class for it.",
        Msg::HowStacks => "How it stacks",
        Msg::CompareFull => "{limit} types are already picked; remove one to add this one.",
        Msg::ComparePickUpTo => "Pick up to {limit} types to see them side by side.",
        Msg::ComparePicked => "{n} of {limit} picked.",
        Msg::Compare => "Compare",
        Msg::TopLevelType => "None: this is a top-level type.",
        Msg::NoneDot => "None.",
        Msg::BroaderType => "Broader type",
        Msg::NarrowerTypes => "Narrower types",
        Msg::StepOf => "Step {n} of {total} in “{pathway}”",
        Msg::PathwaysOfType => "Stackable pathways it is part of",
        Msg::ModulesDiscuss => "Modules that discuss it",
        Msg::RelatedTerms => "Related glossary terms",
        Msg::Sources => "Sources",
        Msg::RemoveFromComparison => "Remove {type} from the comparison",
        Msg::Remove => "Remove",
        Msg::NotGiven => "Not given",
        Msg::CompareHint => {
            "Tick Compare on one or two more types (up to {limit}) to see them side by side."
        }
        Msg::SideBySide => "Side by side: {names}",
        Msg::CompareTypes => "Compare credential types",
        Msg::ClearComparison => "Clear the comparison",
        Msg::StackablePathways => "Stackable pathways",
        Msg::PathwaysIntro => {
            "Each pathway lists credential types in the order a learner can earn them, each counting toward the next. Choose a step to see its details."
        }
        Msg::IllustrativeExample => "Illustrative example",
        Msg::NoSourceBacks => "no source in this course backs this exact sequence.",
        Msg::Source => "Source",
        Msg::MapHeading => "The hierarchy as a map",
        Msg::MapCaption => {
            "Each box is a credential type, in the column of the size this course states for it: the IPEDS award levels, smallest on the left. A type with no size in this course, or with no national size, is shown as such, not placed by guess. Grey lines join each type to its broader type; coloured arrows are the stackable pathways. Choose a box to see the type's details; the tree below holds the same types for keyboard use."
        }
        Msg::MapLegend => "Pathways drawn as arrows:",
        Msg::MapInWords => "The map in words",
        Msg::MapSameType => {
            "A type in several columns (joined by a dotted line) is awarded at each of those levels."
        }
        Msg::MapNone => "none",
        Msg::MapLines => "Lines join each type to its broader type, as in the tree.",
        Msg::MapScrollBox => "Credential map (a picture; the tree below has the same)",
        Msg::MapScrolls => "On a narrow screen the map scrolls sideways.",
        Msg::MapUnsized => "No size in this course",
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
        Msg::StorageUnavailable => "this browser does not allow storage here ({why})",
        Msg::StorageFull => "the browser's storage for this site is full",
        Msg::StorageTooLarge => {
            "the saved progress would be {chars} characters, more than the {limit} the learning platform keeps"
        }
        Msg::StorageFailed => "storage failed ({why})",
        Msg::StorageNoWindow => "there is no window",
        Msg::StorageNoLocal => "the browser offers no local storage",
        Msg::StorageBlocked => "the page it is in blocks storage",
        Msg::StorageLmsNewer => "the learning platform holds progress of a newer version",
    }
}
