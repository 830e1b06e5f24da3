//! One article of the corpus as the project records it. The text itself is not stored in the
//! project: it is read from the article file and checked against `sha256`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::OutletId;

/// Stable identifier of a document: its path relative to the corpus folder, with `/` separators.
/// Two analysts who import the same folder get the same IDs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocId(pub String);

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Paragraph direction for a whole document. `Auto` follows UAX#9 rules P2–P3: each paragraph
/// takes the direction of its first strong character.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BaseDirection {
    #[default]
    Auto,
    Ltr,
    Rtl,
}

/// How a document's text is made from its file. Offsets are into the text this gives, so the
/// project records it: a page read again by a newer extractor is noticed (its version differs)
/// and re-anchored like a changed file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Extraction {
    /// The decoded file itself (the normalised text, see `import`).
    #[default]
    Plain,
    /// A plain file whose front matter (a `---` block of `key: value` lines at the top) is not
    /// part of the text.
    FrontMatter,
    /// The main text of a saved web page, as extractor `version` finds it.
    Html { version: u32 },
    /// The paragraphs of a Word document, as reader `version` finds them.
    Docx { version: u32 },
    /// One record of an article table (`.csv`, `.tsv`, `.jsonl`): the `record`th data record,
    /// counted from 1 after any header, its text in `column`. Several documents share the file.
    Row { record: u64, column: String },
}

/// Metadata of one article. Offsets anywhere in the project are char (Unicode scalar) offsets into
/// the document's *normalised text*: the decoded file with any BOM removed and every CRLF or lone
/// CR turned into LF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: DocId,
    /// Path of the article file relative to the corpus folder, `/`-separated.
    pub path: String,
    /// SHA-256 (lower-case hex) of the article file's bytes when it was imported.
    pub sha256: String,
    /// Name of the encoding the file was decoded from (WHATWG label, e.g. `UTF-8`, `windows-1256`).
    pub encoding: String,
    /// First non-empty line of the text, trimmed.
    pub title: String,
    /// The outlet that published it, one of [`crate::model::Project::outlets`]; empty when
    /// unknown.
    pub outlet: OutletId,
    /// Publication date as the analyst writes it (ISO 8601 preferred); empty when unknown.
    pub date: String,
    /// Who signed it; empty when unsigned or unknown.
    pub author: String,
    /// Where it was published; empty when unknown.
    pub url: String,
    /// Its language as a BCP 47 tag (`ar`, `ar-SY`, `en`); empty when not recorded.
    pub language: String,
    pub base_direction: BaseDirection,
    /// Length of the normalised text in chars, to detect changed files cheaply.
    pub char_len: usize,
    /// Problems noticed while importing (e.g. malformed bytes replaced); shown as a warning mark.
    pub warnings: Vec<super::ImportWarning>,
    /// How the text is made from the file at `path`.
    pub extraction: Extraction,
    /// The date as the source wrote it, when `date` was parsed from it (e.g. a Hijri date or
    /// Arabic month name); empty when `date` is all there was.
    pub date_text: String,
    /// The outlet as the source wrote it, when that is not the outlet's name (one of its
    /// aliases, e.g. `aljazeera.net`): splitting an alias off an outlet takes the documents
    /// written so. Empty when the source wrote the name, or the outlet was set by hand.
    pub outlet_text: String,
    /// Where each metadata field came from, by field name (`outlet`, `date`, `title`, `author`,
    /// `url`, `language`): e.g. `metadata.csv`, `html:og:site_name`, `front matter`, `folder`.
    /// Fields the analyst set by hand are not listed.
    pub metadata_from: BTreeMap<String, String>,
    /// The first document (in corpus order) whose text this one repeats, exactly or nearly (the
    /// same wire story run by several outlets); `None` for an original or a unique text.
    pub copy_of: Option<DocId>,
}

/// The part of a document's metadata an analyst edits (one undoable [`crate::model::Edit`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentMeta {
    pub title: String,
    pub outlet: OutletId,
    pub outlet_text: String,
    pub date: String,
    pub author: String,
    pub url: String,
    pub language: String,
    pub base_direction: BaseDirection,
}

impl Document {
    /// A document with nothing known but where it is: plain text, unknown outlet, no metadata.
    pub fn new(id: DocId, path: String) -> Self {
        Self {
            id,
            path,
            sha256: String::new(),
            encoding: String::new(),
            title: String::new(),
            outlet: OutletId::unknown(),
            date: String::new(),
            author: String::new(),
            url: String::new(),
            language: String::new(),
            base_direction: BaseDirection::Auto,
            char_len: 0,
            warnings: Vec::new(),
            extraction: Extraction::Plain,
            date_text: String::new(),
            outlet_text: String::new(),
            metadata_from: BTreeMap::new(),
            copy_of: None,
        }
    }

    /// The editable metadata of this document.
    pub fn meta(&self) -> DocumentMeta {
        DocumentMeta {
            title: self.title.clone(),
            outlet: self.outlet.clone(),
            outlet_text: self.outlet_text.clone(),
            date: self.date.clone(),
            author: self.author.clone(),
            url: self.url.clone(),
            language: self.language.clone(),
            base_direction: self.base_direction,
        }
    }

    /// Replaces the editable metadata.
    pub fn set_meta(&mut self, meta: DocumentMeta) {
        let DocumentMeta {
            title,
            outlet,
            outlet_text,
            date,
            author,
            url,
            language,
            base_direction,
        } = meta;
        self.title = title;
        self.outlet = outlet;
        self.outlet_text = outlet_text;
        self.date = date;
        self.author = author;
        self.url = url;
        self.language = language;
        self.base_direction = base_direction;
    }
}

/// The first non-empty line of `text`, trimmed; falls back to `fallback` (usually the file name).
pub fn title_of(text: &str, fallback: &str) -> String {
    text.lines()
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || is_invisible_format(c)))
        .find(|line| !line.is_empty())
        .map_or_else(|| fallback.to_owned(), str::to_owned)
}

/// Marks that carry no glyph (bidi controls, BOM, zero-width spaces) and so never make a title.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_skips_blank_lines_and_marks() {
        assert_eq!(
            title_of("\n  \n\u{200F} عنوان الخبر \nنص", "f.txt"),
            "عنوان الخبر"
        );
        assert_eq!(title_of(" \n\n", "f.txt"), "f.txt");
    }
}
