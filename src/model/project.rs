//! A project: where its corpus lives, what each article is, and the label schema.

use super::{DocId, Document, Schema};

/// The in-memory project. `store::project_file` maps it to and from the versioned RON file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Project {
    pub name: String,
    /// The corpus folder as written in the project file: relative to the project file's folder,
    /// or absolute when the analyst chose a folder elsewhere.
    pub corpus_dir: String,
    /// Documents in corpus order (sorted by path at import, then as the analyst arranges them).
    pub documents: Vec<Document>,
    pub schema: Schema,
}

impl Project {
    pub fn document(&self, id: &DocId) -> Option<&Document> {
        self.documents.iter().find(|d| &d.id == id)
    }

    pub fn document_index(&self, id: &DocId) -> Option<usize> {
        self.documents.iter().position(|d| &d.id == id)
    }
}
