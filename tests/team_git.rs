//! Two analysts share a project through git, as the README's "Working in a team" describes:
//! each annotates in a clone, work on different documents merges by itself, and edits to the
//! same document are resolved by `hashiya merge` (by hand from git's stages, or as git's merge
//! driver). Needs `git` on the PATH.

use std::path::{Path, PathBuf};
use std::process::Command;

use hashiya::model::{DocId, Edit, LabelId, Span, SpanId, Stamp, Transaction};
use hashiya::workspace::Workspace;

const A_TXT: &str = "أعلن المجلس البلدي في المدينة افتتاح سوق جديدة قرب النهر.\n";
const B_TXT: &str = "قال مدير المستشفى إن الأدوية وصلت صباح الأحد.\n";
const C_TXT: &str = "ذكرت وكالة الأنباء أن وفدا من الهلال الأحمر زار البلدة أمس.\n";
const D_TXT: &str = "أعلنت مديرية التربية تأجيل الامتحانات إلى الأسبوع المقبل.\n";

/// `program` with `args` in `dir`, with a git identity and no configuration from the machine.
fn command(dir: &Path, program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir);
    command
}

fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = command(dir, program, args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "{program} {args:?} in {}: {text}",
        dir.display()
    );
    text
}

fn git(dir: &Path, args: &[&str]) -> String {
    run(dir, "git", args)
}

/// Like [`git`], but failing is one of the outcomes: returns whether it succeeded.
fn git_may_fail(dir: &Path, args: &[&str]) -> bool {
    command(dir, "git", args)
        .status()
        .expect("git runs")
        .success()
}

fn hashiya(dir: &Path, args: &[&str]) -> String {
    run(dir, env!("CARGO_BIN_EXE_hashiya"), args)
}

/// A span over the first occurrence of `word` in `text`, stamped as `who` at `when`.
fn span_on(text: &str, word: &str, label: &str, who: &str, when: &str) -> Span {
    let byte = text.find(word).expect("word in text");
    let start = text[..byte].chars().count();
    let end = start + word.chars().count();
    let mut span = Span::new(SpanId::fresh(), start, end, LabelId(label.into()), word);
    span.stamp = Stamp::new(who, when);
    span
}

fn annotate(project: &Path, edits: Vec<Edit>) {
    let mut ws = Workspace::open_project(project).expect("project opens");
    ws.apply(Transaction {
        description: hashiya::model::Message::STATUS_LABELLED.into(),
        edits,
    })
    .expect("edits apply");
    ws.save_as(project).expect("saves");
}

fn add(doc: &str, span: Span) -> Edit {
    Edit::AddSpan {
        doc: DocId(doc.into()),
        span,
    }
}

fn relabel(project: &Path, doc: &str, id: &SpanId, label: &str, who: &str, when: &str) -> Edit {
    let ws = Workspace::open_project(project).expect("project opens");
    let before = ws
        .project()
        .annotations
        .get(&DocId(doc.into()), id)
        .expect("span exists")
        .clone();
    let mut after = before.clone();
    after.label = LabelId(label.into());
    after.stamp.modified = when.into();
    after.stamp.annotator = who.into();
    Edit::ReplaceSpan {
        doc: DocId(doc.into()),
        before,
        after,
    }
}

fn labels_of(project: &Path, doc: &str) -> Vec<(String, String)> {
    let ws = Workspace::open_project(project).expect("merged project opens");
    assert!(
        ws.project().broken_references().is_empty(),
        "{:?}",
        ws.project().broken_references()
    );
    ws.project()
        .annotations
        .spans(&DocId(doc.into()))
        .iter()
        .map(|s| (s.quote.clone(), s.label.0.clone()))
        .collect()
}

struct Team {
    _dir: tempfile::TempDir,
    huda: PathBuf,
    omar: PathBuf,
    shared: SpanId,
    doomed: SpanId,
}

/// A bare repository with a project of three articles, one of them with two spans, cloned
/// twice (Huda's and Omar's).
fn team() -> Team {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let seed = root.join("seed");
    std::fs::create_dir_all(seed.join("corpus")).expect("corpus dir");
    for (name, text) in [
        ("a.txt", A_TXT),
        ("b.txt", B_TXT),
        ("c.txt", C_TXT),
        ("d.txt", D_TXT),
    ] {
        std::fs::write(seed.join("corpus").join(name), text).expect("write article");
    }
    hashiya(&seed, &["new", "corpus", "-o", "study.ron"]);
    let shared = span_on(C_TXT, "الهلال الأحمر", "GPE", "seed", "2026-11-01T08:00:00Z");
    let doomed = span_on(C_TXT, "البلدة", "GPE", "seed", "2026-11-01T08:00:00Z");
    let (shared_id, doomed_id) = (shared.id.clone(), doomed.id.clone());
    annotate(
        &seed.join("study.ron"),
        vec![add("c.txt", shared), add("c.txt", doomed)],
    );
    std::fs::write(seed.join(".gitignore"), "*.journal\n").expect("gitignore");
    git(root, &["init", "--bare", "-b", "main", "origin.git"]);
    git(&seed, &["init", "-b", "main"]);
    git(&seed, &["add", "."]);
    git(&seed, &["commit", "-m", "corpus and project"]);
    git(&seed, &["push", "../origin.git", "main"]);
    git(root, &["clone", "origin.git", "huda"]);
    git(root, &["clone", "origin.git", "omar"]);
    Team {
        huda: root.join("huda"),
        omar: root.join("omar"),
        shared: shared_id,
        doomed: doomed_id,
        _dir: dir,
    }
}

/// Huda labels a.txt and c.txt, relabels the shared span and deletes another; Omar labels
/// b.txt and c.txt and relabels the shared span later; both label d.txt, which had no
/// annotation file before (so git has no common version of it). Huda pushes first.
fn annotate_apart(team: &Team) {
    let (huda, omar) = (&team.huda, &team.omar);
    let study = |dir: &Path| dir.join("study.ron");
    let h = "2026-11-20T09:00:00Z";
    let o = "2026-11-21T09:00:00Z";
    let mut edits = vec![
        add("a.txt", span_on(A_TXT, "المجلس البلدي", "ORG", "huda", h)),
        add("a.txt", span_on(A_TXT, "النهر", "GPE", "huda", h)),
        add("c.txt", span_on(C_TXT, "وكالة الأنباء", "ORG", "huda", h)),
        add("d.txt", span_on(D_TXT, "مديرية التربية", "ORG", "huda", h)),
        relabel(&study(huda), "c.txt", &team.shared, "ARMED", "huda", h),
    ];
    let ws = Workspace::open_project(&study(huda)).expect("opens");
    let doomed = ws
        .project()
        .annotations
        .get(&DocId("c.txt".into()), &team.doomed)
        .expect("span")
        .clone();
    edits.push(Edit::RemoveSpan {
        doc: DocId("c.txt".into()),
        span: doomed,
    });
    annotate(&study(huda), edits);
    git(huda, &["add", "-A"]);
    git(huda, &["commit", "-m", "huda: a.txt, c.txt"]);
    git(huda, &["push", "origin", "main"]);

    annotate(
        &study(omar),
        vec![
            add("b.txt", span_on(B_TXT, "مدير المستشفى", "PER", "omar", o)),
            add("c.txt", span_on(C_TXT, "وكالة الأنباء", "ORG", "omar", o)),
            add("c.txt", span_on(C_TXT, "أمس", "DATE", "omar", o)),
            add("d.txt", span_on(D_TXT, "الأسبوع المقبل", "DATE", "omar", o)),
            relabel(&study(omar), "c.txt", &team.shared, "ORG", "omar", o),
        ],
    );
    git(omar, &["add", "-A"]);
    git(omar, &["commit", "-m", "omar: b.txt, c.txt"]);
}

fn expect_merged(project: &Path) {
    assert_eq!(
        labels_of(project, "a.txt"),
        [
            ("المجلس البلدي".into(), "ORG".into()),
            ("النهر".into(), "GPE".into())
        ]
    );
    assert_eq!(
        labels_of(project, "b.txt"),
        [("مدير المستشفى".into(), "PER".into())]
    );
    // c.txt: the span both marked alike is one; Omar's later relabelling of the shared span
    // wins over Huda's; the span Huda deleted (and Omar left alone) is gone; Omar's date stays.
    assert_eq!(
        labels_of(project, "c.txt"),
        [
            ("وكالة الأنباء".into(), "ORG".into()),
            ("الهلال الأحمر".into(), "ORG".into()),
            ("أمس".into(), "DATE".into()),
        ]
    );
    assert_eq!(
        labels_of(project, "d.txt"),
        [
            ("مديرية التربية".into(), "ORG".into()),
            ("الأسبوع المقبل".into(), "DATE".into()),
        ]
    );
}

#[test]
fn different_documents_merge_by_git_and_the_same_document_by_hashiya_merge() {
    let team = team();
    annotate_apart(&team);
    let omar = &team.omar;
    assert!(
        !git_may_fail(omar, &["pull", "--no-rebase", "origin", "main"]),
        "both changed c.txt's annotation file, so git alone stops with a conflict"
    );
    let status = git(omar, &["status", "--porcelain"]);
    let mut conflicted: Vec<&str> = status
        .lines()
        .filter(|l| l.starts_with("UU") || l.starts_with("AA"))
        .map(|l| l[3..].trim())
        .collect();
    conflicted.sort_unstable();
    assert_eq!(
        conflicted,
        ["study.annotations/c.txt.ron", "study.annotations/d.txt.ron"],
        "a.txt and b.txt merged by themselves: {status}"
    );
    for file in conflicted {
        // Git's stages of the file, merged by hashiya: the common version (none when both
        // added the file), mine and theirs.
        let base = git_may_fail(omar, &["cat-file", "-e", &format!(":1:{file}")]);
        for (stage, name) in [(1, "base.ron"), (2, "mine.ron"), (3, "theirs.ron")] {
            if stage == 1 && !base {
                continue;
            }
            let text = git(omar, &["show", &format!(":{stage}:{file}")]);
            std::fs::write(omar.join(name), text).expect("write stage");
        }
        let mut args = vec!["merge", "mine.ron", "theirs.ron", "-o", file];
        if base {
            args.extend(["--base", "base.ron"]);
        }
        let report = hashiya(omar, &args);
        if file.ends_with("c.txt.ron") {
            assert!(report.contains("Conflicts (1)"), "{report}");
            assert!(
                report.contains("kept mine"),
                "Omar's relabelling is newer: {report}"
            );
        } else {
            assert!(report.contains("No conflicts"), "{report}");
        }
        for name in ["base.ron", "mine.ron", "theirs.ron"] {
            let _ = std::fs::remove_file(omar.join(name));
        }
        git(omar, &["add", file]);
    }
    git(omar, &["commit", "--no-edit"]);
    expect_merged(&omar.join("study.ron"));
}

#[test]
fn as_git_merge_driver_the_pull_needs_no_hand_work() {
    let team = team();
    let omar = &team.omar;
    let driver = format!(
        "{} merge %A %B --base %O -o %A --single-file",
        env!("CARGO_BIN_EXE_hashiya")
    );
    git(
        omar,
        &["config", "merge.hashiya.name", "hashiya project merge"],
    );
    git(omar, &["config", "merge.hashiya.driver", &driver]);
    std::fs::write(omar.join(".gitattributes"), "*.ron merge=hashiya\n").expect("attributes");
    annotate_apart(&team);
    git(
        omar,
        &["pull", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(
        git(omar, &["status", "--porcelain"])
            .lines()
            .all(|l| l.starts_with("??")),
        "nothing left to resolve"
    );
    expect_merged(&omar.join("study.ron"));
}
