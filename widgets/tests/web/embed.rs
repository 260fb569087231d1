//! The embed surface the loader script calls: the widget kinds it knows and what it says
//! about the ones it does not, or about options that are missing.

use wasm_bindgen_test::*;

use crate::dom::{container, sleep, text_of, tick};

#[wasm_bindgen_test]
async fn the_embed_knows_the_checklist_widget() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("ler-checklist").unwrap();
    let root = container();
    let mut handle = ler_widgets::mount_widget(
        "checklist",
        host,
        root.clone(),
        "https://example.invalid/course.json",
    );
    sleep(20).await;
    let said = text_of(&root, ".ler-alert");
    assert!(said.contains("No module was named"), "{said}");
    handle.unmount();

    let other = container();
    let host = document.create_element("ler-nothing").unwrap();
    let _h = ler_widgets::mount_widget("nothing", host, other.clone(), "");
    tick().await;
    assert!(text_of(&other, ".ler-alert").contains("module-viewer, checklist"));
}
