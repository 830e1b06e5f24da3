//! Every change to a project's content is an [`Edit`], grouped into a [`Transaction`].
//!
//! An edit carries both the state it expects and the state it makes (`before` / `after`), so
//! * its inverse is just the swap ([`Edit::inverse`]), which is what undo applies;
//! * applying it checks that the project is still in the `before` state and refuses otherwise
//!   ([`EditError`]), so an edit made against an older state is never silently applied over a
//!   newer one;
//! * the autosave journal and the "dirty" flag follow from the same mechanism
//!   (see [`crate::model::History`]).
//!
//! Two levels of checking:
//! * [`Edit::apply`] checks only *consistency* (the `before` state is there). Undo and redo use
//!   it: they restore a state the project has been in, whatever it was.
//! * [`Edit::check`] adds the rules a *new* edit must follow: spans go to documents of the project
//!   and carry a label of the schema, a span's quote is as long as its range, a label still in
//!   use cannot be removed. [`Transaction::apply_checked`] (used by `History::apply`) checks each
//!   edit against the state left by the edits before it, so one transaction can first add a label
//!   and then spans that use it, or relabel spans and then remove their old label.
//!
//! Offsets in spans are char offsets `[start, end)`, see [`crate::model::span`].

use super::annotations::AnnotationError;
use super::{DocId, DocumentMeta, Label, LabelId, Project, Span, SpanId, SpanShapeProblem};

/// One reversible change. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Adds `span` to `doc`.
    AddSpan { doc: DocId, span: Span },
    /// Removes `span` (which must be in `doc` exactly as given) from `doc`.
    RemoveSpan { doc: DocId, span: Span },
    /// Changes a span of `doc` in place: label, edges, attributes, note (same ID).
    ReplaceSpan {
        doc: DocId,
        before: Span,
        after: Span,
    },
    /// A schema edit at position `index` of the label list: `None → Some` inserts a label at
    /// `index`, `Some → None` removes the label at `index`, `Some → Some` changes its name,
    /// colour, key or description (never its ID), `None → None` does nothing.
    SetLabel {
        index: usize,
        before: Option<Label>,
        after: Option<Label>,
    },
    /// Changes a document's title, outlet, date or base direction.
    SetDocumentMeta {
        doc: DocId,
        before: DocumentMeta,
        after: DocumentMeta,
    },
}

/// Why an edit was refused. The project is unchanged when an edit or a transaction fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("span {id} of document {:?} is not as this edit expects; it was changed meanwhile", .doc.0)]
    StaleSpan { doc: DocId, id: SpanId },
    #[error("there is no span {id} in document {:?}", .doc.0)]
    MissingSpan { doc: DocId, id: SpanId },
    #[error("a span with the ID {id} already exists (in document {:?})", .doc.0)]
    SpanExists { doc: DocId, id: SpanId },
    #[error("a span edit may not change the span's ID ({before} → {after})")]
    SpanIdChanged { before: SpanId, after: SpanId },
    #[error("span {id} of document {:?} is malformed: {problem}", .doc.0)]
    BadSpan {
        doc: DocId,
        id: SpanId,
        problem: SpanShapeProblem,
    },
    #[error("there is no document {:?} in the project", .doc.0)]
    UnknownDocument { doc: DocId },
    #[error("the metadata of document {:?} is not as this edit expects; it was changed meanwhile", .doc.0)]
    StaleDocumentMeta { doc: DocId },
    #[error("there is no label at position {index} (the schema has {len} labels)")]
    LabelIndex { index: usize, len: usize },
    #[error("the label at position {index} is not as this edit expects; it was changed meanwhile")]
    StaleLabel { index: usize },
    #[error("a label with the ID {:?} already exists", .id.0)]
    LabelExists { id: LabelId },
    #[error("a label edit may not change the label's ID ({:?} → {:?})", .before.0, .after.0)]
    LabelIdChanged { before: LabelId, after: LabelId },
    #[error("a label needs a non-empty ID")]
    EmptyLabelId,
    #[error("the schema has no label {:?}", .label.0)]
    UnknownLabel { label: LabelId },
    #[error("label {:?} is still used by {spans} span(s); relabel or remove them first", .id.0)]
    LabelInUse { id: LabelId, spans: usize },
    #[error("the text of document {:?} could not be read, so its spans cannot be changed", .doc.0)]
    TextUnavailable { doc: DocId },
    #[error("span {id} ends at char {end}, past the end of document {:?} ({len} chars)", .doc.0)]
    OutsideText {
        doc: DocId,
        id: SpanId,
        end: usize,
        len: usize,
    },
    #[error("span {id} of document {:?} has an edge at char {offset}, inside a grapheme cluster", .doc.0)]
    SplitsGrapheme {
        doc: DocId,
        id: SpanId,
        offset: usize,
    },
    #[error("the quote of span {id} differs from the text of document {:?} at its offsets", .doc.0)]
    QuoteMismatch { doc: DocId, id: SpanId },
}

impl Edit {
    /// The edit that undoes this one.
    #[must_use]
    pub fn inverse(&self) -> Edit {
        match self {
            Edit::AddSpan { doc, span } => Edit::RemoveSpan {
                doc: doc.clone(),
                span: span.clone(),
            },
            Edit::RemoveSpan { doc, span } => Edit::AddSpan {
                doc: doc.clone(),
                span: span.clone(),
            },
            Edit::ReplaceSpan { doc, before, after } => Edit::ReplaceSpan {
                doc: doc.clone(),
                before: after.clone(),
                after: before.clone(),
            },
            Edit::SetLabel {
                index,
                before,
                after,
            } => Edit::SetLabel {
                index: *index,
                before: after.clone(),
                after: before.clone(),
            },
            Edit::SetDocumentMeta { doc, before, after } => Edit::SetDocumentMeta {
                doc: doc.clone(),
                before: after.clone(),
                after: before.clone(),
            },
        }
    }

    /// Applies the edit if the project is in the state the edit expects (`before`); otherwise
    /// refuses and changes nothing. Checks consistency only; see [`Edit::check`].
    pub fn apply(&self, project: &mut Project) -> Result<(), EditError> {
        match self {
            Edit::AddSpan { doc, span } => project
                .annotations
                .insert(doc.clone(), span.clone())
                .map_err(|e| annotation_error(doc, e)),
            Edit::RemoveSpan { doc, span } => {
                expect_span(project, doc, span)?;
                project
                    .annotations
                    .remove(doc, &span.id)
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
            Edit::ReplaceSpan { doc, before, after } => {
                if before.id != after.id {
                    return Err(EditError::SpanIdChanged {
                        before: before.id.clone(),
                        after: after.id.clone(),
                    });
                }
                expect_span(project, doc, before)?;
                project
                    .annotations
                    .replace(doc, after.clone())
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
            Edit::SetLabel {
                index,
                before,
                after,
            } => apply_label(project, *index, before.as_ref(), after.as_ref()),
            Edit::SetDocumentMeta { doc, before, after } => {
                let document = project
                    .documents
                    .iter_mut()
                    .find(|d| &d.id == doc)
                    .ok_or_else(|| EditError::UnknownDocument { doc: doc.clone() })?;
                if &document.meta() != before {
                    return Err(EditError::StaleDocumentMeta { doc: doc.clone() });
                }
                document.set_meta(after.clone());
                Ok(())
            }
        }
    }

    /// The rules a *new* edit must follow in the current state of `project`, beyond
    /// consistency (see the module docs). Does not change anything.
    pub fn check(&self, project: &Project) -> Result<(), EditError> {
        match self {
            Edit::AddSpan { doc, span } => {
                if project.document(doc).is_none() {
                    return Err(EditError::UnknownDocument { doc: doc.clone() });
                }
                check_span(project, doc, span)
            }
            Edit::ReplaceSpan { doc, before, after } => {
                if let Some(problem) = after.shape_problem() {
                    return Err(EditError::BadSpan {
                        doc: doc.clone(),
                        id: after.id.clone(),
                        problem,
                    });
                }
                // A span read with a label the schema lacks may still get a note; only a new
                // label must exist.
                if after.label != before.label && project.schema.label(&after.label).is_none() {
                    return Err(EditError::UnknownLabel {
                        label: after.label.clone(),
                    });
                }
                Ok(())
            }
            Edit::RemoveSpan { .. } | Edit::SetDocumentMeta { .. } => Ok(()),
            Edit::SetLabel { before, after, .. } => match (before, after) {
                (_, Some(label)) if label.id.0.is_empty() => Err(EditError::EmptyLabelId),
                (Some(label), None) => match project.annotations.count_label(&label.id) {
                    0 => Ok(()),
                    spans => Err(EditError::LabelInUse {
                        id: label.id.clone(),
                        spans,
                    }),
                },
                _ => Ok(()),
            },
        }
    }

    /// The document this edit touches, if it is a span or metadata edit.
    pub fn document(&self) -> Option<&DocId> {
        match self {
            Edit::AddSpan { doc, .. }
            | Edit::RemoveSpan { doc, .. }
            | Edit::ReplaceSpan { doc, .. }
            | Edit::SetDocumentMeta { doc, .. } => Some(doc),
            Edit::SetLabel { .. } => None,
        }
    }

    /// Removes the span `id` of `doc` as it is now; `None` when there is no such span.
    pub fn remove_span(project: &Project, doc: &DocId, id: &SpanId) -> Option<Edit> {
        let span = project.annotations.get(doc, id)?;
        Some(Edit::RemoveSpan {
            doc: doc.clone(),
            span: span.clone(),
        })
    }

    /// Changes the span `id` of `doc` with `change` (label, edges and quote, attributes, note);
    /// `None` when there is no such span.
    pub fn replace_span(
        project: &Project,
        doc: &DocId,
        id: &SpanId,
        change: impl FnOnce(&mut Span),
    ) -> Option<Edit> {
        let before = project.annotations.get(doc, id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::ReplaceSpan {
            doc: doc.clone(),
            before,
            after,
        })
    }

    /// Changes the metadata of `doc` with `change`; `None` when there is no such document.
    pub fn set_document_meta(
        project: &Project,
        doc: &DocId,
        change: impl FnOnce(&mut DocumentMeta),
    ) -> Option<Edit> {
        let before = project.document(doc)?.meta();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetDocumentMeta {
            doc: doc.clone(),
            before,
            after,
        })
    }

    /// Appends `label` to the schema.
    pub fn add_label(project: &Project, label: Label) -> Edit {
        Edit::SetLabel {
            index: project.schema.labels.len(),
            before: None,
            after: Some(label),
        }
    }

    /// Removes the label `id`; `None` when there is no such label.
    pub fn remove_label(project: &Project, id: &LabelId) -> Option<Edit> {
        let index = project.schema.labels.iter().position(|l| &l.id == id)?;
        Some(Edit::SetLabel {
            index,
            before: Some(project.schema.labels[index].clone()),
            after: None,
        })
    }

    /// Changes the label `id` (name, colour, key, description) with `change`; `None` when there is
    /// no such label.
    pub fn change_label(
        project: &Project,
        id: &LabelId,
        change: impl FnOnce(&mut Label),
    ) -> Option<Edit> {
        let index = project.schema.labels.iter().position(|l| &l.id == id)?;
        let before = project.schema.labels[index].clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetLabel {
            index,
            before: Some(before),
            after: Some(after),
        })
    }
}

fn annotation_error(doc: &DocId, error: AnnotationError) -> EditError {
    match error {
        AnnotationError::DuplicateId { id, doc } => EditError::SpanExists { doc, id },
        AnnotationError::Missing { id, doc } => EditError::MissingSpan { doc, id },
        AnnotationError::Empty { id, start, end } => EditError::BadSpan {
            doc: doc.clone(),
            id,
            problem: SpanShapeProblem::EmptyRange { start, end },
        },
    }
}

/// The span `expected.id` must be in `doc` exactly as `expected`.
fn expect_span(project: &Project, doc: &DocId, expected: &Span) -> Result<(), EditError> {
    match project.annotations.get(doc, &expected.id) {
        None => Err(EditError::MissingSpan {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(current) if current != expected => Err(EditError::StaleSpan {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(_) => Ok(()),
    }
}

fn check_span(project: &Project, doc: &DocId, span: &Span) -> Result<(), EditError> {
    if let Some(problem) = span.shape_problem() {
        return Err(EditError::BadSpan {
            doc: doc.clone(),
            id: span.id.clone(),
            problem,
        });
    }
    if project.schema.label(&span.label).is_none() {
        return Err(EditError::UnknownLabel {
            label: span.label.clone(),
        });
    }
    Ok(())
}

fn apply_label(
    project: &mut Project,
    index: usize,
    before: Option<&Label>,
    after: Option<&Label>,
) -> Result<(), EditError> {
    let labels = &mut project.schema.labels;
    let len = labels.len();
    match (before, after) {
        (None, None) => Ok(()),
        (None, Some(new)) => {
            if index > len {
                return Err(EditError::LabelIndex { index, len });
            }
            if labels.iter().any(|l| l.id == new.id) {
                return Err(EditError::LabelExists { id: new.id.clone() });
            }
            labels.insert(index, new.clone());
            Ok(())
        }
        (Some(old), new) => {
            let current = labels
                .get(index)
                .ok_or(EditError::LabelIndex { index, len })?;
            if current != old {
                return Err(EditError::StaleLabel { index });
            }
            match new {
                None => {
                    labels.remove(index);
                }
                Some(new) if new.id != old.id => {
                    return Err(EditError::LabelIdChanged {
                        before: old.id.clone(),
                        after: new.id.clone(),
                    });
                }
                Some(new) => labels[index] = new.clone(),
            }
            Ok(())
        }
    }
}

/// Edits applied together, undone together, described once (the text of the Undo menu item,
/// e.g. "Label «محمد» as PER").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transaction {
    pub description: String,
    pub edits: Vec<Edit>,
}

impl Transaction {
    pub fn new(description: impl Into<String>) -> Self {
        Self {
            description: description.into(),
            edits: Vec::new(),
        }
    }

    /// A transaction of one edit.
    pub fn single(description: impl Into<String>, edit: Edit) -> Self {
        Self {
            description: description.into(),
            edits: vec![edit],
        }
    }

    /// Appends an edit (builder style).
    #[must_use]
    pub fn with(mut self, edit: Edit) -> Self {
        self.edits.push(edit);
        self
    }

    pub fn push(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The transaction that undoes this one: each edit inverted, in reverse order.
    #[must_use]
    pub fn inverse(&self) -> Transaction {
        Transaction {
            description: self.description.clone(),
            edits: self.edits.iter().rev().map(Edit::inverse).collect(),
        }
    }

    /// Applies every edit (consistency checks only), or none: when an edit is refused, the
    /// edits already applied are undone before the error is returned.
    pub fn apply(&self, project: &mut Project) -> Result<(), EditError> {
        self.apply_with(project, |_, _| Ok(()))
    }

    /// Like [`Transaction::apply`], but each edit must also pass [`Edit::check`] in the state
    /// the previous edits left. This is how a new transaction is applied.
    pub fn apply_checked(&self, project: &mut Project) -> Result<(), EditError> {
        self.apply_with(project, Edit::check)
    }

    fn apply_with(
        &self,
        project: &mut Project,
        check: impl Fn(&Edit, &Project) -> Result<(), EditError>,
    ) -> Result<(), EditError> {
        for (done, edit) in self.edits.iter().enumerate() {
            if let Err(error) = check(edit, project).and_then(|()| edit.apply(project)) {
                for applied in self.edits[..done].iter().rev() {
                    // The inverse of an edit just applied always fits the state it left.
                    let undone = applied.inverse().apply(project);
                    debug_assert!(undone.is_ok(), "rolling back failed: {undone:?}");
                }
                return Err(error);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::{BaseDirection, Document, Rgb, Schema};

    fn label(id: &str) -> Label {
        Label {
            id: LabelId(id.into()),
            name: id.to_lowercase(),
            colour: Rgb(1, 2, 3),
            key: None,
            description: String::new(),
        }
    }

    fn project() -> Project {
        Project {
            name: "p".into(),
            corpus_dir: "c".into(),
            documents: vec![Document {
                id: DocId("d".into()),
                path: "d".into(),
                sha256: String::new(),
                encoding: "UTF-8".into(),
                title: "t".into(),
                outlet: String::new(),
                date: String::new(),
                base_direction: BaseDirection::Auto,
                char_len: 20,
                warnings: vec![],
            }],
            schema: Schema {
                labels: vec![label("PER"), label("GPE")],
            },
            ..Project::default()
        }
    }

    fn span(id: &str, start: usize, end: usize, label: &str) -> Span {
        Span::new(
            SpanId(id.into()),
            start,
            end,
            LabelId(label.into()),
            &"x".repeat(end - start),
        )
    }

    fn doc() -> DocId {
        DocId("d".into())
    }

    #[test]
    fn stale_edits_are_refused() {
        let mut p = project();
        let add = Edit::AddSpan {
            doc: doc(),
            span: span("a", 0, 2, "PER"),
        };
        add.apply(&mut p).unwrap();
        assert!(matches!(
            add.apply(&mut p),
            Err(EditError::SpanExists { .. })
        ));
        let stale = Edit::RemoveSpan {
            doc: doc(),
            span: span("a", 0, 3, "PER"),
        };
        assert!(matches!(
            stale.apply(&mut p),
            Err(EditError::StaleSpan { .. })
        ));
        let meta = Edit::set_document_meta(&p, &doc(), |m| m.outlet = "عنب بلدي".into()).unwrap();
        meta.apply(&mut p).unwrap();
        assert!(matches!(
            meta.apply(&mut p),
            Err(EditError::StaleDocumentMeta { .. })
        ));
        meta.inverse().apply(&mut p).unwrap();
        assert_eq!(p.documents[0].outlet, "");
    }

    #[test]
    fn transactions_are_all_or_nothing() {
        let mut p = project();
        let before = p.clone();
        let tx = Transaction::new("two spans, then a stale one")
            .with(Edit::AddSpan {
                doc: doc(),
                span: span("a", 0, 2, "PER"),
            })
            .with(Edit::remove_label(&p, &LabelId("GPE".into())).unwrap())
            .with(Edit::RemoveSpan {
                doc: doc(),
                span: span("zz", 0, 2, "PER"),
            });
        assert!(matches!(
            tx.apply(&mut p),
            Err(EditError::MissingSpan { .. })
        ));
        assert_eq!(p, before);
    }

    #[test]
    fn checks_apply_to_new_edits_in_order() {
        let mut p = project();
        p.annotations.insert(doc(), span("a", 0, 2, "PER")).unwrap();
        // Removing a label in use is refused…
        let remove_per = Edit::remove_label(&p, &LabelId("PER".into())).unwrap();
        let err = Transaction::single("x", remove_per.clone())
            .apply_checked(&mut p)
            .unwrap_err();
        assert_eq!(
            err,
            EditError::LabelInUse {
                id: LabelId("PER".into()),
                spans: 1
            }
        );
        // …but fine after relabelling its spans in the same transaction.
        let relabel = Edit::replace_span(&p, &doc(), &SpanId("a".into()), |s| {
            s.label = LabelId("GPE".into());
        })
        .unwrap();
        Transaction::new("relabel and remove")
            .with(relabel)
            .with(remove_per)
            .apply_checked(&mut p)
            .unwrap();
        assert_eq!(p.schema.labels.len(), 1);

        // A new label can be used by spans added after it.
        let new = Transaction::new("new label and span")
            .with(Edit::add_label(&p, label("ORG")))
            .with(Edit::AddSpan {
                doc: doc(),
                span: span("b", 3, 5, "ORG"),
            });
        new.apply_checked(&mut p).unwrap();
        let unknown = Transaction::single(
            "unknown",
            Edit::AddSpan {
                doc: doc(),
                span: span("c", 3, 5, "NOPE"),
            },
        );
        assert!(matches!(
            unknown.apply_checked(&mut p),
            Err(EditError::UnknownLabel { .. })
        ));
        let elsewhere = Transaction::single(
            "no doc",
            Edit::AddSpan {
                doc: DocId("nope".into()),
                span: span("c", 3, 5, "ORG"),
            },
        );
        assert!(matches!(
            elsewhere.apply_checked(&mut p),
            Err(EditError::UnknownDocument { .. })
        ));
        let mut bad_quote = span("c", 3, 5, "ORG");
        bad_quote.quote = "x".into();
        assert!(matches!(
            Transaction::single(
                "q",
                Edit::AddSpan {
                    doc: doc(),
                    span: bad_quote
                }
            )
            .apply_checked(&mut p),
            Err(EditError::BadSpan { .. })
        ));
    }

    #[test]
    fn label_edits_invert() {
        let mut p = project();
        let start = p.clone();
        let edits = [
            Edit::change_label(&p, &LabelId("GPE".into()), |l| {
                l.name = "مكان".into();
                l.key = Some('3');
            })
            .unwrap(),
            Edit::SetLabel {
                index: 0,
                before: None,
                after: Some(label("ORG")),
            },
        ];
        let tx = Transaction {
            description: "labels".into(),
            edits: edits.to_vec(),
        };
        tx.apply_checked(&mut p).unwrap();
        let ids: Vec<&str> = p.schema.labels.iter().map(|l| l.id.0.as_str()).collect();
        assert_eq!(ids, ["ORG", "PER", "GPE"]);
        assert_eq!(p.schema.labels[2].name, "مكان");
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);
        let rename_id = Edit::SetLabel {
            index: 0,
            before: Some(label("PER")),
            after: Some(label("PERSON")),
        };
        assert!(matches!(
            rename_id.apply(&mut p),
            Err(EditError::LabelIdChanged { .. })
        ));
    }
}
