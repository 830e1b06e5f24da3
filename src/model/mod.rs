//! Pure project data and its invariants: documents, their metadata, the label schema.
//! No I/O and no egui here; `store/` reads and writes these types, `ui/` displays them.

pub mod document;
pub mod project;
pub mod schema;

pub use document::{BaseDirection, DocId, Document};
pub use project::Project;
pub use schema::{Label, LabelId, Rgb, Schema};
