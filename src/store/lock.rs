//! One writer at a time per project: an advisory lock file beside the project file
//! (`p.ron` → `p.ron.lock`), held by the window or command that may change the project.
//!
//! ```ron
//! (pid: 4242, host: "analyst-laptop", started: "2026-12-04T19:00:00Z")
//! ```
//!
//! The file says who holds the lock, for the message another process shows; what makes it a lock
//! is the operating system's lock on the open file (`flock` on Unix, `LockFileEx` on Windows).
//! The system releases that lock when its process ends in any way, so a lock file whose holder
//! crashed or was killed is *stale*: the next process to ask takes it over and says whose it was.
//! On a network drive the server releases the lock when it notices the holder's machine is gone
//! (after its lease, typically under two minutes).
//!
//! The holder deletes the file when it lets go, while still holding the lock. A process that
//! opened the old file just before and then locks it finds that the file at the path is another
//! one (or none), and starts again; so two processes never both believe they hold the lock.
//!
//! Where the file system cannot lock files at all, what the file says decides: a holder on this
//! machine whose process is gone is stale, any other holder is respected.

use std::fmt;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::error::{IoAction, StoreError};

/// Who holds a project's lock, as its lock file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    pub pid: u32,
    pub host: String,
    /// When it took the lock (RFC 3339, UTC).
    pub started: String,
}

impl LockHolder {
    /// This process, now.
    fn this_process() -> Self {
        Self {
            pid: std::process::id(),
            host: host_name(),
            started: super::journal::rfc3339_utc(SystemTime::now()),
        }
    }

    /// Whether this is the process running now.
    pub fn is_this_process(&self) -> bool {
        self.pid == std::process::id() && self.host == host_name()
    }

    /// Whether the holder is known to be gone: a process of this machine that no longer runs.
    fn is_gone(&self) -> bool {
        self.host == host_name() && !process_runs(self.pid)
    }
}

impl fmt::Display for LockHolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::tr_plain(
            "error-lock-holder",
            &[
                ("pid", self.pid.to_string().into()),
                ("host", self.host.as_str().into()),
                ("since", self.started.as_str().into()),
            ],
        ))
    }
}

/// Why a project could not be locked: someone else holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedBy {
    /// `None` when the holder has not written its name yet (or the file is damaged).
    pub holder: Option<LockHolder>,
    pub lock_file: PathBuf,
}

impl fmt::Display for LockedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let holder = match &self.holder {
            Some(holder) => holder.to_string(),
            None => crate::i18n::tr("error-lock-another-process"),
        };
        write!(
            f,
            "{}: {}",
            crate::i18n::tr_plain("error-locked", &[("holder", holder.into())]),
            super::error::shown(&self.lock_file)
        )
    }
}

/// The lock of one project, held until dropped (see the module docs).
#[derive(Debug)]
pub struct ProjectLock {
    file: File,
    path: PathBuf,
    holder: LockHolder,
    took_over: Option<LockHolder>,
}

/// `p.ron` → `p.ron.lock`.
pub fn lock_path(project_file: &Path) -> PathBuf {
    let mut name = project_file
        .file_name()
        .map(std::ffi::OsStr::to_owned)
        .unwrap_or_default();
    name.push(".lock");
    project_file.with_file_name(name)
}

/// Who holds the lock of `project_file` now, if anyone.
pub fn current_holder(project_file: &Path) -> Option<LockHolder> {
    match ProjectLock::acquire(project_file) {
        Err(StoreError::Locked(busy)) => busy.holder,
        _ => None,
    }
}

/// How often a waiting process asks again.
const POLL: Duration = Duration::from_millis(50);

impl ProjectLock {
    /// Takes the lock of `project_file` if no one holds it (a stale one is taken over); else
    /// [`StoreError::Locked`] naming the holder.
    pub fn acquire(project_file: &Path) -> Result<Self, StoreError> {
        let path = lock_path(project_file);
        // The file at the path may be replaced between opening and locking (see the module
        // docs); a few rounds settle it unless processes keep taking and releasing the lock.
        for _ in 0..16 {
            if let Some(lock) = Self::try_once(&path)? {
                return Ok(lock);
            }
        }
        Err(StoreError::Locked(LockedBy {
            holder: read_holder(&path),
            lock_file: path,
        }))
    }

    /// [`ProjectLock::acquire`], asking again for up to `wait` while someone else holds it.
    pub fn acquire_waiting(project_file: &Path, wait: Duration) -> Result<Self, StoreError> {
        let deadline = Instant::now() + wait;
        loop {
            match Self::acquire(project_file) {
                Err(StoreError::Locked(busy)) if Instant::now() < deadline => {
                    drop(busy);
                    std::thread::sleep(POLL);
                }
                other => return other,
            }
        }
    }

    /// This process, as its lock file names it.
    pub fn holder(&self) -> &LockHolder {
        &self.holder
    }

    /// The holder of a stale lock this one replaced, if any.
    pub fn took_over(&self) -> Option<&LockHolder> {
        self.took_over.as_ref()
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// One attempt: `None` when the file locked was no longer the one at the path.
    fn try_once(path: &Path) -> Result<Option<Self>, StoreError> {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| StoreError::io(IoAction::Lock, path, e))?;
        let locked_by_system = match file.try_lock() {
            Ok(()) => true,
            Err(TryLockError::WouldBlock) => {
                // A holder that just took the lock may not have written its name yet, and one
                // that lets go deletes the file: read again a few times, for a message that
                // names the holder, or to ask again once it has gone.
                for _ in 0..20 {
                    if !is_file_at(&file, path) {
                        return Ok(None);
                    }
                    if let Some(holder) = read_holder(path) {
                        return Err(StoreError::Locked(LockedBy {
                            holder: Some(holder),
                            lock_file: path.to_owned(),
                        }));
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                return Err(StoreError::Locked(LockedBy {
                    holder: None,
                    lock_file: path.to_owned(),
                }));
            }
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => false,
            Err(TryLockError::Error(e)) => return Err(StoreError::io(IoAction::Lock, path, e)),
        };
        if locked_by_system && !is_file_at(&file, path) {
            return Ok(None);
        }
        let previous = holder_in(&mut file);
        if !locked_by_system && let Some(holder) = previous.as_ref().filter(|h| !h.is_gone()) {
            return Err(StoreError::Locked(LockedBy {
                holder: Some(holder.clone()),
                lock_file: path.to_owned(),
            }));
        }
        let holder = LockHolder::this_process();
        write_holder(&mut file, &holder).map_err(|e| StoreError::io(IoAction::Lock, path, e))?;
        Ok(Some(Self {
            file,
            path: path.to_owned(),
            holder,
            took_over: previous,
        }))
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        // Deleted while still locked, so no one can lock this file and believe it current.
        // Only our own: a lock that was not ours to begin with is left to its holder.
        if holder_in(&mut self.file).as_ref() == Some(&self.holder)
            && is_file_at(&self.file, &self.path)
        {
            let _ignored = fs::remove_file(&self.path);
        }
        let _ignored = self.file.unlock();
    }
}

fn read_holder(path: &Path) -> Option<LockHolder> {
    let text = fs::read_to_string(path).ok()?;
    ron::from_str(&text).ok()
}

fn holder_in(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    ron::from_str(&text).ok()
}

fn write_holder(file: &mut File, holder: &LockHolder) -> io::Result<()> {
    let mut text = ron::to_string(holder).map_err(io::Error::other)?;
    text.push('\n');
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Whether `file` is still the file at `path` (not deleted or replaced since it was opened).
#[cfg(unix)]
fn is_file_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(open), Ok(at_path)) => open.dev() == at_path.dev() && open.ino() == at_path.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_file_at(_file: &File, path: &Path) -> bool {
    path.is_file()
}

/// This machine's name, as the lock file records it.
fn host_name() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|file| fs::read_to_string(file).ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}

/// Whether process `pid` of this machine runs; where that cannot be told, it is assumed to.
fn process_runs(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    #[test]
    fn second_holder_is_refused_with_the_first_named() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let first = ProjectLock::acquire(&project).unwrap();
        assert_eq!(first.holder().pid, std::process::id());
        assert!(dir.path().join("p.ron.lock").is_file());
        let Err(StoreError::Locked(busy)) = ProjectLock::acquire(&project) else {
            panic!("a second lock was granted");
        };
        assert_eq!(busy.holder.as_ref(), Some(first.holder()));
        let message = StoreError::Locked(busy).to_string();
        assert!(
            message.contains(&format!("process {}", std::process::id())),
            "{message}"
        );
        assert!(message.ends_with("p.ron.lock"), "{message}");
        assert_eq!(current_holder(&project).as_ref(), Some(first.holder()));
        drop(first);
        assert!(!dir.path().join("p.ron.lock").exists(), "released locks go");
        assert_eq!(current_holder(&project), None);
        let again = ProjectLock::acquire(&project).unwrap();
        assert!(again.took_over().is_none());
    }

    #[test]
    fn a_stale_lock_file_is_taken_over_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let dead = LockHolder {
            pid: 999_999_999,
            host: "a machine that died".to_owned(),
            started: "2026-01-01T00:00:00Z".to_owned(),
        };
        fs::write(lock_path(&project), ron::to_string(&dead).unwrap()).unwrap();
        let lock = ProjectLock::acquire(&project).unwrap();
        assert_eq!(lock.took_over(), Some(&dead));
        assert_eq!(
            read_holder(&lock_path(&project)).as_ref(),
            Some(lock.holder())
        );
        // A damaged lock file is stale too.
        drop(lock);
        fs::write(lock_path(&project), "\0garbage").unwrap();
        assert!(
            ProjectLock::acquire(&project)
                .unwrap()
                .took_over()
                .is_none()
        );
    }

    #[test]
    fn waiting_gets_the_lock_once_it_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let first = ProjectLock::acquire(&project).unwrap();
        let started = Instant::now();
        let Err(StoreError::Locked(_)) =
            ProjectLock::acquire_waiting(&project, Duration::from_millis(200))
        else {
            panic!("granted while held");
        };
        assert!(started.elapsed() >= Duration::from_millis(200));
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(150));
            drop(first);
        });
        let second = ProjectLock::acquire_waiting(&project, Duration::from_secs(10)).unwrap();
        releaser.join().unwrap();
        assert!(second.took_over().is_none(), "a released lock is not stale");
    }

    #[test]
    fn threads_racing_for_the_lock_never_share_it() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let inside = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..50 {
                        let lock = ProjectLock::acquire_waiting(&project, Duration::from_secs(30))
                            .unwrap();
                        let was = inside.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        assert_eq!(was, 0, "two holders at once");
                        std::thread::yield_now();
                        inside.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                        drop(lock);
                    }
                });
            }
        });
        assert!(!lock_path(&project).exists());
    }
}
