//! A project: where its corpus lives, what each article is, the label schema, and the spans.

use super::{Annotations, DocId, Document, Schema};

/// The in-memory project. `store::project_file` maps it to and from the versioned RON file;
/// `store::annotations_file` maps `annotations` to and from the folder beside it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Project {
    pub name: String,
    /// The corpus folder as written in the project file: relative to the project file's folder,
    /// or absolute when the analyst chose a folder elsewhere.
    pub corpus_dir: String,
    /// Documents in corpus order (sorted by path at import, then as the analyst arranges them).
    pub documents: Vec<Document>,
    pub schema: Schema,
    /// Every span of every document. Not written in the project file itself but one file per
    /// document in the folder beside it (see `store`).
    pub annotations: Annotations,
}

impl Project {
    pub fn document(&self, id: &DocId) -> Option<&Document> {
        self.documents.iter().find(|d| &d.id == id)
    }

    pub fn document_index(&self, id: &DocId) -> Option<usize> {
        self.documents.iter().position(|d| &d.id == id)
    }

    /// Documents that have spans but are not in the project (e.g. annotation files merged from a
    /// copy that imported more articles). Their spans are kept and saved; the UI lists them.
    pub fn orphan_annotations(&self) -> Vec<&DocId> {
        self.annotations
            .documents()
            .filter(|doc| self.document(doc).is_none())
            .collect()
    }
}
