//! File ▸ Export… and File ▸ Import annotations…: exports run on a background thread with a
//! progress bar and a Cancel button (a corpus of thousands of articles takes a while); imports
//! are one undoable step whose report is shown. `ExportPanel` is a component: it owns the
//! running export and the reports, reads the workspace, and returns `Command`s.

use std::path::PathBuf;

use crate::export::{ExportError, ExportFormat, ExportOptions, ExportReport};
use crate::job::Job;
use crate::report::ReportFormat;
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::widgets::progress::progress_ui;
use crate::ui::windows;
use crate::workspace::Workspace;

/// An export running on its own thread, and where it writes.
pub struct ExportJob {
    pub format: ExportFormat,
    pub output: PathBuf,
    job: Job<Result<ExportReport, ExportError>>,
}

impl ExportJob {
    /// Starts exporting a copy of the project and its texts, so the analyst can go on working.
    pub fn start(
        ws: &Workspace,
        ctx: &egui::Context,
        format: ExportFormat,
        output: PathBuf,
    ) -> Self {
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
            },
        );
        Self {
            format,
            output,
            job,
        }
    }

    /// The result, once the thread has finished; why it failed kept as the error itself, said
    /// in the language in use when shown.
    fn finished(&mut self) -> Option<Result<ExportReport, Status>> {
        let outcome = self.job.poll()?;
        Some(match outcome {
            Ok(result) => result.map_err(Status::of),
            Err(panicked) => Err(Status::of(panicked)),
        })
    }
}

/// The export window and the report of the last annotation import.
#[derive(Default)]
pub struct ExportPanel {
    pub open: bool,
    job: Option<ExportJob>,
    /// What the last export came to, said in the language in use each frame.
    outcome: Option<Status>,
    /// The report of the last annotation import, shown until closed.
    /// Kept as what the import found, said each frame in the language of the moment.
    import_report: Option<crate::import::AnnotationImportReport>,
    /// A report asked to be written where a file already is: replace it?
    replace_report: Option<(ReportFormat, PathBuf)>,
}

/// What the window calls a report, in the interface's language.
fn report_title(format: ReportFormat) -> String {
    crate::i18n::tr(report_message(format))
}

/// The catalogue message naming a report of `format`.
fn report_message(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Html => "export-report-html",
        ReportFormat::ClaimsJsonld => "export-report-jsonld",
    }
}

impl ExportPanel {
    /// Starts exporting the workspace to `output` and shows the window with its progress; the
    /// reason when it cannot (only one export runs at a time).
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        format: ExportFormat,
        output: PathBuf,
    ) -> Result<(), Status> {
        if self.job.is_some() {
            return Err(Status::say("export-already-running"));
        }
        self.outcome = None;
        self.open = true;
        self.job = Some(ExportJob::start(ws, ctx, format, output));
        Ok(())
    }

    /// Whether an export is running.
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Writes the report of the workspace to `path` and says how that went. A file already there
    /// is replaced only when `replace`; otherwise the window asks first and nothing is written.
    pub fn write_report(
        &mut self,
        ws: &Workspace,
        format: ReportFormat,
        path: PathBuf,
        replace: bool,
    ) -> Vec<Command> {
        self.replace_report = None;
        if path.is_file() && !replace {
            self.replace_report = Some((format, path));
            return Vec::new();
        }
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match crate::report::write_report(ws, format, &path, false) {
            Ok(()) => vec![Command::ShowStatus(
                Status::say("export-wrote-report")
                    .with("report", Status::say(report_message(format)))
                    .with("name", name),
            )],
            Err(e) => vec![Command::ShowProblem(
                Status::say("export-report-failed").shown("error", e),
            )],
        }
    }

    /// Shows what an annotation import did until the analyst closes it.
    pub fn show_import_report(&mut self, report: crate::import::AnnotationImportReport) {
        self.import_report = Some(report);
    }

    /// The export window and the import report, and what a finished export came to.
    pub fn ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = self.poll();
        if self.open {
            let mut open = true;
            windows::Window::new(tr("export-title"))
                .vscroll(true)
                .default_height(480.0)
                .open(&mut open)
                .default_width(520.0)
                .show(ctx, |ui| {
                    windows::contents(ui, |ui| self.export_ui(ui, &mut commands));
                });
            self.open = open;
        }
        self.import_report_ui(ctx);
        self.replace_report_ui(ctx, &mut commands);
        commands
    }

    /// Asks whether to replace the file a report was asked to be written over.
    fn replace_report_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some((format, path)) = &self.replace_report else {
            return;
        };
        let mut answer = None;
        windows::Window::new(tr("export-replace-title"))
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    ui.label(tr_args(
                        "export-replace-question",
                        &[
                            ("path", path.display().to_string().into()),
                            ("report", report_title(*format).into()),
                        ],
                    ));
                    ui.horizontal(|ui| {
                        if ui.button(tr("export-replace")).clicked() {
                            answer = Some(true);
                        }
                        if ui.button(tr("export-cancel")).clicked() {
                            answer = Some(false);
                        }
                    });
                });
            });
        match answer {
            Some(true) => commands.push(Command::ExportReport {
                format: *format,
                path: path.clone(),
                replace: true,
            }),
            Some(false) => self.replace_report = None,
            None => {}
        }
    }

    /// A finished export's report, kept for the window; said in the status bar or, when it
    /// failed, in the Problem window.
    fn poll(&mut self) -> Vec<Command> {
        let Some(job) = &mut self.job else {
            return Vec::new();
        };
        let Some(result) = job.finished() else {
            return Vec::new();
        };
        let format = job.format;
        self.job = None;
        match result {
            Ok(report) => {
                self.outcome = Some(Status::new(move || report.summary()));
                vec![Command::ShowStatus(
                    Status::say("export-done").with("format", format.title()),
                )]
            }
            Err(e) => {
                let problem = Status::say("export-failed").with("error", e);
                self.outcome = Some(problem.clone());
                vec![Command::ShowProblem(problem)]
            }
        }
    }

    /// The running export's progress, or a button per format and the last outcome.
    fn export_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if let Some(job) = &self.job {
            ui.label(tr_args(
                "export-running",
                &[
                    ("format", job.format.title().into()),
                    ("path", job.output.display().to_string().into()),
                ],
            ));
            if progress_ui(ui, job.job.progress(), "documents") {
                job.job.cancel();
            }
            return;
        }
        crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("export-intro"), false);
        for format in ExportFormat::ALL {
            if ui
                .button(tr_args(
                    "menu-import-format",
                    &[("format", format.title().into())],
                ))
                .on_hover_text(tr(if format.writes_folder() {
                    "export-writes-folder"
                } else {
                    "export-writes-file"
                }))
                .clicked()
            {
                commands.push(Command::ExportDialog(format));
            }
        }
        ui.separator();
        ui.label(tr("export-hand-on"));
        for format in ReportFormat::ALL {
            if ui
                .button(tr_args(
                    "export-report-button",
                    &[("report", report_title(format).into())],
                ))
                .clicked()
            {
                commands.push(Command::ExportReportDialog(format));
            }
        }
        if let Some(outcome) = &self.outcome {
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .show(ui, |ui| {
                    ui.monospace(shown(&outcome.marked()));
                });
        }
    }

    fn import_report_ui(&mut self, ctx: &egui::Context) {
        let Some(report) = &self.import_report else {
            return;
        };
        let mut open = true;
        windows::Window::new(tr("export-import-report"))
            .id(egui::Id::unique("annotation-import-report"))
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(crate::ui::layout::fitting_height(ui.ctx(), 360.0))
                    .show(ui, |ui| {
                        ui.monospace(shown(&report.summary()));
                    });
            });
        if !open {
            self.import_report = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One article opened as a corpus.
    fn corpus() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("a.txt"),
            "أعلنت البلدية افتتاح الجسر الجديد صباح الأحد.\n",
        )
        .expect("write");
        let ws = Workspace::import_folder(dir.path(), &crate::import::ImportOptions::default())
            .expect("import");
        (dir, ws)
    }

    /// What the panel says once its export has ended (waiting at most half a minute).
    fn when_finished(panel: &mut ExportPanel) -> Vec<Command> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let commands = panel.poll();
            if !commands.is_empty() || std::time::Instant::now() > deadline {
                return commands;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    #[test]
    fn an_export_runs_alone_and_says_how_it_ended() {
        let (dir, ws) = corpus();
        let ctx = egui::Context::default();
        let mut panel = ExportPanel::default();
        let target = dir.path().join("out.jsonl");
        panel
            .start(&ctx, &ws, ExportFormat::Jsonl, target.clone())
            .expect("the first export starts");
        assert!(panel.open && panel.is_running());
        assert_eq!(
            panel.start(&ctx, &ws, ExportFormat::Jsonl, target.clone()),
            Err(Status::words("An export is already running"))
        );
        let commands = when_finished(&mut panel);
        assert_eq!(
            commands,
            vec![Command::ShowStatus(Status::words(
                "Exported as doccano JSONL"
            ))]
        );
        assert!(!panel.is_running());
        assert!(panel.outcome.is_some(), "the report stays in the window");
        assert!(target.is_file());
    }

    #[test]
    fn a_failed_export_is_shown_as_a_problem() {
        let (dir, ws) = corpus();
        let ctx = egui::Context::default();
        let mut panel = ExportPanel::default();
        // A file where the export's folder should be.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").expect("write");
        panel
            .start(&ctx, &ws, ExportFormat::Jsonl, blocked.join("out.jsonl"))
            .expect("it starts");
        let commands = when_finished(&mut panel);
        assert!(
            matches!(&commands[..], [Command::ShowProblem(m)] if m.text().starts_with("Not exported: ")),
            "{commands:?}"
        );
    }
}
