//! REFI-QDA project exchange (`.qdpx`: a zip with `project.qde` and the text sources):
//! [`write`] writes one, [`read`] reads an archive safely and its `project.qde`; [`variables`]
//! is how document labels are carried.

pub mod read;
pub mod variables;
pub mod write;

pub use read::*;
pub use write::Qdpx;
