//! Opening a folder or a project on a background thread: the window stays responsive, a
//! progress bar counts the files read, and Cancel drops the load (what was open stays open).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use crate::import::{ImportOptions, LoadProgress};
use crate::ui::app::App;
use crate::ui::widgets::bidi::shown;
use crate::workspace::Workspace;

/// A folder or project being read.
#[derive(Debug)]
pub struct Loading {
    pub path: PathBuf,
    progress: Arc<LoadProgress>,
    result: mpsc::Receiver<Result<Workspace, String>>,
}

impl Loading {
    pub fn start(path: &Path, ctx: &egui::Context) -> Self {
        let progress = Arc::new(LoadProgress::default());
        let (send, result) = mpsc::channel();
        let (thread_path, thread_progress, ctx) =
            (path.to_path_buf(), progress.clone(), ctx.clone());
        std::thread::spawn(move || {
            let loaded = load_workspace(&thread_path, &thread_progress);
            // The window may have been closed meanwhile; nothing then waits for the result.
            let _ = send.send(loaded);
            ctx.request_repaint();
        });
        Self {
            path: path.to_path_buf(),
            progress,
            result,
        }
    }

    /// The result, once the thread has finished.
    pub fn poll(&self) -> Option<Result<Workspace, String>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(format!(
                "reading {} stopped unexpectedly",
                self.path.display()
            ))),
        }
    }

    pub fn cancel(&self) {
        self.progress.cancel();
    }

    pub fn is_cancelled(&self) -> bool {
        self.progress.is_cancelled()
    }

    pub fn counts(&self) -> (usize, usize) {
        self.progress.counts()
    }
}

/// Reads a folder of articles (as a new project) or a project file with its articles.
pub fn load_workspace(path: &Path, progress: &LoadProgress) -> Result<Workspace, String> {
    if path.is_dir() {
        Workspace::import_folder_with(path, &ImportOptions::default(), progress)
            .map_err(|e| e.to_string())
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        Workspace::open_project_with(path, progress).map_err(|e| e.to_string())
    } else if path.exists() {
        Err(format!(
            "not a folder of articles or a hashiya project (.ron): {}",
            path.display()
        ))
    } else {
        Err(format!("nothing to open at {}", path.display()))
    }
}

impl App {
    /// Each frame while loading: hand over the result, or show the progress with Cancel.
    pub(crate) fn loading_ui(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.loading else { return };
        if let Some(result) = loading.poll() {
            let loading = self.loading.take();
            if let Some(loading) = loading {
                if loading.is_cancelled() {
                    self.status = format!("Opening {} was cancelled", file_label(&loading.path));
                } else {
                    self.finish_open(&loading.path, result);
                }
            }
            return;
        }
        let (done, total) = loading.counts();
        let name = file_label(&loading.path);
        let cancelled = loading.is_cancelled();
        let mut cancel = false;
        egui::Window::new("Opening")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(shown(&format!("Reading {name}")));
                let fraction = if total == 0 {
                    0.0
                } else {
                    done as f32 / total as f32
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(320.0)
                        .text(format!("{done} of {total} files")),
                );
                if cancelled {
                    ui.weak("Cancelling…");
                } else if ui.button("Cancel").clicked() {
                    cancel = true;
                }
            });
        if cancel && let Some(loading) = &self.loading {
            loading.cancel();
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(50));
    }
}

fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
