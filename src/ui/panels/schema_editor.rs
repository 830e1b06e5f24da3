//! The label schema editor (Labels ▸ Edit labels…): name, colour, key and description of each
//! label, adding and removing labels; then the relation types, reporting verbs and document
//! categories, each a section of its own. A key is a label's or a relation type's, never both.
//! Every change is one undoable edit of the project; text fields are committed when they lose
//! focus (`widgets::field`), so typing a name is one step.

use std::collections::BTreeMap;

use egui::Sense;

use crate::model::schema::label_name_problem;
use crate::model::{Edit, Label, LabelId, Message, Project, Rgb, Schema, Transaction};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::{LABEL_PALETTE, Theme};
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::widgets::field::committed_text;
use crate::ui::windows::{fixed_width, said};
use crate::workspace::Workspace;

/// A text field of a label's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Key,
    Description,
}

/// Why a key cannot be given to a label: `None` when it can.
pub fn key_problem(schema: &Schema, label: &LabelId, key: Option<char>) -> Option<Status> {
    let key = key?;
    if !key.is_ascii_alphanumeric() {
        return Some(Status::say("editor-key-not-latin").with("key", key.to_string()));
    }
    let same = |k: Option<char>| k.is_some_and(|k| k.eq_ignore_ascii_case(&key));
    if let Some(other) = schema.labels.iter().find(|l| &l.id != label && same(l.key)) {
        return Some(
            Status::say("editor-key-taken")
                .with("key", key.to_string())
                .with("name", &other.name),
        );
    }
    schema
        .relation_types
        .iter()
        .find(|t| same(t.key))
        .map(|kind| {
            Status::say("editor-key-taken-by-type")
                .with("key", key.to_string())
                .with("name", &kind.name)
        })
}

/// A new label's ID: the name's ASCII letters in capitals, made unique with a number.
pub fn new_label_id(schema: &Schema, name: &str) -> LabelId {
    let taken: Vec<&str> = schema.labels.iter().map(|l| l.id.0.as_str()).collect();
    LabelId(fresh_upper_id(name, "LABEL", &taken))
}

/// An ID made of `name`'s ASCII letters and digits in capitals (`fallback` when it has none),
/// made unique among `taken` with a number.
pub fn fresh_upper_id(name: &str, fallback: &str, taken: &[&str]) -> String {
    let base: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .take(12)
        .collect();
    let base = if base.is_empty() {
        fallback.to_owned()
    } else {
        base
    };
    if !taken.contains(&base.as_str()) {
        return base;
    }
    (2..=taken.len() + 2)
        .map(|n| format!("{base}{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or(base)
}

/// A change the analyst asked for in the window; [`schema_change`] turns it into an edit.
#[derive(Debug, Clone, PartialEq)]
pub enum SchemaChange {
    Colour(LabelId, Rgb),
    Field(LabelId, Field, String),
    Remove(LabelId),
    Add,
}

fn value_of(label: &Label, field: Field) -> String {
    match field {
        Field::Name => label.name.clone(),
        Field::Key => label.key.map(String::from).unwrap_or_default(),
        Field::Description => label.description.clone(),
    }
}

/// The label editor (Labels ▸ Edit labels…). It owns only why the last change was refused;
/// the schema is the project's, changed through [`Command::Edit`].
#[derive(Debug, Default)]
pub struct SchemaEditor {
    /// Why the last change asked for was not made (a taken key, an empty name), shown in the
    /// window until the next change.
    refusal: Option<Status>,
    /// The project's reporting verbs, a section of the window.
    cues: crate::ui::suggestions::cues::CuesEditor,
    /// The document categories, a section of the window.
    categories: crate::ui::doc_labels::editor::CategoriesEditor,
    /// The relation types, a section of the window.
    relation_types: crate::ui::relations::editor::RelationTypesEditor,
}

impl SchemaEditor {
    /// The window, while `open`: a row per label and the Add button.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        theme: &Theme,
        open: &mut bool,
    ) -> Vec<Command> {
        let schema = &ws.project().schema;
        let in_use: BTreeMap<LabelId, usize> = schema
            .labels
            .iter()
            .map(|l| (l.id.clone(), ws.project().annotations.count_label(&l.id)))
            .collect();
        let mut changes: Vec<SchemaChange> = Vec::new();
        let mut commands = Vec::new();
        crate::ui::windows::Window::new(tr("editor-title"))
            .id(egui::Id::unique("schema-editor"))
            .open(open)
            .default_width(640.0)
            .show(ctx, |ui| {
                // The whole editor scrolls in a window too small for all its sections.
                let room = crate::ui::windows::room(ctx).height() - 48.0;
                egui::ScrollArea::vertical()
                    .max_height(room)
                    .min_scrolled_height(room)
                    .show(ui, |ui| {
                        crate::ui::windows::contents(ui, |ui| {
                            egui::ScrollArea::vertical()
                                .max_height(crate::ui::layout::fitting_height(ui.ctx(), 480.0))
                                .show(ui, |ui| labels_ui(ui, theme, schema, &in_use, &mut changes));
                            if let Some(refusal) = &self.refusal {
                                ui.colored_label(theme.warning, shown(&refusal.marked()));
                            }
                            ui.separator();
                            if ui.button(tr("editor-add-label")).clicked() {
                                changes.push(SchemaChange::Add);
                            }
                            crate::ui::widgets::bidi::paragraph(
                                ui,
                                &crate::i18n::tr("editor-hint"),
                                true,
                            );
                            ui.separator();
                            commands.extend(self.relation_types.ui(ui, ws.project(), theme));
                            ui.separator();
                            commands.extend(self.cues.ui(ui, ws.project(), theme));
                            commands.extend(self.categories.ui(ui, ws.project()));
                        });
                    });
            });
        commands.extend(edits_of(changes, &mut self.refusal, |change| {
            schema_change(ws.project(), change)
        }));
        commands
    }
}

/// The edit each change asks for, in order; a refused change leaves its reason in `refusal`
/// (shown until the next change is made) and no edit.
pub fn edits_of<C>(
    changes: Vec<C>,
    refusal: &mut Option<Status>,
    edit: impl Fn(C) -> Result<Transaction, Status>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    for change in changes {
        match edit(change) {
            Ok(transaction) => {
                *refusal = None;
                commands.push(Command::Edit(transaction));
            }
            Err(reason) => *refusal = Some(reason),
        }
    }
    commands
}

fn labels_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    schema: &Schema,
    in_use: &BTreeMap<LabelId, usize>,
    changes: &mut Vec<SchemaChange>,
) {
    let table = crate::ui::windows::rows("schema-grid")
        .spacing([8.0, 6.0])
        .striped(true);
    table.show(ui, |rows| {
        rows.row(|row| {
            for id in [
                "editor-col-colour",
                "editor-col-name",
                "editor-col-key",
                "editor-col-description",
                "editor-col-spans",
            ] {
                row.cell(|ui| ui.strong(tr(id)));
            }
        });
        for label in &schema.labels {
            rows.row(|row| label_row(row, theme, label, in_use, changes));
        }
    });
}

fn label_row(
    row: &mut crate::ui::windows::Row<'_>,
    theme: &Theme,
    label: &Label,
    in_use: &BTreeMap<LabelId, usize>,
    changes: &mut Vec<SchemaChange>,
) {
    let name = || -> [(&str, fluent_bundle::FluentValue<'_>); 1] {
        [("name", label.name.as_str().into())]
    };
    let mut cells: Vec<Cell<'_, SchemaChange>> = vec![Box::new(move |ui: &mut egui::Ui| {
        let colour = colour_ui(
            ui,
            theme,
            ("colour", &label.id),
            label.colour,
            &said("editor-colour-of", &name()),
        );
        (colour != label.colour).then(|| SchemaChange::Colour(label.id.clone(), colour))
    })];
    for (field, width, what) in [
        (Field::Name, 140.0, "editor-name-of"),
        (Field::Key, 24.0, "editor-key-of"),
        (Field::Description, 260.0, "editor-description-of"),
    ] {
        cells.push(Box::new(move |ui: &mut egui::Ui| {
            let value = fixed_width(ui, width, |ui| {
                committed_text(
                    ui,
                    ("schema-field", &label.id, field),
                    &said(what, &name()),
                    &value_of(label, field),
                    width,
                )
            })?;
            let value = value.trim().to_owned();
            (value != value_of(label, field))
                .then(|| SchemaChange::Field(label.id.clone(), field, value))
        }));
    }
    let used = in_use.get(&label.id).copied().unwrap_or(0);
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        ui.label(shown(&crate::i18n::number(used)));
        None
    }));
    cells.push(Box::new(move |ui: &mut egui::Ui| {
        let remove = ui
            .add_enabled(
                used == 0,
                egui::Button::new(shown(&said("editor-remove", &name()))),
            )
            .on_disabled_hover_text(tr("editor-remove-in-use"));
        remove
            .clicked()
            .then(|| SchemaChange::Remove(label.id.clone()))
    }));
    grid_row(row, cells, changes);
}

/// A cell of a grid's row: what it shows, and the change asked for in it.
pub type Cell<'a, C> = Box<dyn FnOnce(&mut egui::Ui) -> Option<C> + 'a>;

/// A table's row (see `windows::rows`), its cells added in reading order, the first on the
/// right in a right-to-left interface; the changes asked for in its cells are added to
/// `changes`.
pub fn grid_row<C>(
    row: &mut crate::ui::windows::Row<'_>,
    cells: Vec<Cell<'_, C>>,
    changes: &mut Vec<C>,
) {
    changes.extend(cells.into_iter().filter_map(|cell| row.cell(cell)));
}

/// A colour chosen from the palette, each swatch shown on a light and a dark page; the colour
/// clicked, or `current`. `accessible_name` names the menu for screen readers and tests.
pub fn colour_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: Rgb,
    accessible_name: &str,
) -> Rgb {
    let mut colour = current;
    let combo = egui::ComboBox::from_id_salt(salt)
        .width(48.0)
        .selected_text(egui::RichText::new(tr("editor-colour")).color(theme.span_stroke(current)))
        .show_ui(ui, |ui| {
            for rgb in LABEL_PALETTE {
                let (rect, response) =
                    ui.allocate_exact_size(egui::vec2(120.0, 18.0), Sense::click());
                // Both modes side by side, so the analyst sees it reads on either.
                let half = rect.width() / 2.0;
                ui.painter().rect_filled(
                    rect.with_max_x(rect.min.x + half),
                    0.0,
                    egui::Color32::from_gray(250),
                );
                ui.painter().rect_filled(
                    rect.with_min_x(rect.min.x + half),
                    0.0,
                    egui::Color32::from_gray(27),
                );
                ui.painter().rect_filled(
                    rect.shrink(3.0).with_max_x(rect.min.x + half - 3.0),
                    2.0,
                    theme.span_fill(rgb, false),
                );
                ui.painter().rect_filled(
                    rect.shrink(3.0).with_min_x(rect.min.x + half + 3.0),
                    2.0,
                    theme.span_fill(rgb, true),
                );
                if rgb == current {
                    ui.painter().rect_stroke(
                        rect,
                        0.0,
                        egui::Stroke::new(2.0, theme.selected_span),
                        egui::StrokeKind::Inside,
                    );
                }
                if response.clicked() {
                    colour = rgb;
                }
            }
        });
    combo
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, accessible_name));
    colour
}

/// The project edit for a change, as one undoable step; the reason when it is refused.
pub fn schema_change(project: &Project, change: SchemaChange) -> Result<Transaction, Status> {
    let schema = &project.schema;
    let name = |id: &LabelId| schema.label(id).map_or(id.0.clone(), |l| l.name.clone());
    let about = |message: Message, id: &LabelId| message.with("name", name(id));
    let (description, edit) = match change {
        SchemaChange::Add => {
            let label = Label {
                id: new_label_id(schema, "New label"),
                name: said("editor-new-label", &[]),
                colour: LABEL_PALETTE[schema.labels.len() % LABEL_PALETTE.len()],
                key: None,
                description: String::new(),
            };
            (
                Message::EDITOR_LABEL_ADDED.into(),
                Some(Edit::add_label(project, label)),
            )
        }
        SchemaChange::Remove(id) => (
            about(Message::EDITOR_LABEL_REMOVED, &id),
            Edit::remove_label(project, &id),
        ),
        SchemaChange::Colour(id, colour) => (
            about(Message::EDITOR_COLOUR_CHANGED, &id),
            Edit::change_label(project, &id, |l| l.colour = colour),
        ),
        SchemaChange::Field(_, Field::Name, value) if label_name_problem(&value).is_some() => {
            let problem = label_name_problem(&value)
                .map(Status::of)
                .unwrap_or_default();
            return Err(Status::say("editor-name-refused").with("problem", problem));
        }
        SchemaChange::Field(id, Field::Name, value) => (
            Message::EDITOR_RENAMED
                .with("name", name(&id))
                .with("value", &value),
            Edit::change_label(project, &id, |l| l.name = value),
        ),
        SchemaChange::Field(id, Field::Key, value) => {
            let key = value.chars().next();
            if let Some(problem) = key_problem(schema, &id, key) {
                return Err(problem);
            }
            (
                about(Message::EDITOR_KEY_CHANGED, &id),
                Edit::change_label(project, &id, |l| l.key = key),
            )
        }
        SchemaChange::Field(id, Field::Description, value) => (
            about(Message::EDITOR_DESCRIPTION_CHANGED, &id),
            Edit::change_label(project, &id, |l| l.description = value),
        ),
    };
    let transaction = edit
        .map(|edit| Transaction::single(description, edit))
        .ok_or_else(|| Status::say("editor-label-gone"))?;
    // Checked now, so a refusal (a label a relation type still allows) shows in the window.
    transaction
        .apply_checked(&mut project.clone())
        .map_err(Status::of)?;
    Ok(transaction)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> Schema {
        Schema {
            labels: vec![Label {
                id: LabelId("PER".to_owned()),
                name: "Person".to_owned(),
                colour: Rgb(1, 2, 3),
                key: Some('1'),
                description: String::new(),
            }],
            ..Schema::default()
        }
    }

    #[test]
    fn keys_are_unique_digits_or_latin_letters() {
        let s = schema();
        let other = LabelId("ORG".to_owned());
        assert!(key_problem(&s, &other, Some('1')).is_some_and(|p| p.text().contains("Person")));
        assert!(key_problem(&s, &other, Some('ب')).is_some());
        assert_eq!(key_problem(&s, &other, Some('o')), None);
        assert_eq!(
            key_problem(&s, &LabelId("PER".to_owned()), Some('1')),
            None,
            "its own key"
        );
        assert_eq!(key_problem(&s, &other, None), None);
    }

    #[test]
    fn changes_become_one_edit_each_and_refusals_say_why() {
        let mut p = crate::model::compound::tests::project();
        let per = LabelId("PER".to_owned());
        let rename = schema_change(
            &p,
            SchemaChange::Field(per.clone(), Field::Name, "شخص".into()),
        )
        .expect("a rename");
        assert_eq!(
            crate::ui::windows::described(&rename.description),
            "Renamed PER to شخص"
        );
        assert_eq!(rename.edits.len(), 1);
        rename.apply(&mut p).expect("it applies");
        assert_eq!(p.schema.label(&per).map(|l| l.name.as_str()), Some("شخص"));
        let key = schema_change(&p, SchemaChange::Field(per.clone(), Field::Key, "7".into()))
            .expect("a free key");
        key.apply(&mut p).expect("it applies");
        // Another label cannot take that key, nor a key that is not a digit or Latin letter.
        let cue = LabelId("CUE".to_owned());
        let taken = schema_change(&p, SchemaChange::Field(cue.clone(), Field::Key, "7".into()));
        assert_eq!(
            taken,
            Err(Status::words("the key 7 already belongs to شخص"))
        );
        let arabic = schema_change(&p, SchemaChange::Field(cue.clone(), Field::Key, "ب".into()));
        assert!(arabic.is_err_and(|r| r.text().contains("«ب» cannot be a label key")));
        let empty = schema_change(
            &p,
            SchemaChange::Field(cue.clone(), Field::Name, " ".into()),
        );
        assert_eq!(
            empty,
            Err(Status::words(
                "The label name is empty or only white space; it was not changed"
            ))
        );
        for bad in ["CUE\nX", "\u{202E}CUE", "C\0", &"و".repeat(201)] {
            let refused = schema_change(
                &p,
                SchemaChange::Field(cue.clone(), Field::Name, bad.into()),
            );
            assert!(
                refused.is_err_and(|r| r.text().ends_with("it was not changed")),
                "{bad:?}"
            );
        }
        assert_eq!(p.schema.label(&cue).map(|l| l.name.as_str()), Some("CUE"));
        let added = schema_change(&p, SchemaChange::Add).expect("a new label");
        added.apply(&mut p).expect("it applies");
        assert_eq!(p.schema.labels.len(), 4);
        assert_eq!(p.schema.labels[3].id.0, "NEWLABEL");
        let gone = LabelId("GONE".to_owned());
        assert!(schema_change(&p, SchemaChange::Remove(gone)).is_err());
    }

    #[test]
    fn new_ids_are_unique() {
        let s = schema();
        assert_eq!(new_label_id(&s, "Weapon type").0, "WEAPONTYPE");
        assert_eq!(new_label_id(&s, "Person").0, "PERSON");
        assert_eq!(new_label_id(&s, "per").0, "PER2");
        assert_eq!(new_label_id(&s, "سلاح").0, "LABEL");
    }
}
