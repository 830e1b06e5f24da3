//! Recovery checks what it puts in place: the commit record gives each pending file's size and
//! hash, a save whose pending files all check is finished, one with a file missing, cut short or
//! changed is undone, and loading says which. A save partly put in place already, with a damaged
//! file left, is neither finished nor undone: an error, nothing touched.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use hashiya::import::{ImportOptions, sha256_hex};
use hashiya::model::{Edit, LabelId, Project, Span, SpanId, Transaction};
use hashiya::store::{self, PendingProblem, Recovery, StoreError, StoreWarning};
use hashiya::workspace::Workspace;

const SAVE_ID: &str = "0123456789abcdef";
const ARTICLE: &str = "أعلنت بلدية المدينة عن افتتاح حديقة عامة جديدة قرب النهر.\n";

/// A project saved without spans at `<dir>/real/p.ron`, and the files a second save (one span)
/// writes, by name relative to the project's folder.
struct Setup {
    _dir: tempfile::TempDir,
    path: PathBuf,
    before: Project,
    after: Project,
    second: BTreeMap<String, Vec<u8>>,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).expect("corpus");
    fs::write(corpus.join("a.txt"), ARTICLE).expect("write");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("imports");
    let path = dir.path().join("real").join("p.ron");
    fs::create_dir_all(path.parent().expect("folder")).expect("folder");
    ws.save_as(&path).expect("first save");
    let before = store::load_project(&path).expect("loads");

    let doc = ws.project().documents[0].id.clone();
    let span = Span::new(
        SpanId::from_u64(0x5a00_0000_0000_0001),
        0,
        5,
        LabelId("ORG".into()),
        "أعلنت",
    );
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan { doc, span },
    ))
    .expect("valid span");
    // The second save, made beside the first at the same depth so paths read the same.
    let scratch = dir.path().join("scratch").join("p.ron");
    fs::create_dir_all(scratch.parent().expect("folder")).expect("folder");
    ws.save_as(&scratch).expect("second save");
    let after = store::load_project(&scratch).expect("loads");
    let second = files_below(scratch.parent().expect("folder"));
    assert!(second.len() >= 2, "{:?}", second.keys());
    Setup {
        _dir: dir,
        path,
        before,
        after,
        second,
    }
}

fn files_below(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walk(dir) {
        let name = entry
            .strip_prefix(dir)
            .expect("below")
            .to_string_lossy()
            .into_owned();
        if entry.extension().is_none_or(|e| e != "lock") {
            files.insert(name, fs::read(&entry).expect("read"));
        }
    }
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn check_of(bytes: &[u8]) -> String {
    format!("(size: {}, sha256: \"{}\")", bytes.len(), sha256_hex(bytes))
}

impl Setup {
    fn annotation_name(&self) -> String {
        let name = self
            .second
            .keys()
            .find(|k| k.starts_with(&format!("{}/", self.folder_name())))
            .expect("an annotation file");
        name.rsplit('/').next().expect("a name").to_owned()
    }

    /// The annotations folder's name beside the project file.
    fn folder_name(&self) -> String {
        store::annotations_dir(&self.path)
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned()
    }

    fn folder(&self) -> PathBuf {
        self.path.parent().expect("folder").to_owned()
    }

    fn project_pending(&self) -> PathBuf {
        self.folder().join(format!(".p.ron.pending-{SAVE_ID}"))
    }

    fn annotation_pending(&self) -> PathBuf {
        store::annotations_dir(&self.path)
            .join(format!(".{}.pending-{SAVE_ID}", self.annotation_name()))
    }

    /// The second save stopped just past its commit point: pending files and a record of
    /// `version` (1 has no checks).
    fn interrupt(&self, version: u32) {
        let name = self.annotation_name();
        let project = &self.second["p.ron"];
        let annotations = &self.second[&format!("{}/{name}", self.folder_name())];
        fs::create_dir_all(store::annotations_dir(&self.path)).expect("folder");
        fs::write(self.project_pending(), project).expect("write");
        fs::write(self.annotation_pending(), annotations).expect("write");
        let checks = if version >= 2 {
            format!(
                ", project: Some({}), written: {{\"{name}\": {}}}",
                check_of(project),
                check_of(annotations)
            )
        } else {
            String::new()
        };
        fs::write(
            self.folder().join("p.ron.commit"),
            format!(
                "(version: {version}, save: \"{SAVE_ID}\", annotations: [\"{name}\"], removed: []{checks})"
            ),
        )
        .expect("record");
    }

    fn load(&self) -> (Project, Vec<StoreWarning>) {
        store::load_project_with_report(&self.path).expect("loads")
    }
}

fn recovered(warnings: &[StoreWarning]) -> &Recovery {
    match warnings.first() {
        Some(StoreWarning::Recovered { recovery, .. }) => recovery,
        other => panic!("no recovery said: {other:?}"),
    }
}

#[test]
fn a_save_whose_files_check_is_finished_and_said() {
    let s = setup();
    s.interrupt(2);
    let (project, warnings) = s.load();
    assert_eq!(project, s.after);
    assert_eq!(recovered(&warnings), &Recovery::RolledForward);
    assert!(warnings[0].to_string().contains("was finished"));
    assert!(!s.folder().join("p.ron.commit").exists());
}

#[test]
fn a_missing_pending_file_undoes_the_save() {
    let s = setup();
    s.interrupt(2);
    fs::remove_file(s.annotation_pending()).expect("remove");
    let (project, warnings) = s.load();
    assert_eq!(project, s.before);
    let recovery = recovered(&warnings);
    assert!(
        matches!(
            recovery,
            Recovery::RolledBackDamaged {
                problem: PendingProblem::Missing,
                ..
            }
        ),
        "{recovery:?}"
    );
    let said = warnings[0].to_string();
    assert!(
        said.contains("could not be finished") && said.contains("is missing"),
        "{said}"
    );
    assert!(said.contains("was undone"), "{said}");
    assert!(!s.project_pending().exists(), "pending files stay behind");
}

#[test]
fn a_truncated_pending_file_undoes_the_save() {
    let s = setup();
    s.interrupt(2);
    let bytes = fs::read(s.annotation_pending()).expect("read");
    fs::write(s.annotation_pending(), &bytes[..bytes.len() / 2]).expect("write");
    let (project, warnings) = s.load();
    assert_eq!(project, s.before);
    assert!(matches!(
        recovered(&warnings),
        Recovery::RolledBackDamaged {
            problem: PendingProblem::WrongSize { .. },
            ..
        }
    ));
}

#[test]
fn a_corrupted_project_pending_file_undoes_the_save() {
    let s = setup();
    s.interrupt(2);
    let mut bytes = fs::read(s.project_pending()).expect("read");
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    fs::write(s.project_pending(), &bytes).expect("write");
    let (project, warnings) = s.load();
    assert_eq!(project, s.before);
    match recovered(&warnings) {
        Recovery::RolledBackDamaged { file, problem } => {
            assert_eq!(problem, &PendingProblem::WrongContent);
            assert_eq!(file, &s.path);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_save_partly_in_place_with_a_damaged_file_is_left_alone() {
    let s = setup();
    s.interrupt(2);
    // The annotation file was put in place before the crash; the project's pending file broke.
    let target = store::annotations_dir(&s.path).join(s.annotation_name());
    fs::rename(s.annotation_pending(), &target).expect("rename");
    fs::write(s.project_pending(), "(").expect("cut short");
    let before = files_below(&s.folder());
    let error = store::load_project(&s.path).expect_err("neither state can be had");
    assert!(matches!(error, StoreError::Commit { .. }), "{error}");
    assert!(
        error.to_string().contains("neither finished nor undone"),
        "{error}"
    );
    assert_eq!(files_below(&s.folder()), before);
}

#[test]
fn a_record_of_version_1_is_still_followed() {
    let s = setup();
    s.interrupt(1);
    let (project, warnings) = s.load();
    assert_eq!(project, s.after);
    assert_eq!(recovered(&warnings), &Recovery::RolledForward);
}

#[test]
fn the_command_line_says_a_save_was_undone() {
    let s = setup();
    s.interrupt(2);
    fs::remove_file(s.annotation_pending()).expect("remove");
    let out = Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("stats")
        .arg(&s.path)
        .output()
        .expect("runs");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{printed}");
    assert!(
        printed.contains("could not be finished") && printed.contains("was undone"),
        "{printed}"
    );
}
