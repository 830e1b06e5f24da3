use super::report::counted;
use super::*;
use crate::i18n::{Language, assert_arabic, in_language};
use crate::model::{BrokenReference, EntityId, SpanId};
use crate::team::compare::{Comparison, MatchKind};

/// A report with a pair of every kind in one document, a conflict on every kind of record,
/// a label that lost its key and a reference that does not resolve.
fn full_report() -> MergeReport {
    let doc = DocId("enab/0001.txt".into());
    let kinds = [
        RecordKind::Document,
        RecordKind::Label,
        RecordKind::RelationType,
        RecordKind::Category,
        RecordKind::Outlet,
        RecordKind::Entity,
        RecordKind::Cluster,
        RecordKind::Span,
        RecordKind::Claim,
        RecordKind::Relation,
        RecordKind::DocLabel,
    ];
    MergeReport {
        comparison: Comparison {
            documents: vec![crate::team::compare::DocComparison {
                doc: doc.clone(),
                matches: crate::team::compare::tests::one_of_each_kind(),
            }],
        },
        conflicts: kinds
            .iter()
            .enumerate()
            .map(|(i, &kind)| Conflict {
                what: Record::new(kind, format!("3f9a{i}"), Some(&doc)),
                kept: if i % 2 == 0 { Side::Mine } else { Side::Theirs },
            })
            .collect(),
        joined_spans: 2,
        joined_claims: 1,
        broken: vec![BrokenReference::SpanEntity {
            doc: doc.clone(),
            span: SpanId("m1".into()),
            entity: EntityId("gone".into()),
        }],
        unkeyed_labels: vec!["VEHICLE".into()],
        spans: 11,
        claims: 3,
    }
}

#[test]
fn the_report_in_english_is_word_for_word_as_before() {
    let text = in_language(Language::English, || full_report().to_text());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "Merged: 11 spans, 3 claims (2 duplicate spans and 1 duplicate claims joined)",
            "Before merging: 1 same span and label, 1 same span, other label, 1 overlapping, \
             1 only mine, 1 only theirs",
            "  enab/0001.txt\t1 same span and label, 1 same span, other label, \
             1 overlapping, 1 only mine, 1 only theirs",
            "Conflicts (11):",
            "  document 3f9a0: changed on both sides, kept mine",
        ]
    );
    for line in [
        "  label 3f9a1: changed on both sides, kept theirs",
        "  relation type 3f9a2: changed on both sides, kept mine",
        "  document category 3f9a3: changed on both sides, kept theirs",
        "  outlet 3f9a4: changed on both sides, kept mine",
        "  entity 3f9a5: changed on both sides, kept theirs",
        "  cluster 3f9a6: changed on both sides, kept mine",
        "  span 3f9a7 in enab/0001.txt: changed on both sides, kept theirs",
        "  claim 3f9a8 in enab/0001.txt: changed on both sides, kept mine",
        "  relation 3f9a9 in enab/0001.txt: changed on both sides, kept theirs",
        "  label 3f9a10 of enab/0001.txt: changed on both sides, kept mine",
        "Label VEHICLE lost its key: another label has it",
    ] {
        assert!(lines.contains(&line), "{line:?} not in {text}");
    }
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("Unresolved reference: ")),
        "{text}"
    );
    let none = MergeReport::default();
    assert!(none.to_text().contains("\nNo conflicts\n"));
}

#[test]
fn the_report_in_arabic_has_no_english_left() {
    let report = full_report();
    let english: Vec<String> = in_language(Language::English, || report.to_text())
        .lines()
        .map(str::to_owned)
        .collect();
    let arabic: Vec<String> = in_language(Language::Arabic, || report.to_text())
        .lines()
        .map(str::to_owned)
        .collect();
    let none = in_language(Language::Arabic, || MergeReport::default().to_text());
    assert_arabic(
        &arabic,
        &english,
        &[
            "Merged",
            "spans",
            "claims",
            "same",
            "overlapping",
            "only",
            "Conflicts",
            "changed",
            "kept",
            "document",
            "label",
            "entity",
            "cluster",
            "span ",
            "claim ",
            "relation",
            "outlet",
            "Unresolved",
            " in ",
            " of ",
        ],
    );
    assert!(none.contains("لا تعارضات"), "{none}");
}

#[test]
fn each_kind_of_pair_is_counted_with_arabic_plural_forms() {
    let said = |kind, n| in_language(Language::Arabic, || counted(kind, n));
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(plain(said(MatchKind::Overlapping, 0)), "لا مقطع متداخل");
    assert_eq!(plain(said(MatchKind::Overlapping, 2)), "مقطعان متداخلان");
    assert_eq!(plain(said(MatchKind::Overlapping, 5)), "5 مقاطع متداخلة");
    assert_eq!(
        plain(said(MatchKind::Same, 11)),
        "11 مقطعًا متطابق الموضع والوسم"
    );
    assert_eq!(plain(said(MatchKind::OnlyMine, 1)), "مقطع واحد عندي وحدي");
    assert_eq!(
        plain(said(MatchKind::OnlyTheirs, 100)),
        "100 مقطع عند زميلي وحده"
    );
    assert_eq!(
        plain(said(MatchKind::OtherLabel, 103)),
        "103 مقاطع في الموضع نفسه بوسم مختلف"
    );
    // Five kinds, six forms each: every one its own words.
    let mut all = Vec::new();
    let mut english = Vec::new();
    for kind in MatchKind::ALL {
        for n in [0, 1, 2, 3, 11, 100] {
            all.push(said(kind, n));
            english.push(in_language(Language::English, || counted(kind, n)));
        }
    }
    let distinct: BTreeSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), all.len(), "{all:#?}");
    assert_arabic(&all, &english, &["same", "overlapping", "only", "label"]);
}

#[test]
fn figures_and_counts_take_the_chosen_digits() {
    use crate::i18n::{Digits, Locale, set_locale};
    set_locale(Locale {
        language: Language::Arabic,
        digits: Digits::ArabicIndic,
    });
    let text = full_report()
        .to_text()
        .replace(['\u{2068}', '\u{2069}'], "");
    set_locale(Locale::default());
    assert!(text.contains("١١ مقطعًا"), "{text}");
    assert!(text.contains("١١ تعارضًا"), "{text}");
    assert!(!text.contains("11 "), "{text}");
}

#[test]
fn three_way_rules_for_one_record() {
    let conflicts = std::cell::RefCell::new(Vec::new());
    let never = |_: &i32, _: &i32| false;
    let one = |b: Option<i32>, m: Option<i32>, t: Option<i32>| {
        let mut conflicts = conflicts.borrow_mut();
        merge_one(
            b.as_ref(),
            m.as_ref(),
            t.as_ref(),
            never,
            || Record::new(RecordKind::Document, "x", None),
            &mut conflicts,
        )
        .copied()
    };
    assert_eq!(one(Some(1), Some(1), Some(2)), Some(2)); // only theirs changed
    assert_eq!(one(Some(1), Some(3), Some(1)), Some(3)); // only mine changed
    assert_eq!(one(Some(1), Some(1), None), None); // theirs deleted, mine untouched
    assert_eq!(one(Some(1), None, Some(1)), None); // mine deleted
    assert_eq!(one(None, Some(5), None), Some(5)); // new in mine
    assert_eq!(one(None, None, Some(6)), Some(6)); // new in theirs
    assert_eq!(one(Some(1), Some(2), Some(2)), Some(2)); // the same change on both sides
    assert!(conflicts.borrow().is_empty());
    assert_eq!(one(Some(1), Some(2), Some(3)), Some(2)); // both changed: mine
    assert_eq!(one(Some(1), Some(2), None), Some(2)); // changed and deleted: kept
    assert_eq!(one(None, Some(2), Some(3)), Some(2)); // no base: union, mine on conflict
    assert_eq!(conflicts.borrow().len(), 3);
}
