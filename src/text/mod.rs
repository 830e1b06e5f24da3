//! Text handling without a window: bidi levels and runs, line breaking, shaping through a small
//! trait, paragraph layout and hit-testing. Public offsets are char (Unicode scalar) offsets;
//! byte offsets stay inside this module.

pub mod bidi;
pub mod fonts;
pub mod graphemes;
pub mod hit;
pub mod layout;
pub mod linebreak;
pub mod shape;

pub use fonts::{Face, FontStack};
pub use hit::{Affinity, Caret, Rect};
pub use layout::{DocumentLayout, LayoutOptions, layout_document};
pub use shape::{HarfShaper, TextShaper};
