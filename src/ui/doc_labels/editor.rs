//! The label editor's section of document categories: a category's name and whether a document
//! takes several of its values; each value's name and key; adding and removing categories and
//! values. A category or value in use is removed with its uses, in one undoable step. Every
//! change is checked against the project first, so a refusal (a key already taken, a blank
//! name) is shown in the window instead of failing later.

use crate::model::doc_labels::{remove_category_with_uses, remove_value_with_uses};
use crate::model::{
    Category, CategoryId, CategoryValue, Choice, Edit, Message, Project, Transaction, ValueId,
};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::widgets::field::committed_text;
use crate::ui::windows::said;

/// Why the last change of the section was refused, shown until the next one.
#[derive(Debug, Default)]
pub struct CategoriesEditor {
    refusal: Option<Status>,
}

/// A change asked for in the section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CategoryChange {
    AddCategory,
    RemoveCategory(CategoryId),
    Name(CategoryId, String),
    Multiple(CategoryId, bool),
    AddValue(CategoryId),
    RemoveValue(CategoryId, ValueId),
    ValueName(CategoryId, ValueId, String),
    ValueKey(CategoryId, ValueId, String),
}

/// An ID made of `name`'s letters and digits in lower case (`op-ed` style), unique among
/// `taken`.
fn fresh_id(name: &str, taken: &[&str]) -> String {
    let base: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim_matches('-')
        .to_owned();
    let base = if base.is_empty() {
        "new".to_owned()
    } else {
        base
    };
    (1..=taken.len() + 1)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or(base)
}

fn changed(
    project: &Project,
    id: &CategoryId,
    description: Message,
    change: impl FnOnce(&mut Category),
) -> Option<Transaction> {
    Edit::change_category(project, id, change).map(|e| Transaction::single(description, e))
}

/// The transaction `change` asks for, checked against `project`; the reason when refused.
pub fn category_change(project: &Project, change: CategoryChange) -> Result<Transaction, Status> {
    let missing = || Status::say("editor-category-gone");
    let transaction = match change {
        CategoryChange::AddCategory => {
            let taken: Vec<&str> = project
                .schema
                .document_categories
                .iter()
                .map(|c| c.id.0.as_str())
                .collect();
            let category = Category {
                id: CategoryId(fresh_id("category", &taken)),
                name: said("editor-new-category", &[]),
                choice: Choice::Single,
                values: Vec::new(),
            };
            Some(Transaction::single(
                Message::EDITOR_CATEGORY_ADDED,
                Edit::add_category(project, category),
            ))
        }
        CategoryChange::RemoveCategory(id) => remove_category_with_uses(project, &id),
        CategoryChange::Name(id, name) => {
            changed(project, &id, Message::EDITOR_CATEGORY_RENAMED, |c| {
                c.name = name;
            })
        }
        CategoryChange::Multiple(id, multiple) => {
            changed(project, &id, Message::EDITOR_CATEGORY_CHOICE, |c| {
                c.choice = if multiple {
                    Choice::Multiple
                } else {
                    Choice::Single
                };
            })
        }
        CategoryChange::AddValue(id) => changed(project, &id, Message::EDITOR_VALUE_ADDED, |c| {
            let taken: Vec<&str> = c.values.iter().map(|v| v.id.0.as_str()).collect();
            let value = CategoryValue {
                id: ValueId(fresh_id("value", &taken)),
                name: said("editor-new-value", &[]),
                key: None,
            };
            c.values.push(value);
        }),
        CategoryChange::RemoveValue(id, value) => remove_value_with_uses(project, &id, &value),
        CategoryChange::ValueName(id, value, name) => {
            changed(project, &id, Message::EDITOR_VALUE_RENAMED, |c| {
                if let Some(v) = c.values.iter_mut().find(|v| v.id == value) {
                    v.name = name;
                }
            })
        }
        CategoryChange::ValueKey(id, value, key) => {
            let mut chars = key.trim().chars();
            let key = match (chars.next(), chars.next()) {
                (None, _) => None,
                (Some(c), None) => Some(c),
                _ => return Err(Status::say("editor-value-key-one")),
            };
            changed(project, &id, Message::EDITOR_VALUE_KEY_CHANGED, |c| {
                if let Some(v) = c.values.iter_mut().find(|v| v.id == value) {
                    v.key = key;
                }
            })
        }
    }
    .ok_or_else(missing)?;
    let mut trial = project.clone();
    transaction.apply_checked(&mut trial).map_err(Status::of)?;
    Ok(transaction)
}

impl CategoriesEditor {
    /// The section: a block per category, then Add category.
    pub fn ui(&mut self, ui: &mut egui::Ui, project: &Project) -> Vec<Command> {
        let mut changes = Vec::new();
        ui.heading(tr("editor-categories"));
        crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("editor-categories-intro"), true);
        for category in &project.schema.document_categories {
            category_ui(ui, project, category, &mut changes);
        }
        if ui.button(tr("editor-add-category")).clicked() {
            changes.push(CategoryChange::AddCategory);
        }
        if let Some(refusal) = &self.refusal {
            ui.label(shown(&refusal.marked()));
        }
        crate::ui::panels::schema_editor::edits_of(changes, &mut self.refusal, |change| {
            category_change(project, change)
        })
    }
}

fn category_ui(
    ui: &mut egui::Ui,
    project: &Project,
    category: &Category,
    changes: &mut Vec<CategoryChange>,
) {
    let id = &category.id;
    let uses = project
        .annotations
        .all_doc_labels()
        .filter(|(_, c, _)| *c == id)
        .count();
    ui.separator();
    crate::ui::widgets::mirror::row(ui, |ui| {
        let name = said(
            "editor-category-name-of",
            &[("name", category.name.as_str().into())],
        );
        if let Some(v) = committed_text(ui, ("category", id), &name, &category.name, 200.0)
            && v.trim() != category.name
        {
            changes.push(CategoryChange::Name(id.clone(), v.trim().to_owned()));
        }
        let mut multiple = category.choice == Choice::Multiple;
        if ui
            .checkbox(&mut multiple, tr("editor-several-values"))
            .changed()
        {
            changes.push(CategoryChange::Multiple(id.clone(), multiple));
        }
        let remove = if uses == 0 {
            said("editor-remove-category", &[])
        } else {
            said("editor-remove-category-with", &[("count", uses.into())])
        };
        if ui.button(shown(&remove)).clicked() {
            changes.push(CategoryChange::RemoveCategory(id.clone()));
        }
    });
    for value in &category.values {
        crate::ui::widgets::mirror::row(ui, |ui| {
            ui.add_space(16.0);
            let name = said(
                "editor-value-name-of",
                &[("name", value.name.as_str().into())],
            );
            if let Some(v) = committed_text(ui, ("value", id, &value.id), &name, &value.name, 180.0)
                && v.trim() != value.name
            {
                let v = v.trim().to_owned();
                changes.push(CategoryChange::ValueName(id.clone(), value.id.clone(), v));
            }
            let key = value.key.map(String::from).unwrap_or_default();
            let name = said(
                "editor-value-key-of",
                &[("name", value.name.as_str().into())],
            );
            if let Some(k) = committed_text(ui, ("value-key", id, &value.id), &name, &key, 32.0)
                && k.trim() != key
            {
                changes.push(CategoryChange::ValueKey(id.clone(), value.id.clone(), k));
            }
            if ui.small_button(tr("editor-remove-value")).clicked() {
                changes.push(CategoryChange::RemoveValue(id.clone(), value.id.clone()));
            }
        });
    }
    if ui.small_button(tr("editor-add-value")).clicked() {
        changes.push(CategoryChange::AddValue(id.clone()));
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::doc_labels::project_for_tests;
    use crate::model::{DocId, DocLabel};

    #[test]
    fn changes_are_checked_and_removals_take_their_uses() {
        let mut project = project_for_tests(&["a"]);
        let genre = CategoryId("genre".into());
        let op_ed = ValueId("op-ed".into());
        let taken = category_change(
            &project,
            CategoryChange::ValueKey(genre.clone(), op_ed.clone(), "m".into()),
        );
        assert!(
            taken
                .unwrap_err()
                .text()
                .contains("already the key of Dialect / MSA")
        );
        assert!(
            category_change(&project, CategoryChange::Name(genre.clone(), " ".into())).is_err()
        );
        category_change(&project, CategoryChange::AddCategory)
            .unwrap()
            .apply_checked(&mut project)
            .unwrap();
        assert_eq!(project.schema.document_categories[3].id.0, "category");
        project.annotations.set_doc_label(
            &DocId("a".into()),
            &genre,
            Some(DocLabel::new([op_ed.clone()])),
        );
        let remove =
            category_change(&project, CategoryChange::RemoveValue(genre.clone(), op_ed)).unwrap();
        assert_eq!(remove.edits.len(), 2, "the use, then the value");
        remove.apply_checked(&mut project).unwrap();
        assert!(project.annotations.is_empty());
        assert_eq!(fresh_id("Op-ed!", &["op-ed"]), "op-ed-2");
    }
}
