//! Reading the compiled course: fetching its files once per page ([`loader`]), decoding
//! them from `JSON.parse`'s value ([`decode`]), and where they and their links live
//! ([`urls`]).

pub(crate) mod decode;
pub(crate) mod loader;
pub(crate) mod urls;
