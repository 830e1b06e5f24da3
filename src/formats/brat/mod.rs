//! brat standoff: per document a `.txt` (the normalised text, UTF-8, LF line endings) and an
//! `.ann`, plus one generated `annotation.conf` for the collection.
//!
//! Offsets are **Unicode code points** into the `.txt` — brat reads the file as a Python `str`
//! and counts its characters, which are code points. `annotation.conf` says so in a comment.
//! A span holding a line break is written as fragments (`0 12;13 20`), as brat does: its text
//! is the fragments' texts joined by a space. A span of nothing but line breaks cannot be quoted
//! on an `.ann` line; it is left out (and said so), with the claims that name it.
//!
//! Fields are separated by tabs (shown as spaces below):
//!
//! | line | what |
//! |------|------|
//! | `T1 PER 53 64 سامر الحلبي` | a span: its label ID (characters brat cannot take become `_`; made unique ignoring case, see [`BratTypes`]) |
//! | `T9 ClaimFrame 68 108 …` | a claim, over the text of its content span |
//! | `R1 Content Arg1:T9 Arg2:T6` | the claim's content span |
//! | `R2 Claimant Arg1:T9 Arg2:T5` | who claims it, when a span of the document names them |
//! | `R3 HasCue Arg1:T9 Arg2:T3` | the cue («قال») |
//! | `R4 NestedIn Arg1:T10 Arg2:T9` | the claim this one is reported inside |
//! | `R5 SUPPORTS Arg1:T7 Arg2:T2` | a relation between two spans of the document, after the claims': its type's ID as a brat type ([`BratRelationTypes`]); one to a span of another document is left out and reported |
//! | `A1 Certainty T9 Probable` | also `Polarity`, `QuoteMode`, `StatementDate`, and `ClaimantKind` (`Entity`, `Anonymous`, `Outlet`) when no span names the claimant |
//! | `A2 certainty T4 reported` | a span's own attributes |
//! | `N1 Reference T5 hashiya:5a3e9c0d71b24f86 سامر الحلبي` | the entity a span (or, with `ClaimantKind Entity`, a claim) refers to |
//! | `#1 AnnotatorNotes T9 …` | a note (of a span, a claim, or a relation: `… R5 …`) |
//! | `T12 DocumentLabels 0 5 قالت` | the anchor of the document's labels: its first word (brat has no annotation of a whole document) |
//! | `A3 genre T12 op-ed` | a document label: category and value IDs; a multiple-choice category has a line per value |
//!
//! Attribute names and values are written with `%` escapes for `%` and whitespace (brat splits
//! them at spaces); notes with `\\`, `\n`, `\t`, `\r` escapes (brat notes are one line).
//! The document with ID `sharq/0007.txt` becomes `sharq/0007.txt` + `sharq/0007.ann`; an ID not
//! ending in `.txt` gets `.txt` and `.ann` appended.
//!
//! [`read`] reads such collections back (and those of brat itself and other tools); [`conf`]
//! holds what both sides share.

pub mod conf;
pub mod read;
pub mod write;

pub use conf::{
    BratRelationTypes, BratTypes, CLAIM_TYPE, ENTITY_DB, LEGACY_CLAIM_TYPE, base_name, files_of,
};
pub use read::read;
pub use write::Brat;
