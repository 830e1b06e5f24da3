//! Annotation files a save must leave alone: a file kept apart on load
//! ([`super::StoreWarning::KeptApart`]) holds spans that are in no document, so nothing in
//! memory stands for them. A save deletes an annotation file only when it is named for its
//! document (that document's spans were all deleted) or when everything it holds is in memory
//! (it was loaded, and its spans are saved under their own name); and when it must write a file
//! where one of another document lies that holds spans not in memory, it first copies that file
//! to a name of its own ([`preserved_name`]), which no document's file ever has.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::annotations_file::{file_name_for, from_ron_str};
use crate::model::{Annotations, Claim, DocId, Span, SpanRelation};

/// What ends the name of a copy of a file kept apart (before `.ron`): `~` never appears
/// unescaped in the name of a document's file, except before 16 hex digits.
const SUFFIX: &str = "~kept-apart";

/// Whether a save may delete the annotation file at `path`, which no document being saved
/// writes: named for the document it names, or holding nothing that is not in `annotations`.
pub(super) fn may_remove(path: &Path, annotations: &Annotations) -> bool {
    let named_for_its_document = document_named(path)
        .is_some_and(|doc| path.file_name().and_then(|n| n.to_str()) == Some(&file_name_for(&doc)));
    named_for_its_document || read(path).is_some_and(|file| file.only_what_is_in(annotations))
}

/// The document an annotation file names, read without reading the rest (of any version).
fn document_named(path: &Path) -> Option<DocId> {
    #[derive(Deserialize)]
    struct Probe {
        document: String,
    }
    let text = fs::read_to_string(path).ok()?;
    let probe: Probe = ron::from_str(text.strip_prefix('\u{FEFF}').unwrap_or(&text)).ok()?;
    Some(DocId(probe.document))
}

/// The text of the file at `path`, to be copied away before `doc`'s spans are written there,
/// when it is the file of another document and holds something not in `annotations`.
pub(super) fn to_preserve(path: &Path, doc: &DocId, annotations: &Annotations) -> Option<String> {
    let file = read(path)?;
    (&file.doc != doc && !file.only_what_is_in(annotations)).then_some(file.text)
}

/// A name for the copy of the file `name` that no file of `dir` and none of `taken` has.
pub(super) fn preserved_name(dir: &Path, name: &str, taken: &HashSet<String>) -> String {
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    (1..u32::MAX)
        .map(|n| {
            if n == 1 {
                format!("{stem}{SUFFIX}.ron")
            } else {
                format!("{stem}{SUFFIX}-{n}.ron")
            }
        })
        .find(|candidate| !taken.contains(candidate) && !dir.join(candidate).exists())
        .unwrap_or_else(|| format!("{stem}{SUFFIX}.ron"))
}

/// An annotation file as read.
struct File {
    doc: DocId,
    spans: Vec<Span>,
    claims: Vec<Claim>,
    relations: Vec<SpanRelation>,
    labels: crate::model::DocLabels,
    text: String,
}

impl File {
    /// Whether every span, claim, relation and document label of the file is in `annotations`.
    fn only_what_is_in(&self, annotations: &Annotations) -> bool {
        self.spans
            .iter()
            .all(|span| annotations.find(&span.id).is_some())
            && self
                .claims
                .iter()
                .all(|claim| annotations.find_claim(&claim.id).is_some())
            && self
                .relations
                .iter()
                .all(|relation| annotations.find_relation(&relation.id).is_some())
            && self.labels.iter().all(|(category, label)| {
                annotations
                    .doc_label(&self.doc, category)
                    .is_some_and(|l| l.values == label.values)
            })
    }
}

/// The annotation file at `path`; `None` when it is not one.
fn read(path: &Path) -> Option<File> {
    let text = fs::read_to_string(path).ok()?;
    let super::annotations_file::DocFile {
        doc,
        spans,
        claims,
        relations,
        labels,
    } = from_ron_str(&text, path).ok()?;
    Some(File {
        doc,
        spans,
        claims,
        relations,
        labels,
        text,
    })
}
