//! Relations between spans on the real App: arcs over right-to-left lines, making a relation
//! from the keyboard and undoing it, deleting one from the inspector, editing relation types in
//! the label editor, a relabel that would break a relation refused.

mod common;

use common::gestures::replace_in;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::model::{Edit, LabelId, RelationTypeId, SpanId, Transaction};
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};

/// An article written for this test: three paragraphs, lines that wrap.
const ARTICLE: &str = "أعلنت الوزارة أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام \
شهرين، وقال متحدث باسمها إن الوفود وصلت بالفعل.\n\n\
لكن مصدرا في المعارضة نفى أن تكون أي وفود قد وصلت، وأكد أن الموعد لم يحدد بعد.\n\n\
وذكرت صحيفة محلية أن الفنادق القريبة من مقر المفاوضات حجزت بالكامل.\n";

const CLAIMS: [&str; 5] = [
    "المفاوضات ستستأنف الأسبوع المقبل",
    "الوفود وصلت بالفعل",
    "أي وفود قد وصلت",
    "الموعد لم يحدد بعد",
    "الفنادق القريبة من مقر المفاوضات حجزت بالكامل",
];

/// Labels each `(document index, its text, quote)` a claim, in one step; the new spans' IDs.
fn claims_labelled(harness: &mut Harness<'_, App>, claims: &[(usize, &str, &str)]) -> Vec<SpanId> {
    let ws = harness.state().workspace().expect("opened");
    let mut spans = Vec::new();
    let mut labelling = Transaction::new(hashiya::model::Message::CLAIM_EDIT_MADE);
    for (i, text, quote) in claims {
        let doc = ws.project().documents[*i].id.clone();
        let byte = text.find(quote).expect("in the text");
        let start = text[..byte].chars().count();
        let end = start + quote.chars().count();
        let span = ws
            .new_span(&doc, start, end, LabelId("CLAIM".to_owned()))
            .expect("a span");
        spans.push(span.id.clone());
        labelling.push(Edit::AddSpan { doc, span });
    }
    harness.state_mut().push(Command::Edit(labelling));
    harness.run();
    spans
}

/// The App, of `size`, on a folder called `folder` holding `files` (name, text).
fn app_on(folder: &str, files: &[(&str, &str)], size: [f32; 2]) -> Harness<'static, App> {
    let corpus = tempfile::tempdir().expect("temp dir").keep().join(folder);
    std::fs::create_dir(&corpus).expect("folder made");
    for (name, text) in files {
        std::fs::write(corpus.join(name), text).expect("article written");
    }
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(
            &cc.egui_ctx,
            Start::Path(corpus),
            Prefs::default(),
            data_dir,
        )
        .expect("the bundled fonts load")
    });
    harness.run();
    harness
}

/// The App on a folder holding the article, its five claims labelled and three relations
/// drawn (contradicts, contradicts, supports across paragraphs).
fn app_with_relations() -> (Harness<'static, App>, Vec<SpanId>) {
    // A folder of a fixed name: the document list shows it in the snapshot.
    let mut harness = app_on("talks", &[("talks.txt", ARTICLE)], [900.0, 1000.0]);
    let claims: Vec<(usize, &str, &str)> = CLAIMS.iter().map(|c| (0, ARTICLE, *c)).collect();
    let spans = claims_labelled(&mut harness, &claims);
    // Named after the first of the three, as the window names a relation made.
    let mut relating = Transaction::new(
        hashiya::model::Message::RELATION_EDIT_MADE
            .with("source", CLAIMS[2])
            .with("target", CLAIMS[1])
            .with("kind", "CONTRADICTS"),
    );
    for (kind, source, target) in [
        ("CONTRADICTS", 2, 1),
        ("CONTRADICTS", 3, 0),
        ("SUPPORTS", 4, 0),
    ] {
        let project = harness.state().workspace().expect("open").project();
        relating.push(
            Edit::add_relation(
                project,
                RelationTypeId(kind.to_owned()),
                &spans[source],
                &spans[target],
            )
            .expect("source exists"),
        );
    }
    harness.state_mut().push(Command::Edit(relating));
    harness.run();
    harness.run();
    assert_eq!(relation_count(&harness), 3, "{}", harness.state().status());
    (harness, spans)
}

/// The arcs the article view draws now.
fn arcs_of(harness: &Harness<'_, App>) -> hashiya::ui::widgets::arcs::ArcLayout {
    harness
        .state()
        .article_view()
        .arcs()
        .expect("arcs drawn")
        .as_ref()
        .clone()
}

fn relation_count(harness: &Harness<'_, App>) -> usize {
    harness
        .state()
        .workspace()
        .expect("open")
        .project()
        .annotations
        .relation_count()
}

fn select_span(harness: &mut Harness<'_, App>, span: &SpanId) {
    let doc = harness
        .state()
        .workspace()
        .expect("open")
        .project()
        .documents[0]
        .id
        .clone();
    harness
        .state_mut()
        .push(Command::JumpToSpan(doc, span.clone()));
    harness.run();
    harness.run();
}

#[test]
fn three_relations_are_drawn_as_arcs_above_right_to_left_lines() {
    let (mut harness, _) = app_with_relations();
    let arcs = arcs_of(&harness);
    assert_eq!(arcs.arcs.len(), 3);
    // The supports relation runs from the third paragraph back to the first: a piece on each.
    assert!(arcs.arcs.iter().any(|a| a.pieces.len() == 2));
    // Forward in Arabic on one line: the arc runs right to left.
    for arc in arcs.arcs.iter().filter(|a| a.pieces.len() == 1) {
        let p = &arc.pieces[0];
        assert!(p.arrow);
        let line = &arcs.layout.lines[p.line];
        assert!(p.foot < line.top && p.y < p.foot);
    }
    // The layout the view uses is the one with room for the arcs.
    let shown = harness.state().article_view().layout().expect("laid out");
    assert!(std::sync::Arc::ptr_eq(shown, &arcs.layout));
    harness.snapshot("relations_three_arcs");
}

#[test]
fn a_relation_made_from_the_keyboard_is_one_undoable_step() {
    let (mut harness, spans) = app_with_relations();
    // From the fourth claim: R, the next possible target proposed, Tab to the one after.
    select_span(&mut harness, &spans[3]);
    harness.key_press(egui::Key::R);
    harness.run();
    assert!(
        harness.state().status().contains("Enter to confirm"),
        "{}",
        harness.state().status()
    );
    harness.state_mut().push(Command::NextSpan);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.state().status().contains("the type?"),
        "{}",
        harness.state().status()
    );
    harness.get_by_label("Cancel (Esc)");
    // S: Supports.
    harness.key_press(egui::Key::S);
    harness.run();
    assert_eq!(relation_count(&harness), 4, "{}", harness.state().status());
    let ws = harness.state().workspace().expect("open");
    let made = ws
        .project()
        .annotations
        .relations_of_span(&spans[3])
        .find(|(_, r)| r.kind.0 == "SUPPORTS")
        .map(|(_, r)| r.clone())
        .expect("the new relation");
    assert_eq!(made.source, spans[3]);
    // Proposed first: the next claim (the fifth); Tab wraps round to the first.
    assert_eq!(made.target, spans[0]);
    harness.run();
    assert_eq!(
        harness.state().article_view().arcs().map(|a| a.arcs.len()),
        Some(4)
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(relation_count(&harness), 3);
    // Esc lets a relation being made go.
    select_span(&mut harness, &spans[3]);
    harness.key_press(egui::Key::R);
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(relation_count(&harness), 3);
}

#[test]
fn a_relation_is_deleted_from_the_inspector_and_comes_back_with_undo() {
    let (mut harness, spans) = app_with_relations();
    select_span(&mut harness, &spans[0]);
    // The first claim is the target of two relations, both listed.
    assert_eq!(harness.query_all_by_label("Delete relation").count(), 2);
    harness
        .get_all_by_label("Delete relation")
        .next()
        .expect("a button")
        .click();
    harness.run();
    harness.run();
    assert_eq!(relation_count(&harness), 2);
    assert_eq!(harness.query_all_by_label("Delete relation").count(), 1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(relation_count(&harness), 3);
}

fn relation_type(harness: &Harness<'_, App>, id: &str) -> Option<hashiya::model::RelationType> {
    harness
        .state()
        .workspace()
        .expect("open")
        .project()
        .schema
        .relation_type(&RelationTypeId(id.to_owned()))
        .cloned()
}

#[test]
fn relation_types_are_edited_in_the_label_editor_and_undone() {
    let (mut harness, _) = app_with_relations();
    harness.state_mut().push(Command::ShowSchemaEditor);
    harness.run();
    let types = |h: &Harness<'_, App>| {
        h.state()
            .workspace()
            .expect("open")
            .project()
            .schema
            .relation_types
            .len()
    };
    let before = types(&harness);
    harness.get_by_label("Add relation type").click();
    harness.run();
    assert_eq!(types(&harness), before + 1);
    replace_in(&mut harness, "name of relation New relation", "يؤكد");
    assert_eq!(
        relation_type(&harness, "NEWRELATION").map(|t| t.name),
        Some("يؤكد".to_owned())
    );
    // A key a label has is refused in the window; a free one is taken.
    replace_in(&mut harness, "key of relation يؤكد", "1");
    harness.get_by_label_contains("already belongs to the label");
    replace_in(&mut harness, "key of relation يؤكد", "k");
    assert_eq!(
        relation_type(&harness, "NEWRELATION").and_then(|t| t.key),
        Some('k')
    );
    // «Same as» made directed, and its sources narrowed to claims from the menu.
    harness.get_by_label("Same as is directed").click();
    harness.run();
    assert_eq!(
        relation_type(&harness, "SAME_AS").map(|t| t.directed),
        Some(true)
    );
    harness.get_by_label("source labels of Same as").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Claim")
        .click();
    harness.run();
    assert_eq!(
        relation_type(&harness, "SAME_AS").map(|t| t.sources),
        Some(vec![LabelId("CLAIM".to_owned())])
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    // «Contradicts» holds two of the three relations: removed with them, in one step.
    harness
        .get_by_label("Remove Contradicts with its 2 relations")
        .click();
    harness.run();
    assert!(relation_type(&harness, "CONTRADICTS").is_none());
    assert_eq!(relation_count(&harness), 1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(relation_type(&harness, "CONTRADICTS").is_some());
    assert_eq!(relation_count(&harness), 3);
}

#[test]
fn a_relabel_that_would_break_a_relation_is_refused_and_says_why() {
    let (mut harness, spans) = app_with_relations();
    // The first claim is the target of «contradicts» and «supports», both between claims.
    select_span(&mut harness, &spans[0]);
    harness.state_mut().push(Command::ApplyLabel {
        label: LabelId("PER".to_owned()),
        strip_proclitic: false,
    });
    harness.run();
    let status = harness.state().status();
    assert!(status.contains("cannot be labelled"), "{status}");
    let ws = harness.state().workspace().expect("open");
    let doc = &ws.project().documents[0].id;
    assert_eq!(
        ws.project()
            .annotations
            .get(doc, &spans[0])
            .map(|s| s.label.0.as_str()),
        Some("CLAIM")
    );
}

/// A second article written for this test: a denial of the first one's claim.
const DENIAL: &str =
    "نفت مصادر في المعارضة أن تكون المفاوضات ستستأنف قريبا، وقالت إن الوفود لم تغادر بعد.\n";

#[test]
fn a_relation_to_another_article_is_drawn_at_its_span_in_both() {
    let mut harness = app_on(
        "two",
        &[("a.txt", ARTICLE), ("b.txt", DENIAL)],
        [900.0, 700.0],
    );
    let spans = claims_labelled(
        &mut harness,
        &[
            (0, ARTICLE, CLAIMS[0]),
            (1, DENIAL, "تكون المفاوضات ستستأنف قريبا"),
        ],
    );
    let project = harness.state().workspace().expect("open").project();
    let relate = Edit::add_relation(
        project,
        RelationTypeId("CONTRADICTS".to_owned()),
        &spans[1],
        &spans[0],
    )
    .expect("source exists");
    harness.state_mut().push(Command::Edit(Transaction::single(
        hashiya::model::Message::RELATION_EDIT_MADE
            .with("source", "تكون المفاوضات ستستأنف قريبا")
            .with("target", CLAIMS[0])
            .with("kind", "CONTRADICTS"),
        relate,
    )));
    harness.run();
    harness.run();
    // Each article shows the relation at its own span: leaving it in the denial (its source),
    // arriving with the arrowhead in the first article (its target).
    for (i, arriving) in [(1, false), (0, true)] {
        harness.state_mut().push(Command::SelectDocument(i));
        harness.run();
        harness.run();
        let arcs = arcs_of(&harness);
        let [arc] = arcs.arcs.as_slice() else {
            panic!("one arc in document {i}: {:?}", arcs.arcs)
        };
        let [piece] = arc.pieces.as_slice() else {
            panic!("one piece: {:?}", arc.pieces)
        };
        let open = if arriving { piece.from.1 } else { piece.to.1 };
        assert_eq!(open, hashiya::ui::widgets::arcs::End::Continues);
        assert_eq!(piece.arrow, arriving);
        // Labelled with the type and the other article's title.
        let project = harness.state().workspace().expect("open").project();
        let other = &project.documents[1 - i];
        let label = &harness.state().article_view().relations[0].label;
        let words: String = other.title.chars().take(12).collect();
        assert!(
            label.starts_with("Contradicts · ") && label.contains(&words),
            "{label} / {} {}",
            other.id.0,
            other.title
        );
    }
}
