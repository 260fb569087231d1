//! Who watches a slot: one trigger per widget that took it, dropped with that widget.
//!
//! A slot lives as long as the page, but the widgets reading it come and go. If the slot's
//! data were a signal, every effect that ever read it would stay in that signal's subscriber
//! set after its widget was removed (reactive_graph drops a subscriber only when its source
//! changes and it runs again; a disposed effect never runs again), and each stale entry
//! keeps its effect's allocation alive. Measured before this existed: 2.5–4 KB of wasm
//! memory kept per mount of a module viewer or checklist, without bound. So the slot keeps
//! plain data, and each taker gets its own trigger, which goes away with the taker's owner.

use std::sync::{Arc, Mutex, MutexGuard};

use leptos::prelude::*;

use super::locks::lock;

#[derive(Default)]
struct List {
    next_id: u64,
    triggers: Vec<(u64, ArcTrigger)>,
}

/// The triggers of everyone watching one slot. Cheap to clone; clones share the list.
#[derive(Clone, Default)]
pub(super) struct Watchers {
    list: Arc<Mutex<List>>,
}

impl Watchers {
    fn list(&self) -> MutexGuard<'_, List> {
        lock(&self.list)
    }

    /// A new trigger, notified on every change until the current reactive owner is cleaned
    /// up. Without an owner (native tests), it stays for the life of the slot.
    pub(super) fn watch(&self) -> ArcTrigger {
        let trigger = ArcTrigger::new();
        let id = {
            let mut list = self.list();
            list.next_id = list.next_id.wrapping_add(1);
            let id = list.next_id;
            list.triggers.push((id, trigger.clone()));
            id
        };
        if Owner::current().is_some() {
            let watchers = self.clone();
            on_cleanup(move || watchers.list().triggers.retain(|(each, _)| *each != id));
        }
        trigger
    }

    /// Tells every watcher that the slot changed.
    pub(super) fn notify(&self) {
        // Collected first: a notified effect may take the slot again, which locks the list.
        let triggers: Vec<ArcTrigger> = self
            .list()
            .triggers
            .iter()
            .map(|(_, t)| t.clone())
            .collect();
        for trigger in triggers {
            trigger.notify();
        }
    }

    /// How many watch now.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.list().triggers.len()
    }
}
