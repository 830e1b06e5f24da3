//! Where the window keeps its preferences between runs, and what the command line reads of
//! them. The window saves them through eframe's storage: a RON map in `app.ron` of eframe's
//! folder for the app (`$XDG_DATA_HOME/hashiya` or `~/.local/share/hashiya` on Linux), the
//! preferences under [`KEY`] as a RON string. The command line reads the digits and calendar
//! from there, so `hashiya report` writes numbers and dates as the window shows them, without
//! depending on the window's code.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{Calendar, Digits};

/// The application's ID: the window's, and the name of eframe's folder for its storage.
pub const APP_ID: &str = "hashiya";

/// The key the window's preferences are stored under.
pub const KEY: &str = "hashiya-preferences";

/// The file eframe keeps the window's storage in, where this system has one.
pub fn storage_file() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|dir| dir.join("app.ron"))
}

/// How the window shows numbers and dates, as its preferences last saved them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Display {
    pub digits: Digits,
    pub calendar: Calendar,
}

impl Display {
    /// The window's choice as saved in the storage file, or the defaults (Latin digits, the
    /// Gregorian calendar) when the window never saved one or the file cannot be read.
    pub fn saved() -> Display {
        storage_file()
            .and_then(|file| Self::read(&file))
            .unwrap_or_default()
    }

    /// The choice saved in the storage file `file`; `None` when there is none to read.
    pub fn read(file: &Path) -> Option<Display> {
        let text = std::fs::read_to_string(file).ok()?;
        let storage: HashMap<String, String> = ron::from_str(&text).ok()?;
        // The preferences hold much else (fonts, panels, recent projects), passed over here.
        ron::from_str(storage.get(KEY)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_is_read_from_the_window_s_storage_and_defaults_without_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("app.ron");
        assert_eq!(Display::read(&file), None);
        let prefs = r#"(font_size: 22.0, digits: ArabicIndic, calendar: Hijri, recent_projects: ["/a.ron"])"#;
        let storage = HashMap::from([
            (KEY.to_owned(), prefs.to_owned()),
            ("egui".to_owned(), "()".to_owned()),
        ]);
        std::fs::write(&file, ron::to_string(&storage).expect("ron")).expect("write");
        assert_eq!(
            Display::read(&file),
            Some(Display {
                digits: Digits::ArabicIndic,
                calendar: Calendar::Hijri,
            })
        );
        // Preferences saved before the calendar was chosen.
        let older = HashMap::from([(KEY.to_owned(), "(digits: ArabicIndic)".to_owned())]);
        std::fs::write(&file, ron::to_string(&older).expect("ron")).expect("write");
        let read = Display::read(&file).expect("read");
        assert_eq!(read.calendar, Calendar::Gregorian);
        assert_eq!(read.digits, Digits::ArabicIndic);
    }
}
