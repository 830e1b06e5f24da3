//! The App driven through `egui_kittest` around the project as a whole: a journal recovered is
//! unsaved work (● in the title, quitting asks), and claim clusters are left and deleted from the
//! inspector, one undoable step each.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::import::ImportOptions;
use hashiya::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, Edit, LabelId, Relation, SpanId, Transaction,
};
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};
use hashiya::workspace::Workspace;

/// Two articles from two outlets that report the same closure.
const ARTICLES: [(&str, &str); 2] = [
    (
        "a.txt",
        "أعلن المجلس المحلي أن الجسر الرئيسي أغلق أمام الشاحنات صباح الأحد.\n",
    ),
    (
        "b.txt",
        "قال سكان إن الجسر الرئيسي ما زال مفتوحاً أمام السيارات الصغيرة.\n",
    ),
];

fn app_on(start: Start, data_dir: std::path::PathBuf) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1300.0, 1000.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, Prefs::default(), data_dir)
                .expect("the bundled fonts load")
        })
}

/// A folder of the articles under `dir`, imported (not saved).
fn imported(dir: &std::path::Path) -> Workspace {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    for (name, text) in ARTICLES {
        std::fs::write(corpus.join(name), text).expect("write");
    }
    Workspace::import_folder(&corpus, &ImportOptions::default()).expect("import")
}

/// Labels the first `word` of article `i` and returns the new span's ID.
fn label(ws: &mut Workspace, i: usize, word: &str, label: &str) -> SpanId {
    let doc = ws.project().documents[i].id.clone();
    let text = ws.text_of(&doc).expect("text");
    let start = text[..text.find(word).expect("the word")].chars().count();
    let span = ws
        .new_span(
            &doc,
            start,
            start + word.chars().count(),
            LabelId(label.into()),
        )
        .expect("a span");
    let id = span.id.clone();
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan { doc, span },
    ))
    .expect("labelled");
    id
}

/// The last window title the app asked for in the frame just run.
fn title_asked(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)?
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            egui::ViewportCommand::Title(title) => Some(title.clone()),
            _ => None,
        })
}

/// The window manager's close button.
fn request_close(harness: &mut Harness<'_, App>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

#[test]
fn a_recovered_journal_is_unsaved_work_the_title_marks_and_quitting_asks_about() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    // A session on the folder that ended without saving, its label only in the journal.
    let mut crashed = imported(dir.path());
    crashed.set_journal_dir(data.clone());
    label(&mut crashed, 0, "الجسر", "GPE");
    assert!(crashed.autosave().expect("journal written"));
    let corpus = crashed.corpus_root().to_path_buf();
    drop(crashed);

    let mut harness = app_on(Start::Path(corpus), data);
    harness.run();
    assert!(harness.query_by_label("Recover them").is_some());
    // The folder as read holds nothing to lose: closing does not ask.
    request_close(&mut harness);
    assert!(harness.query_by_label("Quit without saving").is_none());

    harness.get_by_label("Recover them").click();
    // The click is seen in one frame, the command it makes applied in the next.
    let title = (0..3)
        .find_map(|_| {
            harness.step();
            title_asked(&harness)
        })
        .expect("the title changes");
    assert!(title.starts_with("● "), "{title}");
    harness.run();
    let ws = harness.state().workspace().expect("open");
    assert_eq!(ws.project().annotations.len(), 1, "the label is back");
    assert!(ws.has_unsaved_work());
    request_close(&mut harness);
    assert!(
        harness.query_by_label("Quit without saving").is_some(),
        "closing asks before dropping the recovered work"
    );
}

/// A saved project of the articles with a claim in each and one cluster holding both, opened in
/// the app; the cluster's ID.
fn project_with_a_cluster(dir: &std::path::Path) -> (Harness<'static, App>, ClusterId) {
    let mut ws = imported(dir);
    let mut cluster = Cluster::new(ClusterId::from_u64(0xc1), "إغلاق الجسر");
    for (i, (word, relation)) in [
        ("أغلق", Relation::Reports),
        ("مفتوحاً", Relation::Contradicts),
    ]
    .into_iter()
    .enumerate()
    {
        let content = label(&mut ws, i, word, "CLAIM");
        let claim = Claim::new(
            ClaimId::from_u64(0xa0 + i as u64),
            content,
            Claimant::Outlet,
        );
        let doc = ws.project().documents[i].id.clone();
        cluster.set_member(doc.clone(), claim.id.clone(), relation);
        ws.apply(Transaction::single(
            hashiya::model::Message::CLAIM_EDIT_MADE,
            Edit::AddClaim { doc, claim },
        ))
        .expect("a claim");
    }
    let id = cluster.id.clone();
    ws.apply(Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
        Edit::add_cluster(cluster),
    ))
    .expect("a cluster");
    let path = dir.join("p.ron");
    ws.save_as(&path).expect("saved");
    let scratch = dir.join("data");
    let mut harness = app_on(Start::Path(path), scratch);
    harness.run();
    (harness, id)
}

/// Shows article `i` with its first span (the claim's content) selected.
fn select_claim(harness: &mut Harness<'_, App>, i: usize) {
    harness.state_mut().push(Command::SelectDocument(i));
    harness.run();
    harness.state_mut().push(Command::NextSpan);
    harness.run();
}

/// How many claims the cluster holds; `None` once it is gone.
fn members(harness: &Harness<'_, App>, id: &ClusterId) -> Option<usize> {
    let ws = harness.state().workspace().expect("open");
    ws.project().cluster(id).map(|c| c.members.len())
}

fn undo(harness: &mut Harness<'_, App>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

#[test]
fn leaving_with_the_last_claim_removes_the_cluster_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut harness, id) = project_with_a_cluster(dir.path());
    select_claim(&mut harness, 0);
    harness.get_by_label("Leave إغلاق الجسر").click();
    harness.run();
    assert_eq!(members(&harness, &id), Some(1));

    select_claim(&mut harness, 1);
    harness.get_by_label("Leave إغلاق الجسر").click();
    harness.run();
    assert_eq!(members(&harness, &id), None, "an empty cluster is not kept");
    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    assert!(harness.query_by_label_contains("No clusters yet").is_some());

    undo(&mut harness);
    assert_eq!(members(&harness, &id), Some(1), "back with its last claim");
    undo(&mut harness);
    assert_eq!(members(&harness, &id), Some(2));
}

#[test]
fn a_cluster_is_deleted_from_the_inspector_and_undo_brings_every_claim_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut harness, id) = project_with_a_cluster(dir.path());
    select_claim(&mut harness, 1);
    harness.get_by_label("Delete cluster إغلاق الجسر").click();
    harness.run();
    assert_eq!(members(&harness, &id), None);
    let ws = harness.state().workspace().expect("open");
    assert_eq!(ws.project().annotations.claim_count(), 2, "the claims stay");
    assert!(harness.query_by_label("Leave إغلاق الجسر").is_none());

    undo(&mut harness);
    assert_eq!(members(&harness, &id), Some(2));
    assert!(harness.query_by_label("Leave إغلاق الجسر").is_some());
}
