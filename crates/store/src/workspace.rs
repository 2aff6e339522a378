//! Opening and creating workspace files.
//!
//! The key is checked on a single connection before anything can write: a wrong key or a
//! foreign file fails with one clear error and leaves the file byte-for-byte as it was.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection};

use crate::lifecycle;
use crate::keys::{self, KeyChoice, Slot, SqlKey};
use crate::Error;

/// `PRAGMA application_id` of every workspace ("WPT1"), so a foreign SQLCipher file with
/// the right key is still told apart from ours.
pub const APPLICATION_ID: i32 = 0x5750_5431;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// An open, unlocked workspace.
#[derive(Clone)]
pub struct Workspace {
    pool: SqlitePool,
    path: PathBuf,
    keyring: bool,
    /// Kept for backup and rekey; SQLx holds the same key for reconnecting anyway.
    key: Arc<SqlKey>,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace").field("path", &self.path).field("keyring", &self.keyring).finish()
    }
}

/// `<data dir>/Waypoint/workspace.waypoint`, e.g. ~/.local/share/Waypoint on Linux.
pub fn default_workspace_path() -> Result<PathBuf, Error> {
    let dir = dirs::data_dir().ok_or(Error::NoDataDir)?;
    Ok(dir.join("Waypoint").join("workspace.waypoint"))
}

/// The absolute path a workspace is known by (also its name in the keyring).
pub(crate) fn absolute(path: &Path) -> Result<PathBuf, Error> {
    if let Ok(p) = path.canonicalize() {
        return Ok(p);
    }
    let abs = std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => match dir.canonicalize() {
            Ok(d) => Ok(d.join(name)),
            Err(_) => Ok(abs.clone()),
        },
        _ => Ok(abs),
    }
}

pub(crate) fn connect_options(path: &Path, key: &SqlKey) -> SqliteConnectOptions {
    SqliteConnectOptions::from_str("sqlite://")
        .expect("static url")
        .filename(path)
        .pragma("key", key.pragma_value().to_string())
        .pragma("cipher_log_level", "NONE")
        .busy_timeout(Duration::from_secs(30))
        .disable_statement_logging()
}

fn pool_options(path: &Path, key: &SqlKey) -> SqliteConnectOptions {
    connect_options(path, key)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .pragma("cache_size", "-65536")
        .pragma("temp_store", "MEMORY")
}

impl Workspace {
    /// Opens with the usual rule: `WAYPOINT_PASSPHRASE` if set, else the OS keyring.
    pub async fn open_default(path: &Path) -> Result<Workspace, Error> {
        Workspace::open(path, &KeyChoice::from_env()).await
    }

    pub async fn open(path: &Path, choice: &KeyChoice) -> Result<Workspace, Error> {
        let started = std::time::Instant::now();
        let opened = async {
            let path = absolute(path)?;
            let salt = precheck(&path)?;
            let key = keys::resolve(&path, choice)?;
            let (key, file_key) = match opening_key(&path, &key, salt).await {
                Err(Error::WrongKey(_)) if choice.is_keyring() => {
                    let pending = recover_pending(&path).await?;
                    (pending.clone(), pending)
                }
                other => (key, other?),
            };
            Workspace::connect_keyed(path, key, file_key, choice.is_keyring()).await
        }
        .await;
        tracing::debug!(elapsed = ?started.elapsed(), ok = opened.is_ok(), "workspace open");
        opened
    }

    /// Creates a new, empty, encrypted workspace. With the keyring, a fresh random key is
    /// stored first and removed again if creation fails.
    pub async fn create(path: &Path, choice: KeyChoice) -> Result<Workspace, Error> {
        let path = absolute(path)?;
        if path.exists() {
            return Err(Error::AlreadyExists(path));
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let key = match &choice {
            KeyChoice::Keyring => {
                let k = SqlKey::random();
                keys::keyring_save(&path, Slot::Current, &k)?;
                k
            }
            KeyChoice::Passphrase(p) => SqlKey::from_passphrase(p)?,
        };
        let made = async {
            let key = key;
            let mut conn = lifecycle::connect(&connect_options(&path, &key).create_if_missing(true)).await?;
            require_sqlcipher(&mut conn).await?;
            sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA application_id = {APPLICATION_ID}")))
                .execute(&mut conn)
                .await?;
            conn.close().await?;
            Workspace::connect(path.clone(), key, choice.is_keyring()).await
        }
        .await;
        if made.is_err() {
            remove_files(&path);
            if choice.is_keyring() {
                let _ = keys::keyring_delete(&path, Slot::Current);
            }
        }
        made
    }

    pub(crate) async fn connect(path: PathBuf, key: SqlKey, keyring: bool) -> Result<Workspace, Error> {
        let file_key = opening_key(&path, &key, precheck(&path)?).await?;
        Workspace::connect_keyed(path, key, file_key, keyring).await
    }

    /// `file_key` opens the pool's connections (`key` stretched for this file, so that no
    /// connection stretches it again); `key` is kept for backups and rekeys, which make
    /// files with salts of their own.
    async fn connect_keyed(path: PathBuf, key: SqlKey, file_key: SqlKey, keyring: bool) -> Result<Workspace, Error> {
        lifecycle::initialize()?;
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .after_connect(|conn, _| Box::pin(lifecycle::mark(conn)))
            .connect_with(pool_options(&path, &file_key))
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Workspace { pool, path, keyring, key: Arc::new(key) })
    }

    pub(crate) fn key(&self) -> &SqlKey {
        &self.key
    }

    pub(crate) fn key_handle(&self) -> Arc<SqlKey> {
        self.key.clone()
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A write transaction that takes the write lock up front (`BEGIN IMMEDIATE`): a
    /// deferred one that reads first cannot upgrade while another connection writes and
    /// fails at once with "database is locked" instead of waiting its turn.
    pub async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, Error> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Checkpoints the write-ahead log after a bulk write (an import) commits. PASSIVE: it
    /// copies what no reader still needs and never waits, so a screen reading meanwhile is
    /// not held up.
    ///
    /// Why, when the commit's automatic checkpoint has already copied every frame (this one
    /// finds nothing left, in under a millisecond): measured with `waypoint bench import
    /// --parts`, files of 10M events imported one after another without it ran one in two or
    /// three at 175-300k events/s instead of 500-700k (every write and read of that import
    /// about ten times slower; a pooled `SELECT 1` in its place only moved the slow one to
    /// another file), with it none of 7 files in 30M- and 40M-event runs and one of 10 partly
    /// in a 100M-event run (docs/BENCHMARKS.md). The cause is not found.
    ///
    /// The import is committed by then: a checkpoint that fails (a pool too busy to lend a
    /// connection) is logged, never reported as the import failing.
    pub async fn checkpoint_after_bulk_write(&self) {
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&self.pool).await {
            tracing::warn!("checkpoint after an import: {e}");
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the key lives in the OS keyring (else it is a passphrase).
    pub fn uses_keyring(&self) -> bool {
        self.keyring
    }

    /// Removes a workspace file and its WAL/SHM companions (benchmarks and tests start clean).
    pub fn delete_files(path: &Path) {
        remove_files(path);
    }

    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// The key that opens the file at `path`, checked: `key` stretched for the file (see
/// `keys`), or the passphrase itself for a file stretched with other settings than SQLCipher's
/// current defaults (made by another SQLCipher version), which SQLCipher then stretches on
/// each connection as it always did.
async fn opening_key(path: &Path, key: &SqlKey, salt: [u8; keys::SALT_BYTES]) -> Result<SqlKey, Error> {
    let file_key = key.for_file(salt).await?;
    match verify(path, &file_key).await {
        Err(Error::WrongKey(_)) if file_key.is_stretched() && !stretches_like_us().await => {
            verify(path, key).await.map(|()| key.clone())
        }
        other => other.map(|()| file_key),
    }
}

/// Whether SQLCipher, given the passphrase, would stretch it as [`SqlKey::for_file`] does:
/// then a stretched key that fails means a wrong passphrase, and handing SQLCipher the
/// passphrase itself would only spend another 0.2 s saying so.
async fn stretches_like_us() -> bool {
    // Unknown (no answer): the passphrase is tried, as before this check.
    let check = async {
        let mut conn = lifecycle::connect(&SqliteConnectOptions::from_str("sqlite::memory:").expect("static url")).await?;
        // SQLCipher answers its settings as text.
        let iter: Result<String, sqlx::Error> = sqlx::query_scalar("PRAGMA cipher_default_kdf_iter").fetch_one(&mut conn).await;
        let algorithm: Result<String, sqlx::Error> = sqlx::query_scalar("PRAGMA cipher_default_kdf_algorithm").fetch_one(&mut conn).await;
        let _ = conn.close().await;
        Ok::<_, sqlx::Error>(iter?.trim() == keys::KDF_ROUNDS.to_string() && algorithm?.eq_ignore_ascii_case("PBKDF2_HMAC_SHA512"))
    };
    check.await.unwrap_or(false)
}

/// A rekey to a keyring key that was interrupted after re-encrypting the file leaves the
/// new key in the pending slot: if it opens the file, it becomes the current key.
async fn recover_pending(path: &Path) -> Result<SqlKey, Error> {
    let wrong = || Error::WrongKey(path.to_path_buf());
    let pending = keys::keyring_load(path, Slot::Pending).map_err(|_| wrong())?;
    verify(path, &pending).await?;
    keys::keyring_save(path, Slot::Current, &pending)?;
    keys::keyring_delete(path, Slot::Pending)?;
    Ok(pending)
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Tells "not a workspace" from "wrong key" before any key is tried: a plaintext SQLite file
/// or a file that cannot be a page-aligned database is never ours. Returns the first 16
/// bytes, which in an encrypted file are its salt.
pub(crate) fn precheck(path: &Path) -> Result<[u8; 16], Error> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::NotFound(path.into())),
        Err(e) => return Err(Error::io(path, e)),
    };
    if !meta.is_file() || meta.len() < 1024 || meta.len() % 512 != 0 {
        return Err(Error::NotAWorkspace(path.into()));
    }
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|e| Error::io(path, e))?;
    if &head == SQLITE_HEADER {
        return Err(Error::NotAWorkspace(path.into()));
    }
    Ok(head)
}

/// Reads page 1 with the key on one connection. SQLCipher reports a wrong key as
/// SQLITE_NOTADB (26) on the first read.
///
/// Read-only, so that closing it can never checkpoint a leftover WAL into the file: a
/// failed unlock leaves every byte as it was.
pub(crate) async fn verify(path: &Path, key: &SqlKey) -> Result<(), Error> {
    let mut conn = lifecycle::connect(&connect_options(path, key).create_if_missing(false).read_only(true)).await?;
    require_sqlcipher(&mut conn).await?;
    let read: Result<i32, sqlx::Error> =
        sqlx::query_scalar("PRAGMA application_id").fetch_one(&mut conn).await;
    let _ = conn.close().await;
    match read {
        Ok(APPLICATION_ID) => Ok(()),
        Ok(_) => Err(Error::NotAWorkspace(path.into())),
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("26") => Err(Error::WrongKey(path.into())),
        Err(e) => Err(e.into()),
    }
}

/// A plain SQLite build ignores `PRAGMA key` and would write plaintext: refuse to run.
async fn require_sqlcipher(conn: &mut SqliteConnection) -> Result<(), Error> {
    let v: Option<String> = sqlx::query_scalar("PRAGMA cipher_version").fetch_optional(&mut *conn).await?;
    match v {
        Some(v) if !v.is_empty() => Ok(()),
        _ => Err(Error::NoEncryption),
    }
}

pub(crate) fn remove_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

#[cfg(test)]
mod tests {
    use secrecy::SecretString;

    use super::*;

    fn phrase(p: &str) -> SqlKey {
        SqlKey::from_passphrase(&SecretString::from(p.to_string())).unwrap()
    }

    async fn passphrase_file(dir: &Path, name: &str, p: &str) -> PathBuf {
        let ws = Workspace::create(&dir.join(name), KeyChoice::passphrase(p)).await.unwrap();
        let path = ws.path().to_path_buf();
        ws.close().await;
        path
    }

    /// A passphrase SQLCipher reads as a raw key is not stretched: the workspace it made opens.
    #[tokio::test]
    async fn a_passphrase_written_as_a_raw_key_opens_its_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let literal = format!("x'{}'", "3c".repeat(32));
        let path = passphrase_file(dir.path(), "raw.waypoint", &literal).await;
        Workspace::open(&path, &KeyChoice::passphrase(literal.as_str())).await.unwrap().close().await;
        assert!(matches!(Workspace::open(&path, &KeyChoice::passphrase("x'3c'")).await, Err(Error::WrongKey(_))));
    }

    /// The key stretched here must be the very key SQLCipher derives from the passphrase and
    /// the file's salt, or no pool connection would open.
    #[tokio::test]
    async fn a_passphrase_is_stretched_once_per_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (passphrase_file(dir.path(), "a.waypoint", "pw").await, passphrase_file(dir.path(), "b.waypoint", "pw").await);
        let key_a = phrase("pw").for_file(precheck(&a).unwrap()).await.unwrap();
        assert!(key_a.is_stretched());
        verify(&a, &key_a).await.unwrap();
        // Same passphrase, another file: another salt, so another key.
        assert!(matches!(verify(&b, &key_a).await, Err(Error::WrongKey(_))));
        verify(&b, &phrase("pw").for_file(precheck(&b).unwrap()).await.unwrap()).await.unwrap();
        assert!(matches!(verify(&a, &phrase("pq").for_file(precheck(&a).unwrap()).await.unwrap()).await, Err(Error::WrongKey(_))));
        assert!(matches!(Workspace::open(&a, &KeyChoice::passphrase("pq")).await, Err(Error::WrongKey(_))));

        // Were SQLCipher's defaults to change (a future version), the stretched key would not
        // open a file it made: the passphrase itself is tried next. Simulated by changing the
        // process's defaults (no other test of this binary makes passphrase files; they are
        // reset before any assertion can fail).
        let path = dir.path().join("other.waypoint");
        let key = phrase("pw");
        let mut conn = lifecycle::connect(&connect_options(&path, &key).create_if_missing(true)).await.unwrap();
        sqlx::query("PRAGMA cipher_default_kdf_iter = 4000").execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
        remove_files(&path);
        let (path, file_key) = (path.clone(), key.clone());
        let made = async move {
            let key = file_key;
            let ws = Workspace::create(&path, KeyChoice::passphrase("pw")).await.unwrap();
            ws.close().await;
            assert!(matches!(verify(&path, &key.for_file(precheck(&path).unwrap()).await.unwrap()).await, Err(Error::WrongKey(_))));
            let ws = Workspace::open(&path, &KeyChoice::passphrase("pw")).await.unwrap();
            let pool = ws.pool().clone();
            // Two connections at once: the pool's second one opens with the same key.
            let (x, y) = tokio::join!(
                sqlx::query_scalar::<_, i64>("SELECT count(*) FROM accounts").fetch_one(&pool),
                sqlx::query_scalar::<_, i64>("SELECT count(*) FROM modules").fetch_one(&pool)
            );
            assert_eq!((x.unwrap(), y.unwrap()), (0, 0));
            ws.close().await;
            assert!(matches!(Workspace::open(&path, &KeyChoice::passphrase("px")).await, Err(Error::WrongKey(_))));
        };
        let result = tokio::spawn(made).await;
        let mut conn = lifecycle::connect(&connect_options(&dir.path().join("reset"), &phrase("pw")).create_if_missing(true)).await.unwrap();
        sqlx::query("PRAGMA cipher_default_kdf_iter = 256000").execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
        result.unwrap();
    }
}
