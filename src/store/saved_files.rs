//! What the last save of a project left in its annotations folder: for each document, the
//! version of its annotations that was written and the file's size, modification and change
//! times and inode afterwards. The next save serialises and compares only the documents that changed
//! since, or whose file is no longer the one it left; at 100,000 spans that was most of the time
//! of a save after one edit.
//!
//! A file rewritten by someone else to the same size within the filesystem's timestamp
//! granularity (a few milliseconds) of the save could go unnoticed; the next save would then
//! leave that file as it is. Later changes move its change time on.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::annotations_file::file_name_for;
use crate::model::{Annotations, DocId, DocVersion};

/// See the module docs. Empty until a save succeeds; a workspace keeps one across its saves.
#[derive(Debug, Clone, Default)]
pub struct SavedFiles {
    /// The annotations folder the entries are about.
    dir: Option<PathBuf>,
    files: HashMap<DocId, (DocVersion, FileStamp)>,
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

    /// After a save failed: nothing is known about the folder any more.
    pub(super) fn forget(&mut self) {
        self.dir = None;
        self.files.clear();
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
