//! Document labels end to end: saved with the document's annotations and read back, a project
//! of version 3 migrated without them, merged record by record, and carried by every export
//! that can (JSONL `cats`, CSV `documents.csv`, brat attributes, a W3C annotation of the whole
//! document) and read back into a project by the imports.

mod common;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use hashiya::export::ExportFormat;
use hashiya::import::ImportFormat;
use hashiya::model::{CategoryId, DocId, DocLabel, Edit, Transaction, ValueId};
use hashiya::workspace::Workspace;

fn cat(id: &str) -> CategoryId {
    CategoryId(id.into())
}

/// The labels of every document: (document, category, values), sorted.
fn labels(ws: &Workspace) -> Vec<(String, String, Vec<String>)> {
    ws.project()
        .annotations
        .all_doc_labels()
        .map(|(doc, category, label)| {
            (
                doc.0.clone(),
                category.0.clone(),
                label.values.iter().map(|v| v.0.clone()).collect(),
            )
        })
        .collect()
}

fn set(ws: &mut Workspace, doc: &DocId, category: &str, values: &[&str]) {
    let edit = Edit::set_doc_label(
        ws.project(),
        doc,
        &cat(category),
        Some(DocLabel::new(values.iter().map(|v| ValueId((*v).into())))),
    );
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        edit,
    ))
    .expect("a label of the schema");
}

/// The annotated sample with labels on two documents; one of them has no spans at all after
/// its labels, so a document with only labels is covered.
fn labelled() -> Workspace {
    let mut ws = common::annotated_sample();
    ws.set_annotator("huda".into());
    let first = ws.project().documents[0].id.clone();
    let last = ws.project().documents.last().expect("documents").id.clone();
    set(&mut ws, &first, "genre", &["official-statement"]);
    set(&mut ws, &first, "dialect", &["msa", "levantine"]);
    set(&mut ws, &last, "relevance", &["not-relevant"]);
    ws
}

fn expected() -> Vec<(String, String, Vec<String>)> {
    let ws = labelled();
    labels(&ws)
}

#[test]
fn labels_are_stamped_saved_with_the_document_and_read_back() {
    let mut ws = labelled();
    let first = ws.project().documents[0].id.clone();
    let stamp = &ws
        .project()
        .annotations
        .doc_label(&first, &cat("genre"))
        .expect("set")
        .stamp;
    assert!(stamp.annotator == "huda" && !stamp.created.is_empty());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    ws.save_as(&path).expect("save");
    let again = Workspace::open_project(&path).expect("open");
    assert_eq!(labels(&again), labels(&ws));
    assert_eq!(
        again.project().schema.document_categories,
        ws.project().schema.document_categories
    );
    assert_eq!(
        again.project().annotations.doc_labels(&first),
        ws.project().annotations.doc_labels(&first),
        "with their stamps"
    );
    let file = std::fs::read_dir(dir.path().join("p.annotations"))
        .expect("annotations folder")
        .filter_map(Result::ok)
        .map(|e| std::fs::read_to_string(e.path()).expect("read"))
        .find(|text| text.contains("official-statement"))
        .expect("the document's file holds its labels");
    assert!(file.contains("labels: ["), "{file}");
}

#[test]
fn a_version_3_project_migrates_without_categories_or_empty_lines() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/project-v3.ron");
    let text = std::fs::read_to_string(&fixture).expect("fixture");
    let project = hashiya::store::from_ron_str(&text, &fixture).expect("a version 3 file loads");
    assert!(project.schema.document_categories.is_empty());
    let written = hashiya::store::to_ron_string(&project).expect("write");
    assert!(!written.contains("document_categories"), "{written}");
}

#[test]
fn a_merge_keeps_each_sides_labels_and_the_newer_of_a_conflict() {
    let base = labelled();
    let first = base.project().documents[0].id.clone();
    let second = base.project().documents[1].id.clone();
    let mut mine = base.project().clone();
    let mut theirs = base.project().clone();
    let label = |values: &[&str], modified: &str| {
        let mut l = DocLabel::new(values.iter().map(|v| ValueId((*v).into())));
        l.stamp.modified = modified.into();
        l
    };
    // Only theirs labels the second document; both relabel the first's genre.
    theirs.annotations.set_doc_label(
        &second,
        &cat("genre"),
        Some(label(&["op-ed"], "2026-01-01T00:00:00Z")),
    );
    mine.annotations.set_doc_label(
        &first,
        &cat("genre"),
        Some(label(&["news-report"], "2026-01-02T00:00:00Z")),
    );
    theirs.annotations.set_doc_label(
        &first,
        &cat("genre"),
        Some(label(&["interview"], "2026-01-03T00:00:00Z")),
    );
    // Mine clears the relevance of the last document; theirs leaves it alone.
    let last = base
        .project()
        .documents
        .last()
        .expect("documents")
        .id
        .clone();
    mine.annotations
        .set_doc_label(&last, &cat("relevance"), None);
    let (merged, report) = hashiya::team::merge(Some(base.project()), &mine, &theirs);
    let values = |doc: &DocId, c: &str| {
        merged
            .annotations
            .doc_label(doc, &cat(c))
            .map(|l| l.values.iter().map(|v| v.0.clone()).collect::<Vec<_>>())
    };
    assert_eq!(values(&second, "genre"), Some(vec!["op-ed".to_owned()]));
    assert_eq!(
        values(&first, "genre"),
        Some(vec!["interview".to_owned()]),
        "the newer change"
    );
    assert_eq!(values(&last, "relevance"), None, "cleared on one side only");
    assert_eq!(
        values(&first, "dialect"),
        Some(vec!["levantine".to_owned(), "msa".to_owned()])
    );
    assert!(
        report
            .conflicts
            .iter()
            .any(|c| c.what.to_string().contains("label genre")),
        "{:?}",
        report.conflicts
    );
}

fn import(ws: &mut Workspace, format: ImportFormat, src: &Path) -> String {
    let cancel = AtomicBool::new(false);
    let report = ws
        .import_annotations(format, src, &mut |_, _| {}, &cancel)
        .unwrap_or_else(|e| panic!("{format} import: {e}"));
    assert!(report.problems.is_empty(), "{}", report.summary());
    assert_eq!(report.doc_labels_set, 3, "{}", report.summary());
    report.summary()
}

#[test]
fn jsonl_cats_are_written_and_read_back() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.jsonl");
    let report = common::export(&ws, ExportFormat::Jsonl, &out);
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let text = std::fs::read_to_string(&out).expect("read");
    let first: serde_json::Value =
        serde_json::from_str(text.lines().next().expect("a line")).expect("json");
    assert_eq!(
        first["cats"],
        serde_json::json!({"dialect/levantine": 1.0, "dialect/msa": 1.0, "genre/official-statement": 1.0})
    );
    let mut bare = common::bare_copy(&ws);
    import(&mut bare, ImportFormat::Jsonl, &out);
    assert_eq!(labels(&bare), expected());
}

#[test]
fn brat_document_labels_are_written_and_read_back() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brat");
    let report = common::export(&ws, ExportFormat::Brat, &out);
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let conf = std::fs::read_to_string(out.join("annotation.conf")).expect("conf");
    assert!(conf.contains("\nDocumentLabels\n"), "{conf}");
    assert!(
        conf.contains("genre\tArg:<ENTITY>, Value:official-statement"),
        "{conf}"
    );
    let ann = common::files_below(&out)
        .into_iter()
        .filter(|(name, _)| {
            std::path::Path::new(name)
                .extension()
                .is_some_and(|e| e == "ann")
        })
        .map(|(_, bytes)| String::from_utf8(bytes).expect("utf-8"))
        .find(|text| text.contains("DocumentLabels"))
        .expect("an .ann with the labels");
    assert!(ann.contains("\tdialect T"), "{ann}");
    let mut bare = common::bare_copy(&ws);
    import(&mut bare, ImportFormat::Brat, &out);
    assert_eq!(labels(&bare), expected());
    assert_eq!(
        bare.project().annotations.len(),
        ws.project().annotations.len(),
        "the anchor of the labels is no span"
    );
}

#[test]
fn csv_has_a_column_per_category_read_back_by_the_check() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("csv");
    let report = common::export(&ws, ExportFormat::Csv, &out);
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let text = std::fs::read_to_string(out.join("documents.csv")).expect("documents.csv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("document,path,title,outlet,date,genre,dialect,relevance")
    );
    let read = hashiya::formats::csv::read_labels(&text).expect("csv");
    let first = &ws.project().documents[0].id;
    assert_eq!(
        read[first][&cat("dialect")],
        ["levantine".to_owned(), "msa".to_owned()]
    );
    assert_eq!(read.len(), ws.project().documents.len());
}

#[test]
fn the_web_annotation_classifies_the_whole_document() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.jsonld");
    let report = common::export(&ws, ExportFormat::Webanno, &out);
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("json");
    let items = value["first"]["items"].as_array().expect("items");
    let classifying: Vec<_> = items
        .iter()
        .filter_map(hashiya::formats::webanno::labels_of)
        .collect();
    assert_eq!(classifying.len(), 2);
    let first = hashiya::formats::webanno::document_iri(&ws.project().documents[0].id);
    let (source, values) = classifying
        .iter()
        .find(|(s, _)| *s == first)
        .expect("the first document's labels");
    assert_eq!(source, &first);
    assert_eq!(
        values,
        &[
            "dialect/levantine",
            "dialect/msa",
            "genre/official-statement"
        ]
    );
    let whole = items
        .iter()
        .find(|i| i["motivation"] == "classifying")
        .expect("one");
    assert!(
        whole["target"].get("selector").is_none(),
        "no selector: the whole document"
    );
}

#[test]
fn stats_count_documents_per_value_and_agreement_gives_kappa_per_category() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = labelled();
    let a_path = dir.path().join("a.ron");
    a.save_as(&a_path).expect("save");
    let mut b = labelled();
    let first = b.project().documents[0].id.clone();
    set(&mut b, &first, "genre", &["op-ed"]);
    let b_path = dir.path().join("b.ron");
    b.save_as(&b_path).expect("save");

    let mut out = Vec::new();
    hashiya::cli::stats(&a_path, &mut out).expect("stats");
    let stats = String::from_utf8(out).expect("utf-8");
    assert!(
        stats.contains("Documents by Genre\n  News report\t0\n  Op-ed\t0\n  Interview\t0\n  Official statement\t1\n"),
        "{stats}"
    );
    assert!(
        stats.contains("Documents by Relevance\n  Relevant\t0\n  Not relevant\t1\n"),
        "{stats}"
    );

    let mut out = Vec::new();
    hashiya::cli::agreement(&a_path, &b_path, false, &mut out).expect("agreement");
    let text = String::from_utf8(out).expect("utf-8");
    // One document compared in genre, labelled differently: p_o = 0 and p_e = 0 (the two used
    // different values), κ = 0. Dialect: five (document, value) decisions, two yes/yes and three
    // no/no: p_o = 1, p_e = 0.4² + 0.6² = 0.52, κ = 1.
    assert!(
        text.contains("category genre  κ 0.000  documents 1  same 0"),
        "{text}"
    );
    assert!(
        text.contains("category dialect  κ 1.000  documents 1  same 1"),
        "{text}"
    );
    let mut out = Vec::new();
    hashiya::cli::agreement(&a_path, &b_path, true, &mut out).expect("agreement");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(json["document_labels"][0]["category"], "genre");
    assert_eq!(json["document_labels"][0]["documents"], 1);
}

#[test]
fn refi_qda_carries_labels_as_document_variables_read_back() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.qdpx");
    let report = common::export(&ws, ExportFormat::Qdpx, &out);
    assert!(
        report
            .left_out
            .iter()
            .all(|l| !l.to_string().contains("document label")),
        "{:?}",
        report.left_out
    );
    let archive = hashiya::formats::qdpx::read_archive(&std::fs::read(&out).expect("read"))
        .expect("an archive");
    let qde = dir.path().join("project.qde");
    std::fs::write(&qde, &archive.project_qde).expect("written");
    common::schemas::assert_valid_qde(&qde);
    let project = hashiya::formats::qdpx::parse_qde(&archive.project_qde).expect("parses");
    // A Text variable per category in use, named as the category.
    let names: Vec<&str> = project.variables.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Genre", "Dialect", "Relevance"]);
    assert!(
        archive.project_qde.contains("typeOfVariable=\"Text\""),
        "{}",
        archive.project_qde
    );
    let first = &ws.project().documents[0].id;
    let source = project
        .sources
        .iter()
        .find(|s| s.name == first.0)
        .expect("the first document");
    let dialect = &project.variables[1].0;
    let values: Vec<&str> = source
        .variables
        .iter()
        .filter(|(g, _)| g == dialect)
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(values, ["MSA; Levantine"], "value names, several with «; »");
    let mut bare = common::bare_copy(&ws);
    import(&mut bare, ImportFormat::Qdpx, &out);
    assert_eq!(labels(&bare), expected());
}

#[test]
fn conll_lists_document_labels_as_left_out() {
    let ws = labelled();
    let dir = tempfile::tempdir().expect("temp dir");
    let report = common::export(&ws, ExportFormat::Conll, &dir.path().join("out.conll"));
    assert!(
        report.left_out.iter().any(|l| l
            .to_string()
            .starts_with("4 document labels of 2 documents")),
        "{:?}",
        report.left_out
    );
}
