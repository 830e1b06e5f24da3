//! Folder import, decoding and article re-reading against fixtures written by each test into a
//! temporary folder. Legacy-encoded fixtures are produced with `encoding_rs` encoders.

use std::fs;
use std::path::Path;

use encoding_rs::{Encoding, ISO_8859_6, WINDOWS_1255, WINDOWS_1256};
use hashiya::import::{
    ArticleError, DEFAULT_MAX_FILE_BYTES, ImportError, ImportOptions, ImportReport, SkipReason,
    decode, decode_with, import_folder, read_article, sha256_hex,
};
use hashiya::model::{BaseDirection, DocId};

/// A news paragraph written for these tests, long enough for chardetng to recognise Arabic.
const ARABIC: &str = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الإسكندرية، \
وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مئتي ألف مواطن.\n\
وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت نحو خمسين مليون دولار، \
مشيرا إلى أن الافتتاح الرسمي سيكون في الشهر المقبل بحضور عدد من المسؤولين.\n";

/// The same kind of paragraph in Hebrew, for windows-1255.
const HEBREW: &str = "משרד הבריאות הודיע היום על פתיחת בית חולים חדש בעיר חיפה. \
לדברי הדובר, בית החולים ישרת יותר ממאתיים אלף תושבים, והעבודה על הפרויקט נמשכה שלוש שנים.\n\
הפתיחה הרשמית תתקיים בחודש הבא בהשתתפות שרים ונציגי העירייה.\n";

fn write(root: &Path, relative: &str, bytes: &[u8]) {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create fixture folder");
    }
    fs::write(path, bytes).expect("write fixture");
}

fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!(used, encoding, "encoder substituted another encoding");
    assert!(
        !unmappable,
        "fixture text not representable in {}",
        encoding.name()
    );
    bytes.into_owned()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

fn import(root: &Path) -> ImportReport {
    import_folder(root, &ImportOptions::default()).expect("import succeeds")
}

/// Imports a folder holding only `name` with `bytes`; returns the report.
fn import_one(name: &str, bytes: &[u8]) -> ImportReport {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), name, bytes);
    import(dir.path())
}

/// Imports one file that must become a document; returns (encoding, text, warnings).
fn import_text(bytes: &[u8]) -> (String, String, Vec<String>) {
    let report = import_one("article.txt", bytes);
    assert_eq!(report.skipped, vec![], "nothing skipped");
    assert_eq!(report.documents.len(), 1);
    let imported = &report.documents[0];
    let doc = &imported.document;
    assert_eq!(doc.char_len, imported.text.chars().count());
    assert_eq!(doc.sha256, sha256_hex(bytes));
    (
        doc.encoding.clone(),
        imported.text.clone(),
        doc.warnings.iter().map(ToString::to_string).collect(),
    )
}

/// Imports one file that must be skipped; returns the reason.
fn import_skipped(name: &str, bytes: &[u8], options: &ImportOptions) -> SkipReason {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), name, bytes);
    let report = import_folder(dir.path(), options).expect("import succeeds");
    assert_eq!(report.documents, vec![], "no document");
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert_eq!(report.skipped[0].path, name);
    report.skipped[0].reason.clone()
}

// ---- encodings -------------------------------------------------------------------------------

#[test]
fn utf8_without_bom() {
    let (encoding, text, warnings) = import_text(ARABIC.as_bytes());
    assert_eq!(encoding, "UTF-8");
    assert_eq!(text, ARABIC);
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn utf8_with_bom_removes_the_bom() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(ARABIC.as_bytes());
    let (encoding, text, warnings) = import_text(&bytes);
    assert_eq!(encoding, "UTF-8");
    assert_eq!(text, ARABIC);
    assert!(!text.starts_with('\u{FEFF}'));
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn utf16le_with_bom() {
    let (encoding, text, warnings) = import_text(&utf16(ARABIC, false));
    assert_eq!(encoding, "UTF-16LE");
    assert_eq!(text, ARABIC);
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn utf16be_with_bom() {
    let (encoding, text, warnings) = import_text(&utf16(HEBREW, true));
    assert_eq!(encoding, "UTF-16BE");
    assert_eq!(text, HEBREW);
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn windows_1256_arabic_is_guessed_with_a_warning() {
    let (encoding, text, warnings) = import_text(&encode(WINDOWS_1256, ARABIC));
    assert_eq!(encoding, "windows-1256");
    assert_eq!(text, ARABIC);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("encoding guessed as windows-1256 (sure: "),
        "{warnings:?}"
    );
}

#[test]
fn iso_8859_6_arabic_is_guessed_with_a_warning() {
    let (encoding, text, warnings) = import_text(&encode(ISO_8859_6, ARABIC));
    assert_eq!(encoding, "ISO-8859-6");
    assert_eq!(text, ARABIC);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("encoding guessed as ISO-8859-6 ("),
        "{warnings:?}"
    );
}

#[test]
fn windows_1255_hebrew_is_guessed_with_a_warning() {
    let (encoding, text, warnings) = import_text(&encode(WINDOWS_1255, HEBREW));
    assert_eq!(encoding, "windows-1255");
    assert_eq!(text, HEBREW);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("encoding guessed as windows-1255 (sure: "),
        "{warnings:?}"
    );
}

#[test]
fn malformed_bytes_are_replaced_with_a_warning() {
    // A UTF-16LE file cut in the middle of a code unit.
    let mut bytes = utf16("خبر", false);
    bytes.push(0x41);
    let (encoding, text, warnings) = import_text(&bytes);
    assert_eq!(encoding, "UTF-16LE");
    assert_eq!(text, "خبر\u{FFFD}");
    assert_eq!(
        warnings,
        vec!["malformed UTF-16LE bytes replaced with U+FFFD (1 in the text) at byte 8".to_owned()]
    );

    // A UTF-8 BOM followed by bytes that are not UTF-8: the BOM decides, the bad byte is replaced.
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("نص ".as_bytes());
    bytes.push(0xFF);
    let (encoding, text, warnings) = import_text(&bytes);
    assert_eq!(encoding, "UTF-8");
    assert_eq!(text, "نص \u{FFFD}");
    assert_eq!(warnings.len(), 1);
}

#[test]
fn decode_with_reproduces_the_import_text() {
    let bytes = encode(WINDOWS_1256, ARABIC);
    let guessed = decode(&bytes).expect("decodes");
    assert!(guessed.guessed);
    let again = decode_with(&bytes, guessed.encoding.name()).expect("decodes");
    assert_eq!(again.text, ARABIC);
    assert_eq!(again.encoding, WINDOWS_1256);
    assert!(!again.guessed);
    assert!(!again.had_errors);
}

// ---- bad inputs ------------------------------------------------------------------------------

#[test]
fn binary_file_with_nul_bytes_is_skipped() {
    let png_like = [
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, b'I', b'H', b'D',
        b'R', 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C,
        0x72, 0xA8, 0x66,
    ];
    let reason = import_skipped("logo.txt", &png_like, &ImportOptions::default());
    assert_eq!(reason, SkipReason::Binary);
}

#[test]
fn binary_file_with_many_control_characters_is_skipped() {
    // No NUL, but valid UTF-8 made mostly of control characters.
    let bytes: Vec<u8> = (1..=8u8).cycle().take(64).chain(*b"abc").collect();
    let reason = import_skipped("data.md", &bytes, &ImportOptions::default());
    assert_eq!(reason, SkipReason::Binary);
}

#[test]
fn empty_file_is_skipped() {
    assert_eq!(
        import_skipped("empty.txt", b"", &ImportOptions::default()),
        SkipReason::Empty
    );
}

#[test]
fn whitespace_only_file_is_skipped() {
    let reason = import_skipped("blank.txt", b" \r\n\t\n  \r\n", &ImportOptions::default());
    assert_eq!(reason, SkipReason::Empty);
    // A lone BOM is empty too, in any encoding.
    let reason = import_skipped("bom.txt", &utf16(" \n", true), &ImportOptions::default());
    assert_eq!(reason, SkipReason::Empty);
}

#[test]
fn oversized_file_is_skipped_and_the_limit_is_inclusive() {
    assert_eq!(
        ImportOptions::default().max_file_bytes,
        DEFAULT_MAX_FILE_BYTES
    );
    assert_eq!(DEFAULT_MAX_FILE_BYTES, 20 * 1024 * 1024);
    let options = ImportOptions {
        max_file_bytes: 10,
        ..ImportOptions::default()
    };

    let reason = import_skipped("long.txt", b"eleven byte", &options);
    assert_eq!(
        reason,
        SkipReason::TooLarge {
            bytes: 11,
            limit: 10
        }
    );
    assert_eq!(
        reason.to_string(),
        "too large: 11 bytes is over the limit of 10 bytes"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "exact.txt", b"ten bytes!");
    let report = import_folder(dir.path(), &options).expect("import succeeds");
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].text, "ten bytes!");
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_listed_and_do_not_stop_the_import() {
    use std::os::unix::fs::symlink;

    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "a.txt", "خبر أول".as_bytes());
    symlink(root.join("does-not-exist.txt"), root.join("b.txt")).expect("symlink");
    write(root, "c.txt", "خبر ثالث".as_bytes());
    // A named pipe with an article's extension must be skipped, not read (reading would block).
    let fifo = root.join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success());

    let report = import(root);
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.path.as_str())
        .collect();
    assert_eq!(paths, ["a.txt", "c.txt"]);
    assert_eq!(report.skipped.len(), 2);
    assert_eq!(report.skipped[0].path, "b.txt");
    assert_eq!(
        report.skipped[0].reason,
        SkipReason::Unreadable(hashiya::i18n::IoCause::Words(
            "broken symbolic link, its target does not exist".to_owned()
        ))
    );
    assert_eq!(report.skipped[1].path, "pipe.txt");
    assert_eq!(report.skipped[1].reason, SkipReason::NotAFile);
}

#[test]
fn root_that_is_missing_or_a_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nowhere");
    let error = import_folder(&missing, &ImportOptions::default()).expect_err("missing root");
    assert!(matches!(error, ImportError::NotFound(_)));
    assert!(
        error.to_string().ends_with(&missing.display().to_string()),
        "{error}"
    );

    write(dir.path(), "file.txt", b"text");
    let file = dir.path().join("file.txt");
    let error = import_folder(&file, &ImportOptions::default()).expect_err("file root");
    assert!(matches!(error, ImportError::NotADirectory(_)));
    assert!(
        error.to_string().ends_with(&file.display().to_string()),
        "{error}"
    );
}

// ---- folder walking --------------------------------------------------------------------------

#[test]
fn nested_folders_give_stable_sorted_ids_and_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    // Written in an order unlike the expected one.
    write(root, "z.txt", "آخر خبر\nنص".as_bytes());
    write(
        root,
        "أخبار/2024/الأول.md",
        "\n  عنوان الخبر الأول  \nنص الخبر".as_bytes(),
    );
    write(root, "a/b/c.TXT", "c".as_bytes());
    write(root, "a/B.txt", "B".as_bytes());
    write(root, "a.txt", "a".as_bytes());
    write(root, "a/b.Md", "md".as_bytes());

    let report = import(root);
    assert_eq!(report.skipped, vec![]);
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.path.as_str())
        .collect();
    // Byte-wise order of the `/`-separated path: '.' < '/' < 'B' < 'b' < 'z' < Arabic.
    assert_eq!(
        paths,
        [
            "a.txt",
            "a/B.txt",
            "a/b.Md",
            "a/b/c.TXT",
            "z.txt",
            "أخبار/2024/الأول.md"
        ]
    );

    let arabic = &report.documents[5].document;
    assert_eq!(arabic.id, DocId("أخبار/2024/الأول.md".to_owned()));
    assert_eq!(arabic.title, "عنوان الخبر الأول");
    assert_eq!(
        arabic.char_len,
        "\n  عنوان الخبر الأول  \nنص الخبر".chars().count()
    );
    assert!(arabic.outlet.is_unknown());
    assert_eq!(arabic.date, "");
    assert_eq!(arabic.base_direction, BaseDirection::Auto);

    // Importing again gives exactly the same report.
    assert_eq!(import(root), report);
}

#[test]
fn other_files_and_hidden_articles_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "article.txt", "خبر".as_bytes());
    write(root, "photo.png", b"\x89PNG\0\0");
    write(root, "scan.pdf", b"%PDF-1.4");
    write(root, "article.txt.bak", "نسخة".as_bytes());
    write(root, "README", b"readme");
    write(root, ".hidden.txt", "مخفي".as_bytes());
    write(root, ".git/config.txt", b"[core]");
    write(root, "sub/.draft.md", "مسودة".as_bytes());

    let report = import(root);
    let skipped: Vec<(&str, String)> = report
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), s.reason.to_string()))
        .collect();
    let unsupported = "not a supported article format";
    let hidden = "hidden file (its name starts with a dot), not imported; rename it to import it";
    assert_eq!(
        skipped,
        [
            (".hidden.txt", hidden.to_owned()),
            ("README", unsupported.to_owned()),
            ("article.txt.bak", unsupported.to_owned()),
            ("photo.png", format!("{unsupported} (an image)")),
            (
                "scan.pdf",
                format!("{unsupported} (a PDF; save its text as .txt to import it)")
            ),
            ("sub/.draft.md", hidden.to_owned()),
        ]
    );
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.path.as_str())
        .collect();
    assert_eq!(paths, ["article.txt"]);
}

#[cfg(unix)]
#[test]
fn symlinks_never_leave_the_root_or_loop() {
    use std::os::unix::fs::symlink;

    let outside = tempfile::tempdir().expect("tempdir");
    write(outside.path(), "secret.txt", "سر".as_bytes());
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "real/story.txt", "قصة".as_bytes());
    symlink(outside.path().join("secret.txt"), root.join("leak.txt")).expect("symlink");
    symlink(root.join("real/story.txt"), root.join("alias.txt")).expect("symlink");
    symlink(root, root.join("real/loop")).expect("symlink");
    symlink(outside.path(), root.join("away")).expect("symlink");

    let report = import(root);
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.path.as_str())
        .collect();
    assert_eq!(paths, ["alias.txt", "real/story.txt"]);
    assert_eq!(report.documents[0].text, "قصة");
    let skipped: Vec<(&str, &SkipReason)> = report
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), &s.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            ("away", &SkipReason::SymlinkedDirectory),
            ("leak.txt", &SkipReason::OutsideRoot),
            ("real/loop", &SkipReason::SymlinkedDirectory),
        ]
    );
}

#[test]
fn line_endings_are_normalised_and_char_offsets_agree() {
    let lf = "سطر أول\nقال الوزير إن الهدف تحقق\nسطر أخير";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "cr.txt", cr.as_bytes());
    write(dir.path(), "crlf.txt", crlf.as_bytes());
    write(dir.path(), "lf.txt", lf.as_bytes());
    // Mixed endings in one file, plus a BOM.
    write(
        dir.path(),
        "mixed.txt",
        "\u{FEFF}سطر أول\r\nقال الوزير إن الهدف تحقق\rسطر أخير".as_bytes(),
    );

    let report = import(dir.path());
    assert_eq!(report.documents.len(), 4);
    let word_offset = |text: &str| {
        let byte = text.find("الهدف").expect("word present");
        text[..byte].chars().count()
    };
    let expected = word_offset(lf);
    assert_eq!(expected, 22);
    for imported in &report.documents {
        assert_eq!(imported.text, lf, "{}", imported.document.path);
        assert_eq!(word_offset(&imported.text), expected);
        assert_eq!(imported.document.char_len, lf.chars().count());
    }
    // The hash is of the raw bytes, so the four files still differ.
    let mut hashes: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.document.sha256.as_str())
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    assert_eq!(hashes.len(), 4);
}

#[test]
fn summary_reports_counts_skips_and_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", ARABIC.as_bytes());
    write(dir.path(), "b.txt", &encode(WINDOWS_1256, ARABIC));
    write(dir.path(), "c.txt", b"");
    let summary = import(dir.path()).summary();
    assert_eq!(
        summary,
        "Imported 2 documents.\n\
         Encodings: UTF-8: 1, windows-1256: 1.\n\
         Skipped 1 file:\n  \
         c.txt: empty file: no text, or only whitespace\n\
         Warnings (1):\n  \
         b.txt: encoding guessed as windows-1256 (sure: 100 % of the non-ASCII text reads \
         as Arabic; next best ISO-8859-6, 79 %)\n\
         Copies of one text (1 group):\n  \
         a.txt = b.txt\n"
    );
}

// ---- re-reading articles ---------------------------------------------------------------------

#[test]
fn read_article_returns_the_imported_text_and_detects_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let original = encode(WINDOWS_1256, &ARABIC.replace('\n', "\r\n"));
    write(root, "news/a.txt", &original);
    let report = import(root);
    let imported = &report.documents[0];
    assert_eq!(imported.document.encoding, "windows-1256");

    let article = read_article(root, &imported.document).expect("reads");
    assert_eq!(article.text, imported.text);
    assert_eq!(article.text, ARABIC);
    assert!(!article.changed);

    // Same text, LF endings: the normalised text is unchanged but the file did change.
    write(root, "news/a.txt", &encode(WINDOWS_1256, ARABIC));
    let article = read_article(root, &imported.document).expect("reads");
    assert_eq!(article.text, ARABIC);
    assert!(article.changed);

    // An edited word.
    write(
        root,
        "news/a.txt",
        &encode(WINDOWS_1256, &ARABIC.replace("الصحة", "التعليم")),
    );
    let article = read_article(root, &imported.document).expect("reads");
    assert!(article.text.contains("وزارة التعليم"));
    assert!(article.changed);
}

#[test]
fn read_article_reports_a_missing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", "خبر".as_bytes());
    let document = import(dir.path()).documents[0].document.clone();
    fs::remove_file(dir.path().join("a.txt")).expect("remove");

    let error = read_article(dir.path(), &document).expect_err("missing");
    let ArticleError::Missing(path) = &error else {
        panic!("expected Missing, got {error:?}")
    };
    assert_eq!(path, &dir.path().join("a.txt"));
    assert_eq!(
        error.to_string(),
        format!("article file not found: {}", path.display())
    );
}

#[test]
fn read_article_refuses_paths_that_escape_the_corpus() {
    let parent = tempfile::tempdir().expect("tempdir");
    let root = parent.path().join("corpus");
    write(&root, "a.txt", "خبر".as_bytes());
    write(parent.path(), "outside.txt", "خارج".as_bytes());
    let mut document = import(&root).documents[0].document.clone();

    let absolute = parent.path().join("outside.txt").display().to_string();
    for escaping in [
        "../outside.txt",
        "./../outside.txt",
        "a/../../outside.txt",
        absolute.as_str(),
    ] {
        document.path = escaping.to_owned();
        let error = read_article(&root, &document).expect_err("refused");
        assert!(
            matches!(&error, ArticleError::EscapesCorpus(p) if p == escaping),
            "{escaping}: {error:?}"
        );
        assert!(error.to_string().ends_with(escaping), "{error}");
    }

    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(parent.path().join("outside.txt"), root.join("link.txt"))
            .expect("symlink");
        document.path = "link.txt".to_owned();
        let error = read_article(&root, &document).expect_err("refused");
        assert!(
            matches!(&error, ArticleError::EscapesCorpus(p) if p == "link.txt"),
            "{error:?}"
        );
    }
}

#[test]
fn read_article_reports_undecodable_and_unknown_encodings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", "خبر".as_bytes());
    let mut document = import(dir.path()).documents[0].document.clone();

    document.encoding = "klingon-8".to_owned();
    let error = read_article(dir.path(), &document).expect_err("unknown encoding");
    assert!(
        matches!(&error, ArticleError::Undecodable { reason: SkipReason::UnknownEncoding(name), .. }
            if name == "klingon-8"),
        "{error:?}"
    );

    document.encoding = "UTF-8".to_owned();
    write(dir.path(), "a.txt", b"");
    let error = read_article(dir.path(), &document).expect_err("empty");
    assert!(matches!(
        &error,
        ArticleError::Undecodable {
            reason: SkipReason::Empty,
            ..
        }
    ));
}
