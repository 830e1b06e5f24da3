//! Suggestions on the real App, from the keyboard: step to one, accept it, step to the next,
//! reject it; undo brings the rejected one back, and after saving and reopening it stays away.

mod common;

use common::gestures::char_centre;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::import::ImportOptions;
use hashiya::model::{LabelId, Span, SpanId, Transaction};
use hashiya::suggest::Suggestion;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};
use hashiya::workspace::Workspace;

const VISIT: &str = "زار الوفد مدينة حمص صباحا ثم غادر حمص مساء إلى حمص القديمة.";
const CONVOY: &str = "وصلت قافلة المساعدات إلى حمص أمس.";
const FORM: &str = "حمص";
/// Said with a verb the built-in lexicon lacks.
const POSTED: &str = "وغرد المحافظ أن الطريق إلى المدينة مغلق.";

/// Char offset of the `nth` occurrence of `needle` in `text`.
fn nth_at(text: &str, needle: &str, nth: usize) -> usize {
    let byte = text.match_indices(needle).nth(nth).expect("occurs").0;
    text[..byte].chars().count()
}

/// A saved project of two articles where the first «حمص» of the first is labelled GPE.
fn project(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus");
    std::fs::write(corpus.join("a1.txt"), VISIT).expect("write");
    std::fs::write(corpus.join("a2.txt"), CONVOY).expect("write");
    std::fs::write(corpus.join("a3.txt"), POSTED).expect("write");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let doc = ws.project().documents[0].id.clone();
    let start = nth_at(VISIT, FORM, 0);
    let span = Span::new(
        SpanId::fresh(),
        start,
        start + FORM.chars().count(),
        LabelId("GPE".into()),
        FORM,
    );
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        hashiya::model::Edit::AddSpan { doc, span },
    ))
    .expect("labels");
    let path = dir.join("p.ron");
    ws.save_as(&path).expect("saves");
    path
}

fn open(path: &std::path::Path, data_dir: &std::path::Path) -> Harness<'static, App> {
    let (path, data_dir) = (path.to_path_buf(), data_dir.to_path_buf());
    Harness::builder()
        .with_size([1200.0, 900.0])
        .build_eframe(move |cc| {
            let mut app =
                App::with_prefs(&cc.egui_ctx, Start::Path(path), Prefs::default(), data_dir)
                    .expect("the bundled fonts load");
            app.load_in_background(&cc.egui_ctx);
            app
        })
}

/// Frames until the suggestions of the project as it is now have arrived from the background.
fn wait_for_suggestions(harness: &mut Harness<'_, App>) {
    for _ in 0..500 {
        harness.step();
        let app = harness.state();
        if app
            .workspace()
            .is_some_and(|ws| app.suggestions().is_current(ws))
        {
            harness.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("no suggestions arrived");
}

fn open_in_first(harness: &Harness<'_, App>) -> Vec<Suggestion> {
    let app = harness.state();
    let ws = app.workspace().expect("workspace");
    let doc = &ws.project().documents[0].id;
    app.suggestions()
        .open_in(ws.project(), doc)
        .into_iter()
        .cloned()
        .collect()
}

fn press(harness: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    // A fixed number of frames: suggestions made in the background keep asking for repaints.
    harness.run_steps(4);
}

#[test]
fn suggestions_are_accepted_and_rejected_from_the_keyboard_and_a_rejection_survives_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = project(dir.path());
    let data_dir = dir.path().join("data");
    let mut harness = open(&path, &data_dir);
    wait_for_suggestions(&mut harness);
    let starts = |h: &Harness<'_, App>| -> Vec<usize> {
        open_in_first(h).iter().map(Suggestion::start).collect()
    };
    let second = nth_at(VISIT, FORM, 1);
    let third = nth_at(VISIT, FORM, 2);
    assert_eq!(starts(&harness), [second, third]);

    // F7 shows the first suggestion of the article, Ctrl+Enter accepts it: a GPE span.
    press(&mut harness, egui::Modifiers::NONE, egui::Key::F7);
    assert_eq!(
        harness.state().suggestions().focus().map(Suggestion::start),
        Some(second)
    );
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Enter);
    let spans = |h: &Harness<'_, App>| -> Vec<(usize, String)> {
        let ws = h.state().workspace().expect("workspace");
        let doc = &ws.project().documents[0].id;
        ws.project()
            .annotations
            .spans(doc)
            .iter()
            .map(|s| (s.start, s.label.0.clone()))
            .collect()
    };
    assert_eq!(
        spans(&harness),
        [
            (nth_at(VISIT, FORM, 0), "GPE".into()),
            (second, "GPE".into())
        ]
    );
    assert_eq!(
        starts(&harness),
        [third],
        "the accepted one is gone at once"
    );

    // F7 again, Ctrl+Backspace rejects: remembered in the project, no span made.
    press(&mut harness, egui::Modifiers::NONE, egui::Key::F7);
    let rejected = harness
        .state()
        .suggestions()
        .focus()
        .cloned()
        .expect("a suggestion in focus");
    assert_eq!(rejected.start(), third);
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Backspace);
    let rejections = |h: &Harness<'_, App>| {
        h.state()
            .workspace()
            .expect("workspace")
            .project()
            .suggestions
            .rejected
            .clone()
    };
    assert_eq!(rejections(&harness), [rejected.rejection()].into());
    assert_eq!(spans(&harness).len(), 2);
    assert!(starts(&harness).is_empty());

    // Undo brings the rejected suggestion back; redo rejects it again.
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert!(rejections(&harness).is_empty());
    assert_eq!(starts(&harness), [third]);
    press(
        &mut harness,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    assert_eq!(rejections(&harness), [rejected.rejection()].into());

    // Suggestions made again after the edits still leave the rejected one out.
    wait_for_suggestions(&mut harness);
    assert!(starts(&harness).is_empty());
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(
        !harness
            .state()
            .workspace()
            .expect("workspace")
            .has_unsaved_work()
    );
    drop(harness);

    let mut reopened = open(&path, &data_dir);
    wait_for_suggestions(&mut reopened);
    assert_eq!(rejections(&reopened), [rejected.rejection()].into());
    assert!(starts(&reopened).is_empty(), "rejected never returns");
    assert_eq!(spans(&reopened).len(), 2);
    let app = reopened.state();
    let ws = app.workspace().expect("workspace");
    let convoy = app
        .suggestions()
        .open_in(ws.project(), &ws.project().documents[1].id)
        .iter()
        .map(|s| s.text().to_owned())
        .collect::<Vec<_>>();
    assert_eq!(convoy, [FORM], "the other article's suggestion stays");
}

/// Clicks char `at` of the article shown, where the view painted it.
fn click_char(harness: &mut Harness<'_, App>, at: usize) {
    let pos = char_centre(harness, at);
    harness.hover_at(pos);
    harness.drag_at(pos);
    harness.run_steps(2);
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_steps(4);
}

#[test]
fn clicking_a_dashed_outline_focuses_its_suggestion_and_shows_it_in_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = project(dir.path());
    let mut harness = open(&path, &dir.path().join("data"));
    wait_for_suggestions(&mut harness);
    assert!(!harness.state().suggestions().open);
    let third = nth_at(VISIT, FORM, 2);

    // Inside the third «حمص», outlined as a suggestion.
    click_char(&mut harness, third + 1);
    let suggestions = harness.state().suggestions();
    assert_eq!(
        suggestions.focus().map(|s| (s.start(), s.text())),
        Some((third, FORM))
    );
    assert!(suggestions.open, "the Suggestions window opens on it");
    let line = {
        let app = harness.state();
        let ws = app.workspace().expect("workspace");
        let focus = app.suggestions().focus().expect("focus");
        hashiya::ui::suggestions::describe(ws.project(), focus)
    };
    // The window lists both suggestions of the article (the same words, so the same line).
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Button, &line)
            .count(),
        2
    );

    // Ctrl+Enter now accepts the one clicked, not the first of the article.
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Enter);
    let starts: Vec<usize> = open_in_first(&harness)
        .iter()
        .map(Suggestion::start)
        .collect();
    assert_eq!(starts, [nth_at(VISIT, FORM, 1)]);

    // A click on a labelled span selects the span, not a suggestion.
    click_char(&mut harness, nth_at(VISIT, FORM, 0) + 1);
    assert!(harness.state().selected_span().is_some());
    assert!(harness.state().suggestions().focus().is_none());
    // And a click on the last outline focuses it again.
    click_char(&mut harness, nth_at(VISIT, FORM, 1));
    assert_eq!(
        harness.state().suggestions().focus().map(Suggestion::start),
        Some(nth_at(VISIT, FORM, 1))
    );
    assert!(harness.state().selected_span().is_none());
}

#[test]
fn a_reporting_verb_added_in_the_label_editor_proposes_claim_frames_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = project(dir.path());
    let mut harness = open(&path, &dir.path().join("data"));
    wait_for_suggestions(&mut harness);
    assert!(claim_cues(&harness).is_empty(), "not a built-in verb");
    let cues = |h: &Harness<'_, App>| {
        h.state()
            .workspace()
            .expect("workspace")
            .project()
            .suggestions
            .cues
            .iter()
            .map(|c| (c.form.clone(), c.continues))
            .collect::<Vec<_>>()
    };
    harness
        .state_mut()
        .push(hashiya::ui::Command::ShowSchemaEditor);
    harness.run_steps(2);
    harness
        .get_by_label("Reporting verbs and expressions")
        .click();
    harness.run_steps(2);
    harness.get_by_label("new reporting verb").click();
    harness.run_steps(2);
    harness.get_by_label("new reporting verb").type_text("غرد");
    harness.get_by_label("carries on").click();
    harness.run_steps(2);
    harness.get_by_label("Add reporting verb").click();
    harness.run_steps(4);
    assert_eq!(cues(&harness), [("غرد".to_owned(), true)]);
    harness.get_by_label("Remove «غرد»");

    wait_for_suggestions(&mut harness);
    assert_eq!(claim_cues(&harness), ["وغرد"]);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(4);
    assert!(cues(&harness).is_empty());
    wait_for_suggestions(&mut harness);
    assert!(claim_cues(&harness).is_empty());
}

/// The cues of the claim frames suggested in the third article.
fn claim_cues(harness: &Harness<'_, App>) -> Vec<String> {
    let app = harness.state();
    let ws = app.workspace().expect("workspace");
    app.suggestions()
        .open_in(ws.project(), &ws.project().documents[2].id)
        .into_iter()
        .filter_map(|s| match &s.kind {
            hashiya::suggest::Kind::Claim { cue, .. } => Some(s.text_of(cue).to_owned()),
            _ => None,
        })
        .collect()
}
