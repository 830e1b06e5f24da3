//! The writers' common interface: the formats hashiya writes ([`ExportFormat`]), the
//! [`Exporter`] each implements (write, then read back and check), progress and cancel, errors.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::conventions::OffsetUnit;
use super::corpus::{Corpus, ExportDocument, ExportOptions};
use crate::formats::{brat, conll, csv, jsonl, qdpx, webanno};
use crate::i18n::tr_plain;
use crate::intake::decode::{Fault, FaultArg};
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
                let args = [
                    ("name", format!("{s:?}").into()),
                    ("names", names.join(", ").into()),
                ];
                tr_plain("error-unknown-export-format", &args)
            })
    }
}

/// What the check of an export found wrong in its output. Both parts are kept as what to say
/// and put into words when shown, so an outcome on screen follows a switch of language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckProblem {
    /// Where in the output: the output's own names as they are (a file, a file and line, an
    /// annotation's ID, [`Fault::Words`]), or a line or part of one in the interface's words.
    pub location: Fault,
    /// What is wrong there: a catalogue message with its arguments.
    pub message: Fault,
}

impl CheckProblem {
    /// Message `id` with `args` at `location`, a place the output names itself.
    pub(crate) fn at(
        location: impl Into<String>,
        id: &'static str,
        args: &[(&'static str, FaultArg)],
    ) -> Self {
        Self::said_at(Fault::Words(location.into()), id, args)
    }

    /// Message `id` with `args` at line `line` (from 1) of the output.
    pub(crate) fn at_line(
        line: usize,
        id: &'static str,
        args: &[(&'static str, FaultArg)],
    ) -> Self {
        Self::said_at(line_of_output(line), id, args)
    }

    /// Message `id` with `args` at `location`.
    pub(crate) fn said_at(
        location: Fault,
        id: &'static str,
        args: &[(&'static str, FaultArg)],
    ) -> Self {
        Self {
            location,
            message: Fault::said(id, args),
        }
    }
}

/// Line `line` (from 1) of an output file, as a location.
pub(crate) fn line_of_output(line: usize) -> Fault {
    Fault::said("export-check-at-line", &[("line", line.into())])
}

impl fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", tr_plain("error-export-unknown-document", &[("doc", format!("{:?}", .0.0).into())]))]
    UnknownDocument(DocId),
    #[error("{}", tr_plain("error-export-unknown-label", &[("label", format!("{:?}", .0.0).into())]))]
    UnknownLabel(LabelId),
    #[error("{}", tr_plain("error-export-cancelled", &[]))]
    Cancelled,
    #[error("{}", tr_plain("error-export-store", &[("error", .0.to_string().into())]))]
    Store(#[from] StoreError),
    /// `action` is the message saying what could not be done (write, create the folder).
    #[error("{}", tr_plain(action, &[("path", path.display().to_string().into()), ("error", crate::i18n::io_reason(source).into())]))]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// `what` is the message naming what could not be encoded (a CSV table, a JSONL line).
    #[error("{}", tr_plain("error-export-encode", &[("what", crate::i18n::tr(what).into()), ("message", message.as_str().into())]))]
    Encode { what: &'static str, message: String },
    /// `message` is a reader's own words, or a line of the output that could not be read.
    #[error("{}", tr_plain("error-export-read-back", &[("path", path.display().to_string().into()), ("message", message.to_string().into())]))]
    ReadBack { path: PathBuf, message: Fault },
    #[error(
        "{}:\n{}",
        tr_plain("error-export-self-check", &[("count", problems.len().into()), ("path", output.display().to_string().into())]),
        join_lines(.problems)
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
            message: Fault::Words(error.to_string()),
        }
    }

    /// The output at `path` could not be read back, for the reason `message` says.
    pub(crate) fn read_back_said(path: &Path, message: Fault) -> Self {
        Self::ReadBack {
            path: path.to_path_buf(),
            message,
        }
    }
}

/// One format: writes a corpus and checks what it wrote.
pub trait Exporter {
    fn format(&self) -> ExportFormat;

    /// Writes `corpus` to `out` (a file, or a folder for brat and CSV), reporting each document
    /// done through `progress` and returning early with [`ExportError::Cancelled`] when asked.
    /// Returns what the format could not carry, each said when shown.
    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError>;

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
    std::fs::create_dir_all(dir).map_err(|e| ExportError::io("error-export-create-folder", dir, e))
}

/// Writes one file of a folder export. Not atomic and not flushed to disk one by one: an export
/// can always be made again, and an fsync per file made a 1,000-document brat export take 16 s
/// instead of a fraction of one. Single-file exports use [`crate::store::write_atomic`].
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    std::fs::write(path, bytes).map_err(|e| ExportError::io("error-export-write", path, e))
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
    location: impl FnOnce() -> Fault,
) -> Option<CheckProblem> {
    match doc.slice(start, end) {
        Some(slice) if slice == quoted => None,
        Some(slice) => Some(CheckProblem::said_at(
            location(),
            "check-quote-differs",
            &[
                ("quoted", format!("{quoted:?}").into()),
                ("start", start.into()),
                ("end", end.into()),
                ("found", format!("{slice:?}").into()),
            ],
        )),
        None => Some(CheckProblem::said_at(
            location(),
            "check-offsets-outside",
            &[
                ("start", start.into()),
                ("end", end.into()),
                ("length", doc.char_len().into()),
            ],
        )),
    }
}

/// A problem at `location` when the relations read back (`found`) are not those written
/// (`expected`), compared as sorted lists of whatever identifies a relation and its ends.
pub(crate) fn check_relation_set<T: Ord>(
    mut found: Vec<T>,
    mut expected: Vec<T>,
    location: impl FnOnce() -> Fault,
) -> Option<CheckProblem> {
    found.sort();
    expected.sort();
    (found != expected).then(|| {
        CheckProblem::said_at(
            location(),
            "check-relations-differ",
            &[
                ("found", found.len().into()),
                ("written", expected.len().into()),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};

    /// Why an export stopped, in `language`.
    fn errors_in(language: Language) -> Vec<String> {
        let out = Path::new("/out/claims.csv");
        let denied = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let errors = [
            ExportError::UnknownDocument(DocId("a.txt".to_owned())),
            ExportError::UnknownLabel(LabelId("EVENT".to_owned())),
            ExportError::Cancelled,
            ExportError::io("error-export-write", out, denied()),
            ExportError::io("error-export-create-folder", Path::new("/out"), denied()),
            ExportError::encode("export-what-csv-table", "bad field"),
            ExportError::read_back(out, "truncated"),
            ExportError::SelfCheck {
                output: out.to_path_buf(),
                problems: vec![CheckProblem {
                    location: Fault::Words("a.txt:3".to_owned()),
                    message: Fault::Words("quote differs".to_owned()),
                }],
            },
        ];
        in_language(language, || {
            errors.iter().map(ToString::to_string).collect()
        })
    }

    #[test]
    fn export_errors_are_said_in_the_interface_language() {
        let english = errors_in(Language::English);
        assert_eq!(english[0], "the project has no document \"a.txt\"");
        assert!(english[3].starts_with("could not write /out/claims.csv: "));
        assert_eq!(english[5], "could not encode a CSV table: bad field");
        assert_eq!(
            english[7],
            "the self-check of the export found 1 problem(s); the output is left for inspection \
             at /out/claims.csv:\n  a.txt:3: quote differs"
        );
        let arabic = errors_in(Language::Arabic);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &["could", "export", "project", "schema", "encode", "problem"],
        );
        assert!(arabic[5].contains("جدول CSV"), "{}", arabic[5]);
        assert!(arabic[7].contains("مشكلة واحدة"), "{}", arabic[7]);
        // The reader's own words stay as they are.
        assert!(
            arabic[7].ends_with("a.txt:3: quote differs"),
            "{}",
            arabic[7]
        );
    }

    /// What the check of an export finds, and a format not known, in the interface's language.
    #[test]
    fn check_problems_and_unknown_formats_are_said_in_the_interface_language() {
        // Found once, said in each language.
        let relations = check_relation_set(vec![1], vec![1, 2], || Fault::Words("a.ann".into()))
            .expect("differ");
        let said = || -> Vec<String> {
            vec![
                relations.message.to_string(),
                tr_plain(
                    "check-quote-differs",
                    &[
                        ("quoted", "\"قال\"".into()),
                        ("start", 3.into()),
                        ("end", 6.into()),
                        ("found", "\"أكد\"".into()),
                    ],
                ),
                tr_plain(
                    "check-offsets-outside",
                    &[
                        ("start", 3.into()),
                        ("end", 60.into()),
                        ("length", 41.into()),
                    ],
                ),
                tr_plain(
                    "check-qdpx-position",
                    &[("attribute", "endPosition".into())],
                ),
                "pdf".parse::<ExportFormat>().expect_err("unknown"),
                "pdf"
                    .parse::<crate::formats::foreign::ImportFormat>()
                    .expect_err("unknown"),
            ]
        };
        let english = in_language(Language::English, said);
        assert_eq!(
            english[0],
            "1 relation read back do not join the spans of the 2 relations written"
        );
        assert_eq!(
            english[1],
            "quotes \"قال\" but the text at [3, 6) is \"أكد\""
        );
        assert_eq!(
            english[2],
            "offsets [3, 60) are outside the text (41 code points)"
        );
        assert!(english[4].starts_with("unknown format \"pdf\"; expected one of jsonl, "));
        assert_eq!(
            english[5],
            "unknown import format \"pdf\"; expected brat, jsonl or qdpx"
        );
        let arabic = in_language(Language::Arabic, said);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &[
                "relation", "quotes", "offsets", "valid", "unknown", "expected",
            ],
        );
    }
}
