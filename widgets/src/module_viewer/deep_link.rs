//! The open section in the page's URL fragment, so a learner can bookmark or share it.
//!
//! The fragment is `#ler:<module>/<section>`. The viewer writes it only when the fragment is
//! empty or already one of ours, with `history.replaceState` (no new history entries, no
//! `hashchange`), so a host page that routes on its own fragment is never disturbed.

const PREFIX: &str = "#ler:";

/// The section a fragment names for `module`, if it is one of ours.
pub(crate) fn section_in_fragment<'a>(fragment: &'a str, module: &str) -> Option<&'a str> {
    let rest = fragment.strip_prefix(PREFIX)?;
    let (m, section) = rest.split_once('/')?;
    (m == module && !section.is_empty()).then_some(section)
}

/// The fragment for a section.
pub(crate) fn fragment_for(module: &str, section: &str) -> String {
    format!("{PREFIX}{module}/{section}")
}

/// Whether the viewer may replace `fragment` (empty or ours).
pub(crate) fn may_replace(fragment: &str) -> bool {
    fragment.is_empty() || fragment == "#" || fragment.starts_with(PREFIX)
}

/// The current page's fragment ("" when there is none or no window).
pub(crate) fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Points the page's fragment at a section, if the host's fragment is not in use.
pub(crate) fn show_in_url(module: &str, section: &str) {
    if !may_replace(&current_fragment()) {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = fragment_for(module, section);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_our_fragment_for_this_module() {
        assert_eq!(
            section_in_fragment("#ler:record-integrity/pillar-trust", "record-integrity"),
            Some("pillar-trust")
        );
        assert_eq!(
            section_in_fragment("#ler:other/pillar-trust", "record-integrity"),
            None
        );
        assert_eq!(section_in_fragment("#/app/route", "record-integrity"), None);
        assert_eq!(
            section_in_fragment("#ler:record-integrity/", "record-integrity"),
            None
        );
    }

    #[test]
    fn never_replaces_a_host_fragment() {
        assert!(may_replace(""));
        assert!(may_replace("#ler:a/b"));
        assert!(!may_replace("#/courses/12"));
        assert!(!may_replace("#top"));
    }

    #[test]
    fn round_trips() {
        let f = fragment_for("m", "s");
        assert_eq!(section_in_fragment(&f, "m"), Some("s"));
    }
}
