//! The label schema editor (Labels ▸ Edit labels…): name, colour, key and description of each
//! label, adding and removing labels. Every change is one undoable edit of the project; text
//! fields are committed when they lose focus (`widgets::field`), so typing a name is one step.

use std::collections::BTreeMap;

use egui::Sense;

use crate::model::{Edit, Label, LabelId, Rgb, Schema};
use crate::ui::app::App;
use crate::ui::theme::{LABEL_PALETTE, Theme};
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Field {
    Name,
    Key,
    Description,
}

/// Why a key cannot be given to a label: `None` when it can.
pub fn key_problem(schema: &Schema, label: &LabelId, key: Option<char>) -> Option<String> {
    let key = key?;
    if !key.is_ascii_alphanumeric() {
        return Some(format!(
            "«{key}» cannot be a label key: use a digit or a Latin letter"
        ));
    }
    schema
        .labels
        .iter()
        .find(|l| &l.id != label && l.key.is_some_and(|k| k.eq_ignore_ascii_case(&key)))
        .map(|other| format!("the key {key} already belongs to {}", other.name))
}

/// A new label's ID: the name's ASCII letters in capitals, made unique with a number.
pub fn new_label_id(schema: &Schema, name: &str) -> LabelId {
    let base: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .take(12)
        .collect();
    let base = if base.is_empty() {
        "LABEL".to_owned()
    } else {
        base
    };
    let taken = |id: &str| schema.labels.iter().any(|l| l.id.0 == id);
    if !taken(&base) {
        return LabelId(base);
    }
    (2..=schema.labels.len() + 2)
        .map(|n| format!("{base}{n}"))
        .find(|id| !taken(id))
        .map_or(LabelId(base), LabelId)
}

/// What the analyst asked for in one frame; turned into edits once the window is drawn.
enum Intent {
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

pub fn schema_editor_ui(ctx: &egui::Context, app: &mut App, theme: &Theme) {
    if !app.windows.schema_editor {
        return;
    }
    let Some(ws) = &app.workspace else {
        return;
    };
    let schema = ws.project.schema.clone();
    let in_use: BTreeMap<LabelId, usize> = schema
        .labels
        .iter()
        .map(|l| (l.id.clone(), ws.project.annotations.count_label(&l.id)))
        .collect();
    let mut open = true;
    let mut intents: Vec<Intent> = Vec::new();
    egui::Window::new("Labels")
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(crate::ui::layout::fitting_height(ui.ctx(), 480.0)).show(ui, |ui| {
                egui::Grid::new("schema-grid")
                    .num_columns(6)
                    .spacing([8.0, 6.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for heading in ["Colour", "Name", "Key", "Description", "Spans", ""] {
                            ui.strong(shown(heading));
                        }
                        ui.end_row();
                        for label in &schema.labels {
                            label_row(ui, theme, label, &in_use, &mut intents);
                            ui.end_row();
                        }
                    });
            });
            ui.separator();
            if ui.button("Add label").clicked() {
                intents.push(Intent::Add);
            }
            ui.weak("Colours are chosen to read on dark and light pages. Every change can be undone (Ctrl+Z).");
        });
    for intent in intents {
        let (description, edit) = edit_for(app, &schema, intent);
        app.edit_schema(&description, edit);
    }
    app.windows.schema_editor = open;
}

fn label_row(
    ui: &mut egui::Ui,
    theme: &Theme,
    label: &Label,
    in_use: &BTreeMap<LabelId, usize>,
    intents: &mut Vec<Intent>,
) {
    let mut colour = label.colour;
    let combo = egui::ComboBox::from_id_salt(("colour", &label.id))
        .width(48.0)
        .selected_text(egui::RichText::new("colour").color(theme.span_stroke(label.colour)))
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
                if rgb == label.colour {
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
    let name = label.name.clone();
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, format!("colour of {name}"))
    });
    if colour != label.colour {
        intents.push(Intent::Colour(label.id.clone(), colour));
    }
    for (field, width) in [
        (Field::Name, 140.0),
        (Field::Key, 24.0),
        (Field::Description, 260.0),
    ] {
        let what = match field {
            Field::Name => "name",
            Field::Key => "key",
            Field::Description => "description",
        };
        if let Some(value) = committed_text(
            ui,
            ("schema-field", &label.id, field),
            &format!("{what} of {}", label.name),
            &value_of(label, field),
            width,
        ) {
            let value = value.trim().to_owned();
            if value != value_of(label, field) {
                intents.push(Intent::Field(label.id.clone(), field, value));
            }
        }
    }
    ui.label(shown(
        &in_use.get(&label.id).copied().unwrap_or(0).to_string(),
    ));
    let used = in_use.get(&label.id).copied().unwrap_or(0);
    let remove = ui
        .add_enabled(
            used == 0,
            egui::Button::new(shown(&format!("Remove {}", label.name))),
        )
        .on_disabled_hover_text("Relabel or delete its spans first");
    if remove.clicked() {
        intents.push(Intent::Remove(label.id.clone()));
    }
}

/// The edit for an intent, with its description; `None` (and a status message) when the
/// change is refused.
fn edit_for(app: &mut App, schema: &Schema, intent: Intent) -> (String, Option<Edit>) {
    let Some(project) = app.workspace.as_ref().map(|w| &w.project) else {
        return (String::new(), None);
    };
    let name = |id: &LabelId| schema.label(id).map_or(id.0.clone(), |l| l.name.clone());
    match intent {
        Intent::Add => {
            let label = Label {
                id: new_label_id(schema, "New label"),
                name: "New label".to_owned(),
                colour: LABEL_PALETTE[schema.labels.len() % LABEL_PALETTE.len()],
                key: None,
                description: String::new(),
            };
            (
                "Added a label".to_owned(),
                Some(Edit::add_label(project, label)),
            )
        }
        Intent::Remove(id) => (
            format!("Removed the label {}", name(&id)),
            Edit::remove_label(project, &id),
        ),
        Intent::Colour(id, colour) => (
            format!("Changed the colour of {}", name(&id)),
            Edit::change_label(project, &id, |l| l.colour = colour),
        ),
        Intent::Field(_, Field::Name, value) if value.is_empty() => {
            "A label needs a name".clone_into(&mut app.status);
            (String::new(), None)
        }
        Intent::Field(id, Field::Name, value) => (
            format!("Renamed {} to {value}", name(&id)),
            Edit::change_label(project, &id, |l| l.name = value),
        ),
        Intent::Field(id, Field::Key, value) => {
            let key = value.chars().next();
            if let Some(problem) = key_problem(schema, &id, key) {
                app.status = problem;
                return (String::new(), None);
            }
            (
                format!("Changed the key of {}", name(&id)),
                Edit::change_label(project, &id, |l| l.key = key),
            )
        }
        Intent::Field(id, Field::Description, value) => (
            format!("Changed the description of {}", name(&id)),
            Edit::change_label(project, &id, |l| l.description = value),
        ),
    }
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
        }
    }

    #[test]
    fn keys_are_unique_digits_or_latin_letters() {
        let s = schema();
        let other = LabelId("ORG".to_owned());
        assert!(key_problem(&s, &other, Some('1')).is_some_and(|p| p.contains("Person")));
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
    fn new_ids_are_unique() {
        let s = schema();
        assert_eq!(new_label_id(&s, "Weapon type").0, "WEAPONTYPE");
        assert_eq!(new_label_id(&s, "Person").0, "PERSON");
        assert_eq!(new_label_id(&s, "per").0, "PER2");
        assert_eq!(new_label_id(&s, "سلاح").0, "LABEL");
    }
}
