//! Long jobs the window can cancel (an import, a book of decks): one of each kind at a time,
//! with a flag the job checks between its steps. The import holds the workspace's write
//! transaction, so a second one would only queue behind it; two deck batches would write the
//! same files under one Cancel button.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::Error;

/// Asks a job to stop; the job checks it between steps, so what it finished stays whole.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// The flag itself, for the import crate's options.
    pub fn flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.0)
    }
}

/// The running job of one kind, if any.
#[derive(Debug)]
pub struct Jobs {
    /// What runs, for the refusal: "an import", "a book of decks".
    what: &'static str,
    running: Mutex<Option<Cancel>>,
}

/// A running job's claim on its [`Jobs`]; dropping it (however the job ended) frees it.
pub struct Job<'a> {
    jobs: &'a Jobs,
    cancel: Cancel,
}

impl Jobs {
    pub const fn new(what: &'static str) -> Jobs {
        Jobs { what, running: Mutex::new(None) }
    }

    /// Claims the slot; refused with `busy` while another job of this kind runs.
    pub fn start(&self) -> Result<Job<'_>, Error> {
        let mut slot = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        if slot.is_some() {
            return Err(Error::Busy(busy(self.what)));
        }
        let cancel = Cancel::new();
        *slot = Some(cancel.clone());
        Ok(Job { jobs: self, cancel })
    }

    /// Asks the running job to stop; false when none is running.
    pub fn cancel(&self) -> bool {
        self.running.lock().unwrap_or_else(PoisonError::into_inner).as_ref().map(Cancel::cancel).is_some()
    }
}

impl Job<'_> {
    pub fn cancel(&self) -> &Cancel {
        &self.cancel
    }

    /// The flag to hand to an import.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.flag()
    }
}

impl Drop for Job<'_> {
    fn drop(&mut self) {
        *self.jobs.running.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_job_at_a_time_cancel_reaches_it_and_ending_frees_the_slot() {
        let jobs = Jobs::new("a book of decks");
        assert!(!jobs.cancel(), "nothing to cancel yet");
        let job = jobs.start().unwrap();
        let again = jobs.start().err().unwrap();
        assert_eq!(again.code(), "busy");
        assert_eq!(again.to_string(), "a book of decks is already running: wait for it to finish or cancel it");
        assert!(!job.cancel().is_cancelled());
        assert!(jobs.cancel());
        assert!(job.cancel().is_cancelled() && job.cancel_flag().load(Ordering::SeqCst));
        drop(job);
        assert!(!jobs.cancel());
        assert!(!jobs.start().unwrap().cancel().is_cancelled(), "a new job starts uncancelled");
    }
}

/// "… is already running", naming the job in the reader's language (`what` stays English for
/// logs; the known jobs have their own words in locales/*/errors.ftl).
fn busy(what: &str) -> i18n::Text {
    match what {
        "an import" => i18n::Text::new("error-views-busy-import"),
        "a book of decks" => i18n::Text::new("error-views-busy-decks"),
        _ => i18n::Text::new("error-views-busy").arg("job", i18n::Arg::Str(what.to_string())),
    }
}
