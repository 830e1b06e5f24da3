use super::*;
use crate::i18n::{Digits, Language, Locale, assert_arabic, in_language, set_locale};
use crate::model::doc_labels::{CategoryId, ValueId};
use crate::model::{
    ClusterId, DocId, EntityId, LabelId, OutletId, Rejection, RelationProblem, ReportingCue, SpanId,
};

fn doc() -> DocId {
    DocId("a.txt".into())
}

fn span(id: &str) -> SpanId {
    SpanId(id.into())
}

fn claim(id: &str) -> ClaimId {
    ClaimId(id.into())
}

fn label(id: &str) -> LabelId {
    LabelId(id.into())
}

fn category() -> CategoryId {
    CategoryId("genre".into())
}

fn rejection() -> Rejection {
    Rejection {
        kind: "span".into(),
        form: "وزير الخارجية".into(),
        label: "PER".into(),
        context: String::new(),
    }
}

fn cue() -> ReportingCue {
    ReportingCue {
        form: "أفاد".into(),
        ..ReportingCue::default()
    }
}

/// The variant's name; no `_` arm, so a new variant does not compile until it is named here
/// (and then [`one_of_each`] misses it and the test below fails).
fn name(error: &EditError) -> &'static str {
    use EditError as E;
    match error {
        E::StaleSpan { .. } => "StaleSpan",
        E::MissingSpan { .. } => "MissingSpan",
        E::SpanExists { .. } => "SpanExists",
        E::SpanIdChanged { .. } => "SpanIdChanged",
        E::BadSpan { .. } => "BadSpan",
        E::UnknownDocument { .. } => "UnknownDocument",
        E::StaleDocumentMeta { .. } => "StaleDocumentMeta",
        E::LabelIndex { .. } => "LabelIndex",
        E::StaleLabel { .. } => "StaleLabel",
        E::LabelExists { .. } => "LabelExists",
        E::LabelIdChanged { .. } => "LabelIdChanged",
        E::EmptyLabelId => "EmptyLabelId",
        E::BadLabelName { .. } => "BadLabelName",
        E::UnknownLabel { .. } => "UnknownLabel",
        E::LabelInUse { .. } => "LabelInUse",
        E::StaleDocLabel { .. } => "StaleDocLabel",
        E::UnknownCategory { .. } => "UnknownCategory",
        E::UnknownCategoryValue { .. } => "UnknownCategoryValue",
        E::SingleChoice { .. } => "SingleChoice",
        E::DocLabelNotNormalised => "DocLabelNotNormalised",
        E::StaleCategory { .. } => "StaleCategory",
        E::CategoryExists { .. } => "CategoryExists",
        E::CategoryIdChanged { .. } => "CategoryIdChanged",
        E::BadCategory { .. } => "BadCategory",
        E::CategoryInUse { .. } => "CategoryInUse",
        E::LabelIsEntityKind { .. } => "LabelIsEntityKind",
        E::TextUnavailable { .. } => "TextUnavailable",
        E::OutsideText { .. } => "OutsideText",
        E::SplitsGrapheme { .. } => "SplitsGrapheme",
        E::QuoteMismatch { .. } => "QuoteMismatch",
        E::MissingRecord { .. } => "MissingRecord",
        E::RecordExists { .. } => "RecordExists",
        E::StaleRecord { .. } => "StaleRecord",
        E::RecordIdChanged { .. } => "RecordIdChanged",
        E::EmptyRecordId { .. } => "EmptyRecordId",
        E::EmptyName { .. } => "EmptyName",
        E::NotNormalised { .. } => "NotNormalised",
        E::UnknownOutlet { .. } => "UnknownOutlet",
        E::UnknownEntity { .. } => "UnknownEntity",
        E::OutletInUse { .. } => "OutletInUse",
        E::EntityInUse { .. } => "EntityInUse",
        E::SameEntity { .. } => "SameEntity",
        E::NotAMention { .. } => "NotAMention",
        E::StaleClaim { .. } => "StaleClaim",
        E::MissingClaim { .. } => "MissingClaim",
        E::ClaimExists { .. } => "ClaimExists",
        E::ClaimIdChanged { .. } => "ClaimIdChanged",
        E::EmptyClaimId { .. } => "EmptyClaimId",
        E::SpanInUse { .. } => "SpanInUse",
        E::ClaimSpanMissing { .. } => "ClaimSpanMissing",
        E::UnknownParentClaim { .. } => "UnknownParentClaim",
        E::ClaimCycle { .. } => "ClaimCycle",
        E::ClaimInUse { .. } => "ClaimInUse",
        E::UnknownClusterMember { .. } => "UnknownClusterMember",
        E::AlreadyRejected { .. } => "AlreadyRejected",
        E::NotRejected { .. } => "NotRejected",
        E::SuggesterAlready { .. } => "SuggesterAlready",
        E::CueAlready { .. } => "CueAlready",
        E::NoSuchCue { .. } => "NoSuchCue",
        E::Relation(_) => "Relation",
    }
}

/// How many variants [`name`] names.
const VARIANTS: usize = 60;

/// Every variant of [`EditError`] at least once, with each problem it carries and each kind
/// of record.
#[expect(
    clippy::too_many_lines,
    reason = "one error per variant, each spelt out"
)]
fn one_of_each() -> Vec<EditError> {
    use EditError as E;
    let record = |kind| E::MissingRecord {
        kind,
        id: "r1".into(),
    };
    let mut errors = vec![
        E::StaleSpan {
            doc: doc(),
            id: span("s1"),
        },
        E::MissingSpan {
            doc: doc(),
            id: span("s1"),
        },
        E::SpanExists {
            doc: doc(),
            id: span("s1"),
        },
        E::SpanIdChanged {
            before: span("s1"),
            after: span("s2"),
        },
        E::UnknownDocument { doc: doc() },
        E::StaleDocumentMeta { doc: doc() },
        E::LabelIndex { index: 7, len: 3 },
        E::StaleLabel { index: 2 },
        E::LabelExists { id: label("PER") },
        E::LabelIdChanged {
            before: label("PER"),
            after: label("ORG"),
        },
        E::EmptyLabelId,
        E::UnknownLabel {
            label: label("EVT"),
        },
        E::StaleDocLabel {
            doc: doc(),
            category: category(),
        },
        E::UnknownCategory {
            category: category(),
        },
        E::UnknownCategoryValue {
            category: category(),
            value: ValueId("op-ed".into()),
        },
        E::SingleChoice {
            category: category(),
            values: 3,
        },
        E::DocLabelNotNormalised,
        E::StaleCategory { index: 1 },
        E::CategoryExists {
            category: category(),
        },
        E::CategoryIdChanged {
            before: category(),
            after: CategoryId("tone".into()),
        },
        E::CategoryInUse {
            category: category(),
            value: None,
            documents: 12,
        },
        E::CategoryInUse {
            category: category(),
            value: Some(ValueId("op-ed".into())),
            documents: 1,
        },
        E::TextUnavailable { doc: doc() },
        E::OutsideText {
            doc: doc(),
            id: span("s1"),
            end: 120,
            len: 104,
        },
        E::SplitsGrapheme {
            doc: doc(),
            id: span("s1"),
            offset: 9,
        },
        E::QuoteMismatch {
            doc: doc(),
            id: span("s1"),
        },
        E::RecordExists {
            kind: RecordKind::Entity,
            id: "e1".into(),
        },
        E::StaleRecord {
            kind: RecordKind::Cluster,
            id: "k1".into(),
        },
        E::RecordIdChanged {
            kind: RecordKind::Outlet,
            before: "o1".into(),
            after: "o2".into(),
        },
        E::EmptyRecordId {
            kind: RecordKind::Entity,
        },
        E::EmptyName {
            kind: RecordKind::Outlet,
            id: "o1".into(),
        },
        E::NotNormalised {
            kind: RecordKind::Entity,
            id: "e1".into(),
            what: "aliases",
        },
        E::NotNormalised {
            kind: RecordKind::Cluster,
            id: "k1".into(),
            what: "members",
        },
        E::UnknownOutlet {
            outlet: OutletId("o9".into()),
        },
        E::UnknownEntity {
            entity: EntityId("e9".into()),
        },
        E::OutletInUse {
            id: OutletId("o1".into()),
            documents: 2,
        },
        E::EntityInUse {
            id: EntityId("e1".into()),
            mentions: 11,
            claims: 0,
        },
        E::SameEntity {
            id: EntityId("e1".into()),
        },
        E::NotAMention {
            doc: doc(),
            span: span("s1"),
            entity: EntityId("e1".into()),
        },
        E::StaleClaim {
            doc: doc(),
            id: claim("c1"),
        },
        E::MissingClaim {
            doc: doc(),
            id: claim("c1"),
        },
        E::ClaimExists {
            doc: doc(),
            id: claim("c1"),
        },
        E::ClaimIdChanged {
            before: claim("c1"),
            after: claim("c2"),
        },
        E::EmptyClaimId { doc: doc() },
        E::SpanInUse {
            doc: doc(),
            id: span("s1"),
            claims: vec![claim("c1"), claim("c2")],
        },
        E::ClaimSpanMissing {
            doc: doc(),
            claim: claim("c1"),
            span: span("s9"),
        },
        E::UnknownParentClaim {
            doc: doc(),
            claim: claim("c1"),
            parent: claim("c9"),
        },
        E::ClaimCycle {
            doc: doc(),
            claim: claim("c1"),
            parent: claim("c1"),
        },
        E::ClaimInUse {
            doc: doc(),
            id: claim("c1"),
            nested: 1,
            clusters: 0,
        },
        E::UnknownClusterMember {
            cluster: ClusterId("k1".into()),
            doc: doc(),
            claim: claim("c9"),
        },
        E::AlreadyRejected {
            rejection: rejection(),
        },
        E::NotRejected {
            rejection: rejection(),
        },
        E::SuggesterAlready {
            name: "learned".into(),
            on: true,
        },
        E::SuggesterAlready {
            name: "learned".into(),
            on: false,
        },
        E::CueAlready { cue: cue() },
        E::NoSuchCue { cue: cue() },
        E::Relation(RelationProblem::EmptyId),
    ];
    errors.extend([RecordKind::Outlet, RecordKind::Entity, RecordKind::Cluster].map(record));
    errors.extend(
        [
            SpanShapeProblem::EmptyId,
            SpanShapeProblem::EmptyRange { start: 4, end: 4 },
            SpanShapeProblem::QuoteLength {
                quote_chars: 5,
                range_chars: 4,
            },
            SpanShapeProblem::OnlyWhitespace,
            SpanShapeProblem::WhitespaceEdge,
        ]
        .map(|problem| E::BadSpan {
            doc: doc(),
            id: span("s1"),
            problem,
        }),
    );
    let name_problems = [
        LabelNameProblem::Blank,
        LabelNameProblem::Control(0x0A),
        LabelNameProblem::DirectionControl(0x202E),
        LabelNameProblem::TooLong(201),
    ];
    errors.extend(name_problems.clone().map(|problem| E::BadLabelName {
        name: "شخص\n".into(),
        problem,
    }));
    errors.extend(
        [
            CategoryProblem::EmptyId,
            CategoryProblem::EmptyValueId {
                category: category(),
            },
            CategoryProblem::DuplicateValue {
                category: category(),
                value: ValueId("news".into()),
            },
            CategoryProblem::KeyTaken {
                key: 'o',
                taken: "op-ed".into(),
            },
            CategoryProblem::BadKey { key: '\t' },
        ]
        .into_iter()
        .chain(name_problems.map(|problem| CategoryProblem::BadName {
            name: "نوع".into(),
            problem,
        }))
        .map(|problem| E::BadCategory {
            category: category(),
            problem,
        }),
    );
    errors.extend(
        [(0, 3), (1, 1), (2, 2), (5, 0), (11, 4), (100, 101)]
            .into_iter()
            .flat_map(|(a, b)| {
                [
                    E::LabelInUse {
                        id: label("PER"),
                        spans: a,
                    },
                    E::LabelIsEntityKind {
                        id: label("PER"),
                        entities: b,
                    },
                    E::ClaimInUse {
                        doc: doc(),
                        id: claim("c1"),
                        nested: a,
                        clusters: b,
                    },
                ]
            }),
    );
    errors
}

#[test]
fn one_of_each_has_every_variant() {
    let names: std::collections::BTreeSet<&str> = one_of_each().iter().map(name).collect();
    assert_eq!(names.len(), VARIANTS, "{names:?}");
}

#[test]
fn every_refusal_is_said_in_arabic() {
    let errors = one_of_each();
    let english: Vec<String> = in_language(Language::English, || {
        errors.iter().map(ToString::to_string).collect()
    });
    let arabic: Vec<String> = in_language(Language::Arabic, || {
        errors.iter().map(ToString::to_string).collect()
    });
    assert_arabic(
        &arabic,
        &english,
        &[
            "span",
            "document",
            "label",
            "claim",
            "entity",
            "outlet",
            "cluster",
            "category",
            "value",
            "schema",
            "project",
            "suggest",
            "lexicon",
            "quote",
            "range",
            "char",
            "name",
            "edit-error",
        ],
    );
    // Each sentence its own: no two variants fall back on one message.
    let distinct: std::collections::BTreeSet<&String> = arabic.iter().collect();
    assert_eq!(distinct.len(), arabic.len());
}

#[test]
fn english_says_what_it_said_before() {
    let said = |e: EditError| in_language(Language::English, || e.to_string());
    assert_eq!(
        said(EditError::QuoteMismatch {
            doc: doc(),
            id: span("s1"),
        }),
        "the quote of span s1 differs from the text of document \"a.txt\" at its offsets"
    );
    assert_eq!(
        said(EditError::BadSpan {
            doc: doc(),
            id: span("s1"),
            problem: SpanShapeProblem::OnlyWhitespace,
        }),
        "span s1 of document \"a.txt\" is malformed: it holds only white space; a span needs a word"
    );
    assert_eq!(
        said(EditError::BadLabelName {
            name: "a\u{202E}b".into(),
            problem: LabelNameProblem::DirectionControl(0x202E),
        }),
        "the label name \"a\\u{202e}b\" contains the direction control U+202E, which would \
         reorder the text around it"
    );
    assert_eq!(
        said(EditError::MissingRecord {
            kind: RecordKind::Cluster,
            id: "k1".into(),
        }),
        "there is no claim cluster k1"
    );
    assert_eq!(
        said(EditError::SpanInUse {
            doc: doc(),
            id: span("s1"),
            claims: vec![claim("c1"), claim("c2")],
        }),
        "span s1 of document \"a.txt\" is still used by claims c1, c2; remove or change them \
         first, or remove the span together with its claims"
    );
    // Counts take their plural.
    assert_eq!(
        said(EditError::LabelInUse {
            id: label("PER"),
            spans: 1,
        }),
        "label \"PER\" is still used by 1 span; relabel or remove it first"
    );
    assert_eq!(
        said(EditError::LabelInUse {
            id: label("PER"),
            spans: 3,
        }),
        "label \"PER\" is still used by 3 spans; relabel or remove them first"
    );
    assert_eq!(
        said(EditError::EmptyRecordId {
            kind: RecordKind::Entity,
        }),
        "an entity needs a non-empty ID"
    );
    assert_eq!(
        in_language(Language::English, || RecordKind::Cluster.to_string()),
        "claim cluster"
    );
}

#[test]
fn arabic_counts_take_their_six_forms_and_the_chosen_digits() {
    let in_use = |spans| EditError::LabelInUse {
        id: label("PER"),
        spans,
    };
    let said = |e: &EditError| {
        in_language(Language::Arabic, || e.to_string()).replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(said(&in_use(1)).contains("في مقطع واحد؛ غيّر وسمه"));
    assert!(said(&in_use(2)).contains("في مقطعين؛ غيّر وسمهما"));
    assert!(said(&in_use(3)).contains("في 3 مقاطع؛"));
    assert!(said(&in_use(11)).contains("في 11 مقطعًا؛"));
    assert!(said(&in_use(100)).contains("في 100 مقطع؛"));
    assert!(said(&in_use(103)).contains("في 103 مقاطع؛"));
    set_locale(Locale {
        language: Language::Arabic,
        digits: Digits::ArabicIndic,
    });
    let indic = in_use(11).to_string().replace(['\u{2068}', '\u{2069}'], "");
    set_locale(Locale::default());
    assert!(indic.contains("١١ مقطعًا"), "{indic}");
    // The IDs are data: as they are, digits and all.
    assert!(
        said(&EditError::StaleClaim {
            doc: doc(),
            id: claim("c1")
        })
        .contains("c1")
    );
}
