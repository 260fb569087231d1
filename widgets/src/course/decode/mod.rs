//! Decodes compiled course files from the value `JSON.parse` returns, by hand.
//!
//! serde derives monomorphise a deserializer per model type and per input type: in the
//! wasm they cost far more bytes than this walker (see BENCHMARKS.md). The JSON format is
//! the one `ler-content` writes with serde (`content/src/model.rs`): externally tagged
//! enums, `default` fields that may be absent, unknown fields ignored.

mod model;
mod value;

use value::{Decoded, Tagged};
pub(crate) use value::{FromJs, Obj};
