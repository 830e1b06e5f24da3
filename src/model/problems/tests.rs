use super::*;
use crate::i18n::{Language, assert_arabic, in_language};
use crate::model::schema::LabelNameProblem;
use crate::model::{
    ClaimId, ClusterId, DocId, EntityId, LabelId, OutletId, RelationTypeId, SpanId,
};

fn doc() -> DocId {
    DocId("a.txt".to_owned())
}
fn span(id: &str) -> SpanId {
    SpanId(id.to_owned())
}
fn claim(id: &str) -> ClaimId {
    ClaimId(id.to_owned())
}
fn relation(id: &str) -> RelationId {
    RelationId(id.to_owned())
}
fn kind() -> RelationTypeId {
    RelationTypeId("supports".to_owned())
}
fn label() -> LabelId {
    LabelId("PER".to_owned())
}

fn broken_references() -> Vec<BrokenReference> {
    use BrokenReference as B;
    vec![
        B::DocumentOutlet {
            doc: doc(),
            outlet: OutletId("o7".to_owned()),
        },
        B::EntityKind {
            entity: EntityId("e1".to_owned()),
            kind: LabelId("ORG".to_owned()),
        },
        B::SpanEntity {
            doc: doc(),
            span: span("s1"),
            entity: EntityId("e2".to_owned()),
        },
        B::ClaimSpan {
            doc: doc(),
            claim: claim("c1"),
            span: span("s9"),
        },
        B::ClaimEntity {
            doc: doc(),
            claim: claim("c1"),
            entity: EntityId("e3".to_owned()),
        },
        B::ClaimParent {
            doc: doc(),
            claim: claim("c1"),
            parent: claim("c0"),
        },
        B::ClaimCycle {
            doc: doc(),
            claim: claim("c2"),
        },
        B::ClusterMember {
            cluster: ClusterId("k1".to_owned()),
            doc: doc(),
            claim: claim("c3"),
        },
    ]
}

fn annotation_errors() -> Vec<AnnotationError> {
    use AnnotationError as A;
    vec![
        A::DuplicateId {
            id: span("s1"),
            doc: doc(),
        },
        A::Missing {
            id: span("s1"),
            doc: doc(),
        },
        A::Empty {
            id: span("s1"),
            start: 4,
            end: 4,
        },
        A::DuplicateClaimId {
            id: claim("c1"),
            doc: doc(),
        },
        A::MissingClaim {
            id: claim("c1"),
            doc: doc(),
        },
        A::EmptyClaimId { doc: doc() },
    ]
}

fn relation_problems() -> Vec<RelationProblem> {
    use RelationProblem as P;
    vec![
        P::EmptyId,
        P::DuplicateId {
            id: relation("r1"),
            doc: doc(),
        },
        P::Missing {
            id: relation("r1"),
            doc: doc(),
        },
        P::Stale {
            id: relation("r1"),
            doc: doc(),
        },
        P::IdChanged {
            before: relation("r1"),
            after: relation("r2"),
        },
        P::MissingSource {
            id: relation("r1"),
            doc: doc(),
            span: span("s1"),
        },
        P::MissingTarget {
            id: relation("r1"),
            span: span("s2"),
        },
        P::UnknownType { kind: kind() },
        P::SourceLabel {
            kind: kind(),
            label: label(),
        },
        P::TargetLabel {
            kind: kind(),
            label: label(),
        },
        P::SelfRelation { span: span("s1") },
        P::Duplicate {
            existing: relation("r1"),
            kind: kind(),
        },
        P::SpanInUse {
            span: span("s1"),
            relations: vec![relation("r1"), relation("r2")],
        },
        P::TypeIndex { index: 5, len: 3 },
        P::StaleType { index: 2 },
        P::TypeExists { kind: kind() },
        P::TypeIdChanged {
            before: kind(),
            after: RelationTypeId("denies".to_owned()),
        },
        P::EmptyTypeId,
        P::BadTypeName {
            name: String::new(),
            problem: LabelNameProblem::Blank,
        },
        P::TypeInUse {
            kind: kind(),
            relations: 3,
        },
        P::LabelAllowed {
            label: label(),
            kind: kind(),
            end: End::Source,
        },
        P::RelabelBreaks(Box::new(RelabelBreak {
            span: span("s1"),
            label: label(),
            relation: relation("r1"),
            kind_name: "يؤيد".to_owned(),
            end: End::Target,
        })),
        P::TypeNarrowed {
            kind: kind(),
            relations: 4,
            label: label(),
            end: End::Target,
        },
        P::TypeBothWays {
            kind: kind(),
            first: relation("r1"),
            second: relation("r2"),
        },
    ]
}

/// Every message of this module, in the thread's language.
fn every_message() -> Vec<String> {
    fn said<T: ToString>(values: &[T]) -> Vec<String> {
        values.iter().map(ToString::to_string).collect()
    }
    [
        said(&broken_references()),
        said(&annotation_errors()),
        said(&relation_problems()),
    ]
    .concat()
}

#[test]
fn every_problem_is_said_in_arabic() {
    let english = in_language(Language::English, every_message);
    let arabic = in_language(Language::Arabic, every_message);
    assert_eq!(arabic.len(), 8 + 6 + 24);
    assert_arabic(
        &arabic,
        &english,
        &[
            "document", "span", "claim", "project", "file", "relation", "schema", "label",
            "entity", "cluster", "outlet", "source", "target", "lacks", "already",
        ],
    );
    // Each message says its own thing: no two variants share their words.
    let mut distinct = arabic.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), arabic.len(), "{arabic:#?}");
    // The names and IDs the messages are about stay as they are written.
    assert!(
        arabic[3].contains("c1") && arabic[3].contains("s9") && arabic[3].contains("\"a.txt\"")
    );
    assert!(arabic[8 + 6 + 12].contains("r1، r2"), "{}", arabic[26]);
}

#[test]
fn english_is_what_it_was() {
    let english = in_language(Language::English, every_message);
    let expected = [
        (
            3,
            "claim c1 of document \"a.txt\" names the span s9, which that document lacks",
        ),
        (8 + 2, "span s1 has an empty ID or an empty range [4, 4)"),
        (
            8 + 6 + 12,
            "span s1 is still an end of relation(s) r1, r2; remove them first, or remove the span together with them",
        ),
        (
            8 + 6 + 19,
            "relation type \"supports\" is still used by 3 relation(s); change or remove them first",
        ),
        (
            8 + 6 + 20,
            "the label \"PER\" is allowed at the source of the relation type \"supports\"; take it off that type's labels first",
        ),
        (
            8 + 6 + 21,
            "span s1 cannot be labelled \"PER\": it is the target of relation r1 (يؤيد), which does not allow that label there; delete the relation first",
        ),
        (
            8 + 6 + 22,
            "4 relation(s) of the type \"supports\" have a target labelled \"PER\", which the type would no longer allow; delete them first, or keep that label allowed",
        ),
    ];
    for (index, text) in expected {
        assert_eq!(english[index], text);
    }
}

#[test]
fn arabic_counts_take_their_plural_forms() {
    let in_use = |relations| {
        in_language(Language::Arabic, || {
            RelationProblem::TypeInUse {
                kind: kind(),
                relations,
            }
            .to_string()
        })
    };
    assert!(in_use(1).contains("في علاقة واحدة؛ غيّرها"), "{}", in_use(1));
    assert!(in_use(2).contains("في علاقتين؛ غيّرهما"), "{}", in_use(2));
    assert!(in_use(3).contains("3\u{2069} علاقات؛"), "{}", in_use(3));
    assert!(in_use(11).contains("11\u{2069} علاقةً؛"), "{}", in_use(11));
    assert!(in_use(100).contains("100\u{2069} علاقة؛"), "{}", in_use(100));
    let narrowed = |relations, end| {
        in_language(Language::Arabic, || {
            RelationProblem::TypeNarrowed {
                kind: kind(),
                relations,
                label: label(),
                end,
            }
            .to_string()
        })
    };
    assert!(
        narrowed(2, End::Source).starts_with("علاقتان "),
        "{}",
        narrowed(2, End::Source)
    );
    assert!(narrowed(2, End::Source).contains("تبدآن من"));
    assert!(narrowed(5, End::Target).contains("تنتهي إلى"));
    let span_in_use = |relations: Vec<RelationId>| {
        in_language(Language::Arabic, || {
            RelationProblem::SpanInUse {
                span: span("s1"),
                relations,
            }
            .to_string()
        })
    };
    assert!(span_in_use(vec![relation("r1")]).contains("في العلاقة "));
    assert!(span_in_use(vec![relation("r1"), relation("r2")]).contains("احذفهما"));
}
