//! Opening a folder or a project on a background thread: the window stays responsive, a
//! progress bar counts the files read, and Cancel drops the load (what was open stays open).

use std::path::{Path, PathBuf};

use crate::import::{ImportOptions, LoadProgress};
use crate::job::Job;
use crate::ui::app::App;
use crate::ui::status::Status;
use crate::ui::widgets::bidi;
use crate::ui::widgets::progress::progress_ui;
use crate::workspace::Workspace;

/// A folder or project being read; dropping it cancels the read. Why it could not be read
/// crosses from the reading thread as the error itself, said when the Problem window shows it.
#[derive(Debug)]
pub struct Loading {
    pub path: PathBuf,
    job: Job<Result<Workspace, Status>>,
}

impl Loading {
    pub fn start(path: &Path, ctx: &egui::Context) -> Self {
        let (thread_path, ctx) = (path.to_path_buf(), ctx.clone());
        Self {
            path: path.to_path_buf(),
            job: Job::start(
                move || ctx.request_repaint(),
                move |progress| load_workspace(&thread_path, progress),
            ),
        }
    }

    /// The result, once the thread has finished.
    pub fn poll(&mut self) -> Option<Result<Workspace, Status>> {
        let outcome = self.job.poll()?;
        Some(outcome.unwrap_or_else(|_| {
            Err(Status::say("loading-stopped").with("path", self.path.display().to_string()))
        }))
    }

    pub fn cancel(&self) {
        self.job.cancel();
    }
}

/// Reads a folder of articles (as a new project) or a project file with its articles; why
/// not, kept as the error itself (it says itself in the language in use when shown).
pub fn load_workspace(path: &Path, progress: &LoadProgress) -> Result<Workspace, Status> {
    if path.is_dir() {
        Workspace::import_folder_with(path, &ImportOptions::default(), progress).map_err(Status::of)
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        // With the project's lock, or read-only when another window or command holds it.
        Workspace::open_to_edit_with(path, progress).map_err(Status::of)
    } else {
        let id = if path.exists() {
            "loading-not-a-project"
        } else {
            "loading-nothing-there"
        };
        Err(Status::say(id).with("path", path.display().to_string()))
    }
}

impl App {
    /// Each frame while loading: hand over the result, or show the progress with Cancel.
    pub(crate) fn loading_ui(&mut self, ctx: &egui::Context) {
        let Some(loading) = &mut self.loading else {
            return;
        };
        if let Some(result) = loading.poll() {
            if let Some(loading) = self.loading.take() {
                if loading.job.is_cancelled() {
                    self.status = Status::say("status-opening-cancelled")
                        .with("name", file_label(&loading.path));
                } else {
                    self.finish_open(&loading.path, result);
                }
            }
            return;
        }
        let name = file_label(&loading.path);
        crate::ui::windows::Window::new(bidi::tr("loading-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(bidi::tr_args(
                    "loading-reading",
                    &[("name", name.as_str().into())],
                ));
                if progress_ui(ui, loading.job.progress(), "files") {
                    loading.cancel();
                }
            });
    }
}

fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
