//! The compiler, end to end: fixture courses in, JSON or located errors out.
//!
//! `tests/fixtures/good-course/` compiles to the JSON in its `expected/` folder; every other
//! folder under `tests/fixtures/` is a broken variant of it (its files replace or join the
//! good course's) whose exact errors are in its `errors.txt`. `UPDATE_SNAPSHOTS=1 cargo test`
//! rewrites both kinds of expectation after a deliberate change; review the diff.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod broken;
mod cli;
mod crlf;
mod curriculum;
mod hostile;
mod html;
mod never_panics;
mod snapshot;
mod support;
