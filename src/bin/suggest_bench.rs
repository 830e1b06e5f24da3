//! `hashiya-suggest-bench`: how good and how fast the suggestions are.
//!
//! * Quality, on the gold collection `tests/fixtures/suggest-gold/brat` (articles written for
//!   hashiya, every mention and claim frame marked): a learning curve for mentions — the first
//!   `k` articles annotated, suggestions scored on the others — next to exact string matching of
//!   the same labelled forms at word boundaries, measured in the same run; and claim frames
//!   scored on every article. Then a few failures of each.
//! * Speed, on the generated corpus of `hashiya-bench` (10,000 articles, 100,000 spans, built in
//!   memory): building the suggesters, suggesting for one document (median and slowest of 200),
//!   and for the whole corpus on every core, next to building the search index of the same
//!   corpus (also on every core).
//!
//! * Where the time of one document goes, on one thread over a sample of the same corpus:
//!   preparing its text (normalised, split into words), finding the known forms, the claim
//!   patterns, and the whole of it, next to indexing the same documents for search one at a time.
//!
//! `hashiya-suggest-bench [--speed] [--digest] [GOLD_FOLDER]`: `--speed` leaves out the quality
//! tables; `--digest` also prints a SHA-256 of every suggestion made for the whole corpus
//! (document, range, text, what it proposes, score, source), so that two builds can be shown to
//! suggest the same. Figures go to stdout as Markdown.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use hashiya::import::{ImportFormat, ImportOptions};
use hashiya::model::{Annotations, DocId, Document, LabelId, Project, Span, SpanId};
use hashiya::suggest::attribution::{Cues, Lexicon, frames_in};
use hashiya::suggest::evaluate::{Counts, claim_frames, learning_curve};
use hashiya::suggest::learned::{MatchOptions, Prepared, learned_index};
use hashiya::suggest::{SuggestOptions, Suggester};
use hashiya::text::search::SearchIndex;
use hashiya::workspace::Workspace;

const ARTICLES: usize = 10_000;
const SPANS_IN_LONG_ARTICLE: usize = 5_000;
const ANNOTATED_ARTICLES: usize = 1_000;
const SPANS_PER_ARTICLE: usize = 95;
const TIMED_DOCUMENTS: usize = 200;
const EXAMPLES: usize = 8;

/// Documents timed one by one, on one thread, for where the time goes.
const SAMPLED_DOCUMENTS: usize = 1_000;

fn main() -> Result<()> {
    let mut gold = None;
    let (mut speed_only, mut digest) = (false, false);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--speed" => speed_only = true,
            "--digest" => digest = true,
            _ => gold = Some(PathBuf::from(arg)),
        }
    }
    let gold = gold.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest-gold/brat")
    });
    if !speed_only {
        quality(&gold)?;
    }
    speed(digest);
    Ok(())
}

fn percent(x: f64) -> String {
    format!("{:.1}", x * 100.0)
}

fn prf(c: &Counts) -> String {
    format!(
        "{} | {} | {}",
        percent(c.precision()),
        percent(c.recall()),
        percent(c.f1())
    )
}

fn quality(gold: &Path) -> Result<()> {
    let mut ws = Workspace::import_folder(gold, &ImportOptions::default())
        .with_context(|| format!("reading the gold articles in {}", gold.display()))?;
    let report = ws.import_annotations(
        ImportFormat::Brat,
        gold,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )?;
    if !report.problems.is_empty() {
        eprintln!("{}", report.summary());
    }
    let project = ws.project();
    let texts = ws.texts();
    let n = project.documents.len();
    println!(
        "Gold: {n} articles, {} spans, {} claims.\n",
        project.annotations.len(),
        project.annotations.claim_count()
    );
    println!("## Mentions: learning curve (exact span and label)\n");
    println!(
        "| articles annotated | gold mentions in the rest | learned P | R | F1 | exact matching P | R | F1 | F1 ratio |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let ks: Vec<usize> = [1, 2, 5, 10, 15, 20]
        .into_iter()
        .filter(|&k| k < n)
        .collect();
    let curve = learning_curve(project, &texts, &ks);
    for p in &curve {
        let ratio = if p.baseline.f1() > 0.0 {
            format!("{:.2}×", p.learned.f1() / p.baseline.f1())
        } else {
            "—".to_owned()
        };
        println!(
            "| {} | {} | {} | {} | {ratio} |",
            p.annotated,
            p.learned.gold,
            prf(&p.learned),
            prf(&p.baseline)
        );
    }
    let frames = claim_frames(project, &texts);
    println!("\n## Claim frames (all articles, nothing annotated)\n");
    println!("| measure | gold | suggested | precision | recall | F1 |\n|---|---|---|---|---|---|");
    for (name, c) in [
        ("cue found", &frames.cues),
        (
            "whole frame (cue, claimant and content overlap)",
            &frames.frames,
        ),
    ] {
        println!("| {name} | {} | {} | {} |", c.gold, c.suggested, prf(c));
    }
    if let Some(p) = curve.iter().rfind(|p| p.annotated <= 10) {
        println!("\n## Failures (mentions after {} articles)\n", p.annotated);
        println!("Missed:");
        for m in p.missed.iter().take(EXAMPLES) {
            println!("- {m}");
        }
        println!("\nWrong:");
        for m in p.wrong.iter().take(EXAMPLES) {
            println!("- {m}");
        }
    }
    println!("\n## Failures (claim frames)\n\nCue not found:");
    for m in frames.missed.iter().take(EXAMPLES) {
        println!("- {m}");
    }
    println!("\nCue found, frame wrong:");
    for m in frames.wrong.iter().take(EXAMPLES) {
        println!("- {m}");
    }
    Ok(())
}

/// The benchmark corpus in memory: its texts and a project with its 100,000 spans.
fn corpus() -> (Project, Vec<String>) {
    let schema_labels: Vec<LabelId> = ["PER", "ORG", "GPE", "ARMED", "EVENT", "DATE", "QTY"]
        .into_iter()
        .map(|l| LabelId(l.to_owned()))
        .collect();
    let mut documents = Vec::with_capacity(ARTICLES);
    let mut texts = Vec::with_capacity(ARTICLES);
    let mut spans = Vec::new();
    for i in 0..ARTICLES {
        let (path, text) = hashiya::synth::corpus_article(i);
        let doc = DocId(path.clone());
        let count = match i {
            0 => SPANS_IN_LONG_ARTICLE,
            i if i <= ANNOTATED_ARTICLES => SPANS_PER_ARTICLE,
            _ => 0,
        };
        if count > 0 {
            let chars: Vec<char> = text.chars().collect();
            for (k, r) in hashiya::synth::span_ranges(&text, count)
                .into_iter()
                .enumerate()
            {
                let quote: String = chars[r.clone()].iter().collect();
                let label = schema_labels[k % schema_labels.len()].clone();
                spans.push((
                    doc.clone(),
                    Span::new(SpanId::fresh(), r.start, r.end, label, &quote),
                ));
            }
        }
        documents.push(Document::new(doc, path));
        texts.push(text);
    }
    let project = Project {
        documents,
        annotations: Annotations::from_spans(spans).unwrap_or_default(),
        ..Project::default()
    };
    (project, texts)
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn speed(digest: bool) {
    eprintln!("generating the corpus…");
    let (project, texts) = corpus();
    println!(
        "\n## Speed ({} articles, {} spans)\n",
        texts.len(),
        project.annotations.len()
    );
    let started = Instant::now();
    let suggester = Suggester::new(&project, SuggestOptions::default());
    let build = started.elapsed();

    // Unannotated documents spread over the corpus, as the analyst opens them next.
    let step = ARTICLES / TIMED_DOCUMENTS;
    let mut times: Vec<Duration> = (0..TIMED_DOCUMENTS)
        .map(|k| ANNOTATED_ARTICLES + 1 + (k * step) % (ARTICLES - ANNOTATED_ARTICLES - 1))
        .map(|i| {
            let started = Instant::now();
            let got = suggester.document(i, &texts[i]);
            std::hint::black_box(got);
            started.elapsed()
        })
        .collect();
    times.sort();
    let started = Instant::now();
    let long = suggester.document(0, &texts[0]).len();
    let long_time = started.elapsed();

    // On every core, as the window's background pass and the search index do.
    let started = Instant::now();
    let indices: Vec<usize> = (0..texts.len()).collect();
    let total: usize =
        hashiya::parallel::map(&indices, 16, |&i| suggester.document(i, &texts[i]).len())
            .into_iter()
            .sum();
    let whole = started.elapsed();

    let started = Instant::now();
    let index = SearchIndex::new(texts.iter().enumerate().map(|(i, t)| (i, t.as_str())));
    std::hint::black_box(&index);
    let search = started.elapsed();

    println!("| measure | time | target |\n|---|---|---|");
    println!(
        "| building every suggester (once per project) | {} | — |",
        ms(build)
    );
    println!(
        "| one document, median of {TIMED_DOCUMENTS} | {} | ≤ 20 ms |",
        ms(times[times.len() / 2])
    );
    println!(
        "| one document, slowest of {TIMED_DOCUMENTS} | {} | ≤ 20 ms |",
        ms(times[times.len() - 1])
    );
    println!(
        "| the 100 kB article ({long} suggestions) | {} | — |",
        ms(long_time)
    );
    println!(
        "| whole corpus ({total} suggestions) | {} | a few × the search index |",
        ms(whole)
    );
    println!(
        "| baseline: building the search index, whole corpus | {} | — |",
        ms(search)
    );
    println!(
        "| ratio whole corpus / search index | {:.2}× | — |",
        whole.as_secs_f64() / search.as_secs_f64()
    );
    phases(&project, &texts, &suggester);
    if digest {
        println!(
            "\nDigest of every suggestion: {}",
            suggestions_digest(&texts, &suggester)
        );
    }
}

/// Where one thread's time goes, over documents spread over the corpus (unannotated ones, as
/// in the corpus pass), next to indexing each of them for search alone.
fn phases(project: &Project, texts: &[String], suggester: &Suggester<'_>) {
    let sample: Vec<usize> = (0..SAMPLED_DOCUMENTS)
        .map(|k| {
            ANNOTATED_ARTICLES + 1 + k * (ARTICLES - ANNOTATED_ARTICLES - 1) / SAMPLED_DOCUMENTS
        })
        .collect();
    let time = |f: &dyn Fn(usize)| {
        let started = Instant::now();
        for &i in &sample {
            f(i);
        }
        started.elapsed()
    };
    let learned = learned_index(project, MatchOptions::ARABIC);
    let cues = Cues::new(&Lexicon::builtin());
    // The parts one after the other on each document, as a document is suggested for.
    let (mut prepare, mut find, mut claims) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for &i in &sample {
        let started = Instant::now();
        let prepared = Prepared::new(&texts[i], MatchOptions::ARABIC);
        let prepared_at = Instant::now();
        std::hint::black_box(learned.find(&prepared));
        let found_at = Instant::now();
        std::hint::black_box(frames_in(&cues, &prepared, &[]));
        claims += found_at.elapsed();
        find += found_at - prepared_at;
        prepare += prepared_at - started;
    }
    let whole = time(&|i| {
        std::hint::black_box(suggester.document(i, &texts[i]));
    });
    let search = time(&|i| {
        std::hint::black_box(SearchIndex::new([(i, texts[i].as_str())]));
    });
    let share = |d: Duration| format!("{:.0} %", 100.0 * d.as_secs_f64() / whole.as_secs_f64());
    println!(
        "\n### One thread, {} documents one at a time\n\n| part | time | share |\n|---|---|---|",
        sample.len()
    );
    println!(
        "| preparing the text (normalised, split into words) | {} | {} |",
        ms(prepare),
        share(prepare)
    );
    println!(
        "| finding the learned forms in it | {} | {} |",
        ms(find),
        share(find)
    );
    println!("| claim patterns | {} | {} |", ms(claims), share(claims));
    let parts = prepare + find + claims;
    println!(
        "| the rest (choosing among overlapping forms, making and ordering suggestions) | {} | {} |",
        ms(whole.saturating_sub(parts)),
        share(whole.saturating_sub(parts))
    );
    println!("| suggesting, in all | {} | 100 % |", ms(whole));
    println!(
        "| baseline: indexing the same documents for search | {} | — |",
        ms(search)
    );
    println!(
        "| ratio suggesting / search index, one thread | {:.2}× | — |",
        whole.as_secs_f64() / search.as_secs_f64()
    );
}

/// SHA-256 of every suggestion of the corpus, in order.
fn suggestions_digest(texts: &[String], suggester: &Suggester<'_>) -> String {
    use sha2::Digest as _;
    let mut hasher = sha2::Sha256::new();
    for (i, text) in texts.iter().enumerate() {
        for s in suggester.document(i, text) {
            let line = format!(
                "{:?} {:?} {:?} {:?} {} {:?}\n",
                s.document(),
                s.range(),
                s.text(),
                s.kind,
                s.score,
                s.source
            );
            hasher.update(line.as_bytes());
        }
    }
    hasher.finalize().iter().fold(String::new(), |mut hex, b| {
        use std::fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = write!(hex, "{b:02x}");
        hex
    })
}
