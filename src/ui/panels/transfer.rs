//! File ▸ Export… and File ▸ Import annotations…: exports run on a background thread with a
//! progress bar and a Cancel button (a corpus of thousands of articles takes a while); imports
//! are one undoable step whose report is shown.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::export::{ExportFormat, ExportOptions, ExportReport};
use crate::import::annotations::ImportFormat;
use crate::job::Job;
use crate::ui::app::App;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::progress::progress_ui;

/// An export running on its own thread, and where it writes.
pub struct ExportJob {
    pub format: ExportFormat,
    pub output: PathBuf,
    job: Job<Result<ExportReport, String>>,
}

impl ExportJob {
    /// Starts exporting a copy of the project and its texts, so the analyst can go on working.
    pub fn start(
        app: &App,
        ctx: &egui::Context,
        format: ExportFormat,
        output: PathBuf,
    ) -> Option<Self> {
        let ws = app.workspace.as_ref()?;
        let project = ws.project().clone();
        let texts: Vec<Option<String>> = ws
            .articles()
            .iter()
            .map(|a| a.text().map(str::to_owned))
            .collect();
        let (target, ctx) = (output.clone(), ctx.clone());
        let job = Job::start(
            move || ctx.request_repaint(),
            move |progress| {
                let texts: Vec<Option<&str>> = texts.iter().map(Option::as_deref).collect();
                crate::export::export(
                    &project,
                    &texts,
                    format,
                    &ExportOptions::default(),
                    &target,
                    &mut |done, total| progress.set(done, total),
                    progress.cancel_flag(),
                )
                .map_err(|e| e.to_string())
            },
        );
        Some(Self {
            format,
            output,
            job,
        })
    }

    /// The result, once the thread has finished.
    fn finished(&mut self) -> Option<Result<ExportReport, String>> {
        let outcome = self.job.poll()?;
        Some(outcome.unwrap_or_else(|e| Err(e.to_string())))
    }
}

/// The export window's state.
#[derive(Default)]
pub struct ExportPanel {
    pub open: bool,
    pub format: Option<ExportFormat>,
    pub job: Option<ExportJob>,
    /// What the last export said.
    pub outcome: Option<String>,
}

impl App {
    pub(crate) fn start_export(
        &mut self,
        ctx: &egui::Context,
        format: ExportFormat,
        path: PathBuf,
    ) {
        if self.export.job.is_some() {
            "An export is already running".clone_into(&mut self.status);
            return;
        }
        self.export.outcome = None;
        self.export.open = true;
        self.export.job = ExportJob::start(self, ctx, format, path);
        if self.export.job.is_none() {
            "Nothing to export: open a folder of articles or a project first"
                .clone_into(&mut self.status);
        }
    }

    pub(crate) fn import_annotations(&mut self, format: ImportFormat, path: &Path) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let cancel = AtomicBool::new(false);
        match ws.import_annotations(format, path, &mut |_, _| {}, &cancel) {
            Ok(report) => {
                self.status = format!(
                    "Imported {} annotations (Ctrl+Z takes them back)",
                    format.name()
                );
                self.import_report = Some(report.summary());
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }
}

pub fn export_window_ui(ctx: &egui::Context, app: &mut App) {
    if let Some(job) = &mut app.export.job
        && let Some(result) = job.finished()
    {
        let format = job.format;
        app.export.job = None;
        app.export.outcome = Some(match result {
            Ok(report) => {
                app.status = format!("Exported as {}", format.title());
                report.summary()
            }
            Err(e) => {
                let message = format!("Not exported: {e}");
                app.error = Some(message.clone());
                message
            }
        });
    }
    if !app.export.open {
        return;
    }
    let mut open = true;
    let mut start = None;
    egui::Window::new("Export")
        .vscroll(true)
        .default_height(480.0)
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            if let Some(job) = &app.export.job {
                ui.label(shown(&format!(
                    "Exporting as {} to {}",
                    job.format.title(),
                    job.output.display()
                )));
                if progress_ui(ui, job.job.progress(), "documents") {
                    job.job.cancel();
                }
                return;
            }
            ui.label(
                "Every export states its offset unit and checks itself before it reports success.",
            );
            for format in ExportFormat::ALL {
                if ui
                    .button(format!("{}…", format.title()))
                    .on_hover_text(shown(if format.writes_folder() {
                        "writes a folder"
                    } else {
                        "writes one file"
                    }))
                    .clicked()
                {
                    start = Some(format);
                }
            }
            if let Some(outcome) = &app.export.outcome {
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(240.0)
                    .show(ui, |ui| {
                        ui.monospace(shown(outcome));
                    });
            }
        });
    app.export.open = open;
    if let Some(format) = start {
        app.ask_for_path(crate::ui::dialogs::Purpose::Export(format));
    }
    if let Some(report) = app.import_report.clone() {
        let mut open = true;
        egui::Window::new("Import report")
            .id(egui::Id::unique("annotation-import-report"))
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(crate::ui::layout::fitting_height(ui.ctx(), 360.0))
                    .show(ui, |ui| {
                        ui.monospace(shown(&report));
                    });
            });
        if !open {
            app.import_report = None;
        }
    }
}
