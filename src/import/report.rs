//! What a folder import produced: the documents with their texts, the files it skipped and why,
//! and a human summary of both.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::SkipReason;
use crate::model::Document;

/// One imported article: its metadata and its normalised text (see the [module docs](super)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDocument {
    pub document: Document,
    pub text: String,
    /// The metadata found for it (the page's tags, front matter, a metadata sheet, its folder),
    /// before outlets are matched and dates parsed into `document`.
    pub meta: super::meta::ArticleMeta,
}

/// A file (or folder) the import did not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Path relative to the imported folder, `/`-separated (lossy for non-Unicode names).
    pub path: String,
    pub reason: SkipReason,
}

/// Result of [`import_folder`](super::import_folder). Both lists are sorted by path, byte-wise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub documents: Vec<ImportedDocument>,
    pub skipped: Vec<Skipped>,
}

impl ImportReport {
    /// A multi-line report for people: how many documents, in which encodings, every skipped
    /// file with its reason, and every document warning. Ends with a newline.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail; the results below are ignored for that reason.
        let _ = writeln!(
            out,
            "Imported {}.",
            plural(self.documents.len(), "document", "documents")
        );

        let mut encodings: BTreeMap<&str, usize> = BTreeMap::new();
        for doc in &self.documents {
            *encodings.entry(doc.document.encoding.as_str()).or_default() += 1;
        }
        if !encodings.is_empty() {
            let counts: Vec<String> = encodings
                .iter()
                .map(|(name, count)| format!("{name}: {count}"))
                .collect();
            let _ = writeln!(out, "Encodings: {}.", counts.join(", "));
        }

        if !self.skipped.is_empty() {
            let _ = writeln!(
                out,
                "Skipped {}:",
                plural(self.skipped.len(), "file", "files")
            );
            for skipped in &self.skipped {
                let _ = writeln!(out, "  {}: {}", skipped.path, skipped.reason);
            }
        }

        let warnings: Vec<(&str, &str)> = self
            .documents
            .iter()
            .flat_map(|doc| {
                doc.document
                    .warnings
                    .iter()
                    .map(|w| (doc.document.path.as_str(), w.as_str()))
            })
            .collect();
        if !warnings.is_empty() {
            let _ = writeln!(out, "Warnings ({}):", warnings.len());
            for (path, warning) in warnings {
                let _ = writeln!(out, "  {path}: {warning}");
            }
        }
        out
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BaseDirection, DocId, OutletId};

    fn doc(path: &str, encoding: &str, warnings: &[&str]) -> ImportedDocument {
        ImportedDocument {
            document: Document {
                id: DocId(path.to_owned()),
                path: path.to_owned(),
                sha256: String::new(),
                encoding: encoding.to_owned(),
                title: path.to_owned(),
                outlet: OutletId::unknown(),
                date: String::new(),
                author: String::new(),
                url: String::new(),
                language: String::new(),
                base_direction: BaseDirection::Auto,
                char_len: 1,
                warnings: warnings.iter().map(|w| (*w).to_owned()).collect(),
                extraction: crate::model::Extraction::Plain,
                date_text: String::new(),
                metadata_from: std::collections::BTreeMap::new(),
                copy_of: None,
            },
            text: "x".to_owned(),
            meta: crate::import::meta::ArticleMeta::default(),
        }
    }

    #[test]
    fn summary_lists_everything() {
        let report = ImportReport {
            documents: vec![
                doc("a.txt", "UTF-8", &[]),
                doc(
                    "b.txt",
                    "windows-1256",
                    &["encoding guessed as windows-1256"],
                ),
                doc("c.txt", "UTF-8", &[]),
            ],
            skipped: vec![Skipped {
                path: "d/logo.txt".to_owned(),
                reason: SkipReason::Binary,
            }],
        };
        assert_eq!(
            report.summary(),
            "Imported 3 documents.\n\
             Encodings: UTF-8: 2, windows-1256: 1.\n\
             Skipped 1 file:\n  \
             d/logo.txt: binary content (NUL bytes or many control characters), not text\n\
             Warnings (1):\n  \
             b.txt: encoding guessed as windows-1256\n"
        );
        assert_eq!(ImportReport::default().summary(), "Imported 0 documents.\n");
    }
}
