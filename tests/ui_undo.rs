//! What Undo and Redo name follows the interface's language: an edit made in English is named
//! in Arabic in the Edit menu once View ▸ Language switches, and the status bar's message
//! already shown reads in Arabic from the next frame, driven through `egui_kittest`. So do the
//! other messages that stay on screen: the Problem window's and the label editor's refusal.

mod common;

use common::gestures::replace_in;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use hashiya::i18n::{Language, tr, tr_args};
use hashiya::model::{Description, DocId, Message, SpanId};
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::widgets::bidi::shown;
use hashiya::ui::{App, Start};

/// The App on the sample in English, the first-run panel already read.
fn app() -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::English),
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::SampleCorpus, prefs, data_dir)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

/// The Edit menu's entry for `what` (`menu-undo-what` or `menu-redo-what`) of `description`,
/// as the menu shows it in the language in use.
fn entry(what: &str, description: &Description) -> String {
    shown(&tr_args(what, &[("what", description.text().into())]))
}

/// Opens the Edit menu, reads whether it holds an entry named `label` (its shortcut after it),
/// and closes it.
fn edit_menu_has(harness: &mut Harness<'_, App>, label: &str) -> bool {
    let menu = shown(&tr("menu-edit"));
    harness.get_by_role_and_label(Role::Button, &menu).click();
    harness.run();
    let found = harness.query_all_by_role(Role::Button).any(|b| {
        b.accesskit_node().label().is_some_and(|l| {
            l.strip_prefix(label)
                .is_some_and(|rest| rest.starts_with(' '))
        })
    });
    harness.get_by_role_and_label(Role::Button, &menu).click();
    harness.run();
    found
}

/// A span of the sample that is one claim's content, with its document and quote: deleted,
/// it goes with its claim, named by the window's own description.
fn claim_content(harness: &Harness<'_, App>) -> (DocId, SpanId, String) {
    let ws = harness.state().workspace().expect("the sample");
    let (doc, claim) = ws
        .project()
        .annotations
        .all_claims()
        .find(|(doc, c)| {
            ws.project()
                .annotations
                .claims(doc)
                .iter()
                .filter(|other| other.content == c.content)
                .count()
                == 1
        })
        .expect("a claim of the sample");
    let quote = ws
        .project()
        .annotations
        .get(doc, &claim.content)
        .expect("its content")
        .quote
        .clone();
    (doc.clone(), claim.content.clone(), quote)
}

#[test]
fn undo_names_an_english_edit_in_arabic_after_the_switch() {
    let mut harness = app();
    let (doc, span, quote) = claim_content(&harness);
    harness
        .state_mut()
        .push(Command::JumpToSpan(doc, span.clone()));
    harness.run();
    harness.state_mut().push(Command::DeleteSpan);
    harness.run();
    let description = harness
        .state()
        .workspace()
        .expect("open")
        .history()
        .undo_description()
        .cloned()
        .expect("the deletion can be undone");
    assert_eq!(description.message(), Message::REMOVE_SPAN);
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        plain(description.text()),
        format!("Remove «{quote}» and its claim")
    );
    let english = entry("menu-undo-what", &description);
    assert!(edit_menu_has(&mut harness, &english), "{english}");

    harness
        .state_mut()
        .push(Command::SetLanguage(LanguageChoice::Chosen(
            Language::Arabic,
        )));
    harness.run();
    assert_eq!(hashiya::i18n::language(), Language::Arabic);
    assert_eq!(
        plain(description.text()),
        format!("حذف «{quote}» مع ادعائه")
    );
    let arabic = entry("menu-undo-what", &description);
    assert!(
        !edit_menu_has(&mut harness, &english),
        "no English left: {english}"
    );
    assert!(edit_menu_has(&mut harness, &arabic), "{arabic}");

    // Undone in Arabic: Redo names it the same way, and the status bar says so in Arabic.
    harness.state_mut().push(Command::Undo);
    harness.run();
    assert!(
        harness
            .state()
            .workspace()
            .expect("open")
            .project()
            .annotations
            .find(&span)
            .is_some(),
        "the span is back"
    );
    let redo = entry("menu-redo-what", &description);
    assert!(edit_menu_has(&mut harness, &redo), "{redo}");
    assert_eq!(
        harness.state().status(),
        format!("تُراجع عن: حذف «{quote}» مع ادعائه")
    );
}

/// The status bar's text, as screen readers read it.
fn status_bar(harness: &Harness<'_, App>) -> String {
    harness
        .get_by_role(Role::Status)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

#[test]
fn the_status_bar_says_its_message_again_after_the_switch() {
    let mut harness = app();
    let (doc, span, quote) = claim_content(&harness);
    harness.state_mut().push(Command::JumpToSpan(doc, span));
    harness.run();
    harness.state_mut().push(Command::DeleteSpan);
    harness.run();
    harness.state_mut().push(Command::Undo);
    harness.run();
    let english = format!("Undone: Remove «{quote}» and its claim");
    assert_eq!(status_bar(&harness), english);

    // Nothing else happens: the message already shown reads in Arabic from the next frame on.
    harness
        .state_mut()
        .push(Command::SetLanguage(LanguageChoice::Chosen(
            Language::Arabic,
        )));
    harness.run();
    let arabic = format!("تُراجع عن: حذف «{quote}» مع ادعائه");
    assert_eq!(status_bar(&harness), arabic);
    assert_eq!(harness.state().status(), arabic);
    assert!(
        harness.query_all_by_role(Role::Status).all(|n| n
            .accesskit_node()
            .label()
            .is_none_or(|l| !l.contains("Undone"))),
        "no English left in the status bar"
    );

    // And back: the same message in English again.
    harness
        .state_mut()
        .push(Command::SetLanguage(LanguageChoice::Chosen(
            Language::English,
        )));
    harness.run();
    assert_eq!(status_bar(&harness), english);
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
    let mut harness = app();
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
    let shown = texts(&harness);
    assert!(!shown.contains("is empty"), "no English left:\n{shown}");
    assert!(
        harness
            .get_by_label(&tr("dialog-problem"))
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
    let mut harness = app();
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
