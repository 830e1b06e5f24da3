//! Word documents (`.docx`): the text of each paragraph of the main document part
//! (`word/document.xml`), paragraphs separated by blank lines. Tabs and line breaks inside a
//! paragraph become a space and a line break; tables give a paragraph per cell paragraph. Only
//! that one entry is inflated, and no further than [`MAX_DOCUMENT_BYTES`] (a zip bomb stops
//! there).

use std::io::Read as _;

use quick_xml::events::Event;

use crate::intake::decode::{Fault, SkipReason};

/// The reader's version, recorded in `Extraction::Docx`.
pub const VERSION: u32 = 1;

/// The most `word/document.xml` may inflate to; a long report is a few megabytes of XML.
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// The paragraphs of a `.docx` file's main text, separated by blank lines.
pub fn read_docx(bytes: &[u8]) -> Result<String, SkipReason> {
    let malformed = |what: String| {
        SkipReason::Malformed(Fault::said("docx-not-word", &[("error", what.into())]))
    };
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| malformed(e.to_string()))?;
    let mut entry = zip
        .by_name("word/document.xml")
        .map_err(|e| malformed(format!("word/document.xml: {e}")))?;
    let mut xml = Vec::new();
    (&mut entry)
        .take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| malformed(format!("word/document.xml: {e}")))?;
    if xml.len() as u64 > MAX_DOCUMENT_BYTES {
        let limit = usize::try_from(MAX_DOCUMENT_BYTES)
            .unwrap_or(usize::MAX)
            .into();
        return Err(SkipReason::Malformed(Fault::said(
            "docx-too-large",
            &[("limit", limit)],
        )));
    }
    let paragraphs = paragraphs(&xml).map_err(malformed)?;
    if paragraphs.is_empty() {
        return Err(SkipReason::NoArticleText);
    }
    Ok(paragraphs.join("\n\n"))
}

/// The non-blank paragraphs (`w:p`) of a `WordprocessingML` body, trimmed.
fn paragraphs(xml: &[u8]) -> Result<Vec<String>, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    // Deleted text of tracked changes is not part of the document as it reads.
    let mut deleted = 0usize;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("word/document.xml: {e}"))?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:del" => deleted += 1,
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:tab" => current.push(' '),
                b"w:br" | b"w:cr" => current.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:del" => deleted = deleted.saturating_sub(1),
                b"w:p" => {
                    let paragraph = current.trim();
                    if !paragraph.is_empty() {
                        out.push(paragraph.to_owned());
                    }
                    current.clear();
                }
                _ => {}
            },
            Event::Text(t) if in_text && deleted == 0 => {
                let text = t.decode().map_err(|e| format!("word/document.xml: {e}"))?;
                current.push_str(&text);
            }
            Event::GeneralRef(r) if in_text && deleted == 0 => {
                let name = r.decode().map_err(|e| format!("word/document.xml: {e}"))?;
                if let Some(c) = entity(&name) {
                    current.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The character of an XML entity reference (`amp`, `#1575`, `#x627`).
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_runs_tabs_breaks_and_deletions() {
        let xml = r#"<w:document><w:body>
            <w:p><w:r><w:t>قال </w:t></w:r><w:r><w:t xml:space="preserve">الوزير</w:t></w:r><w:del><w:r><w:delText>x</w:delText><w:t>محذوف</w:t></w:r></w:del></w:p>
            <w:p><w:r><w:t>أ</w:t><w:tab/><w:t>ب</w:t><w:br/><w:t>ج &amp; &#1583;</w:t></w:r></w:p>
            <w:p><w:r><w:t>  </w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml.as_bytes()).expect("parses"),
            ["قال الوزير", "أ ب\nج & د"]
        );
    }

    #[test]
    fn not_a_zip_is_malformed() {
        assert!(matches!(
            read_docx(b"PK\x03\x04"),
            Err(SkipReason::Malformed(_))
        ));
    }
}
