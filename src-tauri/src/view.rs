use std::path::Path;

use serde::Serialize;

use crate::AppError;

/// The first screen: which workspace is open and how many rows of each kind it holds.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct WorkspaceView {
    /// The workspace file's name without its extension, e.g. "acme" for acme.waypoint.
    pub name: String,
    /// The absolute path of the workspace file.
    pub path: String,
    pub status: store::Status,
}

impl WorkspaceView {
    pub fn new(path: &Path, status: store::Status) -> Self {
        WorkspaceView { name: name_of(path), path: path.display().to_string(), status }
    }

    /// The open workspace's name, path and row counts (counted now).
    pub async fn of(ws: &store::Workspace) -> Result<Self, store::Error> {
        Ok(WorkspaceView::new(ws.path(), ws.status().await?))
    }
}

/// What the app knows before anything is unlocked: which screen to show first.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SessionInfo {
    pub name: String,
    pub path: String,
    /// The workspace file exists (else: first run).
    pub exists: bool,
    /// It is unlocked and open.
    pub open: bool,
    /// Why opening it at startup failed, e.g. `wrong_key` or `no_key_in_keyring`.
    pub startup_error: Option<AppError>,
}

impl SessionInfo {
    pub fn new(path: &Path, open: bool, startup_error: Option<AppError>) -> Self {
        SessionInfo { name: name_of(path), path: path.display().to_string(), exists: path.exists(), open, startup_error }
    }
}

fn name_of(path: &Path) -> String {
    path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_is_the_file_stem() {
        let view = WorkspaceView::new(Path::new("/data/Acme Corp.waypoint"), store::Status::default());
        assert_eq!(view.name, "Acme Corp");
        assert_eq!(view.path, "/data/Acme Corp.waypoint");
    }
}
