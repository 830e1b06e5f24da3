//! The last step of a folder import: what was found of each article's metadata becomes its
//! document's fields, outlets and dates made consistent, and copies marked.
//!
//! Sources of a field, the first that gives it winning: a metadata sheet beside the articles (or
//! in a folder above them, the nearest winning)
//! ([`metadata_sheet`](super::metadata_sheet)), the article's front matter
//! ([`front_matter`](super::front_matter)), the page's own tags (the HTML reader's), the
//! first-level folder ([`ImportOptions::outlet_from_folder`]). Each document records where each
//! field came from in `metadata_from`.

use std::path::Path;

use super::dates::{DayOrder, parse_date};
use super::folder::ImportOptions;
use super::meta::Field;
use super::outlets::OutletNames;
use super::report::{ImportReport, ImportedDocument, UnparsedDate};
use super::{duplicates, front_matter, metadata_sheet};
use crate::intake::decode::SkipReason;
use crate::model::{Extraction, document::title_of};

/// Where a value taken from the article's folder is said to come from.
pub const FROM_FOLDER: &str = "folder";

/// Fills the documents of `report` (read from the folder `root`) from their metadata; see the
/// [module docs](self).
pub fn enrich(root: &Path, options: &ImportOptions, report: &mut ImportReport) {
    for imported in &mut report.documents {
        take_front_matter(imported);
        if options.outlet_from_folder
            && let Some((folder, _)) = imported.document.path.split_once('/')
        {
            imported
                .meta
                .set_if_absent(Field::Outlet, folder, FROM_FOLDER);
        }
    }
    // A sheet is a table holding no articles, in the folder or any subfolder the walk entered.
    let candidates: Vec<String> = report
        .skipped
        .iter()
        .filter(|skipped| matches!(skipped.reason, SkipReason::NotArticleTable))
        .map(|skipped| skipped.path.clone())
        .collect();
    let (sheets, mut problems) = metadata_sheet::find_sheets(
        root,
        candidates.iter().map(String::as_str),
        options.max_file_bytes,
    );
    for sheet in &sheets {
        problems.extend(metadata_sheet::apply(sheet, &mut report.documents));
        // A sheet is not an article table: it is no longer listed as a file passed over.
        report.skipped.retain(|skipped| skipped.path != sheet.path);
    }
    report.sheets = sheets.into_iter().map(|sheet| sheet.path).collect();
    report.sheet_problems = problems;

    let mut outlets = OutletNames::default();
    for imported in &mut report.documents {
        if let Some(unparsed) = fill_document(imported, &mut outlets) {
            report.unparsed_dates.push(unparsed);
        }
    }
    report.outlets = outlets.outlets();
    // A document keeps its spelling only when it is an alias: the name goes without saying.
    let names: std::collections::HashMap<_, _> = report
        .outlets
        .iter()
        .map(|o| (&o.id, o.name.as_str()))
        .collect();
    for document in report.documents.iter_mut().map(|d| &mut d.document) {
        if names.get(&document.outlet) == Some(&document.outlet_text.as_str()) {
            document.outlet_text.clear();
        }
    }
    report.outlet_spellings = report
        .outlets
        .iter()
        .map(|outlet| (outlet.id.clone(), outlets.spellings(&outlet.id)))
        .collect();
    report.duplicates = duplicates::mark_copies(&mut report.documents);
}

/// A plain `.txt`/`.md` article that opens with front matter: the block becomes metadata and
/// leaves the text.
fn take_front_matter(imported: &mut ImportedDocument) {
    let document = &mut imported.document;
    if document.extraction != Extraction::Plain {
        return;
    }
    let Some((meta, body)) = front_matter::split(&imported.text) else {
        return;
    };
    let body = body.to_owned();
    let file_name = document.path.rsplit('/').next().unwrap_or(&document.path);
    document.title = title_of(&body, file_name);
    document.char_len = body.chars().count();
    document.extraction = Extraction::FrontMatter;
    imported.text = body;
    // Page tags come before front matter only for pages, which have no front matter; the
    // sheet and folder come later.
    imported.meta.overlay(&meta);
}

/// Sets the document's fields from its metadata; the date that could not be read, if any.
fn fill_document(
    imported: &mut ImportedDocument,
    outlets: &mut OutletNames,
) -> Option<UnparsedDate> {
    let ImportedDocument { document, meta, .. } = imported;
    let mut unparsed = None;
    for (field, found) in meta.iter() {
        let value = found.value.clone();
        match field {
            Field::Title => document.title = value,
            Field::Author => document.author = value,
            Field::Url => document.url = value,
            Field::Language => document.language = value,
            Field::Outlet => match outlets.intern(&value) {
                Some(id) => {
                    document.outlet = id;
                    document.outlet_text = value;
                }
                None => continue,
            },
            Field::Date => {
                // The language is set before the date: `Field` orders it later, so read it here.
                let order = DayOrder::for_language(meta.value(Field::Language));
                match parse_date(&value, order) {
                    Ok(parsed) => {
                        if parsed.iso != value {
                            document.date_text = value;
                        }
                        document.date = parsed.iso;
                    }
                    Err(problem) => {
                        unparsed = Some(UnparsedDate {
                            path: document.path.clone(),
                            text: value.clone(),
                            problem,
                        });
                        document.date_text = value;
                    }
                }
            }
        }
        document
            .metadata_from
            .insert(field.name().to_owned(), found.from.clone());
    }
    unparsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document};

    fn imported(path: &str, text: &str) -> ImportedDocument {
        let mut document = Document::new(DocId(path.to_owned()), path.to_owned());
        document.title = title_of(text, path);
        document.char_len = text.chars().count();
        ImportedDocument {
            document,
            text: text.to_owned(),
            meta: crate::import::meta::ArticleMeta::default(),
        }
    }

    #[test]
    fn sources_win_in_order_and_say_where_each_field_came_from() {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(
            dir.path().join("metadata.csv"),
            "path,outlet,date\nenab/1.txt,Enab Baladi,\nwatan/2.md,,الخميس 7 أيلول 2017\n",
        )
        .expect("sheet written");
        let mut report = ImportReport {
            documents: vec![
                imported(
                    "enab/1.txt",
                    "---\noutlet: عنب\ndate: 26 شوال 1436 هـ\n---\nالخبر\n",
                ),
                imported("watan/2.md", "---\nauthor: سامر\ndate: أمس\n---\nنص"),
                imported("watan/3.txt", "نص ثالث مختلف تماما"),
                imported("4.txt", "بلا مجلد"),
                imported(
                    "5.txt",
                    "---\noutlet: Enab-Baladi\n---\nخبر آخر لا يشبه غيره",
                ),
            ],
            // The folder's walk found the sheet holding no articles.
            skipped: vec![super::super::report::Skipped {
                path: "metadata.csv".to_owned(),
                reason: SkipReason::NotArticleTable,
            }],
            ..ImportReport::default()
        };
        report.documents[2]
            .meta
            .set(Field::Date, "منذ ساعة", "html:meta:date");
        let options = ImportOptions {
            outlet_from_folder: true,
            ..ImportOptions::default()
        };
        enrich(dir.path(), &options, &mut report);

        let docs: Vec<&Document> = report.documents.iter().map(|d| &d.document).collect();
        assert_eq!(report.documents[0].text, "الخبر\n");
        assert_eq!(docs[0].extraction, Extraction::FrontMatter);
        assert_eq!(docs[0].title, "الخبر");
        assert_eq!(docs[0].char_len, 6);
        assert_eq!(docs[0].date, "2015-08-11");
        assert_eq!(docs[0].date_text, "26 شوال 1436 هـ");
        assert_eq!(docs[0].metadata_from["outlet"], "metadata.csv");
        assert_eq!(docs[0].metadata_from["date"], "front matter");
        assert_eq!(docs[1].date, "2017-09-07");
        assert_eq!(docs[1].metadata_from["date"], "metadata.csv");
        assert_eq!(docs[1].author, "سامر");
        assert_eq!(docs[1].metadata_from["outlet"], FROM_FOLDER);
        assert_eq!(docs[1].outlet, docs[2].outlet);
        assert!(docs[3].outlet.is_unknown());
        assert!(!docs[3].metadata_from.contains_key("outlet"));
        assert_eq!(docs[2].date, "");
        assert_eq!(docs[2].date_text, "منذ ساعة");

        let names: Vec<&str> = report.outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names.len(), 2);
        assert!(names.contains(&"Enab Baladi") && names.contains(&"watan"));
        assert_eq!(docs[4].outlet, docs[0].outlet);
        assert_eq!(docs[4].outlet_text, "Enab-Baladi", "an alias is kept");
        assert_eq!(docs[0].outlet_text, "", "the name goes without saying");
        let enab = report.outlets.iter().find(|o| o.id == docs[0].outlet);
        assert_eq!(
            enab.map(|o| o.aliases.clone()),
            Some(vec!["Enab-Baladi".to_owned()])
        );
        assert_eq!(report.sheets, ["metadata.csv"]);
        assert!(report.sheet_problems.is_empty());
        let unparsed: Vec<&str> = report
            .unparsed_dates
            .iter()
            .map(|u| u.path.as_str())
            .collect();
        assert_eq!(unparsed, ["watan/3.txt"]);
    }
}
