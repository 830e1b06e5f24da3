//! See [`write`]: hashiya writes this format and does not read it.

pub mod write;

pub use write::*;
