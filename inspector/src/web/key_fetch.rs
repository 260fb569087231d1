//! Fetching an issuer's key on request: when a proof's key is only in an https controller
//! document, the report offers to fetch it, says first what that request tells whom, and
//! shows the proof's verdict with the fetched key. Nothing is fetched without the click.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use super::fetch;
use crate::checks::Status;
use crate::i18n::{Lang, Msg};
use crate::proof;
use crate::verify::Verdict;

/// What one request came to.
#[derive(Clone)]
enum Fetched {
    Idle,
    Working,
    /// The verdict with the fetched key (its outcome, and why).
    Verdict(Status, String),
    /// The document could not be fetched or read.
    Error(String),
}

#[component]
pub(super) fn KeyFetch(doc: Arc<Value>) -> impl IntoView {
    let lang = Lang::current();
    let wanted = proof::key_documents(&doc);
    (!wanted.is_empty()).then(|| {
        let items = wanted
            .into_iter()
            .map(|(pointer, url)| view! { <KeyRequest doc=doc.clone() pointer url/> })
            .collect_view();
        view! {
            <section class="ler-inspector-keys" aria-labelledby="ler-insp-keys">
                <h4 id="ler-insp-keys">{lang.t(Msg::KeyHeading)}</h4>
                <ul class="ler-checks">{items}</ul>
            </section>
        }
    })
}

#[component]
fn KeyRequest(doc: Arc<Value>, pointer: String, url: String) -> impl IntoView {
    let host = web_sys::Url::new(&url)
        .map(|u| u.host())
        .unwrap_or_else(|_| url.clone());
    let lang = Lang::current();
    let state = RwSignal::new(Fetched::Idle);
    let fetch_key = {
        let (url, pointer) = (url.clone(), pointer.clone());
        move |_| {
            let (doc, url, pointer) = (doc.clone(), url.clone(), pointer.clone());
            state.set(Fetched::Working);
            spawn_local(async move {
                state.set(check_with(&doc, &pointer, &url, lang).await);
            });
        }
    };
    view! {
        <li class="ler-check">
            <p>
                {lang.fill(
                    Msg::KeyNotice,
                    &[("pointer", &pointer), ("url", &url), ("host", &host)],
                )}
            </p>
            <button
                type="button"
                on:click=fetch_key
                disabled=move || matches!(state.get(), Fetched::Working)
            >
                {lang.fill(Msg::KeyFetchButton, &[("host", &host)])}
            </button>
            {move || match state.get() {
                Fetched::Idle => ().into_any(),
                Fetched::Working => {
                    view! { <p class="ler-loading" role="status">{lang.t(Msg::KeyFetching)}</p> }
                        .into_any()
                }
                Fetched::Verdict(status, reason) => view! {
                    <p role="status" data-key-verdict=status.label(Lang::En)>
                        <span class="ler-check-status">{status.label(lang)}</span>
                        {format!(": {reason}")}
                    </p>
                }
                .into_any(),
                Fetched::Error(message) => {
                    view! { <p class="ler-alert" role="alert">{message}</p> }.into_any()
                }
            }}
        </li>
    }
}

async fn check_with(doc: &Value, pointer: &str, url: &str, lang: Lang) -> Fetched {
    let bytes = match fetch::url_bytes(url, lang).await {
        Ok(bytes) => bytes,
        Err(message) => return Fetched::Error(message),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Fetched::Error(lang.fill(Msg::KeyNotText, &[("url", url)]));
    };
    let Ok(controller) = crate::json::parse(&text) else {
        return Fetched::Error(lang.fill(Msg::KeyNotJson, &[("url", url)]));
    };
    match proof::verify_with_controller_document_in(doc, pointer, url, &controller, lang) {
        Some(verdict) => match verdict {
            Verdict::Verified(why) => Fetched::Verdict(Status::Pass, why),
            Verdict::Invalid(why) => Fetched::Verdict(Status::Fail, why),
            Verdict::NotVerified(why) => Fetched::Verdict(Status::NotChecked, why),
        },
        None => Fetched::Error(lang.fill(Msg::KeyGone, &[("pointer", pointer)])),
    }
}
