//! Finding the LMS's SCORM API object and calling it.
//!
//! # Discovery
//!
//! The standard way (ADL's API discovery algorithm): look for the API object on this window,
//! then on each `parent` up to [`MAX_PARENTS`] levels, then on `opener` and its parents. A
//! frame of another origin throws on any property access but a few (`parent`, `opener` …);
//! every access goes through `Reflect::get`, which turns the exception into an `Err`, so such
//! a frame is skipped and the walk goes on above it.
//!
//! # Calls
//!
//! Every call goes through `Reflect` and `Function::call`, so a missing method, an exception
//! thrown by the LMS or a value of the wrong type is an [`LmsError`], never a panic. A
//! `"false"` answer (or `false`) is followed by `GetLastError`, `GetErrorString` and
//! `GetDiagnostic`, and the error carries the LMS's own words.

use std::fmt;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::datamodel::{Call, Version};
use crate::options::Attributes;

/// How many `parent` levels discovery climbs (ADL's sample uses 7; some LMSs nest deeper).
pub(crate) const MAX_PARENTS: usize = 10;

/// Which API the launch page asks for (the `lms` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Preference {
    /// `lms="scorm-1.2"`: only `API`.
    Scorm12,
    /// `lms="scorm-2004"`: only `API_1484_11`.
    Scorm2004,
    /// `lms` with another value: SCORM 2004 first, then 1.2, at each level.
    Any,
}

impl Preference {
    /// Reads the `lms` attribute of a module viewer: `None` (no LMS) when it is absent or
    /// `"false"`, as for any boolean attribute.
    pub(crate) fn from_attributes(attrs: &Attributes) -> Option<Self> {
        attrs
            .flag("lms")
            .then(|| Self::from_attribute(attrs.text("lms").as_deref()))
    }

    /// Reads the `lms` attribute's value.
    pub(crate) fn from_attribute(value: Option<&str>) -> Self {
        match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Some("scorm-1.2" | "scorm1.2" | "scorm12" | "1.2") => Self::Scorm12,
            Some("scorm-2004" | "scorm2004" | "2004") => Self::Scorm2004,
            _ => Self::Any,
        }
    }

    fn versions(self) -> &'static [Version] {
        match self {
            Self::Scorm12 => &[Version::Scorm12],
            Self::Scorm2004 => &[Version::Scorm2004],
            Self::Any => &[Version::Scorm2004, Version::Scorm12],
        }
    }
}

/// A failed call, in the LMS's words where it gave any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LmsError {
    /// What was called (`LMSSetValue("cmi.suspend_data", …)`).
    pub call: String,
    /// The LMS's error code (`GetLastError`), or empty.
    pub code: String,
    /// Its text (`GetErrorString`), or what went wrong calling it.
    pub text: String,
    /// Its diagnostic (`GetDiagnostic`), if it gave one beyond the text.
    pub diagnostic: String,
}

impl fmt::Display for LmsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed", self.call)?;
        if !self.code.is_empty() {
            write!(f, ": error {}", self.code)?;
        }
        if !self.text.is_empty() {
            write!(f, ": {}", self.text)?;
        }
        if !self.diagnostic.is_empty() && self.diagnostic != self.text {
            write!(f, " ({})", self.diagnostic)?;
        }
        Ok(())
    }
}

/// The LMS's API object.
#[derive(Debug, Clone)]
pub(crate) struct ScormApi {
    object: JsValue,
    version: Version,
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The API object of one of `versions` on `window`, if it has one.
fn api_on(window: &JsValue, versions: &[Version]) -> Option<ScormApi> {
    versions.iter().find_map(|&version| {
        let object = get(window, version.api_name()).filter(JsValue::is_object)?;
        get(&object, version.method(Call::Initialize))
            .filter(JsValue::is_function)
            .map(|_| ScormApi { object, version })
    })
}

/// Looks on `window` and up its `parent`s.
fn search_up(mut window: JsValue, versions: &[Version]) -> Option<ScormApi> {
    for _ in 0..=MAX_PARENTS {
        if let Some(api) = api_on(&window, versions) {
            return Some(api);
        }
        let parent = get(&window, "parent")?;
        if js_sys::Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

impl ScormApi {
    /// Finds the LMS's API the standard way (see the [module docs](self)).
    pub(crate) fn find(preference: Preference) -> Option<Self> {
        let window: JsValue = web_sys::window()?.into();
        let versions = preference.versions();
        search_up(window.clone(), versions)
            .or_else(|| get(&window, "opener").and_then(|opener| search_up(opener, versions)))
    }

    /// An API object given directly (the browser tests).
    #[cfg(all(test, target_arch = "wasm32"))]
    pub(crate) fn from_object(object: JsValue, version: Version) -> Self {
        Self { object, version }
    }

    /// Which SCORM.
    pub(crate) fn version(&self) -> Version {
        self.version
    }

    /// Calls `call` with string arguments; `Err` with what went wrong when the method is
    /// missing or throws.
    fn raw(&self, call: Call, args: &[&str]) -> Result<JsValue, String> {
        let name = self.version.method(call);
        let function: Function = get(&self.object, name)
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| format!("the LMS's API has no {name} function"))?;
        let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
        let result = match args.as_slice() {
            [] => function.call0(&self.object),
            [a] => function.call1(&self.object, a),
            [a, b] => function.call2(&self.object, a, b),
            _ => return Err("too many arguments".to_owned()),
        };
        result.map_err(|e| {
            let what = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "an exception".to_owned());
            format!("{name} threw: {what}")
        })
    }

    fn text_of(&self, call: Call, args: &[&str]) -> String {
        match self.raw(call, args) {
            Ok(v) => v
                .as_string()
                // JavaScript's own number-to-text (same as Rust's for any value an LMS
                // plausibly returns), so float formatting stays out of the wasm.
                .or_else(|| {
                    v.as_f64()?;
                    js_sys::Number::from(v)
                        .to_string_with_radix(10)
                        .ok()
                        .map(String::from)
                })
                .unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    fn describe(&self, call: Call, args: &[&str]) -> String {
        let name = self.version.method(call);
        match args {
            [] => format!("{name}(\"\")"),
            [element] => format!("{name}(\"{element}\")"),
            [element, _] => format!("{name}(\"{element}\", …)"),
            _ => name.to_owned(),
        }
    }

    /// The LMS's last error, in its own words.
    fn last_error(&self, call: Call, args: &[&str]) -> LmsError {
        let code = self.text_of(Call::GetLastError, &[]);
        let text = self.text_of(Call::GetErrorString, &[&code]);
        let diagnostic = self.text_of(Call::GetDiagnostic, &[&code]);
        LmsError {
            call: self.describe(call, args),
            code,
            text,
            diagnostic,
        }
    }

    /// A call that answers `"true"` or `"false"`.
    fn status(&self, call: Call, args: &[&str]) -> Result<(), LmsError> {
        match self.raw(call, args) {
            Ok(v) if v.as_bool() == Some(true) || v.as_string().as_deref() == Some("true") => {
                Ok(())
            }
            Ok(_) => Err(self.last_error(call, args)),
            Err(why) => Err(LmsError {
                call: self.describe(call, args),
                code: String::new(),
                text: why,
                diagnostic: String::new(),
            }),
        }
    }

    /// `Initialize("")` / `LMSInitialize("")`.
    pub(crate) fn initialize(&self) -> Result<(), LmsError> {
        self.status(Call::Initialize, &[""])
    }

    /// `Terminate("")` / `LMSFinish("")`.
    pub(crate) fn terminate(&self) -> Result<(), LmsError> {
        self.status(Call::Terminate, &[""])
    }

    /// `Commit("")` / `LMSCommit("")`.
    pub(crate) fn commit(&self) -> Result<(), LmsError> {
        self.status(Call::Commit, &[""])
    }

    /// `SetValue(element, value)`.
    pub(crate) fn set(&self, element: &str, value: &str) -> Result<(), LmsError> {
        self.status(Call::SetValue, &[element, value])
    }

    /// `GetValue(element)`: the value, or the error when the LMS reports one (an empty
    /// string with error code "0" is an empty value).
    pub(crate) fn get(&self, element: &str) -> Result<String, LmsError> {
        let args = [element];
        match self.raw(Call::GetValue, &args) {
            Ok(v) => {
                let value = v.as_string().unwrap_or_default();
                if !value.is_empty() {
                    return Ok(value);
                }
                let error = self.last_error(Call::GetValue, &args);
                if error.code.is_empty() || error.code == "0" {
                    Ok(value)
                } else {
                    Err(error)
                }
            }
            Err(why) => Err(LmsError {
                call: self.describe(Call::GetValue, &args),
                code: String::new(),
                text: why,
                diagnostic: String::new(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lms_attribute_names_the_api() {
        assert_eq!(
            Preference::from_attribute(Some("scorm-1.2")),
            Preference::Scorm12
        );
        assert_eq!(
            Preference::from_attribute(Some(" SCORM-2004 ")),
            Preference::Scorm2004
        );
        assert_eq!(Preference::from_attribute(Some("")), Preference::Any);
        assert_eq!(Preference::from_attribute(None), Preference::Any);
        let attrs = |pairs: &[(&str, &str)]| Attributes::from_pairs(pairs.iter().copied());
        assert_eq!(Preference::from_attributes(&attrs(&[])), None);
        assert_eq!(
            Preference::from_attributes(&attrs(&[("lms", "false")])),
            None
        );
        assert_eq!(
            Preference::from_attributes(&attrs(&[("lms", "")])),
            Some(Preference::Any)
        );
        assert_eq!(
            Preference::from_attributes(&attrs(&[("lms", "scorm-1.2")])),
            Some(Preference::Scorm12)
        );
        assert_eq!(
            Preference::Any.versions(),
            &[Version::Scorm2004, Version::Scorm12]
        );
    }

    #[test]
    fn errors_read_as_the_lms_put_them() {
        let e = LmsError {
            call: "LMSSetValue(\"cmi.suspend_data\", …)".to_owned(),
            code: "405".to_owned(),
            text: "Incorrect Data Type".to_owned(),
            diagnostic: "Incorrect Data Type".to_owned(),
        };
        assert_eq!(
            e.to_string(),
            "LMSSetValue(\"cmi.suspend_data\", …) failed: error 405: Incorrect Data Type"
        );
    }
}

/// The calls against JavaScript objects, in the browser (`cargo test --target wasm32…`).
#[cfg(all(test, target_arch = "wasm32"))]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod browser_tests {
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::*;

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// An object with the SCORM 1.2 methods given as JavaScript bodies.
    fn api(methods: &[(&str, &str)]) -> JsValue {
        let object = Object::new();
        for (name, body) in methods {
            let f = Function::new_with_args("a, b", body);
            Reflect::set(&object, &JsValue::from_str(name), &f).unwrap();
        }
        object.into()
    }

    #[wasm_bindgen_test]
    fn a_refusal_carries_the_lms_words() {
        let api = ScormApi::from_object(
            api(&[
                ("LMSSetValue", "return 'false';"),
                ("LMSGetLastError", "return '405';"),
                (
                    "LMSGetErrorString",
                    "return a === '405' ? 'Incorrect Data Type' : '';",
                ),
                (
                    "LMSGetDiagnostic",
                    "return 'cmi.core.lesson_status: bad value';",
                ),
            ]),
            Version::Scorm12,
        );
        let error = api.set("cmi.core.lesson_status", "done").unwrap_err();
        assert_eq!(
            error.to_string(),
            "LMSSetValue(\"cmi.core.lesson_status\", …) failed: error 405: Incorrect Data \
             Type (cmi.core.lesson_status: bad value)"
        );
    }

    #[wasm_bindgen_test]
    fn exceptions_missing_methods_and_odd_answers_are_errors_not_panics() {
        let api = ScormApi::from_object(
            api(&[
                ("LMSCommit", "throw new Error('network down');"),
                ("LMSInitialize", "return true;"),
                ("LMSFinish", "return 42;"),
                ("LMSGetValue", "return '';"),
                ("LMSGetLastError", "return 0;"),
            ]),
            Version::Scorm12,
        );
        let error = api.commit().unwrap_err();
        assert!(error.text.contains("network down"), "{error}");
        // A boolean true is as good as "true".
        assert_eq!(api.initialize(), Ok(()));
        assert!(api.terminate().is_err());
        // An empty value with error 0 is an empty value.
        assert_eq!(api.get("cmi.suspend_data"), Ok(String::new()));
        let error = api.set("cmi.core.exit", "suspend").unwrap_err();
        assert!(error.text.contains("no LMSSetValue function"), "{error}");
    }

    #[wasm_bindgen_test]
    fn discovery_finds_the_api_of_the_asked_version_on_this_window() {
        let window: JsValue = web_sys::window().unwrap().into();
        let fake = api(&[("LMSInitialize", "return 'true';")]);
        Reflect::set(&window, &JsValue::from_str("API"), &fake).unwrap();
        let found = ScormApi::find(Preference::Scorm12).map(|a| a.version());
        let other = ScormApi::find(Preference::Scorm2004).map(|a| a.version());
        let any = ScormApi::find(Preference::Any).map(|a| a.version());
        // Not an API: no Initialize function.
        Reflect::set(&window, &JsValue::from_str("API"), &Object::new()).unwrap();
        let broken = ScormApi::find(Preference::Scorm12).map(|a| a.version());
        Reflect::delete_property(window.unchecked_ref::<Object>(), &JsValue::from_str("API"))
            .unwrap();
        assert_eq!(found, Some(Version::Scorm12));
        assert_eq!(other, None);
        assert_eq!(any, Some(Version::Scorm12));
        assert_eq!(broken, None);
    }
}
