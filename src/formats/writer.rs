//! The writers' common interface: the formats hashiya writes ([`ExportFormat`]), the
//! [`Exporter`] each implements (write, then read back and check), progress and cancel, errors.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::conventions::OffsetUnit;
use super::corpus::{Corpus, ExportDocument, ExportOptions};
use crate::formats::{brat, conll, csv, jsonl, qdpx, webanno};
use crate::model::{DocId, LabelId};
use crate::store::StoreError;

/// The formats hashiya writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExportFormat {
    Jsonl,
    Conll,
    Brat,
    Webanno,
    Qdpx,
    Csv,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 6] = [
        Self::Jsonl,
        Self::Conll,
        Self::Brat,
        Self::Webanno,
        Self::Qdpx,
        Self::Csv,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Jsonl => "jsonl",
            Self::Conll => "conll",
            Self::Brat => "brat",
            Self::Webanno => "webanno",
            Self::Qdpx => "qdpx",
            Self::Csv => "csv",
        }
    }

    /// What a person calls it (for a menu).
    pub fn title(self) -> &'static str {
        match self {
            Self::Jsonl => "doccano JSONL",
            Self::Conll => "CoNLL IOB2",
            Self::Brat => "brat standoff",
            Self::Webanno => "W3C Web Annotation (JSON-LD)",
            Self::Qdpx => "REFI-QDA project (.qdpx)",
            Self::Csv => "CSV tables (claims, entities)",
        }
    }

    /// Whether the output is a folder (brat, CSV) rather than one file.
    pub fn writes_folder(self) -> bool {
        matches!(self, Self::Brat | Self::Csv)
    }

    /// The usual extension of the output file; `None` for a folder.
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Self::Jsonl => Some("jsonl"),
            Self::Conll => Some("conll"),
            Self::Webanno => Some("jsonld"),
            Self::Qdpx => Some("qdpx"),
            Self::Brat | Self::Csv => None,
        }
    }

    /// The unit of the offsets the format writes.
    pub fn offsets(self) -> OffsetUnit {
        match self {
            Self::Conll => OffsetUnit::None,
            _ => OffsetUnit::CodePoints,
        }
    }

    /// The exporter for this format.
    pub fn exporter(self, options: &ExportOptions) -> Box<dyn Exporter> {
        match self {
            Self::Jsonl => Box::new(jsonl::Jsonl),
            Self::Conll => Box::new(conll::Conll::new(options.conll)),
            Self::Brat => Box::new(brat::Brat),
            Self::Webanno => Box::new(webanno::WebAnno),
            Self::Qdpx => Box::new(qdpx::Qdpx),
            Self::Csv => Box::new(csv::Csv),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format {s:?}; expected one of {}", names.join(", "))
            })
    }
}

/// One quoted text in an output that is not the document's text at the offsets stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckProblem {
    /// Where in the output (file and line, or annotation ID).
    pub location: String,
    pub message: String,
}

impl fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the project has no document {:?}", .0.0)]
    UnknownDocument(DocId),
    #[error("the schema has no label {:?}", .0.0)]
    UnknownLabel(LabelId),
    #[error("the export was cancelled")]
    Cancelled,
    #[error("could not write the export: {0}")]
    Store(#[from] StoreError),
    #[error("could not {action} {}: {source}", .path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not encode {what}: {message}")]
    Encode { what: &'static str, message: String },
    #[error("could not read back {} to check it: {message}", .path.display())]
    ReadBack { path: PathBuf, message: String },
    #[error(
        "the self-check of the export found {} problem(s); the output is left for inspection at {}:\n{}",
        .problems.len(), .output.display(), join_lines(.problems)
    )]
    SelfCheck {
        output: PathBuf,
        problems: Vec<CheckProblem>,
    },
}

fn join_lines(problems: &[CheckProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ExportError {
    pub(crate) fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn encode(what: &'static str, error: impl fmt::Display) -> Self {
        Self::Encode {
            what,
            message: error.to_string(),
        }
    }

    pub(crate) fn read_back(path: &Path, error: impl fmt::Display) -> Self {
        Self::ReadBack {
            path: path.to_path_buf(),
            message: error.to_string(),
        }
    }
}

/// One format: writes a corpus and checks what it wrote.
pub trait Exporter {
    fn format(&self) -> ExportFormat;

    /// Writes `corpus` to `out` (a file, or a folder for brat and CSV), reporting each document
    /// done through `progress` and returning early with [`ExportError::Cancelled`] when asked.
    /// Returns what the format could not carry.
    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<String>, ExportError>;

    /// Reads back what [`Exporter::write`] wrote to `out` and lists every quoted text that is
    /// not the document's text at the stated offsets (or, for `CoNLL`, every token that is not
    /// the next piece of the text, and every tag sequence that is not strict IOB2).
    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError>;
}

/// Progress of one export or import: `report(done, total)` after each document, and the flag a
/// caller sets to stop.
pub struct Progress<'a> {
    report: &'a mut dyn FnMut(usize, usize),
    cancel: &'a AtomicBool,
    done: usize,
    total: usize,
}

impl<'a> Progress<'a> {
    pub fn new(
        total: usize,
        report: &'a mut dyn FnMut(usize, usize),
        cancel: &'a AtomicBool,
    ) -> Self {
        Self {
            report,
            cancel,
            done: 0,
            total,
        }
    }

    /// One more document done.
    pub fn step(&mut self) -> Result<(), ExportError> {
        self.done = (self.done + 1).min(self.total);
        (self.report)(self.done, self.total);
        self.check_cancel()
    }

    /// [`ExportError::Cancelled`] when the caller asked to stop.
    pub fn check_cancel(&self) -> Result<(), ExportError> {
        if self.cancel.load(Ordering::Relaxed) {
            Err(ExportError::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// Creates the folder `dir` (and its parents) for a folder export.
pub(crate) fn create_folder(dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::io("create the folder", dir, e))
}

/// Writes one file of a folder export. Not atomic and not flushed to disk one by one: an export
/// can always be made again, and an fsync per file made a 1,000-document brat export take 16 s
/// instead of a fraction of one. Single-file exports use [`crate::store::write_atomic`].
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    std::fs::write(path, bytes).map_err(|e| ExportError::io("write", path, e))
}

/// Reads a file written by an export, for its check.
pub(crate) fn read_back(path: &Path) -> Result<String, ExportError> {
    std::fs::read_to_string(path).map_err(|e| ExportError::read_back(path, e))
}

/// A problem at `location` when `quoted` is not the text of `[start, end)` of `doc`.
pub(crate) fn check_quote(
    doc: &ExportDocument<'_>,
    start: usize,
    end: usize,
    quoted: &str,
    location: impl FnOnce() -> String,
) -> Option<CheckProblem> {
    match doc.slice(start, end) {
        Some(slice) if slice == quoted => None,
        Some(slice) => Some(CheckProblem {
            location: location(),
            message: format!("quotes {quoted:?} but the text at [{start}, {end}) is {slice:?}"),
        }),
        None => Some(CheckProblem {
            location: location(),
            message: format!(
                "offsets [{start}, {end}) are outside the text ({} code points)",
                doc.char_len()
            ),
        }),
    }
}

/// A problem at `location` when the relations read back (`found`) are not those written
/// (`expected`), compared as sorted lists of whatever identifies a relation and its ends.
pub(crate) fn check_relation_set<T: Ord>(
    mut found: Vec<T>,
    mut expected: Vec<T>,
    location: impl FnOnce() -> String,
) -> Option<CheckProblem> {
    found.sort();
    expected.sort();
    (found != expected).then(|| CheckProblem {
        location: location(),
        message: format!(
            "{} relations read back do not join the spans of the {} relations written",
            found.len(),
            expected.len()
        ),
    })
}
