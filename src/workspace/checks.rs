//! What opening a project checks once its articles are read, so that no span is shown, exported
//! or counted at offsets of a text it was not made on:
//!
//! * an annotation file under another name than its document's (`document:` edited, or the file
//!   renamed) is attached only when every quote of it is that document's text at its offsets
//!   (or, for an article changed since, somewhere in it, for re-anchoring to find); otherwise
//!   its spans and claims are kept apart: in no document, the file left as it is, and a save
//!   neither deletes nor overwrites it (see `store::kept_apart`);
//! * in every other file of an unchanged article, spans whose quote is not the text at their
//!   offsets are reported, one warning per file; they stay as they are (never moved), and
//!   Review spans lists them.

use std::path::Path;

use super::{ArticleState, Workspace};
use crate::model::{DocId, Span};
use crate::store::{self, KeptApartReason, StoreWarning};

impl Workspace {
    /// Checks the spans just loaded against the articles just read (see the module docs),
    /// turning the load warnings of misnamed files that do not check into
    /// [`StoreWarning::KeptApart`] and adding [`StoreWarning::QuotesDiffer`].
    pub(super) fn check_loaded_spans(&mut self, project_file: &Path) {
        let mut warnings = Vec::with_capacity(self.load_warnings.len());
        for warning in std::mem::take(&mut self.load_warnings) {
            let StoreWarning::MisnamedFile { doc, path, .. } = &warning else {
                warnings.push(warning);
                continue;
            };
            let Some(reason) = self.misnamed_problem(doc) else {
                warnings.push(warning);
                continue;
            };
            let (spans, claims) = self.set_apart(doc);
            warnings.push(StoreWarning::KeptApart {
                doc: doc.clone(),
                spans,
                claims,
                reason,
                path: path.clone(),
            });
        }
        let folder = store::annotations_dir(project_file);
        for (document, article) in self.project.documents.iter().zip(&self.articles) {
            let ArticleState::Ready {
                text,
                changed: false,
                ..
            } = article
            else {
                continue;
            };
            let spans = self.project.annotations.spans(&document.id);
            if spans.is_empty() {
                continue;
            }
            let at = CharIndex::new(text);
            let mut mismatched = spans.iter().filter(|span| !at.holds(span));
            let Some(first) = mismatched.next() else {
                continue;
            };
            warnings.push(StoreWarning::QuotesDiffer {
                doc: document.id.clone(),
                mismatched: 1 + mismatched.count(),
                total: spans.len(),
                first: first.id.clone(),
                path: folder.join(store::annotations_file::file_name_for(&document.id)),
            });
        }
        self.load_warnings = warnings;
    }

    /// Why the spans of `doc`, read from a file under another name, cannot be trusted to be its
    /// own; `None` when they can (or when the project has no such document: they are kept and
    /// reported as a document's the project lacks).
    fn misnamed_problem(&self, doc: &DocId) -> Option<KeptApartReason> {
        let index = self.project.document_index(doc)?;
        let spans = self.project.annotations.spans(doc);
        let (text, changed) = match self.articles.get(index)? {
            ArticleState::Ready { text, changed, .. } => (text, *changed),
            ArticleState::Failed(_) => return Some(KeptApartReason::Unchecked),
        };
        let mismatched = if changed {
            spans
                .iter()
                .filter(|span| !text.contains(span.quote.as_str()))
                .count()
        } else {
            let at = CharIndex::new(text);
            spans.iter().filter(|span| !at.holds(span)).count()
        };
        (mismatched > 0).then_some(KeptApartReason::QuotesDiffer {
            mismatched,
            total: spans.len(),
        })
    }

    /// Takes the spans and claims of `doc` out of the project, as loaded (not an edit: the
    /// file they came from stays as it is); returns how many of each.
    fn set_apart(&mut self, doc: &DocId) -> (usize, usize) {
        let annotations = &mut self.project.annotations;
        let claims: Vec<_> = annotations
            .claims(doc)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let spans: Vec<_> = annotations
            .spans(doc)
            .iter()
            .map(|s| s.id.clone())
            .collect();
        for id in &claims {
            let _removed = annotations.remove_claim(doc, id);
        }
        for id in &spans {
            let _removed = annotations.remove(doc, id);
        }
        (spans.len(), claims.len())
    }
}

/// Byte positions of a text's chars, to read a span's text by its char offsets.
struct CharIndex<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()))
            .collect();
        Self { text, bytes }
    }

    /// Whether the text at `span`'s offsets is its quote.
    fn holds(&self, span: &Span) -> bool {
        match (self.bytes.get(span.start), self.bytes.get(span.end)) {
            (Some(&start), Some(&end)) if start <= end => self.text[start..end] == span.quote,
            _ => false,
        }
    }
}
