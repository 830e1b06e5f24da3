//! Changes made on disk while the project is open (a `git pull`, another editor): the project
//! file, or the article being read. Checked every few seconds from file times; the analyst
//! chooses to reload from disk or keep what is open (the next save writes it over the file).

use std::path::PathBuf;
use std::time::SystemTime;

use super::app::App;
use super::commands::Command;
use crate::ui::widgets::bidi::shown;

/// What the app knows of the files on disk.
#[derive(Debug, Clone, Default)]
pub struct DiskWatch {
    /// The project file's modification time when it was last opened or saved here.
    pub project: Option<SystemTime>,
    /// When the articles were last read.
    pub articles_read: Option<SystemTime>,
    /// A change found and not answered yet.
    pub pending: Option<ExternalChange>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExternalChange {
    Project(PathBuf),
    Article(String),
}

fn modified(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl App {
    /// Remembers the files as they are now (after opening, saving or reloading).
    pub(crate) fn remember_disk(&mut self) {
        let Some(ws) = &self.workspace else {
            self.disk = DiskWatch::default();
            return;
        };
        self.disk = DiskWatch {
            project: ws.project_path().and_then(modified),
            articles_read: Some(SystemTime::now()),
            pending: None,
        };
    }

    /// Looks for changes on disk: the project file and the article on screen.
    pub(crate) fn check_disk(&mut self) {
        if self.disk.pending.is_some() {
            return;
        }
        let Some(ws) = &self.workspace else { return };
        if let Some(path) = ws.project_path()
            && let (Some(now), Some(known)) = (modified(path), self.disk.project)
            && now != known
        {
            self.disk.pending = Some(ExternalChange::Project(path.to_path_buf()));
            return;
        }
        let Some(doc) = self.selected.and_then(|i| ws.project().documents.get(i)) else {
            return;
        };
        if let (Some(now), Some(read)) = (
            modified(&ws.corpus_root().join(&doc.path)),
            self.disk.articles_read,
        ) && now > read
        {
            self.disk.pending = Some(ExternalChange::Article(doc.path.clone()));
        }
    }

    /// Reads the articles again and finds the spans of those that changed, as one undoable step.
    pub(crate) fn reload_articles(&mut self) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        ws.reload_articles();
        let (moves, entries) = ws.reanchor_changed();
        if !moves.is_empty()
            && let Err(e) = ws.apply(moves)
        {
            self.error = Some(format!(
                "the spans of a changed article could not be moved: {e}"
            ));
        }
        self.windows.review = entries
            .iter()
            .any(|e| !matches!(e.outcome, crate::text::reanchor::Reanchored::Kept));
        self.reanchored = entries;
        self.article.reset();
        self.small_layouts.clear();
        self.remember_disk();
        "Articles read again from disk".clone_into(&mut self.status);
    }

    pub(crate) fn external_change_ui(&mut self, ctx: &egui::Context) {
        let Some(change) = self.disk.pending.clone() else {
            return;
        };
        let (title, text) = match &change {
            ExternalChange::Project(_) => (
                "The project changed on disk",
                "The project file was changed outside hashiya (by a git pull, say). Reload it from disk, or keep what is open here — saving will then write it over the file.",
            ),
            ExternalChange::Article(_) => (
                "An article changed on disk",
                "The article shown was changed outside hashiya. Read the articles again (its spans are looked for in the new text, as one undoable step), or keep the text open here.",
            ),
        };
        egui::Window::new(shown(title))
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(shown(text));
                if let ExternalChange::Article(path) = &change {
                    ui.weak(shown(path));
                }
                ui.horizontal(|ui| {
                    let reload = match &change {
                        ExternalChange::Project(_) => "Reload the project",
                        ExternalChange::Article(_) => "Read the articles again",
                    };
                    if ui.button(shown(reload)).clicked() {
                        match &change {
                            ExternalChange::Project(path) => {
                                self.disk.pending = None;
                                self.push(Command::OpenPath(path.clone()));
                            }
                            ExternalChange::Article(_) => self.reload_articles(),
                        }
                    }
                    if ui.button("Keep what is open").clicked() {
                        let pending = self.disk.pending.take();
                        // Do not ask again about the same change.
                        match pending {
                            Some(ExternalChange::Project(path)) => {
                                self.disk.project = modified(&path);
                                // Chosen, not silent: the next save writes over that change.
                                if let Some(ws) = &mut self.workspace {
                                    ws.overwrite_changes_on_disk();
                                }
                            }
                            Some(ExternalChange::Article(_)) => {
                                self.disk.articles_read = Some(SystemTime::now());
                            }
                            None => {}
                        }
                    }
                });
            });
    }
}
