//! Reflection answers in the module viewer: saved as the learner types, restored, and
//! honest about storage that cannot be used.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::*;
use ler_widgets::ModuleViewer;
use ler_widgets::{CourseId, Store, StoreKey};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::checklist::{Blocked, memory_store, text, type_into};
use crate::dom::{all, container, find, sleep, text_of, tick};

fn module_with_reflections() -> (Course, Module) {
    let (course, mut module) = super::fixtures::course_and_module();
    module.sections.push(Section {
        id: "reflect".into(),
        title: "Reflection questions".into(),
        body: vec![],
        kind: SectionKind::Reflection(vec![
            ReflectionQuestion {
                id: "refl-one".into(),
                prompt: text("Which records could a third party check today?"),
            },
            ReflectionQuestion {
                id: "refl-two".into(),
                prompt: text("Who would answer a verifier?"),
            },
        ]),
    });
    (course, module)
}

fn mount_viewer(
    root: &web_sys::HtmlElement,
    store: Store,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    let (course, module) = module_with_reflections();
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        provide_context(CourseId(course.id.clone()));
        view! {
            <ModuleViewer
                course=Arc::new(course)
                module=Arc::new(module)
                start_section=Some("reflect".to_owned())
            />
        }
    })
}

#[wasm_bindgen_test]
async fn reflection_answers_are_saved_as_the_learner_types_and_restored() {
    let (store, backend) = memory_store();
    let key = StoreKey::new("test-course", "reflections", "reflect").to_string();
    let root = container();
    let handle = mount_viewer(&root, store.clone());
    tick().await;
    let boxes = all(&root, ".ler-reflection textarea");
    assert_eq!(boxes.len(), 2);
    let status = find(&root, ".ler-save-status");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    type_into(&boxes[0], "The transcript, ");
    sleep(100).await;
    type_into(&boxes[0], "The transcript, if signed.");
    // Not yet: the learner has not paused.
    assert_eq!(backend.raw(&key), None);
    sleep(500).await;
    assert_eq!(status.text_content().unwrap_or_default(), "Saved");
    assert_eq!(
        backend.raw(&key).as_deref(),
        Some(r#"{"t":{"refl-one":"The transcript, if signed."},"v":1}"#)
    );
    // A pending answer is saved when the viewer goes away before the pause ends.
    type_into(&boxes[1], "The registrar.");
    drop(handle);
    assert!(
        backend
            .raw(&key)
            .unwrap_or_default()
            .contains("The registrar.")
    );

    // A fresh store on the same backend: what a reload sees.
    let root = container();
    let _again = mount_viewer(&root, Store::new(backend.clone()));
    tick().await;
    let boxes: Vec<web_sys::HtmlTextAreaElement> = all(&root, ".ler-reflection textarea")
        .into_iter()
        .map(|e| e.unchecked_into())
        .collect();
    assert_eq!(boxes[0].value(), "The transcript, if signed.");
    assert_eq!(boxes[1].value(), "The registrar.");

    // Erase, then bring it back.
    all(&root, ".ler-erase")[0].click();
    tick().await;
    assert_eq!(boxes[0].value(), "");
    assert_eq!(text_of(&root, ".ler-save-status"), "Answer erased");
    assert!(!backend.raw(&key).unwrap_or_default().contains("transcript"));
    let restore = all(&root, ".ler-restore").remove(0);
    assert!(!restore.hidden());
    restore.click();
    tick().await;
    assert_eq!(boxes[0].value(), "The transcript, if signed.");
    assert!(backend.raw(&key).unwrap_or_default().contains("transcript"));
}

#[wasm_bindgen_test]
async fn reflections_without_storage_say_so() {
    let root = container();
    let _handle = mount_viewer(&root, Store::new(Arc::new(Blocked)));
    tick().await;
    assert!(text_of(&root, ".ler-notices").contains("will not be kept"));
    let area = all(&root, ".ler-reflection textarea").remove(0);
    type_into(&area, "Kept in memory");
    sleep(500).await;
    assert_eq!(
        text_of(&root, ".ler-save-status"),
        "Kept on this page only, not saved"
    );
}
