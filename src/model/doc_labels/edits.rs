//! Document labels and categories as edits: applying and checking [`Edit::SetDocLabel`] and
//! [`Edit::SetCategory`], and the gestures that make them (toggling a value, removing a category
//! or a value together with its uses).

use super::{Category, CategoryId, Choice, DocLabel, ValueId, category_problem, toggled};
use crate::model::{DocId, Edit, EditError, Message, Project, Transaction};

pub(crate) fn apply_doc_label(
    project: &mut Project,
    doc: &DocId,
    category: &CategoryId,
    before: Option<&DocLabel>,
    after: Option<&DocLabel>,
) -> Result<(), EditError> {
    if project.annotations.doc_label(doc, category) != before {
        return Err(EditError::StaleDocLabel {
            doc: doc.clone(),
            category: category.clone(),
        });
    }
    project
        .annotations
        .set_doc_label(doc, category, after.cloned());
    Ok(())
}

pub(crate) fn check_doc_label(
    project: &Project,
    doc: &DocId,
    category: &CategoryId,
    before: Option<&DocLabel>,
    after: Option<&DocLabel>,
) -> Result<(), EditError> {
    let Some(after) = after else {
        return Ok(());
    };
    if project.document(doc).is_none() {
        return Err(EditError::UnknownDocument { doc: doc.clone() });
    }
    let known = project
        .schema
        .category(category)
        .ok_or_else(|| EditError::UnknownCategory {
            category: category.clone(),
        })?;
    if after.values.is_empty() || !after.values.is_sorted_by(|a, b| a < b) {
        return Err(EditError::DocLabelNotNormalised);
    }
    if known.choice == Choice::Single && after.values.len() > 1 {
        return Err(EditError::SingleChoice {
            category: category.clone(),
            values: after.values.len(),
        });
    }
    // A value read from a file may have left the schema since; only a new one must be in it.
    for value in &after.values {
        if !before.is_some_and(|b| b.has(value)) && known.value(value).is_none() {
            return Err(EditError::UnknownCategoryValue {
                category: category.clone(),
                value: value.clone(),
            });
        }
    }
    Ok(())
}

pub(crate) fn apply_category(
    project: &mut Project,
    index: usize,
    before: Option<&Category>,
    after: Option<&Category>,
) -> Result<(), EditError> {
    let categories = &mut project.schema.document_categories;
    match (before, after) {
        (None, None) => Ok(()),
        (None, Some(new)) => {
            if index > categories.len() {
                return Err(EditError::StaleCategory { index });
            }
            if categories.iter().any(|c| c.id == new.id) {
                return Err(EditError::CategoryExists {
                    category: new.id.clone(),
                });
            }
            categories.insert(index, new.clone());
            Ok(())
        }
        (Some(old), new) => {
            if categories.get(index) != Some(old) {
                return Err(EditError::StaleCategory { index });
            }
            match new {
                None => {
                    categories.remove(index);
                }
                Some(new) if new.id != old.id => {
                    return Err(EditError::CategoryIdChanged {
                        before: old.id.clone(),
                        after: new.id.clone(),
                    });
                }
                Some(new) => categories[index] = new.clone(),
            }
            Ok(())
        }
    }
}

/// Documents labelled in `category` (with `value`, or with any value for `None`).
fn uses(project: &Project, category: &CategoryId, value: Option<&ValueId>) -> usize {
    project
        .annotations
        .all_doc_labels()
        .filter(|(_, c, label)| *c == category && value.is_none_or(|v| label.has(v)))
        .count()
}

pub(crate) fn check_category(
    project: &Project,
    before: Option<&Category>,
    after: Option<&Category>,
) -> Result<(), EditError> {
    if let Some(after) = after
        && let Some(problem) = category_problem(after, &project.schema.document_categories)
    {
        return Err(EditError::BadCategory {
            category: after.id.clone(),
            problem,
        });
    }
    let Some(before) = before else {
        return Ok(());
    };
    let in_use = |value: Option<&ValueId>| {
        let documents = uses(project, &before.id, value);
        if documents == 0 {
            Ok(())
        } else {
            Err(EditError::CategoryInUse {
                category: before.id.clone(),
                value: value.cloned(),
                documents,
            })
        }
    };
    let Some(after) = after else {
        return in_use(None);
    };
    for value in &before.values {
        if after.value(&value.id).is_none() {
            in_use(Some(&value.id))?;
        }
    }
    if after.choice == Choice::Single
        && let Some((_, _, label)) = project
            .annotations
            .all_doc_labels()
            .find(|(_, c, l)| **c == after.id && l.values.len() > 1)
    {
        return Err(EditError::SingleChoice {
            category: after.id.clone(),
            values: label.values.len(),
        });
    }
    Ok(())
}

impl Edit {
    /// Sets the label of `doc` in `category` to `after` (`None` clears it).
    pub fn set_doc_label(
        project: &Project,
        doc: &DocId,
        category: &CategoryId,
        after: Option<DocLabel>,
    ) -> Edit {
        Edit::SetDocLabel {
            doc: doc.clone(),
            category: category.clone(),
            before: project.annotations.doc_label(doc, category).cloned(),
            after,
        }
    }

    /// Switches `value` of `category` on `doc` (see [`toggled`]); `None` when the schema has no
    /// such category.
    pub fn toggle_doc_value(
        project: &Project,
        doc: &DocId,
        category: &CategoryId,
        value: &ValueId,
    ) -> Option<Edit> {
        let known = project.schema.category(category)?;
        let current = project.annotations.doc_label(doc, category);
        Some(Self::set_doc_label(
            project,
            doc,
            category,
            toggled(known, current, value),
        ))
    }

    /// Appends `category` to the schema's document categories.
    pub fn add_category(project: &Project, category: Category) -> Edit {
        Edit::SetCategory {
            index: project.schema.document_categories.len(),
            before: None,
            after: Some(category),
        }
    }

    /// Changes the category `id` (name, choice, values) with `change`; `None` when there is no
    /// such category.
    pub fn change_category(
        project: &Project,
        id: &CategoryId,
        change: impl FnOnce(&mut Category),
    ) -> Option<Edit> {
        let categories = &project.schema.document_categories;
        let index = categories.iter().position(|c| &c.id == id)?;
        let before = categories[index].clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetCategory {
            index,
            before: Some(before),
            after: Some(after),
        })
    }
}

/// Clears every document's label in `category` (or only `value` of it) first.
fn clear_uses(project: &Project, category: &CategoryId, value: Option<&ValueId>) -> Vec<Edit> {
    project
        .annotations
        .all_doc_labels()
        .filter(|(_, c, label)| *c == category && value.is_none_or(|v| label.has(v)))
        .map(|(doc, _, label)| {
            let after = value.and_then(|v| {
                let mut kept = label.clone();
                kept.values.retain(|x| x != v);
                (!kept.values.is_empty()).then_some(kept)
            });
            Edit::SetDocLabel {
                doc: doc.clone(),
                category: category.clone(),
                before: Some(label.clone()),
                after,
            }
        })
        .collect()
}

/// Removes the category `id` and every document's label in it, as one transaction; `None` when
/// there is no such category.
pub fn remove_category_with_uses(project: &Project, id: &CategoryId) -> Option<Transaction> {
    let categories = &project.schema.document_categories;
    let index = categories.iter().position(|c| &c.id == id)?;
    let mut transaction =
        Transaction::new(Message::CATEGORY_REMOVED.with("name", &categories[index].name));
    transaction.edits = clear_uses(project, id, None);
    transaction.push(Edit::SetCategory {
        index,
        before: Some(categories[index].clone()),
        after: None,
    });
    Some(transaction)
}

/// Removes `value` from the category `id` and from every document that has it, as one
/// transaction; `None` when there is no such category or value.
pub fn remove_value_with_uses(
    project: &Project,
    id: &CategoryId,
    value: &ValueId,
) -> Option<Transaction> {
    let category = project.schema.category(id)?;
    let name = &category.value(value)?.name;
    let mut transaction = Transaction::new(
        Message::VALUE_REMOVED
            .with("value", name)
            .with("category", &category.name),
    );
    transaction.edits = clear_uses(project, id, Some(value));
    transaction.push(Edit::change_category(project, id, |c| {
        c.values.retain(|v| &v.id != value);
    })?);
    Some(transaction)
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::doc_labels::default_categories;

    fn project() -> Project {
        crate::model::doc_labels::project_for_tests(&["a"])
    }

    fn cat(id: &str) -> CategoryId {
        CategoryId(id.into())
    }

    fn v(id: &str) -> ValueId {
        ValueId(id.into())
    }

    #[test]
    fn setting_a_document_label_is_checked_and_undone() {
        let mut project = project();
        let doc = DocId("a".into());
        let set = Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::toggle_doc_value(&project, &doc, &cat("genre"), &v("op-ed")).unwrap(),
        );
        set.apply_checked(&mut project).unwrap();
        assert_eq!(
            project
                .annotations
                .doc_label(&doc, &cat("genre"))
                .map(|l| &l.values),
            Some(&vec![v("op-ed")])
        );
        // Applied twice it is stale: the label is no longer what it expects.
        assert!(matches!(
            set.apply(&mut project.clone()),
            Err(EditError::StaleDocLabel { .. })
        ));
        set.inverse().apply(&mut project).unwrap();
        assert!(project.annotations.is_empty());

        let two = Edit::set_doc_label(
            &project,
            &doc,
            &cat("genre"),
            Some(DocLabel::new([v("op-ed"), v("interview")])),
        );
        assert!(matches!(
            two.check(&project),
            Err(EditError::SingleChoice { values: 2, .. })
        ));
        let unknown =
            Edit::set_doc_label(&project, &doc, &cat("genre"), Some(DocLabel::new([v("x")])));
        assert!(matches!(
            unknown.check(&project),
            Err(EditError::UnknownCategoryValue { .. })
        ));
        let nowhere = Edit::set_doc_label(
            &project,
            &DocId("z".into()),
            &cat("genre"),
            Some(DocLabel::new([v("op-ed")])),
        );
        assert!(matches!(
            nowhere.check(&project),
            Err(EditError::UnknownDocument { .. })
        ));
        let dialects = Edit::set_doc_label(
            &project,
            &doc,
            &cat("dialect"),
            Some(DocLabel::new([v("msa"), v("gulf")])),
        );
        assert_eq!(dialects.check(&project), Ok(()));
    }

    #[test]
    fn categories_and_values_in_use_go_only_with_their_uses() {
        let mut project = project();
        let doc = DocId("a".into());
        Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::set_doc_label(
                &project,
                &doc,
                &cat("dialect"),
                Some(DocLabel::new([v("msa"), v("gulf")])),
            ),
        )
        .apply_checked(&mut project)
        .unwrap();

        let plain = Edit::change_category(&project, &cat("dialect"), |c| {
            c.values.retain(|x| x.id != v("gulf"));
        })
        .unwrap();
        assert!(matches!(
            plain.check(&project),
            Err(EditError::CategoryInUse { documents: 1, .. })
        ));
        let single = Edit::change_category(&project, &cat("dialect"), |c| {
            c.choice = Choice::Single;
        })
        .unwrap();
        assert!(matches!(
            single.check(&project),
            Err(EditError::SingleChoice { .. })
        ));

        let before = project.clone();
        let without_gulf = remove_value_with_uses(&project, &cat("dialect"), &v("gulf")).unwrap();
        without_gulf.apply_checked(&mut project).unwrap();
        assert_eq!(
            project
                .annotations
                .doc_label(&doc, &cat("dialect"))
                .map(|l| &l.values),
            Some(&vec![v("msa")])
        );
        assert!(
            project
                .schema
                .category(&cat("dialect"))
                .unwrap()
                .value(&v("gulf"))
                .is_none()
        );

        let whole = remove_category_with_uses(&project, &cat("dialect")).unwrap();
        assert!(matches!(
            Transaction::single(
                crate::model::Message::STATUS_LABELLED,
                whole.edits.last().unwrap().clone()
            )
            .apply_checked(&mut project.clone()),
            Err(EditError::CategoryInUse { value: None, .. })
        ));
        whole.apply_checked(&mut project).unwrap();
        assert!(project.schema.category(&cat("dialect")).is_none());
        assert!(project.annotations.is_empty());

        whole.inverse().apply(&mut project).unwrap();
        without_gulf.inverse().apply(&mut project).unwrap();
        assert_eq!(project, before);

        let mut tone = default_categories().remove(2);
        tone.id = cat("relevance");
        assert!(matches!(
            Transaction::single(
                crate::model::Message::STATUS_LABELLED,
                Edit::add_category(&project, tone)
            )
            .apply_checked(&mut project),
            Err(EditError::BadCategory { .. } | EditError::CategoryExists { .. })
        ));
    }
}
