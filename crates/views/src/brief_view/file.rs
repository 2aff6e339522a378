//! Where a brief is written: the path the engineer typed, checked and expanded, and the file
//! put in place whole.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum BriefFormat {
    Pptx,
    Pdf,
}

/// A brief written to disk.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SavedBrief {
    /// Absolute, as written (a leading `~` expanded).
    pub path: String,
    pub bytes: u64,
    pub format: BriefFormat,
    pub slides: u32,
}


/// A path the user typed: `~` is their home folder; anything else must be absolute, since the
/// app's working directory means nothing to them. The extension picks the format.
pub(super) fn target(path: &str) -> Result<(PathBuf, BriefFormat), Error> {
    let path = path.trim();
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from);
    let p = match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => home().ok_or_else(|| Error::Invalid("no home folder to expand ~ in".into()))?.join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(path),
    };
    if !p.is_absolute() {
        return Err(Error::Invalid(format!("'{path}': give the full path of the file")));
    }
    let format = match p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("pptx") => BriefFormat::Pptx,
        Some("pdf") => BriefFormat::Pdf,
        _ => return Err(Error::Invalid(format!("{}: save the brief as a .pptx or .pdf file", p.display()))),
    };
    Ok((p, format))
}

/// Writes next to `path` and renames into place, so a crash or a full disk never leaves half
/// a brief under the name the engineer will mail to a prospect.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<u64, Error> {
    let io = |e: std::io::Error| Error::Invalid(format!("{}: {e}", path.display()));
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::Builder::new().prefix(".waypoint-brief-").suffix(".tmp").tempfile_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(bytes.len() as u64)
}
