//! Tests of [`Workspace::problems`]: what is marked next to a document, said in the
//! interface's language each time it is shown.

use std::fs;

use super::{ArticleFailure, ArticleState, DocProblem, Workspace};
use crate::i18n::{Language, assert_arabic, in_language};
use crate::import::{ImportOptions, LoadProgress};
use crate::model::ImportWarning;

/// A saved project of four articles: one whose file then changes, one whose file then goes,
/// one with a right-to-left override in its text, and one with a byte that is not UTF-8.
fn project_with_problems(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).expect("a folder");
    fs::write(corpus.join("a.txt"), "قال الناطق إن الطريق مفتوح.").expect("written");
    fs::write(corpus.join("b.txt"), "نفت الوزارة ما نُسب إليها.").expect("written");
    fs::write(
        corpus.join("c.txt"),
        "ورد في البيان \u{202E}abc\u{202C} كما هو.",
    )
    .expect("written");
    let text = "أعلن المجلس البلدي موعد الانتخابات المقبلة في المدينة.";
    let mut bytes = text.as_bytes().to_vec();
    bytes.insert(text.find(' ').expect("a space"), 0xFF);
    fs::write(corpus.join("d.txt"), bytes).expect("written");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imported");
    let path = dir.join("p.ron");
    ws.save_as(&path).expect("saved");
    fs::write(corpus.join("a.txt"), "قال الناطق إن الطريق مغلق الآن.").expect("written");
    fs::remove_file(corpus.join("b.txt")).expect("removed");
    path
}

/// The problems of each document, in `language`.
fn said(ws: &Workspace, language: Language) -> Vec<Vec<String>> {
    in_language(language, || {
        (0..ws.project().documents.len())
            .map(|i| ws.problems(i).iter().map(ToString::to_string).collect())
            .collect()
    })
}

#[test]
fn problems_are_said_in_the_interface_language_and_follow_a_switch() {
    let dir = tempfile::tempdir().expect("a folder");
    let ws = Workspace::open_project(&project_with_problems(dir.path())).expect("opens");
    let kinds: Vec<Vec<&str>> = (0..4)
        .map(|i| {
            ws.problems(i)
                .iter()
                .map(|p| match p {
                    DocProblem::Import(_) => "import",
                    DocProblem::Changed => "changed",
                    DocProblem::Unread(_) => "unread",
                    DocProblem::Overrides => "overrides",
                })
                .collect()
        })
        .collect();
    assert_eq!(
        kinds,
        [
            vec!["changed"],
            vec!["unread"],
            vec!["overrides"],
            vec!["import"]
        ]
    );
    let english = said(&ws, Language::English);
    assert!(
        english[0][0].starts_with("the article file changed"),
        "{english:?}"
    );
    assert!(
        english[1][0].starts_with("article file not found: "),
        "{english:?}"
    );
    assert!(
        english[2][0].starts_with("contains bidi overrides"),
        "{english:?}"
    );
    assert!(
        english[3][0].starts_with("malformed UTF-8 bytes"),
        "{english:?}"
    );
    // The same workspace, the language switched: every problem in Arabic at once.
    let arabic = said(&ws, Language::Arabic);
    assert_arabic(
        &arabic.concat(),
        &english.concat(),
        &["changed", "not found", "overrides", "malformed", "replaced"],
    );
    assert_eq!(said(&ws, Language::English), english);
}

#[test]
fn a_cancelled_opening_is_said_in_the_interface_language() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = project_with_problems(dir.path());
    let progress = LoadProgress::default();
    progress.cancel();
    let ws = Workspace::open_project_with(&path, &progress).expect("opens");
    assert!(matches!(
        ws.articles()[0],
        ArticleState::Failed(ArticleFailure::Cancelled)
    ));
    let english = said(&ws, Language::English);
    assert_eq!(english[0], ["not read: opening was cancelled"]);
    let arabic = said(&ws, Language::Arabic);
    assert_arabic(&arabic[0], &english[0], &["cancelled", "not read"]);
}

#[test]
fn overrides_are_found_when_the_article_is_read_and_import_warnings_are_kept() {
    let dir = tempfile::tempdir().expect("a folder");
    let ws = Workspace::open_project(&project_with_problems(dir.path())).expect("opens");
    let overrides: Vec<bool> = ws
        .articles()
        .iter()
        .map(|a| {
            matches!(
                a,
                ArticleState::Ready {
                    overrides: true,
                    ..
                }
            )
        })
        .collect();
    assert_eq!(overrides, [false, false, true, false]);
    assert!(matches!(
        ws.project().documents[3].warnings.as_slice(),
        [ImportWarning::MalformedBytes { replaced: 1, .. }]
    ));
}

#[test]
fn the_import_report_is_said_in_the_language_it_is_shown_in() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(dir.path().join("a.txt"), "قال الناطق إن الطريق مفتوح.").expect("written");
    fs::write(dir.path().join("b.mhtml"), "<html>لا ترويسات</html>").expect("written");
    let ws = in_language(Language::English, || {
        Workspace::import_folder(dir.path(), &ImportOptions::default()).expect("imported")
    });
    let english = in_language(Language::English, || ws.import_summary()).expect("a report");
    assert!(
        english.contains("b.mhtml: cannot be read: no MIME headers"),
        "{english}"
    );
    let arabic = in_language(Language::Arabic, || ws.import_summary()).expect("a report");
    let line = arabic
        .lines()
        .find(|l| l.contains("b.mhtml"))
        .expect("the archive's line")
        .to_owned();
    assert_arabic(&[line], &[english], &["cannot", "headers", "archive"]);
}
