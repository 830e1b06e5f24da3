//! Preferences kept between runs through eframe's storage. Never annotations: those live only
//! in project files.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{Calendar, Digits, Language};
use crate::text::Face;
use crate::ui::layout::Side;

/// The key eframe's storage keeps the preferences under (read without a window by
/// [`crate::settings`]).
pub const STORAGE_KEY: &str = crate::settings::KEY;
pub const MIN_FONT_SIZE: f32 = 10.0;
pub const MAX_FONT_SIZE: f32 = 48.0;
const MAX_RECENT: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub arabic_face: Face,
    pub font_size: f32,
    /// Most recent first.
    pub recent_projects: Vec<PathBuf>,
    /// Projects whose corpus folder lies outside their own folder, with that folder, which the
    /// analyst agreed to read.
    pub trusted_corpora: Vec<(PathBuf, PathBuf)>,
    /// Dark, light, or whatever the desktop uses.
    pub theme: crate::ui::theme::ThemeChoice,
    /// The name stamped on spans and claims this analyst makes; empty means the login name.
    pub annotator: String,
    /// The first-run panel (the gestures that matter) was closed; it does not come back.
    pub welcome_dismissed: bool,
    /// hashiya's own file dialog instead of the system's (which needs a desktop portal or zenity).
    pub builtin_file_dialog: bool,
    /// The width the analyst dragged the document list to; its default until they do.
    pub corpus_width: Option<f32>,
    /// The width the analyst dragged the inspector to; its default until they do.
    pub inspector_width: Option<f32>,
    /// The interface's language: the system's (`HASHIYA_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`)
    /// until the analyst picks one in View ▸ Language.
    pub language: LanguageChoice,
    /// The digits numbers are shown in.
    pub digits: Digits,
    /// The calendar dates are shown in (View ▸ Calendar); the project keeps its dates in ISO
    /// 8601 Gregorian whatever this is.
    pub calendar: Calendar,
}

/// The interface language as the analyst chose it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageChoice {
    /// The system's language, read when the window starts.
    #[default]
    System,
    Chosen(Language),
}

impl LanguageChoice {
    /// The language this choice stands for, `system` being the system's.
    pub fn resolve(self, system: Language) -> Language {
        match self {
            LanguageChoice::System => system,
            LanguageChoice::Chosen(language) => language,
        }
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            arabic_face: Face::NotoNaskhArabic,
            font_size: 20.0,
            recent_projects: Vec::new(),
            trusted_corpora: Vec::new(),
            theme: crate::ui::theme::ThemeChoice::default(),
            annotator: String::new(),
            welcome_dismissed: false,
            builtin_file_dialog: false,
            corpus_width: None,
            inspector_width: None,
            language: LanguageChoice::System,
            digits: Digits::Latin,
            calendar: Calendar::Gregorian,
        }
    }
}

impl Prefs {
    pub fn remember_project(&mut self, path: PathBuf) {
        self.recent_projects.retain(|p| p != &path);
        self.recent_projects.insert(0, path);
        self.recent_projects.truncate(MAX_RECENT);
    }

    /// The annotator name in use: the one set, else the login name.
    pub fn annotator_name(&self) -> String {
        let set = self.annotator.trim();
        if set.is_empty() {
            crate::workspace::default_annotator()
        } else {
            set.to_owned()
        }
    }

    /// The width the analyst gave a side panel, if they dragged it.
    pub fn panel_width(&self, side: Side) -> Option<f32> {
        match side {
            Side::Corpus => self.corpus_width,
            Side::Inspector => self.inspector_width,
        }
    }

    pub fn set_panel_width(&mut self, side: Side, width: f32) {
        match side {
            Side::Corpus => self.corpus_width = Some(width),
            Side::Inspector => self.inspector_width = Some(width),
        }
    }

    /// The language and digits of the interface, the system's language being `system`.
    pub fn locale(&self, system: Language) -> crate::i18n::Locale {
        crate::i18n::Locale {
            language: self.language.resolve(system),
            digits: self.digits,
        }
    }

    pub fn change_font_size(&mut self, delta: f32) {
        self.font_size = (self.font_size + delta).clamp(MIN_FONT_SIZE, MAX_FONT_SIZE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_widths_survive_a_restart_and_older_preferences_load_without_them() {
        let mut prefs = Prefs::default();
        prefs.set_panel_width(Side::Inspector, 342.5);
        let stored = ron::to_string(&prefs).expect("preferences serialise");
        let back: Prefs = ron::from_str(&stored).expect("preferences load");
        assert_eq!(back.panel_width(Side::Inspector), Some(342.5));
        assert_eq!(back.panel_width(Side::Corpus), None);
        // Written before panel widths were kept.
        let older: Prefs = ron::from_str("(font_size: 22.0)").expect("older preferences load");
        assert_eq!(older.panel_width(Side::Corpus), None);
        assert!((older.font_size - 22.0).abs() < f32::EPSILON);
    }

    #[test]
    fn the_language_follows_the_system_until_chosen_and_is_kept() {
        let mut prefs = Prefs::default();
        assert_eq!(prefs.locale(Language::Arabic).language, Language::Arabic);
        prefs.language = LanguageChoice::Chosen(Language::English);
        prefs.digits = Digits::ArabicIndic;
        let stored = ron::to_string(&prefs).expect("preferences serialise");
        let back: Prefs = ron::from_str(&stored).expect("preferences load");
        let locale = back.locale(Language::Arabic);
        assert_eq!(locale.language, Language::English);
        assert_eq!(locale.digits, Digits::ArabicIndic);
    }

    #[test]
    fn the_calendar_is_gregorian_until_chosen_and_is_kept() {
        assert_eq!(Prefs::default().calendar, Calendar::Gregorian);
        let older: Prefs = ron::from_str("(digits: ArabicIndic)").expect("older preferences load");
        assert_eq!(older.calendar, Calendar::Gregorian);
        let prefs = Prefs {
            calendar: Calendar::Hijri,
            ..Prefs::default()
        };
        let stored = ron::to_string(&prefs).expect("preferences serialise");
        let back: Prefs = ron::from_str(&stored).expect("preferences load");
        assert_eq!(back.calendar, Calendar::Hijri);
    }

    /// The command line reads the digits and calendar from the preferences as eframe stores
    /// them (a map of RON strings), without the window's types.
    #[test]
    fn the_command_line_reads_the_saved_digits_and_calendar() {
        let prefs = Prefs {
            digits: Digits::ArabicIndic,
            calendar: Calendar::Hijri,
            recent_projects: vec![PathBuf::from("/p.ron")],
            ..Prefs::default()
        };
        let value = ron::to_string(&prefs).expect("preferences serialise");
        let storage = std::collections::HashMap::from([(STORAGE_KEY.to_owned(), value)]);
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("app.ron");
        std::fs::write(&file, ron::to_string(&storage).expect("ron")).expect("write");
        let display = crate::settings::Display::read(&file).expect("read");
        assert_eq!(display.digits, Digits::ArabicIndic);
        assert_eq!(display.calendar, Calendar::Hijri);
    }
}
