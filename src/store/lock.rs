//! A lock beside an open file, so that a second Wijkdashboard that opens the
//! same file can say so. The operating system holds the lock for the process
//! (`File::try_lock`), so the lock of a crashed process is free again at once
//! and is taken over without fuss; the file's text names the holder.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
    file: std::fs::File,
}

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    /// Process id.
    pub pid: u32,
    /// Host name of the computer.
    pub host: String,
}

impl std::fmt::Display for LockHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Windows does not let another process read a locked file: then
        // the holder is unknown.
        if self.pid == 0 {
            write!(f, "door een ander proces")
        } else {
            write!(f, "proces {} op computer {}", self.pid, self.host)
        }
    }
}

/// Why a lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another Wijkdashboard has the file open.
    #[error(
        "Dit bestand is al geopend in een ander venster van Wijkdashboard ({0}). Wijzigingen in twee vensters kunnen elkaar overschrijven; sluit het andere venster. Wijkdashboard controleert voor elke opslag of het bestand intussen is gewijzigd."
    )]
    Held(LockHolder),
    /// The lock file could not be made (a read-only folder): no protection.
    #[error("Kan het slot '{path}' niet maken: {reason}.")]
    Io {
        /// The lock file.
        path: PathBuf,
        /// Why, in Dutch.
        reason: String,
    },
}

/// The lock file beside `file`: `wijkdashboard.ron` → `wijkdashboard.ron.lock`.
pub fn lock_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    file.with_file_name(name)
}

impl FileLock {
    /// Takes the lock of `file` for this process.
    ///
    /// # Errors
    /// [`LockError::Held`] when another process holds it.
    pub fn acquire(file: &Path) -> Result<Self, LockError> {
        let path = lock_path(file);
        let io = |error: &std::io::Error| LockError::Io {
            path: path.clone(),
            reason: super::error::io_reason(error),
        };
        let mut handle = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| io(&e))?;
        match handle.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = handle.read_to_string(&mut text);
                return Err(LockError::Held(parse_holder(&text)));
            }
            Err(std::fs::TryLockError::Error(error)) => return Err(io(&error)),
        }
        let holder = format!(
            "pid={}\nhost={}\n",
            std::process::id(),
            gethostname::gethostname().to_string_lossy()
        );
        handle
            .set_len(0)
            .and_then(|()| handle.rewind())
            .and_then(|()| handle.write_all(holder.as_bytes()))
            .and_then(|()| handle.flush())
            .map_err(|e| io(&e))?;
        Ok(Self { path, file: handle })
    }

    /// The file this lock guards.
    pub fn lock_file(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Unlock before removing; a failure only leaves a free lock file behind.
        let _ = self.file.unlock();
        let _ = std::fs::remove_file(&self.path);
    }
}

fn parse_holder(text: &str) -> LockHolder {
    let field = |key: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(key))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    LockHolder {
        pid: field("pid=").parse().unwrap_or(0),
        host: match field("host=") {
            host if host.is_empty() => "onbekend".to_owned(),
            host => host,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_names_the_holder_and_a_released_one_is_taken_over() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("data.ron");
        let first = FileLock::acquire(&file).unwrap_or_else(|e| panic!("{e}"));
        match FileLock::acquire(&file) {
            Err(LockError::Held(holder)) => {
                assert_eq!(holder.pid, std::process::id());
            }
            other => panic!("expected held, got {other:?}"),
        }
        drop(first);
        // A stale lock file (its process gone) is free: taken over.
        std::fs::write(lock_path(&file), "pid=999999\nhost=elders\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(FileLock::acquire(&file).is_ok());
    }
}
