//! A metadata sheet: a table beside plain articles that says, per file, its outlet, date, URL
//! and so on (what analysts keep in a spreadsheet while collecting articles).
//!
//! Any `.csv`, `.tsv`, `.jsonl` or `.ndjson` file in the imported folder or one of its
//! subfolders with a column naming files (`path`, `file`, `filename`, `الملف`, …) and no
//! column of article text is one. Its other columns are named as in article tables
//! ([`Field::from_key`]); unknown columns are passed over. A row names its file by the path
//! relative to the sheet's own folder (`/` or `\`), or by the file name alone when only one
//! file below that folder has it; so each outlet's folder can keep its own sheet. Where a
//! sheet of a folder and one of its subfolder both name a file, the subfolder's (the nearer)
//! wins. A row for a file that is not there, or for a name several files share, is reported; a
//! file without a row is fine.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use super::decode::{Fault, decode};
use super::meta::{ArticleMeta, Field};
use super::report::ImportedDocument;

/// Extensions of tables that may be metadata sheets, compared ASCII-case-insensitively.
pub const SHEET_EXTENSIONS: [&str; 4] = ["csv", "tsv", "jsonl", "ndjson"];

/// Column names that name a row's file.
const PATH_COLUMNS: [&str; 7] = [
    "path",
    "file",
    "filename",
    "file_name",
    "relative_path",
    "الملف",
    "المسار",
];

/// Column names of article text: a table with one holds articles, not metadata.
const TEXT_COLUMNS: [&str; 7] = [
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "النص",
    "المتن",
];

/// A sheet's rows: for each, the file it names and what it says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataSheet {
    /// The sheet's path relative to the imported folder (also where its values are said to
    /// come from).
    pub path: String,
    pub rows: Vec<SheetRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// Data record, counted from 1 after the header (a JSON Lines file counts its lines).
    pub record: usize,
    /// The file as the row names it, `\` turned into `/`, a leading `./` dropped.
    pub file: String,
    pub meta: ArticleMeta,
}

/// Something a sheet says that the import could not use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}: {sheet}#{record}")]
pub struct SheetProblem {
    pub sheet: String,
    /// The data record (see [`SheetRow::record`]); 0 for the whole sheet.
    pub record: usize,
    /// Why, said when the import report is shown.
    pub problem: Fault,
}

/// Reads `text` (the sheet at `path`) as a metadata sheet; `None` when it is not one (no
/// column of file names, or a column of article text). Rows that cannot be read are reported
/// and the others kept.
pub fn parse_sheet(path: &str, text: &str) -> Option<(MetadataSheet, Vec<SheetProblem>)> {
    let extension = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let records = match extension.as_str() {
        "jsonl" | "ndjson" => json_lines(text),
        "tsv" => delimited(text, b'\t'),
        _ => delimited(text, delimiter_of(text)),
    }?;
    let mut sheet = MetadataSheet {
        path: path.to_owned(),
        rows: Vec::new(),
    };
    let mut problems = Vec::new();
    for (record, fields) in records {
        let fields = match fields {
            Ok(fields) => fields,
            Err(problem) => {
                problems.push(SheetProblem {
                    sheet: path.to_owned(),
                    record,
                    problem,
                });
                continue;
            }
        };
        let mut file = String::new();
        let mut meta = ArticleMeta::default();
        for (column, value) in fields {
            if is_column(&column, &PATH_COLUMNS) {
                file = value.trim().replace('\\', "/");
            } else if let Some(field) = Field::from_key(&column) {
                meta.set(field, &value, path);
            }
        }
        let file = file.trim_start_matches("./").to_owned();
        if file.is_empty() {
            problems.push(SheetProblem {
                sheet: path.to_owned(),
                record,
                problem: Fault::said("sheet-row-names-no-file", &[]),
            });
        } else {
            sheet.rows.push(SheetRow { record, file, meta });
        }
    }
    Some((sheet, problems))
}

/// The metadata sheets among `candidates` (paths relative to the folder `root`, with `/`: the
/// tables the import found holding no articles), with what could not be read of them; the
/// folder's own sheets first, then those of subfolders, deeper ones later. Sheets larger than
/// `max_bytes` are left out as the folder import leaves out such articles.
pub fn find_sheets<'a>(
    root: &Path,
    candidates: impl IntoIterator<Item = &'a str>,
    max_bytes: u64,
) -> (Vec<MetadataSheet>, Vec<SheetProblem>) {
    let mut sheets = Vec::new();
    let mut problems = Vec::new();
    let mut paths: Vec<&str> = candidates
        .into_iter()
        .filter(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            !name.starts_with('.') && is_sheet_name(name)
        })
        .collect();
    paths.sort_by_key(|path| (path.matches('/').count(), *path));
    paths.dedup();
    for path in paths {
        let file = root.join(path);
        if fs::metadata(&file).map_or(true, |m| !m.is_file() || m.len() > max_bytes) {
            continue;
        }
        let Ok(bytes) = fs::read(&file) else {
            continue;
        };
        let Ok(decoded) = decode(&bytes) else {
            continue;
        };
        if let Some((sheet, mut found)) = parse_sheet(path, &decoded.text) {
            sheets.push(sheet);
            problems.append(&mut found);
        }
    }
    (sheets, problems)
}

/// Whether `name` has a sheet's extension.
pub fn is_sheet_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| {
        SHEET_EXTENSIONS
            .iter()
            .any(|known| ext.eq_ignore_ascii_case(known))
    })
}

/// Lays each row of `sheet` over the metadata of the document it names (a sheet's values win
/// over every other source, and over those of sheets applied before it); returns the rows that
/// name no document or several.
pub fn apply(sheet: &MetadataSheet, documents: &mut [ImportedDocument]) -> Vec<SheetProblem> {
    // Rows name files from the sheet's own folder.
    let folder = sheet.path.rsplit_once('/').map_or("", |(folder, _)| folder);
    let below = |path: &str| -> Option<String> {
        if folder.is_empty() {
            return Some(path.to_owned());
        }
        path.strip_prefix(folder)
            .and_then(|rest| rest.strip_prefix('/'))
            .map(str::to_owned)
    };
    // Indexed once, so a sheet of n rows over n files costs n lookups, not n².
    let mut by_path: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, imported) in documents.iter().enumerate() {
        let path = imported.document.path.as_str();
        let Some(relative) = below(path) else {
            continue;
        };
        by_path.insert(relative, i);
        let name = path.rsplit('/').next().unwrap_or(path);
        by_name.entry(name).or_default().push(i);
    }
    let mut targets = Vec::new();
    let mut problems = Vec::new();
    for row in &sheet.rows {
        let target = match by_path.get(row.file.as_str()) {
            Some(&i) => Ok(i),
            None if row.file.contains('/') => Err("sheet-no-such-file"),
            None => match by_name.get(row.file.as_str()).map(Vec::as_slice) {
                Some(&[i]) => Ok(i),
                Some([_, _, ..]) => Err("sheet-several-files"),
                _ => Err("sheet-no-such-file"),
            },
        };
        match target {
            Ok(i) => targets.push((i, &row.meta)),
            Err(id) => problems.push(SheetProblem {
                sheet: sheet.path.clone(),
                record: row.record,
                problem: Fault::said(id, &[("file", row.file.as_str().into())]),
            }),
        }
    }
    for (i, meta) in targets {
        documents[i].meta.overlay(meta);
    }
    problems
}

fn is_column(name: &str, names: &[&str]) -> bool {
    let key = crate::text::normalize::normalize_key(name).replace([' ', '-'], "_");
    names
        .iter()
        .any(|n| crate::text::normalize::normalize_key(n) == key)
}

/// One record's `(column, value)` pairs, or why it could not be read; by record number.
type Records = Vec<(usize, Result<Vec<(String, String)>, Fault>)>;

/// `;` when the header has more of them than commas (spreadsheets in locales that write the
/// decimal comma), else `,`.
fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

fn delimited(text: &str, delimiter: u8) -> Option<Records> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .ok()?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if !is_sheet_header(headers.iter().map(String::as_str)) {
        return None;
    }
    let records = reader
        .records()
        .enumerate()
        .map(|(i, record)| {
            let fields = record
                .map(|record| {
                    headers
                        .iter()
                        .cloned()
                        .zip(record.iter().map(str::to_owned))
                        .collect()
                })
                .map_err(|error| {
                    Fault::said(
                        "sheet-row-unreadable",
                        &[("error", error.to_string().into())],
                    )
                });
            (i + 1, fields)
        })
        .collect();
    Some(records)
}

fn json_lines(text: &str) -> Option<Records> {
    let mut records = Vec::new();
    let mut columns_seen = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields = match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line)
        {
            Ok(object) => Ok(object
                .into_iter()
                .filter_map(|(key, value)| {
                    columns_seen.push(key.clone());
                    let value = match value {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Number(n) => n.to_string(),
                        serde_json::Value::Bool(b) => b.to_string(),
                        _ => return None,
                    };
                    Some((key, value))
                })
                .collect()),
            Err(error) => Err(Fault::said(
                "sheet-row-not-json",
                &[("error", error.to_string().into())],
            )),
        };
        records.push((i + 1, fields));
    }
    is_sheet_header(columns_seen.iter().map(String::as_str)).then_some(records)
}

fn is_sheet_header<'a>(mut columns: impl Iterator<Item = &'a str> + Clone) -> bool {
    columns.clone().any(|c| is_column(c, &PATH_COLUMNS))
        && !columns.any(|c| is_column(c, &TEXT_COLUMNS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document};

    fn document(path: &str) -> ImportedDocument {
        ImportedDocument {
            document: Document::new(DocId(path.to_owned()), path.to_owned()),
            text: String::new(),
            meta: ArticleMeta::default(),
        }
    }

    #[test]
    fn a_sheet_names_files_and_says_their_metadata() {
        let csv = "File,Outlet,Publish Date,Notes\n\
            enab/01.txt,عنب بلدي,2017-09-05,قرأته\n\
            02.txt,\"الوطن, دمشق\",5 أيلول 2017,\n\
            .\\enab\\03.txt,عنب بلدي,,\n\
            missing.txt,الجزيرة,2017-09-06,\n\
            ,بلا ملف,,\n";
        let Some((sheet, problems)) = parse_sheet("metadata.csv", csv) else {
            panic!("not read as a sheet");
        };
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].to_string(), "row names no file: metadata.csv#5");
        let arabic =
            crate::i18n::in_language(crate::i18n::Language::Arabic, || problems[0].to_string());
        assert_eq!(arabic, "الصف لا يسمّي ملفًا: metadata.csv#5");
        let files: Vec<&str> = sheet.rows.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(
            files,
            ["enab/01.txt", "02.txt", "enab/03.txt", "missing.txt"]
        );

        let mut documents = vec![
            document("enab/01.txt"),
            document("enab/03.txt"),
            document("watan/02.txt"),
            document("other.txt"),
        ];
        documents[0]
            .meta
            .set(Field::Outlet, "enabbaladi.net", "html:og:site_name");
        let problems = apply(&sheet, &mut documents);
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["no file «missing.txt» in the folder: metadata.csv#4"]
        );
        assert_eq!(documents[0].meta.value(Field::Outlet), "عنب بلدي");
        assert_eq!(
            documents[0].meta.get(Field::Date).map(|f| f.from.as_str()),
            Some("metadata.csv")
        );
        assert_eq!(documents[1].meta.value(Field::Outlet), "عنب بلدي");
        assert_eq!(documents[2].meta.value(Field::Outlet), "الوطن, دمشق");
        assert_eq!(documents[2].meta.value(Field::Date), "5 أيلول 2017");
        assert_eq!(documents[3].meta, ArticleMeta::default());
    }

    #[test]
    fn a_file_name_shared_by_two_files_is_reported() {
        let Some((sheet, _)) = parse_sheet("m.tsv", "filename\tsource\n01.txt\tالوطن\n")
        else {
            panic!("not read as a sheet");
        };
        let mut documents = vec![document("a/01.txt"), document("b/01.txt")];
        let problems = apply(&sheet, &mut documents);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.to_string().contains("several files"));
        assert_eq!(documents[0].meta, ArticleMeta::default());
    }

    #[test]
    fn tables_of_articles_and_tables_without_files_are_not_sheets() {
        assert_eq!(parse_sheet("a.csv", "path,text\n1.txt,نص\n"), None);
        assert_eq!(parse_sheet("a.csv", "title,outlet\nعنوان,الوطن\n"), None);
        assert_eq!(
            parse_sheet("a.jsonl", "{\"file\":\"1.txt\",\"body\":\"نص\"}\n"),
            None
        );
        assert!(parse_sheet("a.csv", "path;outlet;date\n1.txt;الوطن;2017-09-05\n").is_some());
    }

    #[test]
    fn json_lines_sheets_keep_good_lines_and_report_bad_ones() {
        let jsonl = "{\"path\":\"a.txt\",\"media_name\":\"الوطن\",\"date\":\"2017-09-05\"}\n\
            {broken\n\
            {\"path\":\"b.txt\",\"lang\":\"ar\",\"id\":7}\n";
        let Some((sheet, problems)) = parse_sheet("meta.jsonl", jsonl) else {
            panic!("not read as a sheet");
        };
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].meta.value(Field::Outlet), "الوطن");
        assert_eq!(sheet.rows[1].meta.value(Field::Language), "ar");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].record, 2);
        assert!(is_sheet_name("META.CSV"));
        assert!(!is_sheet_name("a.txt"));
    }

    /// Why a row of a sheet was not used, in the language of the moment it is shown.
    #[test]
    fn sheet_problems_are_said_in_the_interface_language() {
        use crate::i18n::Language;
        let problem =
            |record, id, args: &[(&'static str, crate::intake::decode::FaultArg)]| SheetProblem {
                sheet: "meta.csv".to_owned(),
                record,
                problem: Fault::said(id, args),
            };
        let problems = [
            problem(2, "sheet-no-such-file", &[("file", "a/x.txt".into())]),
            problem(3, "sheet-several-files", &[("file", "x.txt".into())]),
            problem(4, "sheet-row-unreadable", &[("error", "CSV error".into())]),
            problem(5, "sheet-row-not-json", &[("error", "EOF".into())]),
        ];
        let said = |language| crate::i18n::said_in(language, &problems);
        let english = said(Language::English);
        assert_eq!(
            english,
            [
                "no file «a/x.txt» in the folder: meta.csv#2",
                "several files are named «x.txt»; write its path in the folder: meta.csv#3",
                "cannot read the row (CSV error): meta.csv#4",
                "not a JSON object (EOF): meta.csv#5",
            ]
        );
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["file", "folder", "row", "object"]);
        assert!(
            arabic
                .iter()
                .all(|a| a.ends_with("meta.csv#") || a.contains(": meta.csv#"))
        );
    }
}
