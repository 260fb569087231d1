//! The latest result of an async load that runs again when the signals it reads change.
//!
//! What the widgets used `LocalResource` for, without its machinery (suspense, transitions,
//! serialisation hooks), which they never used: measured, the core bundle's wasm is 10,458
//! bytes smaller (gzip -9) and the explorer's 7,851 than with `LocalResource` at the same
//! four places.
//! The guarantees the views rely on are kept and tested (`widgets/tests/web/latest.rs`):
//!
//! - `None` until the first run finishes; afterwards the last finished value stays until a
//!   newer one replaces it (no flash of "Loading" when the module viewer changes module);
//! - a run that a newer one overtook never lands, even if it finishes last;
//! - a run that finishes after the widget was removed is dropped, without a panic.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Runs `load` now and again whenever a signal it reads (synchronously, before its first
/// `.await`) changes; the signal holds the result of the newest run that has finished.
pub(crate) fn latest<T, F>(load: impl Fn() -> F + 'static) -> ReadSignal<Option<T>, LocalStorage>
where
    T: 'static,
    F: Future<Output = T> + 'static,
{
    let value = RwSignal::new_local(None);
    let newest = Rc::new(Cell::new(0u64));
    Effect::new(move |_| {
        let run = newest.get().wrapping_add(1);
        newest.set(run);
        let future = load();
        let newest = Rc::clone(&newest);
        spawn_local(async move {
            let result = future.await;
            if newest.get() == run {
                // Gone with its widget: `try_set` hands the value back instead of panicking.
                let _ = value.try_set(Some(result));
            }
        });
    });
    value.read_only()
}

#[cfg(all(test, target_arch = "wasm32"))]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod browser_tests {
    use wasm_bindgen_futures::JsFuture;
    use wasm_bindgen_test::*;

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    async fn sleep(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }

    /// A reactive owner, with the async executor set up as mounting a widget sets it.
    fn owner() -> Owner {
        use wasm_bindgen::JsCast;
        let document = web_sys::window().unwrap().document().unwrap();
        let element: web_sys::HtmlElement =
            document.create_element("div").unwrap().unchecked_into();
        drop(leptos::mount::mount_to(element, || ()));
        Owner::new()
    }

    #[wasm_bindgen_test]
    async fn nothing_until_the_first_run_finishes_then_its_value() {
        let owner = owner();
        let value = owner.with(|| {
            latest(|| async {
                sleep(20).await;
                7
            })
        });
        sleep(0).await;
        assert_eq!(value.get_untracked(), None);
        sleep(60).await;
        assert_eq!(value.get_untracked(), Some(7));
    }

    #[wasm_bindgen_test]
    async fn a_run_that_was_overtaken_never_lands_and_the_old_value_stays_meanwhile() {
        let owner = owner();
        let (source, value) = owner.with(|| {
            let source = RwSignal::new(1);
            // The first value is slow, the second fast: the first finishes last.
            let value = latest(move || {
                let n = source.get();
                async move {
                    sleep(if n == 2 { 60 } else { 10 }).await;
                    n
                }
            });
            (source, value)
        });
        sleep(40).await;
        assert_eq!(value.get_untracked(), Some(1));
        source.set(2);
        sleep(0).await;
        source.set(3);
        sleep(30).await;
        // Run 2 is still pending, run 3 has finished.
        assert_eq!(value.get_untracked(), Some(3));
        sleep(80).await;
        assert_eq!(value.get_untracked(), Some(3), "the overtaken run 2 landed");
    }

    #[wasm_bindgen_test]
    async fn a_run_that_finishes_after_its_widget_is_gone_is_dropped() {
        let owner = owner();
        let value = owner.with(|| {
            latest(|| async {
                sleep(20).await;
                "late"
            })
        });
        sleep(0).await;
        owner.cleanup();
        // The signal was disposed with its owner; the run finishing now must not panic.
        sleep(60).await;
        assert_eq!(value.try_get_untracked(), None);
    }
}
