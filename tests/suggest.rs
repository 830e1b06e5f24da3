//! Suggestions from the command line (`hashiya suggest`) on a project imported from brat: the
//! JSON Lines contract, rejections kept across saving and reopening, accepting into a new
//! project file; and, on the same gold collection, learned mentions against exact string matching.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use hashiya::import::{ImportFormat, ImportOptions};
use hashiya::model::{DocId, Rejection};
use hashiya::suggest::evaluate::{claim_frames, learning_curve};
use hashiya::workspace::Workspace;
use serde_json::Value;

fn gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest-gold/brat")
}

/// The gold articles with the annotations of the first `annotated` of them, imported from brat.
fn imported(dir: &Path, annotated: usize) -> Workspace {
    let corpus = dir.join("corpus");
    let brat = dir.join("brat");
    std::fs::create_dir_all(&corpus).expect("corpus dir");
    std::fs::create_dir_all(&brat).expect("brat dir");
    let mut names: Vec<PathBuf> = std::fs::read_dir(gold_dir())
        .expect("gold")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for (i, txt) in names.iter().enumerate() {
        let name = txt.file_name().expect("name");
        std::fs::copy(txt, corpus.join(name)).expect("copy text");
        if i < annotated {
            std::fs::copy(txt, brat.join(name)).expect("copy text");
            std::fs::copy(
                txt.with_extension("ann"),
                brat.join(name).with_extension("ann"),
            )
            .expect("copy ann");
        }
    }
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let report = ws
        .import_annotations(
            ImportFormat::Brat,
            &brat,
            &mut |_, _| {},
            &AtomicBool::new(false),
        )
        .expect("brat import");
    assert!(report.problems.is_empty(), "{}", report.summary());
    ws
}

fn run(args: &[&str]) -> Vec<Value> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("suggest")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect()
}

fn chars(text: &str, start: &Value, end: &Value) -> String {
    let (start, end) = (start.as_u64().expect("start"), end.as_u64().expect("end"));
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn suggest_prints_json_lines_with_char_offsets_and_never_a_rejected_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = imported(dir.path(), 5);
    let project = dir.path().join("p.ron");
    let mut ws = ws;
    ws.save_as(&project).expect("save");
    let p = project.to_str().expect("path");
    let doc = DocId("a06.txt".into());
    let text = ws.text_of(&doc).expect("a06 read").to_owned();

    let spans = run(&[p, "--documents", "a06.txt", "--kinds", "spans"]);
    let mut seen: Vec<(String, String)> = Vec::new();
    for line in &spans {
        let keys: Vec<&str> = line
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "document", "end", "entity", "kind", "label", "score", "source", "start", "text"
            ]
        );
        assert_eq!(line["document"], "a06.txt");
        assert_eq!(line["kind"], "span");
        assert_eq!(
            chars(&text, &line["start"], &line["end"]),
            line["text"].as_str().expect("text")
        );
        seen.push((
            line["text"].as_str().expect("text").to_owned(),
            line["label"].as_str().expect("label").to_owned(),
        ));
    }
    // Named in the five annotated articles, with the brat types as labels.
    for expected in [
        ("وادي الريحان", "GPE"),
        ("المرصد المدني لحقوق الإنسان", "ORG"),
        ("وكالة أنباء الساحل", "ORG"),
    ] {
        assert!(
            seen.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} in {seen:?}"
        );
    }

    let claims = run(&[p, "--documents", "a06.txt", "--kinds", "claims"]);
    let denial = claims
        .iter()
        .find(|c| c["cue"]["text"] == "نفت")
        .expect("the denial");
    assert_eq!(denial["kind"], "claim");
    assert_eq!(denial["polarity"], "denies");
    assert_eq!(denial["claimant"]["text"], "وزارة الداخلية");
    assert_eq!(denial["source"], "attribution");
    assert_eq!(
        chars(&text, &denial["cue"]["start"], &denial["cue"]["end"]),
        "نفت"
    );

    // Rejected (everywhere) and saved: not printed after reopening.
    let mut saved = hashiya::store::load_project(&project).expect("loads");
    saved.suggestions.rejected.insert(Rejection {
        kind: "span".into(),
        form: hashiya::text::normalize::normalize_key("وادي الريحان"),
        label: "GPE".into(),
        context: String::new(),
    });
    hashiya::store::save_project(&project, &saved).expect("saves");
    let again = run(&[p, "--documents", "a06.txt", "--kinds", "spans"]);
    assert_eq!(again.len(), spans.len() - 1);
    assert!(again.iter().all(|l| l["text"] != "وادي الريحان"));

    let high = run(&[p, "--kinds", "spans,claims", "--min-score", "0.85"]);
    assert!(
        high.iter()
            .all(|l| l["score"].as_f64().expect("score") >= 0.85)
    );
    assert!(high.len() < run(&[p, "--kinds", "spans,claims"]).len());
}

#[test]
fn suggest_accept_writes_a_project_with_the_suggestions_as_annotations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = imported(dir.path(), 5);
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    let doc = DocId("a07.txt".into());
    let before = ws.project().annotations.spans(&doc).len();
    let out = dir.path().join("out.ron");
    let p = project.to_str().expect("path");
    let printed = run(&[
        p,
        "--documents",
        "a07.txt",
        "--kinds",
        "spans",
        "--accept",
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(!printed.is_empty());
    let accepted = Workspace::open_project(&out).expect("opens");
    assert_eq!(
        accepted.project().annotations.spans(&doc).len(),
        before + printed.len()
    );
    assert!(accepted.span_text_problems().is_empty());
    // Accepted spans are labelled now, so nothing is left to suggest there.
    let o = out.to_str().expect("path");
    assert!(run(&[o, "--documents", "a07.txt", "--kinds", "spans"]).is_empty());
}

#[test]
fn learned_mentions_beat_exact_matching_and_cues_are_found_on_the_gold_collection() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = imported(dir.path(), usize::MAX);
    let texts = ws.texts();
    let curve = learning_curve(ws.project(), &texts, &[5, 10]);
    for point in &curve {
        assert!(
            point.learned.f1() > point.baseline.f1(),
            "after {} articles: learned {:?}, exact {:?}",
            point.annotated,
            point.learned,
            point.baseline
        );
    }
    assert!(curve[1].learned.recall() > 0.5, "{:?}", curve[1].learned);
    let frames = claim_frames(ws.project(), &texts);
    assert!(frames.cues.gold > 50, "{frames:?}");
    assert!(frames.cues.recall() > 0.7, "{frames:?}");
    assert!(frames.cues.precision() > 0.7, "{frames:?}");
}

#[test]
fn a_rejection_made_in_the_workspace_is_saved_undone_and_never_proposed_after_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = imported(dir.path(), 5);
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    let options = || hashiya::suggest::SuggestOptions::default();
    let before = hashiya::suggest::suggest(ws.project(), &ws.texts(), options());
    let target = before
        .iter()
        .find(|s| s.text() == "وادي الريحان")
        .expect("a suggestion of a labelled place")
        .clone();

    let rejection = hashiya::suggest::reject(ws.project(), &target).expect("not yet rejected");
    ws.apply(rejection).expect("applies");
    assert!(ws.has_unsaved_work(), "a rejection is a change to save");
    assert!(!hashiya::suggest::is_open(ws.project(), &target));
    ws.undo().expect("undo");
    assert!(hashiya::suggest::is_open(ws.project(), &target));
    ws.redo().expect("redo");
    ws.save_as(&project).expect("save");

    let reopened = Workspace::open_project(&project).expect("reopens");
    assert!(
        reopened
            .project()
            .suggestions
            .is_rejected(&target.rejection())
    );
    let after = hashiya::suggest::suggest(reopened.project(), &reopened.texts(), options());
    let expected: Vec<_> = before
        .iter()
        .filter(|s| s.rejection() != target.rejection())
        .cloned()
        .collect();
    assert!(expected.len() < before.len());
    assert_eq!(after, expected);
}

#[test]
fn a_reporting_verb_the_project_adds_is_saved_and_used_by_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus dir");
    let text = "وغرد الوزير أن الاجتماع انتهى دون اتفاق.";
    std::fs::write(corpus.join("a.txt"), text).expect("write");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    let path = project.to_str().expect("UTF-8 path");
    assert!(
        run(&[path, "--kinds", "claims"]).is_empty(),
        "not a built-in verb"
    );

    let cue = hashiya::model::ReportingCue {
        form: "غرد".into(),
        ..Default::default()
    };
    ws.apply(hashiya::model::Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        hashiya::model::Edit::AddCue { cue: cue.clone() },
    ))
    .expect("applies");
    ws.save_as(&project).expect("save");
    let reopened = Workspace::open_project(&project).expect("reopens");
    assert_eq!(reopened.project().suggestions.cues, [cue].into());

    let lines = run(&[path, "--kinds", "claims"]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["cue"]["text"], "وغرد");
    assert_eq!(
        chars(text, &lines[0]["start"], &lines[0]["end"]),
        "الاجتماع انتهى دون اتفاق"
    );
}
