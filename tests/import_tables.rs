//! Article tables (`.csv`, `.tsv`, `.jsonl`) and Word documents: one document per row or file,
//! columns recognised by their usual names or named by the analyst, bad records reported alone.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use hashiya::formats::table::{ColumnMap, TableKind, classify};
use hashiya::import::meta::Field;
use hashiya::import::{ImportOptions, ImportReport, SkipReason, import_folder};
use hashiya::model::Extraction;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tables")
        .join(name)
}

fn folder_with(files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in files {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    dir
}

fn import(root: &Path, options: &ImportOptions) -> ImportReport {
    import_folder(root, options).expect("imports")
}

fn ids(report: &ImportReport) -> Vec<&str> {
    report
        .documents
        .iter()
        .map(|d| d.document.id.0.as_str())
        .collect()
}

fn skipped(report: &ImportReport) -> Vec<(&str, &SkipReason)> {
    report
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), &s.reason))
        .collect()
}

#[test]
fn each_csv_row_is_a_document_with_its_columns_as_metadata() {
    let dir = folder_with(&["monitor.csv"]);
    let report = import(dir.path(), &ImportOptions::default());
    assert_eq!(
        ids(&report),
        ["monitor.csv#1", "monitor.csv#2", "monitor.csv#3"]
    );
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let first = &report.documents[0];
    assert_eq!(first.document.path, "monitor.csv");
    assert_eq!(first.document.title, "ارتفاع أسعار الخبز في الأسواق الشعبية");
    // A quoted cell keeps its line break (CRLF in the file, LF in the text).
    assert!(first.text.contains("الشهر.\nوأضافوا"), "{}", first.text);
    assert_eq!(
        first.document.extraction,
        Extraction::Row {
            record: 1,
            column: "Body".to_owned()
        }
    );
    let outlet = first.meta.get(Field::Outlet).expect("outlet");
    assert_eq!(outlet.value, "وكالة الأنباء المحلية");
    assert_eq!(outlet.from, "monitor.csv:Media_Name");
    assert_eq!(first.meta.value(Field::Date), "2023-01-15");
    assert_eq!(first.document.url, "https://agency.example/501");
    let bytes = std::fs::read(fixture("monitor.csv")).expect("read");
    assert!(
        report
            .documents
            .iter()
            .all(|d| d.document.sha256 == hashiya::import::sha256_hex(&bytes))
    );
}

#[test]
fn tsv_and_jsonl_rows_and_their_bad_records() {
    let dir = folder_with(&["export.tsv", "feed.jsonl"]);
    let report = import(dir.path(), &ImportOptions::default());
    assert_eq!(
        ids(&report),
        [
            "export.tsv#1",
            "export.tsv#2",
            "feed.jsonl#1",
            "feed.jsonl#4"
        ]
    );
    assert_eq!(report.documents[0].meta.value(Field::Outlet), "قناة الشرق");
    assert_eq!(
        report.documents[0].meta.value(Field::Author),
        "مراسلة الشؤون السياسية"
    );
    assert_eq!(
        report.documents[2]
            .meta
            .get(Field::Date)
            .map(|f| f.from.as_str()),
        Some("feed.jsonl:published")
    );
    let problems = skipped(&report);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0], ("feed.jsonl#2", &SkipReason::NoArticleText));
    assert_eq!(problems[1].0, "feed.jsonl#3");
    assert!(matches!(problems[1].1, SkipReason::Malformed(_)));
}

#[test]
fn the_column_map_names_the_text_column() {
    let dir = folder_with(&["custom.csv"]);
    let plain = import(dir.path(), &ImportOptions::default());
    assert_eq!(plain.documents[0].text, "رقم 1");
    let options = ImportOptions {
        columns: ColumnMap::parse("text=summary,outlet=channel").expect("parses"),
        ..ImportOptions::default()
    };
    let mapped = import(dir.path(), &options);
    assert!(mapped.documents[0].text.starts_with("قالت الهيئة"));
    assert_eq!(
        mapped.documents[0].meta.value(Field::Outlet),
        "قناة الاقتصاد"
    );
}

#[test]
fn tables_are_classified_for_the_metadata_reader() {
    let headers = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
    let none = ColumnMap::default();
    assert_eq!(
        classify(&headers(&["Headline", "Body"]), &none),
        TableKind::Articles
    );
    assert_eq!(
        classify(&headers(&["file", "outlet"]), &none),
        TableKind::Metadata
    );
    assert_eq!(classify(&headers(&["x", "y"]), &none), TableKind::Neither);
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("counts.csv"), "name,count\nأ,1\n").expect("write");
    let report = import(dir.path(), &ImportOptions::default());
    assert_eq!(
        skipped(&report),
        [("counts.csv", &SkipReason::NotArticleTable)]
    );
}

#[test]
fn broken_quoting_and_a_ten_megabyte_cell_are_reported_and_the_rest_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut csv = String::from("title,text,source\n");
    csv.push_str("أول,قال المتحدث إن الوضع هادئ,الوطن\n");
    csv.push_str("\"ثان,نص بلا علامة إغلاق,الوطن\n");
    std::fs::write(dir.path().join("broken.csv"), csv).expect("write");
    let mut big = String::from("title,text,source\nكبير,");
    big.push_str(&"ك".repeat(5 * 1024 * 1024));
    big.push_str(",الوطن\nصغير,نص قصير عن الطقس,الوطن\n");
    std::fs::write(dir.path().join("big.csv"), big).expect("write");

    let started = std::time::Instant::now();
    let report = import(dir.path(), &ImportOptions::default());
    assert!(started.elapsed().as_secs() < 60);
    assert_eq!(ids(&report), ["big.csv#2", "broken.csv#1"]);
    let problems = skipped(&report);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, "big.csv#1");
    assert!(
        problems[0].1.to_string().contains("cell"),
        "{}",
        problems[0].1
    );
    assert_eq!(problems[1].0, "broken.csv#2");
    assert!(matches!(problems[1].1, SkipReason::Malformed(_)));
}

/// A `.docx` with the given paragraphs, as Word lays out its main part.
fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs {
        let _ = write!(
            body,
            "<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"
        );
    }
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options)
        .expect("entry");
    zip.write_all(b"<Types/>").expect("write");
    zip.start_file("word/document.xml", options).expect("entry");
    zip.write_all(xml.as_bytes()).expect("write");
    zip.finish().expect("finish");
    out.into_inner()
}

#[test]
fn a_word_document_gives_its_paragraphs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = docx(&[
        "بيان صحفي",
        "قال رئيس البلدية إن المشروع سينتهي في الصيف.",
        "  ",
    ]);
    std::fs::write(dir.path().join("بيان.docx"), &bytes).expect("write");
    std::fs::write(dir.path().join("broken.docx"), b"PK\x03\x04 not really").expect("write");
    let report = import(dir.path(), &ImportOptions::default());
    assert_eq!(ids(&report), ["بيان.docx"]);
    let document = &report.documents[0];
    assert_eq!(
        document.text,
        "بيان صحفي\n\nقال رئيس البلدية إن المشروع سينتهي في الصيف."
    );
    assert_eq!(document.document.title, "بيان صحفي");
    assert_eq!(
        document.document.extraction,
        Extraction::Docx {
            version: hashiya::formats::docx::VERSION
        }
    );
    assert_eq!(report.skipped.len(), 1);
    assert!(matches!(report.skipped[0].reason, SkipReason::Malformed(_)));
}

#[test]
fn rows_pages_and_word_documents_are_read_again_as_imported() {
    let dir = folder_with(&["monitor.csv", "feed.jsonl"]);
    let pages = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    std::fs::copy(pages.join("sham-1256.html"), dir.path().join("page.html")).expect("copy");
    std::fs::write(
        dir.path().join("note.docx"),
        docx(&["عنوان المذكرة", "نص المذكرة الداخلية."]),
    )
    .expect("write");
    let report = import(dir.path(), &ImportOptions::default());
    assert_eq!(report.documents.len(), 7, "{:?}", ids(&report));
    for imported in &report.documents {
        let again = hashiya::import::read_article(dir.path(), &imported.document)
            .unwrap_or_else(|e| panic!("{}: {e}", imported.document.id));
        assert_eq!(again.text, imported.text, "{}", imported.document.id);
        assert!(!again.changed, "{}", imported.document.id);
    }

    // A page read by another version of the extractor may give another text: changed.
    let page = report
        .documents
        .iter()
        .find(|d| d.document.path == "page.html")
        .expect("the page");
    let mut older = page.document.clone();
    older.extraction = Extraction::Html { version: 0 };
    assert!(
        hashiya::import::read_article(dir.path(), &older)
            .expect("reads")
            .changed
    );

    // A row that is gone is an error, not another row's text.
    let mut gone = report.documents[0].document.clone();
    gone.extraction = Extraction::Row {
        record: 99,
        column: "Body".to_owned(),
    };
    assert!(hashiya::import::read_article(dir.path(), &gone).is_err());
}

#[test]
fn hashiya_new_takes_the_column_map() {
    let dir = folder_with(&["custom.csv"]);
    let project = dir.path().join("p.ron");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("new")
        .arg(dir.path())
        .arg("-o")
        .arg(&project)
        .args(["--columns", "text=summary,outlet=channel"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ws = hashiya::workspace::Workspace::open_project(&project).expect("opens");
    let text = ws.articles()[0].text().expect("the row's text");
    assert!(text.starts_with("قالت الهيئة"), "{text}");

    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("new")
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("q.ron"))
        .args(["--columns", "colour=summary"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("unknown role"));
}
