//! Memory of a long-running app. The CLI runs one job and exits; the window stays open for
//! hours over a book whose analysis reads millions of rows, so the app bounds what SQLite
//! caches and gives back what a computation freed. Hand-written FFI because these are glibc's
//! and SQLite's own process-wide knobs, which no crate wraps.

/// What SQLite may hold in the app, page caches of every pooled connection together.
pub const SQLITE_MEMORY: i64 = 16 * 1024 * 1024;

/// Sets the app's process-wide limits; called once at start, before any workspace opens.
pub fn tune_for_app() -> Result<(), crate::Error> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        /// glibc's M_ARENA_MAX: by default each thread that allocates under contention may get
        /// its own heap (up to 8 per core), each keeping its own freed memory.
        const M_ARENA_MAX: std::ffi::c_int = -8;
        // SAFETY: mallopt only changes allocator tuning; called before the app starts threads.
        unsafe {
            mallopt(M_ARENA_MAX, 2);
        }
    }
    store::limit_memory(SQLITE_MEMORY).map_err(crate::Error::Db)
}

/// Hands the heap pages freed by a computation back to the OS. Loading a large book reads
/// millions of usage rows through short-lived buffers; glibc keeps what they freed for reuse,
/// so without this the app would sit on that peak for as long as it runs.
pub(crate) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: malloc_trim only releases free memory at the top of glibc's heaps and arenas;
        // it touches no live allocation and is safe to call from any thread.
        unsafe {
            malloc_trim(0);
        }
    }
}
