//! What Undo and Redo name follows the interface's language: an edit made in English is named
//! in Arabic in the Edit menu once View ▸ Language switches, driven through `egui_kittest`.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::i18n::{Language, tr, tr_args};
use hashiya::model::{Description, Message};
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

#[test]
fn undo_names_an_english_edit_in_arabic_after_the_switch() {
    let mut harness = app();
    // A span that is a claim's content, deleted with its claim: the window's own description.
    let (doc, span, quote) = {
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
    };
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
