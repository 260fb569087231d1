//! The ways in: paste and Inspect, a file picker, a drop zone (pointer users; keyboard users
//! have the picker), and the samples.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Options;
use super::widget::{Shown, inspect_bytes, inspect_file, inspect_url};

/// The samples shipped in `examples/credentials/` (1EdTech validator test files, Apache-2.0).
const SAMPLES: [(&str, &str); 8] = [
    ("ob30-simple.json", "Open Badge 3.0, simple (JSON)"),
    ("ob30-complete.json", "Open Badge 3.0, complete (JSON)"),
    ("ob30-simple-json.png", "Open Badge baked in a PNG"),
    ("ob30-simple-jwt.svg", "Open Badge as a JWT baked in an SVG"),
    ("ob30-simple.jwt", "VC-JWT (VC 1.1 era)"),
    ("clr20-simple.json", "CLR 2.0 transcript"),
    ("ob30-simple-err-expired.json", "Expired badge"),
    (
        "ob30-simple-err-context.json",
        "Badge with a wrong @context",
    ),
];

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

#[component]
pub(super) fn InputPanel(shown: RwSignal<Shown>, options: Arc<Options>) -> impl IntoView {
    let paste: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let sample: NodeRef<leptos::html::Select> = NodeRef::new();
    let dragging = RwSignal::new(false);
    let ids = next_ids();
    let on_inspect = move |_| {
        let text = paste.get().map(|t| t.value()).unwrap_or_default();
        shown.set(inspect_bytes("the pasted text".into(), text.as_bytes()));
    };
    let on_pick = move |ev: web_sys::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = first_file(input.as_ref().and_then(|i| i.files())) {
            inspect_file(shown, file);
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
            Some(file) => inspect_file(shown, file),
            None => shown.set(Shown::Failed {
                what: "what was dropped".into(),
                message: "Only files can be dropped here. To inspect text, paste it above.".into(),
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
            Some(url) => inspect_url(shown, url, format!("the sample \"{label}\"")),
            None => shown.set(Shown::Failed {
                what: "the sample".into(),
                message: "The samples' address could not be worked out.".into(),
            }),
        }
    };
    let samples = options.samples.then(|| {
        view! {
            <div class="ler-inspector-samples">
                <label for=ids.2.clone()>"Sample credential"</label>
                <select id=ids.2.clone() node_ref=sample>
                    {SAMPLES
                        .iter()
                        .map(|(file, label)| view! { <option value=*file>{*label}</option> })
                        .collect_view()}
                </select>
                <button type="button" class="ler-secondary" on:click=on_sample>
                    "Load sample"
                </button>
            </div>
        }
    });
    view! {
        <div class="ler-inspector-inputs">
            <label for=ids.0.clone()>"Paste a credential (JSON or JWT)"</label>
            <textarea id=ids.0.clone() node_ref=paste rows="5" spellcheck="false"></textarea>
            <p>
                <button type="button" on:click=on_inspect>"Inspect"</button>
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
                <label for=ids.1.clone()>
                    "Or open a file (.json, .jwt, baked .png or .svg), or drop it here"
                </label>
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
