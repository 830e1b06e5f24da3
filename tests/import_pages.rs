//! Saved web pages: the article's text without the page around it, and what the page says of
//! itself. The fixtures under `tests/fixtures/pages/` are written in the style of Arabic news
//! sites (menus, "اقرأ أيضا" lists, comments, footer); each `.expected` sidecar marks what a
//! careful reader keeps (`+`) and what must go (`-`).

use std::path::PathBuf;

use hashiya::formats::html::{Page, quality::Quality, read_page};
use hashiya::import::SkipReason;
use hashiya::import::meta::Field;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name)
}

fn read(name: &str) -> Page {
    let bytes = std::fs::read(fixture(&format!("{name}.html"))).expect("fixture");
    read_page(&bytes).unwrap_or_else(|reason| panic!("{name}: {reason}"))
}

fn from(page: &Page, field: Field) -> (&str, &str) {
    page.meta.get(field).map_or(("", ""), |found| {
        (found.value.as_str(), found.from.as_str())
    })
}

#[test]
fn every_fixture_keeps_its_article_and_drops_the_furniture() {
    for name in [
        "watan-utf8",
        "sham-1256",
        "nocharset",
        "jsonld-only",
        "two-sites",
        "host-only",
    ] {
        let page = read(name);
        let sidecar =
            std::fs::read_to_string(fixture(&format!("{name}.expected"))).expect("sidecar");
        let quality = Quality::measure(&page.text, &sidecar);
        assert_eq!(quality.kept, quality.article, "{name}: {}", page.text);
        assert_eq!(quality.dropped, quality.furniture, "{name}: {}", page.text);
        // The headline opens the text and is the title; paragraphs are separated by blank lines.
        let first = sidecar
            .lines()
            .find_map(|l| l.strip_prefix("+ "))
            .expect("a headline");
        assert_eq!(page.title, first, "{name}");
        assert!(page.text.starts_with(&format!("{first}\n\n")), "{name}");
        assert!(!page.text.contains("\n\n\n"), "{name}");
    }
}

#[test]
fn open_graph_tags_give_outlet_date_author_and_canonical_url() {
    let page = read("watan-utf8");
    assert_eq!(page.encoding, encoding_rs::UTF_8);
    assert_eq!(from(&page, Field::Outlet), ("الوطن", "html:og:site_name"));
    assert_eq!(
        from(&page, Field::Date),
        ("2019-04-16T08:30:00+03:00", "html:article:published_time")
    );
    assert_eq!(from(&page, Field::Author), ("سامر الحلبي", "html:author"));
    assert_eq!(
        from(&page, Field::Url),
        (
            "https://www.alwatan.example/news/2019/04/16/water",
            "html:canonical"
        )
    );
    assert_eq!(from(&page, Field::Language), ("ar", "html:lang"));
    assert!(page.warnings.is_empty(), "{:?}", page.warnings);
}

#[test]
fn a_windows_1256_page_declared_by_http_equiv_is_read_without_guessing() {
    let page = read("sham-1256");
    assert_eq!(page.encoding, encoding_rs::WINDOWS_1256);
    assert!(page.warnings.is_empty(), "{:?}", page.warnings);
    assert_eq!(
        from(&page, Field::Outlet),
        ("أخبار الشام", "html:og:site_name")
    );
    assert_eq!(from(&page, Field::Date), ("2018-05-03", "html:date"));
}

#[test]
fn a_page_without_a_charset_is_detected_and_the_guess_is_said() {
    let page = read("nocharset");
    assert_eq!(page.encoding, encoding_rs::WINDOWS_1256);
    assert_eq!(page.warnings.len(), 1);
    assert!(
        page.warnings[0]
            .to_string()
            .starts_with("encoding guessed as windows-1256 (")
    );
    // The `<title>` ends with the outlet's name, which is not part of the headline.
    assert_eq!(page.title, "موسم حصاد القمح يبدأ مبكرا بعد شتاء ماطر");
    assert_eq!(
        from(&page, Field::Url),
        (
            "http://rif-voice.example/article.php?id=8812",
            "html:canonical"
        )
    );
}

#[test]
fn json_ld_alone_gives_publisher_date_author_and_url() {
    let page = read("jsonld-only");
    assert_eq!(
        from(&page, Field::Outlet),
        ("المرصد الإخباري", "html:json-ld:publisher")
    );
    assert_eq!(
        from(&page, Field::Date),
        ("2021-11-04T19:05:00Z", "html:json-ld:datePublished")
    );
    assert_eq!(
        from(&page, Field::Author),
        ("ليلى حداد", "html:json-ld:author")
    );
    assert_eq!(
        from(&page, Field::Url),
        ("https://observer.example/climate/4411", "html:json-ld:url")
    );
}

#[test]
fn two_site_names_take_open_graph_and_warn() {
    let page = read("two-sites");
    assert_eq!(
        from(&page, Field::Outlet),
        ("البحر نيوز", "html:og:site_name")
    );
    assert_eq!(page.warnings.len(), 1, "{:?}", page.warnings);
    assert!(
        page.warnings[0].to_string().contains("مجموعة البحر للإعلام"),
        "{:?}",
        page.warnings
    );
}

#[test]
fn without_tags_the_canonical_host_names_the_outlet_and_time_gives_the_date() {
    let page = read("host-only");
    assert_eq!(
        from(&page, Field::Outlet),
        ("www.sihha-news.example", "html:host")
    );
    assert_eq!(
        from(&page, Field::Date),
        ("2022-07-19T11:00:00+03:00", "html:time")
    );
}

#[test]
fn a_page_of_scripts_has_no_article_text() {
    let scripts = format!(
        "<html><head><script>{}</script></head><body><script>var a = 1;</script>\
         <noscript>فعّل جافاسكربت</noscript></body></html>",
        "window.x = 1;\n".repeat(5000)
    );
    assert_eq!(
        read_page(scripts.as_bytes()),
        Err(SkipReason::NoArticleText)
    );
    assert_eq!(read_page(b""), Err(SkipReason::Empty));
}

#[test]
fn a_page_of_fifty_megabytes_is_read_or_refused_without_hanging() {
    // Many elements: refused by count before readability scores them.
    let paragraph = "<p>جملة قصيرة في فقرة من صفحة ضخمة جدا.</p>\n";
    let huge = format!(
        "<html><body>{}</body></html>",
        paragraph.repeat(50 * 1024 * 1024 / paragraph.len())
    );
    let started = std::time::Instant::now();
    let result = read_page(huge.as_bytes());
    assert!(
        matches!(result, Err(SkipReason::Malformed(_))),
        "{:?}",
        result.map(|p| p.text.len())
    );
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

#[test]
fn a_folder_import_reads_pages_beside_plain_articles_and_reports_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir(root.join("الوطن")).expect("dir");
    std::fs::copy(fixture("watan-utf8.html"), root.join("الوطن/water.HTM")).expect("copy");
    std::fs::write(root.join("note.txt"), "عنوان\nنص").expect("write");
    std::fs::write(
        root.join("empty.html"),
        "<html><body><nav>القائمة</nav></body></html>",
    )
    .expect("write");
    std::fs::write(root.join("scan.pdf"), b"%PDF-1.7").expect("write");

    let report = hashiya::import::import_folder(root, &hashiya::import::ImportOptions::default())
        .expect("imports");
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.path.as_str())
        .collect();
    assert_eq!(paths, ["note.txt", "الوطن/water.HTM"]);
    let page = &report.documents[1];
    let expected = read("watan-utf8");
    assert_eq!(page.text, expected.text);
    assert_eq!(page.meta, expected.meta);
    let document = &page.document;
    assert_eq!(
        document.extraction,
        hashiya::model::Extraction::Html {
            version: hashiya::formats::html::VERSION
        }
    );
    assert_eq!(document.title, expected.title);
    assert_eq!(document.char_len, expected.text.chars().count());
    assert_eq!(document.author, "سامر الحلبي");
    assert_eq!(
        document.metadata_from.get("author").map(String::as_str),
        Some("html:author")
    );
    assert_eq!(
        document.sha256,
        hashiya::import::sha256_hex(&std::fs::read(fixture("watan-utf8.html")).expect("read"))
    );
    let skipped: Vec<(&str, &SkipReason)> = report
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), &s.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            ("empty.html", &SkipReason::NoArticleText),
            (
                "scan.pdf",
                &SkipReason::UnsupportedFormat(
                    "a PDF; save its text as .txt to import it".to_owned()
                )
            ),
        ]
    );
}

/// A web archive as a browser saves one: the page quoted-printable in a `multipart/related`
/// part declaring `charset`, an image beside it.
fn web_archive(page: &[u8], charset: &str) -> Vec<u8> {
    let mut quoted = String::new();
    let mut line = 0;
    for &b in page {
        let piece = if b == b'\n' {
            line = 0;
            quoted.push_str("\r\n");
            continue;
        } else if b.is_ascii_graphic() && b != b'=' || b == b' ' {
            char::from(b).to_string()
        } else {
            format!("={b:02X}")
        };
        if line + piece.len() > 75 {
            quoted.push_str("=\r\n");
            line = 0;
        }
        line += piece.len();
        quoted.push_str(&piece);
    }
    format!(
        "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\
         \ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x----\"\r\n\r\n\
         ------MultipartBoundary--x----\r\nContent-Type: text/html; charset={charset}\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\r\n{quoted}\r\n\
         ------MultipartBoundary--x----\r\nContent-Type: image/png\r\n\
         Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\
         ------MultipartBoundary--x------\r\n"
    )
    .into_bytes()
}

#[test]
fn a_web_archive_is_read_as_the_page_it_holds_in_the_charset_its_part_declares() {
    let html = std::fs::read(fixture("sham-1256.html")).expect("fixture");
    let expected = read("sham-1256");
    let archive = web_archive(&html, "windows-1256");
    let page = hashiya::formats::html::read_file("saved.mhtml", &archive).expect("read");
    assert_eq!(page.text, expected.text);
    assert_eq!(page.meta, expected.meta);
    assert_eq!(page.encoding, encoding_rs::WINDOWS_1256);

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("sham.MHT"), &archive).expect("write");
    let no_page = String::from_utf8(web_archive(b"p {}", "utf-8"))
        .expect("ASCII")
        .replace("text/html; charset=utf-8", "text/css");
    std::fs::write(dir.path().join("images.mhtml"), no_page).expect("write");
    let report =
        hashiya::import::import_folder(dir.path(), &hashiya::import::ImportOptions::default())
            .expect("imports");
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].text, expected.text);
    assert_eq!(report.documents[0].document.encoding, "windows-1256");
    let skipped: Vec<(&str, String)> = report
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), s.reason.to_string()))
        .collect();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].0, "images.mhtml");
    assert!(
        skipped[0].1.contains("without an HTML page"),
        "{}",
        skipped[0].1
    );
}
