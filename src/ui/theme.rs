//! Colours used by the article view and panels, derived from egui's visuals so that both dark
//! and light modes stay readable. Widgets take colours from here, never from literals.

use egui::{Color32, Stroke, Visuals};
use serde::{Deserialize, Serialize};

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

/// The analyst's choice of theme, kept in the preferences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    Dark,
    Light,
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Dark, ThemeChoice::Light, ThemeChoice::System];

    pub fn name(self) -> &'static str {
        match self {
            ThemeChoice::Dark => "Dark",
            ThemeChoice::Light => "Light",
            ThemeChoice::System => "Follow the system",
        }
    }

    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::System => egui::ThemePreference::System,
        }
    }
}

/// Sets the visuals of both themes and uses the one chosen.
pub fn install(ctx: &egui::Context, choice: ThemeChoice) {
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        ctx.style_mut_of(theme, |style| fields_look_like_fields(&mut style.visuals));
    }
    ctx.set_theme(choice.preference());
}

/// egui draws a text field as a borderless box of `extreme_bg_color`: near black on a dark
/// panel, so an empty one reads as a redaction bar, and white on a near-white panel, so it
/// vanishes. A field here is a slightly recessed box with an outline, in both themes; the
/// outline also frames buttons and combo boxes at rest, which keeps them apart from text.
fn fields_look_like_fields(visuals: &mut Visuals) {
    let (fill, outline) = if visuals.dark_mode {
        (Color32::from_gray(20), Color32::from_gray(86))
    } else {
        (Color32::from_gray(255), Color32::from_gray(170))
    };
    visuals.text_edit_bg_color = Some(fill);
    visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, outline);
}

/// The colour of text typed into a field: as bright as egui's own text fields draw it, a step
/// above the grey of labels, so what the analyst typed stands out from what the window says.
pub fn field_text_color(visuals: &Visuals) -> Color32 {
    visuals.widgets.inactive.text_color()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How far apart two greys are, 0–255.
    fn contrast(a: Color32, b: Color32) -> i32 {
        (i32::from(a.r()) - i32::from(b.r())).abs()
    }

    #[test]
    fn an_empty_field_stands_out_from_its_panel_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx, ThemeChoice::Dark);
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let visuals = ctx.style_of(theme).visuals.clone();
            let outline = visuals.widgets.inactive.bg_stroke;
            assert!(
                outline.width >= 1.0,
                "{theme:?}: a field at rest has an outline"
            );
            assert!(
                contrast(outline.color, visuals.panel_fill) >= 40,
                "{theme:?}: the outline shows on the panel"
            );
            assert!(
                contrast(visuals.text_edit_bg_color(), field_text_color(&visuals)) >= 150,
                "{theme:?}: typed text reads on the field"
            );
            assert!(
                contrast(visuals.text_edit_bg_color(), field_text_color(&visuals))
                    > contrast(visuals.text_edit_bg_color(), visuals.text_color()),
                "{theme:?}: typed text is brighter than a label's"
            );
        }
    }

    #[test]
    fn the_chosen_theme_is_used() {
        let ctx = egui::Context::default();
        install(&ctx, ThemeChoice::Light);
        assert_eq!(ctx.theme(), egui::Theme::Light);
        install(&ctx, ThemeChoice::Dark);
        assert_eq!(ctx.theme(), egui::Theme::Dark);
    }
}
