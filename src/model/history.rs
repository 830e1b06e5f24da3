//! Undo and redo across all documents of a project, and the "dirty" flag.
//!
//! Like helix's `History`, each applied [`Transaction`] is stored and undone by applying its
//! inverse; unlike helix the history is linear (a new edit after an undo drops the redo stack).
//!
//! Every state the project reaches gets a **revision** number, never reused: applying a
//! transaction makes a new revision, undo and redo move back and forth between existing ones.
//! [`History::mark_saved`] remembers the current revision as the one on disk, and
//! [`History::is_dirty`] is simply "the current revision is not the saved one" — so undoing back
//! to the saved state makes the project clean again, and a new edit after undoing past the save
//! point never comes back to it.
//!
//! Dirty is not the same as "closing would lose work" ([`History::has_unsaved_work`]): a folder
//! just imported is on no disk, yet until it is changed there is nothing in it to lose; a project
//! recovered from the journal holds work from its first revision on.

use super::Project;
use super::description::Description;
use super::edit::{EditError, Transaction};

#[derive(Debug, Clone)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    revision: u64,
    next_revision: u64,
    /// The revision that is on disk; `None` when no revision is (a project never saved, or one
    /// recovered from the journal).
    saved: Option<u64>,
    /// The revision of a folder as it was imported: on no disk, yet holding nothing to lose.
    untouched: Option<u64>,
}

#[derive(Debug, Clone)]
struct Entry {
    transaction: Transaction,
    /// The revision the transaction was applied to.
    before: u64,
    /// The revision it made.
    after: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// The history of a project as it was just loaded from disk: clean.
    pub fn new() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
            untouched: None,
        }
    }

    /// The history of a folder just imported: dirty until saved, but with nothing to lose until
    /// it is changed.
    pub fn unsaved() -> Self {
        Self {
            saved: None,
            untouched: Some(0),
            ..Self::new()
        }
    }

    /// The history of a project recovered from the journal: dirty until saved, and holding work
    /// from the start (the journal is all there is of it).
    pub fn recovered() -> Self {
        Self {
            saved: None,
            ..Self::new()
        }
    }

    /// Applies a new transaction to `project` with every check ([`Transaction::apply_checked`])
    /// and records it; the redo stack is dropped. An empty transaction changes nothing and is
    /// not recorded. On error nothing changed.
    pub fn apply(
        &mut self,
        project: &mut Project,
        transaction: Transaction,
    ) -> Result<(), EditError> {
        if transaction.is_empty() {
            return Ok(());
        }
        transaction.apply_checked(project)?;
        let after = self.take_revision();
        self.undo.push(Entry {
            transaction,
            before: self.revision,
            after,
        });
        self.redo.clear();
        self.revision = after;
        Ok(())
    }

    /// Undoes the last transaction; returns its description, or `None` when there is nothing to
    /// undo. Fails (changing nothing, keeping the history) when `project` was changed behind the
    /// history's back so the inverse no longer fits.
    pub fn undo(&mut self, project: &mut Project) -> Result<Option<Description>, EditError> {
        let Some(entry) = self.undo.pop() else {
            return Ok(None);
        };
        if let Err(error) = entry.transaction.inverse().apply(project) {
            self.undo.push(entry);
            return Err(error);
        }
        self.revision = entry.before;
        let description = entry.transaction.description.clone();
        self.redo.push(entry);
        Ok(Some(description))
    }

    /// Applies again the last undone transaction; returns its description, or `None` when there
    /// is nothing to redo.
    pub fn redo(&mut self, project: &mut Project) -> Result<Option<Description>, EditError> {
        let Some(entry) = self.redo.pop() else {
            return Ok(None);
        };
        if let Err(error) = entry.transaction.apply(project) {
            self.redo.push(entry);
            return Err(error);
        }
        self.revision = entry.after;
        let description = entry.transaction.description.clone();
        self.undo.push(entry);
        Ok(Some(description))
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What [`History::undo`] would undo (for the menu: "Undo Label «محمد» as PER").
    pub fn undo_description(&self) -> Option<&Description> {
        self.undo.last().map(|e| &e.transaction.description)
    }

    /// What [`History::redo`] would redo.
    pub fn redo_description(&self) -> Option<&Description> {
        self.redo.last().map(|e| &e.transaction.description)
    }

    /// The current revision: equal revisions mean equal project content (as far as edits go).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Number of transactions that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// The current revision is now the one on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
        // Once saved, going back to the folder as imported would undo saved work.
        self.untouched = None;
    }

    /// Whether the project differs from what is on disk.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// Whether closing now would lose work: the project is dirty and not simply the folder as
    /// it was imported.
    pub fn has_unsaved_work(&self) -> bool {
        self.is_dirty() && self.untouched != Some(self.revision)
    }

    fn take_revision(&mut self) -> u64 {
        let revision = self.next_revision;
        self.next_revision += 1;
        revision
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::{Edit, Label, LabelId, Message, Rgb};

    fn added(id: &str) -> Description {
        Message::EDITOR_LABEL_ADDED.with("name", id)
    }

    fn add_label(project: &Project, id: &str) -> Transaction {
        Transaction::single(
            added(id),
            Edit::add_label(
                project,
                Label {
                    id: LabelId(id.into()),
                    name: id.into(),
                    colour: Rgb(0, 0, 0),
                    key: None,
                    description: String::new(),
                },
            ),
        )
    }

    fn add(h: &mut History, p: &mut Project, id: &str) -> Result<(), EditError> {
        let tx = add_label(p, id);
        h.apply(p, tx)
    }

    #[test]
    fn undo_redo_and_dirty() {
        let mut p = Project::default();
        let mut h = History::new();
        assert!(!h.is_dirty() && !h.can_undo() && !h.can_redo());
        assert_eq!(h.undo(&mut p).unwrap(), None);

        add(&mut h, &mut p, "A").unwrap();
        add(&mut h, &mut p, "B").unwrap();
        assert!(h.is_dirty());
        h.mark_saved();
        assert!(!h.is_dirty());
        let saved = p.clone();

        assert_eq!(h.undo_description(), Some(&added("B")));
        assert_eq!(h.undo(&mut p).unwrap(), Some(added("B")));
        assert!(h.is_dirty());
        assert_eq!(h.redo_description(), Some(&added("B")));
        assert_eq!(h.undo_description(), Some(&added("A")));
        assert_eq!(h.redo(&mut p).unwrap(), Some(added("B")));
        assert!(!h.is_dirty(), "back at the saved revision");
        assert_eq!(p, saved);

        h.undo(&mut p).unwrap();
        add(&mut h, &mut p, "C").unwrap();
        assert!(!h.can_redo(), "a new edit drops the redo stack");
        assert!(h.is_dirty());
        h.undo(&mut p).unwrap();
        assert!(h.is_dirty(), "still one step before the save point");
        h.undo(&mut p).unwrap();
        assert_eq!(p, Project::default());
        assert_eq!(h.undo_len(), 0);
    }

    #[test]
    fn unsaved_work_of_an_import_a_recovery_and_a_saved_project() {
        let mut p = Project::default();
        let mut imported = History::unsaved();
        assert!(imported.is_dirty() && !imported.has_unsaved_work());
        add(&mut imported, &mut p, "A").unwrap();
        assert!(imported.has_unsaved_work());
        imported.undo(&mut p).unwrap();
        assert!(
            imported.is_dirty() && !imported.has_unsaved_work(),
            "back at the folder as imported"
        );
        imported.redo(&mut p).unwrap();
        imported.mark_saved();
        assert!(!imported.has_unsaved_work());
        imported.undo(&mut p).unwrap();
        assert!(
            imported.has_unsaved_work(),
            "after a save, the import's state is no longer free to drop"
        );

        let mut recovered = History::recovered();
        assert!(recovered.is_dirty() && recovered.has_unsaved_work());
        add(&mut recovered, &mut p, "B").unwrap();
        recovered.undo(&mut p).unwrap();
        assert!(recovered.has_unsaved_work(), "the journal's state itself");
        recovered.mark_saved();
        assert!(!recovered.is_dirty() && !recovered.has_unsaved_work());

        let mut opened = History::new();
        assert!(!opened.has_unsaved_work());
        add(&mut opened, &mut p, "C").unwrap();
        assert!(opened.has_unsaved_work());
        opened.undo(&mut p).unwrap();
        assert!(!opened.has_unsaved_work());
    }

    #[test]
    fn failed_transactions_and_stale_undo_leave_everything() {
        let mut p = Project::default();
        let mut h = History::unsaved();
        assert!(h.is_dirty());
        add(&mut h, &mut p, "A").unwrap();
        let revision = h.revision();
        let dup = add_label(&Project::default(), "A");
        assert!(h.apply(&mut p, dup).is_err());
        assert_eq!(h.revision(), revision);
        assert_eq!(h.undo_len(), 1);
        // Something changed the project behind the history's back.
        p.schema.labels[0].name = "changed".into();
        assert!(matches!(
            h.undo(&mut p),
            Err(EditError::StaleLabel { index: 0 })
        ));
        assert!(h.can_undo());
        assert!(
            h.apply(&mut p, Transaction::new(Message::EDITOR_LABEL_ADDED))
                .is_ok()
        );
        assert_eq!(
            h.revision(),
            revision,
            "empty transactions are not recorded"
        );
    }
}
