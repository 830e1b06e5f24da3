//! Spans as an analyst meets them: written in the test notation, saved beside the project file
//! (one file per document), reloaded, damaged, merged from a colleague's copy, recovered from
//! the autosave journal; and the grapheme and Arabic-clitic rules that shape a span's edges.
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use hashiya::import::ImportOptions;
use hashiya::model::{
    Annotations, BaseDirection, Certainty, Claim, ClaimId, Claimant, Cluster, ClusterId,
    ClusterMember, DocId, Document, Edit, EditError, Entity, EntityId, LabelId, Outlet, OutletId,
    Polarity, Project, Relation, Span, SpanId, Transaction, claim_matrix, mention_counts, notation,
};
use hashiya::store::{
    self, FileKind, Journal, StoreError, StoreWarning, annotations_dir, annotations_file,
    load_annotations, load_project, load_project_with_report, save_annotations, save_project,
};
use hashiya::text::graphemes::{
    expand_to_words, is_boundary, snap_to_boundaries, strip_proclitic, word_range_at,
};
use hashiya::workspace::Workspace;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// Two articles in the notation: Arabic with a Latin name and digits, and one with harakat.
const ARTICLES: [(&str, &str); 3] = [
    (
        "enab/0001.txt",
        "قال [PER|محمد الأحمد] إن قوات [ARMED|التحالف] سيطرت على حقل العمر ب[GPE|دير الزور].",
    ),
    (
        "sana/خبر.txt",
        "أعلنت «[ARMED|قسد]» ([ARMED|SDF]) في [DATE|12 أيلول] بدء عملية «[EVENT|عاصفة الجزيرة]».",
    ),
    ("empty.txt", "خبرٌ بلا وسوم."),
];

fn document(id: &str, text: &str) -> Document {
    Document {
        id: DocId(id.to_owned()),
        path: id.to_owned(),
        sha256: "0".repeat(64),
        encoding: "UTF-8".to_owned(),
        title: text.lines().next().unwrap_or_default().to_owned(),
        outlet: OutletId::unknown(),
        date: String::new(),
        author: String::new(),
        url: String::new(),
        language: String::new(),
        base_direction: BaseDirection::Auto,
        char_len: text.chars().count(),
        warnings: vec![],
        extraction: hashiya::model::Extraction::Plain,
        date_text: String::new(),
        outlet_text: String::new(),
        metadata_from: std::collections::BTreeMap::new(),
        copy_of: None,
    }
}

/// A project holding [`ARTICLES`] with their spans; IDs are `s0`, `s1`, … in order.
fn annotated_project() -> Project {
    let mut project = Project {
        name: "وسوم".to_owned(),
        corpus_dir: "corpus".to_owned(),
        schema: store::default_schema(),
        ..Project::default()
    };
    let mut n = 0;
    for (id, marked) in ARTICLES {
        let (text, spans) = notation::parse(marked).unwrap();
        project.documents.push(document(id, &text));
        for (start, end, label) in spans {
            let quote: String = text.chars().skip(start).take(end - start).collect();
            let span = Span::new(SpanId(format!("s{n}")), start, end, label, &quote);
            project
                .annotations
                .insert(DocId(id.to_owned()), span)
                .unwrap();
            n += 1;
        }
    }
    project
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn doc(id: &str) -> DocId {
    DocId(id.to_owned())
}

// ---- notation ------------------------------------------------------------------------------

#[test]
fn notation_round_trips() {
    for (_, marked) in ARTICLES {
        let (text, spans) = notation::parse(marked).unwrap();
        assert_eq!(notation::render(&text, &spans).unwrap(), marked);
    }
    let (text, spans) = notation::parse("قال [PER|محمد] إن [GPE|بدير الزور]").unwrap();
    assert_eq!(text, "قال محمد إن بدير الزور");
    assert_eq!(
        spans,
        [
            (4, 8, LabelId("PER".into())),
            (12, 22, LabelId("GPE".into()))
        ]
    );
    // Spans of the model render the same way.
    let project = annotated_project();
    let (text, _) = notation::parse(ARTICLES[0].1).unwrap();
    assert_eq!(
        notation::render_spans(&text, project.annotations.spans(&doc("enab/0001.txt"))).unwrap(),
        ARTICLES[0].1
    );
}

// ---- annotation files ----------------------------------------------------------------------

#[test]
fn project_and_spans_round_trip_one_file_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = annotated_project();
    save_project(&path, &project).unwrap();

    assert_eq!(names_in(dir.path()), ["p.annotations", "p.ron"]);
    assert_eq!(
        names_in(&dir.path().join("p.annotations")),
        ["enab%2F0001.txt.ron", "sana%2F%D8%AE%D8%A8%D8%B1.txt.ron"],
        "one file per document with spans; none for empty.txt; no temporary files"
    );
    let project_text = fs::read_to_string(&path).unwrap();
    assert!(!project_text.contains("spans") && !project_text.contains("quote"));

    let loaded = load_project(&path).unwrap();
    assert_eq!(loaded, project);

    let file = fs::read_to_string(dir.path().join("p.annotations/enab%2F0001.txt.ron")).unwrap();
    let expected = r#"(
    version: 4,
    document: "enab/0001.txt",
    spans: [
        (
            id: "s0",
            start: 4,
            end: 15,
            label: "PER",
            quote: "محمد الأحمد",
            entity: None,
            attributes: {},
            note: "",
        ),
        (
            id: "s1",
            start: 24,
            end: 31,
            label: "ARMED",
            quote: "التحالف",
            entity: None,
            attributes: {},
            note: "",
        ),
        (
            id: "s2",
            start: 53,
            end: 62,
            label: "GPE",
            quote: "دير الزور",
            entity: None,
            attributes: {},
            note: "",
        ),
    ],
    claims: [],
)
"#;
    assert_eq!(file, expected);
}

#[test]
fn saving_again_rewrites_only_what_changed_and_removes_what_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("p.annotations");
    let mut project = annotated_project();

    let first = save_annotations(&folder, &project.annotations).unwrap();
    assert_eq!((first.written.len(), first.unchanged), (2, 0));
    let bytes: Vec<Vec<u8>> = first.written.iter().map(|p| fs::read(p).unwrap()).collect();
    let mtime = |p: &Path| fs::metadata(p).unwrap().modified().unwrap();
    // Make a rewrite visible in mtimes even on coarse-grained file systems.
    let old = UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    for p in &first.written {
        fs::File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }

    // Same spans: nothing written, identical bytes.
    let again = save_annotations(&folder, &project.annotations).unwrap();
    assert_eq!((again.written.len(), again.unchanged), (0, 2));
    assert!(again.removed.is_empty());
    for (p, b) in first.written.iter().zip(&bytes) {
        assert_eq!(&fs::read(p).unwrap(), b);
        assert_eq!(mtime(p), old, "{} was rewritten", p.display());
    }

    // A note on one span of one document: only that file is written.
    let sana = doc("sana/خبر.txt");
    let id = project.annotations.spans(&sana)[0].id.clone();
    let mut span = project.annotations.get(&sana, &id).unwrap().clone();
    span.note = "قوات سوريا الديمقراطية".to_owned();
    span.attributes
        .insert("certainty".into(), "reported".into());
    project.annotations.replace(&sana, span).unwrap();
    let third = save_annotations(&folder, &project.annotations).unwrap();
    assert_eq!(
        third.written,
        [folder.join("sana%2F%D8%AE%D8%A8%D8%B1.txt.ron")]
    );
    assert_eq!(third.unchanged, 1);
    assert_eq!(mtime(&folder.join("enab%2F0001.txt.ron")), old);
    let text = fs::read_to_string(&third.written[0]).unwrap();
    assert!(text.contains("note: \"قوات سوريا الديمقراطية\""), "{text}");
    assert!(
        text.contains(
            "attributes: {\n                \"certainty\": \"reported\",\n            },"
        ),
        "{text}"
    );
    assert_eq!(
        load_annotations(&folder).unwrap().annotations,
        project.annotations
    );

    // Foreign files in the folder are left alone.
    fs::write(folder.join("README.md"), "spans, one file per document").unwrap();
    fs::write(folder.join("notes.ron"), "(todo: [\"check dates\"])").unwrap();

    // All spans of one document removed: its file goes.
    let enab = doc("enab/0001.txt");
    for span in project.annotations.spans(&enab).to_vec() {
        project.annotations.remove(&enab, &span.id).unwrap();
    }
    let fourth = save_annotations(&folder, &project.annotations).unwrap();
    assert_eq!(fourth.removed, [folder.join("enab%2F0001.txt.ron")]);
    assert_eq!(
        names_in(&folder),
        [
            "README.md",
            "notes.ron",
            "sana%2F%D8%AE%D8%A8%D8%B1.txt.ron"
        ]
    );

    // No spans at all: the last file goes; the folder stays while it holds other files…
    save_annotations(&folder, &Annotations::new()).unwrap();
    assert_eq!(names_in(&folder), ["README.md", "notes.ron"]);
    // …and is removed once it is empty.
    let folder2 = dir.path().join("q.annotations");
    save_annotations(&folder2, &annotated_project().annotations).unwrap();
    save_annotations(&folder2, &Annotations::new()).unwrap();
    assert!(!folder2.exists());
    // Nothing to save and no folder: none is created.
    save_annotations(&dir.path().join("r.annotations"), &Annotations::new()).unwrap();
    assert!(!dir.path().join("r.annotations").exists());
}

#[test]
fn arabic_and_awkward_text_is_written_as_it_is() {
    let awkward = [
        "مَقْتَلُ قائدٍ",
        "\u{200F}«دير الزور»\u{200F}",
        "\"قسد\" و\\ و\"#",
        "سطر\nسطر",
        "🙂",
    ];
    let mut annotations = Annotations::new();
    for (n, quote) in awkward.iter().enumerate() {
        let len = quote.chars().count();
        let mut span = Span::new(
            SpanId(format!("{n:016x}")),
            n * 100,
            n * 100 + len,
            LabelId("CLAIM".into()),
            quote,
        );
        span.note = (*quote).to_owned();
        span.attributes.insert("مفتاح".into(), (*quote).to_owned());
        span.entity = Some(EntityId((*quote).to_owned()));
        let mut claim = Claim::new(
            ClaimId(format!("k{n}")),
            span.id.clone(),
            Claimant::Entity(EntityId((*quote).to_owned())),
        );
        claim.note = (*quote).to_owned();
        claim.statement_date = (*quote).to_owned();
        annotations.insert(doc("a.txt"), span).unwrap();
        annotations.insert_claim(doc("a.txt"), claim).unwrap();
    }
    let a = doc("a.txt");
    let text = annotations_file::to_ron_string(
        &a,
        annotations.spans(&a),
        annotations.claims(&a),
        annotations.relations(&a),
    )
    .unwrap();
    assert!(!text.contains("\\u"), "no escapes:\n{text}");
    assert!(text.contains("quote: \"مَقْتَلُ قائدٍ\""));
    assert!(text.contains("claimant: Entity(\"مَقْتَلُ قائدٍ\")"), "{text}");
    assert!(text.contains('\u{200F}'));
    let read = annotations_file::from_ron_str(&text, Path::new("a.ron")).unwrap();
    assert_eq!(read.doc, a);
    assert_eq!(read.spans, annotations.spans(&a));
    assert_eq!(read.claims, annotations.claims(&a));
}

#[test]
fn broken_file_is_refused_with_line_column_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    let file = dir.path().join("p.annotations/enab%2F0001.txt.ron");
    let text = fs::read_to_string(&file).unwrap();
    // An analyst's hand edit lost a comma after `start: 24`.
    let broken = text.replacen("start: 24,", "start: 24", 1);
    fs::write(&file, &broken).unwrap();

    let err = load_project(&path).unwrap_err();
    let message = err.to_string();
    let StoreError::Syntax {
        file: FileKind::Annotations,
        line,
        column,
        ..
    } = err
    else {
        panic!("{err:?}");
    };
    let line_of_end = broken.lines().position(|l| l.contains("end: 31")).unwrap();
    assert_eq!((line, column), (line_of_end + 1, 13), "{message}");
    assert!(
        message.starts_with("annotations file is not valid RON at line"),
        "{message}"
    );
    assert!(message.ends_with(&file.display().to_string()), "{message}");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        broken,
        "loading never writes"
    );

    // RON, but a number written as a string.
    let wrong = text.replacen("start: 24,", "start: \"24\",", 1);
    fs::write(&file, &wrong).unwrap();
    let err = load_project(&path).unwrap_err();
    let message = err.to_string();
    let StoreError::Format {
        file: FileKind::Annotations,
        line,
        column,
        ..
    } = err
    else {
        panic!("{err:?}");
    };
    let line_of_start = wrong
        .lines()
        .position(|l| l.contains("start: \"24\""))
        .unwrap();
    assert_eq!((line, column), (line_of_start + 1, 20), "{message}");
    assert!(
        message.starts_with("annotations file does not match format version 4 at line"),
        "{message}"
    );
    assert!(message.ends_with(&file.display().to_string()), "{message}");

    // Not RON at all.
    fs::write(&file, "(version: 1, document: \"enab/0001.txt\", spans: [(").unwrap();
    assert!(matches!(
        load_project(&path),
        Err(StoreError::Syntax {
            file: FileKind::Annotations,
            ..
        })
    ));
    // From a newer hashiya.
    fs::write(
        &file,
        "(version: 9, document: \"x\", spans: [], future: ())",
    )
    .unwrap();
    let err = load_project(&path).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::TooNew {
                file: FileKind::Annotations,
                version: 9,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("annotations file was written by a newer hashiya")
    );
    // An empty range.
    fs::write(
        &file,
        text.replacen(
            "start: 24,\n            end: 31,",
            "start: 31,\n            end: 31,",
            1,
        ),
    )
    .unwrap();
    let err = load_project(&path).unwrap_err();
    assert!(matches!(err, StoreError::Annotations { .. }), "{err:?}");
    assert!(err.to_string().contains("span s1"), "{err}");
}

#[test]
fn a_second_file_for_one_document_is_kept_apart_and_one_id_twice_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = annotated_project();
    save_project(&path, &project).unwrap();
    let folder = annotations_dir(&path);
    let original = folder.join("enab%2F0001.txt.ron");
    fs::copy(&original, folder.join("copy.ron")).unwrap();
    let (loaded, warnings) = load_project_with_report(&path).unwrap();
    assert_eq!(loaded, project, "the file under the document's name wins");
    let message = warnings[0].to_string();
    assert!(
        message.contains("another file holds the spans of that document")
            && message.ends_with(&folder.join("copy.ron").display().to_string()),
        "{message}"
    );
    fs::remove_file(folder.join("copy.ron")).unwrap();

    // The same span ID in another document's file.
    let text = fs::read_to_string(&original)
        .unwrap()
        .replace("enab/0001.txt", "other.txt");
    fs::write(folder.join("other.txt.ron"), text).unwrap();
    let err = load_project(&path).unwrap_err();
    assert!(
        err.to_string().contains("span ID s0 is used twice"),
        "{err}"
    );
}

#[test]
fn spans_of_unknown_documents_are_kept_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut project = annotated_project();
    save_project(&path, &project).unwrap();

    // A colleague's copy also annotated a document this copy never imported, with a label this
    // schema lacks, and their file arrived through a merge.
    let theirs = dir.path().join("p.annotations/theirs%2F9.txt.ron");
    fs::write(
        &theirs,
        r#"(
    version: 1,
    document: "theirs/9.txt",
    spans: [
        (id: "c0ffee0000000001", start: 0, end: 3, label: "WEAPON", quote: "صاروخ"),
    ],
)
"#,
    )
    .unwrap();
    let (loaded, warnings) = load_project_with_report(&path).unwrap();
    assert_eq!(loaded.annotations.spans(&doc("theirs/9.txt")).len(), 1);
    assert_eq!(loaded.orphan_annotations(), [&doc("theirs/9.txt")]);
    assert!(
        warnings.contains(&StoreWarning::UnknownDocument {
            doc: doc("theirs/9.txt"),
            path: theirs.clone()
        }),
        "{warnings:?}"
    );
    assert!(warnings.iter().any(|w| matches!(
        w,
        StoreWarning::UnknownLabel { label, spans: 1, .. } if label.0 == "WEAPON"
    )));
    assert!(
        warnings
            .iter()
            .any(|w| matches!(w, StoreWarning::QuoteLength { .. })),
        "«صاروخ» is 5 chars, the range 3: {warnings:?}"
    );
    let message = warnings
        .iter()
        .find(|w| matches!(w, StoreWarning::UnknownDocument { .. }))
        .unwrap()
        .to_string();
    assert!(
        message.contains("were loaded and are kept")
            && message.ends_with(&theirs.display().to_string())
    );

    // Saving keeps it (rewritten in the canonical form).
    save_project(&path, &loaded).unwrap();
    assert!(theirs.exists());
    assert_eq!(load_project(&path).unwrap(), loaded);
    project.annotations = loaded.annotations;
    assert_eq!(load_project(&path).unwrap(), project);
}

#[test]
fn misnamed_files_are_loaded_and_moved_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = annotated_project();
    save_project(&path, &project).unwrap();
    let folder = annotations_dir(&path);
    fs::rename(
        folder.join("enab%2F0001.txt.ron"),
        folder.join("renamed by hand.ron"),
    )
    .unwrap();
    let (loaded, warnings) = load_project_with_report(&path).unwrap();
    assert_eq!(loaded, project);
    assert!(
        matches!(warnings[..], [StoreWarning::MisnamedFile { .. }]),
        "{warnings:?}"
    );
    save_project(&path, &loaded).unwrap();
    assert_eq!(
        names_in(&folder),
        ["enab%2F0001.txt.ron", "sana%2F%D8%AE%D8%A8%D8%B1.txt.ron"]
    );
}

#[test]
fn fixtures_load() {
    // Format version 1 without annotations folder: no spans.
    let v1 = load_project(&Path::new(FIXTURES).join("project-v1.ron")).unwrap();
    assert!(v1.annotations.is_empty());

    // Format version 1 with spans, opened as a workspace against its corpus.
    let path = Path::new(FIXTURES).join("annotated-v1.ron");
    let ws = Workspace::open_project(&path).unwrap();
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
    assert_eq!(ws.project().annotations.len(), 8);
    assert!(ws.articles().iter().all(|a| matches!(
        a,
        hashiya::workspace::ArticleState::Ready { changed: false, .. }
    )));
    assert_eq!(ws.span_text_problems(), []);
    let enab = doc("enab-0001.txt");
    let text = ws.text_of(&enab).unwrap();
    assert_eq!(
        notation::render_spans(text, ws.project().annotations.spans(&enab)).unwrap(),
        "مقتل قائد ميداني في دير الزور\nقال [PER|محمد الأحمد] إن قوات [ARMED|التحالف] سيطرت على حقل العمر ب[GPE|دير الزور] صباح [DATE|الأحد].\n"
    );
    let person = &ws.project().annotations.spans(&enab)[0];
    assert_eq!(person.attributes["role"], "مصدر");

    // Saved again, the files are of the current version and read back the same.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("annotated-v1.ron");
    save_project(&copy, ws.project()).unwrap();
    assert_eq!(
        names_in(&annotations_dir(&copy)),
        names_in(&annotations_dir(&path))
    );
    for name in names_in(&annotations_dir(&copy)) {
        let text = fs::read_to_string(annotations_dir(&copy).join(&name)).unwrap();
        assert!(text.contains("version: 4,") && text.contains("entity: None,"));
    }
    assert_eq!(&load_project(&copy).unwrap(), ws.project());
}

#[test]
fn version_2_fixture_with_entities_claims_and_clusters_loads() {
    let path = Path::new(FIXTURES).join("annotated-v2.ron");
    let ws = Workspace::open_project(&path).unwrap();
    assert!(ws.load_warnings().is_empty(), "{:?}", ws.load_warnings());
    assert_eq!(ws.span_text_problems(), []);
    let project = ws.project();
    assert!(project.broken_references().is_empty());
    assert_eq!(
        (
            project.outlets.len(),
            project.entities.len(),
            project.clusters.len()
        ),
        (2, 5, 2)
    );
    assert_eq!(project.annotations.len(), 22);
    assert_eq!(project.annotations.claim_count(), 7);

    let nahar = doc("nahar-0001.txt");
    let text = ws.text_of(&nahar).unwrap();
    let spans = project.annotations.spans(&nahar);
    let people: Vec<&str> = spans
        .iter()
        .filter(|s| s.label.0 == "PER")
        .map(|s| s.quote.as_str())
        .collect();
    assert_eq!(people, ["سامر الحلبي", "الحلبي"]);
    assert!(
        spans
            .iter()
            .filter(|s| s.label.0 == "PER")
            .all(|s| s.entity == Some(EntityId("5a3e9c0d71b24f86".into())))
    );
    assert!(text.starts_with("انفجار قرب جسر الرمان\n"));

    // The nested claim: the council's claim, reported inside the spokesman's.
    let nested = project
        .annotations
        .claim(&nahar, &ClaimId("c0a1b2c3d4e5f604".into()))
        .unwrap();
    assert_eq!(nested.parent, Some(ClaimId("c0a1b2c3d4e5f603".into())));
    assert_eq!(nested.certainty, Certainty::Probable);
    let content = project.annotations.get(&nahar, &nested.content).unwrap();
    assert_eq!(content.quote, "القصف جاء من الضفة الشرقية");

    let sharq = doc("sharq/0007.txt");
    let denial = &project.annotations.claims(&sharq)[0];
    assert_eq!(denial.polarity, Polarity::Denies);
    assert_eq!(
        project.annotations.claims(&sharq)[1].claimant,
        Claimant::Entity(EntityId("e2f0a8c6153d94b7".into()))
    );

    // Each outlet's stance on the shelling of the bridge; the witness's article has no outlet.
    let matrix = claim_matrix(project);
    let names: Vec<&str> = matrix
        .outlets
        .iter()
        .map(|o| project.outlet_name(o))
        .collect();
    assert_eq!(names, ["صحيفة النهار الجديد", "وكالة الشرق للأنباء", ""]);
    let shelling = matrix
        .rows
        .iter()
        .position(|r| project.cluster(&r.cluster).unwrap().name == "قصف جسر الرمان")
        .unwrap();
    let relations = |column| -> Vec<Relation> {
        matrix
            .cell(shelling, column)
            .iter()
            .map(|e| e.relation)
            .collect()
    };
    assert_eq!(relations(0), [Relation::Reports]);
    assert_eq!(relations(1), [Relation::Denies, Relation::Contradicts]);
    assert_eq!(relations(2), [Relation::Supports]);
    let explosion = 1 - shelling;
    assert_eq!(matrix.cell(explosion, 0).len(), 2);
    assert!(matrix.cell(explosion, 1).is_empty(), "the agency is silent");

    let counts = mention_counts(project);
    let bridge = &counts[&EntityId("3d86b0f5e7214ac9".into())];
    assert_eq!(bridge.values().sum::<usize>(), 3);
    assert_eq!(bridge[&OutletId("71c3e0a9d54b2f18".into())], 2);

    // The fixture is exactly what hashiya writes, annotation files and project file alike, but
    // for the annotation files' version: they are written as version 4, which only adds fields
    // (annotator and times, relations) that are left out when empty.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("annotated-v2.ron");
    let mut saved = ws.project().clone();
    saved.corpus_dir = "claims-corpus".into();
    save_project(&copy, &saved).unwrap();
    for name in names_in(&annotations_dir(&path)) {
        assert_eq!(
            fs::read_to_string(annotations_dir(&copy).join(&name)).unwrap(),
            fs::read_to_string(annotations_dir(&path).join(&name))
                .unwrap()
                .replacen("version: 2,", "version: 4,", 1),
            "{name}"
        );
    }
    let fixture = fs::read_to_string(&path).unwrap();
    let without_comments: String = fixture
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("//"))
        .collect();
    // The project file is written in the current version, which adds only fields left out when
    // empty.
    let current = format!("version: {},", store::CURRENT_VERSION);
    let expected = without_comments.replacen("version: 2,", &current, 1);
    assert_eq!(fs::read_to_string(&copy).unwrap(), expected);
}

// ---- saving as a whole --------------------------------------------------------------------

/// The save ID of the saves interrupted by hand below.
const SAVE_ID: &str = "0123456789abcdef";

/// Every file under `dir` with its bytes, by path relative to `dir`.
fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// [`annotated_project`] after a second save: renamed, a note on a span of «sana/خبر.txt», and
/// every span of «enab/0001.txt» removed (so its file goes).
fn second_save() -> Project {
    let mut project = Project {
        name: "وسوم ٢".to_owned(),
        ..annotated_project()
    };
    let sana = doc("sana/خبر.txt");
    let span = Span {
        note: "ملاحظة".to_owned(),
        ..project.annotations.spans(&sana)[0].clone()
    };
    project.annotations.replace(&sana, span).unwrap();
    let enab = doc("enab/0001.txt");
    for span in project.annotations.spans(&enab).to_vec() {
        project.annotations.remove(&enab, &span.id).unwrap();
    }
    project
}

/// What a save of [`second_save`] over [`annotated_project`] leaves when it is killed after
/// writing its pending files (and, with `record`, its commit record too): written here by hand,
/// as the module docs of `store::commit` describe them.
fn interrupted_second_save(path: &Path, record: bool) {
    let second = second_save();
    let folder = annotations_dir(path);
    let sana = doc("sana/خبر.txt");
    let sana_name = annotations_file::file_name_for(&sana);
    let sana_text = annotations_file::to_ron_string(
        &sana,
        second.annotations.spans(&sana),
        second.annotations.claims(&sana),
        second.annotations.relations(&sana),
    )
    .unwrap();
    fs::write(
        folder.join(format!(".{sana_name}.pending-{SAVE_ID}")),
        sana_text,
    )
    .unwrap();
    fs::write(
        path.with_file_name(format!(".p.ron.pending-{SAVE_ID}")),
        store::to_ron_string(&second).unwrap(),
    )
    .unwrap();
    if record {
        write_record(
            path,
            &format!(
                "(version: 1, save: \"{SAVE_ID}\", annotations: [\"{sana_name}\"], removed: [\"enab%2F0001.txt.ron\"])"
            ),
        );
    }
}

fn write_record(path: &Path, text: &str) {
    fs::write(path.with_file_name("p.ron.commit"), text).unwrap();
}

/// The files a save of `project` writes from scratch, for comparing with a finished save.
fn saved_fresh(project: &Project) -> std::collections::BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    save_project(&dir.path().join("p.ron"), project).unwrap();
    tree(dir.path())
}

#[test]
fn a_save_writes_all_its_files_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    save_project(&path, &second_save()).unwrap();
    assert_eq!(tree(dir.path()), saved_fresh(&second_save()));
    assert_eq!(load_project(&path).unwrap(), second_save());
    // Back to the first: the removed file comes back, nothing else is left.
    save_project(&path, &annotated_project()).unwrap();
    assert_eq!(tree(dir.path()), saved_fresh(&annotated_project()));
}

#[test]
fn an_interrupted_save_with_its_record_is_finished_on_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    interrupted_second_save(&path, true);
    // Files of other tools or projects that look alike stay as they are.
    let folder = annotations_dir(&path);
    let others = [
        dir.path().join(".gitkeep"),
        dir.path().join(format!(".q.ron.pending-{SAVE_ID}")),
        dir.path().join("p.ron.journal"),
        folder.join(format!(".notes.txt.pending-{SAVE_ID}")),
        folder.join("README.md"),
    ];
    for other in &others {
        fs::write(other, "not hashiya's save").unwrap();
    }

    assert_eq!(load_project(&path).unwrap(), second_save());
    let mut expected = saved_fresh(&second_save());
    for other in &others {
        let name = other.strip_prefix(dir.path()).unwrap().to_string_lossy();
        expected.insert(name.into_owned(), b"not hashiya's save".to_vec());
    }
    assert_eq!(tree(dir.path()), expected);
    assert_eq!(
        store::finish_interrupted_save(&path).unwrap(),
        store::Recovery::Clean
    );
}

#[test]
fn finishing_again_after_a_crash_while_finishing_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    interrupted_second_save(&path, true);
    // Killed while finishing: one pending file renamed, the file to delete already gone.
    let folder = annotations_dir(&path);
    let sana_name = annotations_file::file_name_for(&doc("sana/خبر.txt"));
    fs::rename(
        folder.join(format!(".{sana_name}.pending-{SAVE_ID}")),
        folder.join(&sana_name),
    )
    .unwrap();
    fs::remove_file(folder.join("enab%2F0001.txt.ron")).unwrap();

    assert_eq!(
        store::finish_interrupted_save(&path).unwrap(),
        store::Recovery::RolledForward
    );
    assert_eq!(tree(dir.path()), saved_fresh(&second_save()));
    assert_eq!(load_project(&path).unwrap(), second_save());
}

#[test]
fn pending_files_without_a_record_are_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    let before = tree(dir.path());
    interrupted_second_save(&path, false);
    // The record's own pending file, as a kill while writing it leaves it.
    fs::write(
        dir.path().join(format!(".p.ron.commit.pending-{SAVE_ID}")),
        "(version: 1, save: ",
    )
    .unwrap();

    assert_eq!(
        store::finish_interrupted_save(&path).unwrap(),
        store::Recovery::RolledBack
    );
    assert_eq!(tree(dir.path()), before);
    assert_eq!(load_project(&path).unwrap(), annotated_project());

    // A save undoes them too before it starts.
    interrupted_second_save(&path, false);
    let mut third = annotated_project();
    third.name = "ثالث".to_owned();
    save_project(&path, &third).unwrap();
    assert_eq!(tree(dir.path()), saved_fresh(&third));
}

#[test]
fn a_save_first_finishes_the_one_a_crash_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    interrupted_second_save(&path, true);
    // The analyst saves again from what was in memory before the crash: the same as the second.
    let mut third = second_save();
    third.name = "ثالث".to_owned();
    save_project(&path, &third).unwrap();
    assert_eq!(tree(dir.path()), saved_fresh(&third));
}

#[test]
fn a_record_that_is_not_followed_changes_nothing() {
    let cases = [
        ("(version: 1, save: ", "not valid RON at line 1, column 20"),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [], extra: [])",
            "does not match format version 1",
        ),
        (
            "(version: 9, save: \"0123456789abcdef\", annotations: [], removed: [])",
            "written by a newer hashiya (format version 9",
        ),
        (
            "(version: 1, save: \"../../x\", annotations: [], removed: [])",
            "save ID \"../../x\" is not 16 lower-case hex digits",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\"../p.ron\"])",
            "names \"../p.ron\", which is not the name of an annotation file",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [\"/etc/passwd.ron\"], removed: [])",
            "names \"/etc/passwd.ron\"",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\"sub/x.ron\"])",
            "names \"sub/x.ron\"",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\".hidden.ron\"])",
            "names \".hidden.ron\"",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\"p.ron.journal\"])",
            "names \"p.ron.journal\"",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [\"a.ron\"], removed: [\"a.ron\"])",
            "both replaces and deletes \"a.ron\"",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\"sub.ron\"])",
            "sub.ron is not a plain file",
        ),
        (
            "(version: 1, save: \"0123456789abcdef\", annotations: [], removed: [\"notes.ron\"])",
            "notes.ron, which does not hold annotations",
        ),
    ];
    for (record, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save_project(&path, &annotated_project()).unwrap();
        interrupted_second_save(&path, false);
        fs::create_dir(annotations_dir(&path).join("sub.ron")).unwrap();
        fs::write(
            annotations_dir(&path).join("notes.ron"),
            "(todo: [\"check dates\"])",
        )
        .unwrap();
        write_record(&path, record);
        let before = tree(dir.path());

        let err = load_project(&path).unwrap_err();
        let text = err.to_string();
        assert!(text.contains(message), "{record}: {text}");
        let record_path = dir.path().join("p.ron.commit");
        assert_eq!(err.path(), Some(record_path.as_path()), "{record}");
        assert!(
            text.starts_with("record of an unfinished save"),
            "{record}: {text}"
        );
        let err = save_project(&path, &second_save()).unwrap_err();
        assert_eq!(err.path(), Some(record_path.as_path()), "{record}");
        assert_eq!(tree(dir.path()), before, "{record}");
    }
}

#[test]
fn a_pending_file_that_is_a_folder_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    interrupted_second_save(&path, true);
    let pending = dir.path().join(format!(".p.ron.pending-{SAVE_ID}"));
    fs::remove_file(&pending).unwrap();
    fs::create_dir(&pending).unwrap();
    fs::write(pending.join("inside"), "keep").unwrap();
    let before = tree(dir.path());
    let err = load_project(&path).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Commit {
                problem: store::CommitProblem::NotAFile { .. },
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(tree(dir.path()), before);
}

#[cfg(unix)]
#[test]
fn a_linked_project_file_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    let real = shared.join("real.ron");
    let path = dir.path().join("p.ron");
    save_project(&path, &annotated_project()).unwrap();
    fs::rename(&path, &real).unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();

    save_project(&path, &second_save()).unwrap();
    assert!(
        fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load_project(&path).unwrap(), second_save());
    assert_eq!(names_in(&shared), ["real.ron"]);

    // Finishing an interrupted save writes through the link as well.
    save_project(&path, &annotated_project()).unwrap();
    interrupted_second_save(&path, true);
    assert_eq!(load_project(&path).unwrap(), second_save());
    assert!(
        fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(names_in(&shared), ["real.ron"]);
    assert_eq!(names_in(dir.path()), ["p.annotations", "p.ron", "shared"]);
}

// ---- journal -------------------------------------------------------------------------------

#[test]
fn journal_write_read_discard_and_newer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = annotated_project();
    save_project(&path, &project).unwrap();

    let journal = Journal::for_project(&path);
    assert_eq!(journal.path(), dir.path().join("p.ron.journal"));
    assert!(journal.read().is_none());
    assert!(!journal.is_newer_than_saved());

    // Same content as saved: not worth recovering.
    journal.write(&project).unwrap();
    assert!(!journal.is_newer_than_saved());
    assert_eq!(journal.read().unwrap().unwrap(), project);

    // A change after the save.
    let mut changed = project.clone();
    let span = Span::new(SpanId("new".into()), 0, 3, LabelId("CUE".into()), "قال");
    changed
        .annotations
        .insert(doc("enab/0001.txt"), span)
        .unwrap();
    let outlet = Outlet::new(OutletId::from_u64(7), "عنب بلدي");
    changed.documents[0].outlet = outlet.id.clone();
    changed.outlets.insert(outlet.id.clone(), outlet);
    let person = Entity::new(EntityId::from_u64(8), "محمد الأحمد", LabelId("PER".into()));
    let (first_doc, first_span) = {
        let (d, spans) = changed.annotations.iter().next().unwrap();
        (d.clone(), spans[0].id.clone())
    };
    let tx = Transaction::new(hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER)
        .with(Edit::add_entity(person.clone()))
        .with(
            Edit::replace_span(&changed, &first_doc, &first_span, |s| {
                s.entity = Some(person.id.clone());
            })
            .unwrap(),
        )
        .with(Edit::AddClaim {
            doc: first_doc.clone(),
            claim: Claim::new(ClaimId::from_u64(9), SpanId("new".into()), Claimant::Outlet),
        })
        .with(Edit::add_cluster(Cluster {
            members: vec![ClusterMember {
                doc: first_doc.clone(),
                claim: ClaimId::from_u64(9),
                relation: Relation::Supports,
            }],
            ..Cluster::new(ClusterId::from_u64(10), "سيطرة")
        }));
    tx.apply_checked(&mut changed).unwrap();
    journal
        .write_at(&changed, UNIX_EPOCH + Duration::from_secs(1_740_820_502))
        .unwrap();
    assert!(journal.is_newer_than_saved());
    let entry = journal.read_entry().unwrap().unwrap();
    assert_eq!(entry.project, changed);
    assert_eq!(entry.written, "2025-03-01T09:15:02Z");
    let text = fs::read_to_string(journal.path()).unwrap();
    assert!(
        text.starts_with("(\n    version: 6,\n    written: \"2025-03-01T09:15:02Z\",\n"),
        "{text}"
    );
    assert!(text.contains("quote: \"محمد الأحمد\""));
    assert_eq!(
        names_in(dir.path()),
        ["p.annotations", "p.ron", "p.ron.journal"]
    );

    // The saved project cannot be read: the journal is the best copy.
    fs::write(&path, "(").unwrap();
    assert!(journal.is_newer_than_saved());

    journal.discard().unwrap();
    journal.discard().unwrap();
    assert!(journal.read().is_none() && !journal.is_newer_than_saved());

    // A damaged journal says why, and is not offered.
    fs::write(journal.path(), "(version: 1, written: \"x\"").unwrap();
    assert!(matches!(
        journal.read(),
        Some(Err(StoreError::Syntax {
            file: FileKind::Journal,
            ..
        }))
    ));
    assert!(!journal.is_newer_than_saved());
}

#[test]
fn journal_of_a_project_never_saved() {
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::for_unsaved(data.path(), Path::new("/corpus/deir-ez-zor"));
    assert!(!journal.is_newer_than_saved());
    journal.write(&annotated_project()).unwrap();
    assert!(journal.path().starts_with(data.path().join("journals")));
    assert!(journal.is_newer_than_saved(), "nothing is saved");
    assert_eq!(journal.read().unwrap().unwrap(), annotated_project());
    journal.discard().unwrap();
    assert!(!journal.exists());
}

// ---- workspace -----------------------------------------------------------------------------

/// A corpus folder with the plain texts of [`ARTICLES`].
fn corpus_in(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    for (id, marked) in ARTICLES {
        let (text, _) = notation::parse(marked).unwrap();
        let file = corpus.join(id);
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, text).unwrap();
    }
    corpus
}

#[test]
fn workspace_annotates_saves_reopens_and_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let corpus = corpus_in(dir.path());
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    ws.set_journal_dir(data.clone());
    assert!(ws.is_dirty(), "an imported project is not saved anywhere");

    // A span made from a selection: quote from the text, a fresh ID.
    let enab = doc("enab/0001.txt");
    let span = ws.new_span(&enab, 4, 15, LabelId("PER".into())).unwrap();
    assert_eq!(span.quote, "محمد الأحمد");
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan {
            doc: enab.clone(),
            span: span.clone(),
        },
    ))
    .unwrap();
    // A span whose quote does not match the text is refused.
    let mut wrong = ws.new_span(&enab, 23, 30, LabelId("ARMED".into())).unwrap();
    wrong.quote = "الجيش؟؟".into();
    assert!(matches!(
        ws.apply(Transaction::single(
            hashiya::model::Message::STATUS_LABELLED,
            Edit::AddSpan {
                doc: enab.clone(),
                span: wrong
            }
        )),
        Err(EditError::QuoteMismatch { .. })
    ));
    let past_end = Span::new(SpanId("p".into()), 90, 93, LabelId("PER".into()), "abc");
    assert!(matches!(
        ws.apply(Transaction::single(
            hashiya::model::Message::STATUS_LABELLED,
            Edit::AddSpan {
                doc: enab.clone(),
                span: past_end
            }
        )),
        Err(EditError::OutsideText { .. })
    ));

    // Autosave writes the unsaved project's journal under the data folder, once per revision.
    assert!(ws.autosave().unwrap());
    assert!(!ws.autosave().unwrap());
    let unsaved_journal = ws.journal().unwrap();
    assert!(unsaved_journal.path().starts_with(&data));

    // A save that fails (its folder is a file) leaves the project and its journal as they were.
    let before = ws.project().clone();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    assert!(ws.save_as(&blocker.join("p.ron")).is_err());
    assert_eq!(ws.project(), &before);
    assert!(ws.is_dirty() && ws.project_path().is_none());
    assert!(unsaved_journal.exists());

    // Saving writes the spans, cleans the project and removes the journal.
    let path = dir.path().join("p.ron");
    ws.save_as(&path).unwrap();
    assert!(!ws.is_dirty());
    assert!(!unsaved_journal.exists());
    assert!(annotations_dir(&path).join("enab%2F0001.txt.ron").exists());

    // Relabel, then undo back to the saved state: clean again, journal gone.
    let relabel = Edit::replace_span(ws.project(), &enab, &span.id, |s| {
        s.label = LabelId("CLAIMANT".into());
    })
    .unwrap();
    let relabelled = hashiya::model::Message::INSPECTOR_EDIT_RELABEL.with("label", "CLAIMANT");
    ws.apply(Transaction::single(relabelled.clone(), relabel))
        .unwrap();
    assert!(ws.is_dirty());
    assert!(ws.autosave().unwrap());
    assert!(ws.journal().unwrap().exists());
    assert_eq!(ws.undo().unwrap().as_ref(), Some(&relabelled));
    assert!(!ws.is_dirty());
    assert!(!ws.autosave().unwrap());
    assert!(!ws.journal().unwrap().exists());
    assert_eq!(ws.redo().unwrap(), Some(relabelled));
    assert!(ws.autosave().unwrap());

    // "Crash": reopen the saved project; the journal is offered and recovered.
    let edited = ws.project().clone();
    drop(ws);
    let mut reopened = Workspace::open_project(&path).unwrap();
    assert_eq!(
        reopened.project().annotations.spans(&enab)[0].label,
        LabelId("PER".into())
    );
    let offered = reopened.recoverable_journal().unwrap();
    assert_eq!(offered.project, edited);
    assert!(reopened.recover_from_journal().unwrap());
    assert_eq!(reopened.project(), &edited);
    assert!(reopened.is_dirty() && !reopened.can_undo());
    reopened.save_as(&path).unwrap();
    assert!(reopened.recoverable_journal().is_none());
    assert!(!reopened.journal().unwrap().exists());
    assert_eq!(load_project(&path).unwrap(), edited);

    // Declining a recovery deletes the journal.
    reopened
        .apply(Transaction::single(
            hashiya::model::Message::REMOVE_CLAIM,
            Edit::remove_span(reopened.project(), &enab, &span.id).unwrap(),
        ))
        .unwrap();
    reopened.autosave().unwrap();
    let again = Workspace::open_project(&path).unwrap();
    assert!(again.recoverable_journal().is_some());
    let mut again = again;
    again.discard_journal().unwrap();
    assert!(again.recoverable_journal().is_none());
}

// ---- graphemes and clitics -----------------------------------------------------------------

/// The text of `[start, end)`.
fn slice(text: &str, (start, end): (usize, usize)) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// `strip_proclitic` on the whole of `word`, as text.
fn stripped(word: &str) -> Option<String> {
    strip_proclitic(word, 0, word.chars().count()).map(|range| slice(word, range))
}

#[test]
fn proclitics_are_stripped_and_the_article_kept() {
    assert_eq!(stripped("بدير").as_deref(), Some("دير"));
    assert_eq!(stripped("والتحالف").as_deref(), Some("التحالف"));
    assert_eq!(stripped("لداعش").as_deref(), Some("داعش"));
    assert_eq!(stripped("وبالقرب").as_deref(), Some("القرب"));
    assert_eq!(stripped("الرقة"), None);
    assert_eq!(
        stripped("كَالعادة").as_deref(),
        Some("العادة"),
        "fatha on the clitic"
    );
    assert_eq!(stripped("وَبِالقُرْبِ").as_deref(), Some("القُرْبِ"));
    assert_eq!(stripped("فسيطرت").as_deref(), Some("سيطرت"));
    assert_eq!(stripped("وقسد").as_deref(), Some("قسد"));
    // ل + ال is written «لل»: the stem is returned (documented).
    assert_eq!(stripped("للجيش").as_deref(), Some("جيش"));
    assert_eq!(stripped("وللجيش").as_deref(), Some("جيش"));
    // Too little would remain.
    assert_eq!(stripped("بال"), None);
    assert_eq!(stripped("لا"), None);
    assert_eq!(stripped("وال"), None);
    assert_eq!(stripped("بي"), None);
    assert_eq!(stripped("قسد"), None);
    assert_eq!(stripped("SDF"), None);
    assert_eq!(stripped("و قسد"), None, "a clitic is attached to its word");

    // Inside a sentence, on the range of one word; the result ends where the range ends.
    let (text, spans) = notation::parse("سيطرت القوات على حقل العمر [GPE|بدير الزور] أمس").unwrap();
    let (start, end, _) = &spans[0];
    let word = word_range_at(&text, *start).unwrap();
    assert_eq!(slice(&text, word), "بدير");
    let range = strip_proclitic(&text, *start, *end).unwrap();
    assert_eq!(range, (start + 1, *end));
    assert_eq!(slice(&text, range), "دير الزور");
    assert!(is_boundary(&text, range.0));
}

#[test]
fn span_edges_never_split_a_grapheme() {
    // «مُحَمَّد»: letters with damma, fatha, shadda+fatha; an emoji with a skin tone; e + combining acute.
    let text = "مُحَمَّد 👍🏽 e\u{301}";
    let clusters = [0, 2, 4, 7, 8, 9, 11, 12, 14];
    let boundaries: Vec<usize> = (0..=text.chars().count())
        .filter(|&i| is_boundary(text, i))
        .collect();
    assert_eq!(boundaries, clusters);
    assert_eq!(snap_to_boundaries(text, 3, 5), (2, 7));
    assert_eq!(snap_to_boundaries(text, 10, 10), (9, 11));
    assert_eq!(slice(text, snap_to_boundaries(text, 13, 14)), "e\u{301}");
    assert_eq!(expand_to_words(text, 1, 3), (0, 8));
    assert_eq!(slice(text, word_range_at(text, 5).unwrap()), "مُحَمَّد");
}

#[test]
fn a_version_1_journal_is_read_through_the_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::for_project(&dir.path().join("p.ron"));
    fs::write(
        journal.path(),
        r#"(
    version: 1,
    written: "2025-03-01T09:15:02Z",
    project: (
        version: 1,
        name: "قديم",
        corpus_dir: "corpus",
        documents: [
            (id: "a.txt", path: "a.txt", sha256: "00", encoding: "UTF-8", title: "خبر", outlet: "عنب بلدي", char_len: 9),
        ],
        schema: (labels: [(id: "CUE", name: "Cue", colour: (1, 2, 3))]),
    ),
    annotations: {
        "a.txt": [(id: "s1", start: 0, end: 3, label: "CUE", quote: "قال")],
    },
)
"#,
    )
    .unwrap();
    let entry = journal.read_entry().unwrap().unwrap();
    let project = entry.project;
    assert_eq!(entry.written, "2025-03-01T09:15:02Z");
    assert_eq!(
        project.outlet_name(&project.documents[0].outlet),
        "عنب بلدي"
    );
    let span = &project.annotations.spans(&doc("a.txt"))[0];
    assert_eq!((span.quote.as_str(), span.entity.as_ref()), ("قال", None));
    assert_eq!(project.annotations.claim_count(), 0);
}

/// Calls `autosave_in_background` until the journal holds the project as it is now.
fn wait_for_journal(ws: &mut Workspace) {
    let journal = ws.journal().expect("a journal");
    for _ in 0..1_000 {
        assert!(
            !ws.autosave_in_background().unwrap(),
            "a second write began"
        );
        if journal
            .read()
            .is_some_and(|read| &read.unwrap() == ws.project())
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the journal never caught up");
}

#[test]
fn background_autosave_journals_edits_and_never_outlives_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_in(dir.path());
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    let path = dir.path().join("p.ron");
    ws.save_as(&path).unwrap();
    let journal = ws.journal().unwrap();
    let enab = doc("enab/0001.txt");
    let label = |ws: &mut Workspace, start, end| {
        let span = ws
            .new_span(&enab, start, end, LabelId("PER".into()))
            .unwrap();
        ws.apply(Transaction::single(
            hashiya::model::Message::STATUS_LABELLED,
            Edit::AddSpan {
                doc: enab.clone(),
                span,
            },
        ))
        .unwrap();
    };

    // An edit is journaled by a thread of its own; until it is done, nothing else starts.
    label(&mut ws, 4, 15);
    assert!(ws.autosave_in_background().unwrap());
    wait_for_journal(&mut ws);

    // Back at the saved state, the next call deletes the journal.
    ws.undo().unwrap();
    assert!(!ws.autosave_in_background().unwrap());
    assert!(!journal.exists());

    // A save right after a write began: once it returns there is no journal, and none appears
    // later from the write.
    label(&mut ws, 4, 15);
    assert!(ws.autosave_in_background().unwrap());
    ws.save_as(&path).unwrap();
    assert!(!journal.exists());
    std::thread::sleep(Duration::from_millis(50));
    assert!(!journal.exists());
    assert!(journal.read().is_none());

    // A copy of the workspace does not take over the write of the original.
    label(&mut ws, 23, 30);
    assert!(ws.autosave_in_background().unwrap());
    let copy = ws.clone();
    drop(copy);
    wait_for_journal(&mut ws);

    // A write that fails is reported by a later call, and the call after that tries again.
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "x").unwrap();
    let mut unsaved = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
    unsaved.set_journal_dir(blocker.join("data"));
    label(&mut unsaved, 4, 15);
    assert!(unsaved.autosave_in_background().unwrap());
    let mut reported = None;
    for _ in 0..1_000 {
        match unsaved.autosave_in_background() {
            Err(e) => {
                reported = Some(e);
                break;
            }
            Ok(started) => assert!(!started),
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(reported.is_some(), "the failed write was never reported");
    assert!(unsaved.autosave_in_background().unwrap(), "not tried again");
}

/// Every annotation file of the folder beside `project`, by name, with its bytes.
fn annotation_files(project: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let Ok(entries) = fs::read_dir(annotations_dir(project)) else {
        return std::collections::BTreeMap::new();
    };
    entries
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(path).unwrap())
        })
        .collect()
}

/// What may happen between two saves of a workspace that remembers what it saved.
#[derive(Debug, Clone)]
enum Step {
    /// Label a word of article `doc` (index into the corpus), the `word`-th one.
    Label {
        doc: usize,
        word: usize,
    },
    /// Delete a span of `doc`, the `nth` one (modulo how many there are).
    Delete {
        doc: usize,
        nth: usize,
    },
    /// Undo the last edit.
    Undo,
    Save,
    /// Someone else deletes the annotation file of `doc`.
    DeleteFile {
        doc: usize,
    },
    /// Someone else appends a comment to it in place (the same content, other bytes).
    AppendInPlace {
        doc: usize,
    },
    /// Someone else replaces it by renaming, with one byte changed: same size and modification
    /// time.
    SwapSameSize {
        doc: usize,
    },
}

fn step() -> impl proptest::strategy::Strategy<Value = Step> {
    use proptest::prelude::*;
    prop_oneof![
        3 => (0..2usize, 0..6usize).prop_map(|(doc, word)| Step::Label { doc, word }),
        1 => (0..2usize, 0..4usize).prop_map(|(doc, nth)| Step::Delete { doc, nth }),
        1 => Just(Step::Undo),
        3 => Just(Step::Save),
        1 => (0..2usize).prop_map(|doc| Step::DeleteFile { doc }),
        1 => (0..2usize).prop_map(|doc| Step::AppendInPlace { doc }),
        1 => (0..2usize).prop_map(|doc| Step::SwapSameSize { doc }),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(40))]

    /// A save that skips documents it knows to be on disk leaves exactly the files a save that
    /// serialises and compares everything would, whatever was edited, undone or done to the
    /// files by someone else in between. What someone else did is first refused, and written
    /// over only once the analyst chooses to.
    #[test]
    fn saves_that_skip_unchanged_documents_write_what_a_full_save_writes(
        steps in proptest::collection::vec(step(), 1..16)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus_in(dir.path());
        let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).unwrap();
        let path = dir.path().join("p.ron");
        let full = dir.path().join("full").join("p.ron");
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        ws.save_as(&path).unwrap();
        let docs: Vec<DocId> = ws.project().documents.iter().map(|d| d.id.clone()).collect();
        let file_of = |doc: usize| annotations_dir(&path).join(annotations_file::file_name_for(&docs[doc]));
        let mut tampered = false;
        for step in steps {
            match step {
                Step::Label { doc, word } => {
                    let text = ws.text_of(&docs[doc]).unwrap().to_owned();
                    let words: Vec<(usize, usize)> = text
                        .split_whitespace()
                        .map(|w| {
                            let start = text[..w.as_ptr() as usize - text.as_ptr() as usize].chars().count();
                            (start, start + w.chars().count())
                        })
                        .collect();
                    let (start, end) = words[word % words.len()];
                    let span = ws.new_span(&docs[doc], start, end, LabelId("PER".into())).unwrap();
                    let edit = Edit::AddSpan { doc: docs[doc].clone(), span };
                    // A word already labelled is refused; that is fine here.
                    let _refused = ws.apply(Transaction::single(hashiya::model::Message::STATUS_LABELLED, edit));
                }
                Step::Delete { doc, nth } => {
                    let spans = ws.project().annotations.spans(&docs[doc]).to_vec();
                    if !spans.is_empty() {
                        let span = spans[nth % spans.len()].clone();
                        let edit = Edit::RemoveSpan { doc: docs[doc].clone(), span };
                        let _refused = ws.apply(Transaction::single(hashiya::model::Message::REMOVE_CLAIM, edit));
                    }
                }
                Step::Undo => {
                    let _nothing = ws.undo();
                }
                Step::Save => {
                    save_over_changes(&mut ws, &path, std::mem::take(&mut tampered));
                    save_project(&full, ws.project()).unwrap();
                    proptest::prop_assert_eq!(annotation_files(&path), annotation_files(&full));
                    proptest::prop_assert_eq!(&load_project(&path).unwrap().annotations, &ws.project().annotations);
                }
                Step::DeleteFile { doc } => {
                    tampered |= fs::remove_file(file_of(doc)).is_ok();
                }
                Step::AppendInPlace { doc } => {
                    if let Ok(mut bytes) = fs::read(file_of(doc)) {
                        bytes.extend_from_slice(b"// changed elsewhere\n");
                        fs::write(file_of(doc), bytes).unwrap();
                        tampered = true;
                    }
                }
                Step::SwapSameSize { doc } => {
                    if let Ok(mut bytes) = fs::read(file_of(doc)) {
                        // The first digit of the file (its version, or an offset) becomes another.
                        if let Some(digit) = bytes.iter_mut().find(|b| b.is_ascii_digit()) {
                            *digit = if *digit == b'9' { b'8' } else { *digit + 1 };
                        }
                        // With the old file's time, as a coarse clock could give it; past a
                        // tick of that clock (the inode, freed, may be the saved file's again).
                        let modified = fs::metadata(file_of(doc)).unwrap().modified().unwrap();
                        std::thread::sleep(Duration::from_millis(12));
                        let swap = file_of(doc).with_extension("swap");
                        fs::write(&swap, bytes).unwrap();
                        fs::File::options().write(true).open(&swap).unwrap().set_modified(modified).unwrap();
                        fs::rename(&swap, file_of(doc)).unwrap();
                        tampered = true;
                    }
                }
            }
        }
        save_over_changes(&mut ws, &path, tampered);
        save_project(&full, ws.project()).unwrap();
        proptest::prop_assert_eq!(annotation_files(&path), annotation_files(&full));
    }
}

/// Saves `ws` to `path`; when files were changed by someone else since the last save, that save
/// must be refused first, then go through once the change is to be written over.
fn save_over_changes(ws: &mut Workspace, path: &std::path::Path, tampered: bool) {
    if tampered {
        let refused = ws.save_as(path);
        assert!(
            matches!(
                refused,
                Err(hashiya::store::StoreError::ChangedOnDisk { .. })
            ),
            "{refused:?}"
        );
        ws.overwrite_changes_on_disk();
    }
    ws.save_as(path).unwrap();
}
