//! How a widget shows what went wrong: inside itself, never by blanking the page.

use leptos::prelude::*;

use crate::i18n::{Lang, Msg};

/// An error message inside a widget (`role="alert"`, so screen readers announce it).
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn WidgetAlert(
    /// The alert's title, naming the widget ("The module viewer could not be shown").
    widget: Msg,
    /// What went wrong, in words a course author can act on.
    message: String,
) -> impl IntoView {
    view! {
        <div class="ler-alert" role="alert">
            <p class="ler-alert-title">{Lang::current().t(widget)}</p>
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
    view! { <p class="ler-loading" role="status">{Lang::current().t(Msg::Loading)}</p> }
}
