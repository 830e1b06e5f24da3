//! The inspector's relation sections: a span's relations (both ends, in any document) with
//! delete and jump, and the selected relation's form (type, direction, note, delete). They read
//! the project and return `Command`s.

use crate::i18n::tr;
use crate::model::{DocId, Edit, Message, Project, RelationId, SpanId, SpanRelation, Transaction};
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::mirror;

/// One relation of a span as the inspector lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationRow {
    pub id: RelationId,
    pub kind: String,
    /// Whether the span is the source (the relation goes out from it).
    pub outgoing: bool,
    /// The other end: its document, span and text.
    pub other: (DocId, SpanId),
    pub other_text: String,
    /// The other end's document title when it is another document.
    pub other_document: Option<String>,
}

/// The relations at either end of `span` (of `doc`), by ID.
pub fn relation_rows(project: &Project, doc: &DocId, span: &SpanId) -> Vec<RelationRow> {
    project
        .annotations
        .relations_of_span(span)
        .filter_map(|(_, r)| {
            let other = r.other_end(span)?;
            let (other_doc, other_span) = project.annotations.find(other)?;
            Some(RelationRow {
                id: r.id.clone(),
                kind: project
                    .schema
                    .relation_type(&r.kind)
                    .map_or_else(|| r.kind.0.clone(), |k| k.name.clone()),
                outgoing: &r.source == span,
                other: (other_doc.clone(), other.clone()),
                other_text: other_span.quote.clone(),
                other_document: (other_doc != doc).then(|| {
                    project
                        .document(other_doc)
                        .map_or_else(|| other_doc.0.clone(), |d| d.title.clone())
                }),
            })
        })
        .collect()
}

/// The relation turned round: the target becomes the source. Kept with the new source's
/// document, so it is removed and added again (same ID) as one step.
pub fn swapped(project: &Project, id: &RelationId) -> Option<Transaction> {
    let (doc, relation) = project.annotations.find_relation(id)?;
    let (new_doc, _) = project.annotations.find(&relation.target)?;
    let turned = SpanRelation {
        source: relation.target.clone(),
        target: relation.source.clone(),
        ..relation.clone()
    };
    let mut transaction = Transaction::single(
        Message::RELATION_EDIT_SWAPPED,
        Edit::RemoveRelation {
            doc: doc.clone(),
            relation: relation.clone(),
        },
    );
    transaction.push(Edit::AddRelation {
        doc: new_doc.clone(),
        relation: turned,
    });
    Some(transaction)
}

/// Deleting the relation `id`: one undoable step.
pub fn delete(project: &Project, id: &RelationId) -> Option<Command> {
    Edit::remove_relation(project, id)
        .map(|e| Command::Edit(Transaction::single(Message::RELATION_EDIT_DELETED, e)))
}

/// The relations of `span`: each with its type, direction, other end (and its document when
/// another), a button to go there and one to delete it.
pub fn span_relations_ui(
    ui: &mut egui::Ui,
    project: &Project,
    (doc, span): (&DocId, &SpanId),
    commands: &mut Vec<Command>,
) {
    let rows = relation_rows(project, doc, span);
    ui.separator();
    ui.strong(bidi::tr("relation-heading-span"));
    if rows.is_empty() {
        ui.weak(bidi::tr("relation-none"));
        return;
    }
    for row in rows {
        mirror::wrapped_row(ui, |ui| {
            let id = match (row.outgoing, row.other_document.is_some()) {
                (true, false) => "relation-row-to",
                (false, false) => "relation-row-from",
                (true, true) => "relation-row-to-elsewhere",
                (false, true) => "relation-row-from-elsewhere",
            };
            let title = row.other_document.as_deref().unwrap_or_default();
            let text = bidi::tr_args(
                id,
                &[
                    ("kind", row.kind.as_str().into()),
                    ("quote", row.other_text.as_str().into()),
                    ("title", title.into()),
                ],
            );
            if ui.link(text).clicked() {
                commands.push(Command::SelectRelation(Some(row.id.clone())));
            }
            if ui
                .small_button(bidi::tr("relation-go"))
                .on_hover_text(bidi::tr("relation-go-hint"))
                .clicked()
            {
                commands.push(Command::JumpToSpan(
                    row.other.0.clone(),
                    row.other.1.clone(),
                ));
            }
            if ui.small_button(bidi::tr("relation-delete")).clicked() {
                commands.extend(delete(project, &row.id));
            }
        });
    }
}

/// The selected relation: its ends, type (among those its spans' labels allow), direction,
/// note and delete.
pub fn selected_relation_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: &RelationId,
    commands: &mut Vec<Command>,
) {
    let Some((_, relation)) = project.annotations.find_relation(id) else {
        return;
    };
    let quote = |s: &SpanId| {
        project
            .annotations
            .find(s)
            .map_or_else(String::new, |(_, s)| s.quote.clone())
    };
    ui.heading(bidi::tr("relation-heading"));
    ui.label(bidi::tr_args(
        "relation-ends",
        &[
            ("source", quote(&relation.source).into()),
            ("target", quote(&relation.target).into()),
        ],
    ));
    let current = project.schema.relation_type(&relation.kind);
    let name = current.map_or_else(|| relation.kind.0.clone(), |k| k.name.clone());
    egui::ComboBox::from_label(bidi::tr("relation-type"))
        .selected_text(shown(&name))
        .show_ui(ui, |ui| {
            for kind in super::allowed_types(project, &relation.source, &relation.target) {
                if ui
                    .selectable_label(kind.id == relation.kind, shown(&kind.name))
                    .clicked()
                    && kind.id != relation.kind
                {
                    commands.extend(
                        Edit::replace_relation(project, id, |r| r.kind = kind.id.clone()).map(
                            |e| {
                                Command::Edit(Transaction::single(
                                    Message::RELATION_EDIT_TYPE.with("kind", &kind.name),
                                    e,
                                ))
                            },
                        ),
                    );
                }
            }
        });
    ui.label(bidi::tr("inspector-note"));
    if let Some(note) = crate::ui::widgets::field::committed_text(
        ui,
        ("relation note", id.as_str()),
        &tr("relation-note-name"),
        &relation.note,
        ui.available_width(),
    ) {
        commands.extend(
            Edit::replace_relation(project, id, |r| r.note = note)
                .map(|e| Command::Edit(Transaction::single(Message::RELATION_EDIT_NOTE, e))),
        );
    }
    mirror::row(ui, |ui| {
        if current.is_none_or(|k| k.directed) && ui.button(bidi::tr("relation-swap")).clicked() {
            commands.extend(swapped(project, id).map(Command::Edit));
        }
        if ui.button(bidi::tr("relation-delete")).clicked() {
            commands.extend(delete(project, id));
        }
        if ui.button(bidi::tr("relation-close")).clicked() {
            commands.push(Command::SelectRelation(None));
        }
    });
    ui.separator();
}
