//! The ways in: paste and Inspect, a file picker, a drop zone (pointer users; keyboard users
//! have the picker), and the samples.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Options;
use super::widget::{Shown, inspect_bytes, inspect_file, inspect_url};
use crate::i18n::{Lang, Msg};

/// The samples shipped in `examples/credentials/` (1EdTech validator test files, Apache-2.0).
const SAMPLES: [(&str, Msg); 8] = [
    ("ob30-simple.json", Msg::SampleSimple),
    ("ob30-complete.json", Msg::SampleComplete),
    ("ob30-simple-json.png", Msg::SamplePng),
    ("ob30-simple-jwt.svg", Msg::SampleSvg),
    ("ob30-simple.jwt", Msg::SampleJwt),
    ("clr20-simple.json", Msg::SampleClr),
    ("ob30-simple-err-expired.json", Msg::SampleExpired),
    ("ob30-simple-err-context.json", Msg::SampleContext),
];

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

#[component]
pub(super) fn InputPanel(shown: RwSignal<Shown>, options: Arc<Options>) -> impl IntoView {
    let lang = Lang::current();
    let paste: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let sample: NodeRef<leptos::html::Select> = NodeRef::new();
    let dragging = RwSignal::new(false);
    let ids = next_ids();
    let on_inspect = move |_| {
        let text = paste.get().map(|t| t.value()).unwrap_or_default();
        shown.set(inspect_bytes(
            lang.t(Msg::WhatPasted).to_owned(),
            text.as_bytes(),
            lang,
        ));
    };
    let on_pick = move |ev: web_sys::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = first_file(input.as_ref().and_then(|i| i.files())) {
            inspect_file(shown, file, lang);
        }
        // Picking the same file again should inspect it again.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        match first_file(ev.data_transfer().and_then(|d| d.files())) {
            Some(file) => inspect_file(shown, file, lang),
            None => shown.set(Shown::Failed {
                what: lang.t(Msg::WhatDropped).to_owned(),
                message: lang.t(Msg::OnlyFiles).to_owned(),
            }),
        }
    };
    let base = options.base.clone();
    let on_sample = move |_| {
        let Some(file) = sample.get().map(|s| s.value()) else {
            return;
        };
        let Some((name, label)) = SAMPLES.iter().find(|(f, _)| *f == file) else {
            return;
        };
        match super::fetch::resolve(&format!("examples/credentials/{name}"), &base) {
            Some(url) => inspect_url(
                shown,
                url,
                lang.fill(Msg::WhatSample, &[("label", lang.t(*label))]),
                lang,
            ),
            None => shown.set(Shown::Failed {
                what: lang.t(Msg::WhatSampleAlone).to_owned(),
                message: lang.t(Msg::SamplesAddress).to_owned(),
            }),
        }
    };
    let samples = options.samples.then(|| {
        view! {
            <div class="ler-inspector-samples">
                <label for=ids.2.clone()>{lang.t(Msg::SampleLabel)}</label>
                <select id=ids.2.clone() node_ref=sample>
                    {SAMPLES
                        .iter()
                        .map(|(file, label)| view! { <option value=*file>{lang.t(*label)}</option> })
                        .collect_view()}
                </select>
                <button type="button" class="ler-secondary" on:click=on_sample>
                    {lang.t(Msg::LoadSample)}
                </button>
            </div>
        }
    });
    view! {
        <div class="ler-inspector-inputs">
            <label for=ids.0.clone()>{lang.t(Msg::PasteLabel)}</label>
            <textarea id=ids.0.clone() node_ref=paste rows="5" spellcheck="false"></textarea>
            <p>
                <button type="button" on:click=on_inspect>{lang.t(Msg::InspectButton)}</button>
            </p>
            <div
                class="ler-inspector-drop"
                class:ler-dragging=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for=ids.1.clone()>{lang.t(Msg::FileLabel)}</label>
                <input
                    id=ids.1.clone()
                    type="file"
                    accept=".json,.jwt,.jws,.png,.svg,application/json,image/png,image/svg+xml"
                    on:change=on_pick
                />
            </div>
            {samples}
        </div>
    }
}

/// Ids unique on the page (several inspectors may share a document only through separate
/// shadow roots, but an id must still be unique within one).
fn next_ids() -> (String, String, String) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    (
        format!("ler-insp-paste-{n}"),
        format!("ler-insp-file-{n}"),
        format!("ler-insp-sample-{n}"),
    )
}
