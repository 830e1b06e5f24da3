//! Comparing with a colleague's project and adjudicating, driven through the real App.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::model::{DocId, Edit, LabelId, Span, SpanId, Transaction};
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};
use hashiya::workspace::Workspace;

const DOC: &str = "nahar-0001.txt";
const RELABELLED: &str = "2b8e5d1f04a7c963";
const ONLY_MINE: &str = "7b3f0c9e5a1d8264";

/// My copy of the fixture project, and theirs: one span labelled otherwise, one they lack, one
/// only they have.
fn two_copies(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let fixture = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/annotated-v2.ron");
    let mine = dir.join("mine.ron");
    let theirs = dir.join("theirs.ron");
    let mut ws = Workspace::open_project(&fixture).expect("fixture opens");
    ws.save_as(&mine).expect("mine saves");
    let doc = DocId(DOC.into());
    let get = |ws: &Workspace, id: &str| {
        ws.project()
            .annotations
            .get(&doc, &SpanId(id.into()))
            .expect("fixture span")
            .clone()
    };
    let before = get(&ws, RELABELLED);
    let mut after = before.clone();
    after.label = LabelId("ORG".into());
    let text = ws.articles()[ws.project().document_index(&doc).expect("doc")]
        .text()
        .expect("text")
        .to_owned();
    let word = "فجر الثلاثاء";
    let start = text[..text.find(word).expect("word")].chars().count();
    let added = Span::new(
        SpanId("0000000000000abc".into()),
        start,
        start + word.chars().count(),
        LabelId("PER".into()),
        word,
    );
    ws.apply(Transaction {
        description: hashiya::model::Message::CLAIM_EDIT_CLAIMANT.into(),
        edits: vec![
            Edit::ReplaceSpan {
                doc: doc.clone(),
                before,
                after,
            },
            Edit::RemoveSpan {
                doc: doc.clone(),
                span: get(&ws, ONLY_MINE),
            },
            Edit::AddSpan {
                doc: doc.clone(),
                span: added,
            },
        ],
    })
    .expect("their edits apply");
    ws.save_as(&theirs).expect("theirs saves");
    (mine, theirs)
}

/// The app on my copy of the project (its corpus, outside the temporary folder, confirmed as
/// the analyst would), keeping its own files under `dir`.
fn app_on(dir: &std::path::Path, mine: std::path::PathBuf) -> Harness<'static, App> {
    let data = dir.join("data");
    let mut harness = Harness::builder()
        .with_size([1300.0, 860.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Nothing, Prefs::default(), data)
                .expect("fonts load")
        });
    harness.state_mut().push(Command::OpenTrusting(mine));
    harness.run();
    assert!(harness.state().workspace().is_some());
    harness
}

fn label_of(harness: &Harness<'_, App>, id: &str) -> Option<String> {
    harness
        .state()
        .workspace()?
        .project()
        .annotations
        .get(&DocId(DOC.into()), &SpanId(id.into()))
        .map(|s| s.label.0.clone())
}

#[test]
fn disagreements_are_accepted_rejected_by_keys_and_undone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, theirs) = two_copies(dir.path());
    let mut harness = app_on(dir.path(), mine);
    harness.state_mut().push(Command::Compare(theirs));
    harness.run();
    assert_eq!(harness.state().error(), None);
    harness.get_by_label_contains("Compare with theirs.ron");
    harness.get_by_label_contains("1 same span, other label");
    harness.get_by_label_contains("1 only mine");
    harness.get_by_label_contains("1 only theirs");
    let current = |h: &Harness<'_, App>| {
        h.state()
            .adjudication()
            .and_then(|a| a.current.clone())
            .map(|(_, m, t)| (m.map(|s| s.0), t.map(|s| s.0)))
    };
    // The first disagreement in reading order is the relabelled span: accept theirs.
    assert_eq!(
        current(&harness),
        Some((Some(RELABELLED.into()), Some(RELABELLED.into())))
    );
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::A);
    harness.run();
    assert_eq!(label_of(&harness, RELABELLED).as_deref(), Some("ORG"));
    // Next: their date, which I reject (keep mine: no span).
    assert_eq!(
        current(&harness),
        Some((None, Some("0000000000000abc".into())))
    );
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::R);
    harness.run();
    assert_eq!(label_of(&harness, "0000000000000abc"), None);
    // Last: my span they do not have; accepting their view removes it.
    assert_eq!(current(&harness), Some((Some(ONLY_MINE.into()), None)));
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::A);
    harness.run();
    assert_eq!(label_of(&harness, ONLY_MINE), None);
    harness.get_by_label("No disagreements left.");

    // The agreement table now reads the curated project against theirs.
    harness.state_mut().push(Command::ShowAgreement);
    harness.run();
    harness.get_by_label("Agreement");
    assert!(
        harness
            .query_by_role_and_label(Role::Label, "overall")
            .is_some()
    );

    // Each decision was one undoable step.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(label_of(&harness, ONLY_MINE).as_deref(), Some("GPE"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(label_of(&harness, RELABELLED).as_deref(), Some("GPE"));
    // F8 walks the disagreements again (the rejected one stays out of the list).
    harness.key_press(egui::Key::F8);
    harness.run();
    assert!(current(&harness).is_some());
}

#[test]
fn all_spans_only_they_marked_are_taken_in_one_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, theirs) = two_copies(dir.path());
    let mut harness = app_on(dir.path(), mine);
    harness.state_mut().push(Command::Compare(theirs));
    harness.run();
    harness.get_by_label("Take all only theirs").click();
    harness.run();
    assert_eq!(
        label_of(&harness, "0000000000000abc").as_deref(),
        Some("PER")
    );
    assert_eq!(
        label_of(&harness, RELABELLED).as_deref(),
        Some("GPE"),
        "other disagreements are left to decide"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(label_of(&harness, "0000000000000abc"), None);
}

#[test]
fn the_name_typed_in_team_your_name_is_stamped_on_new_spans() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, _) = two_copies(dir.path());
    let mut harness = app_on(dir.path(), mine);
    harness.state_mut().push(Command::ShowAnnotatorName);
    harness.run();
    harness.get_by_label("your name").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("your name").type_text("Huda");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace()
            .and_then(|w| w.annotator().map(str::to_owned))
            .as_deref(),
        Some("Huda")
    );
    harness.get_by_label("Team").click();
    harness.run();
    harness.get_by_label_contains("Your name: Huda");
}
