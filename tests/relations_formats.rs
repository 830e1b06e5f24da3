//! Relations between spans in the exports and imports: brat `R` lines and `annotation.conf`,
//! doccano JSONL `relations`, W3C Web Annotation `linking` annotations with two targets,
//! REFI-QDA `Link`s valid against the schema and read back, what each format leaves out (a relation between
//! two documents in brat and JSONL, every relation in `CoNLL`), and relation agreement.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use common::Builder;
use hashiya::export::ExportFormat;
use hashiya::import::{AnnotationImportReport, ImportFormat, ImportOptions};
use hashiya::model::{Edit, Project, RelationTypeId, SpanId};
use hashiya::workspace::Workspace;
use serde_json::Value;

const ONE: &str = "قال سامر الخطيب باسم بلدية النهر إن الجسر سيفتح غدا. وأكد المهندس أن \
                   الأعمال انتهت. وذكر الخطيب أن الطريق آمن.";
const TWO: &str = "نفت الوزارة أن يكون الجسر جاهزا قبل الشهر المقبل.";

/// The two articles, imported into a new project.
fn corpus(dir: &Path) -> Workspace {
    let folder = dir.join("corpus");
    std::fs::create_dir_all(&folder).expect("corpus folder");
    std::fs::write(folder.join("one.txt"), ONE).expect("write one");
    std::fs::write(folder.join("two.txt"), TWO).expect("write two");
    Workspace::import_folder(&folder, &ImportOptions::default()).expect("import")
}

fn doc_index(b: &Builder, name: &str) -> usize {
    b.ws.project()
        .documents
        .iter()
        .position(|d| d.path.ends_with(name))
        .expect("document")
}

/// The spans both analysts mark: in `one.txt` a spokesman (PER «سامر الخطيب»), the body he
/// speaks for (ORG), two claims and the spokesman named again (PER «الخطيب»); in `two.txt` a
/// claim. Made in a different order (so with other IDs) when `reversed`.
struct Spans {
    p1: SpanId,
    o1: SpanId,
    c1: SpanId,
    c3: SpanId,
    p2: SpanId,
    c2: SpanId,
}

fn spans(b: &mut Builder, reversed: bool) -> Spans {
    let (one, two) = (doc_index(b, "one.txt"), doc_index(b, "two.txt"));
    let mut marks = vec![
        (one, "سامر الخطيب", 0, "PER"),
        (one, "بلدية النهر", 0, "ORG"),
        (one, "الجسر سيفتح غدا", 0, "CLAIM"),
        (one, "الأعمال انتهت", 0, "CLAIM"),
        (one, "الخطيب", 1, "PER"),
        (two, "يكون الجسر جاهزا", 0, "CLAIM"),
    ];
    if reversed {
        marks.reverse();
    }
    let mut ids: Vec<SpanId> = marks
        .into_iter()
        .map(|(doc, needle, nth, label)| b.span(doc, needle, nth, label))
        .collect();
    if reversed {
        ids.reverse();
    }
    let mut ids = ids.into_iter();
    let mut next = || ids.next().expect("six spans");
    Spans {
        p1: next(),
        o1: next(),
        c1: next(),
        c3: next(),
        p2: next(),
        c2: next(),
    }
}

fn relate(b: &mut Builder, kind: &str, source: &SpanId, target: &SpanId, note: &str) {
    let mut edit = Edit::add_relation(
        b.ws.project(),
        RelationTypeId(kind.to_owned()),
        source,
        target,
    )
    .expect("source exists");
    if let Edit::AddRelation { relation, .. } = &mut edit {
        note.clone_into(&mut relation.note);
    }
    b.apply(edit);
}

/// Analyst A: three relations inside `one.txt` (speaks for, with a note; supports; same as) and
/// one from `one.txt` to `two.txt` (contradicts).
fn related(dir: &Path) -> Workspace {
    let mut b = Builder::new(corpus(dir), 0);
    let s = spans(&mut b, false);
    relate(&mut b, "SPEAKS_FOR", &s.p1, &s.o1, "متحدث رسمي");
    relate(&mut b, "SUPPORTS", &s.c3, &s.c1, "");
    relate(&mut b, "SAME_AS", &s.p2, &s.p1, "");
    relate(&mut b, "CONTRADICTS", &s.c1, &s.c2, "");
    b.ws
}

type End = (String, usize, usize, String);

/// Every relation as its type, its ends (document path, offsets, label) and its note.
fn relation_keys(project: &Project) -> BTreeSet<(String, End, End, String)> {
    let end = |id: &SpanId| {
        let (doc, span) = project.annotations.find(id).expect("end exists");
        let path = project.document(doc).expect("document").path.clone();
        (path, span.start, span.end, span.label.0.clone())
    };
    project
        .annotations
        .all_relations()
        .map(|(_, r)| {
            (
                r.kind.0.clone(),
                end(&r.source),
                end(&r.target),
                r.note.clone(),
            )
        })
        .collect()
}

/// The relations of `project` inside one document.
fn within_documents(project: &Project) -> BTreeSet<(String, End, End, String)> {
    relation_keys(project)
        .into_iter()
        .filter(|(_, a, b, _)| a.0 == b.0)
        .collect()
}

fn import(ws: &mut Workspace, format: ImportFormat, src: &Path) -> AnnotationImportReport {
    let cancel = AtomicBool::new(false);
    ws.import_annotations(format, src, &mut |_, _| {}, &cancel)
        .unwrap_or_else(|e| panic!("{format} import: {e}"))
}

/// The left-out line about relations between two documents, and how many there are.
fn cross_document_line(left_out: &[impl ToString]) -> Option<String> {
    left_out
        .iter()
        .map(ToString::to_string)
        .find(|l| l.contains("between spans of two documents"))
}

fn text_of(ann: &str, t: &str) -> String {
    ann.lines()
        .find_map(|l| l.strip_prefix(&format!("{t}\t")))
        .and_then(|rest| rest.split('\t').nth(1))
        .unwrap_or_else(|| panic!("no {t} in\n{ann}"))
        .to_owned()
}

#[test]
fn brat_writes_r_lines_and_every_relation_type_and_reads_them_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = related(dir.path());
    let out = dir.path().join("brat");
    let report = common::export(&ws, ExportFormat::Brat, &out);
    let line = cross_document_line(&report.left_out).expect("the cross-document one reported");
    assert!(line.starts_with("1 relation between"), "{line}");

    let ann = std::fs::read_to_string(out.join("one.ann")).expect("one.ann");
    let r_lines: Vec<&str> = ann.lines().filter(|l| l.starts_with('R')).collect();
    assert_eq!(r_lines.len(), 3, "{ann}");
    let speaks = r_lines
        .iter()
        .find(|l| l.contains("\tSPEAKS_FOR "))
        .expect("a SPEAKS_FOR line");
    let args: Vec<&str> = speaks
        .split(' ')
        .filter_map(|p| p.split_once(':').map(|(_, t)| t))
        .collect();
    assert_eq!(text_of(&ann, args[0]), "سامر الخطيب");
    assert_eq!(text_of(&ann, args[1]), "بلدية النهر");
    let r_id = speaks.split('\t').next().expect("id");
    assert!(
        ann.contains(&format!("AnnotatorNotes {r_id}\tمتحدث رسمي")),
        "the note goes on the R line's ID:\n{ann}"
    );
    let two = std::fs::read_to_string(out.join("two.ann")).expect("two.ann");
    assert!(!two.lines().any(|l| l.starts_with('R')), "{two}");

    let conf = std::fs::read_to_string(out.join("annotation.conf")).expect("conf");
    for line in [
        "SUPPORTS\tArg1:CLAIM, Arg2:CLAIM\n",
        "CONTRADICTS\tArg1:CLAIM, Arg2:CLAIM\n",
        "SPEAKS_FOR\tArg1:PER|CLAIMANT, Arg2:ORG|ARMED|GPE|CLAIMANT\n",
    ] {
        assert!(conf.contains(line), "{line:?} missing from\n{conf}");
    }
    let any = |name: &str| {
        conf.lines()
            .find(|l| l.starts_with(&format!("{name}\t")))
            .unwrap_or_else(|| panic!("no {name} in\n{conf}"))
            .to_owned()
    };
    let evidence = any("EVIDENCE");
    assert!(
        evidence.starts_with("EVIDENCE\tArg1:PER|") && evidence.ends_with(", Arg2:CLAIM"),
        "any label as its source: {evidence}"
    );
    assert!(any("SAME_AS").ends_with(", <REL-TYPE>:symmetric"), "{conf}");

    let mut bare = ws.unannotated_copy();
    let imported = import(&mut bare, ImportFormat::Brat, &out);
    assert!(imported.problems.is_empty(), "{}", imported.summary());
    assert_eq!(imported.relations_added, 3, "{}", imported.summary());
    assert!(imported.relation_types_added.is_empty());
    assert_eq!(
        relation_keys(bare.project()),
        within_documents(ws.project())
    );
    assert_eq!(within_documents(ws.project()).len(), 3);
}

#[test]
fn brat_reader_adds_an_unknown_relation_type_and_reports_one_without_spans() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = related(dir.path());
    let folder = dir.path().join("other");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("one.txt"), ONE).expect("txt");
    let ann = "T1\tPER 4 15\tسامر الخطيب\nT2\tORG 21 32\tبلدية النهر\n\
               R1\tEmployedBy Arg1:T1 Arg2:T2\nR2\tEmployedBy Arg1:T1 Arg2:T9\n";
    std::fs::write(folder.join("one.ann"), ann).expect("ann");
    let report = import(&mut ws, ImportFormat::Brat, &folder);
    assert_eq!(report.relations_added, 1, "{}", report.summary());
    assert_eq!(
        report.relation_types_added,
        [RelationTypeId("EmployedBy".into())]
    );
    assert_eq!(report.problems.len(), 1, "{}", report.summary());
    assert!(
        report.problems[0].location.to_string().contains(":4"),
        "{}",
        report.summary()
    );
    assert!(
        report
            .summary()
            .contains("Relation types added to the schema: EmployedBy")
    );
}

#[test]
fn jsonl_relations_name_entity_ids_and_read_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = related(dir.path());
    let out = dir.path().join("a.jsonl");
    let report = common::export(&ws, ExportFormat::Jsonl, &out);
    assert!(
        cross_document_line(&report.left_out).is_some(),
        "{report:?}"
    );

    let text = std::fs::read_to_string(&out).expect("read");
    let one: Value = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("json"))
        .find(|v| v["text"] == ONE)
        .expect("one.txt's line");
    let entities = one["entities"].as_array().expect("entities");
    let relations = one["relations"].as_array().expect("relations");
    assert_eq!(relations.len(), 3, "{relations:?}");
    let quote = |id: &Value| {
        entities
            .iter()
            .find(|e| &e["id"] == id)
            .map(|e| e["text"].clone())
            .expect("an entity with that id")
    };
    let supports = relations
        .iter()
        .find(|r| r["type"] == "SUPPORTS")
        .expect("SUPPORTS");
    assert_eq!(quote(&supports["from_id"]), "الأعمال انتهت");
    assert_eq!(quote(&supports["to_id"]), "الجسر سيفتح غدا");
    let ids: BTreeSet<u64> = relations
        .iter()
        .map(|r| r["id"].as_u64().expect("id"))
        .collect();
    assert_eq!(ids.len(), 3, "each relation its own id");

    let mut bare = ws.unannotated_copy();
    let imported = import(&mut bare, ImportFormat::Jsonl, &out);
    assert!(imported.problems.is_empty(), "{}", imported.summary());
    assert_eq!(imported.relations_added, 3);
    assert_eq!(
        relation_keys(bare.project()),
        within_documents(ws.project()),
        "type, ends and note come back"
    );
}

#[test]
fn web_annotation_links_the_two_spans_of_each_relation_across_documents_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = related(dir.path());
    let out = dir.path().join("a.jsonld");
    let report = common::export(&ws, ExportFormat::Webanno, &out);
    assert!(
        cross_document_line(&report.left_out).is_none(),
        "{report:?}"
    );
    let value: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("json");
    let mut problems = Vec::new();
    let terms = common::schemas::context_terms();
    common::schemas::check_terms(&value, &terms, "$", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");

    let items = value["first"]["items"].as_array().expect("items");
    let links: Vec<&Value> = items
        .iter()
        .filter(|i| i["motivation"] == "linking")
        .collect();
    assert_eq!(
        links.len(),
        4,
        "one per relation, the cross-document one too"
    );
    let exact = |target: &Value| target["selector"][0]["exact"].clone();
    let source_of = |target: &Value| target["source"].as_str().expect("source").to_owned();
    for link in &links {
        let targets = link["target"].as_array().expect("two targets");
        assert_eq!(targets.len(), 2);
        for target in targets {
            let selectors = target["selector"].as_array().expect("selectors");
            assert_eq!(selectors[0]["type"], "TextQuoteSelector");
            assert_eq!(selectors[1]["type"], "TextPositionSelector");
        }
        let tag = link["body"]
            .as_array()
            .expect("bodies")
            .iter()
            .find(|b| b["purpose"] == "tagging")
            .expect("a tagging body");
        match tag["value"].as_str().expect("type") {
            "CONTRADICTS" => {
                assert_eq!(exact(&targets[0]), "الجسر سيفتح غدا");
                assert_eq!(exact(&targets[1]), "يكون الجسر جاهزا");
                assert_ne!(source_of(&targets[0]), source_of(&targets[1]));
            }
            "SPEAKS_FOR" => {
                assert_eq!(exact(&targets[0]), "سامر الخطيب");
                assert_eq!(exact(&targets[1]), "بلدية النهر");
                assert_eq!(source_of(&targets[0]), source_of(&targets[1]));
            }
            _ => {}
        }
    }
}

#[test]
fn refi_qda_writes_links_between_selections_valid_against_the_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = related(dir.path());
    let out = dir.path().join("a.qdpx");
    let report = common::export(&ws, ExportFormat::Qdpx, &out);
    assert!(
        !report
            .left_out
            .iter()
            .any(|l| l.to_string().contains("relation")),
        "{report:?}"
    );
    let archive =
        hashiya::formats::qdpx::read_archive(&std::fs::read(&out).expect("read")).expect("reads");
    let qde_path = dir.path().join("project.qde");
    std::fs::write(&qde_path, &archive.project_qde).expect("write qde");
    common::schemas::assert_valid_qde(&qde_path);
    let qde = hashiya::formats::qdpx::parse_qde(&archive.project_qde).expect("parses");
    assert_eq!(qde.links.len(), 4);
    let selection = |guid: &Option<String>| {
        qde.sources
            .iter()
            .find_map(|s| {
                s.selections
                    .iter()
                    .find(|sel| Some(&sel.guid) == guid.as_ref())
                    .map(|sel| (s.name.clone(), sel.name.clone()))
            })
            .expect("a selection")
    };
    let same_as = qde
        .links
        .iter()
        .find(|l| l.name == "Same as")
        .expect("Same as");
    assert_eq!(same_as.direction.as_deref(), Some("Associative"));
    let contradicts = qde
        .links
        .iter()
        .find(|l| l.name == "Contradicts")
        .expect("Contradicts");
    assert_eq!(contradicts.direction.as_deref(), Some("OneWay"));
    let (from, to) = (
        selection(&contradicts.origin),
        selection(&contradicts.target),
    );
    assert_eq!(from.1, "الجسر سيفتح غدا");
    assert_eq!(to.1, "يكون الجسر جاهزا");
    assert_ne!(from.0, to.0, "a link between two sources");

    // Read back: the links inside one source, by the relation type's name, with their notes;
    // the link between two sources is listed as not imported.
    let mut bare = ws.unannotated_copy();
    let imported = import(&mut bare, ImportFormat::Qdpx, &out);
    assert_eq!(imported.relations_added, 3, "{}", imported.summary());
    assert_eq!(imported.problems.len(), 1, "{}", imported.summary());
    assert!(
        imported.problems[0]
            .location
            .to_string()
            .starts_with("Link ")
    );
    assert_eq!(
        relation_keys(bare.project()),
        within_documents(ws.project())
    );
}

#[test]
fn conll_reports_every_relation_as_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = related(dir.path());
    let report = common::export(&ws, ExportFormat::Conll, &dir.path().join("a.conll"));
    assert!(
        report.left_out.iter().any(|l| l
            .to_string()
            .starts_with("4 relations between spans: CoNLL has no place")),
        "{report:?}"
    );
}

#[test]
fn agreement_counts_relations_matching_by_type_and_both_ends() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = related(dir.path());
    // Analyst B marks the same spans (other IDs): speaks for and contradicts alike, same as the
    // other way round (undirected: a match), supports the other way round (directed: no match),
    // and an evidence relation A did not draw. Matched 3, only A 1, only B 2.
    let mut b = Builder::new(a.unannotated_copy(), 1000);
    let s = spans(&mut b, true);
    relate(&mut b, "SPEAKS_FOR", &s.p1, &s.o1, "");
    relate(&mut b, "SUPPORTS", &s.c1, &s.c3, "");
    relate(&mut b, "SAME_AS", &s.p1, &s.p2, "");
    relate(&mut b, "CONTRADICTS", &s.c1, &s.c2, "");
    relate(&mut b, "EVIDENCE", &s.c3, &s.c1, "");
    let mut b = b.ws;
    assert_ne!(
        a.project().annotations.spans(&a.project().documents[0].id)[0].id,
        b.project().annotations.spans(&b.project().documents[0].id)[0].id,
        "the analysts' spans have their own IDs"
    );

    let figures = hashiya::team::relation_agreement::relation_agreement(a.project(), b.project());
    let o = figures.overall;
    assert_eq!((o.matched, o.only_a, o.only_b), (3, 1, 2));
    assert_eq!(o.precision, Some(3.0 / 5.0));
    assert_eq!(o.recall, Some(3.0 / 4.0));
    assert_eq!(o.f1, Some(6.0 / 9.0));
    let supports = figures.per_type["SUPPORTS"];
    assert_eq!(
        (supports.matched, supports.only_a, supports.only_b),
        (0, 1, 1)
    );
    assert_eq!(supports.f1, Some(0.0));
    assert_eq!(figures.per_type["SAME_AS"].f1, Some(1.0));
    assert_eq!(figures.per_type["CONTRADICTS"].matched, 1);
    assert_eq!(figures.per_type["EVIDENCE"].recall, None, "A drew none");

    let (a_path, b_path) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    a.save_as(&a_path).expect("save a");
    b.save_as(&b_path).expect("save b");
    let mut out = Vec::new();
    hashiya::cli::agreement(&a_path, &b_path, false, &mut out).expect("agreement");
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.contains("  overall  P 0.600  R 0.750  F1 0.667  matched 3  only A 1  only B 2"),
        "{text}"
    );
    assert!(
        text.contains("  type SUPPORTS  P 0.000  R 0.000  F1 0.000  matched 0  only A 1  only B 1"),
        "{text}"
    );
    let mut out = Vec::new();
    hashiya::cli::agreement(&a_path, &b_path, true, &mut out).expect("agreement");
    let json: Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(json["relations"]["overall"]["matched"], 3);
    assert_eq!(json["relations"]["per_type"]["SPEAKS_FOR"]["f1"], 1.0);
}
