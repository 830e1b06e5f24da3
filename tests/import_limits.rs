//! A JSON Lines file with a line too long to be one article's annotations (hundreds of
//! megabytes, or a file that never ends its line) is read a line at a time: that line is
//! reported with its number and passed over without being held in memory, and the other lines
//! are read. The limit is lowered here so that the test file stays small.

use std::fs;
use std::sync::atomic::AtomicBool;

use hashiya::formats::foreign::AnnotationImportReport;
use hashiya::formats::jsonl::read::read_limited;

const LIMIT: usize = 1000;

fn line(id: &str, labels: usize) -> String {
    let labels: Vec<_> = (0..labels)
        .map(|i| serde_json::json!([i % 5, i % 5 + 1, "PER"]))
        .collect();
    serde_json::json!({ "id": id, "text": "قال محمد إن الطريق مقطوع.", "label": labels })
        .to_string()
}

#[test]
fn lines_over_the_limit_are_reported_and_passed_over_the_rest_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("spans.jsonl");
    let long = line("long", 200);
    assert!(long.len() > LIMIT);
    let exact = line("exact", 1);
    let exact = format!("{exact}{}", " ".repeat(LIMIT - exact.len()));
    // The last line is over the limit and never ends.
    let text = format!(
        "{}\n{long}\r\n{}\r\n{exact}\n\n{long}",
        line("first", 1),
        line("third", 2)
    );
    fs::write(&path, text).expect("write");

    let mut report = AnnotationImportReport::default();
    let mut last = (0, 0);
    let documents = read_limited(
        &path,
        &mut report,
        &mut |done, total| last = (done, total),
        &AtomicBool::new(false),
        LIMIT,
    )
    .expect("reads");
    let sources: Vec<&str> = documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(sources, ["spans.jsonl:1", "spans.jsonl:3", "spans.jsonl:4"]);
    assert_eq!(documents[1].spans.len(), 2);
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    for (problem, n) in problems.iter().zip([2, 6]) {
        assert!(
            problem.contains(&format!("spans.jsonl:{n}"))
                && problem.contains("a line of more than 1000 bytes"),
            "{problem}"
        );
    }
    let size = usize::try_from(fs::metadata(&path).expect("stat").len()).expect("small");
    assert_eq!(last, (size, size), "progress counts every byte");
}
