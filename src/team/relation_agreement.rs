//! How far two analysts agree on relations between spans: precision, recall and F1, overall and
//! per relation type.
//!
//! A relation of analyst A matches one of analyst B when both have the same type (by ID) and
//! their ends match as spans do in [`super::agreement`]: the same document, start, end and label.
//! For a type without direction the two ends may come either way round. A relation may join two
//! documents; it is compared when both projects hold both its documents. A as reference and B
//! as prediction, with the span formulas:
//!
//! ```text
//! P  = matched / (matched + only B)
//! R  = matched / (matched + only A)
//! F1 = 2·matched / (2·matched + only A + only B)
//! ```
//!
//! Relations that join the same ends with the same type count once per analyst.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use super::agreement::{SpanCounts, count_matches, figure};
use crate::model::{DocId, Project, SpanId};

/// Relation figures of one scope.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RelationScores {
    /// matched / (matched + only B); `None` when B has none.
    pub precision: Option<f64>,
    /// matched / (matched + only A); `None` when A has none.
    pub recall: Option<f64>,
    /// 2·matched / (2·matched + only A + only B).
    pub f1: Option<f64>,
    /// Relations both analysts drew alike.
    pub matched: usize,
    pub only_a: usize,
    pub only_b: usize,
}

impl From<SpanCounts> for RelationScores {
    fn from(counts: SpanCounts) -> Self {
        Self {
            precision: counts.precision(),
            recall: counts.recall(),
            f1: counts.f1(),
            matched: counts.matched,
            only_a: counts.only_a,
            only_b: counts.only_b,
        }
    }
}

/// Relation agreement overall and per relation type (by type ID).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationAgreement {
    pub overall: RelationScores,
    pub per_type: BTreeMap<String, RelationScores>,
}

/// One end as matched: document, start, end and label ID.
type End = (DocId, usize, usize, String);
/// A relation as matched: its type, then its ends (in order for a directed type, sorted for an
/// undirected one).
type Key = (String, End, End);

/// Every relation of `project` whose two ends lie in documents `other` holds too, as keys.
fn keys(project: &Project, other: &Project) -> BTreeSet<Key> {
    let end = |span: &SpanId| -> Option<End> {
        let (doc, s) = project.annotations.find(span)?;
        other.document(doc)?;
        Some((doc.clone(), s.start, s.end, s.label.0.clone()))
    };
    project
        .annotations
        .all_relations()
        .filter_map(|(_, r)| {
            let (mut source, mut target) = (end(&r.source)?, end(&r.target)?);
            let directed = project
                .schema
                .relation_type(&r.kind)
                .is_none_or(|t| t.directed);
            if !directed && target < source {
                std::mem::swap(&mut source, &mut target);
            }
            Some((r.kind.0.clone(), source, target))
        })
        .collect()
}

/// Relation P/R/F1 of `b` against `a`, overall and per type (every type either project has or
/// uses).
pub fn relation_agreement(a: &Project, b: &Project) -> RelationAgreement {
    let (ka, kb) = (keys(a, b), keys(b, a));
    let types: BTreeSet<String> = a
        .schema
        .relation_types
        .iter()
        .chain(&b.schema.relation_types)
        .map(|t| t.id.0.clone())
        .chain(ka.iter().chain(&kb).map(|k| k.0.clone()))
        .collect();
    let per_type = types
        .into_iter()
        .map(|kind| {
            let of = |keys: &BTreeSet<Key>| -> BTreeSet<Key> {
                keys.iter().filter(|k| k.0 == kind).cloned().collect()
            };
            let scores = count_matches(&of(&ka), &of(&kb)).into();
            (kind, scores)
        })
        .collect();
    RelationAgreement {
        overall: count_matches(&ka, &kb).into(),
        per_type,
    }
}

/// A plain-text table of relation agreement: overall, then each type either analyst used;
/// figures at 3 decimals in the chosen digits, "—" where undefined. Empty when neither analyst
/// drew a relation.
pub fn to_text(relations: &RelationAgreement) -> String {
    use crate::i18n::{number, tr, tr_plain};
    let o = &relations.overall;
    if o.matched + o.only_a + o.only_b == 0 {
        return String::new();
    }
    let mut out = tr("cli-agreement-relations") + "\n";
    let rows = std::iter::once((tr("cli-agreement-overall"), o)).chain(
        relations
            .per_type
            .iter()
            .filter(|(_, s)| s.matched + s.only_a + s.only_b > 0)
            .map(|(k, s)| {
                (
                    tr_plain("cli-agreement-type", &[("name", k.as_str().into())]),
                    s,
                )
            }),
    );
    let (matched, only_a, only_b) = (
        tr("cli-agreement-matched"),
        tr("cli-agreement-only-a"),
        tr("cli-agreement-only-b"),
    );
    let (p, r, f1) = (
        tr("agreement-precision"),
        tr("agreement-recall"),
        tr("agreement-f1"),
    );
    for (scope, s) in rows {
        let _ = writeln!(
            out,
            "  {scope}  {p} {}  {r} {}  {f1} {}  {matched} {}  {only_a} {}  {only_b} {}",
            figure(s.precision),
            figure(s.recall),
            figure(s.f1),
            number(s.matched),
            number(s.only_a),
            number(s.only_b)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_has_a_row_per_type_used_and_nothing_without_relations() {
        let scores = |matched, only_a, only_b| {
            RelationScores::from(SpanCounts {
                matched,
                only_a,
                only_b,
            })
        };
        let figures = RelationAgreement {
            overall: scores(1, 0, 1),
            per_type: BTreeMap::from([
                ("SUPPORTS".to_owned(), scores(1, 0, 1)),
                ("SAME_AS".to_owned(), scores(0, 0, 0)),
            ]),
        };
        let text = to_text(&figures);
        assert!(
            text.contains(
                "  type SUPPORTS  P 0.500  R 1.000  F1 0.667  matched 1  only A 0  only B 1"
            ),
            "{text}"
        );
        assert!(!text.contains("SAME_AS"), "{text}");
        let none = RelationAgreement {
            overall: scores(0, 0, 0),
            per_type: BTreeMap::new(),
        };
        assert_eq!(to_text(&none), "");
    }

    #[test]
    fn the_text_in_arabic_takes_the_chosen_digits() {
        use crate::i18n::{Digits, Language, Locale, set_locale};
        let figures = RelationAgreement {
            overall: SpanCounts {
                matched: 1,
                only_a: 0,
                only_b: 12,
            }
            .into(),
            per_type: BTreeMap::new(),
        };
        set_locale(Locale {
            language: Language::Arabic,
            digits: Digits::ArabicIndic,
        });
        let text = to_text(&figures);
        set_locale(Locale::default());
        let row = text.lines().nth(1).expect("the overall row");
        assert!(row.contains("١٫٠٠٠") && row.contains("٠٫١٤٣"), "{row}");
        assert!(row.contains("في ب فقط ١٢"), "{row}");
        assert!(
            !row.chars().any(|c| c.is_ascii_digit() && c != '1'),
            "{row}"
        );
    }
}
