//! Rows a book shares with the other books of the same read.
//!
//! Why: the app keeps two books of a large book in memory (the book and the book four weeks
//! earlier, for every trend), and their accounts, contacts and success-plan milestones are the
//! same rows: at 20,000 accounts, over a hundred megabytes held twice. A `Shared` is one
//! vector behind a reference count; reading it is reading a `Vec`, and changing it (a
//! hand-built book, a splice) copies it first only if another book still holds it.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

#[derive(Debug, PartialEq)]
pub struct Shared<T>(Arc<Vec<T>>);

impl<T> Shared<T> {
    /// Both hold the very same rows (not merely equal ones).
    pub fn same(&self, other: &Shared<T>) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone> Shared<T> {
    /// The rows, moved out when no other book holds them, else copied.
    pub fn into_vec(self) -> Vec<T> {
        Arc::try_unwrap(self.0).unwrap_or_else(|shared| (*shared).clone())
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Default for Shared<T> {
    fn default() -> Self {
        Shared(Arc::new(Vec::new()))
    }
}

impl<T> From<Vec<T>> for Shared<T> {
    fn from(rows: Vec<T>) -> Self {
        Shared(Arc::new(rows))
    }
}

impl<T> FromIterator<T> for Shared<T> {
    fn from_iter<I: IntoIterator<Item = T>>(rows: I) -> Self {
        Shared(Arc::new(rows.into_iter().collect()))
    }
}

impl<T> Deref for Shared<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        Arc::make_mut(&mut self.0)
    }
}

impl<'a, T> IntoIterator for &'a Shared<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_change_copies_only_rows_another_book_holds() {
        let mut a: Shared<i32> = vec![1, 2].into();
        let b = a.clone();
        assert!(a.same(&b));
        a.push(3);
        assert!(!a.same(&b), "a change to shared rows copies them");
        assert_eq!((a.as_slice(), b.as_slice()), (&[1, 2, 3][..], &[1, 2][..]));
        // Rows no other book holds change in place.
        let rows = a.as_ptr();
        a[0] = 9;
        assert_eq!((a.as_ptr(), a.as_slice()), (rows, &[9, 2, 3][..]));
        let c = b.clone();
        assert_eq!(b.into_vec(), vec![1, 2], "still held by another: copied out");
        let rows = c.as_ptr();
        let moved = c.into_vec();
        assert_eq!(moved.as_ptr(), rows, "the last holder moves its rows out");
    }
}
