//! What each fuzz target does with one input. Shared, by `#[path]`, between the fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) and the regression test that replays every input once found
//! crashing (`tests/fuzz_regressions.rs`), so both run exactly the same code.
//!
//! Each function must never panic on any input; the checks that follow a successful parse
//! (round trips, offsets inside the text) are asserted, so a wrong result is a crash too.

use std::path::Path;
use std::sync::OnceLock;

use hashiya::import;
use hashiya::model::BaseDirection;
use hashiya::store;
use hashiya::text::normalize::{NormalizeOptions, normalize};
use hashiya::text::reanchor::{Anchor, Reanchored, context_of, reanchor};
use hashiya::text::search::{SearchIndex, SearchMode, SearchQuery};
use hashiya::text::{HarfShaper, LayoutOptions, graphemes, layout_document, spoofing};

/// The names of the targets, as the folders of `tests/fuzz-corpus/` are named.
pub const TARGETS: [&str; 6] = [
    "project_ron",
    "decode",
    "layout",
    "normalize_search",
    "reanchor",
    "importers",
];

/// Runs target `name` on `data`.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "project_ron" => project_ron(data),
        "decode" => decode(data),
        "layout" => layout(data),
        "normalize_search" => normalize_search(data),
        "reanchor" => reanchor_target(data),
        "importers" => importers(data),
        other => panic!("no fuzz target {other}"),
    }
}

/// Loading arbitrary bytes as a project file, an annotation file and a journal: an error or a
/// value, and a value saves and loads back unchanged.
pub fn project_ron(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    if let Ok(project) = store::from_ron_str(text, path) {
        let saved = store::to_ron_string(&project).expect("a loaded project saves");
        let again = store::from_ron_str(&saved, path).expect("a saved project loads");
        assert_eq!(again, project, "project round trip");
    }
    if let Ok(file) = store::annotations_file::from_ron_str(text, path) {
        let saved = store::annotations_file::document_text(
            &file.doc,
            &file.spans,
            &file.claims,
            &file.relations,
            &file.labels,
        )
        .expect("loaded annotations save");
        let again =
            store::annotations_file::from_ron_str(&saved, path).expect("saved annotations load");
        assert_eq!(again, file, "annotations round trip");
    }
    let _ = store::journal::from_ron_str(text, path);
}

/// Decoding arbitrary bytes as an article: no CR survives, and decoding again with the encoding
/// found (as when a saved project reads the article back) gives the same text.
pub fn decode(data: &[u8]) {
    if let Ok(decoded) = import::decode(data) {
        assert!(!decoded.text.contains('\r'), "a CR survived");
        let again = import::decode_with(data, decoded.encoding.name()).expect("same encoding");
        assert_eq!(
            again.text, decoded.text,
            "decode_with the detected encoding"
        );
    }
    let _ = import::decode_with(data, "windows-1256");
    let _ = import::normalise_line_endings(&String::from_utf8_lossy(data));
}

fn shaper() -> &'static HarfShaper {
    static SHAPER: OnceLock<HarfShaper> = OnceLock::new();
    SHAPER.get_or_init(|| HarfShaper::new().expect("the bundled fonts load"))
}

/// Laying out arbitrary text at a few widths and directions, then hit-testing it: every line's
/// range inside the text, and the layout covers every char.
pub fn layout(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let text = import::normalise_line_endings(&text);
    let len = text.chars().count();
    let width = [0.0, 1.0, 37.5, 300.0, 700.0][usize::from(selector % 5)];
    let base = [BaseDirection::Auto, BaseDirection::Rtl, BaseDirection::Ltr]
        [usize::from(selector / 5 % 3)];
    let options = LayoutOptions {
        width,
        base,
        ..LayoutOptions::default()
    };
    let layout = layout_document(&text, &options, shaper());
    assert_eq!(layout.char_len, len);
    for line in &layout.lines {
        assert!(
            line.chars.start <= line.chars.end && line.chars.end <= len,
            "line outside the text"
        );
    }
    let _ = layout.char_at(width / 2.0, layout.line_height / 2.0);
    let _ = layout.caret_at(-5.0, layout.height + 5.0);
    let _ = layout.range_rects(0..len);
}

/// Normalising arbitrary text and searching it in every mode with a pattern cut from it: the
/// map stays inside the original and every hit is a range of it on cluster boundaries.
pub fn normalize_search(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let options = if flags & 1 == 0 {
        NormalizeOptions::DEFAULT
    } else {
        NormalizeOptions::MATCHING
    };
    let len = text.chars().count();
    let normalized = normalize(&text, &options);
    assert_eq!(normalized.original_len_chars(), len);
    for start in 0..=normalized.len_chars() {
        let range = normalized.to_original(start..normalized.len_chars());
        assert!(
            range.start <= range.end && range.end <= len,
            "map outside the text"
        );
    }
    // A pattern: a slice of the text chosen by the flags byte.
    let chars: Vec<char> = text.chars().collect();
    let from = usize::from(flags >> 1) % (chars.len() + 1);
    let to = (from + usize::from(flags % 7) + 1).min(chars.len());
    let pattern: String = chars[from..to].iter().collect();
    let index = SearchIndex::with_options([(0, text.as_ref())], options);
    for mode in [SearchMode::Normalized, SearchMode::Exact, SearchMode::Regex] {
        for whole_words in [false, true] {
            let query = SearchQuery {
                pattern: pattern.clone(),
                mode,
                whole_words,
            };
            let Ok(hits) = index.search_limited(&query, 1_000) else {
                continue;
            };
            for hit in hits {
                assert!(hit.range.start < hit.range.end && hit.range.end <= len);
                assert!(graphemes::is_boundary(&text, hit.range.start));
                assert!(graphemes::is_boundary(&text, hit.range.end));
            }
        }
    }
    let shown = spoofing::visible_marks(&text);
    assert_eq!(shown.to_original(shown.to_visible(len)), len);
}

/// Re-anchoring an arbitrary quote in an arbitrary text: results inside the text, on cluster
/// boundaries, and an exact result really holds the quote.
pub fn reanchor_target(data: &[u8]) {
    if data.len() < 4 {
        return;
    }
    let start = usize::from(data[0]) * 3;
    let len = usize::from(data[1] % 64);
    let text = String::from_utf8_lossy(&data[2..]);
    // The text and a quote: the quote is the text after a 0xFF byte, if any, else a slice of it.
    let (text, quote) = if let Some((text, quote)) = text.split_once('\u{FFFD}') {
        (text.to_owned(), quote.to_owned())
    } else {
        let quote = text.chars().skip(start).take(len).collect();
        (text.into_owned(), quote)
    };
    let (prefix, suffix) = context_of(&text, start, start + len);
    let anchor = Anchor {
        start,
        end: start + len,
        quote: &quote,
        prefix: Some(&prefix),
        suffix: Some(&suffix),
    };
    let chars = text.chars().count();
    let holds = |s: usize, e: usize| -> bool {
        s < e && e <= chars && graphemes::is_boundary(&text, s) && graphemes::is_boundary(&text, e)
    };
    let slice = |s: usize, e: usize| -> String { text.chars().skip(s).take(e - s).collect() };
    match reanchor(&text, &anchor) {
        Reanchored::Kept => {
            assert!(holds(start, start + len) && slice(start, start + len) == quote);
        }
        Reanchored::Moved { start: s, end: e } => assert!(holds(s, e) && slice(s, e) == quote),
        Reanchored::Changed {
            start: s,
            end: e,
            new_quote,
            score,
        } => {
            assert!(holds(s, e) && slice(s, e) == new_quote);
            assert!((0.0..=1.0).contains(&score));
        }
        Reanchored::Orphaned => {}
    }
}

/// Reading arbitrary bytes as annotations from elsewhere: the first byte picks the format
/// (doccano JSONL, a REFI-QDA archive, or a brat folder whose `.txt` and `.ann` are split at the
/// first zero byte). Reading gives an error or documents, and the transaction planned from them
/// always applies to a project (its checks pass), whatever the input claimed.
pub fn importers(data: &[u8]) {
    use hashiya::import::annotations::{AnnotationImportReport, ImportFormat, plan};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    static NEXT: AtomicU64 = AtomicU64::new(0);
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!(
        "hashiya-fuzz-import-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let (format, src) = match selector % 3 {
        0 => (ImportFormat::Jsonl, dir.join("in.jsonl")),
        1 => (ImportFormat::Qdpx, dir.join("in.qdpx")),
        _ => (ImportFormat::Brat, dir.join("brat")),
    };
    if format == ImportFormat::Brat {
        std::fs::create_dir_all(&src).expect("a brat folder");
        let cut = body.iter().position(|&b| b == 0).unwrap_or(body.len());
        std::fs::write(src.join("a.txt"), &body[..cut]).expect("write");
        std::fs::write(src.join("a.ann"), body.get(cut + 1..).unwrap_or_default()).expect("write");
    } else {
        std::fs::write(&src, body).expect("write");
    }
    let mut report = AnnotationImportReport::default();
    let cancel = AtomicBool::new(false);
    if let Ok(documents) = format.read(&src, &mut report, &mut |_, _| {}, &cancel) {
        let (project, text) = import_target();
        let description = hashiya::model::Message::IMPORTED_ANNOTATIONS.into();
        let transaction = plan(project, &[Some(text)], documents, description, &mut report);
        let mut changed = project.clone();
        transaction
            .apply_checked(&mut changed)
            .expect("a planned import applies");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The project imports are planned against: one article, `a.txt`, of a few Arabic words.
fn import_target() -> &'static (hashiya::model::Project, &'static str) {
    static TARGET: OnceLock<(hashiya::model::Project, &'static str)> = OnceLock::new();
    TARGET.get_or_init(|| {
        const TEXT: &str = "قال المتحدث إن الجسر مغلق حتى الخميس.\n";
        let dir = std::env::temp_dir().join(format!("hashiya-fuzz-target-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        std::fs::write(dir.join("a.txt"), TEXT).expect("write");
        let ws =
            hashiya::workspace::Workspace::import_folder(&dir, &import::ImportOptions::default())
                .expect("the target imports");
        (ws.project().clone(), TEXT)
    })
}
