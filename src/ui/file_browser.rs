//! The file dialog drawn inside the window, for systems where no system dialog answers. Folder
//! and file names are the analyst's own, often Arabic: the list shows them through
//! [`shown`], the folder and file name are typed into [`TextField`]s, so no name shows reversed
//! (egui's `TextEdit`, which dialog crates use, lays Arabic out left to right).
//!
//! [`FileBrowser`] owns the folder shown, its listing, the row picked and the name typed; what
//! it lists is built first by [`list_folder`], tested without a window.

use std::path::{Path, PathBuf};

use super::dialogs::{Filter, Pick, Request};
use super::status::Status;
use super::widgets::bidi::{shown, tr};
use super::widgets::mirror::{self, column_layout};
use super::widgets::text_field::TextField;
use crate::i18n::language;

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
}

impl Entry {
    /// The row, for [`shown`]: an icon for its kind, then its name. The name is a bidi isolate,
    /// so it takes the direction of its own first letter while the row keeps the interface's
    /// direction: every icon at the left, or at the right in a right-to-left interface (a
    /// right-to-left mark leads the row).
    pub fn label(&self) -> String {
        let icon = if self.is_dir { "🗀" } else { "🗋" };
        let lead = if language().is_rtl() { "\u{200F}" } else { "" };
        format!("{lead}{icon} \u{2068}{}\u{2069}", self.name)
    }
}

/// The rows of `folder` a dialog for `pick` offers: folders first, then the files `filter`
/// lets through (none when a folder is asked for), each group by name ignoring case. Names
/// starting with a dot only when `hidden`; names that are not Unicode are left out, since they
/// could be neither shown nor typed back.
///
/// # Errors
/// The folder cannot be read.
pub fn list_folder(
    folder: &Path,
    pick: Pick,
    filter: Option<&Filter>,
    hidden: bool,
) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(folder)?.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') && !hidden {
            continue;
        }
        // A link to a folder is entered like the folder.
        let is_dir = entry.path().is_dir();
        let offered =
            is_dir || (pick != Pick::Folder && filter.is_none_or(|f| f.matches(Path::new(&name))));
        if offered {
            entries.push(Entry { name, is_dir });
        }
    }
    entries.sort_by(|a, b| {
        b.is_dir
            .cmp(&a.is_dir)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(entries)
}

/// How the dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Chosen(PathBuf),
    Cancelled,
}

/// The built-in dialog while it is open.
pub struct FileBrowser {
    pick: Pick,
    title: Status,
    filter: Option<Filter>,
    folder: PathBuf,
    /// The folder field as typed; the folder shown when the field is left.
    folder_text: String,
    /// The file name field (not shown when a folder is asked for).
    name: String,
    /// The folder's rows, or why it cannot be read (said in the language in use each frame).
    entries: Result<Vec<Entry>, Status>,
    picked: Option<usize>,
    hidden: bool,
    /// Why the last thing asked could not be done (a folder typed that does not exist).
    problem: Option<Status>,
}

impl FileBrowser {
    /// A dialog for `request`, starting in its folder (else `fallback`), proposing its file name.
    pub fn new(request: &Request, fallback: PathBuf) -> Self {
        let mut browser = FileBrowser {
            pick: request.pick,
            title: request.title.clone(),
            filter: request.filter.clone(),
            folder: PathBuf::new(),
            folder_text: String::new(),
            name: request.file_name.clone().unwrap_or_default(),
            entries: Ok(Vec::new()),
            picked: None,
            hidden: false,
            problem: None,
        };
        browser.enter(request.folder.clone().unwrap_or(fallback));
        browser
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    pub fn entries(&self) -> &[Entry] {
        self.entries.as_deref().unwrap_or_default()
    }

    /// Shows `folder` from now on.
    fn enter(&mut self, folder: PathBuf) {
        self.entries =
            list_folder(&folder, self.pick, self.filter.as_ref(), self.hidden).map_err(|e| {
                Status::say("dialog-unreadable-folder")
                    .shown("error", crate::i18n::IoCause::from(&e))
            });
        self.folder_text = folder.display().to_string();
        self.folder = folder;
        self.picked = None;
        self.problem = None;
    }

    fn refresh(&mut self) {
        self.enter(self.folder.clone());
    }

    /// A click on row `i`: picks it; a file's name goes to the name field.
    pub fn pick_row(&mut self, i: usize) {
        if let Some(entry) = self.entries().get(i) {
            if !entry.is_dir {
                self.name = entry.name.clone();
            }
            self.picked = Some(i);
        }
    }

    /// A double click on row `i`, or Open with a folder picked: a folder is entered, a file
    /// chosen.
    fn open_row(&mut self, i: usize) -> Option<Answer> {
        let entry = self.entries().get(i)?.clone();
        let path = self.folder.join(&entry.name);
        if entry.is_dir {
            self.enter(path);
            None
        } else {
            Some(Answer::Chosen(path))
        }
    }

    /// The folder field left with Enter: shows the folder typed.
    fn go_to_typed(&mut self) {
        let typed = PathBuf::from(self.folder_text.trim());
        if typed.is_dir() {
            self.enter(typed);
        } else {
            self.problem = Some(
                Status::say("dialog-no-such-folder").with("path", typed.display().to_string()),
            );
        }
    }

    /// What Open or Save (or Enter in the name field) answers now: a folder typed or picked is
    /// entered first; `None` while there is nothing to choose.
    pub fn confirm(&mut self) -> Option<Answer> {
        if self.pick == Pick::Folder {
            let picked = self.picked.and_then(|i| self.entries().get(i));
            let folder = picked.map_or_else(|| self.folder.clone(), |e| self.folder.join(&e.name));
            return Some(Answer::Chosen(folder));
        }
        if let Some(i) = self
            .picked
            .filter(|&i| self.entries().get(i).is_some_and(|e| e.is_dir))
        {
            return self.open_row(i);
        }
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        // A name may be a whole path, or lead into a folder.
        let path = self.folder.join(name);
        if path.is_dir() {
            self.enter(path);
            return None;
        }
        if self.pick == Pick::File && !path.is_file() {
            self.problem =
                Some(Status::say("dialog-no-such-file").with("path", path.display().to_string()));
            return None;
        }
        Some(Answer::Chosen(path))
    }

    fn can_confirm(&self) -> bool {
        self.pick == Pick::Folder || self.picked.is_some() || !self.name.trim().is_empty()
    }

    /// Draws the dialog; `Some` once it ends.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<Answer> {
        let mut open = true;
        let mut answer = None;
        crate::ui::windows::Window::new(shown(&self.title.marked()))
            .id(egui::Id::unique("hashiya-file-dialog"))
            .open(&mut open)
            .collapsible(false)
            .default_size([560.0, 420.0])
            .show(ctx, |ui| {
                // Above the windows it was asked from, which may still be drawn after it.
                ui.ctx().move_to_top(ui.layer_id());
                answer = self.contents_ui(ui);
            });
        if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            return Some(Answer::Cancelled);
        }
        answer
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui) -> Option<Answer> {
        self.folder_row_ui(ui);
        if let Some(problem) = &self.problem {
            ui.with_layout(column_layout(), |ui| {
                ui.colored_label(ui.visuals().error_fg_color, shown(&problem.marked()));
            });
        }
        let row = ui.text_style_height(&egui::TextStyle::Body);
        let below = 2.0 * (row + 3.0 * ui.spacing().item_spacing.y + 8.0);
        let mut answer = None;
        egui::ScrollArea::vertical()
            .max_height((ui.available_height() - below).max(3.0 * row))
            .auto_shrink([false, false])
            .show(ui, |ui| answer = self.list_ui(ui));
        ui.separator();
        if self.pick != Pick::Folder {
            let name = if self.pick == Pick::SaveFile {
                "dialog-save-as"
            } else {
                "dialog-file-name"
            };
            mirror::row(ui, |ui| {
                ui.label(tr(name));
                let field = ui.add(
                    TextField::singleline(&mut self.name)
                        .id_salt("file-dialog-name")
                        .name(crate::i18n::tr(name))
                        .desired_width(ui.available_width()),
                );
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    answer = answer.take().or_else(|| self.confirm());
                }
            });
        }
        mirror::row(ui, |ui| {
            if ui
                .checkbox(&mut self.hidden, tr("dialog-show-hidden"))
                .changed()
            {
                self.refresh();
            }
            // The buttons at the row's far end: Cancel last, on the edge.
            let end = if language().is_rtl() {
                egui::Layout::left_to_right(egui::Align::Center)
            } else {
                egui::Layout::right_to_left(egui::Align::Center)
            };
            ui.with_layout(end, |ui| {
                if ui.button(tr("dialog-cancel")).clicked() {
                    answer = Some(Answer::Cancelled);
                }
                let verb = if self.pick == Pick::SaveFile {
                    "dialog-save"
                } else {
                    "dialog-open"
                };
                if ui
                    .add_enabled(self.can_confirm(), egui::Button::new(tr(verb)))
                    .clicked()
                {
                    answer = self.confirm();
                }
            });
        });
        answer
    }

    fn folder_row_ui(&mut self, ui: &mut egui::Ui) {
        mirror::row(ui, |ui| {
            let parent = self.folder.parent().map(Path::to_path_buf);
            let up = ui
                .add_enabled(parent.is_some(), egui::Button::new("⬆"))
                .on_hover_text(tr("dialog-up"));
            if up.clicked()
                && let Some(parent) = parent
            {
                self.enter(parent);
            }
            if ui.button("⟲").on_hover_text(tr("dialog-reload")).clicked() {
                self.refresh();
            }
            let field = ui.add(
                TextField::singleline(&mut self.folder_text)
                    .id_salt("file-dialog-folder")
                    .name(crate::i18n::tr("dialog-folder"))
                    .desired_width(ui.available_width()),
            );
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.go_to_typed();
            }
        });
    }

    fn list_ui(&mut self, ui: &mut egui::Ui) -> Option<Answer> {
        let rows = match &self.entries {
            Ok(entries) => entries.iter().map(Entry::label).collect::<Vec<_>>(),
            Err(problem) => {
                ui.label(shown(&problem.marked()));
                return None;
            }
        };
        let mut answer = None;
        // Rows from the left, or from the right in a right-to-left interface.
        ui.with_layout(column_layout().with_cross_justify(true), |ui| {
            if rows.is_empty() {
                ui.weak(tr("dialog-nothing-here"));
            }
            for (i, label) in rows.iter().enumerate() {
                let row = ui.selectable_label(self.picked == Some(i), shown(label));
                if row.double_clicked() {
                    answer = self.open_row(i);
                    break;
                }
                if row.clicked() {
                    self.pick_row(i);
                }
            }
        });
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(names: &[&str], dirs: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in names {
            std::fs::write(dir.path().join(name), "").expect("write");
        }
        for name in dirs {
            std::fs::create_dir(dir.path().join(name)).expect("folder");
        }
        dir
    }

    fn names(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn folders_come_first_then_the_files_the_filter_lets_through() {
        let dir = folder_with(
            &[
                "تقرير الرقة.ron",
                "b.ron",
                "A.RON",
                "notes.txt",
                ".hidden.ron",
            ],
            &["مقالات", "Zeta"],
        );
        let filter = Filter {
            name: "project".into(),
            extensions: vec!["ron".into()],
        };
        let entries = list_folder(dir.path(), Pick::File, Some(&filter), false).expect("list");
        assert_eq!(
            names(&entries),
            ["Zeta", "مقالات", "A.RON", "b.ron", "تقرير الرقة.ron"]
        );
        let hidden = list_folder(dir.path(), Pick::File, Some(&filter), true).expect("list");
        assert!(names(&hidden).contains(&".hidden.ron"));
        let folders = list_folder(dir.path(), Pick::Folder, None, false).expect("list");
        assert_eq!(names(&folders), ["Zeta", "مقالات"]);
    }

    fn request(pick: Pick, folder: &Path) -> Request {
        Request {
            purpose: super::super::dialogs::Purpose::OpenFolder,
            title: Status::words("t"),
            pick,
            filter: None,
            file_name: None,
            folder: Some(folder.to_path_buf()),
        }
    }

    #[test]
    fn an_arabic_name_keeps_its_order_and_its_icon_at_the_left() {
        for (name, is_dir) in [("تقارير الرقة", true), ("مشروع القافلة.ron", false)]
        {
            let entry = Entry {
                name: name.into(),
                is_dir,
            };
            let row = shown(&entry.label());
            assert!(row.starts_with(if is_dir { "🗀 " } else { "🗋 " }), "{row}");
            assert!(row.ends_with(&shown(name)), "{row}");
            assert_ne!(shown(name), name);
        }
    }

    #[test]
    fn a_picked_file_is_named_in_the_field_and_chosen_and_a_named_folder_is_entered() {
        let dir = folder_with(&["خبر.txt"], &["أرشيف"]);
        let mut browser = FileBrowser::new(&request(Pick::File, dir.path()), PathBuf::new());
        browser.pick_row(1);
        assert_eq!(browser.name, "خبر.txt");
        assert_eq!(
            browser.confirm(),
            Some(Answer::Chosen(dir.path().join("خبر.txt")))
        );
        browser.name = "أرشيف".into();
        assert_eq!(browser.confirm(), None, "a folder's name enters it");
        assert_eq!(browser.folder(), dir.path().join("أرشيف"));
        browser.name = "ليس هنا.txt".into();
        assert_eq!(browser.confirm(), None);
        assert!(
            browser
                .problem
                .as_ref()
                .is_some_and(|p| p.text().contains("ليس هنا.txt"))
        );
    }

    #[test]
    fn a_folder_dialog_chooses_the_row_picked_else_the_folder_shown() {
        let dir = folder_with(&[], &["مقالات"]);
        let mut browser = FileBrowser::new(&request(Pick::Folder, dir.path()), PathBuf::new());
        assert_eq!(
            browser.confirm(),
            Some(Answer::Chosen(dir.path().to_path_buf()))
        );
        browser.pick_row(0);
        assert_eq!(
            browser.confirm(),
            Some(Answer::Chosen(dir.path().join("مقالات")))
        );
        assert_eq!(browser.open_row(0), None, "a double click enters it");
        assert_eq!(browser.folder(), dir.path().join("مقالات"));
        assert!(browser.entries().is_empty());
    }

    #[test]
    fn a_folder_that_cannot_be_read_says_so_and_a_typed_one_that_does_not_exist_too() {
        let dir = folder_with(&[], &[]);
        let gone = dir.path().join("لا يوجد");
        let mut browser = FileBrowser::new(&request(Pick::SaveFile, &gone), PathBuf::new());
        assert!(
            browser
                .entries
                .as_ref()
                .is_err_and(|e| e.text().contains("cannot be read"))
        );
        browser.folder_text = gone.join("أبعد").display().to_string();
        browser.go_to_typed();
        assert!(
            browser
                .problem
                .as_ref()
                .is_some_and(|p| p.text().contains("أبعد"))
        );
        assert_eq!(browser.folder(), gone, "still where it was");
    }
}
