use std::path::PathBuf;

use tokio::sync::OnceCell;

use crate::AppError;

/// The app's handles: the workspace path and the workspace, opened once and then shared.
pub struct AppState {
    path: Result<PathBuf, AppError>,
    workspace: OnceCell<store::Workspace>,
}

/// Environment variable naming the workspace file to open.
pub const WORKSPACE_ENV: &str = "WAYPOINT_WORKSPACE";

impl AppState {
    /// State for the workspace at `path`; nothing is opened yet.
    pub fn new(path: PathBuf) -> Self {
        AppState {
            path: Ok(path),
            workspace: OnceCell::new(),
        }
    }

    /// `WAYPOINT_WORKSPACE` if set and not empty, else `store::default_workspace_path()`.
    pub fn from_env() -> Self {
        let path = match std::env::var_os(WORKSPACE_ENV) {
            Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
            _ => store::default_workspace_path().map_err(AppError::from),
        };
        AppState {
            path,
            workspace: OnceCell::new(),
        }
    }

    /// The open workspace, opening it on first use with the store's key rule
    /// (`WAYPOINT_PASSPHRASE`, else the OS keyring). A failed open is retried on the next call.
    pub async fn workspace(&self) -> Result<&store::Workspace, AppError> {
        let path = self.path.as_ref().map_err(Clone::clone)?;
        self.workspace
            .get_or_try_init(|| async {
                let started = std::time::Instant::now();
                let workspace = store::Workspace::open_default(path).await?;
                tracing::info!(path = %workspace.path().display(), elapsed_ms = started.elapsed().as_millis() as u64, "workspace opened");
                Ok(workspace)
            })
            .await
    }
}
