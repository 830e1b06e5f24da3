//! The bundled font faces. The same bytes feed our own shaping (measurement, hit-testing) and
//! egui's painting, so what is measured is what is drawn.

use serde::{Deserialize, Serialize};

/// Every face bundled in `fonts/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Face {
    NotoNaskhArabic,
    NotoSansArabic,
    Amiri,
    NotoSans,
    NotoSansHebrew,
}

impl Face {
    pub const ALL: [Face; 5] = [
        Face::NotoNaskhArabic,
        Face::NotoSansArabic,
        Face::Amiri,
        Face::NotoSans,
        Face::NotoSansHebrew,
    ];

    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::NotoNaskhArabic => include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
            Face::NotoSansArabic => include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
            Face::Amiri => include_bytes!("../../fonts/Amiri-Regular.ttf"),
            Face::NotoSans => include_bytes!("../../fonts/NotoSans-Regular.ttf"),
            Face::NotoSansHebrew => include_bytes!("../../fonts/NotoSansHebrew-Regular.ttf"),
        }
    }

    /// Human-readable family name, as shown in the View menu.
    pub fn display_name(self) -> &'static str {
        match self {
            Face::NotoNaskhArabic => "Noto Naskh Arabic",
            Face::NotoSansArabic => "Noto Sans Arabic",
            Face::Amiri => "Amiri",
            Face::NotoSans => "Noto Sans",
            Face::NotoSansHebrew => "Noto Sans Hebrew",
        }
    }

    /// Key under which the face is registered as a single-font family in egui, so that egui
    /// never splits a piece of text across faces on its own.
    pub fn family_key(self) -> &'static str {
        match self {
            Face::NotoNaskhArabic => "hashiya-noto-naskh-arabic",
            Face::NotoSansArabic => "hashiya-noto-sans-arabic",
            Face::Amiri => "hashiya-amiri",
            Face::NotoSans => "hashiya-noto-sans",
            Face::NotoSansHebrew => "hashiya-noto-sans-hebrew",
        }
    }
}

/// The faces an analyst can choose to read Arabic-script text in.
pub const ARABIC_FACES: [Face; 3] = [Face::NotoNaskhArabic, Face::NotoSansArabic, Face::Amiri];

/// Which faces to try, in order, for each grapheme. The first is the reading face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FontStack {
    pub primary: Face,
}

impl Default for FontStack {
    fn default() -> Self {
        FontStack {
            primary: Face::NotoNaskhArabic,
        }
    }
}

impl FontStack {
    /// The reading face, then Latin, then Hebrew.
    pub fn faces(self) -> [Face; 3] {
        [self.primary, Face::NotoSans, Face::NotoSansHebrew]
    }
}
