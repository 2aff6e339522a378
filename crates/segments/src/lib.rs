//! segments (in progress)
