//! Pure project data and its invariants: documents, their metadata, the label schema, the spans
//! analysts mark, and the edits (with their inverses) that change all of these.
//! No I/O and no egui here; `store/` reads and writes these types, `ui/` displays them.
//!
//! Offsets into a document's text are char offsets `[start, end)` (see [`span`]).
//!
//! | module          | owns                                                               |
//! |-----------------|--------------------------------------------------------------------|
//! | [`document`]    | [`Document`], [`DocId`], [`DocumentMeta`], [`BaseDirection`]       |
//! | [`schema`]      | [`Schema`], [`Label`], [`LabelId`], [`Rgb`]                        |
//! | [`span`]        | [`Span`], [`SpanId`] (stable, random, collision-free across copies) |
//! | [`annotations`] | [`Annotations`]: spans per document in reading order, unique IDs   |
//! | [`edit`]        | [`Edit`] with its inverse, [`Transaction`] (all or nothing)        |
//! | [`history`]     | [`History`]: undo/redo across documents, revisions, dirty flag     |
//! | [`notation`]    | the test notation `"قال [PER|محمد] إن"`                            |
//! | [`project`]     | [`Project`]                                                        |

pub mod annotations;
pub mod document;
pub mod edit;
pub mod history;
pub mod notation;
pub mod project;
pub mod schema;
pub mod span;

pub use annotations::{AnnotationError, Annotations};
pub use document::{BaseDirection, DocId, Document, DocumentMeta};
pub use edit::{Edit, EditError, Transaction};
pub use history::History;
pub use project::Project;
pub use schema::{Label, LabelId, Rgb, Schema};
pub use span::{Span, SpanId, SpanShapeProblem};
