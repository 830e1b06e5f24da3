//! See [`write`]: hashiya writes this format and does not read it.

pub mod documents;
pub mod relations;
pub mod write;

pub use documents::{documents_table, read_labels};
pub use write::*;
