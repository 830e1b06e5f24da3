//! An article file as it comes in, before any format reads it: its bytes decoded into the
//! normalised text ([`decode`]) and its metadata as found, field by field with where each value
//! came from ([`meta`]). It sits below both the format readers ([`crate::formats`]) and the
//! import that orchestrates them ([`crate::import`], which re-exports both modules), so a format
//! depends only on this, the model, the text modules and crates.

pub mod decode;
pub mod meta;
mod warning;
