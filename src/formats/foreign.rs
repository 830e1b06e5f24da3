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
use crate::i18n::tr_plain;
use crate::intake::decode::{Fault, FaultArg};
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
            .ok_or_else(|| {
                let name = format!("{s:?}").into();
                tr_plain("error-unknown-import-format", &[("name", name)])
            })
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
    /// The line of the source it is on, for a format of lines (brat).
    pub line: Option<usize>,
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
    /// The line of the source it is on, for a format of lines (brat).
    pub line: Option<usize>,
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
    /// Where it is in the source, and on which line (brat), as for a span.
    pub location: String,
    pub line: Option<usize>,
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

/// One annotation (or line, or file) that could not be imported, and why: a catalogue message
/// with its arguments, said when shown (or a library's own words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationProblem {
    /// Where: the source's own names as they are ([`Fault::Words`]), or with the line they are
    /// on ([`annotation_place`]).
    pub location: Fault,
    pub message: Fault,
}

/// Where annotation `id` of the source named `source` is, for a message: on line `line` when
/// the format has lines (brat's `a.ann R1 (line 5)`; the word is the interface's).
pub fn annotation_place(source: &str, id: &str, line: Option<usize>) -> Fault {
    let place = format!("{source} {id}");
    match line {
        Some(line) => Fault::said(
            "annotation-at-line",
            &[("place", place.into()), ("line", line.into())],
        ),
        None => Fault::Words(place),
    }
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
    /// Notes that the annotation at `location` was not imported, and why.
    pub fn problem(&mut self, location: impl Into<String>, message: Fault) {
        self.problem_at(Fault::Words(location.into()), message);
    }

    /// [`problem`](Self::problem) at a place said when shown ([`annotation_place`]).
    pub fn problem_at(&mut self, location: Fault, message: Fault) {
        self.problems.push(AnnotationProblem { location, message });
    }

    /// [`problem_at`](Self::problem_at) with message `id` of the catalogue and its `args`.
    pub fn said_at(
        &mut self,
        location: Fault,
        id: &'static str,
        args: &[(&'static str, FaultArg)],
    ) {
        self.problem_at(location, Fault::said(id, args));
    }

    /// [`problem`](Self::problem) with message `id` of the catalogue and its `args`.
    pub fn said(
        &mut self,
        location: impl Into<String>,
        id: &'static str,
        args: &[(&'static str, FaultArg)],
    ) {
        self.problem(location, Fault::said(id, args));
    }

    /// A human summary, problems listed one per line, in the interface's language.
    pub fn summary(&self) -> String {
        use crate::i18n::{comma, tr_plain as say};
        fn line(out: &mut String, id: &str, name: &str, value: fluent_bundle::FluentValue<'_>) {
            let _ = write!(out, "\n{}", say(id, &[(name, value)]));
        }
        let mut out = say(
            "summary-imported-annotations",
            &[
                ("spans", self.spans_added.into()),
                ("claims", self.claims_added.into()),
                ("entities", self.entities_added.into()),
                ("documents", self.matched.len().into()),
                ("clusters", self.clusters_changed.into()),
                ("already", self.already_there.into()),
            ],
        );
        if self.relations_added > 0 {
            line(
                &mut out,
                "summary-relations-added",
                "count",
                self.relations_added.into(),
            );
        }
        if !self.relation_types_added.is_empty() {
            let kinds: Vec<&str> = self
                .relation_types_added
                .iter()
                .map(|k| k.0.as_str())
                .collect();
            line(
                &mut out,
                "summary-relation-types-added",
                "types",
                kinds.join(comma()).into(),
            );
        }
        if self.doc_labels_set > 0 {
            line(
                &mut out,
                "summary-doc-labels-set",
                "count",
                self.doc_labels_set.into(),
            );
        }
        if !self.labels_added.is_empty() {
            let labels: Vec<&str> = self.labels_added.iter().map(|l| l.0.as_str()).collect();
            line(
                &mut out,
                "summary-labels-added",
                "labels",
                labels.join(comma()).into(),
            );
        }
        for name in &self.unmatched {
            // Indented under the counts, as the problems are.
            let unmatched = say("summary-unmatched", &[("name", name.as_str().into())]);
            let _ = write!(out, "\n  {unmatched}");
        }
        if !self.problems.is_empty() {
            line(
                &mut out,
                "summary-not-imported",
                "count",
                self.problems.len().into(),
            );
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
    #[error("{}", tr_plain("error-annotations-read", &[("path", path.display().to_string().into()), ("error", crate::i18n::io_reason(source).into())]))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{problem}: {}", .path.display())]
    Invalid { path: PathBuf, problem: InvalidFile },
    #[error("{}", crate::i18n::tr_path("error-annotations-unsafe-entry", &[("entry", format!("{entry:?}").into()), ("reason", super::conventions::unsafe_entry_said(reason).into())], path.display()))]
    UnsafeEntry {
        path: PathBuf,
        entry: String,
        reason: &'static str,
    },
    #[error("{}", tr_plain("error-annotations-cancelled", &[]))]
    Cancelled,
    #[error("{}", tr_plain("error-annotations-edit", &[("error", .0.to_string().into())]))]
    Edit(#[from] crate::model::EditError),
    #[error("{}", tr_plain("error-annotations-store", &[("error", .0.to_string().into())]))]
    Store(#[from] crate::store::StoreError),
}

impl AnnotationImportError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn invalid(path: &Path, problem: InvalidFile) -> Self {
        Self::Invalid {
            path: path.to_path_buf(),
            problem,
        }
    }
}

/// Why a file or folder is not one the chosen annotation format reads
/// ([`AnnotationImportError::Invalid`]), said in the interface's language.
#[derive(Debug, thiserror::Error)]
pub enum InvalidFile {
    #[error("{}", tr_plain("invalid-brat-not-a-folder", &[]))]
    BratNotAFolder,
    #[error("{}", tr_plain("invalid-brat-no-ann", &[]))]
    BratNoAnnFile,
    #[error("{}", tr_plain("invalid-not-utf8", &[]))]
    NotUtf8,
    /// A `.qdpx` archive refused (not a zip, too large, no `project.qde`…).
    #[error("{0}")]
    Archive(super::qdpx::read::ArchiveError),
    /// Its `project.qde` is not XML hashiya can read.
    #[error("{0}")]
    Qde(super::qdpx::read::QdeError),
}

#[cfg(test)]
#[path = "foreign_tests.rs"]
mod said_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};

    /// Why an import of annotations stopped, in `language`.
    fn errors_in(language: Language) -> Vec<String> {
        let path = || PathBuf::from("/in/a.qdpx");
        let reason = super::super::conventions::unsafe_entry_name("../x").expect("unsafe");
        let errors = [
            AnnotationImportError::io(&path(), std::io::Error::from(std::io::ErrorKind::NotFound)),
            AnnotationImportError::UnsafeEntry {
                path: path(),
                entry: "../x".to_owned(),
                reason,
            },
            AnnotationImportError::Cancelled,
        ];
        in_language(language, || {
            errors.iter().map(ToString::to_string).collect()
        })
    }

    #[test]
    fn archive_refusals_are_said_in_the_interface_language() {
        use qdpx::read::ArchiveError;
        let errors = [
            ArchiveError::TooLarge {
                entry: "sources/a.txt".to_owned(),
                limit: 1024,
            },
            ArchiveError::TooLargeInAll { limit: 4096 },
            ArchiveError::TooManyEntries { limit: 10 },
            ArchiveError::NoProject,
            ArchiveError::NotUtf8,
            ArchiveError::Zip("bad header".to_owned()),
            ArchiveError::Unnamed { index: 3 },
            ArchiveError::Entry {
                entry: "sources/b.txt".to_owned(),
                error: "invalid checksum".to_owned(),
            },
        ];
        let said = |language| {
            in_language(language, || {
                errors.iter().map(ToString::to_string).collect()
            })
        };
        let english: Vec<String> = said(Language::English);
        assert_eq!(
            english[0],
            "entry \"sources/a.txt\" inflates past 1024 bytes"
        );
        assert_eq!(english[3], "no project.qde in the archive");
        assert_eq!(english[5], "not a readable zip archive: bad header");
        assert_eq!(
            english[6],
            "not a readable zip archive: entry 3 has no name"
        );
        assert_eq!(
            english[7],
            "not a readable zip archive: entry \"sources/b.txt\": invalid checksum"
        );
        let arabic: Vec<String> = said(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["entries", "inflate", "archive"]);
        assert!(arabic[0].contains("\"sources/a.txt\"") && arabic[0].contains("1024"));
    }

    #[test]
    fn import_errors_are_said_in_the_interface_language() {
        let english = errors_in(Language::English);
        assert!(
            english[0].starts_with("could not read /in/a.qdpx: "),
            "{english:?}"
        );
        assert_eq!(
            english[1],
            "refused the archive: entry \"../x\" climbs out of the archive with `..`: /in/a.qdpx"
        );
        assert_eq!(english[2], "the import was cancelled");
        let arabic = errors_in(Language::Arabic);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &["could", "refused", "climbs", "archive", "import"],
        );
        // The entry and the archive's path stay as they are, the path last.
        assert!(arabic[1].contains("\"../x\"") && arabic[1].ends_with(": /in/a.qdpx"));
    }

    #[test]
    fn files_a_format_does_not_read_are_said_in_the_interface_language() {
        use qdpx::read::{ArchiveError, QdeError};
        let invalid = |problem| AnnotationImportError::invalid(Path::new("/in/a"), problem);
        let errors = [
            invalid(InvalidFile::BratNotAFolder),
            invalid(InvalidFile::BratNoAnnFile),
            invalid(InvalidFile::NotUtf8),
            invalid(InvalidFile::Archive(ArchiveError::NoProject)),
            invalid(InvalidFile::Qde(QdeError::Xml {
                at: 812,
                error: "ill-formed document".to_owned(),
            })),
            invalid(InvalidFile::Qde(QdeError::UnknownEntity("nbsp".to_owned()))),
        ];
        let said = |language| -> Vec<String> {
            in_language(language, || {
                errors.iter().map(ToString::to_string).collect()
            })
        };
        let english = said(Language::English);
        assert_eq!(
            english,
            [
                "a brat collection is a folder of .txt and .ann files; this is not a folder: /in/a",
                "no .ann file in the folder: /in/a",
                "the file is not UTF-8: /in/a",
                "no project.qde in the archive: /in/a",
                "project.qde at byte 812: ill-formed document: /in/a",
                "unknown entity &nbsp;: /in/a",
            ]
        );
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &[
                "collection",
                "folder",
                "file is",
                "archive",
                "at byte",
                "unknown",
            ],
        );
        assert!(arabic.iter().all(|a| a.ends_with(": /in/a")), "{arabic:?}");
    }

    /// The report of an annotation import in Arabic: its counts and headings; the names it
    /// quotes stay as they are.
    #[test]
    fn summary_speaks_the_interface_language() {
        let mut report = AnnotationImportReport {
            matched: vec![("a.txt".to_owned(), DocId("a".to_owned()))],
            unmatched: vec!["b.txt".to_owned()],
            spans_added: 4,
            claims_added: 1,
            relations_added: 2,
            labels_added: vec![LabelId("EVENT".to_owned())],
            ..AnnotationImportReport::default()
        };
        report.problem("a.ann:T3", Fault::Words("quote differs".to_owned()));
        let english = report.summary();
        crate::i18n::set_locale(crate::i18n::Locale {
            language: crate::i18n::Language::Arabic,
            ..crate::i18n::Locale::default()
        });
        let arabic = report.summary();
        crate::i18n::set_locale(crate::i18n::Locale::default());
        assert!(
            english.starts_with("Imported 4 spans, 1 claims, 0 entities into 1 documents"),
            "{english}"
        );
        assert_eq!(english.lines().count(), arabic.lines().count());
        let lines: Vec<&str> = arabic.lines().collect();
        // The problem itself (the last line) is the reader's words.
        for line in &lines[..lines.len() - 1] {
            assert!(
                line.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
                "{line:?} in\n{arabic}"
            );
        }
        for word in [
            "Imported",
            "Relations",
            "Labels",
            "annotation",
            "no document",
        ] {
            assert!(!arabic.contains(word), "{word} in\n{arabic}");
        }
    }
}
