//! What a folder import produced: the documents with their texts, the files it skipped and why,
//! and a human summary of both.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::SkipReason;
use super::metadata_sheet::SheetProblem;
use crate::i18n::{comma, tr_plain as say};
use crate::model::{DocId, Document, Outlet, OutletId};

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

/// A date an article's metadata gave that could not be read (see [`super::dates`]); the
/// document keeps it in `date_text` and has no `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnparsedDate {
    pub path: String,
    pub text: String,
    /// Why, said when the report is shown.
    pub problem: super::dates::DateProblem,
}

/// Result of [`import_folder`](super::import_folder). Both lists are sorted by path, byte-wise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub documents: Vec<ImportedDocument>,
    pub skipped: Vec<Skipped>,
    /// The outlets the documents name, made by the import (see [`super::outlets`]).
    pub outlets: Vec<Outlet>,
    /// Every spelling seen of each outlet, most frequent first.
    pub outlet_spellings: BTreeMap<OutletId, Vec<String>>,
    /// Groups of copies (see [`super::duplicates`]), the original first.
    pub duplicates: Vec<Vec<DocId>>,
    /// Dates that could not be read, in document order.
    pub unparsed_dates: Vec<UnparsedDate>,
    /// The metadata sheets read (see [`super::metadata_sheet`]), by path.
    pub sheets: Vec<String>,
    /// Rows of those sheets that name no file (or several), or could not be read.
    pub sheet_problems: Vec<SheetProblem>,
}

/// A file name as a report prints it: line breaks, tabs, other control characters and the
/// invisible marks that reorder text (U+202E, isolates, LRM/RLM, ALM) written as escapes, so a
/// name can neither break a report's lines nor disguise itself.
pub fn escaped(name: &str) -> std::borrow::Cow<'_, str> {
    let hides = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{061C}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{2028}'
                    | '\u{2029}'
            )
    };
    if !name.chars().any(hides) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if hides(c) => {
                let _ = write!(out, "\\u{{{:04X}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

impl ImportReport {
    /// A multi-line report for people: how many documents, in which encodings, every skipped
    /// file with its reason, and every document warning. Ends with a newline.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail; the results below are ignored for that reason.
        let _ = writeln!(
            out,
            "{}",
            say(
                "summary-imported-documents",
                &[("documents", documents(self.documents.len()).into())]
            )
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
            let list = counts.join(comma());
            let _ = writeln!(
                out,
                "{}",
                say("summary-encodings", &[("list", list.into())])
            );
        }

        if !self.skipped.is_empty() {
            let count = self.skipped.len().into();
            let _ = writeln!(out, "{}", say("summary-skipped-files", &[("count", count)]));
            for skipped in &self.skipped {
                let _ = writeln!(out, "  {}: {}", escaped(&skipped.path), skipped.reason);
            }
        }

        let warnings: Vec<(&str, String)> = self
            .documents
            .iter()
            .flat_map(|doc| {
                doc.document
                    .warnings
                    .iter()
                    .map(|w| (doc.document.path.as_str(), w.to_string()))
            })
            .collect();
        if !warnings.is_empty() {
            let count = warnings.len().into();
            let _ = writeln!(out, "{}", say("summary-warnings", &[("count", count)]));
            for (path, warning) in warnings {
                let _ = writeln!(out, "  {}: {warning}", escaped(path));
            }
        }
        self.metadata_summary(&mut out);
        out
    }

    /// The sheets, outlets, dates, copies and each document's metadata with its source.
    fn metadata_summary(&self, out: &mut String) {
        if !self.sheets.is_empty() {
            let list = self.sheets.join(comma()).into();
            let _ = writeln!(out, "{}", say("summary-sheets", &[("list", list)]));
        }
        if !self.sheet_problems.is_empty() {
            let count = self.sheet_problems.len().into();
            let _ = writeln!(
                out,
                "{}",
                say("summary-sheet-rows-unused", &[("count", count)])
            );
            for problem in &self.sheet_problems {
                let _ = writeln!(out, "  {problem}");
            }
        }
        self.outlets_summary(out);
        self.dates_summary(out);
        if !self.duplicates.is_empty() {
            let count = self.duplicates.len().into();
            let _ = writeln!(out, "{}", say("summary-copies", &[("count", count)]));
            for group in &self.duplicates {
                let paths: Vec<&str> = group.iter().map(|id| id.0.as_str()).collect();
                let _ = writeln!(out, "  {}", paths.join(" = "));
            }
        }
        self.documents_summary(out);
    }

    /// Documents per outlet, with the other spellings of each.
    fn outlets_summary(&self, out: &mut String) {
        let outlets = self.outlet_counts();
        if outlets.iter().any(|(outlet, _)| outlet.is_some()) {
            let count = self.outlets.len().into();
            let _ = writeln!(out, "{}", say("summary-outlets", &[("count", count)]));
            for (outlet, count) in &outlets {
                let documents = documents(*count);
                let Some(outlet) = outlet else {
                    let unknown = crate::i18n::tr("summary-outlet-unknown");
                    let _ = writeln!(out, "  {unknown}: {documents}");
                    continue;
                };
                let others: Vec<&str> = self
                    .outlet_spellings
                    .get(&outlet.id)
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .filter(|s| *s != outlet.name)
                    .collect();
                if others.is_empty() {
                    let _ = writeln!(out, "  {}: {documents}", outlet.name);
                } else {
                    let also = say(
                        "summary-outlet-also",
                        &[("others", others.join(comma()).into())],
                    );
                    let _ = writeln!(out, "  {}: {documents} {also}", outlet.name);
                }
            }
        }
    }

    /// The range of dates, documents without one, and dates not understood.
    fn dates_summary(&self, out: &mut String) {
        if let Some((first, last)) = self.date_range() {
            let undated = self
                .documents
                .iter()
                .filter(|d| d.document.date.is_empty())
                .count();
            let range = [("first", first.into()), ("last", last.into())];
            let _ = write!(out, "{}", say("summary-dates", &range));
            if undated > 0 {
                let undated = [("documents", documents(undated).into())];
                let _ = write!(out, " {}", say("summary-dates-undated", &undated));
            }
            let _ = writeln!(out, ".");
        }
        if !self.unparsed_dates.is_empty() {
            let count = self.unparsed_dates.len().into();
            let _ = writeln!(
                out,
                "{}",
                say("summary-dates-unparsed", &[("count", count)])
            );
            for unparsed in &self.unparsed_dates {
                let _ = writeln!(
                    out,
                    "  {}: «{}» ({})",
                    unparsed.path, unparsed.text, unparsed.problem
                );
            }
        }
    }

    /// Each document that got metadata: its fields and where each came from.
    fn documents_summary(&self, out: &mut String) {
        let described: Vec<&ImportedDocument> = self
            .documents
            .iter()
            .filter(|d| !d.document.metadata_from.is_empty())
            .collect();
        if !described.is_empty() {
            let count = described.len().into();
            let _ = writeln!(
                out,
                "{}",
                say("summary-metadata-found", &[("count", count)])
            );
            for imported in described {
                let document = &imported.document;
                let fields: Vec<String> = document
                    .metadata_from
                    .iter()
                    .map(|(field, from)| {
                        let value = match field.as_str() {
                            "outlet" => self.outlet_name(document).to_owned(),
                            "date" if document.date.is_empty() => {
                                let text = document.date_text.as_str().into();
                                say("summary-date-not-understood", &[("text", text)])
                            }
                            _ => field_value(document, field).to_owned(),
                        };
                        format!("{field} {value} ({from})")
                    })
                    .collect();
                let _ = writeln!(out, "  {}: {}", report_path(document), fields.join("; "));
            }
        }
    }

    /// Documents per outlet, most first (then by name), the unknown outlet (`None`) last.
    pub fn outlet_counts(&self) -> Vec<(Option<&Outlet>, usize)> {
        let mut counts: BTreeMap<&OutletId, usize> = BTreeMap::new();
        for imported in &self.documents {
            *counts.entry(&imported.document.outlet).or_default() += 1;
        }
        let unknown = counts.remove(&OutletId::unknown());
        let mut rows: Vec<(Option<&Outlet>, usize)> = self
            .outlets
            .iter()
            .filter_map(|outlet| counts.get(&outlet.id).map(|count| (Some(outlet), *count)))
            .collect();
        rows.sort_by(|(a, x), (b, y)| {
            y.cmp(x)
                .then_with(|| a.map(|o| &o.name).cmp(&b.map(|o| &o.name)))
        });
        rows.extend(unknown.map(|count| (None, count)));
        rows
    }

    /// The first and last date of the documents that have one.
    pub fn date_range(&self) -> Option<(&str, &str)> {
        let mut dates = self
            .documents
            .iter()
            .map(|d| d.document.date.as_str())
            .filter(|d| !d.is_empty());
        let first = dates.next()?;
        Some(dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))))
    }

    fn outlet_name(&self, document: &Document) -> &str {
        self.outlets
            .iter()
            .find(|o| o.id == document.outlet)
            .map_or("", |o| o.name.as_str())
    }

    /// The report as one JSON object for scripts: `documents` (`path`, `id`, `title`, `outlet`,
    /// `date`, `date_text`, `url`, `author`, `language`, `metadata_from`), `skipped` (path, reason; rows of
    /// metadata sheets not used as `sheet#record`), `duplicates` (groups of paths) and `outlets`
    /// (name, documents). Paths are relative to the folder with `/`; a row of a table is
    /// `file.csv#12`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let paths: std::collections::HashMap<&DocId, String> = self
            .documents
            .iter()
            .map(|d| (&d.document.id, report_path(&d.document)))
            .collect();
        let path_of = |id: &DocId| paths.get(id).cloned().unwrap_or_else(|| id.0.clone());
        let documents: Vec<serde_json::Value> = self
            .documents
            .iter()
            .map(|imported| {
                let d = &imported.document;
                json!({
                    "path": report_path(d),
                    "id": d.id.0,
                    "title": d.title,
                    "outlet": self.outlet_name(d),
                    "date": d.date,
                    "date_text": d.date_text,
                    "url": d.url,
                    "author": d.author,
                    "language": d.language,
                    "metadata_from": d.metadata_from,
                })
            })
            .collect();
        let skipped: Vec<serde_json::Value> = self
            .skipped
            .iter()
            .map(|s| {
                // The reason in English whatever the interface's language, as all of the JSON.
                let reason = crate::i18n::in_english(|| s.reason.to_string());
                json!({"path": s.path, "reason": reason})
            })
            .chain(self.sheet_problems.iter().map(|p| {
                let reason = crate::i18n::in_english(|| p.problem.to_string());
                json!({"path": format!("{}#{}", p.sheet, p.record), "reason": reason})
            }))
            .collect();
        let duplicates: Vec<Vec<String>> = self
            .duplicates
            .iter()
            .map(|group| group.iter().map(path_of).collect())
            .collect();
        let outlets: Vec<serde_json::Value> = self
            .outlet_counts()
            .into_iter()
            .filter_map(|(outlet, count)| {
                outlet.map(|o| json!({"name": o.name, "documents": count}))
            })
            .collect();
        json!({
            "documents": documents,
            "skipped": skipped,
            "duplicates": duplicates,
            "outlets": outlets,
        })
    }
}

/// A document's path in reports: its file, and for a row of a table `file.csv#12`.
pub fn report_path(document: &Document) -> String {
    match &document.extraction {
        crate::model::Extraction::Row { record, .. } => format!("{}#{record}", document.path),
        _ => document.path.clone(),
    }
}

fn field_value<'a>(document: &'a Document, field: &str) -> &'a str {
    match field {
        "title" => &document.title,
        "date" => &document.date,
        "author" => &document.author,
        "url" => &document.url,
        "language" => &document.language,
        _ => "",
    }
}

/// How many documents, in the interface's language and its plural form.
fn documents(count: usize) -> String {
    say("summary-documents", &[("count", count.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_would_break_or_disguise_a_report_are_escaped() {
        assert_eq!(escaped("أخبار/خبر.txt"), "أخبار/خبر.txt");
        assert_eq!(escaped("a\nb\tc.txt"), "a\\nb\\tc.txt");
        assert_eq!(escaped("photo\u{202E}gpj.txt"), "photo\\u{202E}gpj.txt");
        let report = ImportReport {
            skipped: vec![Skipped {
                path: "evil\nImported 99 documents.txt".to_owned(),
                reason: SkipReason::Empty,
            }],
            ..ImportReport::default()
        };
        assert!(
            report
                .summary()
                .contains("  evil\\nImported 99 documents.txt: empty file")
        );
        assert_eq!(report.summary().lines().count(), 3);
    }
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
                warnings: warnings
                    .iter()
                    .map(|w| crate::model::ImportWarning::Said((*w).to_owned()))
                    .collect(),
                extraction: crate::model::Extraction::Plain,
                date_text: String::new(),
                outlet_text: String::new(),
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
            ..ImportReport::default()
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

    /// Three documents: two of one outlet (one written as a host name), one unknown and a copy.
    fn described() -> ImportReport {
        let jazeera = Outlet::new(OutletId("j".to_owned()), "الجزيرة");
        let mut report = ImportReport {
            documents: vec![
                doc("a/01.txt", "UTF-8", &[]),
                doc("b/01.txt", "UTF-8", &[]),
                doc("t.csv", "UTF-8", &[]),
            ],
            outlet_spellings: BTreeMap::from([(
                jazeera.id.clone(),
                vec!["الجزيرة".to_owned(), "aljazeera.net".to_owned()],
            )]),
            outlets: vec![jazeera.clone()],
            duplicates: vec![vec![
                DocId("a/01.txt".to_owned()),
                DocId("b/01.txt".to_owned()),
            ]],
            unparsed_dates: vec![UnparsedDate {
                path: "b/01.txt".to_owned(),
                text: "أمس".to_owned(),
                problem: super::super::dates::DateProblem::Unrecognised,
            }],
            sheets: vec!["metadata.csv".to_owned()],
            sheet_problems: vec![SheetProblem {
                sheet: "metadata.csv".to_owned(),
                record: 4,
                problem: crate::intake::decode::Fault::said(
                    "sheet-no-such-file",
                    &[("file", "x.txt".into())],
                ),
            }],
            ..ImportReport::default()
        };
        let first = &mut report.documents[0].document;
        first.outlet = jazeera.id.clone();
        first.date = "2015-08-11".to_owned();
        first.date_text = "26 شوال 1436 هـ".to_owned();
        first.metadata_from = BTreeMap::from([
            ("outlet".to_owned(), "metadata.csv".to_owned()),
            ("date".to_owned(), "front matter".to_owned()),
        ]);
        let second = &mut report.documents[1].document;
        second.outlet = jazeera.id;
        second.copy_of = Some(DocId("a/01.txt".to_owned()));
        second.date_text = "أمس".to_owned();
        second.metadata_from = BTreeMap::from([("date".to_owned(), "html:meta:date".to_owned())]);
        let row = &mut report.documents[2].document;
        row.id = DocId("t.csv#2".to_owned());
        row.extraction = crate::model::Extraction::Row {
            record: 2,
            column: "text".to_owned(),
        };
        report
    }

    #[test]
    fn summary_says_outlets_dates_copies_and_where_metadata_came_from() {
        let summary = described().summary();
        let tail = summary
            .split_once("Metadata sheets")
            .map(|(_, tail)| tail)
            .unwrap_or_default();
        assert_eq!(
            tail,
            ": metadata.csv.\n\
             Metadata sheet rows not used (1):\n  \
             no file «x.txt» in the folder: metadata.csv#4\n\
             Outlets (1):\n  \
             الجزيرة: 2 documents (also written aljazeera.net)\n  \
             (unknown): 1 document\n\
             Dates: 2015-08-11 to 2015-08-11 (2 documents without a date).\n\
             Dates not understood (1):\n  \
             b/01.txt: «أمس» (no full date (day, month and four-digit year) recognised)\n\
             Copies of one text (1 group):\n  \
             a/01.txt = b/01.txt\n\
             Metadata found (2):\n  \
             a/01.txt: date 2015-08-11 (front matter); outlet الجزيرة (metadata.csv)\n  \
             b/01.txt: date «أمس» not understood (html:meta:date)\n"
        );
    }

    /// In Arabic every line the report writes itself is Arabic; what it quotes (paths, names,
    /// reasons given elsewhere) stays as it is.
    #[test]
    fn summary_speaks_the_interface_language() {
        crate::i18n::set_locale(crate::i18n::Locale {
            language: crate::i18n::Language::Arabic,
            ..crate::i18n::Locale::default()
        });
        // Without the isolate marks a terminal needs around each argument.
        let summary = described().summary().replace(['\u{2068}', '\u{2069}'], "");
        crate::i18n::set_locale(crate::i18n::Locale::default());
        let arabic = |line: &str| line.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
        for line in summary.lines().filter(|l| !l.starts_with("  ")) {
            assert!(arabic(line), "{line:?} in\n{summary}");
        }
        assert!(summary.starts_with("استُورد: 3 مستندات.\n"), "{summary}");
        assert!(summary.contains("(غير معروفة): مستند واحد"), "{summary}");
        assert!(summary.contains("«أمس» لم يُفهم"), "{summary}");
        // Why a row of a sheet or a date was not used, kept as data, said in Arabic too.
        assert!(
            summary.contains("لا يوجد ملف «x.txt» في المجلد: metadata.csv#4"),
            "{summary}"
        );
        assert!(
            summary.contains("«أمس» (لم يُعرف فيه تاريخ كامل"),
            "{summary}"
        );
        for english in [
            "Imported", "Outlets", "Dates", "document", "Copies", "Metadata",
        ] {
            assert!(!summary.contains(english), "{english} in\n{summary}");
        }
    }

    #[test]
    fn json_has_documents_skipped_copies_and_outlets() {
        let json = described().to_json();
        assert_eq!(json["documents"][0]["path"], "a/01.txt");
        assert_eq!(json["documents"][0]["outlet"], "الجزيرة");
        assert_eq!(json["documents"][0]["date"], "2015-08-11");
        assert_eq!(json["documents"][0]["date_text"], "26 شوال 1436 هـ");
        assert_eq!(
            json["documents"][0]["metadata_from"],
            serde_json::json!({"outlet": "metadata.csv", "date": "front matter"})
        );
        assert_eq!(json["documents"][2]["path"], "t.csv#2");
        assert_eq!(json["documents"][2]["id"], "t.csv#2");
        assert_eq!(json["documents"][2]["outlet"], "");
        assert_eq!(
            json["skipped"],
            serde_json::json!([{"path": "metadata.csv#4", "reason": "no file «x.txt» in the folder"}])
        );
        assert_eq!(
            json["duplicates"],
            serde_json::json!([["a/01.txt", "b/01.txt"]])
        );
        assert_eq!(
            json["outlets"],
            serde_json::json!([{"name": "الجزيرة", "documents": 2}])
        );
        let keys: Vec<&String> = json
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys.len(), 4);
    }
}
