//! A machine with no system file dialog at all: no zenity on the `PATH`, no session bus, no
//! desktop portal. Nothing is preferred and nothing overridden; the window must find out by
//! itself, say so, and save through its own dialog. The test runs itself again in a child
//! process with such an environment, since a process reads it once and may not change its own.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable as _, by};
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};

/// Set in the child run of this test, whose environment has no dialog service.
const CHILD: &str = "HASHIYA_TEST_NO_DIALOG_SERVICE";

/// Runs this test again in a child process whose environment holds nothing rfd's Linux
/// backends look for: no zenity on the `PATH`, no session bus, data folders that are empty.
fn run_without_a_dialog_service(test: &str, dir: &std::path::Path) {
    let empty = dir.join("empty");
    std::fs::create_dir(&empty).expect("folder");
    let out = std::process::Command::new(std::env::current_exe().expect("this test binary"))
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env_clear()
        .env(CHILD, dir)
        .env("PATH", &empty)
        .env("HOME", dir)
        .env("XDG_RUNTIME_DIR", &empty)
        .env("XDG_DATA_DIRS", &empty)
        .env("XDG_DATA_HOME", &empty)
        .output()
        .expect("the test binary runs");
    let printed =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{printed}");
    assert!(
        printed.contains("1 passed"),
        "the child ran the test: {printed}"
    );
}

#[test]
fn with_no_dialog_service_ctrl_s_opens_the_built_in_dialog_and_saves() {
    let Some(dir) = std::env::var_os(CHILD).map(std::path::PathBuf::from) else {
        let dir = tempfile::tempdir().expect("temp dir");
        run_without_a_dialog_service(
            "with_no_dialog_service_ctrl_s_opens_the_built_in_dialog_and_saves",
            dir.path(),
        );
        let saved = dir.path().join("الطريق.ron");
        let project = hashiya::store::load_project(&saved).expect("a project file that loads");
        assert_eq!(project.documents.len(), 1);
        return;
    };
    let dir = dir.as_path();

    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    std::fs::write(
        corpus.join("a.txt"),
        "أعلن المجلس المحلي أن الطريق إلى المعبر فتح صباح الاثنين.\n",
    )
    .expect("write");
    let data_dir = dir.join("data");
    let prefs = Prefs::default();
    assert!(
        !prefs.builtin_file_dialog,
        "nothing asks for the built-in dialog"
    );
    let mut harness = Harness::builder()
        .with_size([1024.0, 700.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(corpus), prefs, data_dir)
                .expect("the bundled fonts load")
        });
    harness.run();
    let proposed = {
        let ws = harness.state().workspace().expect("the folder opens");
        assert_eq!(ws.project_path(), None, "never saved");
        format!("{}.ron", ws.project().name)
    };

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label_contains("Save project as");
    let status = harness.state().status();
    assert!(
        status.contains("No system file dialog") && status.contains("zenity"),
        "the analyst is told why: {status}"
    );

    let field = || by().role(Role::TextInput).value(&proposed);
    harness.get(field()).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get(field()).type_text("الطريق");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run_steps(4);

    let saved = dir.join("الطريق.ron");
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().status(), "Saved الطريق.ron");
    let project = hashiya::store::load_project(&saved).expect("a project file that loads");
    assert_eq!(project.documents.len(), 1);
}
