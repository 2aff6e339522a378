//! Replacing some accounts of a loaded book with a fresh read of just those accounts: how the
//! app refreshes after a change that touched a few accounts (a milestone ticked, a tickets
//! file imported) without reading the whole book again.
//!
//! A spliced book equals the book a full load would give: the same accounts in the same
//! (external id) order, each account's rows in the same order, per-account vectors sorted by
//! account. That holds only when what is shared by every account did not change, so a splice
//! refuses (and the caller loads everything) when the day, the modules, the reporting currency
//! or the FX rates the part needed differ.

use std::collections::HashMap;

use crate::book::{Book, Contact, Milestone, NpsResponse, Subscription, Ticket};
use crate::shared::Shared;

/// For each account of a spliced book, its index in the book before the splice, or `None`
/// for an account that was read again (or is new): the accounts whose results must be
/// computed again.
pub type Kept = Vec<Option<usize>>;

impl Book {
    /// Puts `part` (the same day's book of some accounts, read with
    /// [`Scope::Accounts`](crate::Scope::Accounts)) in place of those accounts' rows, adding
    /// the accounts that are new. `None`, with `self` unchanged, when the part cannot be
    /// spliced in: then only a full load is right.
    pub fn splice(&mut self, part: Book) -> Option<Kept> {
        let plan = self.plan(&part)?;
        self.apply(part, &plan, Skip::default());
        Some(plan.kept())
    }

    /// [`Book::splice`] into a book and its trend book (`before`), with the parts read
    /// together as [`Book::load_with_trend`] reads them: the rows the two books shared
    /// (accounts, contacts, milestones) are spliced once and still shared after, rather than
    /// copied (a splice changes rows only another book does not hold). `None`, with both
    /// unchanged, when either part cannot be spliced in or the two parts' accounts differ.
    pub fn splice_with_trend(&mut self, before: &mut Book, part: Book, part_before: Book) -> Option<Kept> {
        let plan = self.plan(&part)?;
        if before.plan(&part_before)? != plan {
            return None;
        }
        let skip = Skip {
            accounts: self.accounts.same(&before.accounts) && part.accounts.same(&part_before.accounts),
            contacts: self.contacts.same(&before.contacts) && part.contacts.same(&part_before.contacts),
            milestones: self.milestones.same(&before.milestones) && part.milestones.same(&part_before.milestones),
        };
        // Let go of `before`'s hold first, so that `self`'s rows move instead of being copied.
        if skip.accounts {
            before.accounts = Shared::default();
        }
        if skip.contacts {
            before.contacts = Shared::default();
        }
        if skip.milestones {
            before.milestones = Shared::default();
        }
        before.apply(part_before, &plan, skip);
        self.apply(part, &plan, Skip::default());
        if skip.accounts {
            before.accounts = self.accounts.clone();
        }
        if skip.contacts {
            before.contacts = self.contacts.clone();
        }
        if skip.milestones {
            before.milestones = self.milestones.clone();
        }
        Some(plan.kept())
    }

    /// Where each account of the spliced book comes from, or `None` when `part` cannot be
    /// spliced into `self`.
    fn plan(&self, part: &Book) -> Option<Plan> {
        let same_modules = self.modules.len() == part.modules.len()
            && self.modules.iter().zip(&part.modules).all(|(a, b)| a.id == b.id && a.key == b.key && a.name == b.name);
        // A part without foreign-currency subscriptions reads no rates: nothing to compare.
        let same_fx = part.fx == crate::fx::Fx::default() || part.fx == self.fx;
        if part.as_of != self.as_of || part.currency != self.currency || !same_modules || !same_fx {
            return None;
        }
        let fresh: HashMap<&str, usize> = part.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), i)).collect();
        // Where each account of the result comes from: the old book (kept) or the part.
        let mut order: Vec<(&str, Source)> = self
            .accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| !fresh.contains_key(a.external_id.as_str()))
            .map(|(i, a)| (a.external_id.as_str(), Source::Old(i)))
            .chain(part.accounts.iter().enumerate().map(|(i, a)| (a.external_id.as_str(), Source::Part(i))))
            .collect();
        // The loader's order: `ORDER BY external_id`, SQLite's byte-wise comparison, as `str`'s.
        order.sort_by(|a, b| a.0.cmp(b.0));
        let sources: Vec<Source> = order.into_iter().map(|(_, s)| s).collect();
        let mut old_to_new = vec![None; self.accounts.len()];
        let mut part_to_new = vec![0; part.accounts.len()];
        for (new, s) in sources.iter().enumerate() {
            match *s {
                Source::Old(i) => old_to_new[i] = Some(new),
                Source::Part(i) => part_to_new[i] = new,
            }
        }
        Some(Plan { sources, old_to_new, part_to_new })
    }

    /// Splices `part` in by `plan`, leaving alone the rows `skip` says.
    fn apply(&mut self, part: Book, plan: &Plan, skip: Skip) {
        let Plan { sources, old_to_new, part_to_new } = plan;
        let Book { accounts, usage, subscriptions, contacts, tickets, nps, milestones, .. } = part;
        if !skip.accounts {
            self.accounts = pick(std::mem::take(&mut self.accounts).into_vec(), accounts.into_vec(), sources).into();
        }
        self.usage = pick(std::mem::take(&mut self.usage), usage, sources);
        merge(&mut self.subscriptions, subscriptions, old_to_new, part_to_new);
        if !skip.contacts {
            let mut rows = std::mem::take(&mut self.contacts).into_vec();
            merge(&mut rows, contacts.into_vec(), old_to_new, part_to_new);
            self.contacts = rows.into();
        }
        merge(&mut self.tickets, tickets, old_to_new, part_to_new);
        merge(&mut self.nps, nps, old_to_new, part_to_new);
        if !skip.milestones {
            let mut rows = std::mem::take(&mut self.milestones).into_vec();
            merge(&mut rows, milestones.into_vec(), old_to_new, part_to_new);
            self.milestones = rows.into();
        }
    }
}

/// Rows a splice leaves alone (they are another book's, spliced there).
#[derive(Clone, Copy, Default)]
struct Skip {
    accounts: bool,
    contacts: bool,
    milestones: bool,
}

#[derive(PartialEq)]
struct Plan {
    sources: Vec<Source>,
    old_to_new: Vec<Option<usize>>,
    part_to_new: Vec<usize>,
}

impl Plan {
    fn kept(&self) -> Kept {
        self.sources.iter().map(|s| if let Source::Old(i) = *s { Some(i) } else { None }).collect()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Source {
    Old(usize),
    Part(usize),
}

/// The per-account vector (accounts, usage windows) of the result, moved out of the two books.
fn pick<T>(old: Vec<T>, part: Vec<T>, sources: &[Source]) -> Vec<T> {
    let mut old: Vec<Option<T>> = old.into_iter().map(Some).collect();
    let mut part: Vec<Option<T>> = part.into_iter().map(Some).collect();
    sources
        .iter()
        .map(|s| match *s {
            Source::Old(i) => old[i].take(),
            Source::Part(i) => part[i].take(),
        })
        .map(|x| x.expect("each source is taken once"))
        .collect()
}

/// A row of one of the book's per-account vectors.
trait Row {
    fn account(&self) -> usize;
    fn set_account(&mut self, account: usize);
}

macro_rules! rows {
    ($($t:ty),*) => {$(
        impl Row for $t {
            fn account(&self) -> usize {
                self.account
            }
            fn set_account(&mut self, account: usize) {
                self.account = account;
            }
        }
    )*};
}
rows!(Subscription, Contact, Ticket, NpsResponse, Milestone);

/// Rows of kept accounts (re-indexed) and the part's rows (re-indexed), sorted by account. The
/// sort is stable and each account's rows come from one side, so every account keeps its rows
/// in the order they were read.
fn merge<T: Row>(rows: &mut Vec<T>, part: Vec<T>, old_to_new: &[Option<usize>], part_to_new: &[usize]) {
    let mut out: Vec<T> = Vec::with_capacity(rows.len() + part.len());
    for mut r in std::mem::take(rows) {
        if let Some(new) = old_to_new[r.account()] {
            r.set_account(new);
            out.push(r);
        }
    }
    for mut r in part {
        r.set_account(part_to_new[r.account()]);
        out.push(r);
    }
    out.sort_by_key(Row::account);
    *rows = out;
}
