//! Changes made on disk while the project is open (a `git pull`, another editor): the project
//! file, or the article being read. Checked every few seconds from file times; the analyst
//! chooses to reload from disk or keep what is open (the next save writes it over the file).

use std::path::PathBuf;
use std::time::SystemTime;

use super::app::App;
use super::commands::Command;
use crate::ui::widgets::bidi::{self, shown};

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
            self.error =
                Some(super::status::Status::say("external-spans-not-moved").shown("error", e));
        }
        self.windows.review = entries
            .iter()
            .any(|e| !matches!(e.outcome, crate::text::reanchor::Reanchored::Kept));
        self.reanchored = entries;
        self.article.reset();
        self.small_layouts.clear();
        self.remember_disk();
        self.status = super::status::Status::say("external-read-again-done");
    }

    pub(crate) fn external_change_ui(&mut self, ctx: &egui::Context) {
        let Some(change) = self.disk.pending.clone() else {
            return;
        };
        let (title, text, reload) = match &change {
            ExternalChange::Project(_) => (
                "external-project-title",
                "external-project-text",
                "external-reload-project",
            ),
            ExternalChange::Article(_) => (
                "external-article-title",
                "external-article-text",
                "external-read-again",
            ),
        };
        let fonts = self.font_stack();
        let color = super::theme::Theme::from_visuals(&ctx.global_style().visuals).text;
        crate::ui::windows::Window::new(bidi::tr(title))
            .collapsible(false)
            .resizable(false)
            .default_width(380.0)
            .show(ctx, |ui| {
                ui.with_layout(super::widgets::mirror::column_layout(), |ui| {
                    super::app::paragraph_ui(
                        ui,
                        &mut self.small_layouts,
                        self.shaper.as_ref(),
                        fonts,
                        color,
                        &crate::i18n::tr(text),
                    );
                    if let ExternalChange::Article(path) = &change {
                        ui.weak(shown(path));
                    }
                    ui.add_space(4.0);
                    self.external_buttons_ui(ui, &change, reload);
                });
            });
    }

    fn external_buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        change: &ExternalChange,
        reload: &'static str,
    ) {
        super::widgets::mirror::row(ui, |ui| {
            if ui.button(bidi::tr(reload)).clicked() {
                match &change {
                    ExternalChange::Project(path) => {
                        self.disk.pending = None;
                        self.push(Command::OpenPath(path.clone()));
                    }
                    ExternalChange::Article(_) => self.reload_articles(),
                }
            }
            if ui.button(bidi::tr("external-keep")).clicked() {
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
    }
}
