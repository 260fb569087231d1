//! Fetching compiled course files, once per URL per page.
//!
//! Every widget on a page asks for `course.json` and usually the same module: the first ask
//! starts the fetch, later asks share its result (the futures are `Shared`), so fifty widgets
//! mean one request per file. Nothing here panics: network, HTTP, size, JSON-shape and
//! format-version problems all come back as a [`LoadError`] the widget shows.

use crate::text_map::TextMap;
use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use ler_content::model::{Course, FORMAT_VERSION, Library, Module};
use wasm_bindgen::JsCast;

use crate::decode::{FromJs, Obj};
use crate::i18n::{Lang, Msg};

/// Largest compiled file a widget will read. The whole default curriculum is far below it;
/// anything larger is a wrong `src`, not a course.
pub(crate) const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// Why a file could not be loaded; shown to the user inside the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed before an answer came (offline, CORS, bad URL).
    Network { url: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The file is larger than `MAX_FILE_BYTES` (5 MB); `bytes` is its declared length, or for
    /// an undeclared one what was measured (at least that many bytes).
    TooLarge { url: String, bytes: usize },
    /// Not JSON, or JSON of the wrong shape.
    Json { url: String, detail: String },
    /// Compiled for another format version.
    Version { url: String, found: u32 },
    /// The course address cannot be resolved into the address of a file beside it.
    BadAddress { url: String },
    /// The course has no module with this id.
    UnknownModule {
        /// The course's title.
        course: String,
        /// The id asked for.
        module: String,
        /// The ids the course has, in order.
        known: Vec<String>,
    },
}

impl LoadError {
    /// The message in the interface language. Byte counts are written as the language
    /// writes numbers; a status code, a version and the decoder's detail are not.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Network { url } => lang.fill(Msg::LoadNetwork, &[("url", url)]),
            Self::Http { url, status } => lang.fill(
                Msg::LoadHttp,
                &[("status", &status.to_string()), ("url", url)],
            ),
            Self::TooLarge { url, bytes } => lang.fill(
                Msg::LoadTooLarge,
                &[
                    ("url", url),
                    ("bytes", &lang.number(*bytes)),
                    ("max", &lang.number(MAX_FILE_BYTES)),
                ],
            ),
            Self::Json { url, detail } => {
                lang.fill(Msg::LoadJson, &[("url", url), ("detail", detail)])
            }
            Self::Version { url, found } => lang.fill(
                Msg::LoadVersion,
                &[
                    ("url", url),
                    ("found", &found.to_string()),
                    ("version", &FORMAT_VERSION.to_string()),
                ],
            ),
            Self::BadAddress { url } => lang.fill(Msg::LoadBadAddress, &[("url", url)]),
            Self::UnknownModule {
                course,
                module,
                known,
            } => lang.fill(
                Msg::LoadUnknownModule,
                &[
                    ("module", module),
                    ("course", course),
                    ("ids", &known.join(", ")),
                ],
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Compiled files carry their format version; this lets [`load`] check it generically.
pub trait Versioned {
    /// The `format` field.
    fn format(&self) -> u32;
}

impl Versioned for Course {
    fn format(&self) -> u32 {
        self.format
    }
}
impl Versioned for Module {
    fn format(&self) -> u32 {
        self.format
    }
}
impl Versioned for Library {
    fn format(&self) -> u32 {
        self.format
    }
}

type Loaded<T> = Result<Arc<T>, LoadError>;
type SharedLoad<T> = Shared<LocalBoxFuture<'static, Loaded<T>>>;

thread_local! {
    // url -> SharedLoad<T> of the type first asked for at that url.
    static CACHE: RefCell<TextMap<Box<dyn Any>>> = RefCell::new(TextMap::new());
}

/// Loads and decodes `url` as `T`, sharing one request among every caller on the page.
pub(crate) async fn load<T>(url: String) -> Loaded<T>
where
    T: FromJs + Versioned + 'static,
{
    let shared = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(existing) = cache
            .get(&url)
            .and_then(|b| b.downcast_ref::<SharedLoad<T>>())
        {
            return existing.clone();
        }
        let fut: SharedLoad<T> = fetch_and_decode::<T>(url.clone()).boxed_local().shared();
        cache.insert(url.clone(), Box::new(fut.clone()));
        fut
    });
    shared.await
}

async fn fetch_and_decode<T>(url: String) -> Loaded<T>
where
    T: FromJs + Versioned + 'static,
{
    let text = fetch_text(&url).await?;
    decode::<T>(&url, &text).map(Arc::new)
}

/// Decodes a compiled file and checks its format version.
pub fn decode<T: FromJs + Versioned>(url: &str, text: &str) -> Result<T, LoadError> {
    let json_error = |detail: String| LoadError::Json {
        url: url.to_owned(),
        detail,
    };
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let reason = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        json_error(format!("it is not JSON ({reason})"))
    })?;
    // Check the version before the shape, so an old or new file gets the useful message.
    let format = Obj::new(&value)
        .and_then(|o| o.opt::<u32>("format"))
        .map_err(|e| json_error(e.to_string()))?;
    match format {
        Some(FORMAT_VERSION) => {}
        Some(found) => {
            return Err(LoadError::Version {
                url: url.to_owned(),
                found,
            });
        }
        None => return Err(json_error("it has no \"format\" field".to_owned())),
    }
    let value = T::from_js(&value).map_err(|e| json_error(e.to_string()))?;
    debug_assert_eq!(value.format(), FORMAT_VERSION);
    Ok(value)
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let url = url.to_owned();
    ler_fetch::text(&url, MAX_FILE_BYTES)
        .await
        .map_err(|error| match error {
            ler_fetch::FetchError::Network => LoadError::Network { url },
            ler_fetch::FetchError::Http(status) => LoadError::Http { url, status },
            ler_fetch::FetchError::TooLarge(bytes) => LoadError::TooLarge { url, bytes },
        })
}

/// Loads the course index, checks that `module_id` is one of its modules (naming the ones
/// that exist when it is not), then loads the module. Not both at once: a wrong id would
/// then cost a 404 in the console besides the message. The loader script has usually
/// fetched both already, while the wasm was on its way (www/ler-widgets.js, `prefetch`).
#[cfg(feature = "viewer")]
pub(crate) async fn course_and_module(
    course_url: String,
    module_id: String,
) -> Result<(Arc<Course>, Arc<Module>), LoadError> {
    let course = load::<Course>(course_url.clone()).await?;
    if !course.modules.iter().any(|m| m.id == module_id) {
        return Err(LoadError::UnknownModule {
            course: course.title.clone(),
            module: module_id,
            known: course.modules.iter().map(|m| m.id.clone()).collect(),
        });
    }
    let module_url = crate::urls::module_url(&course_url, &module_id)
        .ok_or(LoadError::BadAddress { url: course_url })?;
    let module = load::<Module>(module_url).await?;
    Ok((course, module))
}

/// Loads the course index and the library beside it, at the same time.
#[cfg(feature = "explorer")]
pub(crate) async fn course_and_library(
    course_url: String,
) -> Result<(Arc<Course>, Arc<Library>), LoadError> {
    let library_url =
        crate::urls::library_url(&course_url).ok_or_else(|| LoadError::BadAddress {
            url: course_url.clone(),
        })?;
    let (course, library) =
        futures::future::join(load::<Course>(course_url), load::<Library>(library_url)).await;
    Ok((course?, library?))
}
