//! Several analysts on one corpus: comparing two copies of a project span by span, merging
//! them, and measuring how far the analysts agree.
//!
//! | module        | owns                                                                    |
//! |---------------|-------------------------------------------------------------------------|
//! | [`compare`]   | pairing two analysts' spans: same, other label, overlapping, one side only |
//! | [`merge`]     | merging two copies of a project record by record (three-way with a base) |
//! | [`agreement`] | Cohen's κ on tokens, Krippendorff's unitized α, span F1                  |
//! | [`doc_agreement`] | Cohen's κ per document category (per value for multiple choice)     |
//! | [`relation_agreement`] | relation P/R/F1 overall and per relation type              |
//! | [`pairs`]     | two projects' documents as the inputs of [`agreement`] (tokens, outlets) |
//!
//! Pure: no I/O and no egui; the CLI and the GUI read the projects and show the results.

pub mod agreement;
pub mod compare;
pub mod doc_agreement;
pub mod merge;
pub mod pairs;
pub mod relation_agreement;

pub use compare::{Comparison, DocComparison, MatchKind, SpanMatch, compare, compare_spans};
pub use merge::{Conflict, MergeReport, Record, RecordKind, Side, merge};
