//! The autosave journal against undo, quitting and recovery: a journal is offered on the next
//! start only when it holds work that is not saved, and a recovered project counts as unsaved
//! work until it is saved.
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use hashiya::import::ImportOptions;
use hashiya::model::{DocId, Edit, LabelId, Project, Transaction};
use hashiya::store::Journal;
use hashiya::workspace::Workspace;

const ARTICLE: &str =
    "قال المتحدث باسم المجلس المحلي إن الجسر الرئيسي أغلق أمام الشاحنات صباح الأحد.\n";

/// A corpus of one article under `dir`, and the article's document ID.
fn corpus_in(dir: &Path) -> (PathBuf, DocId) {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    fs::write(corpus.join("khabar.txt"), ARTICLE).unwrap();
    (corpus, DocId("khabar.txt".into()))
}

/// Labels the `nth` word of the article (one undoable step).
fn label_word(ws: &mut Workspace, doc: &DocId, nth: usize) {
    let text = ws.text_of(doc).unwrap().to_owned();
    let word = text.split(' ').nth(nth).unwrap();
    let byte = text.find(word).unwrap();
    let start = text[..byte].chars().count();
    let span = ws
        .new_span(
            doc,
            start,
            start + word.chars().count(),
            LabelId("PER".into()),
        )
        .unwrap();
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan {
            doc: doc.clone(),
            span,
        },
    ))
    .unwrap();
}

/// A saved project of the corpus with one span, its path and the article's ID.
fn saved_project(dir: &Path) -> (Workspace, PathBuf, DocId) {
    let (corpus, doc) = corpus_in(dir);
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    label_word(&mut ws, &doc, 0);
    let path = dir.join("p.ron");
    ws.save_as(&path).unwrap();
    (ws, path, doc)
}

/// A session that ended without saving: a saved project, then an edit that reached the journal.
/// The project file, the article's ID and the project as the journal holds it.
fn crashed_session(dir: &Path) -> (PathBuf, DocId, Project) {
    let (mut ws, path, doc) = saved_project(dir);
    label_word(&mut ws, &doc, 2);
    assert!(ws.autosave().unwrap());
    (path, doc, ws.project().clone())
}

#[test]
fn undoing_back_to_the_saved_state_removes_the_journal_before_any_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, path, doc) = saved_project(dir.path());
    let journal = ws.journal().unwrap();

    label_word(&mut ws, &doc, 2);
    assert!(ws.autosave().unwrap());
    assert!(journal.exists());
    ws.undo().unwrap();
    assert!(!ws.is_dirty() && !ws.has_unsaved_work());
    // Quit now, before the next autosave: nothing is left to offer.
    assert!(!journal.exists(), "the journal outlived the undo");
    drop(ws);
    let reopened = Workspace::open_project(&path).unwrap();
    assert!(reopened.recoverable_journal().is_none());
    assert!(!reopened.has_unsaved_work());
}

#[test]
fn a_background_write_still_running_cannot_bring_the_journal_back_after_the_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, path, doc) = saved_project(dir.path());
    let journal = ws.journal().unwrap();

    for _ in 0..20 {
        label_word(&mut ws, &doc, 4);
        // The write starts on its own thread; the undo comes before it can have ended.
        assert!(ws.autosave_in_background().unwrap());
        ws.undo().unwrap();
        assert!(!journal.exists(), "the journal outlived the undo");
        std::thread::sleep(Duration::from_millis(10));
        assert!(!journal.exists(), "a write landed after the undo");
        // The next autosave tick has nothing to write and nothing to remove.
        assert!(!ws.autosave_in_background().unwrap());
        assert!(!journal.exists());
    }
    drop(ws);
    assert!(
        Workspace::open_project(&path)
            .unwrap()
            .recoverable_journal()
            .is_none()
    );
}

#[test]
fn redoing_forward_to_the_saved_state_removes_the_journal_too() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ws, path, doc) = saved_project(dir.path());
    let journal = ws.journal().unwrap();
    label_word(&mut ws, &doc, 2);
    ws.save_as(&path).unwrap();

    ws.undo().unwrap();
    assert!(ws.has_unsaved_work(), "one step behind the save");
    assert!(ws.autosave().unwrap());
    assert!(journal.exists());
    ws.redo().unwrap();
    assert!(!ws.has_unsaved_work());
    assert!(!journal.exists());
}

#[test]
fn a_folder_undone_back_to_its_import_leaves_no_journal_to_offer() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (corpus, doc) = corpus_in(dir.path());
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    ws.set_journal_dir(data.clone());
    // Nothing changed yet: nothing to lose, nothing journaled.
    assert!(ws.is_dirty() && !ws.has_unsaved_work());
    assert!(!ws.autosave().unwrap());
    let journal = ws.journal().unwrap();
    assert!(!journal.exists());

    label_word(&mut ws, &doc, 1);
    assert!(ws.has_unsaved_work());
    assert!(ws.autosave().unwrap());
    assert!(journal.exists());
    ws.undo().unwrap();
    assert!(!ws.has_unsaved_work());
    assert!(!journal.exists());

    let mut again = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    again.set_journal_dir(data);
    assert!(again.recoverable_journal().is_none());
}

#[test]
fn a_journal_not_yet_recovered_or_declined_survives_an_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (path, doc, _) = crashed_session(dir.path());
    let mut reopened = Workspace::open_project(&path).unwrap();
    assert!(reopened.recoverable_journal().is_some());
    // An edit undone while the analyst has not answered yet: the old session's work stays.
    label_word(&mut reopened, &doc, 4);
    reopened.undo().unwrap();
    assert!(reopened.recoverable_journal().is_some());
}

#[test]
fn a_recovered_project_is_unsaved_work_until_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (path, doc, edited) = crashed_session(dir.path());
    let mut reopened = Workspace::open_project(&path).unwrap();
    assert!(!reopened.has_unsaved_work());
    assert!(reopened.recover_from_journal().unwrap());
    assert_eq!(reopened.project(), &edited);
    assert!(reopened.is_dirty() && reopened.has_unsaved_work());
    // The journal is all there is of the recovered work: an autosave keeps it.
    assert!(!reopened.autosave().unwrap());
    assert!(Journal::for_project(&path).exists());
    // An edit and its undo bring the project back to the recovered state, still unsaved.
    label_word(&mut reopened, &doc, 4);
    reopened.undo().unwrap();
    assert!(reopened.has_unsaved_work());
    assert!(Journal::for_project(&path).exists());
    reopened.save_as(&path).unwrap();
    assert!(!reopened.has_unsaved_work());
    assert!(!Journal::for_project(&path).exists());
}

#[test]
fn a_recovered_folder_never_saved_is_unsaved_work_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (corpus, doc) = corpus_in(dir.path());
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    ws.set_journal_dir(data.clone());
    label_word(&mut ws, &doc, 3);
    assert!(ws.autosave().unwrap());
    let edited = ws.project().clone();
    drop(ws);

    let mut again = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    again.set_journal_dir(data);
    assert!(!again.has_unsaved_work());
    assert!(again.recoverable_journal().is_some());
    assert!(again.recover_from_journal().unwrap());
    assert_eq!(again.project(), &edited);
    assert!(
        again.has_unsaved_work(),
        "closing now would lose the recovered span"
    );
    assert!(!again.can_undo());

    // An edit reaches the journal; undone, the journal goes back to the recovered state rather
    // than keep the edit or vanish.
    let journal = again.journal().unwrap();
    label_word(&mut again, &doc, 5);
    assert!(again.autosave().unwrap());
    again.undo().unwrap();
    assert!(again.has_unsaved_work() && !again.can_undo());
    assert!(again.autosave().unwrap());
    assert_eq!(journal.read().unwrap().unwrap(), edited);
}

/// The bundled sample is left as shipped: its journal goes under the data folder, not beside the
/// sample's own files, and once saved elsewhere the copy's journal goes beside the copy.
#[test]
fn a_shipped_project_journals_under_the_data_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let copy = tempfile::tempdir().expect("temp dir");
    let sample = hashiya::sample::write_project(&copy.path().join("sample")).expect("sample");
    let mut ws = Workspace::open_project(&sample).expect("the sample opens");
    ws.set_journal_dir(data.path().to_path_buf());
    ws.set_shipped(true);
    let journal = ws.journal().expect("a journal").path().to_path_buf();
    assert!(journal.starts_with(data.path()), "{}", journal.display());
    let mine = copy.path().join("mine.ron");
    ws.save_as(&mine).expect("saved as a copy");
    let journal = ws.journal().expect("a journal").path().to_path_buf();
    assert!(journal.starts_with(copy.path()), "{}", journal.display());
}
