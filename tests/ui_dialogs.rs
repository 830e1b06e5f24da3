//! File dialogs without a system dialog service: the real App, driven through `egui_kittest`,
//! with the built-in dialog (the preference a machine without a desktop portal or zenity needs).

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable as _, by};
use hashiya::ui::prefs::Prefs;
use hashiya::ui::widgets::bidi::shown;
use hashiya::ui::widgets::text_field::focused_field;
use hashiya::ui::{App, Start};
use hashiya::workspace::Workspace;

fn app_with_built_in_dialog(start: Start, prefs: Prefs) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        builtin_file_dialog: true,
        ..prefs
    };
    Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
        })
}

/// A folder `corpus` in `dir` with one short article.
fn corpus_in(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    std::fs::write(
        corpus.join("a.txt"),
        "قالت البلدية إن المياه عادت إلى الحي الشرقي مساء الأحد.\n",
    )
    .expect("write");
    corpus
}

/// A never-saved project on a new corpus folder, open in the app, and the folder it is in.
fn app_on_new_corpus() -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = corpus_in(dir.path());
    let mut harness = app_with_built_in_dialog(Start::Path(corpus), Prefs::default());
    harness.run();
    (dir, harness)
}

/// The file name a save dialog proposes for the open project.
fn proposed(harness: &Harness<'_, App>, extension: &str) -> String {
    let ws = harness.state().workspace().expect("open");
    format!("{}.{extension}", ws.project().name)
}

/// Replaces the text of the focused-on-click field whose text is `current` with `text`, then
/// presses Enter. A fixed number of frames after Enter, not `run`: an export it starts wakes the
/// window until it ends, so waiting for the window to settle would depend on its speed.
fn retype(harness: &mut Harness<'_, App>, current: &str, text: &str) {
    let field = || by().role(Role::TextInput).value(current);
    harness.get(field()).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get(field()).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run_steps(4);
}

#[test]
fn ctrl_s_on_a_new_project_asks_in_the_window_and_saves() {
    let (dir, mut harness) = app_on_new_corpus();
    let ws = harness.state().workspace().expect("the folder opens");
    assert_eq!(ws.project_path(), None, "never saved");
    let proposed = proposed(&harness, "ron");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label_contains("Save project as");
    // Saved without an extension, the project still gets its own.
    retype(&mut harness, &proposed, "تقرير");

    let saved = dir.path().join("تقرير.ron");
    assert_eq!(harness.state().error(), None);
    assert!(
        saved.is_file(),
        "the project is written beside its corpus folder"
    );
    assert_eq!(harness.state().status(), "Saved تقرير.ron");
    assert_eq!(
        harness
            .state()
            .workspace()
            .and_then(|w| w.project_path().map(std::path::Path::to_path_buf)),
        Some(saved.clone())
    );
    assert!(
        harness.query_by_label_contains("Save project as").is_none(),
        "the dialog closed"
    );
    hashiya::store::load_project(&saved).expect("a project file that loads");
}

#[test]
fn a_save_that_fails_is_shown() {
    let (dir, mut harness) = app_on_new_corpus();
    let not_a_folder = dir.path().join("notes.txt");
    std::fs::write(&not_a_folder, "ملاحظات").expect("write");
    harness
        .state_mut()
        .push(hashiya::ui::Command::SaveProjectAsDialog);
    harness.run();
    let proposed = proposed(&harness, "ron");
    let target = not_a_folder.join("p.ron");
    retype(&mut harness, &proposed, &target.display().to_string());

    assert!(!target.exists());
    let error = harness.state().error().expect("the failure is reported");
    assert!(error.contains("p.ron"), "{error}");
    harness.get_by_label("Problem");
    assert_eq!(
        harness
            .state()
            .workspace()
            .and_then(|w| w.project_path().map(std::path::Path::to_path_buf)),
        None,
        "still unsaved"
    );
}

/// A project saved as `name` (in a folder `folder` of `dir` when given), and the app with
/// nothing open showing the Open project dialog, which starts in `dir`, where the last project
/// was.
fn open_dialog_beside_project(
    dir: &std::path::Path,
    folder: Option<&str>,
    name: &str,
) -> (std::path::PathBuf, Harness<'static, App>) {
    let corpus = corpus_in(dir);
    let mut ws = Workspace::import_folder(&corpus, &hashiya::import::ImportOptions::default())
        .expect("import");
    let folder = folder.map_or_else(|| dir.to_path_buf(), |f| dir.join(f));
    std::fs::create_dir_all(&folder).expect("folder");
    let project = folder.join(name);
    ws.save_as(&project).expect("save");
    let prefs = Prefs {
        recent_projects: vec![dir.join("older.ron")],
        ..Prefs::default()
    };
    let mut harness = app_with_built_in_dialog(Start::Nothing, prefs);
    harness.run();
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::O,
    );
    harness.run();
    harness.get_by_label_contains("Open a project");
    (project, harness)
}

#[test]
fn a_project_is_opened_from_the_list_of_the_built_in_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, mut harness) = open_dialog_beside_project(dir.path(), None, "p.ron");
    assert!(
        harness.query_by_label_contains("a.txt").is_none(),
        "only project files and folders are listed"
    );
    harness.get_by_label("🗀 corpus");
    harness.get_by_label("🗋 p.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    harness.run();

    assert_eq!(harness.state().error(), None);
    let ws = harness.state().workspace().expect("the project opens");
    assert_eq!(ws.project_path(), Some(project.as_path()));
    assert_eq!(ws.project().documents.len(), 1);
}

#[test]
fn a_cancelled_dialog_changes_nothing_and_the_next_one_opens() {
    let (_dir, mut harness) = app_on_new_corpus();
    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenFolderDialog);
    harness.run();
    harness.get_by_label_contains("Open a folder of articles");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Open a folder of articles")
            .is_none()
    );
    assert_eq!(harness.state().error(), None);

    harness
        .state_mut()
        .push(hashiya::ui::Command::SaveProjectAsDialog);
    harness.run();
    harness.get_by_label_contains("Save project as");
}

#[test]
fn ctrl_shift_s_asks_for_a_new_name_even_when_the_project_has_one() {
    let (dir, mut harness) = app_on_new_corpus();
    let first = dir.path().join("first.ron");
    harness
        .state_mut()
        .push(hashiya::ui::Command::SaveProjectAs(first.clone()));
    harness.run();
    assert!(first.is_file());

    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.run();
    harness.get_by_label_contains("Save project as");
    let proposed = proposed(&harness, "ron");
    retype(&mut harness, &proposed, "second.ron");
    assert!(dir.path().join("second.ron").is_file());
    assert_eq!(harness.state().status(), "Saved second.ron");
}

#[test]
fn an_export_asks_for_its_file_in_the_window_and_runs() {
    let (dir, mut harness) = app_on_new_corpus();
    harness.state_mut().push(hashiya::ui::Command::ShowExport);
    harness.run();
    harness.get_by_label("doccano JSONL…").click();
    harness.run();
    harness.get_by_label_contains("Export as doccano JSONL");
    let proposed = proposed(&harness, "jsonl");
    retype(&mut harness, &proposed, "مقالات");
    let out = dir.path().join("مقالات.jsonl");
    // The export wakes the window as it goes: single frames, not `run`, which waits for the
    // window to settle.
    for _ in 0..200 {
        harness.step();
        if harness.state().status().starts_with("Exported") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().status(), "Exported as doccano JSONL");
    let written = std::fs::read_to_string(&out).expect("the export is written");
    assert_eq!(written.lines().count(), 1, "one line per document");
}

#[test]
fn the_sample_is_saved_elsewhere_than_its_own_folder() {
    let mut harness = app_with_built_in_dialog(Start::SampleCorpus, Prefs::default());
    harness.run();
    let sample = harness
        .state()
        .workspace()
        .and_then(|w| w.project_path().map(std::path::Path::to_path_buf))
        .expect("the sample opens as a project");
    harness
        .state_mut()
        .push(hashiya::ui::Command::SaveProjectAsDialog);
    harness.run();
    harness.get_by_label_contains("Save project as");
    let folder_field = |folder: &std::path::Path| {
        let folder = folder.display().to_string();
        harness
            .query(by().role(Role::TextInput).value(&folder))
            .is_some()
    };
    let sample_folder = sample.parent().expect("a folder");
    assert!(
        !folder_field(sample_folder),
        "the sample's folder is put back on each open"
    );
    let home = std::env::home_dir().expect("a home folder");
    assert!(folder_field(&home), "the dialog starts at home");
}

#[test]
fn ctrl_s_on_the_sample_asks_where_to_save_a_copy() {
    let mut harness = app_with_built_in_dialog(Start::SampleCorpus, Prefs::default());
    harness.run();
    let sample = harness
        .state()
        .workspace()
        .and_then(|w| w.project_path().map(std::path::Path::to_path_buf))
        .expect("the sample opens as a project");
    let before = std::fs::read(&sample).expect("the sample project is readable");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label_contains("Save project as");
    assert!(
        harness.state().status().contains("sample stays"),
        "{}",
        harness.state().status()
    );
    assert_eq!(
        std::fs::read(&sample).ok(),
        Some(before),
        "the sample's own file is left alone"
    );
}

#[test]
fn arabic_folder_and_file_names_show_in_reading_order_and_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, mut harness) =
        open_dialog_beside_project(dir.path(), Some("تقارير الرقة"), "مشروع القافلة.ron");

    // egui shapes each word alone and places them left to right: a row given the name as it
    // is stored would show «الرقة تقارير». Each name is reordered on its own, so the icons
    // stay in one column at the left.
    let row = format!("🗀 {}", shown("تقارير الرقة"));
    assert_ne!(row, "🗀 تقارير الرقة");
    assert!(harness.query_by_label("🗀 تقارير الرقة").is_none());
    let at = harness.get_by_label(&row).rect().center();
    harness.hover_at(at);
    harness.run();
    // Both clicks in one frame: queued one by one, within egui's double-click delay.
    for pressed in [true, false, true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    let folder_text = project.parent().expect("its folder").display().to_string();
    harness.get(by().role(Role::TextInput).value(&folder_text));

    harness
        .get_by_label(&format!("🗋 {}", shown("مشروع القافلة.ron")))
        .click();
    harness.run();
    let name = by().role(Role::TextInput).value("مشروع القافلة.ron");
    harness.get(name).click();
    harness.run();
    let (typed, _, _) = focused_field(&harness.ctx).expect("the name is in hashiya's own field");
    assert_eq!(typed, "مشروع القافلة.ron");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();

    assert_eq!(harness.state().error(), None);
    let ws = harness.state().workspace().expect("the project opens");
    assert_eq!(ws.project_path(), Some(project.as_path()));
}
