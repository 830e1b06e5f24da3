//! What the last save of a project left in its annotations folder: for each document, the
//! version of its annotations that was written and the file's size, modification and change
//! times and inode afterwards. The next save serialises and compares only the documents that changed
//! since, or whose file is no longer the one it left; at 100,000 spans that was most of the time
//! of a save after one edit.
//!
//! It also keeps every file of the project as this program last saw it ([`DiskState`]), after
//! opening or saving: a save that finds one of them changed by another program refuses to write
//! over what it never saw.
//!
//! A file rewritten by someone else to the same size within the filesystem's timestamp
//! granularity (a few milliseconds) of the save could go unnoticed; the next save would then
//! leave that file as it is. Later changes move its change time on.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::annotations_file::{annotations_dir, file_name_for};
use crate::model::{Annotations, DocId, DocVersion};

/// See the module docs. Empty until a save succeeds; a workspace keeps one across its saves.
#[derive(Debug, Clone, Default)]
pub struct SavedFiles {
    /// The annotations folder the entries are about.
    dir: Option<PathBuf>,
    files: HashMap<DocId, (DocVersion, FileStamp)>,
    /// The project file whose annotations folder was missing when it was opened: saving it
    /// leaves the folder missing until a span is saved, so the next opening says so again.
    folder_missing: Option<PathBuf>,
    /// The project's files as last seen here, to notice another program's save.
    seen: Option<DiskState>,
}

impl SavedFiles {
    /// Whether the file of `doc` in `dir` is still exactly what the last save wrote for
    /// `version` of its annotations: then it need not be serialised and compared again.
    pub(super) fn unchanged(&self, dir: &Path, doc: &DocId, version: &DocVersion) -> bool {
        self.dir.as_deref() == Some(dir)
            && self.files.get(doc).is_some_and(|(saved, stamp)| {
                saved.same_as(version)
                    && FileStamp::of(&dir.join(file_name_for(doc))) == Some(*stamp)
            })
    }

    /// Whether the file of `doc` in `dir` is still the one the last save wrote (whatever
    /// version of its annotations it holds).
    pub(super) fn wrote(&self, dir: &Path, doc: &DocId) -> bool {
        self.dir.as_deref() == Some(dir)
            && self.files.get(doc).is_some_and(|(_, stamp)| {
                FileStamp::of(&dir.join(file_name_for(doc))) == Some(*stamp)
            })
    }

    /// After `annotations` were saved into `dir`: remembers each document's version and its
    /// file as it is now.
    pub(super) fn record(&mut self, dir: &Path, annotations: &Annotations) {
        self.dir = Some(dir.to_owned());
        self.files.clear();
        for doc in annotations.documents() {
            if let (Some(version), Some(stamp)) = (
                annotations.version_of(doc),
                FileStamp::of(&dir.join(file_name_for(doc))),
            ) {
                self.files.insert(doc.clone(), (version, stamp));
            }
        }
    }

    /// After a save failed: nothing is known about the folder any more. What was seen on disk
    /// stays: a save that failed before its commit point changed nothing there, and one that
    /// failed after it is finished by the next load.
    pub(super) fn forget(&mut self) {
        self.dir = None;
        self.files.clear();
    }

    /// The project at `project_file` was opened without its annotations folder (see
    /// [`super::StoreWarning::NoAnnotationsFolder`]).
    pub fn note_folder_missing(&mut self, project_file: &Path) {
        self.folder_missing = Some(project_file.to_owned());
    }

    /// Whether a save of `project_file` is to leave its missing annotations folder missing.
    pub(super) fn leaves_folder_missing(&self, project_file: &Path) -> bool {
        self.folder_missing.as_deref() == Some(project_file)
    }

    /// Remembers the files of the project at `project_file` as they are now: after opening it,
    /// after saving it, or when the analyst chose to write over changes made elsewhere.
    pub fn note_on_disk(&mut self, project_file: &Path) {
        self.seen = Some(DiskState::take(project_file));
    }

    /// The files of the project at `project_file` that another program changed, created or
    /// deleted since [`SavedFiles::note_on_disk`]; none when it was not noted for this file.
    pub(super) fn changed_on_disk(&self, project_file: &Path) -> Vec<PathBuf> {
        self.seen
            .as_ref()
            .filter(|seen| seen.project_file == project_file)
            .map(|seen| seen.changed_in(&DiskState::take(project_file)))
            .unwrap_or_default()
    }
}

/// Every file of a project's save (the project file and its annotation files), by stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DiskState {
    project_file: PathBuf,
    files: BTreeMap<PathBuf, FileStamp>,
}

impl DiskState {
    fn take(project_file: &Path) -> Self {
        let mut files = BTreeMap::new();
        if let Some(stamp) = FileStamp::of(project_file) {
            files.insert(project_file.to_owned(), stamp);
        }
        let dir = annotations_dir(project_file);
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || !name.ends_with(".ron") {
                continue;
            }
            let path = entry.path();
            if let Some(stamp) = FileStamp::of(&path) {
                files.insert(path, stamp);
            }
        }
        Self {
            project_file: project_file.to_owned(),
            files,
        }
    }

    /// The files that differ between `self` and `now`, in path order.
    fn changed_in(&self, now: &DiskState) -> Vec<PathBuf> {
        let mut changed: Vec<PathBuf> = self
            .files
            .iter()
            .filter(|(path, stamp)| now.files.get(*path) != Some(stamp))
            .map(|(path, _)| path.clone())
            .collect();
        changed.extend(
            now.files
                .keys()
                .filter(|path| !self.files.contains_key(*path))
                .cloned(),
        );
        changed.sort();
        changed
    }
}

/// What tells one file from another version of it without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    /// The inode's change time on Unix, which no program can set back the way it can the
    /// modification time: any write or rename moves it on. Zero elsewhere.
    changed: (i64, i64),
    /// The inode on Unix (a file replaced by renaming usually has a new one); 0 elsewhere.
    inode: u64,
}

impl FileStamp {
    fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok().filter(fs::Metadata::is_file)?;
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt as _;
            ((meta.ctime(), meta.ctime_nsec()), meta.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = ((0, 0), 0);
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            changed,
            inode,
        })
    }
}
