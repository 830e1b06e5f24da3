//! Bringing articles into a project: a folder of plain-text articles, decoded whatever their
//! encoding, with a report of every file that could not be used.
//!
//! # The normalised text
//! Every article is turned into one *normalised text*, and every offset anywhere in the project
//! (spans, exports, hit-testing) is a **char (Unicode scalar) offset into that text**:
//!
//! 1. the bytes are decoded: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides the encoding;
//!    otherwise valid UTF-8 is UTF-8; otherwise the encoding is guessed with `chardetng`
//!    (UTF-8 excluded) and the guess is recorded as a warning on the document;
//! 2. the byte order mark is removed;
//! 3. every CRLF pair and every lone CR becomes a single LF ([`normalise_line_endings`]).
//!
//! Nothing else is changed: no Unicode normalisation, no trimming, no tab expansion. So the same
//! article saved with LF, CRLF or CR line endings, with or without a BOM, gives the same text and
//! the same offsets. [`Document::sha256`](crate::model::Document::sha256) is the hash of the
//! *raw file bytes*, so such a re-save is still noticed as a change by [`read_article`].
//!
//! # Modules
//! - [`decode`](mod@decode): bytes → normalised text, encoding detection, binary/empty detection.
//! - [`folder`]: walking an article folder, building [`Document`](crate::model::Document)s.
//! - [`meta`]: an article's metadata as found, field by field, with where each value came from.
//! - [`report`]: what an import produced and skipped, and its human summary.
//! - [`article`]: re-reading one article of a saved project, safely inside its corpus folder.
//! - [`annotations`]: annotations made elsewhere into an existing project, as one transaction;
//!   read by the readers of [`crate::formats`] (brat, doccano JSONL, REFI-QDA).

pub mod annotations;
pub mod article;
pub mod dates;
pub use crate::intake::decode;
mod digest;
pub mod duplicates;
pub mod enrich;
pub mod folder;
pub mod front_matter;
pub use crate::intake::meta;
pub mod metadata_sheet;
pub mod outlets;
pub mod readers;
pub mod report;

/// Files read so far and the cancel flag of a long load: the progress of a background
/// [`Job`](crate::job::Job), or a `default()` one when nobody watches.
pub use crate::job::Progress as LoadProgress;
pub use annotations::{
    AnnotationImportError, AnnotationImportReport, AnnotationProblem, ImportFormat, plan,
};
pub use article::{ArticleError, ArticleText, read_article};
pub use decode::{Decoded, SkipReason, decode, decode_with, normalise_line_endings};
pub use digest::sha256_hex;
pub use folder::{DEFAULT_MAX_FILE_BYTES, ImportError, ImportOptions, import_folder};
pub use report::{ImportReport, ImportedDocument, Skipped};
