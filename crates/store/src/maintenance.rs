//! Rekey, backup and restore: the operations that copy or re-encrypt the whole file.

use std::path::{Path, PathBuf};

use sqlx::Connection;

use crate::keys::{self, KeyChoice, Slot, SqlKey};
use crate::workspace::{absolute, connect_options, remove_files, verify, APPLICATION_ID};
use crate::{Error, Workspace};

impl Workspace {
    /// Re-encrypts the file under a new key and files the key where `to` says: a new random
    /// key in the keyring, or a passphrase (the old keyring entry is then removed).
    ///
    /// SQLCipher cannot rekey a WAL database, so the file is switched to a rollback journal
    /// for the rekey and back to WAL after; nothing else may hold the file meanwhile.
    pub async fn rekey(self, to: KeyChoice) -> Result<Workspace, Error> {
        let path = self.path().to_path_buf();
        let was_keyring = self.uses_keyring();
        let old_key = self.key_handle();
        self.close().await;

        let new_key = match &to {
            KeyChoice::Keyring => SqlKey::random(),
            KeyChoice::Passphrase(p) => SqlKey::from_passphrase(p)?,
        };
        // The new key is filed aside before the file changes; the current entry is only
        // replaced once the file opens with the new key (see `recover_pending` on open).
        if to.is_keyring() {
            keys::keyring_save(&path, Slot::Pending, &new_key)?;
        }
        let rekeyed = rekey_file(&path, &old_key, &new_key).await;
        // What the file holds now decides what the keyring must hold, whatever step failed.
        if verify(&path, &new_key).await.is_err() {
            if to.is_keyring() {
                let _ = keys::keyring_delete(&path, Slot::Pending);
            }
            return Err(rekeyed.err().unwrap_or(Error::WrongKey(path)));
        }
        if to.is_keyring() {
            keys::keyring_save(&path, Slot::Current, &new_key)?;
            keys::keyring_delete(&path, Slot::Pending)?;
        } else if was_keyring {
            keys::keyring_delete(&path, Slot::Current)?;
        }
        rekeyed?;
        Workspace::connect(path, new_key, to.is_keyring()).await
    }

    /// Writes a consistent, encrypted copy (same key) to `dest` while other connections and
    /// processes keep writing: the copy is one read transaction on a WAL snapshot.
    pub async fn backup(&self, dest: &Path) -> Result<PathBuf, Error> {
        let dest = absolute(dest)?;
        if dest.exists() {
            return Err(Error::AlreadyExists(dest));
        }
        let tmp = temp_beside(&dest);
        remove_files(&tmp);
        let result = async {
            // The pool opens files without SQLITE_OPEN_CREATE, which ATTACH inherits; an
            // empty file is a valid empty database for it to fill.
            std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
            let mut conn = self.pool().acquire().await?;
            let key = self.key().attach_value();
            sqlx::query("ATTACH DATABASE ?1 AS backup KEY ?2")
                .bind(tmp.to_string_lossy().into_owned())
                .bind(key.as_str())
                .execute(&mut *conn)
                .await?;
            let copied = async {
                sqlx::query("BEGIN").execute(&mut *conn).await?;
                let version: i64 = sqlx::query_scalar("PRAGMA main.user_version").fetch_one(&mut *conn).await?;
                sqlx::query("SELECT sqlcipher_export('backup')").execute(&mut *conn).await?;
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "PRAGMA backup.application_id = {APPLICATION_ID}; PRAGMA backup.user_version = {version}"
                )))
                .execute(&mut *conn)
                .await?;
                sqlx::query("COMMIT").execute(&mut *conn).await?;
                Ok::<(), sqlx::Error>(())
            }
            .await;
            if copied.is_err() {
                let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
            }
            sqlx::query("DETACH DATABASE backup").execute(&mut *conn).await?;
            copied?;
            verify(&tmp, self.key()).await?;
            sync_file(&tmp)?;
            std::fs::rename(&tmp, &dest).map_err(|e| Error::io(&dest, e))?;
            Ok(dest.clone())
        }
        .await;
        if result.is_err() {
            remove_files(&tmp);
        }
        result
    }

    /// Replaces the workspace at `path` with the backup `from`, after checking that the
    /// backup opens with this workspace's key. The swap is a rename: at every instant the
    /// file is either the old workspace or the restored one. Close every app and CLI that
    /// has the workspace open first.
    pub async fn restore(path: &Path, from: &Path, choice: &KeyChoice) -> Result<Workspace, Error> {
        let path = absolute(path)?;
        let from = absolute(from)?;
        let key = keys::resolve(&path, choice)?;
        crate::workspace::precheck(&from)?;
        verify(&from, &key).await?;
        let tmp = temp_beside(&path);
        std::fs::copy(&from, &tmp).map_err(|e| Error::io(&tmp, e))?;
        sync_file(&tmp)?;
        for suffix in ["-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
        std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
        Workspace::connect(path, key, choice.is_keyring()).await
    }
}

async fn rekey_file(path: &Path, old: &SqlKey, new: &SqlKey) -> Result<(), Error> {
    let mut conn = crate::lifecycle::connect(&connect_options(path, old).create_if_missing(false)).await?;
    sqlx::query("PRAGMA journal_mode = DELETE").execute(&mut conn).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA rekey = {}", new.pragma_value().as_str())))
        .execute(&mut conn)
        .await?;
    sqlx::query("PRAGMA journal_mode = WAL").execute(&mut conn).await?;
    conn.close().await?;
    Ok(())
}

fn temp_beside(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().map(|n| n.to_owned()).unwrap_or_default();
    name.push(format!(".partial-{}", std::process::id()));
    dest.with_file_name(name)
}

fn sync_file(path: &Path) -> Result<(), Error> {
    std::fs::File::open(path).and_then(|f| f.sync_all()).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rekey that re-encrypted the file but stopped before filing the new key as current
    /// (a crash, a keyring error) must not lock the user out: open finds the pending key.
    #[tokio::test]
    async fn an_interrupted_rekey_is_recovered_from_the_pending_key() {
        keys::use_mock_keyring();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.waypoint");
        let ws = Workspace::create(&path, KeyChoice::Keyring).await.unwrap();
        let path = ws.path().to_path_buf();
        let old = ws.key_handle();
        ws.close().await;

        let new = SqlKey::random();
        keys::keyring_save(&path, Slot::Pending, &new).unwrap();
        rekey_file(&path, &old, &new).await.unwrap();
        assert!(matches!(verify(&path, &old).await, Err(Error::WrongKey(_))));

        let ws = Workspace::open(&path, &KeyChoice::Keyring).await.unwrap();
        ws.close().await;
        let current = keys::keyring_load(&path, Slot::Current).unwrap();
        verify(&path, &current).await.unwrap();
        assert!(matches!(keys::keyring_load(&path, Slot::Pending), Err(Error::NoKeyInKeyring(_))));
    }
}
