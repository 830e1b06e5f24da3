//! What the Search window shows and does, as plain data: the hits as lines grouped by document
//! and outlet, which hits start ticked, and "label all" as one transaction that passes over hits
//! a span with the chosen label already covers in part. Tested without a window.

use std::ops::Range;

use crate::model::{Annotations, DocId, Edit, LabelId, Message, Project, Transaction};
use crate::text::search::Hit;
use crate::ui::status::Status;
use crate::workspace::Workspace;

/// What the window shows, read from the workspace: the labels to choose from, by name, and one
/// line per hit.
pub(super) struct SearchView {
    pub(super) labels: Vec<(String, LabelId)>,
    pub(super) lines: Vec<HitLine>,
}

/// A hit as shown: its context on one line, and the heading of its document before the first
/// hit of each document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct HitLine {
    pub(super) heading: Option<String>,
    pub(super) text: String,
}

impl SearchView {
    pub(super) fn new(ws: &Workspace, hits: &[Hit]) -> Self {
        let project = ws.project();
        let mut labels: Vec<(String, LabelId)> = project
            .schema
            .labels
            .iter()
            .map(|l| (l.name.clone(), l.id.clone()))
            .collect();
        labels.sort();
        let mut last_doc = None;
        let lines = hits
            .iter()
            .map(|hit| {
                let heading = (last_doc != Some(hit.doc)).then(|| {
                    last_doc = Some(hit.doc);
                    project
                        .documents
                        .get(hit.doc)
                        .map_or_else(String::new, |d| {
                            let outlet = project.outlet_name(&d.outlet);
                            if outlet.is_empty() {
                                let unknown = crate::i18n::tr("matrix-unknown-outlet");
                                format!("{} · {unknown}", d.path)
                            } else {
                                format!("{} · {outlet}", d.path)
                            }
                        })
                });
                let text = ws
                    .articles()
                    .get(hit.doc)
                    .and_then(|a| a.text())
                    .unwrap_or("");
                let found: String = text
                    .chars()
                    .skip(hit.range.start)
                    .take(hit.range.len())
                    .collect();
                HitLine {
                    heading,
                    // One line per hit: paragraph breaks in the context are shown, not followed.
                    text: format!(
                        "…{}«{found}»{}…",
                        hit.context_before.replace('\n', " ¶ "),
                        hit.context_after.replace('\n', " ¶ ")
                    ),
                }
            })
            .collect();
        SearchView { labels, lines }
    }
}

/// The hits ticked after a search: those not labelled `label` already (with no label chosen,
/// those no span marks exactly).
pub(super) fn initial_ticks(project: &Project, hits: &[Hit], label: Option<&LabelId>) -> Vec<bool> {
    hits.iter()
        .map(|h| {
            let Some(doc) = project.documents.get(h.doc) else {
                return false;
            };
            match label {
                Some(label) => !already_labelled(&project.annotations, &doc.id, &h.range, label),
                None => !project
                    .annotations
                    .spans(&doc.id)
                    .iter()
                    .any(|s| s.start == h.range.start && s.end == h.range.end),
            }
        })
        .collect()
}

/// "Label all" as an edit: the transaction (none when there is nothing to label), and what the
/// status bar says — the reason there is nothing, or the hits passed over (`notes`).
pub(super) struct LabelAllOutcome {
    pub(super) transaction: Option<Transaction>,
    pub(super) message: Status,
    pub(super) notes: bool,
}

/// Builds the one undoable edit that labels the ticked hits `(document, char range)` with
/// `label`, following [`label_all_plan`].
pub(super) fn label_all_transaction(
    ws: &Workspace,
    ticked: &[(DocId, Range<usize>)],
    label: &LabelId,
) -> LabelAllOutcome {
    let name = ws
        .project()
        .schema
        .label(label)
        .map_or(label.0.clone(), |l| l.name.clone());
    let plan = label_all_plan(&ws.project().annotations, ticked, label);
    let mut edits = Vec::new();
    let mut problems = 0;
    for (doc, range) in plan.to_label.iter().map(|&i| &ticked[i]) {
        match ws.new_span(doc, range.start, range.end, label.clone()) {
            Ok(span) => edits.push(Edit::AddSpan {
                doc: doc.clone(),
                span,
            }),
            Err(_) => problems += 1,
        }
    }
    let n = edits.len();
    let skipped = plan.already_labelled;
    if n == 0 {
        let message = if skipped > 0 {
            Status::say("search-all-labelled-already")
                .with("count", skipped)
                .with("label", name)
        } else {
            Status::say("search-none-can-be-span").with("count", problems)
        };
        return LabelAllOutcome {
            transaction: None,
            message,
            notes: false,
        };
    }
    let description = Message::SEARCH_LABELLED
        .with("count", n)
        .with("label", name);
    let mut message = Status::from(description.clone());
    if skipped > 0 {
        message = message.and(Status::say("search-skipped").with("count", skipped));
    }
    if problems > 0 {
        message = message.and(Status::say("search-not-labelled").with("count", problems));
    }
    LabelAllOutcome {
        notes: skipped > 0 || problems > 0,
        transaction: Some(Transaction { description, edits }),
        message,
    }
}

/// What "label all" does with the ticked hits: which of them to label, and how many it passes
/// over because a span with the chosen label already covers part of them (the same word marked
/// with or without its proclitic: 59–69 beside 60–69) or a hit taken before them does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelAllPlan {
    /// Positions in the ticked hits, in their order.
    pub to_label: Vec<usize>,
    pub already_labelled: usize,
}

/// Whether a span labelled `label` already covers part of `range` in `doc`: labelling the range
/// would mark the same words twice.
pub fn already_labelled(
    annotations: &Annotations,
    doc: &DocId,
    range: &Range<usize>,
    label: &LabelId,
) -> bool {
    annotations
        .overlapping(doc, range.start, range.end)
        .any(|s| &s.label == label)
}

/// Decides, for each ticked hit `(document, char range)`, whether "label all" labels it.
pub fn label_all_plan(
    annotations: &Annotations,
    ticked: &[(DocId, Range<usize>)],
    label: &LabelId,
) -> LabelAllPlan {
    let mut plan = LabelAllPlan {
        to_label: Vec::new(),
        already_labelled: 0,
    };
    for (i, (doc, range)) in ticked.iter().enumerate() {
        let taken = plan.to_label.iter().any(|&j| {
            let (other_doc, other) = &ticked[j];
            other_doc == doc && other.start < range.end && range.start < other.end
        });
        if taken || already_labelled(annotations, doc, range, label) {
            plan.already_labelled += 1;
        } else {
            plan.to_label.push(i);
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Span, SpanId};

    fn doc(name: &str) -> DocId {
        DocId(name.into())
    }

    fn span(id: &str, range: Range<usize>, label: &str) -> Span {
        let quote = "ب".repeat(range.len());
        Span::new(
            SpanId(id.into()),
            range.start,
            range.end,
            LabelId(label.into()),
            &quote,
        )
    }

    #[test]
    fn label_all_skips_hits_a_span_of_that_label_covers_in_part() {
        let mut annotations = Annotations::new();
        for (d, id, range, label) in [
            ("a", "1", 60..69, "GPE"),
            ("a", "2", 100..105, "PER"),
            ("b", "3", 10..20, "GPE"),
        ] {
            annotations
                .insert(doc(d), span(id, range, label))
                .expect("a well-formed span");
        }
        let ticked = vec![
            (doc("a"), 59..69),   // the word with its proclitic, beside 60–69
            (doc("a"), 60..69),   // the very span
            (doc("a"), 69..75),   // touches it only
            (doc("a"), 100..105), // labelled, but with another label
            (doc("b"), 59..69),   // the same offsets in another document
            (doc("b"), 15..25),   // reaches into 10–20
            (doc("b"), 70..80),
            (doc("b"), 75..78), // inside the hit before it
        ];
        let plan = label_all_plan(&annotations, &ticked, &LabelId("GPE".into()));
        assert_eq!(
            plan,
            LabelAllPlan {
                to_label: vec![2, 3, 4, 6],
                already_labelled: 4,
            }
        );
        let none = label_all_plan(&annotations, &[], &LabelId("GPE".into()));
        assert!(none.to_label.is_empty() && none.already_labelled == 0);
    }
}
