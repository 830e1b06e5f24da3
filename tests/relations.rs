//! Relations between spans as a user meets them in files: made and undone, saved and reopened
//! (also across documents), in the journal, migrated from version 3, merged from two copies.
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::fs;
use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use hashiya::model::{
    DocId, Document, Edit, History, LabelId, Project, RelationId, RelationTypeId, Span, SpanId,
    Transaction,
};
use hashiya::store::{self, annotations_dir, load_project, save_project};

const FIXTURE_V3: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/project-v3.ron");
const FIXTURE_V4: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/relations-v4.ron"
);

fn doc(id: &str) -> DocId {
    DocId(id.to_owned())
}

fn span_id(id: &str) -> SpanId {
    SpanId(id.to_owned())
}

/// Two articles: in `one.txt` a claim (CLAIM «القصف جاء من الشرق») and its claimant (PER «سامر»),
/// in `two.txt` a claim that contradicts it (CLAIM «لم يقع قصف»).
fn project() -> Project {
    let mut p = Project {
        name: "علاقات".to_owned(),
        corpus_dir: "corpus".to_owned(),
        schema: store::default_schema(),
        ..Project::default()
    };
    // The fixture holds what relations need, not every default of the schema.
    p.schema.document_categories.clear();
    for id in ["one.txt", "two.txt"] {
        let mut d = Document::new(doc(id), id.to_owned());
        d.char_len = 100;
        p.documents.push(d);
    }
    for (d, id, start, label, quote) in [
        ("one.txt", "c1", 10, "CLAIM", "القصف جاء من الشرق"),
        ("one.txt", "p1", 0, "PER", "سامر"),
        ("two.txt", "c2", 5, "CLAIM", "لم يقع قصف"),
    ] {
        let end = start + quote.chars().count();
        let span = Span::new(span_id(id), start, end, LabelId(label.to_owned()), quote);
        p.annotations.insert(doc(d), span).unwrap();
    }
    p
}

fn relate(p: &Project, kind: &str, id: &str, source: &str, target: &str) -> Edit {
    let mut edit = Edit::add_relation(
        p,
        RelationTypeId(kind.to_owned()),
        &span_id(source),
        &span_id(target),
    )
    .unwrap();
    if let Edit::AddRelation { relation, .. } = &mut edit {
        relation.id = RelationId(id.to_owned());
        "«نفي» صريح".clone_into(&mut relation.note);
        relation.stamp = hashiya::model::Stamp::new("سلمى", "2026-11-23T09:15:02Z");
    }
    edit
}

/// The project with a relation inside `one.txt` and one from `one.txt` to `two.txt`.
fn related() -> Project {
    let mut p = project();
    let tx = Transaction::new(hashiya::model::Message::RELATION_EDIT_MADE)
        .with(relate(&p, "EVIDENCE", "r1", "p1", "c1"))
        .with(relate(&p, "CONTRADICTS", "r2", "c1", "c2"));
    tx.apply_checked(&mut p).unwrap();
    p
}

#[test]
fn relations_are_saved_with_their_source_document_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = project();
    let mut history = History::new();
    let tx = Transaction::new(hashiya::model::Message::RELATION_EDIT_MADE)
        .with(relate(&p, "EVIDENCE", "r1", "p1", "c1"))
        .with(relate(&p, "CONTRADICTS", "r2", "c1", "c2"));
    history.apply(&mut p, tx).unwrap();
    save_project(&path, &p).unwrap();
    let loaded = load_project(&path).unwrap();
    assert_eq!(loaded, p);
    assert_eq!(loaded.annotations.relation_count(), 2);
    let (kept_with, cross) = loaded
        .annotations
        .find_relation(&RelationId("r2".to_owned()))
        .unwrap();
    assert_eq!(kept_with, &doc("one.txt"));
    assert_eq!(
        loaded.annotations.find(&cross.target).unwrap().0,
        &doc("two.txt"),
        "the target is a span of the other document"
    );

    let folder = annotations_dir(&path);
    let one = fs::read_to_string(folder.join("one.txt.ron")).unwrap();
    let two = fs::read_to_string(folder.join("two.txt.ron")).unwrap();
    assert!(one.contains("relations: [") && one.contains("kind: \"CONTRADICTS\""));
    assert!(
        one.contains("note: \"«نفي» صريح\""),
        "Arabic written as Arabic:\n{one}"
    );
    assert!(!two.contains("relations"), "{two}");
    let project_text = fs::read_to_string(&path).unwrap();
    assert!(project_text.contains("version: 5,"));
    assert!(project_text.contains("relation_types: ["));
    assert!(project_text.contains("directed: false"));

    // Undone and saved again, the relations leave the file without a trace.
    history.undo(&mut p).unwrap();
    save_project(&path, &p).unwrap();
    assert_eq!(load_project(&path).unwrap(), p);
    let one = fs::read_to_string(folder.join("one.txt.ron")).unwrap();
    assert!(!one.contains("relations"), "{one}");
}

#[test]
fn the_journal_carries_relations() {
    let p = related();
    let text = store::journal::to_ron_string(&p, UNIX_EPOCH + Duration::from_secs(1)).unwrap();
    assert!(text.contains("relations: ["));
    let entry = store::journal::from_ron_str(&text, Path::new("p.ron.journal")).unwrap();
    assert_eq!(entry.project, p);
}

#[test]
fn a_version_3_project_gains_no_relation_lines_and_the_version_4_fixture_reads() {
    let v3 = load_project(Path::new(FIXTURE_V3)).unwrap();
    assert!(v3.schema.relation_types.is_empty());
    let text = store::to_ron_string(&v3).unwrap();
    assert!(text.starts_with("(\n    version: 5,\n"));
    assert!(!text.contains("relation"), "{text}");

    // The version 4 fixture is exactly what this build writes for `related()`, but for the
    // project file's version (5 since import warnings are kept as data; these documents have
    // none). The fixture stays at version 4.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relations-v4.ron");
    save_project(&path, &related()).unwrap();
    let fixture_dir = Path::new(FIXTURE_V4).with_extension("annotations");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        fs::create_dir_all(&fixture_dir).unwrap();
        for name in ["one.txt.ron", "two.txt.ron"] {
            fs::copy(annotations_dir(&path).join(name), fixture_dir.join(name)).unwrap();
        }
    }
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        fs::read_to_string(FIXTURE_V4).unwrap().replacen(
            "    version: 4,\n",
            "    version: 5,\n",
            1
        ),
    );
    for name in ["one.txt.ron", "two.txt.ron"] {
        assert_eq!(
            fs::read_to_string(annotations_dir(&path).join(name)).unwrap(),
            fs::read_to_string(fixture_dir.join(name)).unwrap(),
            "{name}"
        );
    }
    assert_eq!(load_project(Path::new(FIXTURE_V4)).unwrap(), related());
}

#[test]
fn two_copies_merge_their_relations_record_by_record() {
    let base = project();
    let mut mine = base.clone();
    Transaction::single(
        hashiya::model::Message::RELATION_EDIT_MADE,
        relate(&mine, "EVIDENCE", "r1", "p1", "c1"),
    )
    .apply_checked(&mut mine)
    .unwrap();
    let mut theirs = base.clone();
    Transaction::single(
        hashiya::model::Message::RELATION_EDIT_MADE,
        relate(&theirs, "CONTRADICTS", "r2", "c1", "c2"),
    )
    .apply_checked(&mut theirs)
    .unwrap();
    let (merged, report) = hashiya::team::merge(Some(&base), &mine, &theirs);
    assert!(report.conflicts.is_empty());
    assert_eq!(merged.annotations.relation_count(), 2);
    // They removed what both had: it goes.
    let (merged_again, _) = hashiya::team::merge(Some(&merged), &merged, &mine);
    assert_eq!(merged_again.annotations.relation_count(), 1);
    assert!(
        merged_again
            .annotations
            .find_relation(&RelationId("r2".to_owned()))
            .is_none()
    );
}

#[test]
fn stats_counts_relations_and_those_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let mut p = related();
    for (id, text) in [
        ("one.txt", "سامر قال: القصف جاء من الشرق صباحا."),
        ("two.txt", "نفوا لم يقع قصف في البلدة."),
    ] {
        fs::write(corpus.join(id), text).unwrap();
        let document = p.documents.iter_mut().find(|d| d.id == doc(id)).unwrap();
        document.char_len = text.chars().count();
        document.sha256 = hashiya::import::sha256_hex(text.as_bytes());
        document.encoding = "UTF-8".to_owned();
    }
    let path = dir.path().join("p.ron");
    save_project(&path, &p).unwrap();
    let mut out = Vec::new();
    hashiya::cli::stats(&path, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(
            "Relations\t2 relations, 1 across documents\n  Contradicts\t1\n  Evidence for\t1\n"
        ),
        "{out}"
    );
    assert!(!out.contains("Span to review"), "{out}");
}

#[test]
fn the_csv_export_writes_relations_across_documents_and_reads_them_back() {
    use hashiya::export::{Corpus, ExportOptions};
    let mut p = related();
    let texts = [
        "سامر قال: القصف جاء من الشرق صباحا.",
        "نفوا لم يقع قصف في البلدة.",
    ];
    for (document, text) in p.documents.iter_mut().zip(texts) {
        document.char_len = text.chars().count();
    }
    let dir = tempfile::tempdir().unwrap();
    let with_texts: Vec<Option<&str>> = texts.iter().map(|t| Some(*t)).collect();
    let corpus = Corpus::new(&p, &with_texts, &ExportOptions::default()).unwrap();
    let table = hashiya::formats::csv::relations::relations_table(&corpus).unwrap();
    fs::write(dir.path().join("relations.csv"), &table).unwrap();
    let text = String::from_utf8(table).unwrap();
    assert!(
        text.contains(
            "r2,CONTRADICTS,true,one.txt,c1,10,28,القصف جاء من الشرق,two.txt,c2,5,15,لم يقع قصف,«نفي» صريح\n"
        ),
        "{text}"
    );
    assert_eq!(text.lines().count(), 3, "a header and two relations");
    assert!(
        hashiya::formats::csv::relations::check_relations(&corpus, dir.path())
            .unwrap()
            .is_empty()
    );
    // Without the second document, the relation into it is not written, and the check says
    // the file holds one relation too many.
    let only_one = ExportOptions {
        documents: Some([doc("one.txt")].into()),
        ..ExportOptions::default()
    };
    let corpus = Corpus::new(&p, &with_texts, &only_one).unwrap();
    let table = hashiya::formats::csv::relations::relations_table(&corpus).unwrap();
    assert_eq!(String::from_utf8(table).unwrap().lines().count(), 2);
    assert!(
        !hashiya::formats::csv::relations::check_relations(&corpus, dir.path())
            .unwrap()
            .is_empty()
    );
}

/// The label editor's relation-type changes: each one undoable step, undone and redone, and
/// what is saved is what reads back — a renamed, recoloured, undirected type with its labels.
#[test]
fn relation_type_edits_undo_redo_and_are_saved_and_read_back() {
    use hashiya::model::Rgb;
    use hashiya::model::relation::End;
    use hashiya::ui::relations::editor::{TypeChange, relation_type_change};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = related();
    let original = p.clone();
    let mut history = History::new();
    let same_as = RelationTypeId("SAME_AS".to_owned());
    for change in [
        TypeChange::Add,
        TypeChange::Name(same_as.clone(), "هو نفسه".to_owned()),
        TypeChange::Colour(same_as.clone(), Rgb(10, 20, 30)),
        TypeChange::Key(same_as.clone(), "h".to_owned()),
        TypeChange::Allow(
            same_as.clone(),
            End::Source,
            LabelId("PER".to_owned()),
            true,
        ),
        TypeChange::Directed(same_as.clone(), true),
        // «evidence for» is in use (r1): it goes with its relation.
        TypeChange::Remove(RelationTypeId("EVIDENCE".to_owned())),
    ] {
        let transaction = relation_type_change(&p, change).unwrap();
        history.apply(&mut p, transaction).unwrap();
    }
    let edited = p.clone();
    let kind = p.schema.relation_type(&same_as).unwrap();
    assert_eq!(
        (kind.name.as_str(), kind.colour, kind.key, kind.directed),
        ("هو نفسه", Rgb(10, 20, 30), Some('h'), true)
    );
    assert_eq!(kind.sources, [LabelId("PER".to_owned())]);
    assert_eq!(p.annotations.relation_count(), 1, "r1 went with its type");
    save_project(&path, &p).unwrap();
    assert_eq!(load_project(&path).unwrap(), edited);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("name: \"هو نفسه\""), "{text}");
    assert!(!text.contains("\"EVIDENCE\""), "{text}");
    // Every step undone, the project is as before; redone, as edited.
    while history.undo(&mut p).unwrap().is_some() {}
    assert_eq!(p, original);
    save_project(&path, &p).unwrap();
    assert_eq!(load_project(&path).unwrap(), original);
    while history.redo(&mut p).unwrap().is_some() {}
    assert_eq!(p, edited);
}

/// A relabel that would leave a relation with a label its type does not allow is refused, with
/// the relation named; the project is unchanged.
#[test]
fn a_relabel_breaking_a_relation_is_refused_with_the_relation_named() {
    let mut p = related();
    let before = p.clone();
    // c2 is the target of «contradicts» (claims only) from c1.
    let relabel = Edit::replace_span(&p, &doc("two.txt"), &span_id("c2"), |s| {
        s.label = LabelId("PER".to_owned());
    })
    .unwrap();
    let error = Transaction::single(hashiya::model::Message::INSPECTOR_EDIT_RELABEL, relabel)
        .apply_checked(&mut p)
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("it is the target of relation r2 (Contradicts)"),
        "{error}"
    );
    assert_eq!(p, before);
}
