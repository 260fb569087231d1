//! Browser tests: components mounted into a fresh element in headless Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod checklist;
mod decode;
mod dom;
mod embed;
mod explorer;
mod fixtures;
mod i18n;
mod reflections;

use std::sync::Arc;

use leptos::prelude::*;
use ler_widgets::ModuleViewer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use dom::{container as fresh_container, text_of, tick};

wasm_bindgen_test_configure!(run_in_browser);

/// The fixture module in a viewer, mounted in a fresh container. `course_id` is the
/// test's own, so the learner's saved place cannot leak between tests.
fn mount_viewer(
    course_id: &str,
    start_section: Option<&str>,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let (course, mut module) = fixtures::course_and_module();
    module.course = course_id.to_owned();
    let start_section = start_section.map(str::to_owned);
    let container = fresh_container();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! {
            <ModuleViewer
                course=Arc::new(course)
                module=Arc::new(module)
                start_section
            />
        }
    });
    (container, handle)
}

#[wasm_bindgen_test]
async fn viewer_shows_title_objectives_and_moves_between_sections() {
    let (container, _handle) = mount_viewer("viewer-test-1", None);
    tick().await;
    assert_eq!(text_of(&container, "h2"), "Records and trust");
    assert_eq!(
        container
            .query_selector_all(".ler-objectives li")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        text_of(&container, ".ler-section:not([hidden]) > h3"),
        "First section"
    );
    // The footnote points at the reference list entry.
    assert_eq!(text_of(&container, ".ler-cite"), "[1]");
    assert!(text_of(&container, ".ler-references li").contains("Verifiable Credentials"));

    let next: web_sys::HtmlElement = container
        .query_selector(".ler-next")
        .unwrap()
        .unwrap()
        .unchecked_into();
    next.click();
    tick().await;
    assert_eq!(
        text_of(&container, ".ler-section:not([hidden]) > h3"),
        "A composite case"
    );
    assert_eq!(text_of(&container, ".ler-pager-position"), "Section 2 of 2");
    assert!(container.query_selector(".ler-next").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn case_example_is_a_disclosure_that_starts_closed() {
    let (container, _handle) = mount_viewer("viewer-test-2", Some("case-one"));
    tick().await;
    let button: web_sys::HtmlElement = container
        .query_selector(".ler-disclosure")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let body = container.query_selector(".ler-case-body").unwrap().unwrap();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(button.get_attribute("aria-controls"), Some(body.id()));
    assert!(body.has_attribute("hidden"));
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!body.has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn markup_in_content_stays_text() {
    let (course, mut module) = fixtures::course_and_module();
    module.title = "<img src=x onerror=alert(1)>".to_owned();
    let container = fresh_container();
    let _handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <ModuleViewer course=Arc::new(course) module=Arc::new(module) start_section=None/> }
    });
    assert!(container.query_selector("img").unwrap().is_none());
    assert_eq!(text_of(&container, "h2"), "<img src=x onerror=alert(1)>");
}
