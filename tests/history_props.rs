//! Properties of edits, undo/redo and saving, on random sequences of valid edits over a few
//! fixed Arabic and mixed texts: undo everything → the exact initial project; redo everything →
//! the exact final project; a saved project reloads equal; every span's quote is the text at its
//! offsets and its edges are grapheme boundaries; the dirty flag follows the saved revision.
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::collections::{BTreeMap, HashSet};

use hashiya::model::{
    BaseDirection, DocId, Document, Edit, History, Label, LabelId, Project, Rgb, Schema, Span,
    SpanId, Transaction, notation,
};
use hashiya::store::{load_project, save_annotations, save_project};
use hashiya::text::graphemes::{is_boundary, snap_to_boundaries};
use proptest::prelude::*;

/// The documents: notation for their initial spans. Harakat, shadda, an emoji with a skin tone,
/// Latin, Arabic-Indic and ASCII digits, a combining accent, a line break.
const TEXTS: [(&str, &str); 3] = [
    (
        "enab/0001.txt",
        "قال [PER|محمد الأحمد] إن قوات [ARMED|التحالف] سيطرت على حقل العمر بدير الزور.",
    ),
    (
        "sana/خبر.txt",
        "مُحَمَّدٌ قالَ: «الرَّقَّةُ» 👍🏽 ([ARMED|SDF]) في 12 أيلول ٢٠١٧.\nسطرٌ ثانٍ.",
    ),
    (
        "mixed.txt",
        "Mixed: قسد said «داعش» retreated; cafe\u{301} ﻻ لا.",
    ),
];

const NOTES: [&str; 4] = ["", "مصدر واحد", "\"quoted\" \\ note", "سطر\nسطر"];

fn plain(i: usize) -> String {
    notation::parse(TEXTS[i].1).unwrap().0
}

fn label(id: &str, n: u8) -> Label {
    Label {
        id: LabelId(id.to_owned()),
        name: id.to_lowercase(),
        colour: Rgb(n.wrapping_mul(40), 100, 200),
        key: char::from_digit(u32::from(n % 10), 10),
        description: String::new(),
    }
}

fn initial_project() -> Project {
    let mut project = Project {
        name: "خصائص".to_owned(),
        corpus_dir: "corpus".to_owned(),
        schema: Schema {
            labels: ["PER", "ARMED", "GPE", "CUE"]
                .iter()
                .zip(1..)
                .map(|(id, n)| label(id, n))
                .collect(),
        },
        ..Project::default()
    };
    let mut n = 0;
    for (id, marked) in TEXTS {
        let (text, spans) = notation::parse(marked).unwrap();
        project.documents.push(Document {
            id: DocId(id.to_owned()),
            path: id.to_owned(),
            sha256: "0".repeat(64),
            encoding: "UTF-8".to_owned(),
            title: text.lines().next().unwrap().to_owned(),
            outlet: String::new(),
            date: String::new(),
            base_direction: BaseDirection::Auto,
            char_len: text.chars().count(),
            warnings: vec![],
        });
        for (start, end, label) in spans {
            let span = Span::new(
                SpanId(format!("init{n}")),
                start,
                end,
                label,
                &slice(&text, start, end),
            );
            project
                .annotations
                .insert(DocId(id.to_owned()), span)
                .unwrap();
            n += 1;
        }
    }
    project
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// An abstract step; turned into a transaction against the current state by [`transaction`].
#[derive(Debug, Clone)]
enum Op {
    AddSpan {
        doc: usize,
        a: usize,
        b: usize,
        label: usize,
    },
    AddTwoSpans {
        doc: usize,
        a: usize,
        b: usize,
        c: usize,
        d: usize,
    },
    RemoveSpan {
        pick: usize,
    },
    MoveEdges {
        pick: usize,
        a: usize,
        b: usize,
    },
    Relabel {
        pick: usize,
        label: usize,
    },
    Note {
        pick: usize,
        note: usize,
        attribute: bool,
    },
    AddLabel,
    RemoveLabel {
        pick: usize,
    },
    ChangeLabel {
        pick: usize,
        name: usize,
        key: u8,
    },
    Meta {
        doc: usize,
        field: usize,
        value: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0..100usize;
    prop_oneof![
        4 => (0..3usize, n.clone(), n.clone(), 0..8usize)
            .prop_map(|(doc, a, b, label)| Op::AddSpan { doc, a, b, label }),
        1 => (0..3usize, n.clone(), n.clone(), n.clone(), n.clone())
            .prop_map(|(doc, a, b, c, d)| Op::AddTwoSpans { doc, a, b, c, d }),
        2 => n.clone().prop_map(|pick| Op::RemoveSpan { pick }),
        2 => (n.clone(), n.clone(), n.clone()).prop_map(|(pick, a, b)| Op::MoveEdges { pick, a, b }),
        2 => (n.clone(), 0..8usize).prop_map(|(pick, label)| Op::Relabel { pick, label }),
        1 => (n.clone(), 0..4usize, any::<bool>())
            .prop_map(|(pick, note, attribute)| Op::Note { pick, note, attribute }),
        1 => Just(Op::AddLabel),
        1 => n.clone().prop_map(|pick| Op::RemoveLabel { pick }),
        1 => (n.clone(), 0..4usize, any::<u8>())
            .prop_map(|(pick, name, key)| Op::ChangeLabel { pick, name, key }),
        1 => (0..3usize, 0..4usize, 0..4usize).prop_map(|(doc, field, value)| Op::Meta { doc, field, value }),
    ]
}

/// A grapheme-aligned, non-empty range of `text` from two arbitrary numbers.
fn range(text: &str, a: usize, b: usize) -> (usize, usize) {
    let len = text.chars().count();
    let (start, end) = snap_to_boundaries(text, a % len, b % len);
    if start < end {
        return (start, end);
    }
    // Empty: take the cluster at `start`, or the last one.
    let (s, e) = snap_to_boundaries(text, start, start + 1);
    if s < e {
        (s, e)
    } else {
        snap_to_boundaries(text, len - 1, len)
    }
}

/// All spans of the project in a stable order, with their documents.
fn all_spans(project: &Project) -> Vec<(DocId, Span)> {
    project
        .annotations
        .iter()
        .flat_map(|(doc, spans)| spans.iter().map(move |s| (doc.clone(), s.clone())))
        .collect()
}

fn text_of(doc: &DocId) -> String {
    let i = TEXTS.iter().position(|(id, _)| *id == doc.0).unwrap();
    plain(i)
}

/// The transaction `op` means in the state `project`; `None` when it means nothing there (e.g.
/// removing a span when there are none). `next_id` numbers new spans and labels.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of edit reads better than ten helpers"
)]
fn transaction(project: &Project, op: &Op, next_id: &mut u64) -> Option<Transaction> {
    let mut fresh = || {
        *next_id += 1;
        *next_id
    };
    let labels = &project.schema.labels;
    let spans = all_spans(project);
    let pick_span = |pick: usize| (!spans.is_empty()).then(|| spans[pick % spans.len()].clone());
    let new_span = |doc: usize, a, b, label: &LabelId, id: u64| {
        let text = plain(doc);
        let (start, end) = range(&text, a, b);
        Edit::AddSpan {
            doc: DocId(TEXTS[doc].0.to_owned()),
            span: Span::new(
                SpanId::from_u64(id),
                start,
                end,
                label.clone(),
                &slice(&text, start, end),
            ),
        }
    };
    match *op {
        Op::AddSpan { doc, a, b, label } => {
            let label = &labels.get(label % labels.len().max(1))?.id;
            Some(Transaction::single(
                "add",
                new_span(doc, a, b, label, fresh()),
            ))
        }
        Op::AddTwoSpans { doc, a, b, c, d } => {
            let label = &labels.first()?.id;
            let first = new_span(doc, a, b, label, fresh());
            let second = new_span(doc, c, d, label, fresh());
            Some(Transaction::new("add two").with(first).with(second))
        }
        Op::RemoveSpan { pick } => {
            let (doc, span) = pick_span(pick)?;
            Some(Transaction::single(
                "remove",
                Edit::remove_span(project, &doc, &span.id)?,
            ))
        }
        Op::MoveEdges { pick, a, b } => {
            let (doc, span) = pick_span(pick)?;
            let text = text_of(&doc);
            let (start, end) = range(&text, a, b);
            let edit = Edit::replace_span(project, &doc, &span.id, |s| {
                s.start = start;
                s.end = end;
                s.quote = slice(&text, start, end);
            })?;
            Some(Transaction::single("move", edit))
        }
        Op::Relabel { pick, label } => {
            let (doc, span) = pick_span(pick)?;
            let label = labels.get(label % labels.len().max(1))?.id.clone();
            let edit = Edit::replace_span(project, &doc, &span.id, |s| s.label = label)?;
            Some(Transaction::single("relabel", edit))
        }
        Op::Note {
            pick,
            note,
            attribute,
        } => {
            let (doc, span) = pick_span(pick)?;
            let edit = Edit::replace_span(project, &doc, &span.id, |s| {
                if attribute {
                    s.attributes
                        .insert("مصدر".to_owned(), NOTES[note].to_owned());
                } else {
                    NOTES[note].clone_into(&mut s.note);
                }
            })?;
            Some(Transaction::single("note", edit))
        }
        Op::AddLabel => {
            let n = fresh();
            let edit = Edit::add_label(project, label(&format!("L{n}"), n as u8));
            Some(Transaction::single("add label", edit))
        }
        Op::RemoveLabel { pick } => {
            // Relabel its spans to another label first, in the same transaction; the last label
            // stays when spans still need one.
            let victim = labels.get(pick % labels.len().max(1))?.id.clone();
            let other = labels.iter().find(|l| l.id != victim).map(|l| l.id.clone());
            let mut tx = Transaction::new("remove label");
            for (doc, span) in spans.iter().filter(|(_, s)| s.label == victim) {
                let other = other.clone()?;
                tx.push(Edit::replace_span(project, doc, &span.id, |s| {
                    s.label = other;
                })?);
            }
            tx.push(Edit::remove_label(project, &victim)?);
            Some(tx)
        }
        Op::ChangeLabel { pick, name, key } => {
            let id = labels.get(pick % labels.len().max(1))?.id.clone();
            let edit = Edit::change_label(project, &id, |l| {
                ["شخص", "Armed group", "مكان", "x\"y"][name].clone_into(&mut l.name);
                l.key = char::from_digit(u32::from(key % 11), 10);
                l.colour = Rgb(key, key / 2, 255 - key);
            })?;
            Some(Transaction::single("change label", edit))
        }
        Op::Meta { doc, field, value } => {
            let id = DocId(TEXTS[doc].0.to_owned());
            let edit = Edit::set_document_meta(project, &id, |m| {
                let value = ["", "عنب بلدي", "2017-09-12", "Enab Baladi"][value].to_owned();
                match field {
                    0 => m.title = value,
                    1 => m.outlet = value,
                    2 => m.date = value,
                    _ => {
                        m.base_direction =
                            [BaseDirection::Auto, BaseDirection::Rtl, BaseDirection::Ltr]
                                [value.len() % 3];
                    }
                }
            })?;
            Some(Transaction::single("metadata", edit))
        }
    }
}

/// The invariants every reachable state keeps.
fn check_invariants(project: &Project) -> Result<(), TestCaseError> {
    let mut ids = HashSet::new();
    for (doc, spans) in project.annotations.iter() {
        let text = text_of(doc);
        for pair in spans.windows(2) {
            prop_assert!(pair[0].order_key() < pair[1].order_key(), "reading order");
        }
        for span in spans {
            prop_assert!(ids.insert(span.id.clone()), "unique ID {}", span.id);
            prop_assert!(span.start < span.end);
            prop_assert_eq!(&span.quote, &slice(&text, span.start, span.end));
            prop_assert!(is_boundary(&text, span.start) && is_boundary(&text, span.end));
            prop_assert!(project.schema.label(&span.label).is_some());
        }
    }
    let label_ids: HashSet<&LabelId> = project.schema.labels.iter().map(|l| &l.id).collect();
    prop_assert_eq!(label_ids.len(), project.schema.labels.len());
    Ok(())
}

/// Applies `ops` through a fresh history; returns the states after each recorded transaction
/// (the first is the initial project).
fn run(ops: &[Op], history: &mut History) -> Result<Vec<Project>, TestCaseError> {
    let mut project = initial_project();
    let mut states = vec![project.clone()];
    let mut next_id = 0;
    for op in ops {
        let Some(tx) = transaction(&project, op, &mut next_id) else {
            continue;
        };
        let before = project.clone();
        match history.apply(&mut project, tx) {
            Ok(()) => states.push(project.clone()),
            // The only refusals the generator can cause: a duplicate label key is allowed, so
            // none expected — but a refusal must leave everything as it was.
            Err(error) => {
                prop_assert_eq!(&project, &before, "refused: {}", error);
                return Err(TestCaseError::fail(format!("valid edit refused: {error}")));
            }
        }
        check_invariants(&project)?;
    }
    Ok(states)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_restores_the_initial_project_and_redo_all_the_final(
        ops in prop::collection::vec(op(), 0..40)
    ) {
        let mut history = History::new();
        let states = run(&ops, &mut history)?;
        let mut project = states.last().unwrap().clone();
        let steps = states.len() - 1;
        prop_assert_eq!(history.is_dirty(), steps > 0);

        for i in (0..steps).rev() {
            prop_assert!(history.can_undo());
            prop_assert!(history.undo(&mut project).unwrap().is_some());
            prop_assert_eq!(&project, &states[i]);
        }
        prop_assert!(!history.can_undo());
        prop_assert_eq!(history.undo(&mut project).unwrap(), None);
        prop_assert_eq!(&project, &initial_project());
        prop_assert!(!history.is_dirty(), "back at the loaded state");

        for state in &states[1..] {
            prop_assert!(history.redo(&mut project).unwrap().is_some());
            prop_assert_eq!(&project, state);
        }
        prop_assert!(!history.can_redo());
        prop_assert_eq!(&project, states.last().unwrap());
        prop_assert_eq!(history.is_dirty(), steps > 0);
    }

    #[test]
    fn undo_redo_and_saving_interleaved_follow_a_reference(
        steps in prop::collection::vec((op(), 0..6u8), 0..40)
    ) {
        // Reference: the states on the undo path, a cursor, revision numbers, the saved revision.
        let mut project = initial_project();
        let mut history = History::new();
        let mut path: Vec<(Project, u64)> = vec![(project.clone(), 0)];
        let mut cursor: usize = 0;
        let mut next_revision = 1;
        let mut saved = Some(0);
        let mut next_id = 0;
        for (op, action) in &steps {
            match action {
                0 => {
                    let undone = history.undo(&mut project).unwrap();
                    prop_assert_eq!(undone.is_some(), cursor > 0);
                    cursor = cursor.saturating_sub(1);
                }
                1 => {
                    let redone = history.redo(&mut project).unwrap();
                    prop_assert_eq!(redone.is_some(), cursor + 1 < path.len());
                    cursor = (cursor + 1).min(path.len() - 1);
                }
                2 => {
                    history.mark_saved();
                    saved = Some(path[cursor].1);
                }
                _ => {
                    if let Some(tx) = transaction(&project, op, &mut next_id) {
                        history.apply(&mut project, tx).unwrap();
                        path.truncate(cursor + 1);
                        path.push((project.clone(), next_revision));
                        next_revision += 1;
                        cursor += 1;
                    }
                }
            }
            prop_assert_eq!(&project, &path[cursor].0);
            prop_assert_eq!(history.revision(), path[cursor].1);
            prop_assert_eq!(history.is_dirty(), saved != Some(path[cursor].1));
            prop_assert_eq!(history.can_undo(), cursor > 0);
            prop_assert_eq!(history.can_redo(), cursor + 1 < path.len());
            check_invariants(&project)?;
        }
    }

    #[test]
    fn a_saved_project_reloads_equal_and_saves_identically(
        ops in prop::collection::vec(op(), 0..30)
    ) {
        let mut history = History::new();
        let states = run(&ops, &mut history)?;
        let project = states.last().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save_project(&path, project).unwrap();
        let loaded = load_project(&path).unwrap();
        prop_assert_eq!(&loaded, project);
        let again = save_annotations(&dir.path().join("p.annotations"), &loaded.annotations).unwrap();
        prop_assert!(again.written.is_empty() && again.removed.is_empty());
        prop_assert_eq!(again.unchanged, loaded.annotations.documents().count());

        // Saving an earlier state over it writes only what differs and reloads equal too.
        let first = &states[states.len() / 2];
        save_project(&path, first).unwrap();
        prop_assert_eq!(&load_project(&path).unwrap(), first);
        let per_doc: BTreeMap<&DocId, usize> =
            first.annotations.iter().map(|(d, s)| (d, s.len())).collect();
        let files = std::fs::read_dir(dir.path().join("p.annotations"))
.map_or(0, Iterator::count);
        prop_assert_eq!(files, per_doc.len());
    }
}

#[test]
fn a_stale_transaction_is_refused_whole() {
    let mut project = initial_project();
    let mut history = History::new();
    let mut next_id = 0;
    let tx = transaction(
        &project,
        &Op::AddSpan {
            doc: 0,
            a: 0,
            b: 3,
            label: 0,
        },
        &mut next_id,
    )
    .unwrap();
    history.apply(&mut project, tx.clone()).unwrap();
    let before = project.clone();
    // The same span again, after a valid edit in the same transaction: all refused.
    let mut twice = transaction(&project, &Op::AddLabel, &mut next_id).unwrap();
    twice.edits.extend(tx.edits);
    assert!(history.apply(&mut project, twice).is_err());
    assert_eq!(project, before);
    assert_eq!(history.undo_len(), 1);
}
