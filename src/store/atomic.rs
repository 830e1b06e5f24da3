//! Atomic file replacement: a reader (or a crash) sees either the old file or the complete new one,
//! never a half-written file.
//!
//! The bytes go to a temporary file in the target's folder (same file system, so the rename is
//! atomic), named `.<name>.tmp-<pid>-<n>` so it is hidden and never collides with another writer.
//! The temporary file is flushed to disk, renamed over the target, and the folder is flushed so
//! the rename itself survives a power cut. On any error before the rename the temporary file is
//! removed and the target is untouched.
//!
//! If the target is a symbolic link, the file it points to is replaced and the link is kept.
//! A target marked read-only is refused rather than silently replaced.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::error::{IoAction, StoreError};

/// Distinguishes temporary files of concurrent writers within one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// How many names to try when a stale temporary file of the same name already exists.
const TEMP_ATTEMPTS: u32 = 16;

/// Replaces the file at `path` with `bytes`, atomically (see the module docs).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomic`], but `write` produces the content by writing to the temporary file
/// (e.g. a streaming serializer). If `write` fails, the target is untouched.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), StoreError> {
    let folder = replace_file(path, write)?;
    sync_folder(&folder).map_err(|e| StoreError::io(IoAction::SyncFolder, path, e))
}

/// Writes the temporary file, flushes it and renames it over `path`; the folder to flush.
fn replace_file(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<PathBuf, StoreError> {
    let target = resolve_target(path)?;
    let existing_permissions = match fs::metadata(&target) {
        Ok(meta) if meta.permissions().readonly() => {
            return Err(StoreError::io(
                IoAction::ReadOnlyTarget,
                path,
                io::Error::from(io::ErrorKind::PermissionDenied),
            ));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(_) => None, // a new file: whether its folder is writable shows when creating the temp file
    };
    let Some(file_name) = target.file_name() else {
        return Err(StoreError::io(
            IoAction::NoFileName,
            path,
            io::Error::from(io::ErrorKind::InvalidInput),
        ));
    };
    let folder = folder_of(&target);

    let (temp_path, mut file) = create_temp(&folder, file_name)
        .map_err(|e| StoreError::io(IoAction::CreateTemp, path, e))?;

    let written = (|| {
        write(&mut file)?;
        file.flush()?;
        if let Some(permissions) = existing_permissions {
            // Keep the mode the analyst gave the file (e.g. group-readable on a shared drive).
            file.set_permissions(permissions)?;
        }
        file.sync_all()
    })();
    drop(file);
    if let Err(e) = written {
        remove_temp(&temp_path);
        return Err(StoreError::io(IoAction::Write, path, e));
    }

    if let Err(e) = fs::rename(&temp_path, &target) {
        remove_temp(&temp_path);
        return Err(StoreError::io(IoAction::Replace, path, e));
    }
    Ok(folder)
}

/// Follows a symbolic link at `path` so the rename replaces the linked file, not the link.
fn resolve_target(path: &Path) -> Result<PathBuf, StoreError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|e| StoreError::io(IoAction::Replace, path, e))
        }
        _ => Ok(path.to_owned()),
    }
}

pub(super) fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn create_temp(folder: &Path, file_name: &OsStr) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    let mut last_error = None;
    for _ in 0..TEMP_ATTEMPTS {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut temp_name = OsString::from(".");
        temp_name.push(file_name);
        temp_name.push(format!(".tmp-{pid}-{n}"));
        let temp_path = folder.join(temp_name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// Best effort: the error that made us give up is the one worth reporting, and a leftover
/// hidden temporary file is harmless (its name never collides with a later one).
fn remove_temp(temp_path: &Path) {
    let _ignored = fs::remove_file(temp_path);
}

/// Flushes the folder's entries (renames, new files) to disk.
#[cfg(unix)]
pub(crate) fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

/// The standard library cannot open a folder on other systems; the rename is still atomic there,
/// only its durability across a power cut is not forced.
#[cfg(not(unix))]
pub(crate) fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn creates_and_replaces_without_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("p.ron");
        write_atomic(&target, "أول".as_bytes()).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "أول");
        write_atomic(&target, b"second, longer content").unwrap();
        assert_eq!(
            fs::read_to_string(&target).unwrap(),
            "second, longer content"
        );
        write_atomic(&target, b"x").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"x");
        assert_eq!(names_in(dir.path()), ["p.ron"]);
    }

    #[test]
    fn failing_writer_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("p.ron");
        fs::write(&target, "old").unwrap();
        let err = write_atomic_with(&target, |file| {
            file.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Io {
                    action: IoAction::Write,
                    ..
                }
            ),
            "{err}"
        );
        assert!(
            err.to_string().ends_with(&target.display().to_string()),
            "{err}"
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names_in(dir.path()), ["p.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();

        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(
            fs::metadata(&real).unwrap().permissions().mode() & 0o777,
            0o640
        );
        assert_eq!(names_in(dir.path()), ["link.ron", "real.ron"]);
    }

    #[test]
    fn refuses_read_only_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("p.ron");
        fs::write(&target, "old").unwrap();
        let mut permissions = fs::metadata(&target).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&target, permissions).unwrap();
        let err = write_atomic(&target, b"new").unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Io {
                    action: IoAction::ReadOnlyTarget,
                    ..
                }
            ),
            "{err}"
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names_in(dir.path()), ["p.ron"]);
    }

    #[test]
    fn missing_folder_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no-such-folder").join("p.ron");
        let err = write_atomic(&target, b"new").unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Io {
                    action: IoAction::CreateTemp,
                    ..
                }
            ),
            "{err}"
        );
        assert!(!target.exists());
        assert!(names_in(dir.path()).is_empty());
    }
}
