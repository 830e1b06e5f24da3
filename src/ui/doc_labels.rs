//! Document labels in the window: the header's row of chips (a value clicked is switched on or
//! off), the keys (Ctrl+D, then a value's key), and the corpus panel's compact summary of a
//! document's labels. Every change is returned as a `Command::Edit`; nothing here writes to the
//! workspace.

pub mod editor;

use egui::{Id, Key, Modifiers};

use crate::model::{
    CategoryId, CategoryValue, Choice, DocId, Edit, Message, Project, Transaction, ValueId,
};
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::mirror;
use crate::workspace::Workspace;

/// The key that starts a document label: the next key pressed names the value.
pub const PREFIX: (Modifiers, Key) = (Modifiers::COMMAND, Key::D);

fn pending_id() -> Id {
    Id::unique("document-label-prefix")
}

/// Whether Ctrl+D was pressed and a value's key is awaited.
pub fn awaiting_value(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(pending_id()).unwrap_or(false))
}

/// The transaction switching `value` of `category` on document `doc` (see
/// [`crate::model::doc_labels::toggled`]); `None` when the schema lacks the category.
pub fn toggle_transaction(
    project: &Project,
    doc: &DocId,
    category: &CategoryId,
    value: &ValueId,
) -> Option<Transaction> {
    let known = project.schema.category(category)?;
    let name = known.value(value).map_or(value.0.as_str(), |v| &v.name);
    let on = project
        .annotations
        .doc_label(doc, category)
        .is_some_and(|l| l.has(value));
    let description = if on {
        Message::DOC_LABEL_EDIT_OFF
    } else {
        Message::DOC_LABEL_EDIT_ON
    }
    .with("value", name);
    Some(Transaction::single(
        description,
        Edit::toggle_doc_value(project, doc, category, value)?,
    ))
}

/// The transaction the value key `key` asks for on `doc`, if a value has that key.
pub fn key_transaction(project: &Project, doc: &DocId, key: char) -> Option<Transaction> {
    let (category, value) =
        crate::model::doc_labels::value_for_key(&project.schema.document_categories, key)?;
    toggle_transaction(project, doc, &category.id, &value.id)
}

fn key_of(c: char) -> Option<Key> {
    Key::from_name(&c.to_string()).or_else(|| Key::from_name(&c.to_ascii_uppercase().to_string()))
}

/// Ctrl+D, then a value's key: the value switched on `doc` (Esc, or a key no value has,
/// cancels). Read before the span-label keys, so the value's key never labels the selection.
pub fn doc_label_keys(ctx: &egui::Context, ws: &Workspace, doc: &DocId) -> Vec<Command> {
    if crate::ui::widgets::text_field::typing(ctx) {
        return Vec::new();
    }
    if ctx.input_mut(|i| i.consume_key(PREFIX.0, PREFIX.1)) {
        ctx.data_mut(|d| d.insert_temp(pending_id(), true));
        return Vec::new();
    }
    if !awaiting_value(ctx) {
        return Vec::new();
    }
    let project = ws.project();
    let keyed: Vec<(char, Key)> = project
        .schema
        .document_categories
        .iter()
        .flat_map(|c| c.values.iter().filter_map(|v| v.key))
        .filter_map(|c| Some((c, key_of(c)?)))
        .collect();
    for (c, key) in keyed {
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
            ctx.data_mut(|d| d.insert_temp(pending_id(), false));
            return key_transaction(project, doc, c)
                .map(Command::Edit)
                .into_iter()
                .collect();
        }
    }
    // Any other key pressed ends the wait; Esc is taken, so it does not also clear the selection.
    let other = ctx.input_mut(|i| {
        let pressed = i
            .events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
        i.consume_key(Modifiers::NONE, Key::Escape);
        pressed
    });
    if other {
        ctx.data_mut(|d| d.insert_temp(pending_id(), false));
    }
    Vec::new()
}

/// The header's row of document labels: per category its name and a small menu showing the
/// document's values ("—" for none), where a click on a value switches it. While a value's key
/// is awaited (after Ctrl+D) every value shows as a chip with its key, so the keys can be read.
pub fn labels_row_ui(ui: &mut egui::Ui, ws: &Workspace, doc: &DocId) -> Vec<Command> {
    let project = ws.project();
    let mut commands = Vec::new();
    if project.schema.document_categories.is_empty() {
        return commands;
    }
    let awaiting = awaiting_value(ui.ctx());
    mirror::wrapped_row(ui, |ui| {
        for category in &project.schema.document_categories {
            let current = project.annotations.doc_label(doc, &category.id);
            let is_on = |value: &CategoryValue| current.is_some_and(|l| l.has(&value.id));
            let mut value_ui = |ui: &mut egui::Ui, value: &CategoryValue, text: &str| {
                let chip = ui.selectable_label(is_on(value), shown(text));
                let chip = match value.key {
                    Some(key) => chip.on_hover_text(bidi::tr_args(
                        "doc-label-key-hint",
                        &[("key", key.to_string().into())],
                    )),
                    None => chip,
                };
                let clicked = chip.clicked();
                if clicked
                    && let Some(t) = toggle_transaction(project, doc, &category.id, &value.id)
                {
                    commands.push(Command::Edit(t));
                }
                clicked
            };
            ui.weak(shown(&category.name));
            if awaiting {
                for value in &category.values {
                    let text = match value.key {
                        Some(key) => format!("{} [{key}]", value.name),
                        None => value.name.clone(),
                    };
                    value_ui(ui, value, &text);
                }
                ui.separator();
                continue;
            }
            let chosen: Vec<&str> = category
                .values
                .iter()
                .filter(|v| is_on(v))
                .map(|v| v.name.as_str())
                .collect();
            let title = if chosen.is_empty() {
                "—".to_owned()
            } else {
                chosen.join(", ")
            };
            ui.menu_button(shown(&title), |ui| {
                for value in &category.values {
                    // One value of a single choice is all there is to pick; several may be.
                    if value_ui(ui, value, &value.name) && category.choice == Choice::Single {
                        ui.close();
                    }
                }
            });
        }
        if awaiting {
            ui.label(bidi::tr("doc-label-awaiting"));
        }
    });
    commands
}

/// A document's labels in a few words for the document list: its values' names, by category.
pub fn summary(project: &Project, doc: &DocId) -> String {
    project
        .annotations
        .doc_labels(doc)
        .iter()
        .flat_map(|(category, label)| {
            let known = project.schema.category(category);
            label.values.iter().map(move |v| {
                known
                    .and_then(|c| c.value(v))
                    .map_or_else(|| v.0.clone(), |v| v.name.clone())
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::doc_labels::project_for_tests;

    #[test]
    fn a_value_key_switches_the_value_and_names_it() {
        crate::i18n::set_locale(crate::i18n::Locale::default());
        let plain = |t: &str| t.replace(['\u{2068}', '\u{2069}'], "");
        let mut project = project_for_tests(&["a"]);
        let doc = DocId("a".into());
        assert!(key_transaction(&project, &doc, '1').is_none());
        let set = key_transaction(&project, &doc, 'o').unwrap();
        assert_eq!(plain(&set.description.text()), "Label the document Op-ed");
        set.apply_checked(&mut project).unwrap();
        key_transaction(&project, &doc, 'm')
            .unwrap()
            .apply_checked(&mut project)
            .unwrap();
        assert_eq!(summary(&project, &doc), "MSA, Op-ed");
        let off = key_transaction(&project, &doc, 'o').unwrap();
        assert_eq!(
            plain(&off.description.text()),
            "Take Op-ed off the document"
        );
        off.apply_checked(&mut project).unwrap();
        assert_eq!(summary(&project, &doc), "MSA");
    }
}
