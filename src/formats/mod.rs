//! Article file formats, one folder per format: each folder keeps a format's reader (and, where
//! the project writes the format, its writer) together with the conventions both share.
//! `import` and `export` orchestrate them (scanning, reports, progress, self-checks).
//!
//! - [`html`]: saved web pages: charset, main text without navigation or comments, metadata.
//! - [`table`]: article tables (`.csv`, `.tsv`, `.jsonl`, `.ndjson`), one article per row.
//! - [`docx`]: Word documents, their paragraphs.
//!
//! Annotation formats share [`conventions`] (offset unit, claim field names, safe file names)
//! and [`doc_labels`] (how a document's labels are named);
//! their writers write a [`corpus::Corpus`] through [`writer::Exporter`], their readers produce
//! [`foreign::ForeignDocument`]s.
//!
//! Which files hold articles is decided by their extension alone ([`Format::of`]), so a folder
//! scan never reads a file it will not import.

pub mod brat;
#[cfg(test)]
mod check_tests;
pub mod conll;
pub mod conventions;
pub mod corpus;
pub mod csv;
pub mod doc_labels;
pub mod docx;
pub mod foreign;
pub mod html;
pub mod jsonl;
#[cfg(test)]
mod left_out_tests;
pub mod qdpx;
pub mod table;
pub mod webanno;
pub mod writer;

use std::path::Path;

/// The article formats a folder import reads, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.md`: the decoded file is the article.
    Text,
    /// `.html`, `.htm`: a saved web page; `.mhtml`, `.mht`: a web archive holding one.
    Html,
    /// `.csv`, `.tsv`, `.jsonl`, `.ndjson`: a table, one article per row.
    Table(table::TableFormat),
    /// `.docx`: a Word document.
    Docx,
}

impl Format {
    /// The format of a file named `name`, by its extension (ASCII case ignored); `None` for a
    /// file that holds no articles hashiya reads.
    pub fn of(name: &str) -> Option<Self> {
        let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(Self::Text),
            "html" | "htm" | "mhtml" | "mht" => Some(Self::Html),
            "csv" => Some(Self::Table(table::TableFormat::Csv)),
            "tsv" | "tab" => Some(Self::Table(table::TableFormat::Tsv)),
            "jsonl" | "ndjson" => Some(Self::Table(table::TableFormat::Jsonl)),
            "docx" => Some(Self::Docx),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        for (name, format) in [
            ("a.txt", Some(Format::Text)),
            ("b.TXT", Some(Format::Text)),
            ("d.tar.md", Some(Format::Text)),
            ("page.HTM", Some(Format::Html)),
            ("خبر.html", Some(Format::Html)),
            ("saved.MHT", Some(Format::Html)),
            ("saved.mhtml", Some(Format::Html)),
            ("news.CSV", Some(Format::Table(table::TableFormat::Csv))),
            ("a.ndjson", Some(Format::Table(table::TableFormat::Jsonl))),
            ("report.docx", Some(Format::Docx)),
            ("a.text", None),
            ("b.txt.bak", None),
            ("md", None),
            ("d.", None),
            ("scan.pdf", None),
        ] {
            assert_eq!(Format::of(name), format, "{name}");
        }
    }
}
