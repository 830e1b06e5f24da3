//! Teams: stamps on spans and claims, comparing and merging two analysts' copies of a project.

use std::path::PathBuf;

use hashiya::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, ClusterMember, DocId, Edit, LabelId, Project,
    Relation, Span, SpanId, Stamp, Transaction,
};
use hashiya::team::{MatchKind, compare, merge};
use hashiya::workspace::Workspace;

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron")
}

fn copy_of_fixture(dir: &std::path::Path) -> PathBuf {
    let ws = Workspace::open_project(&fixture_path()).expect("fixture opens");
    let mut ws = ws;
    let path = dir.join("study.ron");
    ws.save_as(&path).expect("copy saves");
    path
}

#[test]
fn the_workspace_stamps_what_it_adds_and_changes_and_undo_restores_the_stamp() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = copy_of_fixture(dir.path());
    let mut ws = Workspace::open_project(&path).expect("opens");
    ws.set_annotator("huda".into());
    let doc = ws.project().documents[0].id.clone();
    let text = ws.articles()[0].text().expect("text").to_owned();
    let quote: String = text.chars().take(3).collect();
    let span = Span::new(SpanId::fresh(), 0, 3, LabelId("PER".into()), &quote);
    let id = span.id.clone();
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan {
            doc: doc.clone(),
            span,
        },
    ))
    .expect("adds");
    let added = ws
        .project()
        .annotations
        .get(&doc, &id)
        .expect("added")
        .clone();
    assert_eq!(added.stamp.annotator, "huda");
    assert_eq!(added.stamp.created.len(), "2026-11-23T09:15:02Z".len());
    assert!(added.stamp.created.ends_with('Z'));
    assert_eq!(added.stamp.created, added.stamp.modified);

    // Another analyst relabels it later: the creator stays, the time moves.
    ws.set_annotator("omar".into());
    let mut older = added.clone();
    older.stamp.modified = "2000-01-01T00:00:00Z".into();
    older.stamp.created = "2000-01-01T00:00:00Z".into();
    // Make the stored span old first (a stamp set by the edit itself is kept as it is).
    ws.apply(Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_CLAIMANT,
        Edit::ReplaceSpan {
            doc: doc.clone(),
            before: added.clone(),
            after: older.clone(),
        },
    ))
    .expect("ages");
    assert_eq!(
        ws.project().annotations.get(&doc, &id).expect("span").stamp,
        older.stamp
    );
    let mut relabelled = older.clone();
    relabelled.label = LabelId("ORG".into());
    ws.apply(Transaction::single(
        hashiya::model::Message::INSPECTOR_EDIT_RELABEL,
        Edit::ReplaceSpan {
            doc: doc.clone(),
            before: older.clone(),
            after: relabelled,
        },
    ))
    .expect("relabels");
    let now = ws
        .project()
        .annotations
        .get(&doc, &id)
        .expect("span")
        .clone();
    assert_eq!(now.stamp.annotator, "huda", "the creator is kept");
    assert_eq!(now.stamp.created, "2000-01-01T00:00:00Z");
    assert!(now.stamp.modified > older.stamp.modified);

    // Saved and read back, the stamp is there; undo brings the old one back.
    ws.save_as(&path).expect("saves");
    let again = Workspace::open_project(&path).expect("reopens");
    assert_eq!(
        again
            .project()
            .annotations
            .get(&doc, &id)
            .expect("span")
            .stamp,
        now.stamp
    );
    let file = std::fs::read_to_string(
        hashiya::store::annotations_dir(&path)
            .join(hashiya::store::annotations_file::file_name_for(&doc)),
    )
    .expect("annotation file");
    assert!(file.contains("annotator: \"huda\","), "{file}");
    ws.undo().expect("undo");
    assert_eq!(
        ws.project().annotations.get(&doc, &id).expect("span").stamp,
        older.stamp
    );
}

fn span(id: &str, start: usize, end: usize, label: &str, modified: &str) -> Span {
    let mut span = Span::new(
        SpanId(id.into()),
        start,
        end,
        LabelId(label.into()),
        &"x".repeat(end - start),
    );
    span.stamp = Stamp::new("someone", modified);
    span
}

fn project_with(doc: &str, spans: Vec<Span>, claims: Vec<Claim>) -> Project {
    let mut project = Project::default();
    for s in spans {
        project
            .annotations
            .insert(DocId(doc.into()), s)
            .expect("span");
    }
    for c in claims {
        project
            .annotations
            .insert_claim(DocId(doc.into()), c)
            .expect("claim");
    }
    project
}

#[test]
fn merging_joins_identical_spans_and_their_claims_and_keeps_disagreements() {
    let t = "2026-11-20T09:00:00Z";
    let d = DocId("d.txt".into());
    let mine = {
        let mut p = project_with(
            "d.txt",
            vec![
                span("m-who", 0, 4, "PER", t),
                span("m-what", 10, 30, "CLAIM", t),
                span("m-x", 40, 44, "ORG", t),
            ],
            vec![Claim::new(
                ClaimId("m-claim".into()),
                SpanId("m-what".into()),
                Claimant::Mention(SpanId("m-who".into())),
            )],
        );
        p.clusters.insert(
            ClusterId("k".into()),
            Cluster {
                members: vec![ClusterMember {
                    doc: d.clone(),
                    claim: ClaimId("m-claim".into()),
                    relation: Relation::Reports,
                }],
                ..Cluster::new(ClusterId("k".into()), "k")
            },
        );
        p
    };
    let theirs = {
        let mut p = project_with(
            "d.txt",
            vec![
                span("t-who", 0, 4, "PER", t),
                span("t-what", 10, 30, "CLAIM", t),
                span("t-x", 40, 44, "GPE", t),
                span("t-y", 50, 52, "DATE", t),
            ],
            vec![Claim::new(
                ClaimId("t-claim".into()),
                SpanId("t-what".into()),
                Claimant::Mention(SpanId("t-who".into())),
            )],
        );
        p.clusters.insert(
            ClusterId("k2".into()),
            Cluster {
                members: vec![ClusterMember {
                    doc: d.clone(),
                    claim: ClaimId("t-claim".into()),
                    relation: Relation::Supports,
                }],
                ..Cluster::new(ClusterId("k2".into()), "k2")
            },
        );
        p
    };
    let comparison = compare(&mine, &theirs);
    let counts = comparison.counts();
    assert_eq!(counts.get(&MatchKind::Same), Some(&2));
    assert_eq!(counts.get(&MatchKind::OtherLabel), Some(&1));
    assert_eq!(counts.get(&MatchKind::OnlyTheirs), Some(&1));
    assert_eq!(comparison.disagreement_count(), 2);

    let (merged, report) = merge(None, &mine, &theirs);
    let ids: Vec<&str> = merged
        .annotations
        .spans(&d)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["m-who", "m-what", "m-x", "t-x", "t-y"],
        "duplicates joined, disagreements kept"
    );
    assert_eq!((report.joined_spans, report.joined_claims), (2, 1));
    let claims = merged.annotations.claims(&d);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].id.as_str(), "m-claim");
    // Their cluster now names my claim, which stands for theirs.
    assert_eq!(
        merged.clusters[&ClusterId("k2".into())].members[0]
            .claim
            .as_str(),
        "m-claim"
    );
    assert!(report.broken.is_empty(), "{:?}", report.broken);
    assert!(report.conflicts.is_empty());
    let text = report.to_text();
    assert!(
        text.contains("1 same span, other label") && text.contains("1 only theirs"),
        "{text}"
    );
}

#[test]
fn a_span_both_changed_keeps_the_newer_and_says_so() {
    let base = project_with(
        "d.txt",
        vec![span("s", 0, 4, "PER", "2026-11-01T00:00:00Z")],
        vec![],
    );
    let mine = project_with(
        "d.txt",
        vec![span("s", 0, 4, "ORG", "2026-11-02T00:00:00Z")],
        vec![],
    );
    let theirs = project_with(
        "d.txt",
        vec![span("s", 0, 4, "GPE", "2026-11-03T00:00:00Z")],
        vec![],
    );
    let (merged, report) = merge(Some(&base), &mine, &theirs);
    let d = DocId("d.txt".into());
    assert_eq!(merged.annotations.spans(&d)[0].label.0, "GPE");
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].kept, hashiya::team::Side::Theirs);
    assert!(
        report.conflicts[0]
            .what
            .to_string()
            .contains("span s in d.txt")
    );
    // Swapped sides give the same content.
    let (swapped, _) = merge(Some(&base), &theirs, &mine);
    assert_eq!(swapped.annotations, merged.annotations);
}

/// What `hashiya <args>` run in `dir` with the interface in `lang` prints; it must succeed.
fn hashiya_in(dir: &std::path::Path, lang: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .current_dir(dir)
        .args(args)
        .env("HASHIYA_LANG", lang)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn agreement_command_prints_a_table_and_json() {
    let here = std::path::Path::new(".");
    let run = |args: &[&str]| hashiya_in(here, "en", &[&["agreement"], args].concat());
    let fixture = fixture_path();
    let fixture = fixture.to_str().expect("path");
    let text = run(&[fixture, fixture]);
    assert!(text.starts_with("3 documents compared"), "{text}");
    let overall = text
        .lines()
        .find(|l| l.starts_with("overall"))
        .expect("overall row");
    assert_eq!(
        overall.split_whitespace().collect::<Vec<_>>(),
        [
            "overall", "1.000", "1.000", "1.000", "1.000", "1.000", "22", "0", "0"
        ]
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&["--json", fixture, fixture])).expect("json");
    assert_eq!(json["overall"]["matched"], 22);
    assert_eq!(json["per_label"]["Person"]["f1"], 1.0);
}

#[test]
fn a_label_they_added_on_a_key_i_use_loses_the_key() {
    use hashiya::model::{Label, Rgb};
    let label = |id: &str, key: char| Label {
        id: LabelId(id.into()),
        name: id.into(),
        colour: Rgb(1, 2, 3),
        key: Some(key),
        description: String::new(),
    };
    let mut mine = Project::default();
    mine.schema.labels = vec![label("PER", '1'), label("WEAPON", '7')];
    let mut theirs = Project::default();
    theirs.schema.labels = vec![label("PER", '1'), label("VEHICLE", '7')];
    let (merged, report) = merge(None, &mine, &theirs);
    let keys: Vec<(&str, Option<char>)> = merged
        .schema
        .labels
        .iter()
        .map(|l| (l.id.0.as_str(), l.key))
        .collect();
    assert_eq!(
        keys,
        [("PER", Some('1')), ("WEAPON", Some('7')), ("VEHICLE", None)]
    );
    assert_eq!(report.unkeyed_labels, ["VEHICLE"]);
}

#[test]
fn merging_a_project_with_an_annotation_file_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = copy_of_fixture(dir.path());
    let annotation_file = std::fs::read_dir(hashiya::store::annotations_dir(&project))
        .expect("annotations folder")
        .next()
        .expect("a file")
        .expect("entry")
        .path();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("merge")
        .arg(&project)
        .arg(&annotation_file)
        .arg("-o")
        .arg(dir.path().join("out.ron"))
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a project file but") && stderr.contains("is an annotation file"),
        "{stderr}"
    );
    assert!(!dir.path().join("out.ron").exists(), "nothing written");
}

/// Two annotation files of `d.txt` that disagree every way: a span both changed (theirs
/// newer), one alike, one only mine, one only theirs. `hashiya merge` of them in `lang`.
fn merge_report_in(lang: &str) -> (String, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir").keep();
    let (old, new) = ("2026-11-20T09:00:00Z", "2026-11-21T09:00:00Z");
    let doc = DocId("d.txt".into());
    let write = |name: &str, spans: &[Span]| {
        let text = hashiya::store::annotations_file::to_ron_string(&doc, spans, &[], &[])
            .expect("annotation file");
        std::fs::write(dir.join(name), text).expect("write");
    };
    write(
        "mine.ron",
        &[
            span("s-one", 0, 4, "PER", old),
            span("s-two", 10, 14, "ORG", old),
            span("s-three", 20, 24, "LOC", old),
        ],
    );
    write(
        "theirs.ron",
        &[
            span("s-one", 0, 4, "GPE", new),
            span("s-two", 10, 14, "ORG", old),
            span("t-four", 30, 34, "PER", old),
        ],
    );
    let args = ["merge", "mine.ron", "theirs.ron", "-o", "merged.ron"];
    (hashiya_in(&dir, lang, &args), dir)
}

#[test]
fn the_merge_report_speaks_arabic_when_asked_and_english_as_before() {
    let (english, dir) = merge_report_in("en");
    for line in [
        "Merged: 4 spans, 0 claims (0 duplicate spans and 0 duplicate claims joined)",
        "Before merging: 1 same span and label, 1 same span, other label, 0 overlapping, \
         1 only mine, 1 only theirs",
        "Conflicts (1):",
        "  span s-one in d.txt: changed on both sides, kept theirs",
        "Written to merged.ron",
    ] {
        assert!(english.lines().any(|l| l == line), "{line:?} in {english}");
    }
    std::fs::remove_dir_all(dir).expect("clean up");

    let (arabic, dir) = merge_report_in("ar");
    std::fs::remove_dir_all(dir).expect("clean up");
    assert_eq!(arabic.lines().count(), english.lines().count(), "{arabic}");
    // What the report names as recorded: the document, the span in conflict, the output file.
    let mut words = arabic.replace(['\u{2068}', '\u{2069}'], "");
    for known in ["merged.ron", "d.txt", "s-one"] {
        assert!(words.contains(known), "{known} in {arabic}");
        words = words.replace(known, "");
    }
    assert!(
        !words.chars().any(|c| c.is_ascii_alphabetic()),
        "Latin letters left in {arabic}"
    );
    for line in ["تعارض واحد:", "مقطع واحد عندي وحدي", "لا مقطع متداخل"]
    {
        assert!(arabic.contains(line), "{line:?} in {arabic}");
    }
}

#[test]
fn the_agreement_table_speaks_arabic_when_asked() {
    let fixture = fixture_path();
    let path = fixture.to_str().expect("path");
    let text = hashiya_in(std::path::Path::new("."), "ar", &["agreement", path, path]);
    assert!(text.contains("الإجمالي"), "{text}");
    assert!(text.contains("(بلا وسيلة)"), "{text}");
    // What the table names as recorded: the project's path and its labels' names; then the
    // measures by the names the literature gives them.
    let project = hashiya::store::load_project(&fixture).expect("fixture");
    let mut words = text.replace(['\u{2068}', '\u{2069}'], "");
    words = words.replace(&*fixture.to_string_lossy(), "");
    let mut names: Vec<&str> = project
        .schema
        .labels
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    // The longest first, so "Claim" does not cut "Claimant" short.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in names {
        words = words.replace(&format!("الوسم {name}"), "");
    }
    let latin: Vec<&str> = words
        .split_whitespace()
        .filter(|w| !["αU", "P", "R", "F1"].contains(w))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    assert!(latin.is_empty(), "{latin:?} in {text}");
}
