//! Importing annotations made elsewhere: round trips export → import → export (byte-identical
//! for JSONL and brat, identical in content for REFI-QDA), one undoable transaction, problems
//! reported per annotation, unknown labels added, and hostile archives refused.

mod common;

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use hashiya::export::ExportFormat;
use hashiya::formats::qdpx::{
    ArchiveError, ArchiveLimits, parse_qde, read_archive, read_archive_with,
};
use hashiya::import::{AnnotationImportError, AnnotationImportReport, ImportFormat};
use hashiya::model::{Edit, LabelId, Transaction};
use hashiya::workspace::Workspace;

fn import(ws: &mut Workspace, format: ImportFormat, src: &Path) -> AnnotationImportReport {
    let cancel = AtomicBool::new(false);
    ws.import_annotations(format, src, &mut |_, _| {}, &cancel)
        .unwrap_or_else(|e| panic!("{format} import: {e}"))
}

#[test]
fn jsonl_round_trip_is_byte_identical() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first.jsonl");
    common::export(&ws, ExportFormat::Jsonl, &first);

    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Jsonl, &first);
    assert!(report.problems.is_empty(), "{}", report.summary());
    assert_eq!(report.matched.len(), 6);
    assert_eq!(
        (report.spans_added, report.claims_added),
        (34, 9),
        "{}",
        report.summary()
    );
    assert_eq!(
        report.labels_added,
        [LabelId("HEADER".into())],
        "the label the schema lacked"
    );
    assert_eq!(bare.project().entities.len(), ws.project().entities.len());
    assert_eq!(
        bare.project().clusters.len(),
        2,
        "clusters come back with their IDs"
    );

    let second = dir.path().join("second.jsonl");
    common::export(&bare, ExportFormat::Jsonl, &second);
    assert_eq!(
        std::fs::read_to_string(&first).expect("read"),
        std::fs::read_to_string(&second).expect("read")
    );

    // The whole import is one step of undo; importing again adds nothing.
    let again = import(&mut bare, ImportFormat::Jsonl, &first);
    assert_eq!((again.spans_added, again.claims_added), (0, 0));
    assert_eq!(again.already_there, 34 + 9);
    bare.undo().expect("undo");
    assert!(
        bare.project().annotations.is_empty(),
        "one undo removes the whole import"
    );
    assert!(
        bare.project()
            .schema
            .label(&LabelId("HEADER".into()))
            .is_none()
    );
}

#[test]
fn brat_round_trip_is_byte_identical() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first");
    common::export(&ws, ExportFormat::Brat, &first);

    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Brat, &first);
    assert!(report.problems.is_empty(), "{}", report.summary());
    assert_eq!(
        (report.spans_added, report.claims_added),
        (34, 9),
        "{}",
        report.summary()
    );

    let second = dir.path().join("second");
    common::export(&bare, ExportFormat::Brat, &second);
    let (a, b) = (common::files_below(&first), common::files_below(&second));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert_eq!(
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&b[name]),
            "{name}"
        );
    }
}

/// What a `project.qde` says, without its GUIDs: codes as paths, selections with the codes and
/// notes they carry.
fn qde_content(qdpx: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let archive = read_archive(&std::fs::read(qdpx).expect("read")).expect("archive");
    let qde = parse_qde(&archive.project_qde).expect("parses");
    let name_of = |guid: &str| {
        let code = qde.codes.iter().find(|c| c.guid == guid).expect("code");
        match &code.parent {
            Some(p) => {
                let parent = qde.codes.iter().find(|c| &c.guid == p).expect("parent");
                format!("{}/{}", parent.name, code.name)
            }
            None => code.name.clone(),
        }
    };
    let codes = qde
        .codes
        .iter()
        .map(|c| format!("{} {:?} {}", name_of(&c.guid), c.colour, c.description))
        .collect();
    let mut selections = BTreeSet::new();
    for source in &qde.sources {
        let text = hashiya::formats::qdpx::source_text(&archive, source).expect("text");
        for s in &source.selections {
            let mut codes: Vec<String> = s.codes.iter().map(|g| name_of(g)).collect();
            codes.sort();
            let notes: Vec<&String> = s.notes.iter().map(|n| &qde.notes[n]).collect();
            selections.insert(format!(
                "{} [{}, {}) {:?} {codes:?} {notes:?} {}",
                source.name,
                s.start,
                s.end,
                s.name,
                text.len()
            ));
        }
    }
    (codes, selections)
}

#[test]
fn qdpx_round_trip_is_identical_in_content() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first.qdpx");
    common::export(&ws, ExportFormat::Qdpx, &first);

    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Qdpx, &first);
    assert!(report.problems.is_empty(), "{}", report.summary());
    assert_eq!(report.spans_added, 34, "{}", report.summary());
    assert_eq!(report.claims_added, 0, "REFI-QDA carries no claims");
    assert_eq!(
        report.labels_added,
        [LabelId("Header".into())],
        "named as the code is"
    );

    let second = dir.path().join("second.qdpx");
    // The label comes back under its name as ID; give it the colour and description it had.
    let index = bare
        .project()
        .schema
        .labels
        .iter()
        .position(|l| l.id.0 == "Header")
        .expect("added");
    let original = ws
        .project()
        .schema
        .label(&LabelId("HEADER".into()))
        .expect("label");
    let restyle = Edit::change_label(bare.project(), &LabelId("Header".into()), |l| {
        l.colour = original.colour;
        l.description.clone_from(&original.description);
    })
    .expect("the label is there");
    bare.apply(Transaction::single(
        hashiya::model::Message::EDITOR_COLOUR_CHANGED,
        restyle,
    ))
    .expect("a label's colour changes");
    let header = bare.project().schema.labels[index].clone();
    // Entities without mentions are not in REFI-QDA either; compare with what was exported:
    // the sample with its HEADER spans under the label the archive names.
    let mut exported = ws.clone();
    let project = exported.project();
    let mut relabel = Transaction::new(hashiya::model::Message::IMPORTED_ANNOTATIONS)
        .with(Edit::add_label(project, header));
    for (doc, span) in project.annotations.all_spans() {
        if span.label.0 == "HEADER" {
            relabel.push(
                Edit::replace_span(project, doc, &span.id, |s| {
                    s.label = LabelId("Header".into());
                })
                .expect("the span is there"),
            );
        }
    }
    relabel.push(Edit::remove_label(project, &LabelId("HEADER".into())).expect("the label"));
    exported.apply(relabel).expect("the relabelled sample");
    let reference = dir.path().join("reference.qdpx");
    common::export(&exported, ExportFormat::Qdpx, &reference);
    common::export(&bare, ExportFormat::Qdpx, &second);
    let (codes_a, selections_a) = qde_content(&reference);
    let (codes_b, selections_b) = qde_content(&second);
    assert_eq!(selections_a, selections_b);
    assert_eq!(codes_a, codes_b);
    assert_eq!(selections_a.len(), 34);
}

/// A brat collection in a temporary folder: the English wire article (`wire.txt`) with `ann`
/// as its annotations.
fn wire_collection(ws: &Workspace, ann: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let brat = dir.path().join("brat");
    std::fs::create_dir(&brat).expect("dir");
    let text = ws.articles()[4].text().expect("text");
    std::fs::write(brat.join("wire.txt"), text).expect("txt");
    std::fs::write(brat.join("wire.ann"), ann).expect("ann");
    (dir, brat)
}

#[test]
fn problems_are_reported_per_annotation_and_never_stop_the_import() {
    let ws = common::annotated_sample();
    let (_dir, brat) = wire_collection(
        &ws,
        "T1\tPER 0 11\tConflicting\n\
         T2\tPER 1 11\tsomething else\n\
         T3\tPLACE 99999 100005\tfar away\n\
         T4\tTOWN 281 292\tEin al-Ward\n\
         E1\tAttack:T1\n\
         R1\tLocatedIn Arg1:T1 Arg2:T4\n",
    );
    std::fs::write(brat.join("elsewhere.ann"), "T1\tPER 0 3\tabc\n").expect("ann");
    std::fs::write(
        brat.join("elsewhere.txt"),
        "abc and nothing the project has\n",
    )
    .expect("txt");

    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Brat, &brat);
    let summary = report.summary();
    assert_eq!(report.matched.len(), 1, "{summary}");
    assert_eq!(
        report.matched[0].1.0, "05-english-wire.txt",
        "matched by its text"
    );
    assert_eq!(report.unmatched, ["elsewhere.ann"], "{summary}");
    assert_eq!(report.spans_added, 2, "{summary}");
    assert_eq!(
        report.labels_added,
        [LabelId("TOWN".into())],
        "unknown labels are added"
    );
    assert_eq!(
        (
            report.relations_added,
            report.relation_types_added.as_slice()
        ),
        (
            1,
            [hashiya::model::RelationTypeId("LocatedIn".into())].as_slice()
        ),
        "a relation of a type the schema lacks comes with its type"
    );
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("T2") && p.contains("something else"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("T3") && p.contains("past the text"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("wire.ann:5") && p.contains("events"))
    );
    assert!(summary.contains("not imported"), "{summary}");
}

#[test]
fn brat_spans_lose_edge_white_space_and_claimants_become_entities_of_a_kind_of_thing() {
    let ws = common::annotated_sample();
    let text = ws.articles()[4].text().expect("text");
    let at = |needle: &str| {
        let byte = text.find(needle).expect("in the article");
        text[..byte].chars().count()
    };
    let (ein, salma) = (at("Ein al-Ward"), at("Salma al-Qadi"));
    let ministry = "Ministry of Relief and Humanitarian Affairs";
    let m = at(ministry);
    let content = "all 18 trucks had reached the town's warehouses";
    let c = at(content);
    let (m_end, c_end) = (m + ministry.len(), c + content.len());
    // A claim frame typed `Claim`, as collections were written before `ClaimFrame`.
    let (_dir, brat) = wire_collection(
        &ws,
        &format!(
            "T1\tGPE {} {}\t Ein al-Ward\n\
             T2\tPER {} {ein}\t \n\
             T3\tCLAIMANT {salma} {}\tSalma al-Qadi\n\
             T4\tCLAIMANT {m} {m_end}\t{ministry}\n\
             T5\tORG {m} {m_end}\t{ministry}\n\
             T6\tCLAIM {c} {c_end}\t{content}\n\
             T7\tClaim {c} {c_end}\t{content}\n\
             R1\tContent Arg1:T7 Arg2:T6\n\
             R2\tClaimant Arg1:T7 Arg2:T4\n\
             N1\tReference T3 Wikidata:Q1\tSalma al-Qadi\n\
             N2\tReference T4 Wikidata:Q2\tthe ministry\n",
            ein - 1,
            ein + 11,
            ein - 1,
            salma + 13,
        ),
    );

    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Brat, &brat);
    let summary = report.summary();
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("T2") && problems[0].contains("only white space"));
    assert!(report.labels_added.is_empty(), "{summary}");
    assert_eq!(report.claims_added, 1, "{summary}");

    let doc = &bare.project().documents[4].id;
    let spans: Vec<(usize, usize, &str, &str)> = bare
        .project()
        .annotations
        .spans(doc)
        .iter()
        .map(|s| (s.start, s.end, s.label.0.as_str(), s.quote.as_str()))
        .collect();
    assert!(
        spans.contains(&(ein, ein + 11, "GPE", "Ein al-Ward")),
        "the leading space is left out: {spans:?}"
    );
    assert_eq!(spans.len(), 5, "no span labelled Claim: {spans:?}");
    let kind_of = |external: &str| {
        bare.project()
            .entities
            .values()
            .find(|e| e.external_id.as_deref() == Some(external))
            .map(|e| e.kind.0.clone())
    };
    assert_eq!(kind_of("Wikidata:Q1").as_deref(), Some("PER"));
    assert_eq!(
        kind_of("Wikidata:Q2").as_deref(),
        Some("ORG"),
        "the ORG span over the same words"
    );
}

#[test]
fn doccano_lines_with_numeric_ids_and_labels_only() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let text = ws.articles()[4].text().expect("text");
    let line = serde_json::json!({
        "id": 17,
        "text": text,
        "label": [[0, 11, "MISC"], [5, 300_000, "MISC"]],
    });
    let path = dir.path().join("doccano.jsonl");
    std::fs::write(&path, format!("{line}\nnot json\n")).expect("write");
    let mut bare = common::bare_copy(&ws);
    let report = import(&mut bare, ImportFormat::Jsonl, &path);
    assert_eq!(report.spans_added, 1, "{}", report.summary());
    assert_eq!(report.problems.len(), 2, "{}", report.summary());
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.location.to_string() == "doccano.jsonl:2")
    );
}

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(data).expect("data");
    }
    zip.finish().expect("finish").into_inner()
}

#[test]
fn hostile_archives_are_refused_with_a_clear_error() {
    let qde = br#"<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>"#;
    for (entry, reason) in [
        ("../x", "climbs out"),
        ("sources/../../x.txt", "climbs out"),
        ("/etc/x", "absolute"),
        ("C:\\x.txt", "absolute"),
    ] {
        let bytes = zip_with(&[("project.qde", qde), (entry, b"boo")]);
        match read_archive(&bytes) {
            Err(ArchiveError::Unsafe {
                entry: e,
                reason: r,
            }) => {
                assert_eq!(e, entry);
                assert!(r.contains(reason), "{entry}: {r}");
            }
            other => panic!("{entry}: {other:?}"),
        }
    }

    // A zip bomb: the inflated size is counted, not trusted.
    let zeros = vec![0_u8; 2 * 1024 * 1024];
    let bomb = zip_with(&[("project.qde", qde), ("sources/a.txt", &zeros)]);
    assert!(bomb.len() < 64 * 1024, "compresses well: {}", bomb.len());
    let limits = ArchiveLimits {
        entry_bytes: 1024 * 1024,
        ..ArchiveLimits::default()
    };
    assert!(matches!(
        read_archive_with(&bomb, &limits),
        Err(ArchiveError::TooLarge { .. })
    ));

    // Through the workspace and the command line: refused, and the project is untouched.
    let dir = tempfile::tempdir().expect("temp dir");
    let evil = dir.path().join("evil.qdpx");
    std::fs::write(&evil, zip_with(&[("project.qde", qde), ("../x", b"boo")])).expect("write");
    let mut ws = common::annotated_sample();
    let cancel = AtomicBool::new(false);
    let error = ws
        .import_annotations(ImportFormat::Qdpx, &evil, &mut |_, _| {}, &cancel)
        .expect_err("refused");
    assert!(
        matches!(error, AnnotationImportError::UnsafeEntry { .. }),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        message.contains("\"../x\"") && message.contains("refused"),
        "{message}"
    );

    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    let before = std::fs::read(&project).expect("read");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .args(["import", "--format", "qdpx"])
        .arg(&evil)
        .arg(&project)
        .output()
        .expect("runs");
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("../x"));
    assert_eq!(std::fs::read(&project).expect("read"), before);
}

#[test]
fn cli_imports_and_saves_the_project() {
    let ws = common::annotated_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let brat = dir.path().join("brat");
    common::export(&ws, ExportFormat::Brat, &brat);
    let mut bare = common::bare_copy(&ws);
    let project = dir.path().join("p.ron");
    bare.save_as(&project).expect("save");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .args(["import", "--format", "brat"])
        .arg(&brat)
        .arg(&project)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("Imported 34 spans, 9 claims"), "{stdout}");
    let reopened = Workspace::open_project(&project).expect("opens");
    assert_eq!(reopened.project().annotations.len(), 34);
    assert_eq!(reopened.project().annotations.claim_count(), 9);
    assert!(reopened.span_text_problems().is_empty());
}

#[test]
fn a_selection_whose_position_cannot_be_read_is_skipped_and_the_rest_kept() {
    let qde = r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x">
  <CodeBook><Codes><Code guid="c1" name="PER" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="s1" name="a.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="good" startPosition="0" endPosition="4">
        <Coding guid="k1"><CodeRef targetGUID="c1"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="bad" startPosition="four" endPosition="9">
        <Coding guid="k2"><CodeRef targetGUID="c1"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"#;
    let project = parse_qde(qde).expect("the project is read");
    let selections: Vec<&str> = project.sources[0]
        .selections
        .iter()
        .map(|s| s.guid.as_str())
        .collect();
    assert_eq!(selections, ["good"]);
    assert_eq!(project.skipped.len(), 1);
    assert_eq!(project.skipped[0].1, "bad");

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.qdpx");
    let text = "سعيد قال إن المطر قادم";
    std::fs::write(
        &path,
        zip_with(&[
            ("project.qde", qde.as_bytes()),
            ("sources/a.txt", text.as_bytes()),
        ]),
    )
    .expect("write");
    let mut report = AnnotationImportReport::default();
    let cancel = AtomicBool::new(false);
    let documents = hashiya::formats::qdpx::read(&path, &mut report, &mut |_, _| {}, &cancel)
        .expect("not refused whole");
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].spans.len(), 1);
    assert_eq!(documents[0].spans[0].quotes[0].2, "سعيد");
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].location.to_string().contains("bad")
            && report.problems[0]
                .message
                .to_string()
                .contains("startPosition"),
        "{}",
        report.problems[0]
    );
}
