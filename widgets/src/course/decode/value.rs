//! The walker: typed reads from a parsed JSON value, with errors that say where.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// What was wrong, and where in the file (`sections[2].kind.checklist.id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    what: String,
    at: String,
}

impl DecodeError {
    pub fn new(what: impl Into<String>) -> Self {
        Self {
            what: what.into(),
            at: String::new(),
        }
    }

    /// The same error, one object key further out.
    fn in_key(mut self, key: &str) -> Self {
        let sep = if self.at.is_empty() || self.at.starts_with('[') {
            ""
        } else {
            "."
        };
        self.at = format!("{key}{sep}{}", self.at);
        self
    }

    /// The same error, one array index further out.
    fn in_index(mut self, index: usize) -> Self {
        let sep = if self.at.is_empty() || self.at.starts_with('[') {
            ""
        } else {
            "."
        };
        self.at = format!("[{index}]{sep}{}", self.at);
        self
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at.is_empty() {
            f.write_str(&self.what)
        } else {
            write!(f, "{} at {}", self.what, self.at)
        }
    }
}

pub(crate) type Decoded<T> = Result<T, DecodeError>;

/// A model type that can be read from a parsed JSON value.
pub trait FromJs: Sized {
    fn from_js(value: &JsValue) -> Decoded<Self>;
}

impl FromJs for String {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        value
            .as_string()
            .ok_or_else(|| DecodeError::new("expected a string"))
    }
}

/// A whole number in `0..=max`.
fn whole(value: &JsValue, max: u32) -> Decoded<u32> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n))
        .map(|n| n as u32)
        .ok_or_else(|| DecodeError::new(format!("expected a whole number from 0 to {max}")))
}

impl FromJs for u32 {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        whole(value, u32::MAX)
    }
}

impl FromJs for u8 {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        whole(value, u8::MAX.into()).map(|n| n as u8)
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        if !Array::is_array(value) {
            return Err(DecodeError::new("expected an array"));
        }
        let array: &Array = value.unchecked_ref();
        array
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_js(&item).map_err(|e| e.in_index(i)))
            .collect()
    }
}

/// A JSON object whose fields are read by name; fields not asked for are ignored.
pub(crate) struct Obj<'a>(&'a JsValue);

impl<'a> Obj<'a> {
    pub(crate) fn new(value: &'a JsValue) -> Decoded<Self> {
        if value.is_object() && !Array::is_array(value) {
            Ok(Self(value))
        } else {
            Err(DecodeError::new("expected an object"))
        }
    }

    /// The field's value; `undefined` when absent.
    pub(crate) fn get(&self, key: &str) -> JsValue {
        Reflect::get(self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    /// A field that must be there.
    pub(crate) fn req<T: FromJs>(&self, key: &str) -> Decoded<T> {
        let value = self.get(key);
        if value.is_undefined() {
            return Err(DecodeError::new(format!("missing field \"{key}\"")));
        }
        T::from_js(&value).map_err(|e| e.in_key(key))
    }

    /// An optional field: absent or `null` is `None`.
    pub(crate) fn opt<T: FromJs>(&self, key: &str) -> Decoded<Option<T>> {
        let value = self.get(key);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        T::from_js(&value).map(Some).map_err(|e| e.in_key(key))
    }

    /// A list that may be absent (empty then).
    pub(crate) fn list<T: FromJs>(&self, key: &str) -> Decoded<Vec<T>> {
        let value = self.get(key);
        if value.is_undefined() {
            return Ok(Vec::new());
        }
        Vec::from_js(&value).map_err(|e| e.in_key(key))
    }
}

/// An externally tagged enum value: `"tag"` for a unit variant, `{"tag": inner}` otherwise.
pub(crate) struct Tagged {
    pub tag: String,
    pub inner: JsValue,
}

impl Tagged {
    pub(crate) fn read(value: &JsValue) -> Decoded<Self> {
        if let Some(tag) = value.as_string() {
            return Ok(Self {
                tag,
                inner: JsValue::UNDEFINED,
            });
        }
        let not_tagged = || DecodeError::new("expected a string or an object with one key");
        Obj::new(value).map_err(|_| not_tagged())?;
        let keys = Object::keys(value.unchecked_ref::<Object>());
        let tag = keys.get(0).as_string().filter(|_| keys.length() == 1);
        let tag = tag.ok_or_else(not_tagged)?;
        let inner = Reflect::get(value, &JsValue::from_str(&tag)).unwrap_or(JsValue::UNDEFINED);
        Ok(Self { tag, inner })
    }

    /// The variant's content, with errors placed under the tag.
    pub(crate) fn inner<T: FromJs>(&self) -> Decoded<T> {
        T::from_js(&self.inner).map_err(|e| e.in_key(&self.tag))
    }

    /// A unit variant must come as a bare string.
    pub(crate) fn unit<T>(&self, variant: T) -> Decoded<T> {
        if self.inner.is_undefined() {
            Ok(variant)
        } else {
            Err(DecodeError::new(format!(
                "expected the string \"{}\"",
                self.tag
            )))
        }
    }

    pub(crate) fn unknown<T>(&self, expected: &str) -> Decoded<T> {
        Err(DecodeError::new(format!(
            "unknown variant \"{}\", expected one of {expected}",
            self.tag
        )))
    }
}
