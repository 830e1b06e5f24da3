//! The label editor's section of relation types: each type's colour, name, key, whether it has
//! a direction, and which labels may be its source and its target; adding and removing types.
//! A type in use is removed together with its relations, in one undoable step. Every change is
//! checked against the project first, so a refusal (a key already taken, a blank name, a label
//! no longer allowed at an end of a relation) is shown in the window instead of failing later.

use crate::model::relation::End;
use crate::model::{
    Description, Edit, LabelId, Message, Project, RelationType, RelationTypeId, Rgb, Schema,
    Transaction, remove_relation_type_with_uses,
};
use crate::ui::commands::Command;
use crate::ui::panels::schema_editor::{Cell, colour_ui, fresh_upper_id, grid_row};
use crate::ui::status::Status;
use crate::ui::theme::{LABEL_PALETTE, Theme};
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::widgets::field::committed_text;
use crate::ui::windows::fixed_width;
use crate::ui::windows::said;

/// Why the last change of the section was refused, shown until the next one.
#[derive(Debug, Default)]
pub struct RelationTypesEditor {
    refusal: Option<Status>,
}

/// A change asked for in the section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeChange {
    Add,
    Remove(RelationTypeId),
    Colour(RelationTypeId, Rgb),
    Name(RelationTypeId, String),
    /// The key as typed: empty for none.
    Key(RelationTypeId, String),
    Directed(RelationTypeId, bool),
    /// A label allowed (`true`) or no longer allowed at an end. Allowing a label where any was
    /// allowed narrows the end to that label; taking away the last one allows any again.
    Allow(RelationTypeId, End, LabelId, bool),
    /// Any label allowed at an end.
    AnyLabel(RelationTypeId, End),
}

/// Why `key` cannot be given to the relation type `kind`: `None` when it can. A key is a
/// Latin letter or a digit, and neither another type's nor a label's (compared without case).
pub fn relation_key_problem(
    schema: &Schema,
    kind: &RelationTypeId,
    key: Option<char>,
) -> Option<Status> {
    let key = key?;
    if !key.is_ascii_alphanumeric() {
        return Some(Status::say("editor-relation-key-not-latin").with("key", key.to_string()));
    }
    let same = |k: Option<char>| k.is_some_and(|k| k.eq_ignore_ascii_case(&key));
    if let Some(other) = schema
        .relation_types
        .iter()
        .find(|t| &t.id != kind && same(t.key))
    {
        return Some(
            Status::say("editor-key-taken-by-type")
                .with("key", key.to_string())
                .with("name", &other.name),
        );
    }
    schema.labels.iter().find(|l| same(l.key)).map(|label| {
        Status::say("editor-key-taken-by-label")
            .with("key", key.to_string())
            .with("name", &label.name)
    })
}

fn labels_at(kind: &mut RelationType, end: End) -> &mut Vec<LabelId> {
    match end {
        End::Source => &mut kind.sources,
        End::Target => &mut kind.targets,
    }
}

fn changed(
    project: &Project,
    id: &RelationTypeId,
    description: Description,
    change: impl FnOnce(&mut RelationType),
) -> Option<Transaction> {
    Edit::change_relation_type(project, id, change).map(|e| Transaction::single(description, e))
}

/// The transaction `change` asks for, checked against `project`; the reason when refused.
pub fn relation_type_change(project: &Project, change: TypeChange) -> Result<Transaction, Status> {
    let schema = &project.schema;
    let name = |id: &RelationTypeId| {
        schema
            .relation_type(id)
            .map_or(id.0.clone(), |t| t.name.clone())
    };
    let about = |message: Message, id: &RelationTypeId| message.with("name", name(id));
    let transaction = match change {
        TypeChange::Add => {
            let taken: Vec<&str> = schema
                .relation_types
                .iter()
                .map(|t| t.id.as_str())
                .collect();
            let id = fresh_upper_id("New relation", "RELATION", &taken);
            let new_name = said("editor-new-relation", &[]);
            let colour = LABEL_PALETTE[schema.relation_types.len() % LABEL_PALETTE.len()];
            let kind = RelationType::new(&id, &new_name, colour);
            Some(Transaction::single(
                Message::EDITOR_RELATION_ADDED,
                Edit::add_relation_type(project, kind),
            ))
        }
        TypeChange::Remove(id) => remove_relation_type_with_uses(project, &id),
        TypeChange::Colour(id, colour) => changed(
            project,
            &id,
            about(Message::EDITOR_COLOUR_CHANGED, &id),
            |t| {
                t.colour = colour;
            },
        ),
        TypeChange::Name(id, value) => changed(
            project,
            &id,
            Message::EDITOR_RENAMED
                .with("name", name(&id))
                .with("value", &value),
            |t| t.name = value,
        ),
        TypeChange::Key(id, value) => {
            let mut chars = value.trim().chars();
            let (key, None) = (chars.next(), chars.next()) else {
                return Err(Status::say("editor-relation-key-one"));
            };
            if let Some(problem) = relation_key_problem(schema, &id, key) {
                return Err(problem);
            }
            changed(project, &id, about(Message::EDITOR_KEY_CHANGED, &id), |t| {
                t.key = key;
            })
        }
        TypeChange::Directed(id, directed) => {
            changed(project, &id, about(made(directed), &id), |t| {
                t.directed = directed;
            })
        }
        TypeChange::Allow(id, end, label, allowed) => changed(
            project,
            &id,
            about(
                at(
                    end,
                    Message::EDITOR_SOURCES_CHANGED,
                    Message::EDITOR_TARGETS_CHANGED,
                ),
                &id,
            ),
            |t| {
                let labels = labels_at(t, end);
                labels.retain(|l| l != &label);
                if allowed {
                    labels.push(label);
                }
                // In the schema's order, as the window lists them.
                labels.sort_by_key(|l| schema.labels.iter().position(|x| &x.id == l));
            },
        ),
        TypeChange::AnyLabel(id, end) => changed(
            project,
            &id,
            about(
                at(end, Message::EDITOR_ANY_SOURCE, Message::EDITOR_ANY_TARGET),
                &id,
            ),
            |t| labels_at(t, end).clear(),
        ),
    }
    .ok_or_else(|| Status::say("editor-relation-gone"))?;
    let mut trial = project.clone();
    transaction.apply_checked(&mut trial).map_err(Status::of)?;
    Ok(transaction)
}

/// The message of a type made directed or undirected.
fn made(directed: bool) -> Message {
    if directed {
        Message::EDITOR_MADE_DIRECTED
    } else {
        Message::EDITOR_MADE_UNDIRECTED
    }
}

/// The message of `end`: `source`'s or `target`'s.
fn at(end: End, source: Message, target: Message) -> Message {
    match end {
        End::Source => source,
        End::Target => target,
    }
}

impl RelationTypesEditor {
    /// The section: a row per relation type, then Add relation type.
    pub fn ui(&mut self, ui: &mut egui::Ui, project: &Project, theme: &Theme) -> Vec<Command> {
        let mut changes = Vec::new();
        ui.heading(tr("editor-relations"));
        crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("editor-relations-intro"), true);
        let table = crate::ui::windows::rows("relation-types-grid")
            .spacing([8.0, 6.0])
            .striped(true);
        table.show(ui, |rows| {
            rows.row(|row| {
                for heading in [
                    "editor-col-colour",
                    "editor-col-name",
                    "editor-col-key",
                    "editor-col-directed",
                    "editor-col-from",
                    "editor-col-to",
                    "editor-col-relations",
                ] {
                    row.cell(|ui| ui.strong(tr(heading)));
                }
            });
            for kind in &project.schema.relation_types {
                rows.row(|row| type_row(row, theme, project, kind, &mut changes));
            }
        });
        if ui.button(tr("editor-add-relation-type")).clicked() {
            changes.push(TypeChange::Add);
        }
        if let Some(refusal) = &self.refusal {
            ui.colored_label(theme.warning, shown(&refusal.marked()));
        }
        crate::ui::panels::schema_editor::edits_of(changes, &mut self.refusal, |change| {
            relation_type_change(project, change)
        })
    }
}

fn type_row(
    row: &mut crate::ui::windows::Row<'_>,
    theme: &Theme,
    project: &Project,
    kind: &RelationType,
    changes: &mut Vec<TypeChange>,
) {
    let id = &kind.id;
    let of = |message: &str| said(message, &[("name", kind.name.as_str().into())]);
    let mut cells: Vec<Cell<'_, Vec<TypeChange>>> = vec![Box::new(move |ui: &mut egui::Ui| {
        let colour = colour_ui(
            ui,
            theme,
            ("relation-colour", id),
            kind.colour,
            &of("editor-relation-colour-of"),
        );
        (colour != kind.colour).then(|| vec![TypeChange::Colour(id.clone(), colour)])
    })];
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        let name = of("editor-relation-name-of");
        let v = fixed_width(ui, 140.0, |ui| {
            committed_text(ui, ("relation-name", id), &name, &kind.name, 140.0)
        })?;
        (v.trim() != kind.name).then(|| vec![TypeChange::Name(id.clone(), v.trim().to_owned())])
    }));
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        let key = kind.key.map(String::from).unwrap_or_default();
        let name = of("editor-relation-key-of");
        let k = fixed_width(ui, 24.0, |ui| {
            committed_text(ui, ("relation-key", id), &name, &key, 24.0)
        })?;
        (k.trim() != key).then(|| vec![TypeChange::Key(id.clone(), k)])
    }));
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        let mut directed = kind.directed;
        let toggle = ui.checkbox(&mut directed, "");
        let name = of("editor-is-directed");
        toggle.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::CheckBox, true, directed, &name)
        });
        (directed != kind.directed).then(|| vec![TypeChange::Directed(id.clone(), directed)])
    }));
    for end in [End::Source, End::Target] {
        cells.push(Box::new(move |ui: &mut egui::Ui| {
            let mut asked = Vec::new();
            allowed_ui(ui, &project.schema, kind, end, &mut asked);
            Some(asked)
        }));
    }
    let uses = project.annotations.count_relation_type(id);
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        ui.label(shown(&crate::i18n::number(uses)));
        None
    }));
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        let remove = if uses == 0 {
            of("editor-remove-relation-type")
        } else {
            said(
                "editor-remove-relation-type-with",
                &[("name", kind.name.as_str().into()), ("count", uses.into())],
            )
        };
        ui.button(shown(&remove))
            .clicked()
            .then(|| vec![TypeChange::Remove(id.clone())])
    }));
    let mut asked = Vec::new();
    grid_row(row, cells, &mut asked);
    changes.extend(asked.into_iter().flatten());
}

/// The labels allowed at one end of a type: a menu of checkboxes, «any label» first.
fn allowed_ui(
    ui: &mut egui::Ui,
    schema: &Schema,
    kind: &RelationType,
    end: End,
    changes: &mut Vec<TypeChange>,
) {
    let allowed = match end {
        End::Source => &kind.sources,
        End::Target => &kind.targets,
    };
    let summary = if allowed.is_empty() {
        tr("editor-any-label")
    } else {
        allowed
            .iter()
            .map(|l| schema.label(l).map_or(l.0.as_str(), |l| l.name.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let combo = egui::ComboBox::from_id_salt(("relation-ends", &kind.id, end))
        .width(140.0)
        .truncate()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .selected_text(shown(&summary))
        .show_ui(ui, |ui| {
            let mut any = allowed.is_empty();
            if ui.checkbox(&mut any, tr("editor-any-label")).changed() && any {
                changes.push(TypeChange::AnyLabel(kind.id.clone(), end));
            }
            for label in &schema.labels {
                let mut on = allowed.contains(&label.id);
                if ui.checkbox(&mut on, shown(&label.name)).changed() {
                    changes.push(TypeChange::Allow(
                        kind.id.clone(),
                        end,
                        label.id.clone(),
                        on,
                    ));
                }
            }
        });
    let what = match end {
        End::Source => "editor-source-labels-of",
        End::Target => "editor-target-labels-of",
    };
    let name = said(what, &[("name", kind.name.as_str().into())]);
    combo
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::relation::default_relation_types;
    use crate::model::{DocId, History, RelationId, SpanId, SpanRelation};

    /// The compound test project (labels PER, CUE, CLAIM; the person key 1) with the default
    /// relation types.
    fn project() -> Project {
        let mut p = crate::model::compound::tests::project();
        p.schema.relation_types = default_relation_types();
        p.schema.labels[0].key = Some('1');
        p
    }

    fn kind(id: &str) -> RelationTypeId {
        RelationTypeId(id.into())
    }

    fn apply(p: &mut Project, change: TypeChange) {
        relation_type_change(p, change)
            .unwrap()
            .apply_checked(p)
            .unwrap();
    }

    #[test]
    fn keys_are_one_latin_letter_or_digit_no_label_or_other_type_has() {
        let mut p = project();
        let supports = kind("SUPPORTS");
        let refused = |p: &Project, key: &str| {
            relation_type_change(p, TypeChange::Key(supports.clone(), key.into()))
                .unwrap_err()
                .text()
        };
        assert_eq!(
            refused(&p, "C"),
            "the key C already belongs to the relation type Contradicts"
        );
        assert_eq!(
            refused(&p, "1"),
            "the key 1 already belongs to the label PER"
        );
        assert!(refused(&p, "ب").contains("cannot be a relation key"));
        assert_eq!(refused(&p, "xy"), "A relation type's key is one character");
        apply(&mut p, TypeChange::Key(supports.clone(), "q".into()));
        assert_eq!(p.schema.relation_type(&supports).unwrap().key, Some('q'));
        apply(&mut p, TypeChange::Key(supports.clone(), String::new()));
        assert_eq!(p.schema.relation_type(&supports).unwrap().key, None);
        // And the other way round: a label cannot take a relation type's key.
        let problem = crate::ui::panels::schema_editor::key_problem(
            &p.schema,
            &LabelId("CUE".into()),
            Some('M'),
        );
        assert_eq!(
            problem.map(|p| p.text()).as_deref(),
            Some("the key M already belongs to the relation type Same as")
        );
    }

    #[test]
    fn each_change_is_one_checked_edit_and_undoes() {
        let mut p = project();
        let before = p.clone();
        let mut history = History::new();
        let mut change = |p: &mut Project, change: TypeChange| {
            let t = relation_type_change(p, change).unwrap();
            history.apply(p, t).unwrap();
        };
        change(&mut p, TypeChange::Add);
        change(&mut p, TypeChange::Add);
        let ids: Vec<&str> = p.schema.relation_types[5..]
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(ids, ["NEWRELATION", "NEWRELATION2"]);
        let new = kind("NEWRELATION");
        change(&mut p, TypeChange::Name(new.clone(), "ينفي".into()));
        change(&mut p, TypeChange::Colour(new.clone(), Rgb(9, 8, 7)));
        change(&mut p, TypeChange::Directed(new.clone(), false));
        // Claims first allowed at the target, then a person: kept in the schema's order.
        for label in ["CLAIM", "PER"] {
            change(
                &mut p,
                TypeChange::Allow(new.clone(), End::Target, LabelId(label.into()), true),
            );
        }
        let t = p.schema.relation_type(&new).unwrap();
        assert_eq!(
            (t.name.as_str(), t.colour, t.directed),
            ("ينفي", Rgb(9, 8, 7), false)
        );
        assert_eq!(t.targets, [LabelId("PER".into()), LabelId("CLAIM".into())]);
        assert!(t.sources.is_empty());
        change(&mut p, TypeChange::AnyLabel(new.clone(), End::Target));
        assert!(p.schema.relation_type(&new).unwrap().targets.is_empty());
        let blank = relation_type_change(&p, TypeChange::Name(new.clone(), " ".into()));
        assert!(blank.unwrap_err().text().contains("empty"));
        for _ in 0..8 {
            history.undo(&mut p).unwrap();
        }
        assert_eq!(p, before);
    }

    #[test]
    fn a_type_in_use_goes_with_its_relations_and_a_narrowing_that_breaks_one_is_refused() {
        let mut p = project();
        let relation = SpanRelation::new(
            RelationId("r1".into()),
            kind("EVIDENCE"),
            SpanId("a2".into()),
            SpanId("a3".into()),
        );
        Transaction::single(
            crate::model::Message::RELATION_EDIT_MADE,
            Edit::AddRelation {
                doc: DocId("a".into()),
                relation,
            },
        )
        .apply_checked(&mut p)
        .unwrap();
        // Evidence from claims only: the person a2 is the source of r1.
        let narrowed = relation_type_change(
            &p,
            TypeChange::Allow(kind("EVIDENCE"), End::Source, LabelId("CLAIM".into()), true),
        );
        assert!(
            narrowed
                .unwrap_err()
                .text()
                .contains("1 relation(s) of the type \"EVIDENCE\" have a source labelled \"PER\"")
        );
        let remove = relation_type_change(&p, TypeChange::Remove(kind("EVIDENCE"))).unwrap();
        assert_eq!(remove.edits.len(), 2, "the relation, then the type");
        remove.apply_checked(&mut p).unwrap();
        assert_eq!(p.annotations.relation_count(), 0);
        assert_eq!(p.schema.relation_types.len(), 4);
    }
}
