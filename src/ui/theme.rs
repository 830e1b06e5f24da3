//! Colours used by the article view and panels, derived from egui's visuals so that both dark
//! and light modes stay readable. Widgets take colours from here, never from literals.

use egui::{Color32, Visuals};

/// Colours a label may take: sRGB of middle lightness, so that drawn translucent behind the
/// text they read on both light and dark pages (the default schema uses the first ten).
pub const LABEL_PALETTE: [crate::model::Rgb; 14] = {
    use crate::model::Rgb;
    [
        Rgb(230, 85, 70),
        Rgb(60, 130, 220),
        Rgb(40, 170, 100),
        Rgb(150, 95, 210),
        Rgb(235, 150, 30),
        Rgb(0, 170, 190),
        Rgb(190, 170, 20),
        Rgb(225, 75, 160),
        Rgb(160, 110, 60),
        Rgb(125, 140, 160),
        Rgb(110, 175, 40),
        Rgb(95, 105, 225),
        Rgb(205, 120, 110),
        Rgb(30, 150, 140),
    ]
};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Color32,
    pub weak_text: Color32,
    pub warning: Color32,
    pub clicked_word: Color32,
    pub selection: Color32,
    pub selected_span: Color32,
    pub article_background: Color32,
}

impl Theme {
    pub fn from_visuals(v: &Visuals) -> Self {
        let clicked_word = if v.dark_mode {
            Color32::from_rgba_unmultiplied(90, 140, 220, 70)
        } else {
            Color32::from_rgba_unmultiplied(70, 120, 220, 50)
        };
        Theme {
            text: v.strong_text_color(),
            weak_text: v.weak_text_color(),
            warning: v.warn_fg_color,
            clicked_word,
            selection: v.selection.bg_fill.gamma_multiply(0.55),
            selected_span: v.strong_text_color(),
            article_background: v.extreme_bg_color,
        }
    }
}

impl Theme {
    /// A label's colour as a translucent highlight behind text: strong enough to read in both
    /// dark and light mode, light enough for the letters on top to stay legible.
    pub fn span_fill(&self, rgb: crate::model::Rgb, dark_mode: bool) -> Color32 {
        let alpha = if dark_mode { 110 } else { 90 };
        Color32::from_rgba_unmultiplied(rgb.0, rgb.1, rgb.2, alpha)
    }

    /// A label's colour for lines: frames and underline bands of spans that hold others.
    pub fn span_stroke(&self, rgb: crate::model::Rgb) -> Color32 {
        Color32::from_rgb(rgb.0, rgb.1, rgb.2)
    }
}
