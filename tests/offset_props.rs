//! Offsets stay sound whatever the text: for random texts built from the hard cases (harakat,
//! shadda, lam-alef, emoji with skin tones and joiners, combining accents, Arabic-Indic digits,
//! bidi marks, line breaks, arbitrary code points), every span that an import, a re-anchoring
//! or an export places lies within its document and on grapheme-cluster boundaries, and its
//! quote is the text there. (Edits are covered by `history_props.rs`.)
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]

use std::path::Path;
use std::sync::atomic::AtomicBool;

use hashiya::export::{ExportFormat, ExportOptions};
use hashiya::import::ImportFormat;
use hashiya::model::{DocId, Edit, LabelId, Span, SpanId, Transaction};
use hashiya::text::graphemes::{is_boundary, snap_to_boundaries, trim_whitespace};
use hashiya::text::reanchor::{Anchor, Reanchored, context_of, reanchor};
use hashiya::workspace::Workspace;
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "مُحَمَّدٌ",
    "قالَ",
    "لا",
    "الرَّقَّةُ",
    "بدير",
    "الزور",
    " ",
    " ",
    " ",
    "\n",
    "«",
    "»",
    "(",
    ")",
    ".",
    "،",
    "SDF",
    "12",
    "٢٠١٧",
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧",
    "e\u{301}",
    "\u{200f}",
    "\u{200c}",
    "ـ",
    "\u{64b}",
    "x",
];

/// Text from the pieces above, with now and then an arbitrary code point.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            8 => proptest::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<char>()
                .prop_filter("no CR or NUL: files are read with line endings normalised", |c| {
                    *c != '\r' && *c != '\0' && *c != '\u{feff}'
                })
                .prop_map(String::from),
        ],
        1..60,
    )
    .prop_map(|pieces| pieces.concat())
    .prop_filter("an article with some text", |t| !t.trim().is_empty())
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn assert_sound(text: &str, start: usize, end: usize, quote: &str) -> Result<(), TestCaseError> {
    let len = text.chars().count();
    prop_assert!(
        start < end && end <= len,
        "[{start}, {end}) outside 0..{len}"
    );
    prop_assert!(is_boundary(text, start), "start {start} splits a cluster");
    prop_assert!(is_boundary(text, end), "end {end} splits a cluster");
    prop_assert_eq!(chars(text, start, end), quote);
    Ok(())
}

/// A workspace of one article with `text`, and the text as imported (line endings normalised);
/// `None` when the import refuses the file (as binary, say), which its own tests cover.
fn workspace_with(dir: &Path, text: &str) -> Option<(Workspace, String)> {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("a.txt"), text).unwrap();
    let ws = Workspace::import_folder(&corpus, &hashiya::import::ImportOptions::default()).ok()?;
    let imported = ws.articles().first()?.text()?.to_owned();
    Some((ws, imported))
}

/// Random ranges made valid as a selection would be: snapped outward to clusters, not empty.
fn snapped(text: &str, raw: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let len = text.chars().count();
    let mut out: Vec<(usize, usize)> = raw
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (a % (len + 1), b % (len + 1));
            let (a, b) = snap_to_boundaries(text, a.min(b), a.max(b));
            // As a new span is: without white space at its edges.
            trim_whitespace(text, a, b)
        })
        .filter(|(a, b)| a < b)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn add_spans(ws: &mut Workspace, text: &str, ranges: &[(usize, usize)]) {
    let doc = ws.project().documents[0].id.clone();
    let edits = ranges
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| {
            let mut span = Span::new(
                SpanId::from_u64(i as u64 + 1),
                start,
                end,
                LabelId(["PER", "ORG", "GPE"][i % 3].into()),
                &chars(text, start, end),
            );
            (span.prefix, span.suffix) = context_of(text, start, end);
            Edit::AddSpan {
                doc: doc.clone(),
                span,
            }
        })
        .collect();
    ws.apply(Transaction {
        description: hashiya::model::Message::STATUS_LABELLED.into(),
        edits,
    })
    .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// An import of foreign offsets (any numbers at all) adds only sound spans: the rest is
    /// listed and skipped.
    #[test]
    fn imported_spans_are_sound(
        text in text(),
        raw in proptest::collection::vec((0..400_usize, 0..400_usize), 0..12),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let imported = workspace_with(dir.path(), &text);
        prop_assume!(imported.is_some());
        let (mut ws, imported) = imported.unwrap();
        let labels: Vec<serde_json::Value> = raw
            .iter()
            .map(|&(a, b)| serde_json::json!([a.min(b), a.max(b), "PER"]))
            .collect();
        let line = serde_json::json!({ "id": "a.txt", "text": imported, "label": labels });
        let source = dir.path().join("in.jsonl");
        std::fs::write(&source, format!("{line}\n")).unwrap();
        let cancel = AtomicBool::new(false);
        let _report = ws
            .import_annotations(ImportFormat::Jsonl, &source, &mut |_, _| {}, &cancel)
            .unwrap();
        for (_, span) in ws.project().annotations.all_spans() {
            assert_sound(&imported, span.start, span.end, &span.quote)?;
        }
    }

    /// Whatever happens to the article (text inserted or deleted anywhere, even inside a
    /// cluster), every span re-anchoring places is sound in the new text; a span it cannot
    /// place is reported as orphaned, never silently moved.
    #[test]
    fn reanchored_spans_are_sound(
        text in text(),
        raw in proptest::collection::vec((0..400_usize, 0..400_usize), 1..8),
        at in 0..400_usize,
        deleted in 0..12_usize,
        inserted in text(),
    ) {
        let ranges = snapped(&text, &raw);
        let old: Vec<char> = text.chars().collect();
        let at = at % (old.len() + 1);
        let cut = (at + deleted).min(old.len());
        let new_text: String = old[..at].iter().collect::<String>()
            + &inserted
            + &old[cut..].iter().collect::<String>();
        for (start, end) in ranges {
            let quote = chars(&text, start, end);
            let (prefix, suffix) = context_of(&text, start, end);
            let anchor = Anchor {
                start,
                end,
                quote: &quote,
                prefix: Some(&prefix),
                suffix: Some(&suffix),
            };
            match reanchor(&new_text, &anchor) {
                Reanchored::Kept => assert_sound(&new_text, start, end, &quote)?,
                Reanchored::Moved { start, end } => assert_sound(&new_text, start, end, &quote)?,
                Reanchored::Changed { start, end, new_quote, score } => {
                    assert_sound(&new_text, start, end, &new_quote)?;
                    prop_assert!(score > 0.0 && score <= 1.0);
                }
                Reanchored::Orphaned => {}
            }
        }
    }

    /// Exports state offsets that are sound in the text they ship: the doccano JSONL labels
    /// and the brat standoff offsets, read back from the files written.
    #[test]
    fn exported_offsets_are_sound(
        text in text(),
        raw in proptest::collection::vec((0..400_usize, 0..400_usize), 1..10),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let imported = workspace_with(dir.path(), &text);
        prop_assume!(imported.is_some());
        let (mut ws, imported) = imported.unwrap();
        let ranges = snapped(&imported, &raw);
        add_spans(&mut ws, &imported, &ranges);
        let cancel = AtomicBool::new(false);
        let options = ExportOptions::default();

        let jsonl = dir.path().join("out.jsonl");
        ws.export(ExportFormat::Jsonl, &options, &jsonl, &mut |_, _| {}, &cancel).unwrap();
        let line: serde_json::Value =
            serde_json::from_str(std::fs::read_to_string(&jsonl).unwrap().lines().next().unwrap())
                .unwrap();
        let shipped = line["text"].as_str().unwrap();
        prop_assert_eq!(shipped, imported.as_str());
        let labels = line["label"].as_array().unwrap();
        prop_assert_eq!(labels.len(), ranges.len());
        for l in labels {
            let (start, end) = (l[0].as_u64().unwrap() as usize, l[1].as_u64().unwrap() as usize);
            assert_sound(shipped, start, end, &chars(shipped, start, end))?;
            prop_assert!(ranges.contains(&(start, end)));
        }

        let brat = dir.path().join("brat");
        let report = ws.export(ExportFormat::Brat, &options, &brat, &mut |_, _| {}, &cancel).unwrap();
        let doc = DocId("a.txt".into());
        let stem = ws.project().document(&doc).unwrap().id.0.replace(".txt", "");
        let txt = std::fs::read_to_string(brat.join(format!("{stem}.txt"))).unwrap();
        let ann = std::fs::read_to_string(brat.join(format!("{stem}.ann"))).unwrap();
        let mut seen = 0;
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let fields: Vec<&str> = line.splitn(3, '\t').collect();
            let quote = fields[2];
            let offsets = fields[1].split_once(' ').unwrap().1;
            let mut pieces = Vec::new();
            for fragment in offsets.split(';') {
                let (s, e) = fragment.split_once(' ').unwrap();
                let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                prop_assert!(s < e && e <= txt.chars().count());
                pieces.push(chars(&txt, s, e));
            }
            // Fragments of a span across line breaks are joined by a space in the quote.
            prop_assert_eq!(pieces.join(" "), quote);
            let first: usize = offsets.split(' ').next().unwrap().parse().unwrap();
            prop_assert!(is_boundary(&txt, first));
            seen += 1;
        }
        // A span of nothing but line breaks cannot be written in brat: left out, and said so.
        let writable = ranges
            .iter()
            .filter(|&&(s, e)| !chars(&imported, s, e).chars().all(|c| c == '\n'))
            .count();
        prop_assert_eq!(seen, writable);
        prop_assert_eq!(report.left_out.len(), ranges.len() - writable);
    }
}
