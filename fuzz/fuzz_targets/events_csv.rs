//! Any bytes as a CSV event file: `validate` returns a count or an error naming a line, and
//! never panics.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = import::events::validate(std::io::Cursor::new(data.to_vec()), import::EventFormat::Csv, Path::new("fuzz"));
});
