//! Where a workspace key comes from.
//!
//! Default: a random 256-bit key made at `init` and kept in the OS keyring (Secret Service,
//! Keychain, Credential Manager), filed under the workspace's absolute path. Fallback for
//! machines without a keyring: a passphrase, which SQLCipher stretches with PBKDF2 and a
//! per-file salt. `WAYPOINT_PASSPHRASE`, when set, always wins and the keyring is not touched.
//!
//! A passphrase is stretched once per unlock, here, rather than by SQLCipher on every
//! connection the pool opens (0.2 s each, and an unlock opens four or five): the key SQLCipher
//! would derive (its default PBKDF2-HMAC-SHA512, 256,000 rounds, salted with the file's first
//! 16 bytes) is computed with RustCrypto's `pbkdf2` and handed over raw with the salt, which
//! SQLCipher then uses as is. Should this build's SQLCipher stretch otherwise (other
//! defaults), a workspace it made still opens: the passphrase itself is tried when the
//! stretched key fails, and only then, so a wrong passphrase costs one stretching.
//!
//! Keys live in `secrecy`/`zeroize` wrappers so they stay out of `Debug` output and are wiped
//! when dropped; the one unavoidable copy is the PRAGMA text SQLx keeps for reconnecting.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use keyring_core::{CredentialStore, Entry};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::Error;

/// The environment variable that carries a passphrase; it wins over the keyring.
pub const PASSPHRASE_ENV: &str = "WAYPOINT_PASSPHRASE";
const KEYRING_SERVICE: &str = "app.waypoint.workspace";

/// How a workspace is (or will be) keyed.
#[derive(Debug, Clone)]
pub enum KeyChoice {
    /// A random key kept in the OS keyring.
    Keyring,
    /// A passphrase the user remembers.
    Passphrase(SecretString),
}

impl KeyChoice {
    /// `WAYPOINT_PASSPHRASE` if set and not empty, else the keyring.
    pub fn from_env() -> KeyChoice {
        match std::env::var(PASSPHRASE_ENV) {
            Ok(p) if !p.is_empty() => KeyChoice::Passphrase(SecretString::from(p)),
            _ => KeyChoice::Keyring,
        }
    }

    pub fn passphrase(p: impl Into<String>) -> KeyChoice {
        KeyChoice::Passphrase(SecretString::from(p.into()))
    }

    pub fn is_keyring(&self) -> bool {
        matches!(self, KeyChoice::Keyring)
    }
}

/// SQLCipher 4's defaults for a passphrase (`PRAGMA cipher_default_kdf_iter`, key size, salt size).
pub(crate) const KDF_ROUNDS: u32 = 256_000;
pub(crate) const SALT_BYTES: usize = 16;

/// A resolved key, ready for SQLCipher.
#[derive(Clone)]
pub(crate) enum SqlKey {
    Raw(Zeroizing<[u8; 32]>),
    Passphrase(SecretString),
    /// A passphrase already stretched for one file: the 32-byte key, then that file's salt.
    /// Opens that file only (another file has another salt).
    Stretched(Zeroizing<[u8; 32 + SALT_BYTES]>),
}

/// SQLCipher reads a passphrase written `x'` + 64 hex digits (+ `'`), or 96 (key and salt), as a
/// raw key rather than text to stretch (its own test: that length, `x'` in either case, hex
/// digits), so such a passphrase is handed over as it is.
fn is_key_literal(p: &str) -> bool {
    let b = p.as_bytes();
    let digits = match b.len() {
        67 => 64,
        99 => 96,
        _ => return false,
    };
    b[..2].eq_ignore_ascii_case(b"x'") && b[2..2 + digits].iter().all(u8::is_ascii_hexdigit)
}

impl SqlKey {
    pub(crate) fn random() -> SqlKey {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rng().fill_bytes(k.as_mut());
        SqlKey::Raw(k)
    }

    pub(crate) fn from_passphrase(p: &SecretString) -> Result<SqlKey, Error> {
        if p.expose_secret().is_empty() {
            return Err(Error::EmptyPassphrase);
        }
        Ok(SqlKey::Passphrase(p.clone()))
    }

    /// The key to open the file whose first bytes are `salt` with: a passphrase stretched
    /// with that salt (see the module's doc), any other key as it is. Runs on a blocking
    /// thread: the stretching is 0.1-0.2 s of hashing.
    pub(crate) async fn for_file(&self, salt: [u8; SALT_BYTES]) -> Result<SqlKey, Error> {
        let phrase = match self {
            SqlKey::Passphrase(p) if !is_key_literal(p.expose_secret()) => p.clone(),
            _ => return Ok(self.clone()),
        };
        tokio::task::spawn_blocking(move || {
            let mut k = Zeroizing::new([0u8; 32 + SALT_BYTES]);
            let (key, tail) = k.split_at_mut(32);
            pbkdf2::pbkdf2_hmac::<sha2::Sha512>(phrase.expose_secret().as_bytes(), &salt, KDF_ROUNDS, key);
            tail.copy_from_slice(&salt);
            SqlKey::Stretched(k)
        })
        .await
        .map_err(|e| std::panic::resume_unwind(e.into_panic()))
    }

    pub(crate) fn is_stretched(&self) -> bool {
        matches!(self, SqlKey::Stretched(_))
    }

    /// The value for `PRAGMA key = …`: a raw key as a blob literal (no KDF needed: it is
    /// already random), a passphrase as a quoted string.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        match self {
            SqlKey::Raw(k) => Zeroizing::new(format!("\"x'{}'\"", hex::encode(k.as_ref()))),
            SqlKey::Stretched(k) => Zeroizing::new(format!("\"x'{}'\"", hex::encode(k.as_ref()))),
            SqlKey::Passphrase(p) => {
                Zeroizing::new(format!("'{}'", p.expose_secret().replace('\'', "''")))
            }
        }
    }

    /// The key as `ATTACH … KEY ?` takes it: a raw key as `x'…'`, a passphrase as is.
    pub(crate) fn attach_value(&self) -> Zeroizing<String> {
        match self {
            SqlKey::Raw(k) => Zeroizing::new(format!("x'{}'", hex::encode(k.as_ref()))),
            SqlKey::Stretched(k) => Zeroizing::new(format!("x'{}'", hex::encode(k.as_ref()))),
            SqlKey::Passphrase(p) => Zeroizing::new(p.expose_secret().to_string()),
        }
    }

    fn hex(&self) -> Option<Zeroizing<String>> {
        match self {
            SqlKey::Raw(k) => Some(Zeroizing::new(hex::encode(k.as_ref()))),
            SqlKey::Passphrase(_) | SqlKey::Stretched(_) => None,
        }
    }
}

static STORE: OnceLock<Result<Arc<CredentialStore>, String>> = OnceLock::new();

/// Use keyring-core's in-memory mock store instead of the OS one. For tests only: the
/// keys it holds vanish with the process.
pub fn use_mock_keyring() {
    let _ = STORE.set(Ok(keyring_core::mock::Store::new().expect("mock store") as Arc<CredentialStore>));
}

fn os_store() -> Result<Arc<CredentialStore>, String> {
    #[cfg(target_os = "linux")]
    let s = zbus_secret_service_keyring_store::Store::new().map(|s| s as Arc<CredentialStore>);
    #[cfg(target_os = "macos")]
    let s = apple_native_keyring_store::keychain::Store::new().map(|s| s as Arc<CredentialStore>);
    #[cfg(target_os = "windows")]
    let s = windows_native_keyring_store::Store::new().map(|s| s as Arc<CredentialStore>);
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    let s: keyring_core::Result<Arc<CredentialStore>> = Err(keyring_core::Error::NoDefaultStore);
    s.map_err(|e| e.to_string())
}

/// Where in the keyring a workspace's key is filed. A rekey files the new key as
/// `Pending` first and promotes it only once the file is re-encrypted, so that a crash or
/// a failure at any step leaves every key that can open the file in the keyring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Current,
    Pending,
}

fn entry(path: &Path, slot: Slot) -> Result<Entry, Error> {
    let store = STORE.get_or_init(os_store).clone();
    let store = store.map_err(|detail| Error::NoKeySource { path: path.to_path_buf(), detail })?;
    let user = match slot {
        Slot::Current => path.to_string_lossy().into_owned(),
        Slot::Pending => format!("{} (pending rekey)", path.to_string_lossy()),
    };
    Entry::new_in_store(&store, KEYRING_SERVICE, &user).map_err(|e| keyring_error(path, e))
}

/// Platform failures and missing access mean "no keyring here", which has a different way
/// out (a passphrase) than a keyring that answers but holds no key.
fn keyring_error(path: &Path, e: keyring_core::Error) -> Error {
    use keyring_core::Error as K;
    match e {
        K::NoEntry => Error::NoKeyInKeyring(path.to_path_buf()),
        K::PlatformFailure(_) | K::NoStorageAccess(_) | K::NoDefaultStore => {
            Error::NoKeySource { path: path.to_path_buf(), detail: e.to_string() }
        }
        other => Error::Keyring(other.to_string()),
    }
}

pub(crate) fn keyring_load(path: &Path, slot: Slot) -> Result<SqlKey, Error> {
    let secret = Zeroizing::new(entry(path, slot)?.get_password().map_err(|e| keyring_error(path, e))?);
    let mut k = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(secret.as_bytes(), k.as_mut())
        .map_err(|_| Error::Keyring(format!("the keyring entry for {} is not a Waypoint key", path.display())))?;
    Ok(SqlKey::Raw(k))
}

pub(crate) fn keyring_save(path: &Path, slot: Slot, key: &SqlKey) -> Result<(), Error> {
    let hex = key.hex().expect("only raw keys go to the keyring");
    entry(path, slot)?.set_password(&hex).map_err(|e| keyring_error(path, e))
}

pub(crate) fn keyring_delete(path: &Path, slot: Slot) -> Result<(), Error> {
    match entry(path, slot)?.delete_credential() {
        Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
        Err(e) => Err(keyring_error(path, e)),
    }
}

/// Resolves the key to open an existing workspace with.
pub(crate) fn resolve(path: &Path, choice: &KeyChoice) -> Result<SqlKey, Error> {
    match choice {
        KeyChoice::Passphrase(p) => SqlKey::from_passphrase(p),
        KeyChoice::Keyring => keyring_load(path, Slot::Current),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_literals_are_told_from_passphrases() {
        let hex = "0123456789abcdefABCDEF0123456789abcdef0123456789abcdef0123456789";
        assert!(is_key_literal(&format!("x'{hex}'")));
        assert!(is_key_literal(&format!("X'{hex}{}'", &hex[..32])));
        assert!(!is_key_literal(&format!("x'{}g'", &hex[..63])));
        assert!(!is_key_literal(&format!("x'{hex}")));
        assert!(!is_key_literal("correct horse battery staple"));
    }

    #[test]
    fn pragma_values_quote_safely() {
        let k = SqlKey::from_passphrase(&SecretString::from("it's".to_string())).unwrap();
        assert_eq!(k.pragma_value().as_str(), "'it''s'");
        let r = SqlKey::random();
        let v = r.pragma_value();
        assert!(v.starts_with("\"x'") && v.ends_with("'\"") && v.len() == 64 + 5, "{}", v.as_str());
        assert!(matches!(SqlKey::from_passphrase(&SecretString::from(String::new())), Err(Error::EmptyPassphrase)));
    }
}
