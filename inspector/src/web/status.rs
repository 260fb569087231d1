//! The status-list panel: a credential that names a status list (`credentialStatus`) is
//! checked against it only when the reader gives the list (paste, file) or asks for it to
//! be fetched. The fetch button says beforehand what is requested from where.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fetch;
use super::widget::{Shown, inspect_with_list};
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

fn as_text(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    String::from_utf8(bytes)
        .map_err(|_| format!("{what} is not UTF-8 text, so it is not a status list."))
}

#[component]
pub(super) fn StatusListPanel(
    what: String,
    addresses: Vec<String>,
    bytes: Arc<Vec<u8>>,
    shown: RwSignal<Shown>,
) -> impl IntoView {
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
            shown.set(inspect_with_list(what.clone(), bytes.clone(), Some(&list)));
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
                problem.set(Some("Paste the status list first.".into()));
                return;
            }
            apply(StatusListInput {
                text,
                origin: ListOrigin::Provided("the pasted list".into()),
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
            let name = format!("the file {}", file.name());
            working.set(Some(format!("Reading {name}…")));
            spawn_local(async move {
                match fetch::file_bytes(&file)
                    .await
                    .and_then(|b| as_text(b, &name))
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
                    working.set(Some(format!("Fetching {address}…")));
                    spawn_local(async move {
                        let fetched = fetch::url_bytes(&address)
                            .await
                            .and_then(|b| as_text(b, "The fetched list"));
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
                    {format!(
                        "Fetching sends one request from your browser to {host}, for {address}. \
                         That server learns your network address and the time; the request \
                         carries nothing else from the credential."
                    )}
                </p>
                <p>
                    <button type="button" class="ler-secondary" on:click=on_fetch>
                        {format!("Fetch the status list from {host}")}
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
            <h4 id=heading_id>"Check the revocation status"</h4>
            <p>
                {format!(
                    "The issuer publishes this credential's status at {}. It is not checked \
                     until you give that list here or ask for it to be fetched.",
                    addresses.join(" and ")
                )}
            </p>
            {fetchers}
            <label for=paste_label>"Or paste the status list (JSON or JWT)"</label>
            <textarea id=paste_id node_ref=paste rows="3" spellcheck="false"></textarea>
            <p>
                <button type="button" class="ler-secondary" on:click=on_paste>
                    "Check against the pasted list"
                </button>
            </p>
            <label for=file_label>"Or open the list's file"</label>
            <input id=file_id type="file" accept=".json,.jwt,application/json" on:change=on_file/>
            {move || working.get().map(|w| view! { <p class="ler-loading" role="status">{w}</p> })}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <div class="ler-alert" role="alert">
                                <p class="ler-alert-title">"Could not read the status list"</p>
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
