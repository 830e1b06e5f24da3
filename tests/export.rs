//! Exports of the annotated sample corpus: golden files (regenerate with `UPDATE_GOLDEN=1`),
//! strict IOB2, brat text equal to the slices, REFI-QDA valid against its schema (xmllint), Web
//! Annotation terms defined by its context, the self-check, and the command line on a generated
//! corpus of 1,000 documents.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use hashiya::export::{ConllOptions, ExportFormat, ExportOptions, Exporter as _, Nested};
use serde_json::Value;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Compares `actual` with the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("golden folder");
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let shown = String::from_utf8_lossy(actual);
        panic!(
            "{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it); got:\n{}",
            shown.chars().take(3000).collect::<String>()
        );
    }
}

fn extract_qde(qdpx: &Path) -> String {
    let bytes = std::fs::read(qdpx).expect("read qdpx");
    hashiya::formats::qdpx::read_archive(&bytes)
        .expect("own archive reads")
        .project_qde
}

#[test]
fn golden_files_of_every_format() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = |name: &str| dir.path().join(name);

    let report = common::export(&ws, ExportFormat::Jsonl, &out("a.jsonl"));
    assert_eq!(
        (report.documents, report.spans),
        (6, 34),
        "{}",
        report.summary()
    );
    golden(
        "sample.jsonl",
        &std::fs::read(out("a.jsonl")).expect("read"),
    );

    common::export(&ws, ExportFormat::Conll, &out("a.conll"));
    golden(
        "sample.conll",
        &std::fs::read(out("a.conll")).expect("read"),
    );
    let columns = ExportOptions {
        conll: ConllOptions {
            split_proclitics: true,
            nested: Nested::Columns,
        },
        ..ExportOptions::default()
    };
    common::export_with(&ws, ExportFormat::Conll, &columns, &out("b.conll"));
    golden(
        "sample-columns-proclitics.conll",
        &std::fs::read(out("b.conll")).expect("read"),
    );

    common::export(&ws, ExportFormat::Webanno, &out("a.jsonld"));
    golden(
        "sample.jsonld",
        &std::fs::read(out("a.jsonld")).expect("read"),
    );

    let report = common::export(&ws, ExportFormat::Qdpx, &out("a.qdpx"));
    assert!(
        report
            .left_out
            .iter()
            .any(|l| l.to_string().contains("claim")),
        "claims are said to be left out: {:?}",
        report.left_out
    );
    golden("sample.qde", extract_qde(&out("a.qdpx")).as_bytes());
    let again = dir.path().join("again.qdpx");
    common::export(&ws, ExportFormat::Qdpx, &again);
    assert_eq!(
        std::fs::read(out("a.qdpx")).expect("read"),
        std::fs::read(&again).expect("read"),
        "the archive is reproducible byte for byte"
    );

    common::export(&ws, ExportFormat::Csv, &out("csv"));
    for file in ["claims.csv", "entities.csv"] {
        golden(
            &format!("csv/{file}"),
            &std::fs::read(out("csv").join(file)).expect("read"),
        );
    }

    common::export(&ws, ExportFormat::Brat, &out("brat"));
    let files = common::files_below(&out("brat"));
    assert_eq!(
        files.len(),
        13,
        "6 × (.txt + .ann) + annotation.conf: {:?}",
        files.keys()
    );
    for (name, bytes) in &files {
        // The .txt files are the sample articles themselves; only what hashiya writes is golden.
        if !Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            golden(&format!("brat/{name}"), bytes);
        }
    }
}

/// Strict IOB2, checked independently of the exporter's own check: each row has the same
/// number of columns, tags are O, B-X or I-X, and I-X continues B-X or I-X in its column.
fn assert_iob2(conll: &str) {
    let mut width = None;
    let mut previous: Vec<String> = Vec::new();
    for (n, line) in conll.lines().enumerate() {
        if line.is_empty() {
            previous.clear();
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            *width.get_or_insert(fields.len()),
            fields.len(),
            "line {}",
            n + 1
        );
        assert!(
            !fields[0].is_empty() && !fields[0].contains(char::is_whitespace),
            "line {}",
            n + 1
        );
        previous.resize(fields.len() - 1, "O".into());
        for (i, tag) in fields[1..].iter().enumerate() {
            if *tag != "O" {
                let (prefix, label) = tag.split_at(2);
                assert!(prefix == "B-" || prefix == "I-", "line {}: {tag}", n + 1);
                assert!(!label.is_empty(), "line {}: {tag}", n + 1);
                if prefix == "I-" {
                    let before = &previous[i];
                    assert!(
                        before == &format!("B-{label}") || before == &format!("I-{label}"),
                        "line {}: {tag} after {before}",
                        n + 1
                    );
                }
            }
            (*tag).clone_into(&mut previous[i]);
        }
    }
}

#[test]
fn conll_is_strict_iob2_with_documents_and_sentences() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, split_proclitics, nested) in [
        ("layer0.conll", false, Nested::Layer(0)),
        ("layer1.conll", false, Nested::Layer(1)),
        ("columns.conll", true, Nested::Columns),
    ] {
        let options = ExportOptions {
            conll: ConllOptions {
                split_proclitics,
                nested,
            },
            ..ExportOptions::default()
        };
        let path = dir.path().join(name);
        let report = common::export_with(&ws, ExportFormat::Conll, &options, &path);
        let conll = std::fs::read_to_string(&path).expect("read");
        assert_iob2(&conll);
        assert!(hashiya::formats::conll::iob2_problems(&conll).is_empty());
        assert_eq!(conll.matches("-DOCSTART-").count(), 6, "{name}");
        assert!(
            conll.contains("\n\n"),
            "sentences are separated by blank lines"
        );
        if nested == Nested::Columns {
            assert!(report.left_out.is_empty(), "{:?}", report.left_out);
            let width = conll.lines().next().expect("line").split('\t').count();
            assert!(width >= 3, "nested spans need more than one tag column");
            // «بالطحين» → «ب» «الطحين»; the cue «قالت» inside «وقالت» is its own token.
            assert!(
                conll.contains("\nب\tO") && conll.contains("\nالطحين\t"),
                "proclitics split"
            );
            assert!(
                conll.contains("\nو\tO") && conll.contains("\nقالت\tB-CUE"),
                "{name}"
            );
        } else {
            assert!(
                report
                    .left_out
                    .iter()
                    .any(|l| l.to_string().contains("layer")),
                "nested spans left out are reported: {:?}",
                report.left_out
            );
        }
    }
    // The outermost layer holds the claim; the person it quotes is in layer 1.
    let layer0 = std::fs::read_to_string(dir.path().join("layer0.conll")).expect("read");
    assert!(layer0.contains("\n١٨\tB-CLAIM\n"), "claims are outer spans");
    let layer1 = std::fs::read_to_string(dir.path().join("layer1.conll")).expect("read");
    assert!(
        layer1.contains("\n١٨\tB-QTY\n"),
        "the quantity inside the claim"
    );
}

#[test]
fn brat_text_bound_annotations_quote_the_txt_slices() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brat");
    common::export(&ws, ExportFormat::Brat, &out);
    let conf = std::fs::read_to_string(out.join("annotation.conf")).expect("conf");
    assert!(conf.contains("Unicode code points") && conf.contains("[relations]"));
    let mut seen = 0;
    let mut kinds = BTreeSet::new();
    for doc in &ws.project().documents {
        let base = doc.id.0.strip_suffix(".txt").expect("txt");
        let text = std::fs::read_to_string(out.join(format!("{base}.txt"))).expect("txt");
        let chars: Vec<char> = text.chars().collect();
        let ann = std::fs::read_to_string(out.join(format!("{base}.ann"))).expect("ann");
        for line in ann.lines() {
            kinds.insert(line.chars().next().expect("id"));
            let mut fields = line.split('\t');
            let id = fields.next().expect("id");
            if !id.starts_with('T') {
                continue;
            }
            let bound = fields.next().expect("bound");
            let quoted = fields.next().expect("text");
            let (_, offsets) = bound.split_once(' ').expect("type");
            let pieces: Vec<String> = offsets
                .split(';')
                .map(|f| {
                    let (s, e) = f.split_once(' ').expect("offsets");
                    let (s, e): (usize, usize) =
                        (s.parse().expect("start"), e.parse().expect("end"));
                    chars[s..e].iter().collect()
                })
                .collect();
            assert_eq!(pieces.join(" "), quoted, "{base}: {line}");
            seen += 1;
        }
    }
    assert!(seen > 40, "{seen} text-bound annotations");
    assert_eq!(kinds, BTreeSet::from(['#', 'A', 'N', 'R', 'T']));
    let header = std::fs::read_to_string(out.join("02-opposition-website.ann")).expect("ann");
    assert!(header.contains("HEADER "), "a label of the project's own");
    assert!(
        header.lines().any(|l| l.contains(';')),
        "the span across a line break is written as two fragments:\n{header}"
    );
}

#[test]
fn qdpx_project_is_valid_against_the_refi_qda_schema() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let qdpx = dir.path().join("p.qdpx");
    common::export(&ws, ExportFormat::Qdpx, &qdpx);
    let qde = dir.path().join("project.qde");
    std::fs::write(&qde, extract_qde(&qdpx)).expect("write qde");
    common::schemas::assert_valid_qde(&qde);
    let archive =
        hashiya::formats::qdpx::read_archive(&std::fs::read(&qdpx).expect("read")).expect("reads");
    assert_eq!(archive.sources.len(), 6, "one plain text per document");
    assert!(
        archive
            .sources
            .values()
            .all(|t| std::str::from_utf8(t).is_ok())
    );
}

#[test]
fn web_annotation_uses_only_terms_of_its_context() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.jsonld");
    common::export(&ws, ExportFormat::Webanno, &path);
    let value: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    assert_eq!(value["@context"], "http://www.w3.org/ns/anno.jsonld");
    let terms = common::schemas::context_terms();
    let mut problems = Vec::new();
    common::schemas::check_terms(&value, &terms, "$", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");

    let items = value["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), 34);
    let texts: BTreeMap<String, Vec<char>> = ws
        .project()
        .documents
        .iter()
        .zip(ws.articles())
        .map(|(d, a)| {
            (
                hashiya::formats::webanno::document_iri(&d.id),
                a.text().expect("text").chars().collect(),
            )
        })
        .collect();
    for item in items {
        assert_eq!(item["type"], "Annotation");
        let selectors = item["target"]["selector"].as_array().expect("selectors");
        let types: Vec<&str> = selectors
            .iter()
            .map(|s| s["type"].as_str().expect("type"))
            .collect();
        assert_eq!(types, ["TextQuoteSelector", "TextPositionSelector"]);
        let text = &texts[item["target"]["source"].as_str().expect("source")];
        let (start, end) = (
            selectors[1]["start"].as_u64().expect("start") as usize,
            selectors[1]["end"].as_u64().expect("end") as usize,
        );
        let slice = |s: usize, e: usize| text[s..e].iter().collect::<String>();
        assert_eq!(selectors[0]["exact"], slice(start, end));
        assert_eq!(
            selectors[0]["prefix"],
            slice(start.saturating_sub(32), start)
        );
        assert_eq!(
            selectors[0]["suffix"],
            slice(end, (end + 32).min(text.len()))
        );
        assert!(
            item["body"]
                .as_array()
                .is_some_and(|b| b.iter().any(|b| b["purpose"] == "tagging"))
        );
    }
}

#[test]
fn the_self_check_lists_quotes_that_differ_from_the_text() {
    let ws = common::annotated_sample();
    let texts = ws.texts();
    let options = ExportOptions::default();
    let corpus = hashiya::export::Corpus::new(ws.project(), &texts, &options).expect("corpus");
    let dir = tempfile::tempdir().expect("temp dir");

    let jsonl = dir.path().join("a.jsonl");
    common::export(&ws, ExportFormat::Jsonl, &jsonl);
    let tampered = std::fs::read_to_string(&jsonl).expect("read").replacen(
        "\"text\":\"جسر الزيزفون\"",
        "\"text\":\"جسر الرمان\"",
        1,
    );
    std::fs::write(&jsonl, tampered).expect("write");
    let problems = hashiya::formats::jsonl::Jsonl
        .check(&corpus, &jsonl)
        .expect("check runs");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.to_string().contains("جسر الرمان"),
        "{}",
        problems[0]
    );

    let brat = dir.path().join("brat");
    common::export(&ws, ExportFormat::Brat, &brat);
    let ann = brat.join("05-english-wire.ann");
    let text =
        std::fs::read_to_string(&ann)
            .expect("read")
            .replacen("Salma al-Qadi", "Salma al-Qady", 1);
    std::fs::write(&ann, text).expect("write");
    let problems = hashiya::formats::brat::Brat
        .check(&corpus, &brat)
        .expect("check runs");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .location
            .to_string()
            .contains("05-english-wire.ann"),
        "{}",
        problems[0]
    );

    let conll = dir.path().join("a.conll");
    common::export(&ws, ExportFormat::Conll, &conll);
    let original = std::fs::read_to_string(&conll).expect("read");
    let exporter = hashiya::formats::conll::Conll::new(ConllOptions::default());
    for (from, to, what) in [
        (
            "\nبالعاصمة\tO",
            "\nبالعاصمت\tO",
            "is not the next piece of the text",
        ),
        ("\nبالعاصمة\tO", "\nبالعاصمة\tI-QTY", "breaks IOB2"),
    ] {
        assert!(original.contains(from));
        std::fs::write(&conll, original.replacen(from, to, 1)).expect("write");
        let problems = exporter.check(&corpus, &conll).expect("check runs");
        assert!(
            problems
                .iter()
                .any(|p| p.message.to_string().contains(what)),
            "{problems:?}"
        );
    }
    // A document cut off, one missing, one too many, a token before the first document.
    let last = original.rfind("-DOCSTART-").expect("documents");
    let first_text = original.find("\n\n").expect("a sentence") + 2;
    let first_line_end = first_text + original[first_text..].find('\n').expect("a line") + 1;
    for (tampered, what) in [
        (
            format!("{}{}", &original[..first_text], &original[first_line_end..]),
            "is not the next piece",
        ),
        (original[..last].to_owned(), "fewer documents"),
        (format!("{original}{}", &original[last..]), "more documents"),
        (
            format!("stray\tO\n{original}"),
            "before the first -DOCSTART-",
        ),
    ] {
        std::fs::write(&conll, tampered).expect("write");
        let problems = exporter.check(&corpus, &conll).expect("check runs");
        assert!(
            problems
                .iter()
                .any(|p| p.message.to_string().contains(what)),
            "{what}: {problems:?}"
        );
    }
    std::fs::write(&conll, &original).expect("write");
    assert_eq!(exporter.check(&corpus, &conll).expect("check runs"), []);
}

fn hashiya() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hashiya"))
}

#[test]
fn cli_exports_with_filters_and_refuses_unknown_documents() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("p.ron");
    let mut saved = ws.clone();
    saved.save_as(&project).expect("save");
    let out = dir.path().join("persons.jsonl");
    let run = hashiya()
        .args(["export", "--format", "jsonl"])
        .arg(&project)
        .arg("-o")
        .arg(&out)
        .args(["--labels", "PER,ORG", "--documents", "05-english-wire.txt"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("exporting 1/1 documents"),
        "progress on stderr: {stderr}"
    );
    assert!(stdout.contains("unicode code points"), "{stdout}");
    let written = std::fs::read_to_string(&out).expect("written");
    assert_eq!(written.lines().count(), 1);
    assert!(
        written.contains("Salma al-Qadi") && !written.contains("\"GPE\""),
        "{written}"
    );
    assert!(
        stdout.contains("left out: claim"),
        "the ministry's claim needs its cue: {stdout}"
    );

    let run = hashiya()
        .args(["export", "--format", "brat"])
        .arg(&project)
        .arg("-o")
        .arg(dir.path().join("b"))
        .args(["--documents", "no-such.txt"])
        .output()
        .expect("runs");
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("no-such.txt"));
}

/// `hashiya export` on a generated corpus of 1,000 documents: it shows progress and finishes.
#[test]
fn cli_exports_a_thousand_documents_with_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus");
    for i in 0..1000_u64 {
        let text = hashiya::synth::article(i, 2_000);
        std::fs::write(corpus.join(format!("{i:04}.txt")), text).expect("write");
    }
    let mut ws = hashiya::workspace::Workspace::import_folder(
        &corpus,
        &hashiya::import::ImportOptions::default(),
    )
    .expect("import");
    let mut tx = hashiya::model::Transaction::new(hashiya::model::Message::STATUS_LABELLED);
    for (i, doc) in ws.project().documents.iter().enumerate() {
        let text = ws.articles()[i].text().expect("text");
        // Every «الجيش» and «OCHA» of the article.
        for (needle, label) in [("الجيش", "ARMED"), ("OCHA", "ORG")] {
            for (byte, _) in text.match_indices(needle) {
                let start = text[..byte].chars().count();
                let end = start + needle.chars().count();
                let span = hashiya::model::Span::new(
                    hashiya::model::SpanId::fresh(),
                    start,
                    end,
                    hashiya::model::LabelId(label.into()),
                    needle,
                );
                tx.push(hashiya::model::Edit::AddSpan {
                    doc: doc.id.clone(),
                    span,
                });
            }
        }
    }
    ws.apply(tx).expect("spans");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    for format in ["jsonl", "conll", "brat", "webanno", "qdpx", "csv"] {
        let started = std::time::Instant::now();
        let run = hashiya()
            .args(["export", "--format", format])
            .arg(&project)
            .arg("-o")
            .arg(dir.path().join(format!("out.{format}")))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{stderr}");
        assert!(stderr.contains("exporting 1000/1000 documents"), "{stderr}");
        assert!(
            stderr.contains("exporting 100/1000 documents"),
            "progress on the way: {stderr}"
        );
        eprintln!("{format}: 1,000 documents in {:.2?}", started.elapsed());
    }
}

#[test]
fn a_cancelled_export_leaves_the_file_as_it_was() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("a.jsonl");
    std::fs::write(&out, "earlier export\n").expect("write");
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let mut calls = Vec::new();
    let result = ws.export(
        ExportFormat::Jsonl,
        &ExportOptions::default(),
        &out,
        &mut |done, total| {
            calls.push((done, total));
            // The menu's Cancel button, pressed after the second document.
            if done == 2 {
                cancel.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert!(
        matches!(result, Err(hashiya::export::ExportError::Cancelled)),
        "{result:?}"
    );
    assert_eq!(calls, [(1, 6), (2, 6)]);
    assert_eq!(
        std::fs::read_to_string(&out).expect("read"),
        "earlier export\n"
    );
}
