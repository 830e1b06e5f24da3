//! What the annotation readers produce: documents as another tool wrote them, with spans and
//! claims in code points and the text they quote ([`ForeignDocument`]), and the problems met on
//! the way ([`AnnotationImportReport`]). [`crate::import::annotations`] matches them to a
//! project and checks them.

use std::collections::BTreeMap;
use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::formats::{brat, jsonl, qdpx};
use crate::model::{Certainty, DocId, LabelId, Polarity, QuoteMode, Relation, RelationTypeId};

/// The formats hashiya reads annotations from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ImportFormat {
    Brat,
    Jsonl,
    Qdpx,
}

impl ImportFormat {
    pub const ALL: [ImportFormat; 3] = [Self::Brat, Self::Jsonl, Self::Qdpx];

    pub fn name(self) -> &'static str {
        match self {
            Self::Brat => "brat",
            Self::Jsonl => "jsonl",
            Self::Qdpx => "qdpx",
        }
    }

    /// Whether the source is a folder (brat) rather than a file.
    pub fn reads_folder(self) -> bool {
        matches!(self, Self::Brat)
    }

    /// Reads `src` into documents to [`plan`].
    pub fn read(
        self,
        src: &Path,
        report: &mut AnnotationImportReport,
        progress: &mut dyn FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<Vec<ForeignDocument>, AnnotationImportError> {
        match self {
            Self::Brat => brat::read(src, report, progress, cancel),
            Self::Jsonl => jsonl::read(src, report, progress, cancel),
            Self::Qdpx => qdpx::read(src, report, progress, cancel),
        }
    }
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for ImportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("unknown import format {s:?}; expected brat, jsonl or qdpx"))
    }
}

/// A document as another tool wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForeignDocument {
    /// Where it came from, for messages (a file, a line).
    pub source: String,
    /// The ID, path or file name it goes by.
    pub name: String,
    /// Its text, when the format carries it (to match documents and check quotes).
    pub text: Option<String>,
    pub spans: Vec<ForeignSpan>,
    pub claims: Vec<ForeignClaim>,
    /// Labels of the whole document: `(category, value)`, by ID or name.
    pub doc_labels: Vec<(String, String)>,
    /// Relations between two of its spans.
    pub relations: Vec<ForeignRelation>,
}

/// A relation between two spans of one document; the ends are indices into
/// [`ForeignDocument::spans`], the type a relation type's ID or name as the source wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForeignRelation {
    /// Where it is in the source (`R5`, `relations[2]`), for messages.
    pub location: String,
    pub kind: String,
    pub source: usize,
    pub target: usize,
    pub note: String,
}

/// A span; offsets are code points.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForeignSpan {
    /// Where it is in the source (`T3`, `entities[2]`), for messages.
    pub location: String,
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Pieces of the text the source says are at these offsets: `(start, end, text)`.
    pub quotes: Vec<(usize, usize, String)>,
    pub entity: Option<ForeignEntity>,
    pub note: String,
    pub attributes: BTreeMap<String, String>,
}

/// An entity as the source names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForeignEntity {
    /// A hashiya entity ID, when the source carries one.
    pub id: Option<String>,
    pub name: String,
    /// Its kind (a label ID); the mention's label when empty.
    pub kind: String,
    pub aliases: Vec<String>,
    pub note: String,
    pub external_id: Option<String>,
}

/// A claim; spans are indices into [`ForeignDocument::spans`], the parent an index into
/// [`ForeignDocument::claims`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignClaim {
    pub location: String,
    pub content: usize,
    pub claimant: ForeignClaimant,
    pub cue: Option<usize>,
    pub polarity: Polarity,
    pub certainty: Certainty,
    pub quote_mode: QuoteMode,
    pub statement_date: String,
    pub note: String,
    pub parent: Option<usize>,
    /// Clusters it belongs to: `(ID, name, relation)`.
    pub clusters: Vec<(String, String, Relation)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForeignClaimant {
    Mention(usize),
    Entity(ForeignEntity),
    Anonymous,
    Outlet,
}

/// One annotation (or line, or file) that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationProblem {
    pub location: String,
    pub message: String,
}

impl fmt::Display for AnnotationProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// What an import did and what it passed over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnotationImportReport {
    /// Source documents and the project document each was matched to.
    pub matched: Vec<(String, DocId)>,
    /// Source documents that match no document of the project.
    pub unmatched: Vec<String>,
    pub spans_added: usize,
    pub claims_added: usize,
    pub entities_added: usize,
    pub clusters_changed: usize,
    pub labels_added: Vec<LabelId>,
    pub relations_added: usize,
    /// Relation types the schema lacked, added for relations that name them.
    pub relation_types_added: Vec<RelationTypeId>,
    /// Document labels set (a document's values in one category count once).
    pub doc_labels_set: usize,
    /// Spans and claims already in the project, not added again.
    pub already_there: usize,
    /// Annotations skipped, each with the reason.
    pub problems: Vec<AnnotationProblem>,
}

impl AnnotationImportReport {
    pub fn problem(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.problems.push(AnnotationProblem {
            location: location.into(),
            message: message.into(),
        });
    }

    /// A human summary, problems listed one per line.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "Imported {} spans, {} claims, {} entities into {} documents ({} clusters changed, \
             {} annotations already there)",
            self.spans_added,
            self.claims_added,
            self.entities_added,
            self.matched.len(),
            self.clusters_changed,
            self.already_there,
        );
        if self.relations_added > 0 {
            let _ = write!(out, "\nRelations added: {}", self.relations_added);
        }
        if !self.relation_types_added.is_empty() {
            let kinds: Vec<&str> = self
                .relation_types_added
                .iter()
                .map(|k| k.0.as_str())
                .collect();
            let _ = write!(
                out,
                "\nRelation types added to the schema: {}",
                kinds.join(", ")
            );
        }
        if self.doc_labels_set > 0 {
            let _ = write!(out, "\nDocument labels set: {}", self.doc_labels_set);
        }
        if !self.labels_added.is_empty() {
            let labels: Vec<&str> = self.labels_added.iter().map(|l| l.0.as_str()).collect();
            let _ = write!(out, "\nLabels added to the schema: {}", labels.join(", "));
        }
        for name in &self.unmatched {
            let _ = write!(out, "\n  no document of the project matches {name}");
        }
        if !self.problems.is_empty() {
            let _ = write!(out, "\n{} annotation(s) not imported:", self.problems.len());
            for problem in &self.problems {
                let _ = write!(out, "\n  {problem}");
            }
        }
        out
    }
}

/// What stops an import as a whole (a problem with one annotation never does).
#[derive(Debug, thiserror::Error)]
pub enum AnnotationImportError {
    #[error("could not read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{message}: {}", .path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("refused the archive: entry {entry:?} {reason}: {}", .path.display())]
    UnsafeEntry {
        path: PathBuf,
        entry: String,
        reason: &'static str,
    },
    #[error("the import was cancelled")]
    Cancelled,
    #[error("the import could not be applied: {0}")]
    Edit(#[from] crate::model::EditError),
    #[error("the project could not be saved: {0}")]
    Store(#[from] crate::store::StoreError),
}

impl AnnotationImportError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn invalid(path: &Path, message: impl Into<String>) -> Self {
        Self::Invalid {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}
