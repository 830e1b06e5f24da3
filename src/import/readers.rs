//! An article file of any format read into its documents (one for a page or a Word document,
//! one per row for a table), and the same reading again for a saved project's document. The
//! formats themselves live in [`crate::formats`]; this module turns what they read into
//! [`Document`]s and reasons to skip.

use super::decode::{NOTE_IMAGE, NOTE_OLD_DOCUMENT, NOTE_PDF, NOTE_SPREADSHEET, SkipReason};
use super::digest::sha256_hex;
use super::meta::{ArticleMeta, Field};
use super::report::{ImportedDocument, Skipped};
use crate::formats::table::{self, ColumnMap, TableFormat};
use crate::formats::{Format, docx, html};
use crate::model::{DocId, Document, Extraction, document::title_of};

/// The documents of one file of `format` (not [`Format::Text`], which the folder import reads
/// itself), or why it or some of its records were skipped.
pub fn read_documents(
    relative: &str,
    format: Format,
    bytes: &[u8],
    columns: &ColumnMap,
) -> Vec<Result<ImportedDocument, Skipped>> {
    let skip = |reason| Skipped {
        path: relative.to_owned(),
        reason,
    };
    match format {
        Format::Text => vec![Err(skip(SkipReason::UnsupportedFormat(String::new())))],
        Format::Html => vec![html_document(relative, bytes).map_err(skip)],
        Format::Docx => vec![docx_document(relative, bytes).map_err(skip)],
        Format::Table(kind) => match table_documents(relative, kind, bytes, columns) {
            Ok(rows) => rows,
            Err(reason) => vec![Err(skip(reason))],
        },
    }
}

/// The text a document of a saved project has in `bytes` (its file now), read the way it was
/// imported; `None` for a document whose text is the decoded file itself (plain or front matter).
pub fn text_again(doc: &Document, bytes: &[u8]) -> Option<Result<String, SkipReason>> {
    match &doc.extraction {
        Extraction::Html { .. } => Some(html::read_file(&doc.path, bytes).map(|page| page.text)),
        Extraction::Docx { .. } => Some(docx::read_docx(bytes)),
        Extraction::Row { record, column } => Some(match Format::of(&doc.path) {
            Some(Format::Table(kind)) => table::read_record(bytes, kind, *record, column),
            _ => Err(SkipReason::UnsupportedFormat(String::new())),
        }),
        Extraction::Plain | Extraction::FrontMatter => None,
    }
}

/// Whether `doc` was read by an older version of its format's reader than this build has: its
/// text may differ even when its file did not change.
pub fn read_by_older_reader(doc: &Document) -> bool {
    match doc.extraction {
        Extraction::Html { version } => version != html::VERSION,
        Extraction::Docx { version } => version != docx::VERSION,
        _ => false,
    }
}

/// Why a file of no supported format is skipped, with a word on what it seems to be.
pub fn unsupported(name: &str) -> SkipReason {
    let ext = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    let note = match ext.as_str() {
        "pdf" => NOTE_PDF,
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "tif" | "tiff" | "bmp" | "svg" | "heic" => {
            NOTE_IMAGE
        }
        "doc" | "rtf" | "odt" => NOTE_OLD_DOCUMENT,
        "xls" | "xlsx" | "ods" => NOTE_SPREADSHEET,
        _ => "",
    };
    SkipReason::UnsupportedFormat(note.to_owned())
}

fn html_document(relative: &str, bytes: &[u8]) -> Result<ImportedDocument, SkipReason> {
    let page = html::read_file(relative, bytes)?;
    let mut document = new_document(relative, relative, bytes, &page.text, &page.meta);
    page.encoding.name().clone_into(&mut document.encoding);
    document.warnings = page.warnings;
    document.extraction = Extraction::Html {
        version: html::VERSION,
    };
    Ok(ImportedDocument {
        document,
        text: page.text,
        meta: page.meta,
    })
}

fn docx_document(relative: &str, bytes: &[u8]) -> Result<ImportedDocument, SkipReason> {
    let text = docx::read_docx(bytes)?;
    let meta = ArticleMeta::default();
    let mut document = new_document(relative, relative, bytes, &text, &meta);
    document.extraction = Extraction::Docx {
        version: docx::VERSION,
    };
    Ok(ImportedDocument {
        document,
        text,
        meta,
    })
}

/// One document per article row of a table (`<path>#<record>`), and each record that could not
/// be used as skipped under that name.
fn table_documents(
    relative: &str,
    kind: TableFormat,
    bytes: &[u8],
    columns: &ColumnMap,
) -> Result<Vec<Result<ImportedDocument, Skipped>>, SkipReason> {
    let file_name = relative.rsplit('/').next().unwrap_or(relative);
    let table = table::read_table(bytes, kind, columns, file_name)?;
    let mut out = Vec::with_capacity(table.rows.len() + table.problems.len());
    for row in table.rows {
        let id = format!("{relative}#{}", row.record);
        let mut document = new_document(&id, relative, bytes, &row.text, &row.meta);
        table.encoding.name().clone_into(&mut document.encoding);
        document.extraction = Extraction::Row {
            record: row.record,
            column: row.column,
        };
        out.push(Ok(ImportedDocument {
            document,
            text: row.text,
            meta: row.meta,
        }));
    }
    for (record, reason) in table.problems {
        out.push(Err(Skipped {
            path: format!("{relative}#{record}"),
            reason,
        }));
    }
    Ok(out)
}

/// A document of `text` read from the file at `path` (whose bytes are `bytes`): its title from
/// `meta` (else the text's first line), and the author, URL and language `meta` gives, with where
/// they came from. Outlet and date are left to the import, which matches outlets and parses
/// dates.
fn new_document(id: &str, path: &str, bytes: &[u8], text: &str, meta: &ArticleMeta) -> Document {
    let mut document = Document::new(DocId(id.to_owned()), path.to_owned());
    document.sha256 = sha256_hex(bytes);
    "UTF-8".clone_into(&mut document.encoding);
    document.char_len = text.chars().count();
    let file_name = path.rsplit('/').next().unwrap_or(path);
    document.title = match meta.value(Field::Title) {
        "" => title_of(text, file_name),
        title => title.to_owned(),
    };
    for (field, slot) in [
        (Field::Title, None),
        (Field::Author, Some(&mut document.author)),
        (Field::Url, Some(&mut document.url)),
        (Field::Language, Some(&mut document.language)),
    ] {
        if let Some(found) = meta.get(field) {
            if let Some(slot) = slot {
                slot.clone_from(&found.value);
            }
            document
                .metadata_from
                .insert(field.name().to_owned(), found.from.clone());
        }
    }
    document
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_files_say_what_they_seem_to_be() {
        assert_eq!(
            unsupported("scan.PDF").to_string(),
            "not a supported article format (a PDF; save its text as .txt to import it)"
        );
        assert_eq!(
            unsupported("photo.jpeg").to_string(),
            "not a supported article format (an image)"
        );
        assert_eq!(
            unsupported("README").to_string(),
            "not a supported article format"
        );
    }
}
