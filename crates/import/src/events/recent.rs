//! The message ids this import recorded on its most recent days, held exactly in memory,
//! so that a time-ordered stream (the usual export) needs no duplicate look-ups in the
//! database: only days that had events before the import, or that fell out of the window,
//! are looked up. Memory stays bounded: a few days, each capped.

use std::collections::VecDeque;

use rustc_hash::{FxHashMap, FxHashSet};

/// Days held at once; a time-ordered stream only ever revisits the last one or two.
const DAYS: usize = 4;
/// A day with more ids than this is dropped from the window (looked up from then on).
const MAX_PER_DAY: usize = 1 << 19;

pub(crate) enum Check {
    /// Not imported before: record it.
    New,
    /// Already recorded by this import: a repeat within the file.
    Repeat,
    /// Unknown here: ask the database.
    LookUp,
}

#[derive(Default)]
pub(crate) struct RecentIds {
    /// Days that had events before this import started.
    before: FxHashSet<i32>,
    /// Days this import recorded but no longer holds.
    evicted: FxHashSet<i32>,
    window: VecDeque<i32>,
    ids: FxHashMap<i32, FxHashSet<i64>>,
}

impl RecentIds {
    pub(crate) fn new(days_with_events: impl IntoIterator<Item = i32>) -> RecentIds {
        RecentIds { before: days_with_events.into_iter().collect(), ..Default::default() }
    }

    pub(crate) fn check(&self, day: i32, hash: i64) -> Check {
        if self.before.contains(&day) || self.evicted.contains(&day) {
            return Check::LookUp;
        }
        match self.ids.get(&day) {
            Some(ids) if ids.contains(&hash) => Check::Repeat,
            // Held and absent, or a day this import has not recorded at all: new.
            _ => Check::New,
        }
    }

    pub(crate) fn record(&mut self, day: i32, hash: i64) {
        if self.before.contains(&day) || self.evicted.contains(&day) {
            return;
        }
        if !self.ids.contains_key(&day) {
            if self.window.len() == DAYS
                && let Some(oldest) = self.window.front().copied()
            {
                self.evict(oldest);
            }
            self.window.push_back(day);
        }
        let ids = self.ids.entry(day).or_default();
        ids.insert(hash);
        if ids.len() > MAX_PER_DAY {
            self.evict(day);
        }
    }

    fn evict(&mut self, day: i32) {
        self.ids.remove(&day);
        self.window.retain(|d| *d != day);
        self.evicted.insert(day);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_before_the_import_and_evicted_days_are_looked_up() {
        let mut r = RecentIds::new([10]);
        assert!(matches!(r.check(10, 1), Check::LookUp));
        assert!(matches!(r.check(11, 1), Check::New));
        r.record(11, 1);
        assert!(matches!(r.check(11, 1), Check::Repeat));
        assert!(matches!(r.check(11, 2), Check::New));
        for d in 12..12 + DAYS as i32 {
            r.record(d, 7);
        }
        // Day 11 fell out of the window: its ids can no longer be answered from memory.
        assert!(matches!(r.check(11, 1), Check::LookUp));
        assert!(matches!(r.check(11, 99), Check::LookUp));
        assert!(matches!(r.check(12 + DAYS as i32 - 1, 7), Check::Repeat));
    }
}
