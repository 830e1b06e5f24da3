//! Article tables: `.csv`, `.tsv`, `.jsonl`/`.ndjson` files with one article per row (exports of
//! media-monitoring tools, scraped corpora). Each row with text becomes one document; its columns
//! are recognised by name ([`columns`]). A table without a text column is not read as articles
//! ([`classify`] tells a metadata sheet from neither).
//!
//! Records are numbered from 1 after the header (for JSONL: non-blank lines), so `news.csv#12`
//! is the twelfth article row whatever its line in the file. A record that cannot be read (a
//! broken quote, a cell over [`MAX_CELL_BYTES`], a line that is not a JSON object) is reported
//! alone; the rest of the table is read.

pub mod columns;

pub use columns::{ColumnMap, ColumnMapError, Role, TableKind, classify};

use serde_json::Value;

use crate::intake::decode::{Fault, FaultArg, SkipReason, decode};
use crate::intake::meta::ArticleMeta;

/// A cell larger than this makes its record unreadable: an article is a few kilobytes, so such a
/// cell is a broken quote that swallowed the rest of the file, or not an article.
pub const MAX_CELL_BYTES: usize = 2 * 1024 * 1024;

/// The kinds of table files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
    Jsonl,
}

/// One article row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its number among the table's records, from 1.
    pub record: u64,
    /// The text column's name, as the file spells it.
    pub column: String,
    pub text: String,
    /// Metadata from the row's other columns; `from` is `<file name>:<column>`.
    pub meta: ArticleMeta,
}

/// A table read: its article rows, and the records that could not be used with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Row>,
    pub problems: Vec<(u64, SkipReason)>,
    /// The encoding the file was decoded from.
    pub encoding: &'static encoding_rs::Encoding,
}

/// Reads the article rows of a table file whose name is `file_name` (for `from`). A table with
/// no text column is [`SkipReason::NotArticleTable`].
pub fn read_table(
    bytes: &[u8],
    format: TableFormat,
    map: &ColumnMap,
    file_name: &str,
) -> Result<Table, SkipReason> {
    let decoded = decode(bytes)?;
    let mut table = Table {
        rows: Vec::new(),
        problems: Vec::new(),
        encoding: decoded.encoding,
    };
    let mut any_text_column = false;
    let mut known: (Vec<String>, Vec<Option<Role>>) = (Vec::new(), Vec::new());
    for_each_record(&decoded.text, format, |record, cells| {
        let cells = match cells {
            Ok(cells) => cells,
            Err(reason) => {
                table.problems.push((record, reason));
                return;
            }
        };
        // A CSV's rows all have the header's columns: their roles are found once.
        if !cells.iter().map(|(h, _)| h).eq(known.0.iter()) {
            known.0 = cells.iter().map(|(h, _)| h.clone()).collect();
            known.1 = map.roles(&known.0);
        }
        let roles = &known.1;
        let Some(text_at) = roles.iter().position(|r| *r == Some(Role::Text)) else {
            // JSONL rows may each lack the text; a CSV's header decides for all rows.
            if format == TableFormat::Jsonl {
                table.problems.push((record, SkipReason::NoArticleText));
            }
            return;
        };
        any_text_column = true;
        let (column, text) = &cells[text_at];
        let text = crate::intake::decode::normalise_line_endings(text.trim()).into_owned();
        if text.is_empty() {
            table.problems.push((record, SkipReason::NoArticleText));
            return;
        }
        let mut meta = ArticleMeta::default();
        for (role, (header, value)) in roles.iter().zip(&cells) {
            if let Some(Role::Meta(field)) = role {
                meta.set_if_absent(*field, value, &format!("{file_name}:{header}"));
            }
        }
        table.rows.push(Row {
            record,
            column: column.clone(),
            text,
            meta,
        });
    })?;
    if !any_text_column && table.rows.is_empty() {
        return Err(SkipReason::NotArticleTable);
    }
    Ok(table)
}

/// The text of record `record` of a table, in its column `column` (as recorded at import).
pub fn read_record(
    bytes: &[u8],
    format: TableFormat,
    record: u64,
    column: &str,
) -> Result<String, SkipReason> {
    let decoded = decode(bytes)?;
    let mut found = None;
    for_each_record(&decoded.text, format, |number, cells| {
        if number == record && found.is_none() {
            found = Some(cells.and_then(|cells| {
                cells
                    .into_iter()
                    .find(|(header, _)| header == column)
                    .map(|(_, text)| {
                        crate::intake::decode::normalise_line_endings(text.trim()).into_owned()
                    })
                    .filter(|text| !text.is_empty())
                    .ok_or(SkipReason::NoArticleText)
            }));
        }
    })?;
    found.unwrap_or_else(|| {
        let record = usize::try_from(record).unwrap_or(usize::MAX).into();
        Err(malformed("table-no-record", &[("record", record)]))
    })
}

/// The column names of a table, for [`classify`]: the CSV/TSV header, or the keys of the first
/// JSON object.
pub fn headers(bytes: &[u8], format: TableFormat) -> Result<Vec<String>, SkipReason> {
    let decoded = decode(bytes)?;
    match format {
        TableFormat::Jsonl => Ok(decoded
            .text
            .lines()
            // A line too long to be a record is not parsed to learn its keys either.
            .filter(|line| line.len() <= MAX_CELL_BYTES)
            .find_map(|line| match serde_json::from_str::<Value>(line.trim()) {
                Ok(Value::Object(object)) => Some(object.keys().cloned().collect()),
                _ => None,
            })
            .unwrap_or_default()),
        TableFormat::Csv | TableFormat::Tsv => {
            let mut reader = csv_reader(&decoded.text, format);
            let headers = reader
                .headers()
                .map_err(|e| SkipReason::Malformed(Fault::Words(e.to_string())))?;
            Ok(headers.iter().map(|h| h.trim().to_owned()).collect())
        }
    }
}

type Cells = Vec<(String, String)>;

/// Calls `each` with every record's number and its `(column, value)` cells, or why it cannot be
/// read.
fn for_each_record(
    text: &str,
    format: TableFormat,
    mut each: impl FnMut(u64, Result<Cells, SkipReason>),
) -> Result<(), SkipReason> {
    match format {
        TableFormat::Jsonl => {
            let mut record = 0;
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                record += 1;
                each(record, json_cells(line));
            }
            Ok(())
        }
        TableFormat::Csv | TableFormat::Tsv => {
            let mut reader = csv_reader(text, format);
            let headers: Vec<String> = reader
                .headers()
                .map_err(|e| SkipReason::Malformed(Fault::Words(e.to_string())))?
                .iter()
                .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_owned())
                .collect();
            let mut record = 0;
            for result in reader.records() {
                record += 1;
                let cells = result
                    .map_err(|e| SkipReason::Malformed(Fault::Words(e.to_string())))
                    .and_then(|row| {
                        if row.len() != headers.len() {
                            return Err(malformed(
                                "table-fields",
                                &[
                                    ("fields", row.len().into()),
                                    ("header", headers.len().into()),
                                ],
                            ));
                        }
                        check_cells(row.iter())?;
                        Ok(headers
                            .iter()
                            .cloned()
                            .zip(row.iter().map(str::to_owned))
                            .collect())
                    });
                each(record, cells);
            }
            Ok(())
        }
    }
}

fn csv_reader(text: &str, format: TableFormat) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(if format == TableFormat::Tsv {
            b'\t'
        } else {
            b','
        })
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn check_cells<'a>(cells: impl Iterator<Item = &'a str>) -> Result<(), SkipReason> {
    match cells.map(str::len).max() {
        Some(len) if len > MAX_CELL_BYTES => Err(malformed(
            "table-cell-too-long",
            &[("size", len.into()), ("limit", MAX_CELL_BYTES.into())],
        )),
        _ => Ok(()),
    }
}

fn json_cells(line: &str) -> Result<Cells, SkipReason> {
    if line.len() > MAX_CELL_BYTES {
        // The line is checked whole before parsing: no need to build a huge value to refuse it.
        return Err(malformed(
            "table-line-too-long",
            &[
                ("size", line.len().into()),
                ("limit", MAX_CELL_BYTES.into()),
            ],
        ));
    }
    match serde_json::from_str::<Value>(line.trim()) {
        Ok(Value::Object(object)) => Ok(object
            .into_iter()
            .filter_map(|(key, value)| {
                let value = match value {
                    Value::String(s) => s,
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => return None,
                };
                Some((key, value))
            })
            .collect()),
        Ok(_) => Err(malformed("table-not-an-object", &[])),
        Err(error) => Err(malformed(
            "table-invalid-json",
            &[("error", error.to_string().into())],
        )),
    }
}

/// A record or a table that cannot be read, said in the interface's language (the language
/// of the moment it is read).
fn malformed(id: &'static str, args: &[(&'static str, FaultArg)]) -> SkipReason {
    SkipReason::Malformed(Fault::said(id, args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};

    /// Why a record of a table is not read, in `language`, as a skipped file's reason says it.
    fn refusals_in(language: Language) -> Vec<String> {
        in_language(language, || {
            let long = "x".repeat(MAX_CELL_BYTES + 1);
            [
                json_cells("[1, 2]"),
                json_cells("{\"text\": "),
                check_cells([long.as_str()].into_iter()).map(|()| Cells::default()),
            ]
            .into_iter()
            .map(|result| result.expect_err("refused").to_string())
            .collect()
        })
    }

    #[test]
    fn records_not_read_are_said_in_the_interface_language() {
        let english = refusals_in(Language::English);
        assert_eq!(english[0], "cannot be read: the line is not a JSON object");
        assert!(
            english[1].starts_with("cannot be read: invalid JSON: "),
            "{english:?}"
        );
        assert!(english[2].contains(" bytes, over the "), "{english:?}");
        let arabic = refusals_in(Language::Arabic);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &["not a JSON", "invalid", "bytes", "cell"],
        );
        assert!(arabic[0].contains("JSON"), "{}", arabic[0]);
    }

    #[test]
    fn a_reason_made_in_one_language_is_said_in_the_language_it_is_shown_in() {
        // Read while the interface is in English, shown after a switch to Arabic.
        let reasons: Vec<SkipReason> = in_language(Language::English, || {
            let long = "x".repeat(MAX_CELL_BYTES + 1);
            vec![
                json_cells("[1, 2]").expect_err("refused"),
                check_cells([long.as_str()].into_iter()).expect_err("refused"),
            ]
        });
        let said = |language| -> Vec<String> {
            in_language(language, || {
                reasons.iter().map(ToString::to_string).collect()
            })
        };
        let english = said(Language::English);
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["not a JSON", "bytes", "cell"]);
    }
}
