//! The comparison as a component, without a window: what stepping and deciding ask for.

use super::*;
use crate::model::{Document, LabelId};

// «قال الوزير إن الحكومة ستفتح المعبر غدا»: word offsets used below.
const WORDS: [(usize, usize, &str); 4] = [
    (0, 3, "قال"),
    (4, 10, "الوزير"),
    (14, 21, "الحكومة"),
    (22, 27, "ستفتح"),
];

fn span(id: &str, word: usize, label: &str) -> Span {
    let (start, end, quote) = WORDS[word];
    Span::new(SpanId(id.into()), start, end, LabelId(label.into()), quote)
}

fn project(docs: &[(&str, Vec<Span>)]) -> Project {
    let mut project = Project::default();
    for (doc, spans) in docs {
        let id = DocId((*doc).into());
        project
            .documents
            .push(Document::new(id.clone(), format!("{doc}.txt")));
        for span in spans {
            project
                .annotations
                .insert(id.clone(), span.clone())
                .expect("a test span fits");
        }
    }
    project
}

/// Mine: a claimant and a cue in one document, a claimant in another. Theirs: the claimant
/// labelled otherwise, no cue, a span I lack, and the same claimant in the second document.
fn pair() -> (Project, Adjudication) {
    let mine = project(&[
        ("a", vec![span("m1", 1, "CLAIMANT"), span("m2", 0, "CUE")]),
        ("b", vec![span("m3", 1, "CLAIMANT")]),
    ]);
    let theirs = project(&[
        ("a", vec![span("m1", 1, "CLAIM"), span("t1", 2, "CLAIMANT")]),
        ("b", vec![span("t3", 1, "CLAIMANT"), span("t4", 3, "CUE")]),
    ]);
    (mine, Adjudication::new(theirs, PathBuf::from("theirs.ron")))
}

fn shown_span(commands: &[Command]) -> Option<(&str, Option<&str>)> {
    commands.iter().find_map(|c| match c {
        Command::ShowPlace { doc, span, .. } => {
            Some((doc.0.as_str(), span.as_ref().map(SpanId::as_str)))
        }
        _ => None,
    })
}

#[test]
fn positions_wrap_around_both_ways() {
    assert_eq!(next_position(None, false, 3), 0);
    assert_eq!(next_position(Some(2), true, 3), 0);
    assert_eq!(next_position(Some(0), false, 3), 2);
    assert_eq!(next_position(Some(1), true, 3), 2);
}

#[test]
fn stepping_shows_each_disagreement_in_reading_order() {
    let (mine, mut adj) = pair();
    let first = adj.begin(&mine, 1);
    assert!(matches!(&first[0], Command::ShowStatus(s) if s.text().contains("4 disagreement")));
    // My cue comes first in the text; I have it, they do not.
    assert_eq!(shown_span(&first), Some(("a", Some("m2"))));
    let second = adj.step(&mine, 1, true);
    assert_eq!(shown_span(&second), Some(("a", Some("m1"))));
    // Their span alone has none of mine to show in the inspector.
    let third = adj.step(&mine, 1, true);
    assert_eq!(shown_span(&third), Some(("a", None)));
    let back = adj.step(&mine, 1, false);
    assert_eq!(shown_span(&back), Some(("a", Some("m1"))));
    assert_eq!(adj.current.as_ref().map(|k| k.0.0.as_str()), Some("a"));
}

#[test]
fn accepting_asks_for_the_edit_then_the_next_disagreement() {
    let (mine, mut adj) = pair();
    adj.begin(&mine, 1);
    adj.step(&mine, 1, true);
    let commands = adj.decide(&mine, 1, &Command::AcceptTheirs);
    let [Command::Edit(t), Command::NextDisagreement] = commands.as_slice() else {
        panic!("expected an edit and a step: {commands:?}");
    };
    let [Edit::ReplaceSpan { after, .. }] = t.edits.as_slice() else {
        panic!("expected my span replaced: {t:?}");
    };
    assert_eq!(after.label, LabelId("CLAIM".into()));
}

#[test]
fn keeping_mine_takes_it_out_of_the_list_until_none_are_left() {
    let (mine, mut adj) = pair();
    adj.begin(&mine, 1);
    for _ in 0..4 {
        let commands = adj.decide(&mine, 1, &Command::RejectTheirs);
        assert_eq!(commands[0], Command::ShowStatus(Status::words("Kept mine")));
    }
    assert!(adj.items(&mine, 1).is_empty());
    assert_eq!(adj.current, None);
    let done = adj.step(&mine, 1, true);
    assert_eq!(
        done,
        vec![Command::ShowStatus(Status::words("No disagreements left"))]
    );
}

#[test]
fn editing_a_span_only_they_marked_makes_it_mine_then_selects_it() {
    let (mine, mut adj) = pair();
    adj.begin(&mine, 1);
    adj.step(&mine, 1, true);
    adj.step(&mine, 1, true);
    let commands = adj.decide(&mine, 1, &Command::EditMine);
    let [
        Command::Edit(t),
        Command::JumpToSpan(doc, id),
        Command::ShowStatus(_),
    ] = commands.as_slice()
    else {
        panic!("expected an edit, a jump and a status: {commands:?}");
    };
    assert_eq!(doc.0, "a");
    assert_eq!(added_span(t).as_ref(), Some(id));
    assert_eq!(id.as_str(), "t1");
}

#[test]
fn taking_all_theirs_is_one_edit_of_every_span_i_lack() {
    let (mine, mut adj) = pair();
    let commands = adj.decide(&mine, 1, &Command::TakeAllOnlyTheirs);
    let Some(Command::Edit(t)) = commands.first() else {
        panic!("expected an edit first: {commands:?}");
    };
    let added: Vec<&str> = t
        .edits
        .iter()
        .filter_map(|e| match e {
            Edit::AddSpan { span, .. } => Some(span.id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(added, ["t1", "t4"]);
    assert_eq!(commands.last(), Some(&Command::NextDisagreement));
    // Nothing left to take once they are mine.
    let mut after = mine.clone();
    for (doc, span) in [
        ("a", span("t1", 2, "CLAIMANT")),
        ("b", span("t4", 3, "CUE")),
    ] {
        after
            .annotations
            .insert(DocId(doc.into()), span)
            .expect("a test span fits");
    }
    assert_eq!(
        adj.decide(&after, 2, &Command::TakeAllOnlyTheirs),
        vec![Command::ShowStatus(Status::words(
            "They have no span you lack"
        ))]
    );
}

#[test]
fn rows_head_each_document_once_and_mark_the_one_in_focus() {
    let (mine, mut adj) = pair();
    adj.begin(&mine, 1);
    let rows = adj.rows(&mine, 1);
    let headings: Vec<Option<&str>> = rows.iter().map(|r| r.heading.as_deref()).collect();
    assert_eq!(headings, [Some("a.txt"), None, None, Some("b.txt")]);
    assert_eq!(
        rows.iter().map(|r| r.current).collect::<Vec<_>>(),
        [true, false, false, false]
    );
    assert!(rows[0].text.starts_with("only mine\n   mine: CUE «"));
    assert!(rows[0].text.ends_with("theirs: —"));
}
