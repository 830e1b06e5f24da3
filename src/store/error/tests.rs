use super::*;
use crate::i18n::{Language, Locale, set_locale};

/// Each error of saving in `language`, as the status bar and the command line show it.
fn said(language: Language) -> Vec<String> {
    set_locale(Locale {
        language,
        ..Locale::default()
    });
    let path = PathBuf::from("/tmp/p.ron");
    let holder = super::super::lock::LockHolder {
        pid: 42,
        host: "desk".to_owned(),
        started: "2026-01-01T00:00:00Z".to_owned(),
    };
    let errors = [
        StoreError::Locked(super::super::lock::LockedBy {
            holder: Some(holder),
            lock_file: PathBuf::from("/tmp/p.ron.lock"),
        }),
        StoreError::Locked(super::super::lock::LockedBy {
            holder: None,
            lock_file: PathBuf::from("/tmp/p.ron.lock"),
        }),
        StoreError::ChangedOnDisk {
            files: vec![PathBuf::from("/tmp/p.annotations/a.ron")],
            path: path.clone(),
        },
        StoreError::Invalid {
            problem: ProjectProblem::EmptyDocumentId { index: 2 },
            path: path.clone(),
        },
    ];
    let text = errors.iter().map(ToString::to_string).collect();
    set_locale(Locale::default());
    text
}

#[test]
fn lock_and_changed_files_are_said_in_the_interface_language() {
    let english = said(Language::English);
    assert!(
        english[0].starts_with("the project is open for changes in process 42 on desk"),
        "{english:?}"
    );
    assert!(english[1].contains("in another process;"), "{english:?}");
    assert!(
        english[2].starts_with("not saved: a file of the project changed on disk"),
        "{english:?}"
    );
    let arabic = said(Language::Arabic);
    let strong_arabic = |t: &str| t.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    for (text, english) in arabic.iter().zip(&english) {
        assert!(strong_arabic(text), "{text}");
        // The path stays last, as in English.
        let tail = |t: &str| t.rsplit(": ").next().map(str::to_owned);
        assert_eq!(tail(text), tail(english));
    }
    assert!(arabic[0].contains("العملية"), "{arabic:?}");
    assert!(arabic[2].starts_with("لم يُحفظ"), "{arabic:?}");
    // The project's problem too (`ProjectProblem`).
    assert!(
        !arabic
            .iter()
            .any(|t| t.contains("project") || t.contains("document")),
        "{arabic:?}"
    );
}

/// What opening a project warns of, in `language`, as the review window and the command
/// line show it.
fn warnings_in(language: Language) -> Vec<String> {
    let doc = || DocId("a.txt".to_owned());
    let path = || PathBuf::from("/p.annotations/a.txt.ron");
    let warnings = [
        StoreWarning::UnknownDocument {
            doc: doc(),
            path: path(),
        },
        StoreWarning::UnknownLabel {
            doc: doc(),
            label: LabelId("EVENT".to_owned()),
            spans: 3,
            path: path(),
        },
        StoreWarning::QuoteLength {
            doc: doc(),
            id: SpanId("s1".to_owned()),
            path: path(),
        },
        StoreWarning::MisnamedFile {
            doc: doc(),
            expected: "a.txt.ron".to_owned(),
            path: path(),
        },
        StoreWarning::NoAnnotationsFolder { path: path() },
        StoreWarning::KeptApart {
            doc: doc(),
            spans: 2,
            claims: 1,
            reason: KeptApartReason::QuotesDiffer {
                mismatched: 1,
                total: 2,
            },
            path: path(),
        },
        StoreWarning::QuotesDiffer {
            doc: doc(),
            mismatched: 1,
            total: 4,
            first: SpanId("s2".to_owned()),
            path: path(),
        },
        StoreWarning::Recovered {
            recovery: super::super::commit::Recovery::RolledBackDamaged {
                file: PathBuf::from("/p.ron"),
                problem: PendingProblem::WrongSize {
                    size: 10,
                    expected: 12,
                },
            },
            path: path(),
        },
    ];
    crate::i18n::in_language(language, || {
        warnings.iter().map(ToString::to_string).collect()
    })
}

#[test]
fn load_warnings_are_said_in_the_interface_language() {
    let english = warnings_in(Language::English);
    assert_eq!(
        english[1],
        "3 span(s) of document \"a.txt\" carry the label \"EVENT\", which the schema lacks: /p.annotations/a.txt.ron"
    );
    assert_eq!(
        english[7],
        "a save interrupted by a crash could not be finished because its file /p.ron holds 10 bytes instead of 12; it was undone, and the project is as it was saved before it: /p.annotations/a.txt.ron"
    );
    let arabic = warnings_in(Language::Arabic);
    crate::i18n::assert_arabic(
        &arabic,
        &english,
        &[
            "span(s)",
            "of document",
            "kept apart",
            "missing",
            "crash",
            "bytes instead",
        ],
    );
    assert!(
        arabic
            .iter()
            .all(|a| a.ends_with(": /p.annotations/a.txt.ron")),
        "{arabic:#?}"
    );
}

/// One of each problem of a project file, of annotation files and of a save's record, each in
/// the error that carries it, in the thread's language.
fn problems() -> Vec<String> {
    let doc = || DocId("a.txt".to_owned());
    let project = |problem| StoreError::Invalid {
        problem,
        path: PathBuf::from("/p.ron"),
    };
    let annotations = |problem| StoreError::Annotations {
        problem,
        path: PathBuf::from("/p.annotations/b.ron"),
    };
    let commit = |problem| StoreError::Commit {
        problem,
        path: PathBuf::from("/p.ron.commit"),
    };
    let id = || "a".to_owned();
    let errors = [
        project(ProjectProblem::DuplicateDocumentId { id: id() }),
        project(ProjectProblem::EmptyDocumentId { index: 2 }),
        project(ProjectProblem::EmptyDocumentPath { id: id() }),
        project(ProjectProblem::AbsoluteDocumentPath {
            id: id(),
            doc_path: "/x/a.txt".to_owned(),
        }),
        project(ProjectProblem::EscapingDocumentPath {
            id: id(),
            doc_path: "../a.txt".to_owned(),
        }),
        project(ProjectProblem::DuplicateLabelId {
            id: "PER".to_owned(),
        }),
        project(ProjectProblem::DuplicateRecordId {
            kind: RecordKind::Cluster,
            id: "k1".to_owned(),
        }),
        project(ProjectProblem::DuplicateRecordId {
            kind: RecordKind::Outlet,
            id: "o1".to_owned(),
        }),
        project(ProjectProblem::EmptyRecordId {
            kind: RecordKind::Entity,
        }),
        project(ProjectProblem::RecordKeyMismatch {
            kind: RecordKind::Entity,
            key: "e1".to_owned(),
            id: "e2".to_owned(),
        }),
        annotations(AnnotationsProblem::EmptyDocumentId),
        annotations(AnnotationsProblem::DuplicateDocument {
            doc: doc(),
            other: PathBuf::from("/p.annotations/a.txt.ron"),
        }),
        annotations(AnnotationsProblem::DuplicateSpanId {
            id: SpanId("s1".to_owned()),
            other_doc: doc(),
        }),
        annotations(AnnotationsProblem::BadSpan {
            id: SpanId("s1".to_owned()),
            problem: SpanShapeProblem::EmptyRange { start: 3, end: 3 },
        }),
        annotations(AnnotationsProblem::DuplicateClaimId {
            id: ClaimId("c1".to_owned()),
            other_doc: doc(),
        }),
        annotations(AnnotationsProblem::EmptyClaimId),
        annotations(AnnotationsProblem::Relation(
            crate::model::RelationProblem::SelfRelation {
                span: SpanId("s1".to_owned()),
            },
        )),
        commit(CommitProblem::BadSaveId {
            save: "xyz".to_owned(),
        }),
        commit(CommitProblem::BadName {
            name: "notes.txt".to_owned(),
        }),
        commit(CommitProblem::ReplacedAndRemoved {
            name: "a.txt.ron".to_owned(),
        }),
        commit(CommitProblem::NotAFile {
            path: PathBuf::from("/p.annotations/x"),
        }),
        commit(CommitProblem::NotAnnotations {
            path: PathBuf::from("/p.annotations/x"),
        }),
        commit(CommitProblem::MissingCheck {
            name: "a.txt.ron".to_owned(),
        }),
        commit(CommitProblem::Unrecoverable {
            path: PathBuf::from("/p.annotations/a.txt.ron"),
            problem: PendingProblem::Missing,
        }),
    ];
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn problems_of_files_are_said_in_the_interface_language() {
    let english = crate::i18n::in_language(Language::English, problems);
    assert_eq!(
        english[1],
        "project is invalid: document number 2 has an empty ID: /p.ron"
    );
    assert_eq!(
        english[3],
        "project is invalid: document \"a\" has the absolute path \"/x/a.txt\"; document paths must be relative to the corpus folder: /p.ron"
    );
    assert_eq!(
        english[6],
        "project is invalid: claim cluster ID \"k1\" is used twice; claim cluster IDs must be unique: /p.ron"
    );
    assert_eq!(
        english[9],
        "project is invalid: the entity \"e2\" is kept under the ID \"e1\": /p.ron"
    );
    assert_eq!(
        english[11],
        "annotations cannot be loaded: another file of the folder also holds the spans of document \"a.txt\" (/p.annotations/a.txt.ron): /p.annotations/b.ron"
    );
    assert_eq!(
        english[23],
        "record of an unfinished save is not followed, and no file was changed: its file /p.annotations/a.txt.ron is missing, but other files of that save are already in place, so it can be neither finished nor undone; the files are left as they are; move the record away to open the files as they are: /p.ron.commit"
    );
    let arabic = crate::i18n::in_language(Language::Arabic, problems);
    crate::i18n::assert_arabic(
        &arabic,
        &english,
        &[
            "project", "document", "span", "claim", "file", "label", "entity", "cluster", "outlet",
            "record", "twice", "unique",
        ],
    );
    let mut distinct = arabic.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), arabic.len(), "{arabic:#?}");
    // The file is still last, as in English.
    for (text, english) in arabic.iter().zip(&english) {
        let tail = |t: &str| t.rsplit(": ").next().map(str::to_owned);
        assert_eq!(tail(text), tail(english));
    }
    // A kind of record takes its own words; sixteen is a number (in the locale's digits).
    assert!(arabic[6].contains("مجموعة الادعاءات"), "{}", arabic[6]);
    assert!(arabic[7].contains("الوسيلة الإعلامية"), "{}", arabic[7]);
    assert!(
        arabic[17].contains("\u{2068}16\u{2069} رقمًا"),
        "{}",
        arabic[17]
    );
}
