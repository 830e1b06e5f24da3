//! doccano JSON Lines: [`write`] writes one document per line with its spans, entities and
//! claims; [`read`] reads that back, and what doccano itself exports.

pub mod read;
pub mod write;

pub use read::read;
pub use write::*;
