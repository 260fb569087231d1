//! Saving text as the learner types, without a write per keystroke.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use leptos::prelude::{TimeoutHandle, set_timeout_with_handle};

/// How long the learner pauses before a text is saved.
pub(crate) const SAVE_DELAY: Duration = Duration::from_millis(400);

type Job = Box<dyn FnOnce() + Send + Sync>;

#[derive(Default)]
struct Pending {
    job: Option<Job>,
    timer: Option<TimeoutHandle>,
    generation: u64,
}

/// Runs the latest scheduled job once the learner pauses; [`Debouncer::flush`] runs it at
/// once (on blur, before the widget goes away). Each [`Debouncer::schedule`] replaces the job
/// waiting before it.
///
/// Cheap to clone; clones share the pending job.
#[derive(Clone, Default)]
pub(crate) struct Debouncer {
    pending: Arc<Mutex<Pending>>,
}

impl Debouncer {
    /// A debouncer with nothing pending.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    fn pending(&self) -> MutexGuard<'_, Pending> {
        super::locks::lock(&self.pending)
    }

    /// Runs `job` after `delay`, unless another job is scheduled, flushed or cancelled first.
    pub(crate) fn schedule(&self, delay: Duration, job: impl FnOnce() + Send + Sync + 'static) {
        let generation = {
            let mut pending = self.pending();
            if let Some(timer) = pending.timer.take() {
                timer.clear();
            }
            pending.job = Some(Box::new(job));
            pending.generation = pending.generation.wrapping_add(1);
            pending.generation
        };
        let me = self.clone();
        match set_timeout_with_handle(move || me.fire(generation), delay) {
            Ok(timer) => {
                let mut pending = self.pending();
                if pending.generation == generation && pending.job.is_some() {
                    pending.timer = Some(timer);
                }
            }
            // No timers (no window): save now rather than never.
            Err(_) => self.flush(),
        }
    }

    fn fire(&self, generation: u64) {
        let job = {
            let mut pending = self.pending();
            if pending.generation != generation {
                return;
            }
            pending.timer = None;
            pending.job.take()
        };
        if let Some(job) = job {
            job();
        }
    }

    /// Runs the pending job now, if there is one.
    pub(crate) fn flush(&self) {
        let job = {
            let mut pending = self.pending();
            if let Some(timer) = pending.timer.take() {
                timer.clear();
            }
            pending.job.take()
        };
        if let Some(job) = job {
            job();
        }
    }

    /// Drops the pending job.
    pub(crate) fn cancel(&self) {
        let mut pending = self.pending();
        if let Some(timer) = pending.timer.take() {
            timer.clear();
        }
        pending.job = None;
    }
}
