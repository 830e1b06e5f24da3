//! A message that stays on screen follows View ▸ Language: the Problem window's and the label
//! editor's refusal, shown in English, read in Arabic from the next frame on, and in English
//! again after the switch back, driven through `egui_kittest`.

mod common;

use common::gestures::replace_in;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use hashiya::i18n::Language;
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Start};

/// The App in English starting with `start`, the first-run panel already read.
fn app(start: Start) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::English),
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 800.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
        });
    harness.run();
    harness
}

fn switch_to(harness: &mut Harness<'_, App>, language: Language) {
    harness
        .state_mut()
        .push(Command::SetLanguage(LanguageChoice::Chosen(language)));
    harness.run();
}

/// Every text the window shows (its accessible labels), one per line.
fn texts(harness: &Harness<'_, App>) -> String {
    harness
        .root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_problem_window_says_its_problem_again_after_the_switch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("مشروع.ron");
    std::fs::write(&broken, "").expect("write");
    let mut harness = app(Start::Nothing);
    harness.state_mut().push(Command::OpenPath(broken.clone()));
    harness.run();
    let path = broken.display().to_string();
    let english = harness.state().error().expect("the project is not opened");
    assert!(english.starts_with("project file is empty"), "{english}");
    assert!(english.ends_with(&path), "{english}");
    harness.get_by_label("Problem");
    harness.get_by_label_contains("project file is empty");

    // Nothing else happens: the problem already shown reads in Arabic from the next frame on.
    switch_to(&mut harness, Language::Arabic);
    let arabic = harness.state().error().expect("still shown");
    assert!(
        arabic.contains("ملف المشروع") && arabic.contains("فارغ"),
        "{arabic}"
    );
    assert!(arabic.ends_with(&path), "the path last: {arabic}");
    assert!(!arabic.contains("empty"), "{arabic}");
    let shown = texts(&harness);
    assert!(!shown.contains("is empty"), "no English left:\n{shown}");
    let window = harness.get_by_label("مشكلة");
    assert!(
        window
            .query_all(by().label_contains("فارغ"))
            .next()
            .is_some(),
        "the Problem window says it in Arabic:\n{shown}"
    );

    switch_to(&mut harness, Language::English);
    assert_eq!(harness.state().error(), Some(english));
    harness.get_by_label_contains("project file is empty");
}

#[test]
fn the_label_editors_refusal_is_said_again_after_the_switch() {
    let mut harness = app(Start::Path(hashiya::sample::source_dir()));
    harness.state_mut().push(Command::ShowSchemaEditor);
    harness.run();
    replace_in(&mut harness, "key of Organisation", "1");
    harness.get_by_label_contains("the key 1 already belongs to");

    switch_to(&mut harness, Language::Arabic);
    let shown = texts(&harness);
    assert!(
        !shown.contains("already belongs to"),
        "no English left:\n{shown}"
    );
    harness.get_by_label_contains("مستخدم");

    switch_to(&mut harness, Language::English);
    harness.get_by_label_contains("the key 1 already belongs to");
}
