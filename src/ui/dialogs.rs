//! File dialogs that always open: the system's (rfd) when a dialog service answers, else one
//! drawn inside the window ([`FileBrowser`], whose names and fields show Arabic in order). No dialog blocks a frame: the system's runs on rfd's
//! own thread and is polled each frame, the built-in one is an egui window. What the analyst
//! picks comes back as the [`Command`] the request names; a dialog that could not open says so.
//!
//! On Linux rfd reaches the desktop portal over D-Bus, then zenity. Neither answers on a bare
//! window manager, and rfd then returns "nothing chosen" exactly as for a cancel, so the choice
//! is made up front (portal service installed and a session bus, or zenity on the `PATH`), and a
//! system dialog that answers "nothing" before any person could have cancelled it is taken as
//! one that never showed: the built-in dialog opens instead, for the rest of the session.

use std::ffi::OsString;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Poll, Wake, Waker};
use std::time::{Duration, Instant};

use crate::export::ExportFormat;
use crate::i18n::{tr, tr_args};
use crate::import::annotations::ImportFormat;

use super::app::App;
use super::commands::Command;
use super::file_browser::{self, FileBrowser};
use super::status::Status;

/// `builtin` or `native` here overrides the preference and the detection (scripts, screenshots).
pub const ENV_OVERRIDE: &str = "HASHIYA_FILE_DIALOG";

/// A system dialog answering "nothing chosen" sooner than this never showed: a person needs
/// longer to see a dialog and dismiss it.
const NEVER_SHOWN: Duration = Duration::from_millis(250);

/// What a path is asked for; decides the dialog's title, kind and filter, and the command the
/// chosen path becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    OpenFolder,
    OpenProject,
    SaveProjectAs,
    Compare,
    Export(ExportFormat),
    Report(crate::report::ReportFormat),
    ImportAnnotations(ImportFormat),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Folder,
    File,
    SaveFile,
}

/// The file types a dialog lists: a name and extensions without dots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub name: String,
    pub extensions: Vec<String>,
}

impl Filter {
    fn new(name: &str, extension: &str) -> Self {
        Filter {
            name: name.to_owned(),
            extensions: vec![extension.to_owned()],
        }
    }

    pub fn matches(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| {
            self.extensions
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x.as_str()))
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub purpose: Purpose,
    /// Said when shown: the built-in dialog's title follows a switch of language.
    pub title: Status,
    pub pick: Pick,
    pub filter: Option<Filter>,
    /// The name a save dialog proposes.
    pub file_name: Option<String>,
    /// Where the dialog starts.
    pub folder: Option<PathBuf>,
}

impl Request {
    /// The dialog for `purpose`; `project` names proposed files.
    pub fn new(purpose: Purpose, project: &str, folder: Option<PathBuf>) -> Self {
        let project_file = || Some(Filter::new(&tr("dialog-project-files"), "ron"));
        // A format's name in the interface's language, by its ID.
        let format_args = |id: &'static str| [("format", id.into())];
        let format_name = |id: &'static str| tr_args("dialog-format", &format_args(id));
        let titled =
            |id: &'static str, format: &'static str| Status::say(id).with("format", format);
        let (title, pick, filter, file_name) = match purpose {
            Purpose::OpenFolder => (Status::say("dialog-open-folder"), Pick::Folder, None, None),
            Purpose::OpenProject => (
                Status::say("dialog-open-project"),
                Pick::File,
                project_file(),
                None,
            ),
            Purpose::SaveProjectAs => (
                Status::say("dialog-save-project-as"),
                Pick::SaveFile,
                project_file(),
                Some(format!("{project}.ron")),
            ),
            Purpose::Compare => (
                Status::say("dialog-compare"),
                Pick::File,
                project_file(),
                None,
            ),
            Purpose::Export(format) => {
                let title = titled("dialog-export-as", format.name());
                if format.writes_folder() {
                    (title, Pick::Folder, None, None)
                } else {
                    let ext = format.extension().unwrap_or("out");
                    (
                        title,
                        Pick::SaveFile,
                        Some(Filter::new(&format_name(format.name()), ext)),
                        Some(format!("{project}.{ext}")),
                    )
                }
            }
            Purpose::Report(format) => {
                let ext = format.extension();
                (
                    titled("dialog-export-report", ext),
                    Pick::SaveFile,
                    Some(Filter::new(&format_name(ext), ext)),
                    Some(format!("{project}.{ext}")),
                )
            }
            Purpose::ImportAnnotations(format) => {
                let title = titled("dialog-import-annotations", format.name());
                if format.reads_folder() {
                    (title, Pick::Folder, None, None)
                } else {
                    (
                        title,
                        Pick::File,
                        Some(Filter::new(format.name(), format.name())),
                        None,
                    )
                }
            }
        };
        Request {
            purpose,
            title,
            pick,
            filter,
            file_name,
            folder,
        }
    }

    /// What choosing `path` does. A file saved without an extension gets the filter's, so a
    /// project typed as «تقرير» is found again as a project.
    pub fn command(&self, mut path: PathBuf) -> Command {
        if self.pick == Pick::SaveFile
            && path.extension().is_none()
            && let Some(ext) = self.filter.as_ref().and_then(|f| f.extensions.first())
        {
            path.set_extension(ext);
        }
        match self.purpose {
            Purpose::OpenFolder | Purpose::OpenProject => Command::OpenPath(path),
            Purpose::SaveProjectAs => Command::SaveProjectAs(path),
            Purpose::Compare => Command::Compare(path),
            Purpose::Export(format) => Command::Export(format, path),
            Purpose::Report(format) => Command::ExportReport {
                format,
                path,
                replace: false,
            },
            Purpose::ImportAnnotations(format) => Command::ImportAnnotations(format, path),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The system's dialog, through rfd.
    Native,
    /// hashiya's own dialog, inside the window.
    BuiltIn,
}

/// Which dialog to open: the environment override, then the preference, then what this session
/// learnt (the system dialog never showed), then whether a system dialog service exists.
pub fn choose(
    env_override: Option<&str>,
    prefer_builtin: bool,
    native_failed: bool,
    native_missing: Option<&str>,
) -> Backend {
    match env_override.map(str::trim) {
        Some(v) if v.eq_ignore_ascii_case("builtin") => return Backend::BuiltIn,
        Some(v) if v.eq_ignore_ascii_case("native") => return Backend::Native,
        _ => {}
    }
    if prefer_builtin || native_failed || native_missing.is_some() {
        Backend::BuiltIn
    } else {
        Backend::Native
    }
}

/// Why rfd's Linux backends cannot show a dialog here (the ID of the catalogue message that
/// says so), or `None` when one of them can: zenity on
/// the `PATH`, or a session bus and the desktop portal's service file in a data folder.
/// `env` reads a variable, `exists` asks the file system, so tests can fake both.
pub fn linux_dialog_missing(
    env: &dyn Fn(&str) -> Option<OsString>,
    exists: &dyn Fn(&Path) -> bool,
) -> Option<&'static str> {
    let zenity = env("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| exists(&d.join("zenity"))));
    if zenity {
        return None;
    }
    let bus = env("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || env("XDG_RUNTIME_DIR").is_some_and(|d| exists(&Path::new(&d).join("bus")));
    if !bus {
        return Some("dialog-missing-bus");
    }
    let mut data_dirs: Vec<PathBuf> = env("XDG_DATA_DIRS").filter(|d| !d.is_empty()).map_or_else(
        || vec!["/usr/local/share".into(), "/usr/share".into()],
        |d| std::env::split_paths(&d).collect(),
    );
    if let Some(home) = env("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        data_dirs.push(home.into());
    } else if let Some(home) = env("HOME") {
        data_dirs.push(Path::new(&home).join(".local/share"));
    }
    let portal = data_dirs
        .iter()
        .any(|d| exists(&d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")));
    (!portal).then_some("dialog-missing-portal")
}

/// [`linux_dialog_missing`] for this process, asked once; other systems always have a dialog.
fn native_missing() -> Option<&'static str> {
    static MISSING: OnceLock<Option<&'static str>> = OnceLock::new();
    *MISSING.get_or_init(|| {
        if cfg!(all(unix, not(target_os = "macos"))) {
            linux_dialog_missing(&|name| std::env::var_os(name), &Path::exists)
        } else {
            None
        }
    })
}

/// What a dialog came to, for the app to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A path was chosen: the command to run.
    Chosen(Command),
    Cancelled,
    /// Something the analyst should read in the status line.
    Notice(Status),
}

type Answer = Pin<Box<dyn Future<Output = Option<PathBuf>>>>;

enum Open {
    Native {
        request: Request,
        started: Instant,
        answer: Answer,
    },
    BuiltIn {
        request: Request,
        browser: Box<FileBrowser>,
    },
}

/// The one file dialog of the window, while it is open.
#[derive(Default)]
pub struct FileDialogs {
    open: Option<Open>,
    /// A system dialog answered without showing: the built-in one for the rest of the session.
    native_failed: bool,
    notices: Vec<Status>,
    /// The analyst was told once why the built-in dialog is used.
    told_missing: bool,
}

impl FileDialogs {
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The dialog the next request opens.
    pub fn backend(&self, prefer_builtin: bool) -> Backend {
        let env = std::env::var(ENV_OVERRIDE).ok();
        choose(
            env.as_deref(),
            prefer_builtin,
            self.native_failed,
            native_missing(),
        )
    }

    /// Opens a dialog for `request`, unless one is open already.
    pub fn open(&mut self, request: Request, prefer_builtin: bool) {
        if self.open.is_some() {
            self.notices.push(Status::say("dialog-already-open"));
            return;
        }
        match self.backend(prefer_builtin) {
            Backend::Native => {
                let answer = native_answer(&request);
                self.open_native(request, answer);
            }
            Backend::BuiltIn => {
                if !prefer_builtin
                    && !self.told_missing
                    && let Some(why) = native_missing()
                {
                    self.told_missing = true;
                    self.notices
                        .push(Status::say("dialog-no-system-dialog").with("why", Status::say(why)));
                }
                self.open_built_in(request);
            }
        }
    }

    fn open_native(&mut self, request: Request, answer: Answer) {
        self.open = Some(Open::Native {
            request,
            started: Instant::now(),
            answer,
        });
    }

    fn open_built_in(&mut self, request: Request) {
        let home = std::env::home_dir().unwrap_or_else(|| PathBuf::from("/"));
        let browser = Box::new(FileBrowser::new(&request, home));
        self.open = Some(Open::BuiltIn { request, browser });
    }

    /// Each frame: draws the built-in dialog, collects the system dialog's answer.
    pub fn ui(&mut self, ctx: &egui::Context) -> Vec<Outcome> {
        let mut outcomes: Vec<Outcome> = self.notices.drain(..).map(Outcome::Notice).collect();
        match self.open.take() {
            None => {}
            Some(Open::Native {
                request,
                started,
                mut answer,
            }) => {
                let waker = Waker::from(Arc::new(Repaint(ctx.clone())));
                let mut cx = std::task::Context::from_waker(&waker);
                match answer.as_mut().poll(&mut cx) {
                    Poll::Pending => {
                        self.open = Some(Open::Native {
                            request,
                            started,
                            answer,
                        });
                    }
                    Poll::Ready(Some(path)) => {
                        outcomes.push(Outcome::Chosen(request.command(path)));
                    }
                    Poll::Ready(None) if started.elapsed() < NEVER_SHOWN => {
                        self.native_failed = true;
                        outcomes.push(Outcome::Notice(Status::say("dialog-system-did-not-open")));
                        self.open_built_in(request);
                        ctx.request_repaint();
                    }
                    Poll::Ready(None) => outcomes.push(Outcome::Cancelled),
                }
            }
            Some(Open::BuiltIn {
                request,
                mut browser,
            }) => match browser.ui(ctx) {
                None => self.open = Some(Open::BuiltIn { request, browser }),
                Some(file_browser::Answer::Chosen(path)) => {
                    outcomes.push(Outcome::Chosen(request.command(path)));
                }
                Some(file_browser::Answer::Cancelled) => outcomes.push(Outcome::Cancelled),
            },
        }
        outcomes
    }
}

/// Wakes the window when rfd's thread has an answer.
struct Repaint(egui::Context);

impl Wake for Repaint {
    fn wake(self: Arc<Self>) {
        self.0.request_repaint();
    }
}

/// rfd's dialog for `request`. The async API runs the Linux and Windows dialogs on a thread of
/// rfd's own and keeps macOS's on the main thread, where it must be.
fn native_answer(request: &Request) -> Answer {
    let mut dialog = rfd::AsyncFileDialog::new().set_title(request.title.text());
    if let Some(filter) = &request.filter {
        dialog = dialog.add_filter(&filter.name, &filter.extensions);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    if let Some(folder) = &request.folder {
        dialog = dialog.set_directory(folder);
    }
    match request.pick {
        Pick::Folder => {
            let answer = dialog.pick_folder();
            Box::pin(async move { answer.await.map(|h| h.path().to_path_buf()) })
        }
        Pick::File => {
            let answer = dialog.pick_file();
            Box::pin(async move { answer.await.map(|h| h.path().to_path_buf()) })
        }
        Pick::SaveFile => {
            let answer = dialog.save_file();
            Box::pin(async move { answer.await.map(|h| h.path().to_path_buf()) })
        }
    }
}

impl App {
    /// Asks for a path for `purpose`; the answer arrives later as a command.
    pub(crate) fn ask_for_path(&mut self, purpose: Purpose) {
        let project = self
            .workspace
            .as_ref()
            .map_or_else(|| "export".to_owned(), |w| w.project().name.clone());
        let request = Request::new(purpose, &project, self.dialog_folder());
        self.file_dialogs
            .open(request, self.prefs.builtin_file_dialog);
    }

    /// Where dialogs start: beside the open project (or its corpus folder when never saved),
    /// else beside the last project. Never the sample's folder, which is put back as it was
    /// each time the sample opens: work saved there would be lost.
    fn dialog_folder(&self) -> Option<PathBuf> {
        let own = |p: &&Path| !crate::sample::is_bundled(p, self.data_dir());
        let ws = self.workspace.as_ref();
        let beside_open = match ws.and_then(|w| w.project_path()) {
            Some(project) => Some(project).filter(own).and_then(Path::parent),
            None => ws.and_then(|w| w.corpus_root().parent()),
        };
        beside_open
            .or_else(|| {
                self.prefs
                    .recent_projects
                    .iter()
                    .map(PathBuf::as_path)
                    .find(own)
                    .and_then(Path::parent)
            })
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
    }

    /// The open file dialog, every frame, and what it came to.
    pub(crate) fn file_dialogs_ui(&mut self, ctx: &egui::Context) {
        for outcome in self.file_dialogs.ui(ctx) {
            match outcome {
                Outcome::Chosen(command) => {
                    self.push(command);
                    // Pushed at the end of a frame: without another, it would wait for input.
                    ctx.request_repaint();
                }
                Outcome::Cancelled => {}
                Outcome::Notice(message) => self.status = message,
            }
        }
    }
}

#[cfg(test)]
#[path = "dialogs_tests.rs"]
mod tests;
