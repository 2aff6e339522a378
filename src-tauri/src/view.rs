use std::path::Path;

use serde::Serialize;

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
        let name = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        WorkspaceView {
            name,
            path: path.display().to_string(),
            status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_is_the_file_stem() {
        let view = WorkspaceView::new(
            Path::new("/data/Acme Corp.waypoint"),
            store::Status::default(),
        );
        assert_eq!(view.name, "Acme Corp");
        assert_eq!(view.path, "/data/Acme Corp.waypoint");
    }
}
