//! The project's lock as a workspace holds it: one window or command at a time may change a
//! project (see [`store::lock`]). A window that finds the lock taken opens the project read-only
//! and names the holder; a command waits a little ([`LOCK_WAIT`]) and then refuses.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use super::Workspace;
use crate::import;
use crate::store::{self, LockedBy, ProjectLock, StoreError};

/// How long a command waits for another window or command to let go of a project, unless
/// `HASHIYA_LOCK_WAIT` (seconds) says otherwise.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// [`LOCK_WAIT`], or the seconds `HASHIYA_LOCK_WAIT` gives.
pub fn lock_wait() -> Duration {
    std::env::var("HASHIYA_LOCK_WAIT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map_or(LOCK_WAIT, Duration::from_secs_f64)
}

impl Workspace {
    /// Opens the project at `path` to change it: waits up to `wait` for its lock before
    /// reading, so what is read is what the last writer saved, and holds the lock until the
    /// workspace is dropped.
    pub fn open_for_writing(path: &Path, wait: Duration) -> Result<Self, StoreError> {
        let lock = ProjectLock::acquire_waiting(path, wait)?;
        let mut ws = Self::open_project(path)?;
        ws.lock = Some(Arc::new(lock));
        Ok(ws)
    }

    /// Opens the project at `path` for the window: with its lock when no one else holds it,
    /// else read-only ([`Workspace::read_only`] names the holder). A lock held by this process
    /// (the window reopening its own project) is left to the workspace holding it; see
    /// [`Workspace::adopt_lock_from`].
    pub fn open_to_edit_with(
        path: &Path,
        progress: &import::LoadProgress,
    ) -> Result<Self, StoreError> {
        let (lock, read_only) = match ProjectLock::acquire(path) {
            Ok(lock) => (Some(Arc::new(lock)), None),
            Err(StoreError::Locked(busy)) if !held_by_this_process(&busy) => (None, Some(busy)),
            // Held here, or no lock file can be made (a read-only folder, where saving fails
            // anyway): opened as before, and a save takes the lock for itself.
            Err(_) => (None, None),
        };
        let mut ws = Self::open_project_with(path, progress)?;
        ws.lock = lock;
        ws.read_only = read_only;
        Ok(ws)
    }

    /// Takes the lock of the project at `path` (waiting up to `wait`) and holds it until the
    /// workspace is dropped: for a command that writes a project it did not open.
    pub fn take_lock(&mut self, path: &Path, wait: Duration) -> Result<(), StoreError> {
        if self.holds_lock_of(path) {
            return Ok(());
        }
        self.lock = Some(Arc::new(ProjectLock::acquire_waiting(path, wait)?));
        Ok(())
    }

    /// Takes over the lock `previous` holds when both are the same project: the window
    /// reopening its project keeps it locked throughout.
    pub fn adopt_lock_from(&mut self, previous: &Workspace) {
        if self.lock.is_some() || self.read_only.is_some() {
            return;
        }
        if let (Some(path), Some(lock)) = (&self.project_path, &previous.lock)
            && lock.path() == store::lock_path(path)
        {
            self.lock = Some(Arc::clone(lock));
        }
    }

    /// Who held the lock when the project was opened, if someone else did: saving over the
    /// project is refused until they let go.
    pub fn read_only(&self) -> Option<&LockedBy> {
        self.read_only.as_ref()
    }

    /// The lock this workspace holds, if any.
    pub fn lock(&self) -> Option<&ProjectLock> {
        self.lock.as_deref()
    }

    /// The analyst chose to keep what is open over changes another program saved: the next
    /// save writes over them instead of refusing.
    pub fn overwrite_changes_on_disk(&mut self) {
        if let Some(path) = &self.project_path {
            self.saved_files.note_on_disk(path);
        }
    }

    fn holds_lock_of(&self, path: &Path) -> bool {
        self.lock
            .as_ref()
            .is_some_and(|lock| lock.path() == store::lock_path(path))
    }

    /// The lock a save to `path` needs, when this workspace does not hold it yet.
    pub(super) fn lock_to_save(&self, path: &Path) -> Result<Option<ProjectLock>, StoreError> {
        if self.holds_lock_of(path) {
            return Ok(None);
        }
        match ProjectLock::acquire(path) {
            Ok(lock) => Ok(Some(lock)),
            // The same file under another spelling of its path.
            Err(StoreError::Locked(busy))
                if self
                    .lock
                    .as_ref()
                    .is_some_and(|own| busy.holder.as_ref() == Some(own.holder())) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// After a save that took `new_lock`: a workspace that holds a lock (or wanted one) keeps
    /// the new project's; otherwise the lock goes with the save.
    pub(super) fn keep_lock_after_save(&mut self, new_lock: Option<ProjectLock>) {
        if let Some(lock) = new_lock
            && (self.lock.is_some() || self.read_only.is_some())
        {
            self.lock = Some(Arc::new(lock));
            self.read_only = None;
        }
    }
}

fn held_by_this_process(busy: &LockedBy) -> bool {
    busy.holder
        .as_ref()
        .is_some_and(store::LockHolder::is_this_process)
}
