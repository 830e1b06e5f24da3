//! What an annotation import says of each annotation it passes over: English as it always
//! was, Arabic in the Arabic interface, said again in the language of the moment each time.

use super::*;
use crate::i18n::{Language, in_language};

/// Every message of a skipped annotation, with arguments, and its English as it was before
/// the messages came from the catalogue.
#[expect(clippy::too_many_lines, reason = "one row per message")]
fn skips() -> Vec<(Fault, &'static str)> {
    let said = |id, args: &[(&'static str, FaultArg)]| Fault::said(id, args);
    let range = |start: usize, end: usize| -> Vec<(&'static str, FaultArg)> {
        vec![
            ("start", start.into()),
            ("end", end.into()),
            ("doc", "a.txt".into()),
        ]
    };
    let with = |mut args: Vec<(&'static str, FaultArg)>, more: &[(&'static str, FaultArg)]| {
        args.extend_from_slice(more);
        args
    };
    let doc = || vec![("doc", FaultArg::from("a.txt"))];
    let ends = || {
        vec![
            ("type", FaultArg::from("SUPPORTS")),
            ("a", "T1".into()),
            ("b", "T2".into()),
        ]
    };
    vec![
        (
            said("annotation-skip-matched-twice", &doc()),
            "a.txt was already matched by another source document; skipped",
        ),
        (
            said("annotation-skip-text-unreadable", &doc()),
            "the text of a.txt could not be read, so its annotations cannot be checked",
        ),
        (
            said("annotation-skip-range-empty", &range(5, 5)),
            "the range [5, 5) is empty or reversed",
        ),
        (
            said(
                "annotation-skip-range-past-end",
                &with(range(3, 90), &[("length", 42_usize.into())]),
            ),
            "the range [3, 90) ends past the text of a.txt (42 code points)",
        ),
        (
            said(
                "annotation-skip-splits-grapheme",
                &[("edge", 7_usize.into())],
            ),
            "the edge at 7 splits a grapheme cluster",
        ),
        (
            said(
                "annotation-skip-quote-differs",
                &with(
                    range(0, 4),
                    &[("quoted", "\"قال\"".into()), ("found", "\"أكد\"".into())],
                ),
            ),
            "quotes \"قال\" but the text of a.txt at [0, 4) is \"أكد\"",
        ),
        (
            said("annotation-skip-quote-outside", &range(80, 95)),
            "quoted range [80, 95) is outside the text of a.txt",
        ),
        (
            said("annotation-skip-no-label", &[]),
            "the span has no label",
        ),
        (
            said("annotation-skip-only-white-space", &[]),
            "the span covers only white space",
        ),
        (
            said("annotation-skip-relation-end-missing", &[]),
            "a span it joins was not imported",
        ),
        (
            said("annotation-skip-relation-to-itself", &[]),
            "it joins a span to itself",
        ),
        (
            said(
                "annotation-skip-relation-type-name",
                &[("kind", "\"\"".into())],
            ),
            "\"\" cannot name a relation type; not imported",
        ),
        (
            said(
                "annotation-skip-relation-labels",
                &[
                    ("kind", "\"SUPPORTS\"".into()),
                    ("from", "\"PER\"".into()),
                    ("to", "\"LOC\"".into()),
                ],
            ),
            "a \"SUPPORTS\" relation may not join a span labelled \"PER\" to one labelled \"LOC\"",
        ),
        (
            said("annotation-skip-parent-unknown", &[]),
            "names a parent claim that does not exist",
        ),
        (
            said("annotation-skip-content-missing", &[]),
            "its content span was not imported",
        ),
        (
            said("annotation-skip-cue-missing", &[]),
            "its cue span was not imported",
        ),
        (
            said("annotation-skip-claimant-missing", &[]),
            "its claimant's span was not imported",
        ),
        (
            said("annotation-skip-parent-missing", &[]),
            "its parent claim was not imported (or the parents form a circle)",
        ),
        (
            said("annotation-skip-category", &[("problem", "حالة".into())]),
            "حالة; its labels are not imported",
        ),
        (
            said(
                "annotation-skip-single-choice",
                &[
                    ("doc", "a.txt".into()),
                    ("count", 3_usize.into()),
                    ("category", "genre".into()),
                ],
            ),
            "a.txt would have 3 values of genre, which takes one; not imported",
        ),
        (
            said(
                "annotation-skip-qdpx-position",
                &[("attribute", "startPosition".into())],
            ),
            "a PlainTextSelection without a valid startPosition; skipped",
        ),
        (
            said("annotation-skip-qdpx-no-text", &[]),
            "its plain text is not in the archive",
        ),
        (
            said(
                "annotation-skip-qdpx-unknown-variable",
                &[("guid", "V-1".into())],
            ),
            "it names the unknown variable V-1; not imported",
        ),
        (
            said("annotation-skip-qdpx-link", &[]),
            "it does not join two coded selections of one text source; not imported",
        ),
        (
            said(
                "annotation-skip-qdpx-unknown-code",
                &[("guid", "C-9".into())],
            ),
            "a coding names the unknown code C-9",
        ),
        (
            said(
                "annotation-skip-brat-ann-io",
                &[("error", "Permission denied (os error 13)".into())],
            ),
            "could not be read: Permission denied (os error 13)",
        ),
        (
            said(
                "annotation-skip-brat-ann-too-large",
                &[("limit", "67108864".into())],
            ),
            "could not be read: larger than 67108864 bytes",
        ),
        (
            said("annotation-skip-brat-ann-not-utf8", &[]),
            "could not be read: not UTF-8",
        ),
        (
            said(
                "annotation-skip-brat-txt-io",
                &[("error", "Permission denied (os error 13)".into())],
            ),
            "could not be read (Permission denied (os error 13)); quotes are checked against the project's text",
        ),
        (
            said(
                "annotation-skip-brat-txt-too-large",
                &[("limit", "67108864".into())],
            ),
            "could not be read (larger than 67108864 bytes); quotes are checked against the project's text",
        ),
        (
            said("annotation-skip-brat-txt-not-utf8", &[]),
            "could not be read (not UTF-8); quotes are checked against the project's text",
        ),
        (
            said("annotation-skip-brat-not-a-line", &[]),
            "not a brat annotation line",
        ),
        (
            said("annotation-skip-brat-text-bound-incomplete", &[]),
            "a text-bound annotation without type, offsets or text",
        ),
        (
            said("annotation-skip-brat-relation-incomplete", &[]),
            "a relation without type, Arg1 or Arg2",
        ),
        (
            said("annotation-skip-brat-attribute-line", &[]),
            "an attribute line brat would not write",
        ),
        (
            said("annotation-skip-brat-normalization-incomplete", &[]),
            "a normalization line without target or reference",
        ),
        (
            said("annotation-skip-brat-note-no-target", &[]),
            "a note without target",
        ),
        (
            said("annotation-skip-brat-events", &[]),
            "events and equivalences are not imported",
        ),
        (
            said("annotation-skip-brat-relation-end-not-span", &ends()),
            "relation SUPPORTS between T1 and T2: an end is no span; not imported",
        ),
        (
            said(
                "annotation-skip-brat-claimant-not-span",
                &[("id", "T4".into())],
            ),
            "the claimant T4 is not a span",
        ),
        (
            said("annotation-skip-brat-cue-not-span", &[("id", "T4".into())]),
            "the cue T4 is not a span",
        ),
        (
            said(
                "annotation-skip-brat-parent-not-claim",
                &[("id", "T4".into())],
            ),
            "the parent T4 is not a claim",
        ),
        (
            said("annotation-skip-brat-relation-not-imported", &ends()),
            "relation SUPPORTS between T1 and T2 is not imported",
        ),
        (
            said("annotation-skip-brat-doc-label-incomplete", &[]),
            "a document label without a category or value",
        ),
        (
            said(
                "annotation-skip-brat-claim-attribute",
                &[("name", "Certainty".into()), ("value", "maybe".into())],
            ),
            "claim attribute Certainty maybe is not understood",
        ),
        (
            said("annotation-skip-brat-bad-escape", &[]),
            "a malformed %-escape in the value",
        ),
        (
            said(
                "annotation-skip-brat-attribute-not-span",
                &[("name", "Tone".into()), ("target", "E1".into())],
            ),
            "attribute Tone of E1, which is no span",
        ),
        (
            said(
                "annotation-skip-brat-reference-not-span",
                &[("target", "E1".into())],
            ),
            "reference of E1, which is no span",
        ),
        (
            said(
                "annotation-skip-brat-note-unknown-target",
                &[("target", "X9".into())],
            ),
            "note on X9, which is unknown",
        ),
        (
            said("annotation-skip-brat-claimant-entity-missing", &[]),
            "ClaimantKind Entity without a Reference to the entity",
        ),
        (
            said(
                "annotation-skip-brat-claimant-kind",
                &[("kind", "crowd".into())],
            ),
            "ClaimantKind crowd is not understood",
        ),
        (
            said(
                "annotation-skip-jsonl-line-too-long",
                &[("limit", "16777216".into())],
            ),
            "a line of more than 16777216 bytes (the most a line may have); not read",
        ),
        (
            said(
                "annotation-skip-jsonl-not-json",
                &[("error", "EOF while parsing".into())],
            ),
            "not a JSON object: EOF while parsing",
        ),
        (
            said("annotation-skip-jsonl-not-an-object", &[]),
            "not a JSON object",
        ),
        (
            said(
                "annotation-skip-jsonl-not-a-document",
                &[("error", "missing field `text`".into())],
            ),
            "not a document line: missing field `text`",
        ),
        (
            said(
                "annotation-skip-jsonl-cats-key",
                &[("key", "\"genre\"".into())],
            ),
            "\"genre\" is not category/value; not imported",
        ),
        (
            said(
                "annotation-skip-jsonl-default-used",
                &[("field", "polarity".into())],
            ),
            "polarity is not understood; the default is used",
        ),
        (
            said(
                "annotation-skip-jsonl-cluster-relation",
                &[("relation", "\"echoes\"".into())],
            ),
            "cluster relation \"echoes\" is not understood",
        ),
    ]
}

#[test]
fn every_skipped_annotation_is_said_in_the_interface_language() {
    let skips = skips();
    let said = |language| -> Vec<String> {
        in_language(language, || {
            skips.iter().map(|(fault, _)| fault.to_string()).collect()
        })
    };
    let english = said(Language::English);
    for (said, (_, expected)) in english.iter().zip(&skips) {
        assert_eq!(said, expected);
    }
    let arabic = said(Language::Arabic);
    crate::i18n::assert_arabic(
        &arabic,
        &english,
        &[
            "imported",
            "skipped",
            "span",
            "range",
            "label",
            "relation",
            "claim",
            "could",
            "not a",
            "which",
            "quotes",
            "unknown",
            "understood",
            "archive",
            "line",
        ],
    );
    // What the source names (IDs, quotes, the reader's words) stays as it is.
    assert!(
        arabic[3].contains("a.txt") && arabic[5].contains("\"أكد\""),
        "{arabic:#?}"
    );
    assert!(arabic[25].contains("Permission denied (os error 13)"));
    // Arabic plural forms: three code points, two values.
    let plural = in_language(Language::Arabic, || {
        let mut args = vec![
            ("start", FaultArg::from(3_usize)),
            ("end", 9_usize.into()),
            ("doc", "a.txt".into()),
            ("length", 3_usize.into()),
        ];
        let three = Fault::said("annotation-skip-range-past-end", &args).to_string();
        args[3] = ("length", 2_usize.into());
        let two = Fault::said("annotation-skip-range-past-end", &args).to_string();
        (three, two)
    });
    assert!(plural.0.contains("نقاط رموز"), "{}", plural.0);
    assert!(plural.1.contains("نقطتا رمز"), "{}", plural.1);
}

/// A report kept on screen says its problems in the language of the moment, not in the one
/// of the import.
#[test]
fn a_report_says_its_problems_in_the_language_of_the_moment() {
    let mut report = AnnotationImportReport::default();
    report.said("a.ann:T3", "annotation-skip-no-label", &[]);
    let english = in_language(Language::English, || report.summary());
    let arabic = in_language(Language::Arabic, || report.summary());
    assert!(
        english.ends_with("\n  a.ann:T3: the span has no label"),
        "{english}"
    );
    assert!(arabic.ends_with("a.ann:T3: المقطع بلا وسم"), "{arabic}");
}
