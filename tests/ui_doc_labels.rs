//! Document labels in the window, driven through `egui_kittest`: a value set from the keyboard
//! (Ctrl+D, then the value's key) and from its category's menu in the header, and the document list
//! filtered by a label.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::model::CategoryId;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};

fn app_on(folder: std::path::PathBuf, data: std::path::PathBuf) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size([1300.0, 900.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(folder), Prefs::default(), data)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

fn corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("folder");
    std::fs::write(corpus.join("a.txt"), "رأي في الطريق المغلق.\n").expect("write");
    std::fs::write(corpus.join("b.txt"), "أعلنت البلدية موعد الافتتاح.\n").expect("write");
    corpus
}

/// The values of document `i` in `category`.
fn values(harness: &Harness<'_, App>, i: usize, category: &str) -> Vec<String> {
    let project = harness.state().workspace().expect("open").project();
    let doc = &project.documents[i].id;
    project
        .annotations
        .doc_label(doc, &CategoryId(category.into()))
        .map(|l| l.values.iter().map(|v| v.0.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn ctrl_d_then_a_value_key_labels_the_document_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = app_on(corpus(dir.path()), dir.path().join("data"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
    harness.run();
    harness.key_press(egui::Key::O);
    harness.run();
    assert_eq!(values(&harness, 0, "genre"), ["op-ed"]);
    // Without Ctrl+D first, the same key does not label the document.
    harness.key_press(egui::Key::I);
    harness.run();
    assert_eq!(values(&harness, 0, "genre"), ["op-ed"]);
    // A second value of a single-choice category replaces the first; dialects add up.
    for key in [egui::Key::I, egui::Key::M, egui::Key::G] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
        harness.run();
        harness.key_press(key);
        harness.run();
    }
    assert_eq!(values(&harness, 0, "genre"), ["interview"]);
    assert_eq!(values(&harness, 0, "dialect"), ["gulf", "msa"]);
    harness.state_mut().push(Command::Undo);
    harness.run();
    assert_eq!(
        values(&harness, 0, "dialect"),
        ["msa"],
        "one value, one undo step"
    );
}

#[test]
fn a_value_picked_in_the_header_sets_it_and_the_list_filters_by_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = app_on(corpus(dir.path()), dir.path().join("data"));
    // The header shows each category's values in a small menu, "—" while it has none; Genre
    // comes first.
    assert_eq!(harness.get_all_by_label("—").count(), 3, "three categories");
    harness.get_all_by_label("—").next().expect("genre").click();
    harness.run();
    harness.get_by_label("Op-ed").click();
    harness.run();
    assert_eq!(values(&harness, 0, "genre"), ["op-ed"]);
    harness.get_by_label("Op-ed").click();
    harness.run();
    harness.get_by_label("Interview").click();
    harness.run();
    assert_eq!(values(&harness, 0, "genre"), ["interview"], "one genre");
    harness.get_by_label("Interview").click();
    harness.run();
    harness.get_by_label("Op-ed").click();
    harness.run();
    assert_eq!(values(&harness, 0, "genre"), ["op-ed"]);
    assert_eq!(harness.query_all_by_role(Role::ListItem).count(), 2);

    harness.get_by_label("document label shown").click();
    harness.run();
    harness.get_by_label("Genre: Op-ed").click();
    harness.run();
    assert_eq!(
        harness.query_all_by_role(Role::ListItem).count(),
        1,
        "only the op-ed is listed"
    );
    harness.get_by_label("document label shown").click();
    harness.run();
    harness.get_by_label("Genre: Interview").click();
    harness.run();
    assert_eq!(harness.query_all_by_role(Role::ListItem).count(), 0);
}
