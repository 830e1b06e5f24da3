//! Front matter: a block of `key: value` lines between two `---` lines at the very top of a
//! `.md` or `.txt` article, as static-site generators and note-taking tools write it:
//!
//! ```text
//! ---
//! title: عنوان الخبر
//! outlet: عنب بلدي
//! date: 2017-09-05
//! url: https://example.com/a/1
//! ---
//! نص الخبر…
//! ```
//!
//! Keys are the column names of article tables ([`Field::from_key`]: `title`, `outlet` or
//! `source`, `date`, `url`, `author`, `language`, and Arabic ones); other keys, comments (`#`)
//! and YAML list items are passed over. Values may be quoted. The block (and the blank lines
//! after it) is not part of the article's text, so offsets count from the first line after it;
//! a first `---` followed by anything but such lines (a Markdown rule above a paragraph) is not
//! front matter and the text is left whole.

use super::meta::{ArticleMeta, Field};

/// Where values found in front matter are said to come from.
pub const FROM: &str = "front matter";

/// Lines a block may have before it is taken for something else.
const MAX_LINES: usize = 200;

/// The metadata of `text`'s front matter and the text after it; `None` when `text` has none.
pub fn split(text: &str) -> Option<(ArticleMeta, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let mut meta = ArticleMeta::default();
    let mut offset = 0;
    for (count, line) in rest.split_inclusive('\n').enumerate() {
        if count > MAX_LINES {
            return None;
        }
        offset += line.len();
        let line = line.trim_end_matches('\n');
        if line.trim_end() == "---" || line.trim_end() == "..." {
            let body = rest[offset..].trim_start_matches('\n');
            return Some((meta, body));
        }
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || line.starts_with([' ', '\t', '-']) {
            continue;
        }
        let (key, value) = line.split_once(':')?;
        if key.trim().is_empty() || key.contains(['"', '\'', '[', '{']) {
            return None;
        }
        if let Some(field) = Field::from_key(key) {
            meta.set(field, unquote(value.trim()), FROM);
        }
    }
    None
}

/// `text` without its front matter: what the document's offsets count in.
pub fn body(text: &str) -> &str {
    split(text).map_or(text, |(_, body)| body)
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_gives_metadata_and_is_not_text() {
        let text = "---\ntitle: \"عنوان: الخبر\"\nsource: عنب بلدي\n# a comment\ntags:\n  - سياسة\n\
            - اقتصاد\nالتاريخ: 5 أيلول 2017\nurl: https://example.com/a?b=1\nlayout: post\n---\n\n\
            السطر الأول من الخبر.\n";
        let Some((meta, body)) = split(text) else {
            panic!("front matter not found");
        };
        assert_eq!(body, "السطر الأول من الخبر.\n");
        assert_eq!(meta.value(Field::Title), "عنوان: الخبر");
        assert_eq!(meta.value(Field::Outlet), "عنب بلدي");
        assert_eq!(meta.value(Field::Date), "5 أيلول 2017");
        assert_eq!(meta.value(Field::Url), "https://example.com/a?b=1");
        assert_eq!(meta.value(Field::Author), "");
        assert_eq!(meta.get(Field::Outlet).map(|f| f.from.as_str()), Some(FROM));
    }

    #[test]
    fn only_a_closed_block_of_keys_at_the_top_counts() {
        for text in [
            "نص الخبر\n---\ntitle: x\n---\n",
            "---\nهذا سطر عادي بعد خط أفقي\n---\n",
            "---\ntitle: لا نهاية للكتلة\n",
            "--- \ntitle: x\n---\n",
            "",
        ] {
            assert_eq!(split(text), None, "{text:?}");
            assert_eq!(body(text), text);
        }
        assert_eq!(body("---\n---\nنص"), "نص");
        assert_eq!(body("---\ndate: 2017-09-05\n...\nنص"), "نص");
    }
}
