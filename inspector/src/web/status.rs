//! The status-list panel: a credential that names a status list (`credentialStatus`) is
//! checked against it only when the reader gives the list (paste, file) or asks for it to
//! be fetched. The fetch button says beforehand what is requested from where.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fetch;
use super::widget::{Shown, inspect_with_list};
use crate::i18n::{Lang, Msg};
use crate::status_list::{ListOrigin, StatusListInput};

/// The host of `url`, for the notice ("dc.example.edu"); the whole URL when it has none.
fn host_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.host())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| url.to_owned())
}

/// Focuses the report's verdict, or its heading when it has none, in `root` (the widget's
/// shadow root, or the document).
fn focus_result(root: &web_sys::Node) {
    let by_id = |id: &str| {
        js_sys::Reflect::get(root, &"getElementById".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(root, &id.into()).ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    if let Some(target) = by_id("ler-insp-verdict").or_else(|| by_id("ler-insp-kind")) {
        let _ = target.focus();
    }
}

fn as_text(bytes: Vec<u8>, what: &str, lang: Lang) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| lang.fill(Msg::NotUtf8List, &[("what", what)]))
}

#[component]
pub(super) fn StatusListPanel(
    what: String,
    addresses: Vec<String>,
    bytes: Arc<Vec<u8>>,
    shown: RwSignal<Shown>,
) -> impl IntoView {
    let lang = Lang::current();
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let working: RwSignal<Option<String>> = RwSignal::new(None);
    let paste: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let apply = {
        let (what, bytes) = (what.clone(), bytes.clone());
        move |list: StatusListInput| {
            // The report is drawn anew, this panel with it: the button that had the focus
            // is gone. The focus goes to what changed, the verdict (or the report's
            // heading), in the same shadow root.
            let root = paste.get_untracked().map(|t| t.get_root_node());
            shown.set(inspect_with_list(
                what.clone(),
                bytes.clone(),
                Some(&list),
                lang,
            ));
            if let Some(root) = root {
                request_animation_frame(move || focus_result(&root));
            }
        }
    };
    let on_paste = {
        let apply = apply.clone();
        move |_| {
            let text = paste.get().map(|t| t.value()).unwrap_or_default();
            if text.trim().is_empty() {
                problem.set(Some(lang.t(Msg::StatusPasteFirst).to_owned()));
                return;
            }
            apply(StatusListInput {
                text,
                origin: ListOrigin::Provided(lang.t(Msg::PastedList).to_owned()),
            });
        }
    };
    let on_file = {
        let apply = apply.clone();
        move |ev: web_sys::Event| {
            let file = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            let Some(file) = file else { return };
            let apply = apply.clone();
            let name = lang.fill(Msg::WhatFile, &[("name", &file.name())]);
            working.set(Some(lang.fill(Msg::Reading, &[("what", &name)])));
            spawn_local(async move {
                match fetch::file_bytes(&file, lang)
                    .await
                    .and_then(|b| as_text(b, &name, lang))
                {
                    Ok(text) => apply(StatusListInput {
                        text,
                        origin: ListOrigin::Provided(name),
                    }),
                    Err(message) => {
                        working.set(None);
                        problem.set(Some(message));
                    }
                }
            });
        }
    };
    let fetchers = addresses
        .iter()
        .map(|address| {
            let host = host_of(address);
            let address = address.clone();
            let apply = apply.clone();
            let on_fetch = {
                let address = address.clone();
                move |_| {
                    let (address, apply) = (address.clone(), apply.clone());
                    problem.set(None);
                    working.set(Some(lang.fill(Msg::Fetching, &[("what", &address)])));
                    spawn_local(async move {
                        let fetched = fetch::url_bytes(&address, lang)
                            .await
                            .and_then(|b| as_text(b, lang.t(Msg::FetchedList), lang));
                        match fetched {
                            Ok(text) => apply(StatusListInput {
                                text,
                                origin: ListOrigin::Fetched(address),
                            }),
                            Err(message) => {
                                working.set(None);
                                problem.set(Some(message));
                            }
                        }
                    });
                }
            };
            view! {
                <p>
                    {lang.fill(Msg::StatusFetchNotice, &[("host", &host), ("address", &address)])}
                </p>
                <p>
                    <button type="button" class="ler-secondary" on:click=on_fetch>
                        {lang.fill(Msg::StatusFetchButton, &[("host", &host)])}
                    </button>
                </p>
            }
        })
        .collect_view();
    let n = next_id();
    let (paste_id, file_id, heading_id) = (
        format!("ler-insp-list-paste-{n}"),
        format!("ler-insp-list-file-{n}"),
        format!("ler-insp-list-{n}"),
    );
    let labelled_by = heading_id.clone();
    let (paste_label, file_label) = (paste_id.clone(), file_id.clone());
    view! {
        <section class="ler-inspector-status" aria-labelledby=labelled_by>
            <h4 id=heading_id>{lang.t(Msg::StatusHeading)}</h4>
            <p>
                {lang.fill(Msg::StatusPublished, &[("addresses", &lang.list(&addresses))])}
            </p>
            {fetchers}
            <label for=paste_label>{lang.t(Msg::StatusPasteLabel)}</label>
            <textarea id=paste_id node_ref=paste rows="3" spellcheck="false"></textarea>
            <p>
                <button type="button" class="ler-secondary" on:click=on_paste>
                    {lang.t(Msg::StatusPasteButton)}
                </button>
            </p>
            <label for=file_label>{lang.t(Msg::StatusFileLabel)}</label>
            <input id=file_id type="file" accept=".json,.jwt,application/json" on:change=on_file/>
            {move || working.get().map(|w| view! { <p class="ler-loading" role="status">{w}</p> })}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <div class="ler-alert" role="alert">
                                <p class="ler-alert-title">{lang.t(Msg::StatusCouldNotRead)}</p>
                                <p>{p}</p>
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// A number unique on the page, for the panel's ids.
fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
