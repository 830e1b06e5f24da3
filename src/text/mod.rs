//! Text handling without a window. Public offsets are char (Unicode scalar) offsets; byte
//! offsets stay inside this module.
//!
//! | module        | what it does                                                              |
//! |---------------|---------------------------------------------------------------------------|
//! | [`bidi`]      | UAX#9 levels and visual runs per paragraph                                |
//! | [`linebreak`] | UAX#14 break opportunities                                                |
//! | [`fonts`]     | the bundled faces and the fallback stack                                  |
//! | [`shape`]     | shaping through a small trait, so layout is testable without a window     |
//! | [`layout`]    | paragraphs → lines → visual runs → pieces of one face → clusters          |
//! | [`hit`]       | hit-testing (RTL-aware) and range → rectangles                            |
//! | [`graphemes`] | grapheme and word boundaries, proclitic stripping for spans               |
//! | [`normalize`] | Arabic normalisation with an exact map back, proclitic readings, alias keys |
//! | [`search`]    | corpus search (normalised, exact, regex) returning original char ranges   |
//! | [`reanchor`]  | finding a span again in a changed article: kept, moved, changed, orphaned |
//! | [`similarity`] | word shingles, MinHash signatures and LSH groups: near-duplicate texts   |
//! | [`spoofing`]  | bidi controls and invisible chars that can disguise text, made visible    |

pub mod bidi;
pub mod editor;
pub mod fonts;
pub mod graphemes;
pub mod hit;
pub mod layout;
pub mod linebreak;
pub mod normalize;
pub mod reanchor;
pub mod search;
pub mod shape;
pub mod similarity;
pub mod spoofing;

pub use fonts::{Face, FontStack};
pub use hit::{Affinity, Caret, Rect};
pub use layout::{DocumentLayout, LayoutOptions, layout_document};
pub use normalize::{NormalizeOptions, Normalized, normalize};
pub use search::{Hit, SearchError, SearchIndex, SearchMode, SearchQuery};
pub use shape::{HarfShaper, TextShaper};
