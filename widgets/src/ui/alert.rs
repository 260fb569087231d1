//! How a widget shows what went wrong: inside itself, never by blanking the page.

use leptos::prelude::*;

/// An error message inside a widget (`role="alert"`, so screen readers announce it).
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn WidgetAlert(
    /// What the widget was asked to do ("Module viewer").
    widget: &'static str,
    /// What went wrong, in words a course author can act on.
    message: String,
) -> impl IntoView {
    view! {
        <div class="ler-alert" role="alert">
            <p class="ler-alert-title">{format!("{widget} could not be shown")}</p>
            <p>{message}</p>
        </div>
    }
}

/// A polite loading line, replaced by the widget when its content arrives.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn Loading() -> impl IntoView {
    view! { <p class="ler-loading" role="status">"Loading…"</p> }
}
