//! What each writer's check finds in an output that is not what it should be, said in the
//! interface's language when shown: the output is written from one project and checked
//! against another (a word of the text changed, or one more document).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use crate::formats::corpus::{Corpus, ExportOptions};
use crate::formats::writer::{CheckProblem, ExportFormat, Progress};
use crate::i18n::{Language, assert_arabic, in_language};
use crate::model::{DocId, Document, Edit, Label, LabelId, Project, Rgb, Span, SpanId};

const TEXT: &str = "قال الوزير إن الجسر يفتح غدا";
/// [`TEXT`] with one word changed, its length the same.
const CHANGED: &str = "قال الوزير إن النهر يفتح غدا";

/// A project of documents `texts` (each `(ID, text)`), each with a `PER` span on its second word.
fn project(texts: &[(&str, &str)]) -> Project {
    let mut project = Project {
        name: "p".into(),
        ..Project::default()
    };
    project.schema.labels.push(Label {
        id: LabelId("PER".into()),
        name: "Person".into(),
        colour: Rgb(1, 2, 3),
        key: None,
        description: String::new(),
    });
    for (id, text) in texts {
        let mut document = Document::new(DocId((*id).into()), format!("{id}.txt"));
        document.char_len = text.chars().count();
        project.documents.push(document);
        let span = Span::new(
            SpanId(format!("s-{id}")),
            4,
            10,
            LabelId("PER".into()),
            "الوزير",
        );
        Edit::AddSpan {
            doc: DocId((*id).into()),
            span,
        }
        .apply(&mut project)
        .expect("the span fits");
    }
    project
}

/// What the check of `format` finds when the output written from document `d` of [`TEXT`] is
/// checked against the documents `checked`, each `(ID, text)`. The output stays until the folder
/// is dropped.
fn findings(
    format: ExportFormat,
    checked: &[(&str, &'static str)],
) -> (tempfile::TempDir, Vec<CheckProblem>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out: PathBuf = dir
        .path()
        .join(format!("out.{}", format.extension().unwrap_or("d")));
    let options = ExportOptions::default();
    let exporter = format.exporter(&options);
    let texts_of = |texts: &[(&str, &'static str)]| -> Vec<Option<&'static str>> {
        texts.iter().map(|(_, t)| Some(*t)).collect()
    };
    let written = [("d", TEXT)];
    let (wrote, wrote_texts) = (project(&written), texts_of(&written));
    let corpus = Corpus::new(&wrote, &wrote_texts, &options).expect("corpus");
    let cancel = AtomicBool::new(false);
    let mut report = |_: usize, _: usize| {};
    let mut progress = Progress::new(corpus.documents.len(), &mut report, &cancel);
    exporter
        .write(&corpus, &out, &mut progress)
        .expect("written");
    let (check, check_texts) = (project(checked), texts_of(checked));
    let corpus = Corpus::new(&check, &check_texts, &options).expect("corpus");
    let problems = exporter.check(&corpus, &out).expect("read back");
    (dir, problems)
}

/// The one finding of `problems`, said in English and in Arabic (location, then message).
fn said(problems: &[CheckProblem]) -> ([String; 2], [String; 2]) {
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    let say = |language| in_language(language, || [p.location.to_string(), p.message.to_string()]);
    (say(Language::English), say(Language::Arabic))
}

/// The one finding when the output of `format` for document `d` is checked against `d` and one
/// more document, `e`; said as [`said`] says it.
fn said_of_one_more_document(format: ExportFormat) -> ([String; 2], [String; 2]) {
    let (_dir, problems) = findings(format, &[("d", TEXT), ("e", TEXT)]);
    said(&problems)
}

/// `text` without the isolate marks Fluent puts around what a selector chose.
fn unmarked(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn brat_says_a_text_that_differs() {
    let (_dir, problems) = findings(ExportFormat::Brat, &[("d", CHANGED)]);
    let (english, arabic) = said(&problems);
    assert!(english[0].ends_with("d.txt"), "{}", english[0]);
    assert_eq!(english[1], "differs from the text of d");
    assert_arabic(&arabic[1..], &english[1..], &["differs", "text"]);
}

#[test]
fn conll_says_a_token_and_its_line() {
    let (_dir, problems) = findings(ExportFormat::Conll, &[("d", CHANGED)]);
    let problems: Vec<_> = problems
        .into_iter()
        .filter(|p| p.message.to_string().contains("الجسر"))
        .collect();
    let (english, arabic) = said(&problems);
    assert_eq!(english[0], "line 6");
    assert_eq!(
        english[1],
        "token \"الجسر\" is not the next piece of the text of d"
    );
    assert_arabic(&arabic, &english, &["line", "token", "text"]);
    assert!(arabic[0].starts_with("السطر"), "{}", arabic[0]);

    // The check of IOB2 alone, fed a tag with no `B-` before it.
    let tags = crate::formats::conll::iob2_problems("الوزير\tI-PER\n");
    assert_eq!(tags.len(), 1);
    let english = in_language(Language::English, || tags[0].1.to_string());
    assert_eq!(
        english,
        "tag \"I-PER\" in column 2 breaks IOB2 (after \"O\")"
    );
    let arabic = in_language(Language::Arabic, || tags[0].1.to_string());
    assert_arabic(&[arabic], &[english], &["column", "breaks"]);
}

#[test]
fn csv_says_labels_not_read_back() {
    let (english, arabic) = said_of_one_more_document(ExportFormat::Csv);
    assert!(english[0].ends_with("documents.csv e"), "{}", english[0]);
    assert_eq!(
        english[1],
        "the document's labels read back differ from the project's"
    );
    assert_arabic(&arabic[1..], &english[1..], &["labels", "project"]);
}

#[test]
fn jsonl_says_its_lines_and_documents_in_their_plural() {
    let (english, arabic) = said_of_one_more_document(ExportFormat::Jsonl);
    assert_eq!(english[1], "1 line for 2 documents");
    assert_arabic(&arabic[1..], &english[1..], &["line", "document"]);
    assert_eq!(unmarked(&arabic[1]), "سطر واحد مقابل مستندين");

    let (_dir, problems) = findings(ExportFormat::Jsonl, &[("d", CHANGED)]);
    let (english, arabic) = said(&problems);
    assert_eq!(english, ["line 1", "the text differs from document d"]);
    assert_arabic(&arabic, &english, &["line", "text", "document"]);
}

#[test]
fn qdpx_says_a_document_with_no_source() {
    let (english, arabic) = said_of_one_more_document(ExportFormat::Qdpx);
    assert_eq!(english, ["project.qde", "no TextSource for e"]);
    assert_arabic(&arabic[1..], &english[1..], &["no ", " for"]);
}

#[test]
fn webanno_says_its_annotations_and_spans_in_their_plural() {
    let (english, arabic) = said_of_one_more_document(ExportFormat::Webanno);
    assert_eq!(english[1], "1 annotation for 2 spans");
    assert_arabic(&arabic[1..], &english[1..], &["annotation", "span"]);
    assert_eq!(unmarked(&arabic[1]), "توسيم واحد مقابل مقطعين");
}
