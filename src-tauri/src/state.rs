use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{OnceCell, RwLock};

use crate::AppError;

/// The app's handles: which workspace file it works on and, once unlocked, the open session.
pub struct AppState {
    path: Result<PathBuf, AppError>,
    session: RwLock<Option<Arc<views::Session>>>,
    /// Why the last automatic unlock failed (e.g. a wrong `WAYPOINT_PASSPHRASE`), for the
    /// unlock screen to say.
    startup_error: RwLock<Option<AppError>>,
    /// Set once the startup unlock attempt has finished (whichever way).
    started: OnceCell<()>,
}

/// Environment variable naming the workspace file to open.
pub const WORKSPACE_ENV: &str = "WAYPOINT_WORKSPACE";

impl AppState {
    /// State for the workspace at `path`; nothing is opened yet.
    pub fn new(path: PathBuf) -> Self {
        AppState::at(Ok(path))
    }

    /// `WAYPOINT_WORKSPACE` if set and not empty, else `store::default_workspace_path()`.
    pub fn from_env() -> Self {
        let path = match std::env::var_os(WORKSPACE_ENV) {
            Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
            _ => store::default_workspace_path().map_err(AppError::from),
        };
        AppState::at(path)
    }

    /// Nothing open yet; the path may be an error (no platform data folder) to report later.
    fn at(path: Result<PathBuf, AppError>) -> Self {
        AppState { path, session: RwLock::new(None), startup_error: RwLock::new(None), started: OnceCell::new() }
    }

    pub fn path(&self) -> Result<&PathBuf, AppError> {
        self.path.as_ref().map_err(Clone::clone)
    }

    /// The open session, or `locked` when the workspace is not unlocked yet.
    pub async fn session(&self) -> Result<Arc<views::Session>, AppError> {
        self.session.read().await.clone().ok_or_else(AppError::locked)
    }

    pub async fn is_open(&self) -> bool {
        self.session.read().await.is_some()
    }

    /// Keeps `ws` as the open session, closing any session open before.
    pub async fn set(&self, ws: store::Workspace) {
        // The user's scorecard, thresholds and segment settings, stored in the workspace.
        let config = match views::settings_view::load_config(&ws).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(code = e.code(), "settings not read, defaults apply: {e}");
                views::Config::default()
            }
        };
        let session = Arc::new(views::Session::new(ws, config));
        session.prepare();
        let old = self.session.write().await.replace(session);
        *self.startup_error.write().await = None;
        close(old).await;
    }

    /// Replaces the session's settings after a save: a new session over the same workspace, so
    /// commands already holding the old one finish with the settings they started with.
    pub async fn reconfigure(&self, config: views::Config) -> Result<Arc<views::Session>, AppError> {
        let mut slot = self.session.write().await;
        let current = slot.as_ref().ok_or_else(AppError::locked)?;
        let next = Arc::new(current.with_config(config));
        *slot = Some(Arc::clone(&next));
        // The old session is dropped, not closed: it shares the workspace's connections.
        Ok(next)
    }

    /// Locks the app: the session is closed and the key forgotten.
    pub async fn lock(&self) {
        let old = self.session.write().await.take();
        close(old).await;
    }

    /// Waits for the startup unlock attempt, running it if nobody has yet: the window starts
    /// loading while the key is derived, and its first question waits here for the answer.
    pub async fn started(&self) {
        self.started.get_or_init(|| self.unlock_at_startup()).await;
    }

    /// Opens the workspace with the store's key rule (`WAYPOINT_PASSPHRASE`, else the OS
    /// keyring) if it exists; a failure is kept for the unlock screen, not raised.
    async fn unlock_at_startup(&self) {
        let Ok(path) = self.path() else { return };
        if !path.exists() || self.is_open().await {
            return;
        }
        let started = std::time::Instant::now();
        match store::Workspace::open_default(path).await {
            Ok(ws) => {
                tracing::info!(path = %ws.path().display(), elapsed_ms = started.elapsed().as_millis() as u64, "workspace opened");
                self.set(ws).await;
            }
            Err(e) => {
                tracing::info!(code = e.code(), "workspace not unlocked at startup: {e}");
                *self.startup_error.write().await = Some(e.into());
            }
        }
    }

    pub async fn startup_error(&self) -> Option<AppError> {
        self.startup_error.read().await.clone()
    }
}

/// Closes a session once no command holds it any more (a running command keeps its `Arc`).
async fn close(old: Option<Arc<views::Session>>) {
    if let Some(session) = old.and_then(|s| Arc::try_unwrap(s).ok()) {
        session.close().await;
    }
}
