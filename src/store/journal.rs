//! The autosave journal: a full snapshot of the project, written every few seconds while there
//! are unsaved changes, so a crash loses at most those seconds.
//!
//! * A saved project's journal is beside it: `study/p.ron` → `study/p.ron.journal` (add
//!   `*.journal` to `.gitignore`).
//! * A project never saved (a folder just imported) has its journal in the application's data
//!   folder: `<data dir>/journals/<16 hex digits>.ron.journal`, the digits from a SHA-256 of the
//!   corpus folder's absolute path, so importing the same folder again finds it.
//! * Writing is atomic ([`super::atomic`]); the journal is deleted ([`Journal::discard`]) after a
//!   successful save. On the next start the GUI asks [`Journal::is_newer_than_saved`] and offers
//!   to recover ([`Journal::read`]).
//!
//! ```ron
//! (
//!     version: 6,
//!     written: "2025-03-01T09:15:02Z",
//!     project: (
//!         version: 5,
//!         name: "…",
//!         corpus_dir: "corpus",
//!         outlets: [ … ],
//!         documents: [ … ],
//!         schema: ( labels: [ … ] ),
//!         entities: [ … ],
//!         clusters: [ … ],
//!     ),
//!     annotations: {
//!         "enab/0001.txt": (
//!             spans: [
//!                 (id: "3f9a0c1b2d4e5f60", start: 12, end: 16, label: "PER", quote: "محمد", …),
//!             ],
//!             claims: [ … ],
//!             relations: [ … ],
//!         ),
//!     },
//! )
//! ```
//!
//! `project` is the project file's own content and `annotations` the spans, claims and relations
//! of each document as in the annotation files, so the journal needs no types of its own beyond
//! the envelope. A journal of an older version (1: spans only; 2: no annotators or times; 3: the
//! project file of version 2; 4: project and annotation files of version 3; 5: project and
//! annotation files of version 4) is read through the same migrations as the files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::annotations_file::{DocFile, DocFileRefusal, annotation_problem, span_v1_to_v2};
use super::atomic::write_atomic;
use super::error::{FileKind, IoAction, StoreError};
use super::project_file::{
    absolute_lexical, check_project, load_project, parse, pretty_config, read_text,
    read_version_of, v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, without_bom,
};
use super::{v1, v2, v3, v4, v5};
use crate::model::{Annotations, DocId, Project};

/// The journal format this build writes, and the newest it reads.
pub const JOURNAL_VERSION: u32 = JournalFileV6::VERSION;

/// Where a project's journal lives, and what to compare it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journal {
    path: PathBuf,
    /// The project file the journal belongs to; `None` for a project never saved.
    project_file: Option<PathBuf>,
}

/// A journal being written by [`Journal::write_in_background`]. Dropping it waits for the write
/// to end, so a journal is never left half-decided behind the caller's back.
#[derive(Debug)]
pub struct JournalWrite {
    path: PathBuf,
    state: WriteState,
}

#[derive(Debug)]
enum WriteState {
    Running(std::thread::JoinHandle<Result<(), StoreError>>),
    Done(Result<(), StoreError>),
    Taken,
}

impl JournalWrite {
    /// Whether the write has ended (then [`JournalWrite::wait`] returns at once).
    pub fn is_finished(&self) -> bool {
        match &self.state {
            WriteState::Running(handle) => handle.is_finished(),
            WriteState::Done(_) | WriteState::Taken => true,
        }
    }

    /// Waits for the write to end; its outcome.
    pub fn wait(mut self) -> Result<(), StoreError> {
        match std::mem::replace(&mut self.state, WriteState::Taken) {
            // A panic while writing the journal must not take the window, and the unsaved work
            // in it, down with it: it is reported as a failed write.
            WriteState::Running(handle) => handle.join().unwrap_or_else(|_| {
                Err(StoreError::io(
                    IoAction::Write,
                    &self.path,
                    io::Error::other("the journal's thread stopped unexpectedly"),
                ))
            }),
            WriteState::Done(result) => result,
            WriteState::Taken => Ok(()),
        }
    }
}

impl Drop for JournalWrite {
    fn drop(&mut self) {
        if let WriteState::Running(handle) = std::mem::replace(&mut self.state, WriteState::Taken) {
            // The outcome has no one left to tell; a panic is not passed on from a drop.
            let _ignored = handle.join();
        }
    }
}

/// A journal as read: the project (with its annotations) and when it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    pub project: Project,
    /// RFC 3339 UTC time of writing, e.g. `2025-03-01T09:15:02Z`.
    pub written: String,
}

impl Journal {
    /// The journal of the project file at `project_file`: `<project_file>.journal`.
    pub fn for_project(project_file: &Path) -> Self {
        let mut name = project_file.file_name().unwrap_or_default().to_owned();
        name.push(".journal");
        Self {
            path: project_file.with_file_name(name),
            project_file: Some(project_file.to_owned()),
        }
    }

    /// The journal of a project never saved whose corpus is `corpus_root`, under `data_dir`.
    pub fn for_unsaved(data_dir: &Path, corpus_root: &Path) -> Self {
        let absolute = absolute_lexical(corpus_root).unwrap_or_else(|| corpus_root.to_owned());
        let hash = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
        let mut hex = String::with_capacity(16);
        for byte in &hash[..8] {
            // Writing to a String cannot fail.
            let _ = write!(hex, "{byte:02x}");
        }
        Self {
            path: data_dir.join("journals").join(format!("{hex}.ron.journal")),
            project_file: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The project file this journal belongs to; `None` for a project never saved.
    pub fn project_file(&self) -> Option<&Path> {
        self.project_file.as_deref()
    }

    pub fn exists(&self) -> bool {
        self.path.is_file()
    }

    /// Writes a snapshot of `project` (atomically), stamped with the current time.
    pub fn write(&self, project: &Project) -> Result<(), StoreError> {
        self.write_at(project, SystemTime::now())
    }

    /// [`Journal::write`] on a thread of its own, for a caller that must not wait (the GUI: a
    /// snapshot of 100,000 spans takes a fifth of a second to write). The caller hands over its
    /// own copy of the project.
    pub fn write_in_background(&self, project: Project) -> JournalWrite {
        let journal = self.clone();
        let spawned = std::thread::Builder::new()
            .name("journal".into())
            .spawn(move || journal.write(&project));
        let state = match spawned {
            Ok(handle) => WriteState::Running(handle),
            // No thread to be had: the snapshot is not written, and the caller is told so.
            Err(e) => WriteState::Done(Err(StoreError::io(IoAction::Write, &self.path, e))),
        };
        JournalWrite {
            path: self.path.clone(),
            state,
        }
    }

    /// Writes a snapshot of `project` stamped with `time`.
    pub fn write_at(&self, project: &Project, time: SystemTime) -> Result<(), StoreError> {
        let text = to_ron_string(project, time)?;
        if self.project_file.is_none()
            && let Some(folder) = self.path.parent()
        {
            fs::create_dir_all(folder)
                .map_err(|e| StoreError::io(IoAction::CreateFolder, folder, e))?;
        }
        write_atomic(&self.path, text.as_bytes())
    }

    /// The project in the journal; `None` when there is no journal.
    pub fn read(&self) -> Option<Result<Project, StoreError>> {
        self.read_entry().map(|entry| entry.map(|e| e.project))
    }

    /// The project in the journal with the time it was written; `None` when there is none.
    pub fn read_entry(&self) -> Option<Result<JournalEntry, StoreError>> {
        if let Err(e) = fs::metadata(&self.path)
            && e.kind() == io::ErrorKind::NotFound
        {
            return None;
        }
        Some(read_text(&self.path).and_then(|text| from_ron_str(&text, &self.path)))
    }

    /// Whether there is a journal worth recovering: it can be read and its project differs from
    /// the saved one (or nothing is saved, or the saved project cannot be read). A journal that
    /// cannot be read is not "newer"; [`Journal::read`] tells why.
    pub fn is_newer_than_saved(&self) -> bool {
        let Some(Ok(journaled)) = self.read() else {
            return false;
        };
        match &self.project_file {
            None => true,
            Some(file) => load_project(file).map_or(true, |saved| saved != journaled),
        }
    }

    /// Deletes the journal (after a successful save); no journal is fine.
    pub fn discard(&self) -> Result<(), StoreError> {
        match fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                Err(StoreError::io(IoAction::Remove, &self.path, e))
            }
            _ => Ok(()),
        }
    }
}

/// The text of a journal holding `project`, stamped with `time`.
pub fn to_ron_string(project: &Project, time: SystemTime) -> Result<String, StoreError> {
    check_project(project).map_err(|problem| StoreError::Invalid {
        problem,
        path: PathBuf::new(),
    })?;
    let annotations = &project.annotations;
    let file = JournalFileV6 {
        version: JOURNAL_VERSION,
        written: rfc3339_utc(time),
        project: v5::ProjectFile::from_project(project),
        annotations: annotations
            .iter_documents()
            .map(|(doc, spans, claims)| {
                (
                    doc.0.clone(),
                    v4::DocAnnotationsV4::from_model(
                        spans,
                        claims,
                        annotations.relations(doc),
                        annotations.doc_labels(doc),
                    ),
                )
            })
            .collect(),
    };
    let mut text =
        ron::ser::to_string_pretty(&file, pretty_config()).map_err(StoreError::Encode)?;
    text.push('\n');
    Ok(text)
}

/// Parses a journal; `path_for_messages` only ends error messages.
pub fn from_ron_str(text: &str, path_for_messages: &Path) -> Result<JournalEntry, StoreError> {
    let path = path_for_messages;
    let text = without_bom(text, path, FileKind::Journal)?;
    let version = read_version_of(text, path, FileKind::Journal, JOURNAL_VERSION)?;
    let JournalFileV6 {
        version: _,
        written,
        project,
        annotations,
    } = match version {
        JournalFileV1::VERSION => parse::<JournalFileV1>(text, version, path, FileKind::Journal)
            .map(journal_v1_to_v2)?
            .into_v3()
            .into_v4()
            .into_v5()
            .into_v6(),
        JournalFileV2::VERSION => parse::<JournalFileV2>(text, version, path, FileKind::Journal)?
            .into_v3()
            .into_v4()
            .into_v5()
            .into_v6(),
        JournalFileV3::VERSION => parse::<JournalFileV3>(text, version, path, FileKind::Journal)?
            .into_v4()
            .into_v5()
            .into_v6(),
        JournalFileV4::VERSION => parse::<JournalFileV4>(text, version, path, FileKind::Journal)?
            .into_v5()
            .into_v6(),
        JournalFileV5::VERSION => {
            parse::<JournalFileV5>(text, version, path, FileKind::Journal)?.into_v6()
        }
        _ => parse::<JournalFileV6>(text, version, path, FileKind::Journal)?,
    };
    let invalid = |problem| StoreError::Invalid {
        problem,
        path: path.to_owned(),
    };
    let mut project = project.into_project().map_err(invalid)?;
    check_project(&project).map_err(invalid)?;
    project.annotations = annotations_of(annotations).map_err(|error| StoreError::Annotations {
        problem: match error {
            DocFileRefusal::Annotation(error) => annotation_problem(error),
            DocFileRefusal::Relation(error) => super::error::AnnotationsProblem::Relation(error),
        },
        path: path.to_owned(),
    })?;
    Ok(JournalEntry { project, written })
}

fn annotations_of(
    files: BTreeMap<String, v4::DocAnnotationsV4>,
) -> Result<Annotations, DocFileRefusal> {
    let mut annotations = Annotations::new();
    for (doc, file) in files {
        let file: DocFile = file.into_model(DocId(doc));
        file.insert_into(&mut annotations)?;
    }
    Ok(annotations)
}

/// A journal of format version 1 (project file version 1, spans only). Only read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV1 {
    version: u32,
    written: String,
    project: v1::ProjectFile,
    annotations: BTreeMap<String, Vec<v1::SpanV1>>,
}

impl JournalFileV1 {
    const VERSION: u32 = 1;
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV2 {
    version: u32,
    written: String,
    project: v2::ProjectFile,
    annotations: BTreeMap<String, v2::DocAnnotationsV2>,
}

impl JournalFileV2 {
    const VERSION: u32 = 2;

    /// Version 2 → 3: annotations gain their (empty) annotator and times.
    fn into_v3(self) -> JournalFileV3 {
        let Self {
            version: _,
            written,
            project,
            annotations,
        } = self;
        JournalFileV3 {
            version: JournalFileV3::VERSION,
            written,
            project,
            annotations: annotations
                .into_iter()
                .map(|(doc, file)| (doc, file.into_v3()))
                .collect(),
        }
    }
}

/// Version 3: the project file of version 2, annotations of version 3. Only read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV3 {
    version: u32,
    written: String,
    project: v2::ProjectFile,
    annotations: BTreeMap<String, v3::DocAnnotationsV3>,
}

impl JournalFileV3 {
    const VERSION: u32 = 3;

    /// Version 3 → 4, as the project file migrates.
    fn into_v4(self) -> JournalFileV4 {
        let Self {
            version: _,
            written,
            project,
            annotations,
        } = self;
        JournalFileV4 {
            version: JournalFileV4::VERSION,
            written,
            project: v2_to_v3(project),
            annotations,
        }
    }
}

/// Version 4: the project file of version 3, annotations of version 3. Only read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV4 {
    version: u32,
    written: String,
    project: v3::ProjectFile,
    annotations: BTreeMap<String, v3::DocAnnotationsV3>,
}

impl JournalFileV4 {
    const VERSION: u32 = 4;

    /// Version 4 → 5, as the project and annotation files migrate.
    fn into_v5(self) -> JournalFileV5 {
        let Self {
            version: _,
            written,
            project,
            annotations,
        } = self;
        JournalFileV5 {
            version: JournalFileV5::VERSION,
            written,
            project: v3_to_v4(project),
            annotations: annotations
                .into_iter()
                .map(|(doc, file)| (doc, file.into_v4()))
                .collect(),
        }
    }
}

/// Version 5: the project and annotation files of version 4. Only read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV5 {
    version: u32,
    written: String,
    project: v4::ProjectFile,
    annotations: BTreeMap<String, v4::DocAnnotationsV4>,
}

impl JournalFileV5 {
    const VERSION: u32 = 5;

    /// Version 5 → 6, as the project file migrates.
    fn into_v6(self) -> JournalFileV6 {
        let Self {
            version: _,
            written,
            project,
            annotations,
        } = self;
        JournalFileV6 {
            version: JournalFileV6::VERSION,
            written,
            project: v4_to_v5(project),
            annotations,
        }
    }
}

/// Version 6: the project file of version 5, annotation files of version 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct JournalFileV6 {
    version: u32,
    written: String,
    project: v5::ProjectFile,
    annotations: BTreeMap<String, v4::DocAnnotationsV4>,
}

impl JournalFileV6 {
    const VERSION: u32 = 6;
}

/// Version 1 → 2, as the project file and annotation files migrate.
fn journal_v1_to_v2(journal: JournalFileV1) -> JournalFileV2 {
    let JournalFileV1 {
        version: _,
        written,
        project,
        annotations,
    } = journal;
    JournalFileV2 {
        version: JournalFileV2::VERSION,
        written,
        project: v1_to_v2(project),
        annotations: annotations
            .into_iter()
            .map(|(doc, spans)| {
                let file = v2::DocAnnotationsV2 {
                    spans: spans.into_iter().map(span_v1_to_v2).collect(),
                    claims: Vec::new(),
                };
                (doc, file)
            })
            .collect(),
    }
}

/// `time` as `YYYY-MM-DDTHH:MM:SSZ` (UTC); times before 1970 are written as 1970.
pub fn rfc3339_utc(time: SystemTime) -> String {
    let seconds = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = seconds / 86_400;
    let in_day = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// Howard Hinnant's `civil_from_days`, for days since 1970-01-01 (no negative days here).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn times() {
        let at = |s| rfc3339_utc(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_740_820_502), "2025-03-01T09:15:02Z");
        assert_eq!(at(4_102_444_799), "2099-12-31T23:59:59Z");
    }

    #[test]
    fn paths() {
        let j = Journal::for_project(Path::new("/s/p.ron"));
        assert_eq!(j.path(), Path::new("/s/p.ron.journal"));
        let a = Journal::for_unsaved(Path::new("/data"), Path::new("/corpus/a"));
        let b = Journal::for_unsaved(Path::new("/data"), Path::new("/corpus/b"));
        let a2 = Journal::for_unsaved(Path::new("/data"), Path::new("/corpus/x/../a"));
        assert_ne!(a.path(), b.path());
        assert_eq!(a.path(), a2.path());
        assert!(a.path().starts_with("/data/journals"));
        assert_eq!(a.project_file(), None);
    }
}
