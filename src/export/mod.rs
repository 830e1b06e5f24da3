//! Writing a project's annotations in the formats other tools read: doccano JSONL, `CoNLL` IOB2,
//! brat standoff, W3C Web Annotation (JSON-LD), REFI-QDA (`.qdpx`) and CSV tables.
//!
//! Every format implements [`Exporter`]: it writes a prepared [`Corpus`] (the chosen documents
//! with their texts, spans and claims in a stable order), then reads back what it wrote and
//! checks that every quoted text equals the document slice at the offsets it states
//! ([`Exporter::check`]). [`export`] runs both and fails with [`ExportError::SelfCheck`], listing
//! every mismatch, rather than report success over a wrong file.
//!
//! The writers live with their readers, one folder per format under [`crate::formats`]
//! (`brat`, `jsonl`, `conll`, `webanno`, `qdpx`, `csv`); the offset unit and the claim field
//! names they share are in [`crate::formats::conventions`], the documents they write
//! ([`Corpus`], in a deterministic order) in [`crate::formats::corpus`]. This module runs an
//! export as a whole: choice of documents, progress and cancel, the self-check, the report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::intake::decode::Fault;
use crate::model::{DocId, Project};

pub use crate::formats::conll::{ConllOptions, Nested};
pub use crate::formats::conventions::{
    OffsetUnit, certainty_name, parse_certainty, parse_polarity, parse_quote_mode, polarity_name,
    quote_mode_name,
};
pub use crate::formats::corpus::{Corpus, ExportDocument, ExportOptions, claim_order, span_order};
pub use crate::formats::writer::{CheckProblem, ExportError, ExportFormat, Exporter, Progress};

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
    pub skipped: Vec<(DocId, Fault)>,
    /// What the format could not carry (nested spans beyond the chosen `CoNLL` layer, claims
    /// whose spans were filtered out, …), one line each, said when shown.
    pub left_out: Vec<Fault>,
}

impl ExportReport {
    /// A short human summary (for the status bar or stderr), in the interface's language.
    pub fn summary(&self) -> String {
        use crate::i18n::tr_plain as say;
        let offsets = crate::i18n::tr(match self.offsets {
            OffsetUnit::CodePoints => "summary-offsets-code-points",
            OffsetUnit::None => "summary-offsets-none",
        });
        let mut out = say(
            "summary-exported",
            &[
                ("documents", self.documents.into()),
                ("spans", self.spans.into()),
                ("claims", self.claims.into()),
                ("format", self.format.title().into()),
                ("path", self.output.display().to_string().into()),
                ("offsets", offsets.into()),
            ],
        );
        for (doc, reason) in &self.skipped {
            let line = say(
                "summary-export-skipped",
                &[
                    ("doc", doc.to_string().into()),
                    ("reason", reason.to_string().into()),
                ],
            );
            let _ = write!(out, "\n  {line}");
        }
        for line in &self.left_out {
            let line = say(
                "summary-export-left-out",
                &[("line", line.to_string().into())],
            );
            let _ = write!(out, "\n  {line}");
        }
        out
    }
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
