//! The inspector component: the inputs, then either an error or the report.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Options;
use super::fetch;
use super::inputs::InputPanel;
use super::report::Report;
use crate::Inspection;
use crate::hierarchy::Library;
use crate::i18n::{Lang, Msg};
use crate::status_list::StatusListInput;

/// What the widget shows below its inputs.
#[derive(Clone)]
pub(super) enum Shown {
    Nothing,
    Working(String),
    Failed {
        what: String,
        message: String,
    },
    Done {
        what: String,
        inspection: Arc<Inspection>,
        /// The input as read, so a status list given later can be checked against it.
        bytes: Arc<Vec<u8>>,
    },
}

/// Inspects `bytes` now and returns what to show; `what` names the input ("the pasted text").
pub(super) fn inspect_bytes(what: String, bytes: &[u8], lang: Lang) -> Shown {
    inspect_with_list(what, Arc::new(bytes.to_vec()), None, lang)
}

/// Inspects `bytes` now, checking its status against `list` when one is given.
pub(super) fn inspect_with_list(
    what: String,
    bytes: Arc<Vec<u8>>,
    list: Option<&StatusListInput>,
    lang: Lang,
) -> Shown {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    match crate::inspect_in(&bytes, now, list, lang) {
        Ok(inspection) => Shown::Done {
            what,
            inspection: Arc::new(inspection),
            bytes,
        },
        Err(e) => Shown::Failed {
            what,
            message: e.message(lang),
        },
    }
}

/// Fetches `url` and inspects it.
pub(super) fn inspect_url(shown: RwSignal<Shown>, url: String, what: String, lang: Lang) {
    shown.set(Shown::Working(lang.fill(Msg::Fetching, &[("what", &what)])));
    spawn_local(async move {
        let next = match fetch::url_bytes(&url, lang).await {
            Ok(bytes) => inspect_bytes(what, &bytes, lang),
            Err(message) => Shown::Failed { what, message },
        };
        shown.set(next);
    });
}

/// Reads a picked or dropped file and inspects it.
pub(super) fn inspect_file(shown: RwSignal<Shown>, file: web_sys::File, lang: Lang) {
    let what = lang.fill(Msg::WhatFile, &[("name", &file.name())]);
    shown.set(Shown::Working(lang.fill(Msg::Reading, &[("what", &what)])));
    spawn_local(async move {
        let next = match fetch::file_bytes(&file, lang).await {
            Ok(bytes) => inspect_bytes(what, &bytes, lang),
            Err(message) => Shown::Failed { what, message },
        };
        shown.set(next);
    });
}

#[component]
pub(super) fn Inspector(options: Options) -> impl IntoView {
    let lang = Lang::current();
    let shown = RwSignal::new(Shown::Nothing);
    let library: RwSignal<Option<Arc<Library>>> = RwSignal::new(None);
    let base = options.base.clone();
    spawn_local(async move {
        if let Some(lib) = fetch::library(&base, lang).await {
            library.set(Some(Arc::new(lib)));
        }
    });
    if let Some(src) = options.src.clone() {
        inspect_url(shown, src.clone(), src, lang);
    }
    let options = Arc::new(options);
    let report_options = options.clone();
    view! {
        <div class="ler-inspector">
            <h2 class="ler-inspector-title">{lang.t(Msg::Title)}</h2>
            <p class="ler-muted">{lang.t(Msg::Intro)}</p>
            <InputPanel shown options/>
            <div class="ler-inspector-output" aria-live="polite">
                {move || match shown.get() {
                    Shown::Nothing => ().into_any(),
                    Shown::Working(text) => {
                        view! { <p class="ler-loading" role="status">{text}</p> }.into_any()
                    }
                    Shown::Failed { what, message } => view! {
                        <div class="ler-alert" role="alert">
                            <p class="ler-alert-title">
                                {lang.fill(Msg::CouldNotInspect, &[("what", &what)])}
                            </p>
                            <p>{message}</p>
                        </div>
                    }
                    .into_any(),
                    Shown::Done { what, inspection, bytes } => view! {
                        <Report
                            what
                            inspection
                            bytes
                            shown
                            library=library.get()
                            options=report_options.clone()
                        />
                    }
                    .into_any(),
                }}
            </div>
        </div>
    }
}
