//! One writer at a time, seen from the window: a project another process holds opens read-only
//! with the holder named and is not saved over; a project the window holds refuses a command
//! line that would change it, until the window lets go.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::import::ImportOptions;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};
use hashiya::workspace::Workspace;

const CHILD_ENV: &str = "HASHIYA_UI_LOCK_CHILD";
const ARTICLE: &str = "نقلت وكالة محلية عن شهود قولهم إن السوق أعيد فتحه صباح اليوم.\n";

fn app_on(path: PathBuf, data_dir: PathBuf) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1100.0, 800.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(path), Prefs::default(), data_dir)
                .expect("the bundled fonts load")
        })
}

/// A saved project of one article under `dir`; its project file.
fn saved_project(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    std::fs::write(corpus.join("a.txt"), ARTICLE).expect("write");
    let path = dir.join("p.ron");
    Workspace::import_folder(&corpus, &ImportOptions::default())
        .expect("import")
        .save_as(&path)
        .expect("save");
    path
}

/// Child mode: holds the lock of the project named in the environment until its input ends.
#[test]
fn lock_holder_child() {
    let Ok(project) = std::env::var(CHILD_ENV) else {
        return;
    };
    let _lock = hashiya::store::ProjectLock::acquire(Path::new(&project)).expect("lock");
    println!("lock-taken");
    std::io::stdout().flush().expect("flush");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

/// Another process holding the lock of `project`, until it is dropped.
struct Holder(Child);

impl Holder {
    fn start(project: &Path) -> Self {
        let mut child = Process::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "lock_holder_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, project)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // Its test harness reports on a pipe closed by then; that says nothing of the lock.
            .stderr(Stdio::null())
            .spawn()
            .expect("child");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        assert!(
            lines.any(|l| l.is_ok_and(|l| l.trim_end().ends_with("lock-taken"))),
            "the child took no lock"
        );
        Self(child)
    }

    fn release(mut self) {
        drop(self.0.stdin.take());
        self.0.wait().expect("child ends");
    }
}

#[test]
fn a_project_held_elsewhere_opens_read_only_and_names_the_holder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = saved_project(dir.path());
    let holder = Holder::start(&project);
    let before = std::fs::read(&project).expect("read");

    let mut harness = app_on(project.clone(), dir.path().join("data"));
    harness.run();
    let ws = harness.state().workspace().expect("opened");
    let busy = ws.read_only().expect("opened read-only");
    let pid = holder.0.id();
    assert_eq!(busy.holder.as_ref().map(|h| h.pid), Some(pid));
    let error = harness.state().error().expect("said");
    assert!(error.contains("read-only"), "{error}");
    assert!(error.contains(&format!("process {pid}")), "{error}");

    harness.state_mut().push(Command::SaveProject);
    harness.run();
    let error = harness.state().error().expect("save refused");
    assert!(error.contains(&format!("process {pid}")), "{error}");
    assert_eq!(
        std::fs::read(&project).expect("read"),
        before,
        "not saved over"
    );

    // Once the holder has gone, the window may save, and from then on holds the lock.
    holder.release();
    harness.state_mut().push(Command::SaveProject);
    harness.run();
    let ws = harness.state().workspace().expect("open");
    assert!(ws.read_only().is_none(), "{:?}", harness.state().error());
    assert!(ws.lock().is_some());
}

#[test]
fn a_window_and_a_command_line_on_one_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = saved_project(dir.path());
    let word = "شهود";
    let start = ARTICLE[..ARTICLE.find(word).expect("word")].chars().count();
    let source = dir.path().join("a.jsonl");
    let line = serde_json::json!({
        "text": ARTICLE,
        "label": [[start, start + word.chars().count(), "PER"]],
    });
    std::fs::write(&source, format!("{line}\n")).expect("write");
    let import = || {
        Process::new(env!("CARGO_BIN_EXE_hashiya"))
            .args(["import", "--format", "jsonl"])
            .arg(&source)
            .arg(&project)
            .env("HASHIYA_LOCK_WAIT", "0.3")
            .output()
            .expect("runs")
    };

    let mut harness = app_on(project.clone(), dir.path().join("data"));
    harness.run();
    assert!(
        harness
            .state()
            .workspace()
            .and_then(Workspace::lock)
            .is_some(),
        "the window holds the lock"
    );
    let before = std::fs::read(&project).expect("read");
    let out = import();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "the command changed an open project");
    assert!(
        said.contains(&format!("process {}", std::process::id())),
        "the window is named: {said}"
    );
    assert_eq!(std::fs::read(&project).expect("read"), before);

    // The window saves as usual, and when it closes the command goes through.
    harness.state_mut().push(Command::SaveProject);
    harness.run();
    assert_eq!(harness.state().error(), None);
    drop(harness);
    let out = import();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ws = Workspace::open_project(&project).expect("opens");
    assert_eq!(ws.project().annotations.len(), 1);
}

#[test]
fn the_window_says_a_damaged_interrupted_save_was_undone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved_project(dir.path());
    // A save stopped past its commit point whose project file never reached the disk whole.
    let save = "00000000000000aa";
    std::fs::write(dir.path().join(format!(".p.ron.pending-{save}")), "(").expect("write");
    let check = "(size: 40, sha256: \"00\")";
    std::fs::write(
        dir.path().join("p.ron.commit"),
        format!(
            "(version: 2, save: \"{save}\", annotations: [], removed: [], project: Some({check}))"
        ),
    )
    .expect("record");
    let mut harness = app_on(path, dir.path().join("data"));
    harness.run();
    harness.get_by_label("When the project was opened");
    assert!(
        harness
            .query_by_label_contains("could not be finished")
            .is_some(),
        "the window does not say the save was undone"
    );
}

#[test]
fn save_as_over_another_project_asks_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved_project(dir.path());
    let other = dir.path().join("other.ron");
    let mut ws = Workspace::open_project(&path).expect("opens");
    ws.save_as(&other).expect("save");
    drop(ws);
    // The other project differs from the open one, so replacing it shows.
    let old = std::fs::read_to_string(&other).expect("read").replacen(
        "name: \"corpus\"",
        "name: \"قديم\"",
        1,
    );
    assert!(old.contains("قديم"), "{old}");
    std::fs::write(&other, &old).expect("write");

    let mut harness = app_on(path, dir.path().join("data"));
    harness.run();
    harness
        .state_mut()
        .push(Command::SaveProjectAs(other.clone()));
    harness.run();
    harness.get_by_label("Replace a project?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Replace a project?").is_none());
    assert_eq!(std::fs::read_to_string(&other).expect("read"), old);

    harness
        .state_mut()
        .push(Command::SaveProjectAs(other.clone()));
    harness.run();
    harness.get_by_label("Replace it, keeping a backup").click();
    harness.run();
    assert_eq!(harness.state().error(), None);
    let now = std::fs::read_to_string(&other).expect("read");
    assert!(!now.contains("قديم"), "the project was not replaced");
    let backups: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p != &other
                && p.extension().is_some_and(|e| e == "ron")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("other"))
        })
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(std::fs::read_to_string(&backups[0]).expect("read"), old);
    assert!(
        harness.state().status().contains("kept as"),
        "{}",
        harness.state().status()
    );
}
