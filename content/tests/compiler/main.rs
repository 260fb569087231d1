//! The compiler, end to end: fixtures in, JSON or located errors out.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod curriculum;
mod errors;
mod never_panics;
mod snapshot;
mod support;
