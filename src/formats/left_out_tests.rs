//! What an export leaves out because its format has no place for it, said in the interface's
//! language when shown: each kind of note, in English word for word and in Arabic.

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;

use crate::export::{ExportReport, export};
use crate::formats::conll::{ConllOptions, Nested};
use crate::formats::corpus::ExportOptions;
use crate::formats::writer::ExportFormat;
use crate::i18n::{Language, assert_arabic, in_language};
use crate::model::compound::tests::{doc, project, span_id};
use crate::model::doc_labels::default_categories;
use crate::model::relation::default_relation_types;
use crate::model::{
    DocLabel, Edit, LabelId, Project, RelationId, RelationTypeId, Span, SpanRelation,
};

/// The compound test project with the default relation types and document categories, and
/// relations `(ID, type, source, target)` kept with the source's document.
fn related(relations: &[(&str, &str, &str, &str)]) -> Project {
    let mut p = project();
    p.schema.relation_types = default_relation_types();
    p.schema.document_categories = default_categories();
    for (id, kind, source, target) in relations {
        Edit::AddRelation {
            doc: doc(&source[..1]),
            relation: SpanRelation::new(
                RelationId((*id).into()),
                RelationTypeId((*kind).into()),
                span_id(source),
                span_id(target),
            ),
        }
        .apply(&mut p)
        .expect("the relation fits");
    }
    p
}

/// Exports `project` as `format` with `options`, document `a`'s text `a` (`b`'s of x's, or
/// unread when `b_read` is false).
fn exported(
    project: &Project,
    a: &str,
    b_read: bool,
    format: ExportFormat,
    options: &ExportOptions,
) -> ExportReport {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir
        .path()
        .join(format!("out.{}", format.extension().unwrap_or("d")));
    let b = "x".repeat(100);
    let texts = [Some(a), b_read.then_some(b.as_str())];
    let cancel = AtomicBool::new(false);
    export(
        project,
        &texts,
        format,
        options,
        &out,
        &mut |_, _| {},
        &cancel,
    )
    .expect("exported")
}

/// Exports `project` as `format` with the default options, both texts read (x's).
fn plain(project: &Project, format: ExportFormat) -> ExportReport {
    let a = "x".repeat(100);
    exported(project, &a, true, format, &ExportOptions::default())
}

/// Every note of `report` (the documents passed over, then what was left out), in `language`.
fn notes(report: &ExportReport, language: Language) -> Vec<String> {
    in_language(language, || {
        let skipped = report.skipped.iter().map(|(_, reason)| reason.to_string());
        skipped
            .chain(report.left_out.iter().map(ToString::to_string))
            .map(|note| note.replace(['\u{2068}', '\u{2069}'], ""))
            .collect()
    })
}

/// The notes of `report` in English and in Arabic.
fn said(report: &ExportReport) -> (Vec<String>, Vec<String>) {
    (
        notes(report, Language::English),
        notes(report, Language::Arabic),
    )
}

#[test]
fn conll_says_it_has_no_place_for_relations_document_labels_or_a_nested_layer() {
    let mut p = related(&[
        ("r1", "EVIDENCE", "a2", "a3"),
        ("r2", "SAME_AS", "b1", "a2"),
    ]);
    let genre = &p.schema.document_categories[0];
    Edit::SetDocLabel {
        doc: doc("a"),
        category: genre.id.clone(),
        before: None,
        after: Some(DocLabel::new([genre.values[0].id.clone()])),
    }
    .apply(&mut p)
    .expect("the label fits");
    let inner = Span::new(span_id("a5"), 14, 20, LabelId("PER".into()), "xxxxxx");
    p.annotations
        .insert(doc("a"), inner)
        .expect("the span fits");
    let options = ExportOptions {
        conll: ConllOptions {
            nested: Nested::Layer(0),
            ..ConllOptions::default()
        },
        ..ExportOptions::default()
    };
    let report = exported(&p, &"x".repeat(100), true, ExportFormat::Conll, &options);
    let (english, arabic) = said(&report);
    assert_eq!(
        english,
        [
            "1 nested span outside the chosen CoNLL layer (write every layer as its own column \
             to keep them)",
            "2 relations between spans: CoNLL has no place for relations (export brat, JSONL, \
             W3C Web Annotation, REFI-QDA or CSV to keep them)",
            "1 document label of 1 document: CoNLL has no place for labels of a whole document \
             (export JSONL, brat, W3C Web Annotation, REFI-QDA or CSV to keep them)",
        ]
    );
    assert_arabic(
        &arabic,
        &english,
        &["nested", "relation", "label", "place", "export", " or "],
    );
    assert!(arabic[0].starts_with("مقطع متداخل واحد"), "{}", arabic[0]);
    assert!(arabic[1].starts_with("علاقتان"), "{}", arabic[1]);
    assert!(arabic[2].contains("في مستند واحد"), "{}", arabic[2]);
    assert!(arabic[1].contains("صيغة CoNLL"), "{}", arabic[1]);
}

#[test]
fn refi_qda_says_it_has_no_place_for_claims() {
    let p = related(&[]);
    let report = plain(&p, ExportFormat::Qdpx);
    let (english, arabic) = said(&report);
    assert_eq!(
        english,
        ["3 claims: REFI-QDA has no place for claims (export JSONL or brat to keep them)"]
    );
    assert_arabic(&arabic, &english, &["claim", "place", "keep"]);
    assert!(arabic[0].starts_with("3 ادعاءات"), "{}", arabic[0]);
}

#[test]
fn jsonl_says_it_joins_annotations_of_one_document_only() {
    let p = related(&[("r2", "SAME_AS", "b1", "a2")]);
    let report = plain(&p, ExportFormat::Jsonl);
    let (english, arabic) = said(&report);
    assert_eq!(
        english,
        [
            "1 relation between spans of two documents: JSONL joins annotations of one document \
             only (export W3C Web Annotation, REFI-QDA or CSV to keep them)"
        ]
    );
    assert_arabic(&arabic, &english, &["relation", "joins", "document"]);
    assert!(arabic[0].starts_with("علاقة واحدة"), "{}", arabic[0]);
    assert!(arabic[0].contains("صيغة JSONL"), "{}", arabic[0]);
}

#[test]
fn brat_says_what_holds_only_line_breaks() {
    // Span a4 (40..46) is nothing but line breaks: it, the claim on it and a relation to it
    // are left out.
    let p = related(&[("r3", "SAME_AS", "a2", "a4")]);
    let a = format!("{}{}{}", "x".repeat(40), "\n".repeat(6), "x".repeat(54));
    let report = exported(&p, &a, true, ExportFormat::Brat, &ExportOptions::default());
    let (english, arabic) = said(&report);
    assert_eq!(
        english,
        [
            "span a4 of a (brat): it holds only line breaks",
            "claim kc of a (brat): a span it names holds only line breaks",
            "relation r3 of a (brat): a span it joins holds only line breaks",
        ]
    );
    assert_arabic(&arabic, &english, &["span", "claim", "relation", "holds"]);
    assert!(arabic[0].starts_with("المقطع a4 في a"), "{}", arabic[0]);
}

#[test]
fn filtered_spans_and_unread_texts_are_said() {
    let p = related(&[("r1", "EVIDENCE", "a2", "a3")]);
    let options = ExportOptions {
        labels: Some(BTreeSet::from([
            LabelId("PER".into()),
            LabelId("CUE".into()),
        ])),
        ..ExportOptions::default()
    };
    let report = exported(&p, &"x".repeat(100), false, ExportFormat::Webanno, &options);
    let (english, arabic) = said(&report);
    assert_eq!(
        english,
        [
            "its text could not be read",
            "claim ka of a: a span it names is not exported",
            "claim kb of a: a span it names is not exported",
            "relation r1 of a: a span it joins is not exported",
        ]
    );
    assert_arabic(
        &arabic,
        &english,
        &["text", "claim", "relation", "exported"],
    );
    let summary =
        in_language(Language::Arabic, || report.summary()).replace(['\u{2068}', '\u{2069}'], "");
    assert!(summary.contains("تُرك b: تعذّرت قراءة نصه"), "{summary}");
}
