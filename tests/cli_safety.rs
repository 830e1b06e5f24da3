//! Commands that would destroy work refuse instead: two writers on one project take turns or one
//! of them refuses, `new` does not replace a project without `--force` (and keeps a backup with
//! it), `export` never writes over the project's own files or its corpus.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use hashiya::workspace::Workspace;

const FIRST: &str = "قال المتحدث باسم المجلس المحلي إن القصف استمر حتى الفجر.\n";
const SECOND: &str = "أفادت مصادر ميدانية بوصول قافلة مساعدات إلى المدينة مساء أمس.\n";

fn hashiya() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hashiya"))
}

fn text_of(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A corpus of two articles and a project of it without spans; the project file.
fn project_in(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus");
    std::fs::write(corpus.join("a.txt"), FIRST).expect("write");
    std::fs::write(corpus.join("b.txt"), SECOND).expect("write");
    let project = dir.join("p.ron");
    let out = hashiya()
        .arg("new")
        .arg(&corpus)
        .arg("-o")
        .arg(&project)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", text_of(&out));
    project
}

/// A doccano line marking `word` of `text` with `label`.
fn doccano(dir: &Path, name: &str, text: &str, word: &str, label: &str) -> PathBuf {
    let byte = text.find(word).expect("word in text");
    let start = text[..byte].chars().count();
    let end = start + word.chars().count();
    let line = serde_json::json!({ "text": text, "label": [[start, end, label]] });
    let path = dir.join(name);
    std::fs::write(&path, format!("{line}\n")).expect("write");
    path
}

/// A project of the two articles with `word` of `text` marked `label` by an import; the
/// project file and the doccano file imported.
fn annotated(dir: &Path, name: &str, text: &str, word: &str, label: &str) -> (PathBuf, PathBuf) {
    let project = project_in(dir);
    let source = doccano(dir, name, text, word, label);
    let out = import_now(&source, &project);
    assert!(out.status.success(), "{}", text_of(&out));
    (project, source)
}

/// An import that does not wait for the lock, run to its end.
fn import_now(source: &Path, project: &Path) -> Output {
    import(source, project, "0")
        .wait_with_output()
        .expect("runs")
}

fn import(source: &Path, project: &Path, wait: &str) -> std::process::Child {
    hashiya()
        .args(["import", "--format", "jsonl"])
        .arg(source)
        .arg(project)
        .env("HASHIYA_LOCK_WAIT", wait)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs")
}

/// The quotes of the spans labelled `label` (by label name or ID) in the saved project.
fn quotes(project: &Path, label: &str) -> Vec<String> {
    let ws = Workspace::open_project(project).expect("opens");
    let p = ws.project();
    let ids: Vec<_> = p
        .schema
        .labels
        .iter()
        .filter(|l| l.name == label || l.id.0 == label)
        .map(|l| l.id.clone())
        .collect();
    p.annotations
        .iter()
        .flat_map(|(_, spans)| spans.iter())
        .filter(|s| ids.contains(&s.label))
        .map(|s| s.quote.clone())
        .collect()
}

#[test]
fn two_imports_at_once_keep_both_or_one_refuses_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = doccano(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    // A label the project lacks: the importing side adds it to the schema.
    let b = doccano(dir.path(), "b.jsonl", SECOND, "قافلة مساعدات", "CONVOY");
    let (mut both, mut refused) = (0, 0);
    for run in 0..20 {
        let runs = dir.path().join(format!("run{run}"));
        let project = project_in(&runs);
        // Half the runs wait for each other; the other half refuse at once when they collide.
        let wait = if run % 2 == 0 { "10" } else { "0" };
        let first = import(&a, &project, wait);
        let second = import(&b, &project, wait);
        let (first, second) = (
            first.wait_with_output().expect("first"),
            second.wait_with_output().expect("second"),
        );
        for (out, label, quote) in [
            (&first, "PER", "المتحدث"),
            (&second, "CONVOY", "قافلة مساعدات"),
        ] {
            let found = quotes(&project, label);
            if out.status.success() {
                assert!(
                    text_of(out).contains("Project saved"),
                    "run {run}: {}",
                    text_of(out)
                );
                assert_eq!(found, [quote], "run {run}: a saved import was lost");
            } else {
                let said = text_of(out);
                assert!(
                    said.contains("open for changes in process"),
                    "run {run}: refused without saying why: {said}"
                );
                assert!(found.is_empty(), "run {run}: refused but saved");
                refused += 1;
            }
        }
        if first.status.success() && second.status.success() {
            both += 1;
        }
        assert!(
            first.status.success() || second.status.success(),
            "run {run}: both refused"
        );
    }
    // The runs that wait always end with both sides' spans.
    assert!(both >= 10, "{both} runs kept both, {refused} refusals");
}

#[test]
fn a_save_never_writes_over_a_change_it_did_not_see() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_in(dir.path());
    // Two copies opened without the lock, as two programs that do not know of it would.
    let mut mine = Workspace::open_project(&project).expect("opens");
    let mut theirs = Workspace::open_project(&project).expect("opens");
    let add = |ws: &mut Workspace, doc: usize, word: &str| {
        let id = ws.project().documents[doc].id.clone();
        let text = ws.text_of(&id).expect("text").to_owned();
        let start = text[..text.find(word).expect("word")].chars().count();
        let span = ws
            .new_span(
                &id,
                start,
                start + word.chars().count(),
                hashiya::model::LabelId("PER".into()),
            )
            .expect("span");
        let mut t = hashiya::model::Transaction::new(hashiya::model::Message::STATUS_LABELLED);
        t.push(hashiya::model::Edit::AddSpan { doc: id, span });
        ws.apply(t).expect("applies");
    };
    add(&mut theirs, 1, "مصادر");
    theirs.save_as(&project).expect("first save");
    add(&mut mine, 0, "المتحدث");
    let err = mine.save_as(&project).expect_err("a stale save is refused");
    let message = err.to_string();
    assert!(message.contains("changed on disk"), "{message}");
    assert!(message.ends_with("p.ron"), "{message}");
    assert_eq!(quotes(&project, "PER"), ["مصادر"], "their span is kept");
    // Saved elsewhere, nothing is lost either.
    mine.save_as(&dir.path().join("mine.ron"))
        .expect("saved under another name");
    assert_eq!(quotes(&dir.path().join("mine.ron"), "PER"), ["المتحدث"]);
}

#[test]
fn new_over_a_project_is_refused_and_force_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, _) = annotated(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    let before = std::fs::read(&project).expect("read");

    let new = |force: bool| {
        let mut command = hashiya();
        command
            .arg("new")
            .arg(dir.path().join("corpus"))
            .arg("-o")
            .arg(&project);
        run_forced(command, force)
    };
    let out = new(false);
    assert!(!out.status.success(), "{}", text_of(&out));
    assert!(text_of(&out).contains("--force"), "{}", text_of(&out));
    assert_eq!(std::fs::read(&project).expect("read"), before);
    assert_eq!(quotes(&project, "PER"), ["المتحدث"]);

    let out = new(true);
    assert!(out.status.success(), "{}", text_of(&out));
    assert!(quotes(&project, "PER").is_empty(), "replaced");
    let backups: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "ron") && p.to_string_lossy().contains(".backup-")
        })
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(text_of(&out).contains(&*backups[0].to_string_lossy()));
    assert_eq!(std::fs::read(&backups[0]).expect("read"), before);
    assert_eq!(quotes(&backups[0], "PER"), ["المتحدث"], "the backup opens");
}

#[test]
fn export_onto_any_input_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, _) = annotated(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    std::fs::write(dir.path().join("p.ron.journal"), "journal").expect("write");
    let files = || {
        let mut all = Vec::new();
        for entry in walk(dir.path()) {
            all.push((entry.clone(), std::fs::read(&entry).unwrap_or_default()));
        }
        all
    };
    let before = files();
    let corpus = dir.path().join("corpus");
    let targets = [
        ("jsonl", project.clone()),
        ("jsonl", dir.path().join("p.annotations")),
        ("jsonl", dir.path().join("p.annotations/x.jsonl")),
        ("jsonl", dir.path().join("p.ron.journal")),
        ("jsonl", dir.path().join("p.ron.lock")),
        ("jsonl", corpus.join("a.txt")),
        ("jsonl", dir.path().join("corpus/../corpus/b.txt")),
        ("brat", corpus.clone()),
        ("csv", corpus.join("tables")),
        ("brat", dir.path().to_owned()),
    ];
    for (format, target) in &targets {
        let out = hashiya()
            .args(["export", "--format", format])
            .arg(&project)
            .arg("-o")
            .arg(target)
            .output()
            .expect("runs");
        assert!(
            !out.status.success(),
            "export to {} was allowed: {}",
            target.display(),
            text_of(&out)
        );
        assert!(
            text_of(&out).contains("will not write") || text_of(&out).contains("not empty"),
            "{}",
            text_of(&out)
        );
        assert_eq!(
            files(),
            before,
            "export to {} changed files",
            target.display()
        );
    }
    // A folder of its own is fine; a folder with something in it needs --force.
    let elsewhere = dir.path().join("out");
    std::fs::create_dir(&elsewhere).expect("mkdir");
    std::fs::write(elsewhere.join("notes.txt"), "x").expect("write");
    let export = |force: bool| {
        let mut command = hashiya();
        command
            .args(["export", "--format", "brat"])
            .arg(&project)
            .arg("-o")
            .arg(&elsewhere);
        run_forced(command, force)
    };
    let out = export(false);
    assert!(!out.status.success(), "{}", text_of(&out));
    assert!(text_of(&out).contains("not empty"), "{}", text_of(&out));
    let out = export(true);
    assert!(out.status.success(), "{}", text_of(&out));
}

/// Runs `command`, with `--force` when `force`.
fn run_forced(mut command: Command, force: bool) -> Output {
    if force {
        command.arg("--force");
    }
    command.output().expect("runs")
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn a_reader_that_stops_reading_is_not_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_in(dir.path());
    let mut child = hashiya()
        .arg("stats")
        .arg(&project)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // As `| head` does once it has read enough: nothing is read at all here.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("Broken pipe"), "{said}");
    assert!(out.status.success(), "{said}");
}

#[test]
fn export_finds_the_spans_of_a_changed_article_or_refuses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, _) = annotated(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    let article = dir.path().join("corpus/a.txt");
    let export = || {
        let jsonl = dir.path().join("out.jsonl");
        let out = hashiya()
            .args(["export", "--format", "jsonl"])
            .arg(&project)
            .arg("-o")
            .arg(&jsonl)
            .output()
            .expect("runs");
        (out, std::fs::read_to_string(&jsonl).unwrap_or_default())
    };

    let saved = std::fs::read(&project).expect("read");
    // A line added at the top moves the span with its word.
    let added = "خبر عاجل\n";
    std::fs::write(&article, format!("{added}{FIRST}")).expect("write");
    let (out, written) = export();
    assert!(out.status.success(), "{}", text_of(&out));
    assert!(text_of(&out).contains("moved to"), "{}", text_of(&out));
    let line: serde_json::Value = written
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .find(|v: &serde_json::Value| v["text"].as_str().is_some_and(|t| t.starts_with(added)))
        .expect("the changed article");
    let start = added.chars().count() + 4;
    assert_eq!(
        line["label"][0][0].as_u64(),
        Some(u64::try_from(start).expect("small")),
        "{line}"
    );
    assert_eq!(
        std::fs::read(&project).expect("read"),
        saved,
        "export writes nothing to the project"
    );

    // With the word gone, nothing is exported and the span is named.
    std::fs::write(&article, "نص آخر تماما لا علاقة له بما سبق.\n").expect("write");
    let (out, _) = export();
    assert!(!out.status.success());
    assert!(text_of(&out).contains("not found"), "{}", text_of(&out));
    assert!(
        text_of(&out).contains("no longer match"),
        "{}",
        text_of(&out)
    );
}

#[test]
fn stats_says_which_spans_no_longer_fit_their_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, _) = annotated(dir.path(), "b.jsonl", SECOND, "المدينة", "GPE");
    let stats = || {
        let out = hashiya().arg("stats").arg(&project).output().expect("runs");
        assert!(out.status.success(), "{}", text_of(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(!stats().contains("Span to review"), "{}", stats());
    // The article cut short: the span now lies past its end.
    std::fs::write(dir.path().join("corpus/b.txt"), "أفادت مصادر\n").expect("write");
    let said = stats();
    assert!(
        said.contains("Changed article") && said.contains("not found"),
        "{said}"
    );
    assert!(said.contains("Span to review"), "{said}");
    assert!(
        said.contains("Total\t1 spans"),
        "kept, never dropped: {said}"
    );
}

#[test]
fn an_import_that_cannot_be_saved_does_not_say_it_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_in(dir.path());
    let source = doccano(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    let mut permissions = std::fs::metadata(&project).expect("meta").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&project, permissions).expect("read-only");
    let out = import(&source, &project, "0")
        .wait_with_output()
        .expect("runs");
    assert!(!out.status.success(), "{}", text_of(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("Imported"), "{stdout}");
    assert!(
        text_of(&out).contains("nothing was imported"),
        "{}",
        text_of(&out)
    );
}

#[test]
fn a_jsonl_file_with_a_byte_order_mark_is_read_from_line_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_in(dir.path());
    let source = doccano(dir.path(), "a.jsonl", FIRST, "المتحدث", "PER");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(std::fs::read(&source).expect("read"));
    std::fs::write(&source, bytes).expect("write");
    let out = import(&source, &project, "0")
        .wait_with_output()
        .expect("runs");
    assert!(out.status.success(), "{}", text_of(&out));
    assert!(!text_of(&out).contains(":1"), "{}", text_of(&out));
    assert_eq!(quotes(&project, "PER"), ["المتحدث"]);
}

#[test]
fn an_import_with_a_label_name_that_would_break_or_reorder_text_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_in(dir.path());
    let before = std::fs::read(&project).expect("read");
    for (name, label, why) in [
        ("rlo.jsonl", "\u{202E}PER", "direction control U+202E"),
        ("newline.jsonl", "PER\nORG", "control character U+000A"),
        ("blank.jsonl", "   ", "empty or only white space"),
    ] {
        let source = doccano(dir.path(), name, FIRST, "المتحدث", label);
        let out = import_now(&source, &project);
        let printed = text_of(&out);
        assert!(!out.status.success(), "{label:?}: {printed}");
        assert!(printed.contains(why), "{label:?}: {printed}");
        if !label.trim().is_empty() {
            assert!(!printed.contains(label), "{label:?} printed raw: {printed}");
        }
        assert_eq!(std::fs::read(&project).expect("read"), before);
    }
}

#[test]
fn new_reports_hidden_articles_and_escapes_odd_file_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join(".d")).expect("folders");
    std::fs::write(corpus.join("a.txt"), FIRST).expect("write");
    std::fs::write(corpus.join("..txt"), SECOND).expect("write");
    std::fs::write(corpus.join(".d").join("b.txt"), SECOND).expect("write");
    std::fs::write(corpus.join("photo\u{202E}gnp.exe"), b"MZ").expect("write");
    std::fs::write(corpus.join("two\nlines.png"), b"\x89PNG").expect("write");
    let out = hashiya()
        .arg("new")
        .arg(&corpus)
        .arg("-o")
        .arg(dir.path().join("p.ron"))
        .output()
        .expect("runs");
    let printed = text_of(&out);
    assert!(out.status.success(), "{printed}");
    assert!(printed.contains("  ..txt: hidden file"), "{printed}");
    assert!(printed.contains("  .d/: hidden folder"), "{printed}");
    assert!(
        printed.contains("photo\\u{202E}gnp.exe: not a supported"),
        "{printed}"
    );
    assert!(
        printed.contains("two\\nlines.png: not a supported"),
        "{printed}"
    );
    assert!(!printed.contains('\u{202E}'), "{printed}");
}
