//! Crash safety: a process killed with SIGKILL in the middle of saving never leaves a project
//! that fails to load, loses a completed save, or mixes two saves.
//!
//! The test binary runs itself as the child (`child_process`, selected by an environment
//! variable), so nothing extra is built. The child opens the project (or imports the corpus),
//! then loops: one transaction through [`Workspace::apply`] — add span *n*, and mark span
//! *n − 1* with an attribute, so three files change per save — the project renamed
//! «حفظ n», [`Workspace::save_as`], and only then `n` printed on stdout. The parent kills it at
//! a random moment, reads the last number printed (the last completed save, *L*), loads the
//! project and checks it is exactly save *L* or save *L + 1* (the save in progress may or may
//! not have landed): project file and every annotation file from the same save. Files of two
//! saves fail the test. Before loading, the parent finishes or undoes the interrupted save
//! itself ([`store::finish_interrupted_save`]) to count which it was, and afterwards checks
//! that nothing is left behind (no pending file, no commit record). The next child continues
//! from what is on disk.
//!
//! `journal_survives_sigkill` does the same with [`Workspace::autosave`] and
//! [`Workspace::recover_from_journal`].
//!
//! `HASHIYA_KILLS` sets the number of kills (default 200 for saves, a quarter of it for the
//! journal); `HASHIYA_KILL_SEED` replays a run (the seed is printed).
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::fs;
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use hashiya::import::ImportOptions;
use hashiya::model::{Edit, LabelId, Project, Span, SpanId, Transaction};
use hashiya::store::{self, Recovery};
use hashiya::text::graphemes::{snap_to_boundaries, trim_whitespace};
use hashiya::workspace::Workspace;

/// Selects child mode: `save:<folder>` or `journal:<folder>`.
const CHILD_ENV: &str = "HASHIYA_KILL_CHILD";
/// A child that outlives its parent stops after this long.
const CHILD_LIFETIME: Duration = Duration::from_secs(30);

/// Three short articles written for this test (a fictional town's council news).
const ARTICLES: [(&str, &str); 3] = [
    (
        "01.txt",
        "أعلن مجلس بلدة تل الزيتون افتتاح سوق جديد للخضار قرب الجسر القديم، \
         وقال رئيس المجلس إن السوق سيخدم ثلاث قرى مجاورة.",
    ),
    (
        "02.txt",
        "قالت مديرة المدرسة الثانوية إن الدوام سيبدأ في الأول من أيلول، \
         وإن الصفوف الجديدة جُهّزت بمقاعد تبرع بها أهالي البلدة.",
    ),
    (
        "03.txt",
        "نظمت جمعية المزارعين معرضًا للزيتون والزيت، وشارك فيه 40 مزارعًا \
         من القرى المحيطة، وبيعت فيه أصناف محلية قديمة.",
    ),
];

fn name_for(n: u64) -> String {
    format!("حفظ {n}")
}

fn number_in(name: &str) -> Option<u64> {
    name.strip_prefix("حفظ ")?.parse().ok()
}

/// Span `i` as it is once save `n` (≥ `i`) has been made: in document `i % 3`, a few chars at a
/// place that depends on `i`, with the attribute `seen` once save `i + 1` has run.
fn span_at(base: &Workspace, i: u64, n: u64) -> (hashiya::model::DocId, Span) {
    let documents = &base.project().documents;
    let doc = documents[(i % documents.len() as u64) as usize].id.clone();
    let text = base.text_of(&doc).unwrap();
    let len = text.chars().count() as u64;
    let start = (i * 13) % (len - 12);
    let end = start + 3 + i % 8;
    let (start, end) = snap_to_boundaries(text, start as usize, end as usize);
    // A span starts and ends on a word: trimmed, or the first word after white space alone.
    let (start, end) = match trim_whitespace(text, start, end) {
        (s, e) if s < e => (s, e),
        _ => {
            let word = text
                .chars()
                .enumerate()
                .skip(end)
                .find(|(_, c)| !c.is_whitespace())
                .map_or(0, |(k, _)| k);
            snap_to_boundaries(text, word, word + 1)
        }
    };
    let quote: String = text.chars().skip(start).take(end - start).collect();
    let mut span = Span::new(
        SpanId::from_u64(i),
        start,
        end,
        LabelId("PER".into()),
        &quote,
    );
    span.note = format!("span {i}");
    if i < n {
        span.attributes.insert("seen".into(), (i + 1).to_string());
    }
    (doc, span)
}

/// The project as save `n` writes it, from the freshly imported `base`.
fn expected(base: &Workspace, path: &Path, n: u64) -> Project {
    let mut project = base.project().clone();
    project.corpus_dir = store::corpus_dir_for(path, base.corpus_root());
    if n > 0 {
        project.documents[0].author = name_for(n);
    }
    for i in 1..=n {
        let (doc, span) = span_at(base, i, n);
        project.annotations.insert(doc, span).unwrap();
    }
    project
}

/// The one transaction that turns save `n − 1` into save `n`.
fn step(base: &Workspace, n: u64) -> Transaction {
    let (doc, span) = span_at(base, n, n);
    let mut transaction = Transaction::new(hashiya::model::Message::STATUS_LABELLED)
        .with(Edit::AddSpan { doc, span });
    // The save's number, where the project file shows it: the first document's author.
    let first = &base.project().documents[0];
    let mut before = first.meta();
    if n > 1 {
        before.author = name_for(n - 1);
    }
    let mut after = before.clone();
    after.author = name_for(n);
    transaction.push(Edit::SetDocumentMeta {
        doc: first.id.clone(),
        before,
        after,
    });
    if n > 1 {
        let (doc, before) = span_at(base, n - 1, n - 1);
        let (_, after) = span_at(base, n - 1, n);
        transaction.push(Edit::ReplaceSpan { doc, before, after });
    }
    transaction
}

fn write_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    for (name, text) in ARTICLES {
        fs::write(corpus.join(name), text).unwrap();
    }
    corpus
}

fn import(corpus: &Path) -> Workspace {
    Workspace::import_folder(corpus, &ImportOptions::default()).unwrap()
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").unwrap();
    out.flush().unwrap();
}

/// Child mode; does nothing in a normal test run.
#[test]
fn child_process() {
    let Ok(mode) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (mode, dir) = mode.split_once(':').unwrap();
    let dir = PathBuf::from(dir);
    let path = dir.join("p.ron");
    let corpus = dir.join("corpus");
    let base = import(&corpus);
    let mut ws = if path.exists() {
        Workspace::open_project(&path).unwrap()
    } else {
        import(&corpus)
    };
    if mode == "journal" {
        ws.recover_from_journal().unwrap();
    }
    let mut n = number_in(&ws.project().documents[0].author).unwrap_or(0);
    say(&format!("ready {n}"));
    let started = Instant::now();
    while started.elapsed() < CHILD_LIFETIME {
        n += 1;
        ws.apply(step(&base, n)).unwrap();
        match mode {
            "save" => ws.save_as(&path).unwrap(),
            "journal" => assert!(ws.autosave().unwrap(), "nothing journaled at {n}"),
            other => panic!("unknown child mode {other}"),
        }
        say(&n.to_string());
    }
}

/// xorshift64*: enough randomness for kill times, and replayable from its seed.
struct Rng(u64);

impl Rng {
    fn from_env() -> Self {
        let seed = std::env::var("HASHIYA_KILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        println!("HASHIYA_KILL_SEED={seed}");
        Self(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn kills(default: usize) -> usize {
    std::env::var("HASHIYA_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A child in `mode` on `dir`, with a thread forwarding its stdout lines.
fn spawn_child(mode: &str, dir: &Path) -> (Child, mpsc::Receiver<String>) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, format!("{mode}:{}", dir.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    (child, receive)
}

/// What one killed child got done: where it started and its last completed step.
struct Run {
    started_at: u64,
    last_completed: u64,
}

/// How long one step of a child takes, as last measured; kill times are drawn within one step,
/// so every moment of a save is hit about as often on a fast disk as on a slow one.
struct StepTime(Duration);

impl StepTime {
    fn starting_at(ms: u64) -> Self {
        Self(Duration::from_millis(ms))
    }

    /// Folds in one observed step (a moving average, so one slow flush does not dominate).
    fn observe(&mut self, step: Duration) {
        self.0 = (self.0 * 3 + step) / 4;
    }
}

/// Starts a child, waits until it is ready and has completed 0, 1 or 2 steps (at random), lets it
/// work for a random part of one step more, kills it with SIGKILL and reads everything it
/// printed. Waiting for whole steps keeps the run moving forward however slow the disk is.
fn run_and_kill(mode: &str, dir: &Path, rng: &mut Rng, step_time: &mut StepTime) -> Run {
    let (mut child, lines) = spawn_child(mode, dir);
    let mut started_at = None;
    let deadline = Instant::now() + Duration::from_secs(20);
    let next_line = || {
        let wait = deadline.saturating_duration_since(Instant::now());
        lines
            .recv_timeout(wait)
            .unwrap_or_else(|e| panic!("child stopped printing: {e}"))
    };
    while started_at.is_none() {
        // libtest writes "test child_process ... " first, on the same line.
        started_at = next_line()
            .split_once("ready ")
            .map(|(_, n)| n.trim().parse::<u64>().unwrap());
    }
    let started_at = started_at.unwrap();
    let mut last_completed = started_at;
    let mut step_began = Instant::now();
    for _ in 0..rng.below(3) {
        let n: u64 = next_line().parse().unwrap();
        assert_eq!(n, last_completed + 1, "steps are printed in order");
        last_completed = n;
        step_time.observe(step_began.elapsed());
        step_began = Instant::now();
    }
    let window = step_time.0.as_micros() as u64 * 5 / 4 + 1;
    thread::sleep(Duration::from_micros(rng.below(window)));
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert!(!status.success(), "the child ended by itself: {status}");
    // The pipe is drained to its end: every number printed before the kill is seen.
    for line in lines {
        if let Ok(n) = line.parse::<u64>() {
            assert_eq!(n, last_completed + 1, "steps are printed in order");
            last_completed = n;
        }
    }
    Run {
        started_at,
        last_completed,
    }
}

/// Which save `project` is, if it is exactly one of `candidates`; else a description of how it
/// differs from them.
fn which_save(
    base: &Workspace,
    path: &Path,
    project: &Project,
    candidates: [u64; 2],
) -> Result<u64, String> {
    for n in candidates {
        if *project == expected(base, path, n) {
            return Ok(n);
        }
    }
    Err(describe(base, path, project, candidates))
}

/// Which of the `candidates` saves each file matches, e.g. `project file: save 13, 01.txt: save
/// 13, 02.txt: save 14, 03.txt: save 13`.
fn describe(base: &Workspace, path: &Path, project: &Project, candidates: [u64; 2]) -> String {
    let expected = candidates.map(|n| (n, expected(base, path, n)));
    let source = |matches: &dyn Fn(&Project) -> bool| {
        let found: Vec<String> = expected
            .iter()
            .filter(|(_, e)| matches(e))
            .map(|(n, _)| format!("save {n}"))
            .collect();
        match found.len() {
            0 => "neither".to_owned(),
            1 => found.concat(),
            _ => "either".to_owned(),
        }
    };
    let author = &project.documents[0].author;
    let mut parts = vec![format!(
        "project file «{author}»: {}",
        source(&|e| &e.documents[0].author == author)
    )];
    for doc in &base.project().documents {
        let spans = project.annotations.spans(&doc.id);
        parts.push(format!(
            "{} ({} spans): {}",
            doc.id,
            spans.len(),
            source(&|e| e.annotations.spans(&doc.id) == spans)
        ));
    }
    format!(
        "expected save {} or {}; {}",
        candidates[0],
        candidates[1],
        parts.join(", ")
    )
}

/// Damages one pending file of a save caught past its commit point with all its pending files
/// still there (`n` picks how: removed, cut in half, one byte changed); whether it did.
fn tamper(path: &Path, n: usize) -> bool {
    let Ok(record) = fs::read_to_string(path.with_file_name("p.ron.commit")) else {
        return false;
    };
    let quoted = |after: &str| -> Vec<String> {
        let Some(start) = record.find(after) else {
            return Vec::new();
        };
        let rest = &record[start + after.len()..];
        let list = &rest[..rest.find(']').unwrap_or(rest.len())];
        list.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let Some(start) = record.find("save: \"") else {
        return false;
    };
    let start = start + "save: \"".len();
    let save = &record[start..start + 16];
    let folder = store::annotations_dir(path);
    let mut pending: Vec<PathBuf> = quoted("annotations: [")
        .iter()
        .map(|name| folder.join(format!(".{name}.pending-{save}")))
        .collect();
    pending.push(path.with_file_name(format!(".p.ron.pending-{save}")));
    if !pending.iter().all(|p| p.is_file()) {
        return false;
    }
    let victim = &pending[n % pending.len()];
    let mut bytes = fs::read(victim).unwrap();
    match n % 3 {
        0 => fs::remove_file(victim).unwrap(),
        1 => fs::write(victim, &bytes[..bytes.len() / 2]).unwrap(),
        _ => {
            let at = bytes.len() / 2;
            bytes[at] ^= 0x20;
            fs::write(victim, &bytes).unwrap();
        }
    }
    true
}

/// The names in `dir` that a finished save never leaves there: hidden files (pending files,
/// temporary files) and commit records. None when `dir` does not exist.
fn leftovers(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.') || name.ends_with(".commit"))
        .collect()
}

#[derive(Default, Debug)]
struct Tally {
    kills: usize,
    /// Kills after which the last completed save was on disk.
    completed: usize,
    /// Kills after which the save in progress had landed.
    in_progress: usize,
    /// Kills after which a save had passed its commit point and was finished on load.
    rolled_forward: usize,
    /// Kills after which a save had not reached its commit point and its pending files went.
    rolled_back: usize,
    /// Kills after which a save past its commit point had a pending file damaged on purpose,
    /// and was undone.
    tampered: usize,
    steps: u64,
}

#[test]
fn saves_survive_sigkill() {
    let kills = kills(200);
    let started = Instant::now();
    let mut rng = Rng::from_env();
    let dir = tempfile::tempdir().unwrap();
    let corpus = write_corpus(dir.path());
    let base = import(&corpus);
    let path = dir.path().join("p.ron");
    let mut step_time = StepTime::starting_at(40);
    let mut tally = Tally::default();
    for _ in 0..kills {
        let run = run_and_kill("save", dir.path(), &mut rng, &mut step_time);
        let last = run.last_completed;
        tally.kills += 1;
        tally.steps += last - run.started_at;
        // Every other save caught past its commit point, before any file was put in place, has
        // one pending file damaged: missing, cut short or changed in turn.
        let tampered = tally.kills % 2 == 0 && tamper(&path, tally.tampered);
        let recovery = store::finish_interrupted_save(&path)
            .unwrap_or_else(|e| panic!("finishing save {} after a kill: {e}", last + 1));
        match recovery {
            Recovery::Clean => {}
            Recovery::RolledForward => tally.rolled_forward += 1,
            Recovery::RolledBack => tally.rolled_back += 1,
            Recovery::RolledBackDamaged { .. } => tally.tampered += 1,
        }
        assert_eq!(
            tampered,
            matches!(recovery, Recovery::RolledBackDamaged { .. }),
            "save {}: damaged {tampered}, recovered as {recovery:?}",
            last + 1
        );
        let left: Vec<String> = [dir.path(), &store::annotations_dir(&path)]
            .into_iter()
            .flat_map(leftovers)
            .collect();
        assert!(
            left.is_empty(),
            "left behind after save {}: {left:?}",
            last + 1
        );
        if !path.exists() {
            assert_eq!(last, 0, "save 1 completed but there is no project file");
            continue;
        }
        let project = store::load_project(&path)
            .unwrap_or_else(|e| panic!("after a kill at save {}: {e}", last + 1));
        if tampered {
            // Undone: exactly the last completed save.
            match which_save(&base, &path, &project, [last, last]) {
                Ok(_) => tally.completed += 1,
                Err(message) => panic!("after damaging save {}: {message}", last + 1),
            }
            continue;
        }
        match which_save(&base, &path, &project, [last, last + 1]) {
            Ok(n) if n == last => tally.completed += 1,
            Ok(_) => tally.in_progress += 1,
            Err(message) => panic!("after a kill during save {}: {message}", last + 1),
        }
    }
    println!("{tally:?} in {:.1} s", started.elapsed().as_secs_f64());
    assert!(tally.steps > 0, "no save ever completed");
}

#[test]
fn journal_survives_sigkill() {
    let kills = kills(200) / 4;
    let started = Instant::now();
    let mut rng = Rng::from_env();
    let dir = tempfile::tempdir().unwrap();
    let corpus = write_corpus(dir.path());
    let base = import(&corpus);
    let path = dir.path().join("p.ron");
    // A saved project with no spans; everything after lives in its journal only.
    import(&corpus).save_as(&path).unwrap();
    let mut step_time = StepTime::starting_at(30);
    let mut tally = Tally::default();
    for _ in 0..kills {
        let run = run_and_kill("journal", dir.path(), &mut rng, &mut step_time);
        let last = run.last_completed;
        tally.kills += 1;
        tally.steps += last - run.started_at;
        let mut ws = Workspace::open_project(&path).unwrap();
        assert_eq!(
            ws.project(),
            &expected(&base, &path, 0),
            "the saved project changed"
        );
        let recovered = ws
            .recover_from_journal()
            .unwrap_or_else(|e| panic!("journal after a kill at step {}: {e}", last + 1));
        if !recovered {
            assert_eq!(last, 0, "step 1 was journaled but there is no journal");
            continue;
        }
        match which_save(&base, &path, ws.project(), [last, last + 1]) {
            Ok(n) if n == last => tally.completed += 1,
            Ok(_) => tally.in_progress += 1,
            Err(message) => panic!("journal after a kill during step {}: {message}", last + 1),
        }
        assert!(ws.is_dirty());
    }
    println!("{tally:?} in {:.1} s", started.elapsed().as_secs_f64());
    assert!(tally.steps > 0, "no autosave ever completed");
}
