//! The checklist widget, the progress store and the module viewer's saved reflections.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use ler_content::model::*;
use ler_widgets::ChecklistPanel;
use ler_widgets::{Backend, BackendError, LocalStorageBackend, MemoryBackend, Store, StoreKey};
use ler_widgets::{TextCtx, TextMap};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::dom::{all, container, find, sleep, text_of, tick};

pub(crate) fn text(s: &str) -> Text {
    vec![Inline::Text(s.to_owned())]
}

fn item(id: &str, words: &str, section: Option<&str>, guidance: &str) -> ChecklistItem {
    ChecklistItem {
        id: id.into(),
        text: text(words),
        guidance: if guidance.is_empty() {
            vec![]
        } else {
            vec![Block::Para(text(guidance))]
        },
        section: section.map(Into::into),
    }
}

fn list() -> Arc<Checklist> {
    Arc::new(Checklist {
        id: "ri-checklist".into(),
        title: "Integrity controls before you issue".into(),
        groups: vec![
            ChecklistGroup {
                title: Some("Identity and signing".into()),
                items: vec![
                    item(
                        "ri-check-keys",
                        "Name the office that holds the signing keys.",
                        Some("pillar-integrity"),
                        "Any further paragraphs are guidance.",
                    ),
                    item(
                        "ri-check-revocation",
                        "Decide how a revoked credential is marked.",
                        None,
                        "",
                    ),
                ],
            },
            ChecklistGroup {
                title: Some("Status and correction".into()),
                items: vec![item(
                    "ri-check-correction",
                    "Write down who may correct an issued record.",
                    None,
                    "",
                )],
            },
        ],
    })
}

fn sections() -> Arc<TextMap<String>> {
    Arc::new(TextMap::from([(
        "pillar-integrity".to_owned(),
        "Integrity: the record is what was issued".to_owned(),
    )]))
}

fn key(course: &str) -> String {
    StoreKey::new(course, "checklist", "ri-checklist").to_string()
}

fn boxes(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlInputElement> {
    all(root, "input[type=checkbox]")
        .into_iter()
        .map(|e| e.unchecked_into())
        .collect()
}

fn count(root: &web_sys::HtmlElement) -> String {
    text_of(root, ".ler-checklist-count")
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Types into a text field as a learner would (value, then a bubbling `input` event).
pub(crate) fn type_into(field: &web_sys::HtmlElement, value: &str) {
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
}

fn mount_panel(
    root: &web_sys::HtmlElement,
    store: Store,
    course: &str,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    let course = course.to_owned();
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ChecklistPanel
                list=list()
                ctx=TextCtx::default()
                course_id=Some(course)
                sections=sections()
                store
                standalone=true
            />
        }
    })
}

pub(crate) fn memory_store() -> (Store, Arc<MemoryBackend>) {
    let backend = Arc::new(MemoryBackend::simulating_storage());
    (Store::new(backend.clone()), backend)
}

#[wasm_bindgen_test]
async fn ticking_shows_progress_and_undo_takes_it_back() {
    let root = container();
    let (store, backend) = memory_store();
    let _handle = mount_panel(&root, store, "c-tick");
    tick().await;
    assert_eq!(text_of(&root, "h2"), "Integrity controls before you issue");
    assert_eq!(all(&root, "h3").len(), 2);
    assert_eq!(count(&root), "0 of 3 done");
    let count_el = find(&root, ".ler-checklist-count");
    assert_eq!(
        count_el.get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    let progress = find(&root, "progress");
    assert_eq!(progress.get_attribute("max").as_deref(), Some("3"));
    // Every box has its label.
    for b in boxes(&root) {
        let label = find(&root, &format!("label[for='{}']", b.id()));
        assert!(!label.text_content().unwrap_or_default().is_empty());
    }

    boxes(&root)[0].click();
    tick().await;
    assert_eq!(count(&root), "1 of 3 done");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("1"));
    assert_eq!(
        backend.raw(&key("c-tick")).as_deref(),
        Some(r#"{"d":["ri-check-keys"],"v":1}"#)
    );

    find(&root, ".ler-undo").click();
    tick().await;
    assert_eq!(count(&root), "0 of 3 done");
    assert!(!boxes(&root)[0].checked());
    assert_eq!(
        text_of(&root, ".ler-checklist-message"),
        "Undone: ticked “Name the office that holds the signing keys.”."
    );
    assert_eq!(backend.raw(&key("c-tick")), None);
    // No inline styles anywhere (strict-CSP hosts forbid them).
    assert!(root.query_selector("[style]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn reset_asks_first_and_can_be_undone() {
    let root = container();
    let (store, _) = memory_store();
    let _handle = mount_panel(&root, store, "c-reset");
    tick().await;
    boxes(&root)[0].click();
    boxes(&root)[2].click();
    tick().await;
    assert_eq!(count(&root), "2 of 3 done");

    let confirm = find(&root, ".ler-confirm");
    assert!(confirm.hidden());
    find(&root, ".ler-reset").click();
    tick().await;
    assert!(!confirm.hidden());
    sleep(50).await; // focus moves after a frame
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.class_name(), "ler-secondary ler-cancel-reset");
    // "Keep it" changes nothing.
    find(&root, ".ler-cancel-reset").click();
    tick().await;
    assert!(confirm.hidden());
    assert_eq!(count(&root), "2 of 3 done");

    find(&root, ".ler-reset").click();
    tick().await;
    find(&root, ".ler-confirm-reset").click();
    tick().await;
    assert_eq!(count(&root), "0 of 3 done");
    assert!(confirm.hidden());
    assert!(text_of(&root, ".ler-checklist-message").contains("was reset"));

    find(&root, ".ler-undo").click();
    tick().await;
    assert_eq!(count(&root), "2 of 3 done");
}

#[wasm_bindgen_test]
async fn progress_persists_in_local_storage_across_remounts() {
    let course = "c-persist";
    local_storage().remove_item(&key(course)).unwrap();
    let root = container();
    // A store of its own (not the page store), so the remount must read localStorage.
    let handle = mount_panel(&root, Store::new(Arc::new(LocalStorageBackend)), course);
    tick().await;
    boxes(&root)[1].click();
    type_into(&find(&root, ".ler-note input"), "Ask IT first");
    sleep(500).await; // the note is saved after a pause
    assert_eq!(
        local_storage().get_item(&key(course)).unwrap().as_deref(),
        Some(r#"{"d":["revocation"],"n":{"keys":"Ask IT first"},"p":"ri-check-","v":1}"#)
    );
    drop(handle);
    assert_eq!(root.child_element_count(), 0);

    let _again = mount_panel(&root, Store::new(Arc::new(LocalStorageBackend)), course);
    tick().await;
    assert_eq!(count(&root), "1 of 3 done");
    assert!(boxes(&root)[1].checked());
    let note: web_sys::HtmlInputElement = find(&root, ".ler-note input").unchecked_into();
    assert_eq!(note.value(), "Ask IT first");
    local_storage().remove_item(&key(course)).unwrap();
}

#[wasm_bindgen_test]
async fn two_widgets_showing_one_checklist_stay_in_sync() {
    let (a, b) = (container(), container());
    let (store, _) = memory_store();
    let _ha = mount_panel(&a, store.clone(), "c-sync");
    let _hb = mount_panel(&b, store, "c-sync");
    tick().await;
    boxes(&a)[2].click();
    tick().await;
    assert_eq!(count(&b), "1 of 3 done");
    assert!(boxes(&b)[2].checked());
    boxes(&b)[2].click();
    tick().await;
    assert_eq!(count(&a), "0 of 3 done");
}

#[wasm_bindgen_test]
async fn another_tabs_change_arrives_through_the_storage_event() {
    let course = "c-tabs";
    local_storage().remove_item(&key(course)).unwrap();
    let root = container();
    let _handle = mount_panel(&root, Store::new(Arc::new(LocalStorageBackend)), course);
    tick().await;
    // What another tab does: write, and the browser fires `storage` here.
    let value = r#"{"d":["ri-check-keys","ri-check-correction"],"v":1}"#;
    local_storage().set_item(&key(course), value).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&key(course)));
    init.set_new_value(Some(value));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    tick().await;
    assert_eq!(count(&root), "2 of 3 done");
    local_storage().remove_item(&key(course)).unwrap();
}

/// Every call fails, as `localStorage` does in a sandboxed iframe.
pub(crate) struct Blocked;
impl Backend for Blocked {
    fn read(&self, _: &str) -> Result<Option<String>, BackendError> {
        Err(BackendError::Unavailable(
            "the page it is in blocks storage".into(),
        ))
    }
    fn write(&self, _: &str, _: &str) -> Result<(), BackendError> {
        Err(BackendError::Unavailable(
            "the page it is in blocks storage".into(),
        ))
    }
    fn remove(&self, _: &str) -> Result<(), BackendError> {
        Err(BackendError::Unavailable(
            "the page it is in blocks storage".into(),
        ))
    }
    fn probe(&self) -> Result<(), BackendError> {
        Err(BackendError::Unavailable(
            "the page it is in blocks storage".into(),
        ))
    }
}

/// Reads work, every write fails (a full quota).
#[derive(Default)]
struct Full {
    writes: Mutex<usize>,
}
impl Backend for Full {
    fn read(&self, _: &str) -> Result<Option<String>, BackendError> {
        Ok(None)
    }
    fn write(&self, _: &str, _: &str) -> Result<(), BackendError> {
        *self.writes.lock().unwrap() += 1;
        Err(BackendError::Full)
    }
    fn remove(&self, _: &str) -> Result<(), BackendError> {
        Err(BackendError::Full)
    }
}

#[wasm_bindgen_test]
async fn unavailable_storage_shows_a_polite_notice_and_still_works() {
    let root = container();
    let _handle = mount_panel(&root, Store::new(Arc::new(Blocked)), "c-blocked");
    tick().await;
    let notices = find(&root, ".ler-notices");
    assert_eq!(notices.get_attribute("role").as_deref(), Some("status"));
    let said = notices.text_content().unwrap_or_default();
    assert!(said.contains("will not be kept"), "{said}");
    boxes(&root)[0].click();
    tick().await;
    assert_eq!(count(&root), "1 of 3 done");
}

#[wasm_bindgen_test]
async fn a_failed_write_is_reported_once_and_changes_stay_in_memory() {
    let root = container();
    let backend = Arc::new(Full::default());
    let _handle = mount_panel(&root, Store::new(backend.clone()), "c-full");
    tick().await;
    assert_eq!(text_of(&root, ".ler-notices"), "");
    boxes(&root)[0].click();
    boxes(&root)[1].click();
    tick().await;
    assert_eq!(count(&root), "2 of 3 done");
    assert!(text_of(&root, ".ler-notices").contains("could not be saved"));
    assert_eq!(*backend.writes.lock().unwrap(), 1);
}

#[wasm_bindgen_test]
async fn removed_items_are_reported_then_dropped_on_the_next_save() {
    let (store, backend) = memory_store();
    backend
        .write(
            &key("c-stale"),
            r#"{"d":["ri-check-keys","ri-check-gone"],"n":{"ri-check-old":"my words"},"v":1}"#,
        )
        .unwrap();
    let root = container();
    let _handle = mount_panel(&root, store, "c-stale");
    tick().await;
    assert_eq!(count(&root), "1 of 3 done");
    let said = text_of(&root, ".ler-notices");
    assert!(said.contains("ri-check-gone (ticked)"), "{said}");
    assert!(said.contains("ri-check-old (note: “my words”)"), "{said}");
    boxes(&root)[2].click();
    tick().await;
    assert_eq!(text_of(&root, ".ler-notices"), "");
    assert_eq!(
        backend.raw(&key("c-stale")).as_deref(),
        Some(r#"{"d":["correction","keys"],"p":"ri-check-","v":1}"#)
    );
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_left_untouched() {
    let (store, backend) = memory_store();
    let newer = r#"{"v":2,"d":["ri-check-keys"],"x":{}}"#;
    backend.write(&key("c-newer"), newer).unwrap();
    let root = container();
    let _handle = mount_panel(&root, store, "c-newer");
    tick().await;
    assert_eq!(count(&root), "1 of 3 done");
    assert!(text_of(&root, ".ler-notices").contains("newer version"));
    boxes(&root)[1].click();
    tick().await;
    assert_eq!(count(&root), "2 of 3 done");
    assert_eq!(backend.raw(&key("c-newer")).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn guidance_is_a_disclosure_and_sections_are_named() {
    let root = container();
    let (store, _) = memory_store();
    let _handle = mount_panel(&root, store, "c-guidance");
    tick().await;
    let button = find(&root, ".ler-checklist-item .ler-disclosure");
    let panel = find(&root, ".ler-guidance");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(button.get_attribute("aria-controls"), Some(panel.id()));
    assert!(panel.hidden());
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!panel.hidden());
    assert_eq!(
        text_of(&root, ".ler-item-section"),
        "Explained in: Integrity: the record is what was issued"
    );
    assert!(
        root.query_selector(".ler-item-section a")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn section_links_call_back_when_a_callback_is_given() {
    let root = container();
    let opened = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = opened.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let on_open = Callback::new(move |id: String| seen.lock().unwrap().push(id));
        view! {
            <ChecklistPanel
                list=list()
                ctx=TextCtx::default()
                sections=sections()
                on_open_section=Some(on_open)
            />
        }
    });
    tick().await;
    find(&root, ".ler-item-section a").click();
    assert_eq!(*opened.lock().unwrap(), vec!["pillar-integrity".to_owned()]);
    // Without a course id nothing can be stored, and the learner is told.
    assert!(text_of(&root, ".ler-notices").contains("will not be kept"));
}

#[wasm_bindgen_test]
async fn readonly_and_hidden_notes() {
    let (store, backend) = memory_store();
    backend
        .write(
            &key("c-ro"),
            r#"{"d":["ri-check-keys"],"n":{"ri-check-keys":"done by IT"},"v":1}"#,
        )
        .unwrap();
    let root = container();
    let ro_store = store.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ChecklistPanel list=list() ctx=TextCtx::default() course_id=Some("c-ro".to_owned()) store=ro_store readonly=true/>
        }
    });
    tick().await;
    assert!(boxes(&root).iter().all(|b| b.disabled()));
    assert!(boxes(&root)[0].checked());
    assert!(
        root.query_selector(".ler-undo, .ler-reset, .ler-note input")
            .unwrap()
            .is_none()
    );
    assert_eq!(text_of(&root, ".ler-note-text"), "Your note: done by IT");

    let hidden = container();
    let _h2 = leptos::mount::mount_to(hidden.clone(), move || {
        view! {
            <ChecklistPanel list=list() ctx=TextCtx::default() course_id=Some("c-ro".to_owned()) store hide_notes=true/>
        }
    });
    tick().await;
    assert!(
        hidden
            .query_selector(".ler-note, .ler-note-text")
            .unwrap()
            .is_none()
    );
    assert!(hidden.query_selector(".ler-undo").unwrap().is_some());
}
