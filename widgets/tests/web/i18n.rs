//! The interface language: chosen at mount from the host element's `lang` (English when
//! there is none or it has no catalogue), or given as context by a page that mounts a
//! component itself; the course's own words stay as written and are marked English.

use std::sync::Arc;

use leptos::prelude::*;
use ler_widgets::{Lang, ModuleViewer};
use wasm_bindgen_test::*;

use crate::dom::{container, find, sleep, text_of, tick};
use crate::fixtures;

/// Mounts the checklist from a host element with this `lang` (or none), without a module,
/// so that it says what is missing: in the language it chose.
async fn alert_from_host(lang: Option<&str>) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("ler-checklist").unwrap();
    if let Some(lang) = lang {
        host.set_attribute("lang", lang).unwrap();
    }
    let root = container();
    let handle = ler_widgets::mount_widget("checklist", host, root.clone(), "");
    std::mem::forget(handle);
    sleep(20).await;
    root
}

#[wasm_bindgen_test]
async fn a_spanish_host_gets_a_spanish_alert_and_a_french_one_english() {
    let root = alert_from_host(Some("es-MX")).await;
    let said = text_of(&root, ".ler-alert");
    assert!(
        said.contains("No se pudo mostrar la lista de verificación"),
        "{said}"
    );
    assert!(said.contains("No se indicó ningún module"), "{said}");
    // The host's region is kept: the root inherits rather than saying "es".
    assert_eq!(root.get_attribute("lang"), None);

    let root = alert_from_host(Some("fr")).await;
    assert!(text_of(&root, ".ler-alert").contains("The checklist could not be shown"));
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn a_viewer_given_spanish_speaks_it_around_english_content() {
    let (course, mut module) = fixtures::course_and_module();
    module.course = "i18n-test-1".to_owned();
    let title = module.title.clone();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(Lang::Es);
        view! { <ModuleViewer course=Arc::new(course) module=Arc::new(module) start_section=None/> }
    });
    tick().await;
    assert_eq!(
        text_of(&root, ".ler-objectives h3"),
        "Objetivos de aprendizaje"
    );
    assert!(text_of(&root, ".ler-progress-summary").starts_with("Hasta ahora ha visitado 1 de"));
    assert_eq!(text_of(&root, ".ler-export-notes"), "Exportar mis notas");
    let heading = find(&root, "h2 span");
    assert_eq!(heading.text_content().unwrap_or_default(), title);
    assert_eq!(heading.get_attribute("lang").as_deref(), Some("en"));
}
