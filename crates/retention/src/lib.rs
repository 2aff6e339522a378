//! retention (in progress)
