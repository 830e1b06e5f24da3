//! Writing a project's annotations in the formats other tools read: doccano JSONL, `CoNLL` IOB2,
//! brat standoff, W3C Web Annotation (JSON-LD), REFI-QDA (`.qdpx`) and CSV tables.
//!
//! Every format implements [`Exporter`]: it writes a prepared [`Corpus`] (the chosen documents
//! with their texts, spans and claims in a stable order), then reads back what it wrote and
//! checks that every quoted text equals the document slice at the offsets it states
//! ([`Exporter::check`]). [`export`] runs both and fails with [`ExportError::SelfCheck`], listing
//! every mismatch, rather than report success over a wrong file.
//!
//! # Offsets
//! hashiya's spans are char (Unicode scalar value = code point) offsets `[start, end)` into the
//! document's normalised text (see [`crate::import`]). Every format here keeps that unit, which
//! is also the one each of them defines: doccano and brat count characters of a Python `str`
//! (code points), the W3C `TextPositionSelector` counts code points, REFI-QDA counts characters
//! of the plain text. `CoNLL` has no offsets (tokens only). Each output says so where the format
//! has room for it ([`OffsetUnit::describe`]).
//!
//! # Order
//! Output is deterministic: documents in project order, spans in reading order with every field
//! as tie-breaker ([`span_order`]), claims by the position of their spans. IDs the project makes
//! at random (span and claim IDs) are not written where a format numbers its own annotations, so
//! a project imported from an export exports to the same bytes.
//!
//! | module        | format                                                        |
//! |---------------|---------------------------------------------------------------|
//! | [`jsonl`]     | doccano JSONL: one document per line                          |
//! | [`conll`]     | CoNLL IOB2: token and tag columns                             |
//! | [`brat`]      | brat standoff: `.txt` + `.ann` per document, `annotation.conf` |
//! | [`webanno`]   | W3C Web Annotation JSON-LD collection                         |
//! | [`qdpx`]      | REFI-QDA project exchange (zip with `project.qde`)            |
//! | [`csv`](mod@csv) | `claims.csv` and `entities.csv`                            |

pub mod brat;
pub mod conll;
pub mod csv;
pub mod jsonl;
pub mod qdpx;
pub mod webanno;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::{
    Certainty, Claim, ClaimId, Claimant, DocId, Document, LabelId, Polarity, Project, QuoteMode,
    Span, SpanId,
};
use crate::store::StoreError;

pub use conll::{ConllOptions, Nested};

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

/// The unit of the offsets a format writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode code points (scalar values) of the normalised text: hashiya's own unit.
    CodePoints,
    /// The format states no offsets (`CoNLL`: tokens in order).
    None,
}

impl OffsetUnit {
    /// How outputs state the unit.
    pub fn describe(self) -> &'static str {
        match self {
            Self::CodePoints => "unicode code points",
            Self::None => "none (tokens in order)",
        }
    }
}

/// What to export and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Only these documents (by ID); all when `None`.
    pub documents: Option<BTreeSet<DocId>>,
    /// Only spans with these labels; all when `None`. A claim is exported when all its spans
    /// are.
    pub labels: Option<BTreeSet<LabelId>>,
    pub conll: ConllOptions,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    pub format: ExportFormat,
    /// The file or folder written.
    pub output: PathBuf,
    pub documents: usize,
    pub spans: usize,
    pub claims: usize,
    /// The unit of the offsets written.
    pub offsets: OffsetUnit,
    /// Documents not exported because their text could not be read, with the reason.
    pub skipped: Vec<(DocId, String)>,
    /// What the format could not carry (nested spans beyond the chosen `CoNLL` layer, claims
    /// whose spans were filtered out, …), one line each.
    pub left_out: Vec<String>,
}

impl ExportReport {
    /// A short human summary (for the status bar or stderr).
    pub fn summary(&self) -> String {
        let mut out = format!(
            "Exported {} documents, {} spans, {} claims as {} to {} (offsets: {})",
            self.documents,
            self.spans,
            self.claims,
            self.format.title(),
            self.output.display(),
            self.offsets.describe()
        );
        for (doc, reason) in &self.skipped {
            let _ = write!(out, "\n  skipped {doc}: {reason}");
        }
        for line in &self.left_out {
            let _ = write!(out, "\n  left out: {line}");
        }
        out
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

/// The documents to export, each with its text and the spans and claims to write.
#[derive(Debug)]
pub struct Corpus<'a> {
    pub project: &'a Project,
    pub documents: Vec<ExportDocument<'a>>,
    /// Documents left out because their text could not be read.
    pub skipped: Vec<(DocId, String)>,
    /// Claims left out because a span they name was filtered out.
    pub left_out: Vec<String>,
}

/// One document as the exporters see it.
#[derive(Debug, Clone)]
pub struct ExportDocument<'a> {
    pub document: &'a Document,
    pub text: &'a str,
    /// In [`span_order`].
    pub spans: Vec<&'a Span>,
    /// In [`claim_order`]; every span they name is in `spans`.
    pub claims: Vec<&'a Claim>,
    /// Byte offset of each char, plus the text's length at the end.
    char_bytes: Vec<usize>,
}

impl<'a> ExportDocument<'a> {
    fn new(document: &'a Document, text: &'a str) -> Self {
        let mut char_bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        char_bytes.push(text.len());
        Self {
            document,
            text,
            spans: Vec::new(),
            claims: Vec::new(),
            char_bytes,
        }
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// The text of the char range `[start, end)`; `None` when it is reversed or leaves the text.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let text: &'a str = self.text;
        Some(&text[*self.char_bytes.get(start)?..*self.char_bytes.get(end)?])
    }

    /// The byte offset of char `index` (the text's length past the end).
    pub fn byte_of(&self, index: usize) -> usize {
        self.char_bytes
            .get(index)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The char index of byte offset `byte` (which must be a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        self.char_bytes.partition_point(|&b| b < byte)
    }

    /// The index in [`Self::spans`] of the span `id`.
    pub fn span_index(&self, id: &SpanId) -> Option<usize> {
        self.spans.iter().position(|s| &s.id == id)
    }

    /// The index in [`Self::claims`] of the claim `id`.
    pub fn claim_index(&self, id: &ClaimId) -> Option<usize> {
        self.claims.iter().position(|c| &c.id == id)
    }
}

impl<'a> Corpus<'a> {
    /// Prepares the export of `project`: `texts` holds the text of each document, in the order of
    /// `project.documents` (`None` for one that could not be read).
    pub fn new(
        project: &'a Project,
        texts: &[Option<&'a str>],
        options: &ExportOptions,
    ) -> Result<Self, ExportError> {
        if let Some(wanted) = &options.documents
            && let Some(missing) = wanted.iter().find(|d| project.document(d).is_none())
        {
            return Err(ExportError::UnknownDocument(missing.clone()));
        }
        if let Some(labels) = &options.labels
            && let Some(missing) = labels.iter().find(|l| project.schema.label(l).is_none())
        {
            return Err(ExportError::UnknownLabel(missing.clone()));
        }
        let mut corpus = Corpus {
            project,
            documents: Vec::new(),
            skipped: Vec::new(),
            left_out: Vec::new(),
        };
        for (i, document) in project.documents.iter().enumerate() {
            if options
                .documents
                .as_ref()
                .is_some_and(|wanted| !wanted.contains(&document.id))
            {
                continue;
            }
            let Some(text) = texts.get(i).copied().flatten() else {
                corpus
                    .skipped
                    .push((document.id.clone(), "its text could not be read".to_owned()));
                continue;
            };
            let mut doc = ExportDocument::new(document, text);
            doc.spans = project
                .annotations
                .spans(&document.id)
                .iter()
                .filter(|s| options.labels.as_ref().is_none_or(|l| l.contains(&s.label)))
                .collect();
            doc.spans.sort_by(|a, b| span_order(a, b));
            let kept: BTreeSet<&SpanId> = doc.spans.iter().map(|s| &s.id).collect();
            for claim in project.annotations.claims(&document.id) {
                if claim.spans().all(|s| kept.contains(s)) {
                    doc.claims.push(claim);
                } else {
                    corpus.left_out.push(format!(
                        "claim {} of {}: a span it names is not exported",
                        claim.id, document.id
                    ));
                }
            }
            let position: BTreeMap<&SpanId, usize> = doc
                .spans
                .iter()
                .enumerate()
                .map(|(i, s)| (&s.id, i))
                .collect();
            doc.claims.sort_by(|a, b| claim_order(a, b, &position));
            corpus.documents.push(doc);
        }
        Ok(corpus)
    }

    pub fn span_count(&self) -> usize {
        self.documents.iter().map(|d| d.spans.len()).sum()
    }

    pub fn claim_count(&self) -> usize {
        self.documents.iter().map(|d| d.claims.len()).sum()
    }

    /// The name of label `id` (the ID when the schema lacks it).
    pub fn label_name(&self, id: &LabelId) -> String {
        self.project
            .schema
            .label(id)
            .map_or_else(|| id.0.clone(), |l| l.name.clone())
    }

    /// Every label the exported spans use, schema labels first in schema order, then labels the
    /// schema lacks, sorted.
    pub fn labels_used(&self) -> Vec<LabelId> {
        let used: BTreeSet<&LabelId> = self
            .documents
            .iter()
            .flat_map(|d| d.spans.iter().map(|s| &s.label))
            .collect();
        let mut out: Vec<LabelId> = self
            .project
            .schema
            .labels
            .iter()
            .filter(|l| used.contains(&l.id))
            .map(|l| l.id.clone())
            .collect();
        out.extend(
            used.into_iter()
                .filter(|l| self.project.schema.label(l).is_none())
                .cloned(),
        );
        out
    }
}

/// Reading order with every field as tie-breaker, so two spans over the same text come out in
/// the same order whatever their (random) IDs — and so after an import that gave them new ones.
pub fn span_order(a: &Span, b: &Span) -> std::cmp::Ordering {
    (
        a.start,
        a.end,
        &a.label,
        &a.entity,
        &a.note,
        &a.attributes,
        &a.id,
    )
        .cmp(&(
            b.start,
            b.end,
            &b.label,
            &b.entity,
            &b.note,
            &b.attributes,
            &b.id,
        ))
}

/// Claims by the position of their content span, then cue, claimant and attributes; the ID
/// last. `position` maps span IDs to their index in reading order.
pub fn claim_order(
    a: &Claim,
    b: &Claim,
    position: &BTreeMap<&SpanId, usize>,
) -> std::cmp::Ordering {
    let key = |c: &Claim| {
        let at = |s: &SpanId| position.get(s).copied();
        let claimant = match &c.claimant {
            Claimant::Mention(s) => (0, at(s), None),
            Claimant::Entity(e) => (1, None, Some(e.0.clone())),
            Claimant::Anonymous => (2, None, None),
            Claimant::Outlet => (3, None, None),
        };
        (
            at(&c.content),
            c.cue.as_ref().map(at),
            claimant,
            c.polarity,
            c.certainty,
            c.quote_mode,
            c.statement_date.clone(),
            c.note.clone(),
        )
    };
    key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
}

/// How claim fields are written in every format (and read back by the imports).
pub fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Asserts => "Asserts",
        Polarity::Denies => "Denies",
    }
}

pub fn certainty_name(c: Certainty) -> &'static str {
    match c {
        Certainty::Certain => "Certain",
        Certainty::Probable => "Probable",
        Certainty::Possible => "Possible",
        Certainty::Unknown => "Unknown",
    }
}

pub fn quote_mode_name(q: QuoteMode) -> &'static str {
    match q {
        QuoteMode::Direct => "Direct",
        QuoteMode::Indirect => "Indirect",
        QuoteMode::Mixed => "Mixed",
    }
}

pub fn parse_polarity(s: &str) -> Option<Polarity> {
    Polarity::ALL.into_iter().find(|p| polarity_name(*p) == s)
}

pub fn parse_certainty(s: &str) -> Option<Certainty> {
    Certainty::ALL.into_iter().find(|c| certainty_name(*c) == s)
}

pub fn parse_quote_mode(s: &str) -> Option<QuoteMode> {
    QuoteMode::ALL
        .into_iter()
        .find(|q| quote_mode_name(*q) == s)
}

/// Exports `project` as `format` to `out`: prepares the corpus, writes it, reads it back and
/// checks every quoted text ([`Exporter::check`]). `texts` holds the text of each document in
/// project order. `progress(done, total)` is called after each document; setting `cancel` stops
/// the export with [`ExportError::Cancelled`] (a single-file output is then left as it was; a
/// folder keeps the files already written).
pub fn export(
    project: &Project,
    texts: &[Option<&str>],
    format: ExportFormat,
    options: &ExportOptions,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<ExportReport, ExportError> {
    let corpus = Corpus::new(project, texts, options)?;
    let exporter = format.exporter(options);
    let mut steps = Progress::new(corpus.documents.len(), progress, cancel);
    steps.check_cancel()?;
    let mut left_out = corpus.left_out.clone();
    left_out.extend(exporter.write(&corpus, out, &mut steps)?);
    let problems = exporter.check(&corpus, out)?;
    if !problems.is_empty() {
        return Err(ExportError::SelfCheck {
            output: out.to_path_buf(),
            problems,
        });
    }
    Ok(ExportReport {
        format,
        output: out.to_path_buf(),
        documents: corpus.documents.len(),
        spans: corpus.span_count(),
        claims: corpus.claim_count(),
        offsets: format.offsets(),
        skipped: corpus.skipped,
        left_out,
    })
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
