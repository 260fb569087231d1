//! What the learner is told when the LMS refuses a call: shown in the widget (a polite
//! `role="status"` region above the viewer), not only on the console.
//!
//! Two cases, each saying what is kept, what is not, and what to do:
//!
//! - the LMS did not start a session (`Initialize` / `LMSInitialize` refused, as Moodle's
//!   SCORM 2004 player does for every SCO of a package after the first: its one API object
//!   stays terminated, error 104): nothing reaches the LMS for this module;
//! - a later call was refused (`SetValue`, `Commit`, `Terminate`): the LMS's record is behind
//!   until a later change goes through, which clears the notice.
//!
//! Progress is kept in this browser in both cases (`localStorage`).
//!
//! A third notice, beside those, says when the learner's progress is longer than the LMS
//! keeps (SCORM 1.2: 4,096 characters): what was left out of the LMS's copy and kept in
//! this browser only. It goes when everything fits again.

use std::cell::RefCell;

use leptos::prelude::*;

use super::api::LmsError;
use super::suspend::Encoded;
use crate::i18n::{Lang, Msg};

/// A refusal the learner should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LmsProblem {
    /// The LMS did not start a session.
    NotStarted(LmsError),
    /// A later call failed; the LMS's record may be behind.
    NotSaved(LmsError),
}

/// The LMS's own words for `error`: "error 104: Content Instance Terminated".
fn in_its_words(error: &LmsError, lang: Lang) -> String {
    match (error.code.as_str(), error.text.as_str()) {
        ("", "") => lang.t(Msg::LmsNoReason).to_owned(),
        ("", text) => text.to_owned(),
        (code, "") => lang.fill(Msg::LmsErrorCode, &[("code", code)]),
        (code, text) => lang.fill(Msg::LmsErrorCodeText, &[("code", code), ("text", text)]),
    }
}

impl LmsProblem {
    /// The notice, in two or three sentences (the LMS's own words inside, as it gave them).
    pub(crate) fn notice(&self, lang: Lang) -> String {
        let (msg, error) = match self {
            Self::NotStarted(error) => (Msg::LmsNotStarted, error),
            Self::NotSaved(error) => (Msg::LmsNotSaved, error),
        };
        lang.fill(msg, &[("reason", &in_its_words(error, lang))])
    }
}

/// What the LMS's copy could not hold, by kind (see `suspend`'s "When it does not fit").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LeftOut {
    /// The LMS's limit, in characters.
    pub(crate) limit: usize,
    /// Reflection answers were left out.
    pub(crate) answers: bool,
    /// Checklist notes were left out (the ticks kept).
    pub(crate) notes: bool,
    /// Whole checklists (their ticks) were left out.
    pub(crate) checklists: bool,
    /// The learner's place in a module was left out.
    pub(crate) places: bool,
}

impl LeftOut {
    /// What the encoder left out of a text whose limit was `limit`, by widget (the keys are
    /// read where they are written, in `suspend`).
    pub(crate) fn new(limit: usize, encoded: &Encoded) -> Self {
        Self {
            limit,
            answers: encoded.omits("reflections"),
            notes: !encoded.reduced.is_empty(),
            checklists: encoded.omits("checklist"),
            places: encoded.omits("viewer"),
        }
    }

    fn is_empty(&self) -> bool {
        !(self.answers || self.notes || self.checklists || self.places)
    }

    /// The notice: what is kept where, and what the learner can do; the limit is written
    /// as the language writes numbers ("4,096" in English).
    pub(crate) fn notice(&self, lang: Lang) -> String {
        let what: Vec<String> = [
            (self.answers, Msg::LmsLeftAnswers),
            (self.notes, Msg::LmsLeftNotes),
            (self.checklists, Msg::LmsLeftTicks),
            (self.places, Msg::LmsLeftPlace),
        ]
        .into_iter()
        .filter(|(left_out, _)| *left_out)
        .map(|(_, words)| lang.t(words).to_owned())
        .collect();
        lang.fill(
            Msg::LmsLeftOut,
            &[
                ("limit", &lang.number(self.limit)),
                ("what", &lang.list(&what)),
            ],
        )
    }
}

thread_local! {
    /// The page's current problem with the LMS (one session per page).
    static PROBLEM: RefCell<Option<ArcRwSignal<Option<LmsProblem>>>> = const { RefCell::new(None) };
    /// What the LMS's copy could not hold at the last save (nothing: `None`).
    static LEFT_OUT: RefCell<Option<ArcRwSignal<Option<LeftOut>>>> = const { RefCell::new(None) };
}

fn left_out_signal() -> ArcRwSignal<Option<LeftOut>> {
    LEFT_OUT.with(|p| {
        p.borrow_mut()
            .get_or_insert_with(ArcRwSignal::default)
            .clone()
    })
}

/// Records what the last save could not give the LMS; an empty one clears the notice.
pub(super) fn left_out(what: LeftOut) {
    let value = (!what.is_empty()).then_some(what);
    let signal = left_out_signal();
    if signal.with_untracked(|now| *now != value) {
        signal.set(value);
    }
}

fn signal() -> ArcRwSignal<Option<LmsProblem>> {
    PROBLEM.with(|p| {
        p.borrow_mut()
            .get_or_insert_with(ArcRwSignal::default)
            .clone()
    })
}

/// Shows `problem` to the learner. A session that never started is not overwritten by a
/// later failure (which follows from it).
pub(super) fn report(problem: LmsProblem) {
    let signal = signal();
    let keep = signal.with_untracked(|p| matches!(p, Some(LmsProblem::NotStarted(_))));
    if !keep {
        signal.set(Some(problem));
    }
}

/// Clears a "not saved" notice once a change has gone through.
pub(super) fn saved() {
    let signal = signal();
    if signal.with_untracked(|p| matches!(p, Some(LmsProblem::NotSaved(_)))) {
        signal.set(None);
    }
}

/// The notice region: empty (and hidden by the stylesheet) while the LMS takes every call.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn LmsNotice() -> impl IntoView {
    let lang = Lang::current();
    let problem = signal();
    let left_out = left_out_signal();
    view! {
        <div class="ler-notices ler-lms-notice" role="status">
            {move || problem.get().map(|p| view! { <p class="ler-notice">{p.notice(lang)}</p> })}
            {move || {
                left_out
                    .get()
                    .map(|l| view! { <p class="ler-notice ler-lms-left-out">{l.notice(lang)}</p> })
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(code: &str, text: &str) -> LmsError {
        LmsError {
            call: "Initialize(\"\")".to_owned(),
            code: code.to_owned(),
            text: text.to_owned(),
            diagnostic: String::new(),
        }
    }

    #[test]
    fn notices_say_what_is_kept_what_is_not_and_what_to_do() {
        let text =
            LmsProblem::NotStarted(error("104", "Content Instance Terminated")).notice(Lang::En);
        assert!(
            text.contains("(error 104: Content Instance Terminated)"),
            "{text}"
        );
        assert!(text.contains("kept in this browser only"), "{text}");
        assert!(text.contains("does not record it"), "{text}");
        assert!(text.contains("open the module again"), "{text}");
        let text =
            LmsProblem::NotSaved(error("", "LMSCommit threw: network down")).notice(Lang::En);
        assert!(text.contains("(LMSCommit threw: network down)"), "{text}");
        assert!(text.contains("sent to the platform again"), "{text}");
        assert_eq!(in_its_words(&error("", ""), Lang::En), "no reason given");
        assert_eq!(in_its_words(&error("101", ""), Lang::En), "error 101");
    }

    #[test]
    fn what_did_not_fit_is_named_and_goes_when_everything_fits() {
        let keys = |ks: &[&str]| ks.iter().map(|k| (*k).to_owned()).collect::<Vec<_>>();
        let encoded = |reduced: &[&str], omitted: &[&str]| Encoded {
            text: String::new(),
            reduced: keys(reduced),
            omitted: keys(omitted),
        };
        // The answers of a course whose id is `viewer`: answers, not the learner's place
        // (a key is read by its parts, not searched for a widget's name).
        let what = LeftOut::new(
            4096,
            &encoded(
                &["ler-widgets/v1/c/checklist/l"],
                &["ler-widgets/v1/viewer/reflections/r"],
            ),
        );
        let text = what.notice(Lang::En);
        assert!(text.contains("at most 4,096 characters"), "{text}");
        assert!(
            text.contains(
                "your answers to the reflection questions and your notes on checklist items \
                 are kept in this browser only"
            ),
            "{text}"
        );
        assert!(!text.contains("ticks"), "{text}");
        left_out(what.clone());
        assert_eq!(left_out_signal().get_untracked(), Some(what));
        left_out(LeftOut::new(4096, &encoded(&[], &[])));
        assert_eq!(left_out_signal().get_untracked(), None);
        let spanish = what_spanish();
        assert!(spanish.contains("como máximo 4096 caracteres"), "{spanish}");
        assert!(
            spanish.contains(
                "sus respuestas a las preguntas de reflexión y sus notas sobre los elementos"
            ),
            "{spanish}"
        );
    }

    fn what_spanish() -> String {
        LeftOut {
            limit: 4096,
            answers: true,
            notes: true,
            ..LeftOut::default()
        }
        .notice(Lang::Es)
    }

    #[test]
    fn a_session_that_never_started_is_not_hidden_by_what_follows() {
        report(LmsProblem::NotSaved(error("101", "General Exception")));
        saved();
        assert_eq!(signal().get_untracked(), None);
        report(LmsProblem::NotStarted(error(
            "104",
            "Content Instance Terminated",
        )));
        report(LmsProblem::NotSaved(error(
            "132",
            "Store Data Before Initialization",
        )));
        saved();
        assert!(matches!(
            signal().get_untracked(),
            Some(LmsProblem::NotStarted(_))
        ));
    }
}
