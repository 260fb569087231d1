//! The page's one session with the LMS: started by the first widget that asks, ended when
//! the page goes away (`pagehide`).

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::api::{LmsError, Preference, ScormApi};
use super::backend::{LmsBackend, LmsCopy};
use super::datamodel::{Element, Version, clip_utf16};
use super::notice::{self, LmsProblem};
use super::suspend::{self, DecodeError};
use crate::store::{BackendError, Store};

/// How long changes wait before they are committed (several changes, one commit).
const COMMIT_DELAY_MS: i32 = 800;

struct Session {
    api: ScormApi,
    /// `Date.now()` at start.
    started: f64,
    /// Completion reported (or found) already; never taken back.
    completed: Cell<bool>,
    location: RefCell<Option<String>>,
    measure: Cell<Option<u32>>,
    commit_pending: Cell<bool>,
    ended: Cell<bool>,
    /// A `SetValue` was refused since the last commit (so a good commit does not mean the
    /// LMS holds everything).
    refused_since_commit: Cell<bool>,
}

thread_local! {
    /// `None` until a widget asks; then the store on the LMS, or `None` inside when there is
    /// no LMS (asked once per page).
    static CONNECTION: RefCell<Option<Option<Store>>> = const { RefCell::new(None) };
    static SESSION: RefCell<Option<std::rc::Rc<Session>>> = const { RefCell::new(None) };
}

fn session() -> Option<std::rc::Rc<Session>> {
    SESSION.with(|s| s.borrow().clone())
}

/// Logs a problem with the LMS on the console (the learner's progress is not lost: it is
/// kept in this browser too).
pub(super) fn warn(message: &str) {
    let line = format!("ler-widgets (LMS): {message}");
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&JsValue::from_str(&line));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{line}");
}

/// The store on the LMS for this page, starting the session on first use; `None` when no
/// LMS offers a SCORM API (the widgets then use the normal store, silently), or when it
/// refuses to start a session (logged, and told to the learner: [`notice`]).
pub(crate) fn connect(preference: Preference) -> Option<Store> {
    if let Some(known) = CONNECTION.with(|c| c.borrow().clone()) {
        return known;
    }
    let store = start(preference);
    CONNECTION.with(|c| *c.borrow_mut() = Some(store.clone()));
    store
}

fn element(version: Version, element: Element) -> &'static str {
    version.element(element).unwrap_or("cmi.suspend_data")
}

fn start(preference: Preference) -> Option<Store> {
    let api = ScormApi::find(preference)?;
    let version = api.version();
    if let Err(e) = api.initialize() {
        // "Already initialized" is fine, if the session answers. SCORM 1.2's code for it
        // (101, general exception) is also what a terminated API answers (scorm-again), so
        // the session is tried before it is trusted.
        let usable = e.code == version.already_initialized()
            && api.get(element(version, Element::Completion)).is_ok();
        if !usable {
            warn(&format!(
                "{e}. The learning platform did not start a {} session, so progress is kept \
                 in this browser only.",
                version.name()
            ));
            notice::report(LmsProblem::NotStarted(e));
            return None;
        }
    }
    let read = |el: Element| match api.get(element(version, el)) {
        Ok(value) => value,
        Err(e) => {
            if !version.is_unset(&e.code) {
                warn(&e.to_string());
            }
            String::new()
        }
    };
    let status = read(Element::Completion);
    let raw = read(Element::SuspendData);
    let copy = if raw.is_empty() {
        LmsCopy::Empty
    } else {
        match suspend::decode(&raw) {
            Ok(data) => LmsCopy::Data(data),
            Err(DecodeError::Newer(v)) => {
                warn(&format!(
                    "the saved progress was written by a newer version of these widgets \
                     (format {v}); it is left as it is and changes are kept in this browser \
                     only"
                ));
                LmsCopy::Newer
            }
            Err(DecodeError::Unreadable(why)) => {
                warn(&format!(
                    "the saved progress could not be read ({why}); it will be replaced"
                ));
                LmsCopy::Empty
            }
        }
    };
    let session = Session {
        completed: Cell::new(version.is_complete(&status)),
        api,
        started: js_sys::Date::now(),
        location: RefCell::new(None),
        measure: Cell::new(None),
        commit_pending: Cell::new(false),
        ended: Cell::new(false),
        refused_since_commit: Cell::new(false),
    };
    if version.is_not_started(&status) {
        session.set(Element::Completion, "incomplete");
    }
    // Keep the attempt (and its suspend_data) open when the learner leaves; set now too, in
    // case the page is never given the chance to end the session.
    session.set(Element::Exit, "suspend");
    SESSION.with(|s| *s.borrow_mut() = Some(std::rc::Rc::new(session)));
    end_on_pagehide();
    schedule_commit();
    let limit = version.suspend_data_limit();
    Some(Store::new(Arc::new(LmsBackend::new(copy, limit))))
}

impl Session {
    fn version(&self) -> Version {
        self.api.version()
    }

    /// Sets `element`, logging a refusal; returns whether it was stored.
    fn set(&self, el: Element, value: &str) -> bool {
        let Some(name) = self.version().element(el) else {
            return false;
        };
        match self.api.set(name, value) {
            Ok(()) => true,
            Err(e) => {
                self.refused(e);
                false
            }
        }
    }

    /// Logs a refused call and tells the learner.
    fn refused(&self, e: LmsError) {
        warn(&e.to_string());
        self.refused_since_commit.set(true);
        notice::report(LmsProblem::NotSaved(e));
    }

    fn commit(&self) {
        let clean = !self.refused_since_commit.replace(false);
        match self.api.commit() {
            Ok(()) if clean => notice::saved(),
            Ok(()) => {}
            // Everything set is committed again with the next commit: a good one then
            // clears the notice.
            Err(e) => {
                warn(&e.to_string());
                notice::report(LmsProblem::NotSaved(e));
            }
        }
    }
}

/// Stores `text` in `cmi.suspend_data` (the commit follows shortly).
pub(super) fn store_suspend_data(text: &str) -> Result<(), BackendError> {
    let Some(session) = session() else {
        return Err(BackendError::Unavailable(
            "there is no session with the learning platform".to_owned(),
        ));
    };
    if session.ended.get() {
        return Err(BackendError::Unavailable(
            "the session with the learning platform has ended".to_owned(),
        ));
    }
    let name = element(session.version(), Element::SuspendData);
    match session.api.set(name, text) {
        Ok(()) => {
            schedule_commit();
            Ok(())
        }
        Err(e) => {
            let failed = BackendError::Failed(e.to_string());
            session.refused(e);
            Err(failed)
        }
    }
}

/// What the widgets know of the learner's progress in the SCO's module.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Report {
    /// Every section visited and every checklist item ticked.
    pub complete: bool,
    /// The open section's id.
    pub location: Option<String>,
    /// How far, from 0 to 1 (SCORM 2004's `cmi.progress_measure`).
    pub measure: f64,
}

/// Tells the LMS what changed since the last report.
pub(crate) fn report(report: &Report) {
    let Some(session) = session() else { return };
    if session.ended.get() {
        return;
    }
    let version = session.version();
    let mut changed = false;
    if let Some(location) = &report.location {
        let location = clip_utf16(location, version.location_limit()).to_owned();
        if session.location.borrow().as_deref() != Some(location.as_str()) {
            // Remembered only once stored, so a refused one is sent again with the next
            // report.
            if session.set(Element::Location, &location) {
                *session.location.borrow_mut() = Some(location);
            }
            changed = true;
        }
    }
    if report.complete && !session.completed.get() {
        if session.set(Element::Completion, "completed") {
            session.completed.set(true);
        }
        changed = true;
    }
    if version == Version::Scorm2004 {
        // In thousandths: progress_measure is a real from 0 to 1.
        let thousandths = (report.measure.clamp(0.0, 1.0) * 1000.0).round() as u32;
        if session.measure.get() != Some(thousandths) {
            if session.set(Element::ProgressMeasure, &per_thousand(thousandths)) {
                session.measure.set(Some(thousandths));
            }
            changed = true;
        }
    }
    if changed {
        schedule_commit();
    }
}

fn schedule_commit() {
    let Some(session) = session() else { return };
    if session.commit_pending.replace(true) {
        return;
    }
    let run = Closure::once_into_js(move || {
        if let Some(session) = self::session() {
            session.commit_pending.set(false);
            if !session.ended.get() {
                session.commit();
            }
        }
    });
    let scheduled = web_sys::window().is_some_and(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            run.unchecked_ref(),
            COMMIT_DELAY_MS,
        )
        .is_ok()
    });
    if !scheduled {
        session.commit_pending.set(false);
        session.commit();
    }
}

/// Ends the session: session time, exit, commit, terminate. Runs once.
fn end() {
    let Some(session) = session() else { return };
    if session.ended.replace(true) {
        return;
    }
    let version = session.version();
    session.set(
        Element::SessionTime,
        &version.session_time(js_sys::Date::now() - session.started),
    );
    session.set(Element::Exit, "suspend");
    session.commit();
    if let Err(e) = session.api.terminate() {
        session.refused(e);
    }
}

fn end_on_pagehide() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_hide = Closure::<dyn Fn(web_sys::Event)>::new(|_: web_sys::Event| end());
    if window
        .add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref())
        .is_ok()
    {
        // The listener lives as long as the page.
        on_hide.forget();
    }
}

/// `n / 1000` as the shortest decimal ("0", "0.25", "1"), exactly what formatting the f64
/// would print, without pulling float formatting into the wasm.
fn per_thousand(n: u32) -> String {
    let mut text = format!("{}.{:03}", n / 1000, n % 1000);
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    text
}

#[cfg(test)]
mod per_thousand_tests {
    #[test]
    fn matches_float_formatting() {
        for n in 0..=1000 {
            assert_eq!(super::per_thousand(n), format!("{}", f64::from(n) / 1000.0));
        }
    }
}
