//! The label schema: which kinds of span an analyst can mark, with their colours and keys.

use serde::{Deserialize, Serialize};

/// Stable label identifier written in span records (e.g. `PER`). Renaming a label changes its
/// `name`, never its ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LabelId(pub String);

/// An sRGB colour, written in RON as `(r, g, b)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub id: LabelId,
    pub name: String,
    pub colour: Rgb,
    /// Keyboard shortcut that applies the label to the selection.
    #[serde(default)]
    pub key: Option<char>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Schema {
    pub labels: Vec<Label>,
}

impl Schema {
    pub fn label(&self, id: &LabelId) -> Option<&Label> {
        self.labels.iter().find(|l| &l.id == id)
    }
}
