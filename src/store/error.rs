//! Errors of the `store` module. Every message names what went wrong first and the file last,
//! so a list of failures lines up and the path can be copied from the end of the line.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::i18n::tr_plain;
use crate::model::problems::quoted;
use crate::model::{
    BrokenReference, ClaimId, DocId, LabelId, RecordKind, SpanId, SpanShapeProblem,
};

/// What the store was doing when an I/O call failed; shown at the start of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Read,
    /// Creating the temporary file next to the target of an atomic write.
    CreateTemp,
    /// Writing to, or flushing to disk, the temporary file of an atomic write.
    Write,
    /// Renaming the finished temporary file over the target.
    Replace,
    /// Flushing the target's folder to disk after the rename.
    SyncFolder,
    /// Refusing to replace a file the user marked read-only.
    ReadOnlyTarget,
    /// The target path has no file name (e.g. `/` or `..`).
    NoFileName,
    /// Creating the annotations folder beside the project file.
    CreateFolder,
    /// Listing the files of a folder (the annotations folder).
    ListFolder,
    /// Deleting a file that is no longer needed (the annotations of a document without spans).
    Remove,
    /// Creating, locking or writing the project's lock file.
    Lock,
}

impl fmt::Display for IoAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In the interface's language (`assets/i18n/*/dialogs.ftl`).
        f.write_str(&crate::i18n::tr(match self {
            Self::Read => "error-read",
            Self::CreateTemp => "error-create-temp",
            Self::Write => "error-write",
            Self::Replace => "error-replace",
            Self::SyncFolder => "error-sync-folder",
            Self::ReadOnlyTarget => "error-read-only-target",
            Self::NoFileName => "error-no-file-name",
            Self::CreateFolder => "error-create-folder",
            Self::ListFolder => "error-list-folder",
            Self::Remove => "error-remove",
            Self::Lock => "error-lock",
        }))
    }
}

/// A project that parsed but breaks an invariant the rest of hashiya relies on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProjectProblem {
    #[error("{}", tr_plain("problem-project-duplicate-document", &[("id", quoted(id))]))]
    DuplicateDocumentId { id: String },
    #[error("{}", tr_plain("problem-project-empty-document-id", &[("index", (*index).into())]))]
    EmptyDocumentId { index: usize },
    #[error("{}", tr_plain("problem-project-empty-document-path", &[("id", quoted(id))]))]
    EmptyDocumentPath { id: String },
    #[error("{}", tr_plain("problem-project-absolute-document-path", &[("id", quoted(id)), ("path", quoted(doc_path))]))]
    AbsoluteDocumentPath { id: String, doc_path: String },
    #[error("{}", tr_plain("problem-project-escaping-document-path", &[("id", quoted(id)), ("path", quoted(doc_path))]))]
    EscapingDocumentPath { id: String, doc_path: String },
    #[error("{}", tr_plain("problem-project-duplicate-label", &[("id", quoted(id))]))]
    DuplicateLabelId { id: String },
    #[error("{}", tr_plain("problem-project-duplicate-record", &[("kind", record(*kind)), ("id", quoted(id))]))]
    DuplicateRecordId { kind: RecordKind, id: String },
    #[error("{}", tr_plain("problem-project-empty-record-id", &[("kind", record(*kind))]))]
    EmptyRecordId { kind: RecordKind },
    #[error("{}", tr_plain("problem-project-record-key", &[("kind", record(*kind)), ("id", quoted(id)), ("key", quoted(key))]))]
    RecordKeyMismatch {
        kind: RecordKind,
        key: String,
        id: String,
    },
}

/// The key the catalogue's messages select the words for a kind of record by.
fn record(kind: RecordKind) -> fluent_bundle::FluentValue<'static> {
    match kind {
        RecordKind::Outlet => "outlet",
        RecordKind::Entity => "entity",
        RecordKind::Cluster => "cluster",
    }
    .into()
}

/// Which kind of hashiya file an error is about; starts the message ("project file is …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The project file (`*.ron`).
    Project,
    /// One document's spans, in the folder beside the project file.
    Annotations,
    /// The autosave journal.
    Journal,
    /// The commit record of a save (`*.ron.commit`), present only while a save finishes.
    Commit,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::tr(match self {
            Self::Project => "error-file-project",
            Self::Annotations => "error-file-annotations",
            Self::Journal => "error-file-journal",
            Self::Commit => "error-file-commit",
        }))
    }
}

/// Annotation files that parsed but cannot be put together into one project's annotations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnnotationsProblem {
    #[error("{}", tr_plain("problem-annotations-empty-document-id", &[]))]
    EmptyDocumentId,
    #[error("{}", tr_plain("problem-annotations-duplicate-document", &[("doc", quoted(&doc.0)), ("other", shown(other).into())]))]
    DuplicateDocument { doc: DocId, other: PathBuf },
    #[error("{}", tr_plain("problem-annotations-duplicate-span", &[("id", id.to_string().into()), ("doc", quoted(&other_doc.0))]))]
    DuplicateSpanId { id: SpanId, other_doc: DocId },
    #[error("{}", tr_plain("problem-annotations-bad-span", &[("id", id.to_string().into()), ("problem", problem.to_string().into())]))]
    BadSpan {
        id: SpanId,
        problem: SpanShapeProblem,
    },
    #[error("{}", tr_plain("problem-annotations-duplicate-claim", &[("id", id.to_string().into()), ("doc", quoted(&other_doc.0))]))]
    DuplicateClaimId { id: ClaimId, other_doc: DocId },
    #[error("{}", tr_plain("problem-annotations-empty-claim-id", &[]))]
    EmptyClaimId,
    #[error("{0}")]
    Relation(crate::model::RelationProblem),
}

/// Why the commit record of an unfinished save is not followed. Finishing a save renames and
/// deletes files, so a record that names anything but the files a save writes is refused whole.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommitProblem {
    #[error("{}", tr_plain("problem-commit-bad-save-id", &[("save", quoted(save))]))]
    BadSaveId { save: String },
    #[error("{}", tr_plain("problem-commit-bad-name", &[("name", quoted(name))]))]
    BadName { name: String },
    #[error("{}", tr_plain("problem-commit-replaced-and-removed", &[("name", quoted(name))]))]
    ReplacedAndRemoved { name: String },
    #[error("{}", tr_plain("problem-commit-not-a-file", &[("path", shown(path).into())]))]
    NotAFile { path: PathBuf },
    #[error("{}", tr_plain("problem-commit-not-annotations", &[("path", shown(path).into())]))]
    NotAnnotations { path: PathBuf },
    #[error("{}", tr_plain("problem-commit-missing-check", &[("name", quoted(name))]))]
    MissingCheck { name: String },
    #[error("{}", tr_plain("problem-commit-unrecoverable", &[("path", shown(path).into()), ("problem", problem.to_string().into())]))]
    Unrecoverable {
        path: PathBuf,
        problem: PendingProblem,
    },
}

/// How a pending file of an interrupted save differs from what its commit record says it holds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PendingProblem {
    #[error("{}", crate::i18n::tr_plain("pending-missing", &[]))]
    Missing,
    #[error("{}", crate::i18n::tr_plain("pending-wrong-size", &[("size", crate::i18n::number(size).into()), ("expected", crate::i18n::number(expected).into())]))]
    WrongSize { size: u64, expected: u64 },
    #[error("{}", crate::i18n::tr_plain("pending-wrong-content", &[]))]
    WrongContent,
    #[error("{}", crate::i18n::tr_plain("pending-unreadable", &[("error", .0.to_string().into())]))]
    Unreadable(crate::i18n::IoCause),
}

/// Something worth telling the analyst after loading; nothing was dropped or changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreWarning {
    #[error("{}", file_message("store-warning-unknown-document", &[("doc", quoted(&doc.0))], path))]
    UnknownDocument { doc: DocId, path: PathBuf },
    #[error("{}", file_message("store-warning-unknown-label", &[("spans", (*spans).into()), ("doc", quoted(&doc.0)), ("label", quoted(&label.0))], path))]
    UnknownLabel {
        doc: DocId,
        label: LabelId,
        spans: usize,
        path: PathBuf,
    },
    #[error("{}", file_message("store-warning-quote-length", &[("id", id.to_string().into()), ("doc", quoted(&doc.0))], path))]
    QuoteLength {
        doc: DocId,
        id: SpanId,
        path: PathBuf,
    },
    #[error("{}", file_message("store-warning-misnamed", &[("doc", quoted(&doc.0)), ("expected", quoted(expected))], path))]
    MisnamedFile {
        doc: DocId,
        expected: String,
        path: PathBuf,
    },
    /// The project has documents but no annotations folder beside it: it opened without spans.
    #[error("{}", file_message("store-warning-no-annotations-folder", &[], path))]
    NoAnnotationsFolder { path: PathBuf },
    /// An annotation file whose spans cannot be trusted to belong to the document it names:
    /// they are not attached to any document, and its file is left as it is.
    #[error("{}", file_message("store-warning-kept-apart", &[("spans", (*spans).into()), ("claims", (*claims).into()), ("doc", quoted(&doc.0)), ("reason", reason.to_string().into())], path))]
    KeptApart {
        doc: DocId,
        spans: usize,
        claims: usize,
        reason: KeptApartReason,
        path: PathBuf,
    },
    /// Spans of an unchanged article whose stored quote is not the text at their offsets.
    #[error("{}", file_message("store-warning-quotes-differ", &[("mismatched", (*mismatched).into()), ("total", (*total).into()), ("doc", quoted(&doc.0)), ("first", first.to_string().into())], path))]
    QuotesDiffer {
        doc: DocId,
        mismatched: usize,
        total: usize,
        first: SpanId,
        path: PathBuf,
    },
    #[error("{}", file_message("store-warning-broken-reference", &[("reference", reference.to_string().into())], path))]
    BrokenReference {
        reference: BrokenReference,
        path: PathBuf,
    },
    /// A save a crash interrupted was finished or undone before loading.
    #[error("{recovery}: {}", shown(path))]
    Recovered {
        recovery: super::commit::Recovery,
        path: PathBuf,
    },
}

/// Why the spans of an annotation file are kept apart ([`StoreWarning::KeptApart`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeptApartReason {
    #[error("{}", crate::i18n::tr_plain("kept-apart-other-file", &[("other", shown(other).into())]))]
    OtherFile { other: PathBuf },
    #[error("{}", crate::i18n::tr_plain("kept-apart-clash", &[("problem", problem.to_string().into())]))]
    Clash { problem: AnnotationsProblem },
    #[error("{}", crate::i18n::tr_plain("kept-apart-quotes-differ", &[("mismatched", (*mismatched).into()), ("total", (*total).into())]))]
    QuotesDiffer { mismatched: usize, total: usize },
    #[error("{}", crate::i18n::tr_plain("kept-apart-unchecked", &[]))]
    Unchecked,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Reads "could not write: No space left on device: /data/p.ron" (the reason in the
    /// interface's language, [`crate::i18n::io_reason`]).
    #[error("{action}: {}: {}", crate::i18n::IoCause::from(source), shown(path))]
    Io {
        action: IoAction,
        source: io::Error,
        path: PathBuf,
    },

    #[error("{}", file_message("error-not-utf8", &[("offset", (*offset).into())], path))]
    NotUtf8 { offset: usize, path: PathBuf },

    #[error("{}", file_message("error-empty", &[("file", file.to_string().into())], path))]
    Empty { file: FileKind, path: PathBuf },

    /// The text is not RON at all (found before anything is interpreted).
    #[error("{}", file_message(
        "error-syntax",
        &[
            ("file", file.to_string().into()),
            ("line", (*line).into()),
            ("column", (*column).into()),
            ("message", message.as_str().into()),
        ],
        path,
    ))]
    Syntax {
        file: FileKind,
        line: usize,
        column: usize,
        message: String,
        path: PathBuf,
    },

    /// The text is RON but not in the shape of a project file of the version it declares.
    #[error("{}", file_message(
        "error-format",
        &[
            ("file", file.to_string().into()),
            ("version", (*version).into()),
            ("line", (*line).into()),
            ("column", (*column).into()),
            ("message", message.as_str().into()),
        ],
        path,
    ))]
    Format {
        file: FileKind,
        version: u32,
        line: usize,
        column: usize,
        message: String,
        path: PathBuf,
    },

    #[error("{}", file_message(
        "error-too-new",
        &[
            ("file", file.to_string().into()),
            ("version", (*version).into()),
            ("newest", (*newest).into()),
        ],
        path,
    ))]
    TooNew {
        file: FileKind,
        version: u32,
        newest: u32,
        path: PathBuf,
    },

    #[error("{}", file_message("error-missing-version", &[("file", file.to_string().into())], path))]
    MissingVersion { file: FileKind, path: PathBuf },

    #[error("{}", file_message(
        "error-invalid-version",
        &[
            ("file", file.to_string().into()),
            ("found", found.as_str().into()),
            ("newest", (*newest).into()),
        ],
        path,
    ))]
    InvalidVersion {
        file: FileKind,
        found: String,
        newest: u32,
        path: PathBuf,
    },

    /// `path` is empty when the project was not being read from or written to a file.
    #[error("{}{}", crate::i18n::tr_plain("error-invalid", &[("problem", problem.to_string().into())]), PathSuffix(path))]
    Invalid {
        problem: ProjectProblem,
        path: PathBuf,
    },

    /// Annotation files that cannot be loaded together (`path` is the second file involved).
    #[error("{}", file_message("error-annotations", &[("problem", problem.to_string().into())], path))]
    Annotations {
        problem: AnnotationsProblem,
        path: PathBuf,
    },

    /// A commit record that names files a save never writes; nothing was renamed or deleted.
    #[error("{}", file_message("error-commit", &[("problem", problem.to_string().into())], path))]
    Commit {
        problem: CommitProblem,
        path: PathBuf,
    },

    /// Another window or command holds the project's lock (see [`super::lock`]).
    #[error("{0}")]
    Locked(super::lock::LockedBy),

    /// Files of the project changed on disk since it was opened or last saved here, by a
    /// program that did not hold its lock; nothing was written.
    #[error("{}", file_message(
        "error-changed-on-disk",
        &[
            ("count", files.len().into()),
            ("files", files.iter().map(|f| shown(f)).collect::<Vec<_>>().join(crate::i18n::comma()).into()),
        ],
        path,
    ))]
    ChangedOnDisk { files: Vec<PathBuf>, path: PathBuf },

    #[error("{}", crate::i18n::tr_plain("error-encode", &[("error", .0.to_string().into())]))]
    Encode(#[source] ron::Error),
}

impl StoreError {
    pub(crate) fn io(action: IoAction, path: &Path, source: io::Error) -> Self {
        Self::Io {
            action,
            source,
            path: path.to_owned(),
        }
    }

    /// The file this error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Io { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::Empty { path, .. }
            | Self::Syntax { path, .. }
            | Self::Format { path, .. }
            | Self::TooNew { path, .. }
            | Self::MissingVersion { path, .. }
            | Self::InvalidVersion { path, .. }
            | Self::Annotations { path, .. }
            | Self::Commit { path, .. }
            | Self::ChangedOnDisk { path, .. } => Some(path),
            Self::Locked(busy) => Some(&busy.lock_file),
            Self::Invalid { path, .. } => (!path.as_os_str().is_empty()).then_some(path.as_path()),
            Self::Encode(_) => None,
        }
    }
}

/// A path as a message shows it: line breaks, tabs, other control characters and direction
/// marks escaped as the import report escapes file names ([`crate::import::report::escaped`]),
/// so a file's name can neither break a message's lines nor disguise itself.
pub(crate) fn shown(path: &Path) -> String {
    crate::import::report::escaped(&path.to_string_lossy()).into_owned()
}

/// Message `id` of the interface's catalogue with `args` (for a terminal as for the window),
/// then `": <path>"`, the path last.
fn file_message(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)], path: &Path) -> String {
    format!("{}: {}", crate::i18n::tr_plain(id, args), shown(path))
}

/// `": <path>"`, or nothing for an empty path.
struct PathSuffix<'a>(&'a Path);

impl fmt::Display for PathSuffix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.as_os_str().is_empty() {
            Ok(())
        } else {
            write!(f, ": {}", shown(self.0))
        }
    }
}

#[cfg(test)]
mod tests;
