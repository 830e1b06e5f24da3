//! An annotation file that names another document (its `document:` edited, or the file renamed)
//! or whose quotes are not the text at their offsets never attaches spans at wrong offsets:
//! loading checks each file against its name and each quote against its article, says which
//! file and why, and keeps what does not check apart; saving and loading again loses nothing
//! and moves nothing.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use common::Builder;
use hashiya::import::ImportOptions;
use hashiya::model::{DocId, Span};
use hashiya::store::{KeptApartReason, StoreWarning, annotations_dir};
use hashiya::workspace::Workspace;

const A: &str = "أعلن المجلس البلدي افتتاح الجسر الجديد فوق النهر صباح الخميس.\n";
const B: &str = "نفت الوزارة ما تداولته الصحف عن إغلاق المعبر الحدودي.\n";
const C: &str = "شهدت الأسواق إقبالا كبيرا قبيل العيد رغم ارتفاع الأسعار.\n";

/// A project of three articles: two spans in `a.txt`, one in `b.txt`, none in `c.txt`.
fn project(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).expect("corpus");
    for (name, text) in [("a.txt", A), ("b.txt", B), ("c.txt", C)] {
        fs::write(corpus.join(name), text).expect("write");
    }
    let ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let mut b = Builder::new(ws, 0x100);
    b.span(0, "المجلس البلدي", 0, "ORG");
    b.span(0, "الخميس", 0, "DATE");
    b.span(1, "المعبر الحدودي", 0, "GPE");
    let path = dir.join("p.ron");
    b.ws.save_as(&path).expect("saves");
    path
}

fn doc(id: &str) -> DocId {
    DocId(id.to_owned())
}

fn file_of(project: &Path, doc: &str) -> PathBuf {
    annotations_dir(project).join(format!("{doc}.ron"))
}

/// Each document's spans as (start, end, quote).
fn spans_of(ws: &Workspace, id: &str) -> Vec<(usize, usize, String)> {
    ws.project()
        .annotations
        .spans(&doc(id))
        .iter()
        .map(|s| (s.start, s.end, s.quote.clone()))
        .collect()
}

/// Opens the project, marks `word` of document `index` (an edit, so the save writes that
/// document's file) and saves.
fn mark_and_save(project: &Path, index: usize, word: &str) {
    static NEXT_ID: AtomicU64 = AtomicU64::new(0x1000);
    let ws = Workspace::open_project(project).expect("opens");
    let mut b = Builder::new(ws, NEXT_ID.fetch_add(0x100, Ordering::Relaxed));
    b.span(index, word, 0, "EVENT");
    b.ws.save_as(project).expect("saves");
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from} in {text}");
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// What `hashiya stats` prints for the project, both streams; it must succeed.
fn stats(project: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("stats")
        .arg(project)
        .output()
        .expect("runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    said
}

fn kept_apart(ws: &Workspace) -> Vec<(&DocId, &KeptApartReason, &Path)> {
    ws.load_warnings()
        .iter()
        .filter_map(|w| match w {
            StoreWarning::KeptApart {
                doc, reason, path, ..
            } => Some((doc, reason, path.as_path())),
            _ => None,
        })
        .collect()
}

#[test]
fn an_edited_document_field_keeps_the_file_apart_until_it_is_mended() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    let before = spans_of(&Workspace::open_project(&project).expect("opens"), "a.txt");
    replace_in(&a_file, "document: \"a.txt\"", "document: \"c.txt\"");
    let edited = fs::read(&a_file).expect("read");

    let ws = Workspace::open_project(&project).expect("opens");
    assert_eq!(spans_of(&ws, "c.txt"), [], "never attached to c.txt");
    assert_eq!(spans_of(&ws, "a.txt"), []);
    assert_eq!(spans_of(&ws, "b.txt").len(), 1);
    assert!(
        matches!(
            kept_apart(&ws)[..],
            [(d, KeptApartReason::QuotesDiffer { mismatched: 2, total: 2 }, p)]
                if d == &doc("c.txt") && p == a_file
        ),
        "{:?}",
        ws.load_warnings()
    );
    let message = ws.load_warnings()[0].to_string();
    assert!(
        message.contains("kept apart")
            && message.contains("not the text of that document")
            && message.ends_with(&a_file.display().to_string()),
        "{message}"
    );
    assert!(ws.span_text_problems().is_empty());
    drop(ws);

    // A save after an edit elsewhere leaves the file as it is; so does one of c.txt.
    mark_and_save(&project, 1, "الوزارة");
    mark_and_save(&project, 2, "الأسواق");
    assert_eq!(fs::read(&a_file).expect("kept"), edited);
    let ws = Workspace::open_project(&project).expect("opens");
    assert_eq!(spans_of(&ws, "c.txt").len(), 1);
    assert_eq!(kept_apart(&ws).len(), 1, "{:?}", ws.load_warnings());
    drop(ws);

    // Mended by hand, the spans are back where they were.
    replace_in(&a_file, "document: \"c.txt\"", "document: \"a.txt\"");
    let ws = Workspace::open_project(&project).expect("opens");
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
    assert_eq!(spans_of(&ws, "a.txt"), before);
    assert!(ws.span_text_problems().is_empty());
}

#[test]
fn a_kept_apart_file_in_the_way_of_a_save_is_copied_aside_not_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    replace_in(&a_file, "document: \"a.txt\"", "document: \"c.txt\"");
    let edited = fs::read(&a_file).expect("read");

    // a.txt gets a new span: its file is written where the kept-apart file lies.
    mark_and_save(&project, 0, "الجسر");
    let copy = annotations_dir(&project).join("a.txt~kept-apart.ron");
    assert_eq!(fs::read(&copy).expect("copied aside"), edited);
    let ws = Workspace::open_project(&project).expect("opens");
    assert_eq!(spans_of(&ws, "a.txt").len(), 1, "only the new span");
    assert_eq!(spans_of(&ws, "c.txt"), []);
    assert!(
        matches!(kept_apart(&ws)[..], [(_, KeptApartReason::QuotesDiffer { .. }, p)] if p == copy),
        "{:?}",
        ws.load_warnings()
    );
}

#[test]
fn a_document_field_naming_a_document_with_its_own_file_keeps_the_file_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    let b_file = file_of(&project, "b.txt");
    replace_in(&a_file, "document: \"a.txt\"", "document: \"b.txt\"");
    let edited = fs::read(&a_file).expect("read");

    // The store alone (no articles) already keeps it apart instead of failing the load.
    let (loaded, warnings) = hashiya::store::load_project_with_report(&project).expect("loads");
    assert_eq!(loaded.annotations.spans(&doc("b.txt")).len(), 1);
    assert!(
        matches!(
            &warnings[..],
            [StoreWarning::KeptApart { reason: KeptApartReason::OtherFile { other }, path, spans: 2, .. }]
                if other == &b_file && path == &a_file
        ),
        "{warnings:?}"
    );
    // Saved by the store alone, the file stays.
    hashiya::store::save_project(&project, &loaded).expect("saves");
    assert_eq!(fs::read(&a_file).expect("kept"), edited);

    mark_and_save(&project, 1, "الوزارة");
    assert_eq!(fs::read(&a_file).expect("kept"), edited);
    let ws = Workspace::open_project(&project).expect("opens");
    assert_eq!(spans_of(&ws, "b.txt").len(), 2);
    assert_eq!(spans_of(&ws, "a.txt"), []);
    let message = ws.load_warnings()[0].to_string();
    assert!(
        message.contains("another file holds the spans of that document"),
        "{message}"
    );
}

#[test]
fn a_renamed_file_keeps_its_spans_on_their_own_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    let before = spans_of(&Workspace::open_project(&project).expect("opens"), "a.txt");
    for (renamed, word) in [("c.txt.ron", "الوزارة"), ("copy of a.ron", "الصحف")] {
        let to = annotations_dir(&project).join(renamed);
        fs::rename(&a_file, &to).expect("rename");
        let ws = Workspace::open_project(&project).expect("opens");
        assert_eq!(spans_of(&ws, "a.txt"), before, "{renamed}");
        assert_eq!(spans_of(&ws, "c.txt"), []);
        assert!(
            matches!(ws.load_warnings(), [StoreWarning::MisnamedFile { path, .. }] if path == &to),
            "{:?}",
            ws.load_warnings()
        );
        drop(ws);
        mark_and_save(&project, 1, word);
        assert!(a_file.exists() && !to.exists(), "moved back to its name");
        let ws = Workspace::open_project(&project).expect("opens");
        assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
        assert_eq!(spans_of(&ws, "a.txt"), before);
    }
}

#[test]
fn a_renamed_file_whose_quotes_are_not_its_document_text_is_kept_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    // Renamed and given the name and `document:` of c.txt: checked against c.txt's text.
    let to = file_of(&project, "c.txt");
    replace_in(&a_file, "document: \"a.txt\"", "document: \"c.txt\"");
    fs::rename(&a_file, &to).expect("rename");
    let moved = fs::read(&to).expect("read");
    let ws = Workspace::open_project(&project).expect("opens");
    // Under its document's own name, the file's spans stay on it, each reported.
    let spans = ws.project().annotations.spans(&doc("c.txt"));
    assert_eq!(spans.len(), 2);
    assert!(
        ws.load_warnings().iter().any(|w| matches!(
            w,
            StoreWarning::QuotesDiffer { mismatched: 2, total: 2, path, .. } if path == &to
        )),
        "{:?}",
        ws.load_warnings()
    );
    assert_eq!(
        ws.span_text_problems().len(),
        2,
        "listed under Review spans"
    );
    drop(ws);
    mark_and_save(&project, 1, "الوزارة");
    assert_eq!(fs::read(&to).expect("kept"), moved);
}

#[test]
fn a_changed_quote_is_reported_and_the_span_kept_where_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    // «الخميس» → «الجمعة»: same length, another day.
    replace_in(&a_file, "quote: \"الخميس\"", "quote: \"الجمعة\"");
    let check = |ws: &Workspace| {
        let spans: Vec<&Span> = ws
            .project()
            .annotations
            .spans(&doc("a.txt"))
            .iter()
            .collect();
        let changed = spans.iter().find(|s| s.quote == "الجمعة").expect("kept");
        let at = A.find("الخميس").expect("in text");
        assert_eq!(changed.start, A[..at].chars().count(), "not moved");
        let warning = ws
            .load_warnings()
            .iter()
            .find(|w| matches!(w, StoreWarning::QuotesDiffer { .. }))
            .expect("reported")
            .to_string();
        assert!(
            warning.contains(&format!("span {}", changed.id))
                && warning.starts_with("1 of the ")
                && warning.ends_with(&a_file.display().to_string()),
            "{warning}"
        );
        assert_eq!(ws.span_text_problems().len(), 1);
    };
    check(&Workspace::open_project(&project).expect("opens"));
    mark_and_save(&project, 0, "الجسر");
    let ws = Workspace::open_project(&project).expect("opens");
    check(&ws);
    assert_eq!(ws.project().annotations.spans(&doc("a.txt")).len(), 3);
}

#[test]
fn commands_print_which_file_is_kept_apart_and_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let a_file = file_of(&project, "a.txt");
    replace_in(&a_file, "document: \"a.txt\"", "document: \"c.txt\"");
    let said = stats(&project);
    assert!(
        said.contains("kept apart") && said.contains(&a_file.display().to_string()),
        "{said}"
    );
    assert!(said.contains("Total\t1 spans"), "{said}");
}

#[test]
fn a_missing_annotations_folder_is_said_and_not_made_permanent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let folder = annotations_dir(&project);
    let away = dir.path().join("elsewhere");
    fs::rename(&folder, &away).expect("moved away");

    let missing = |ws: &Workspace| {
        ws.load_warnings()
            .iter()
            .any(|w| matches!(w, StoreWarning::NoAnnotationsFolder { path } if path == &folder))
    };
    let mut ws = Workspace::open_project(&project).expect("opens");
    assert!(missing(&ws), "{:?}", ws.load_warnings());
    assert!(
        ws.load_warnings()[0]
            .to_string()
            .contains("folder is missing")
    );
    // Saved as it is, the project still says so when opened again.
    ws.save_as(&project).expect("saves");
    drop(ws);
    assert!(!folder.exists());
    let said = stats(&project);
    assert!(
        said.contains("annotations folder is missing")
            && said.contains(&folder.display().to_string()),
        "{said}"
    );

    // Put back, every span is there and nothing is said.
    fs::rename(&away, &folder).expect("put back");
    let ws = Workspace::open_project(&project).expect("opens");
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
    assert_eq!(ws.project().annotations.len(), 3);
}

#[test]
fn a_project_without_spans_keeps_its_folder_and_opens_without_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).expect("corpus");
    fs::write(corpus.join("a.txt"), A).expect("write");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("saves");
    assert!(annotations_dir(&project).is_dir());
    let ws = Workspace::open_project(&project).expect("opens");
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());

    // Its last span deleted, the folder stays.
    let mut b = Builder::new(ws, 0x300);
    let id = b.span(0, "الجسر", 0, "EVENT");
    b.ws.save_as(&project).expect("saves");
    let span = b.ws.project().annotations.spans(&doc("a.txt"))[0].clone();
    assert_eq!(span.id, id);
    b.apply(hashiya::model::Edit::RemoveSpan {
        doc: doc("a.txt"),
        span,
    });
    b.ws.save_as(&project).expect("saves");
    assert!(annotations_dir(&project).is_dir());
    let ws = Workspace::open_project(&project).expect("opens");
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
}

#[test]
fn file_names_in_load_messages_are_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project(dir.path());
    let folder = annotations_dir(&project);
    let odd = folder.join("a\n\u{202E}txt.ron");
    fs::rename(file_of(&project, "a.txt"), &odd).expect("rename");
    let escaped = folder.join("a\\n\\u{202E}txt.ron").display().to_string();

    let ws = Workspace::open_project(&project).expect("opens");
    let message = ws.load_warnings()[0].to_string();
    assert!(
        message.ends_with(&escaped) && !message.contains(['\n', '\u{202E}']),
        "{message:?}"
    );
    drop(ws);

    // A file that cannot be read fails the load; its name is escaped there too.
    fs::write(&odd, "(version: 3, document: \"a.txt\", spans: [").expect("write");
    let error = Workspace::open_project(&project)
        .expect_err("refused")
        .to_string();
    assert!(
        error.ends_with(&escaped) && !error.contains(['\n', '\u{202E}']),
        "{error:?}"
    );
}
