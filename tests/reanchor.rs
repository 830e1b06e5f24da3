//! Re-anchoring spans in articles that changed after they were annotated. The texts are written
//! for these tests: a fictional report from an invented town, تل الزيتون.

use hashiya::text::graphemes;
use hashiya::text::reanchor::{Anchor, CONTEXT_CHARS, Reanchored, context_of, reanchor};
use proptest::prelude::*;

const ARTICLE: &str = "أعلن مجلس بلدة تل الزيتون صباح الأحد افتتاح سوق جديد للخضار قرب الجسر القديم. \
وقال رئيس المجلس سليم الحداد إن السوق سيخدم ثلاث قرى مجاورة.\n\
وأضاف الحداد أن أعمال الترميم ستبدأ في الربيع.";

fn find(text: &str, needle: &str) -> (usize, usize) {
    find_nth(text, needle, 0)
}

/// Char range of the `n`-th occurrence (from 0) of `needle` in `text`.
fn find_nth(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let (byte, _) = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} #{n} not in the text"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// An anchor made as the app makes one: offsets, quote and context from the text of the time.
struct Made {
    start: usize,
    end: usize,
    quote: String,
    prefix: String,
    suffix: String,
}

impl Made {
    fn new(text: &str, start: usize, end: usize) -> Self {
        let (prefix, suffix) = context_of(text, start, end);
        Self {
            start,
            end,
            quote: chars(text, start, end),
            prefix,
            suffix,
        }
    }

    fn anchor(&self) -> Anchor<'_> {
        Anchor {
            start: self.start,
            end: self.end,
            quote: &self.quote,
            prefix: Some(&self.prefix),
            suffix: Some(&self.suffix),
        }
    }
}

#[test]
fn unchanged_text_keeps_the_span() {
    let (start, end) = find(ARTICLE, "سليم الحداد");
    let made = Made::new(ARTICLE, start, end);
    assert_eq!(reanchor(ARTICLE, &made.anchor()), Reanchored::Kept);
}

#[test]
fn sentence_inserted_before_moves_the_span() {
    let (start, end) = find(ARTICLE, "سليم الحداد");
    let made = Made::new(ARTICLE, start, end);
    let inserted = "وحضر الافتتاح عدد من الأهالي والتجار. ";
    let at = find(ARTICLE, "وقال").0;
    let new_text: String = ARTICLE.chars().take(at).collect::<String>()
        + inserted
        + &ARTICLE.chars().skip(at).collect::<String>();
    let shift = inserted.chars().count();
    assert_eq!(
        reanchor(&new_text, &made.anchor()),
        Reanchored::Moved {
            start: start + shift,
            end: end + shift
        }
    );
    assert_eq!(chars(&new_text, start + shift, end + shift), "سليم الحداد");
}

#[test]
fn deleted_span_text_is_orphaned() {
    let (start, end) = find(ARTICLE, "افتتاح سوق جديد للخضار");
    let made = Made::new(ARTICLE, start, end);
    let new_text = ARTICLE.replace("افتتاح سوق جديد للخضار ", "");
    assert_eq!(reanchor(&new_text, &made.anchor()), Reanchored::Orphaned);
    // And with the whole sentence gone, too.
    let (start, end) = find(ARTICLE, "سيخدم ثلاث قرى مجاورة");
    let made = Made::new(ARTICLE, start, end);
    let new_text = ARTICLE.replace(
        "وقال رئيس المجلس سليم الحداد إن السوق سيخدم ثلاث قرى مجاورة.",
        "",
    );
    assert_eq!(reanchor(&new_text, &made.anchor()), Reanchored::Orphaned);
}

#[test]
fn edited_word_inside_the_span_is_changed() {
    let quote = "افتتاح سوق جديد للخضار قرب الجسر القديم";
    let (start, end) = find(ARTICLE, quote);
    let made = Made::new(ARTICLE, start, end);
    // One word edited: «جديد» → «كبير», and a sentence added earlier so the offset moves too.
    let new_text = format!("(خاص) {}", ARTICLE.replace("سوق جديد", "سوق كبير"));
    let expected = "افتتاح سوق كبير للخضار قرب الجسر القديم";
    let (new_start, new_end) = find(&new_text, expected);
    match reanchor(&new_text, &made.anchor()) {
        Reanchored::Changed {
            start,
            end,
            new_quote,
            score,
        } => {
            assert_eq!((start, end), (new_start, new_end));
            assert_eq!(new_quote, expected);
            assert!(score > 0.85 && score < 1.0, "{score}");
        }
        other => panic!("expected Changed, got {other:?}"),
    }
}

#[test]
fn harakat_added_in_the_span_widen_to_whole_clusters() {
    let quote = "مجلس بلدة تل الزيتون";
    let (start, end) = find(ARTICLE, quote);
    let made = Made::new(ARTICLE, start, end);
    // A fatha on the last letter of the quote: the old end would now split «نَ».
    let new_text = ARTICLE.replacen("الزيتون", "الزيتونَ", 1);
    match reanchor(&new_text, &made.anchor()) {
        Reanchored::Changed {
            start: s,
            end: e,
            new_quote,
            ..
        } => {
            assert_eq!((s, e), (start, end + 1));
            assert_eq!(new_quote, "مجلس بلدة تل الزيتونَ");
            assert!(graphemes::is_boundary(&new_text, e));
        }
        other => panic!("expected Changed, got {other:?}"),
    }
}

#[test]
fn repeated_quote_is_told_apart_by_context() {
    // «الحداد» twice; the span is on the second one.
    let (start, end) = find_nth(ARTICLE, "الحداد", 1);
    let made = Made::new(ARTICLE, start, end);
    // The first paragraph is rewritten longer, so the old offset now falls near... nothing
    // useful: the nearest «الحداد» to the old offset is the first one.
    let new_text = ARTICLE.replace(
        "أعلن مجلس بلدة تل الزيتون صباح الأحد",
        "أعلن مجلس بلدة تل الزيتون في بيان نشره على صفحته صباح يوم الأحد الماضي",
    );
    let (first, _) = find_nth(&new_text, "الحداد", 0);
    let (second, second_end) = find_nth(&new_text, "الحداد", 1);
    assert!(
        first.abs_diff(start) < second.abs_diff(start),
        "the test needs a decoy nearer"
    );
    assert_eq!(
        reanchor(&new_text, &made.anchor()),
        Reanchored::Moved {
            start: second,
            end: second_end
        }
    );
    // Without context, closeness decides.
    let bare = Anchor {
        prefix: None,
        suffix: None,
        ..made.anchor()
    };
    assert_eq!(
        reanchor(&new_text, &bare),
        Reanchored::Moved {
            start: first,
            end: first + 6
        }
    );
}

#[test]
fn name_edited_in_place_beats_the_same_name_elsewhere() {
    // The span is on a long phrase edited in place; the old wording still appears in a quoted
    // headline further on, with other surroundings.
    let text = "قال المتحدث باسم الدفاع المدني في المحافظة إن الحريق أخمد. \
                عنوان الخبر: المتحدث باسم الدفاع المدني يتحدث";
    let (start, end) = find(text, "المتحدث باسم الدفاع المدني");
    let made = Made::new(text, start, end);
    let new_text = text.replacen("المتحدث باسم الدفاع المدني", "الناطق باسم الدفاع المدني", 1);
    match reanchor(&new_text, &made.anchor()) {
        Reanchored::Changed {
            start: s,
            new_quote,
            ..
        } => {
            assert_eq!(s, start);
            assert_eq!(new_quote, "الناطق باسم الدفاع المدني");
        }
        other => panic!("expected Changed in place, got {other:?}"),
    }
}

#[test]
fn context_is_cut_on_grapheme_boundaries() {
    let (start, end) = find(ARTICLE, "سليم الحداد");
    let (prefix, suffix) = context_of(ARTICLE, start, end);
    assert_eq!(prefix.chars().count(), CONTEXT_CHARS);
    assert_eq!(suffix.chars().count(), CONTEXT_CHARS);
    assert!(ARTICLE.contains(&format!("{prefix}سليم الحداد{suffix}")));
    // Near the edges the context is shorter.
    let (prefix, _) = context_of(ARTICLE, 0, 4);
    assert_eq!(prefix, "");
    let len = ARTICLE.chars().count();
    let (_, suffix) = context_of(ARTICLE, len - 3, len + 10);
    assert_eq!(suffix, "");
    // Never half a cluster: 32 chars back from the span lands on the haraka of «بَ».
    let text = format!("ب\u{064E}{}XYZ", "ت".repeat(CONTEXT_CHARS - 1));
    let (prefix, _) = context_of(&text, CONTEXT_CHARS + 1, CONTEXT_CHARS + 4);
    assert_eq!(prefix, "ت".repeat(CONTEXT_CHARS - 1));
}

#[test]
fn hostile_anchors_do_not_panic() {
    let cases = [
        (0, 0, ""),
        (50, 10, "الحداد"),
        (usize::MAX - 1, usize::MAX, "سوق"),
        (3, 9_999, "x"),
    ];
    for (start, end, quote) in cases {
        let anchor = Anchor {
            start,
            end,
            quote,
            prefix: Some("\u{202E}"),
            suffix: None,
        };
        let _ = reanchor(ARTICLE, &anchor);
        let _ = reanchor("", &anchor);
    }
    let _ = context_of("", 5, 2);
    // A large text made of one letter and a quote of that letter: bounded work.
    let huge = "ب".repeat(200_000);
    let quote = "ب".repeat(40) + "ت";
    let anchor = Anchor {
        start: 100_000,
        end: 100_041,
        quote: &quote,
        prefix: None,
        suffix: None,
    };
    let started = std::time::Instant::now();
    assert!(matches!(
        reanchor(&huge, &anchor),
        Reanchored::Changed { .. }
    ));
    assert!(started.elapsed().as_secs() < 20);
}

/// Text that can be inserted without joining a neighbouring grapheme cluster: letters, digits,
/// spaces and punctuation, no combining marks or joiners.
fn insertion() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            proptest::char::range('ء', 'ي'),
            Just(' '),
            Just('.'),
            Just('\n'),
            proptest::char::range('0', '9'),
            proptest::char::range('a', 'z'),
        ],
        1..80,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Inserting text anywhere outside the span never loses it: the span is kept (insertion
    /// after it) or moved by exactly the inserted length (insertion before it).
    #[test]
    fn insertion_outside_the_span_moves_it_exactly(
        which in 0..4_usize,
        position in any::<proptest::sample::Index>(),
        inserted in insertion(),
    ) {
        let quote = ["سليم الحداد", "الجسر القديم", "ثلاث قرى مجاورة", "أعمال الترميم"][which];
        let (start, end) = find(ARTICLE, quote);
        prop_assume!(!inserted.contains(quote));
        let made = Made::new(ARTICLE, start, end);
        let len = ARTICLE.chars().count();
        // Any position outside (start, end): 0..=start or end..=len.
        let outside = (start + 1) + (len + 1 - end);
        let i = position.index(outside);
        let at = if i <= start { i } else { end + (i - start - 1) };
        let new_text: String = ARTICLE.chars().take(at).collect::<String>()
            + &inserted
            + &ARTICLE.chars().skip(at).collect::<String>();
        let result = reanchor(&new_text, &made.anchor());
        if at <= start && !(at == start && inserted.is_empty()) {
            let shift = inserted.chars().count();
            prop_assert_eq!(result, Reanchored::Moved { start: start + shift, end: end + shift });
        } else {
            prop_assert_eq!(result, Reanchored::Kept);
        }
    }
}

#[test]
fn a_workspace_span_records_its_context_and_is_found_by_it_after_an_edit() {
    use hashiya::model::{Edit, LabelId, Transaction};
    use hashiya::workspace::Workspace;
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    // The same word twice: the span is on the second, after «الشرقي».
    std::fs::write(
        &article,
        "عبرنا الجسر الغربي صباحاً، ثم أُغلق الجسر الشرقي مساءً.\n",
    )
    .expect("write");
    let mut ws = Workspace::import_folder(dir.path(), &hashiya::import::ImportOptions::default())
        .expect("import");
    let doc = ws.project().documents[0].id.clone();
    let text = ws.text_of(&doc).expect("text").to_owned();
    let second = text.rfind("الجسر").expect("second");
    let start = text[..second].chars().count();
    let span = ws
        .new_span(&doc, start, start + 5, LabelId("GPE".to_owned()))
        .expect("span");
    assert!(span.prefix.ends_with("أُغلق "), "{:?}", span.prefix);
    assert!(span.suffix.starts_with(" الشرقي"), "{:?}", span.suffix);
    ws.apply(Transaction::single(
        hashiya::model::Message::STATUS_LABELLED,
        Edit::AddSpan {
            doc: doc.clone(),
            span,
        },
    ))
    .expect("apply");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    // Both bridges move, and the second is now where the first was.
    std::fs::write(
        &article,
        "في الصباح ثم أُغلق الجسر الشرقي مساءً، وعبرنا الجسر الغربي ليلاً.\n",
    )
    .expect("edit");
    let ws = Workspace::open_project(&project).expect("open");
    let (moves, _) = ws.reanchor_changed();
    let mut ws = ws;
    ws.apply(moves).expect("moves");
    let new_text = std::fs::read_to_string(&article).expect("read");
    let east = new_text.find("الجسر الشرقي").expect("east");
    let east = new_text[..east].chars().count();
    let span = &ws.project().annotations.spans(&doc)[0];
    assert_eq!(span.start, east, "found by its context, not by closeness");
}

#[test]
fn spans_without_context_follow_their_neighbours_shift() {
    use hashiya::model::{Edit, LabelId, Span, SpanId, Transaction};
    use hashiya::workspace::Workspace;
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    let before = "قال سليم الحداد إن الجسر سيفتح. وأضاف الحداد أن العمل بدأ.\n";
    std::fs::write(&article, before).expect("write");
    let mut ws = Workspace::import_folder(dir.path(), &hashiya::import::ImportOptions::default())
        .expect("import");
    let doc = ws.project().documents[0].id.clone();
    // Spans as an older version saved them: quote only, no context. The last is the second
    // «الحداد», which also occurs inside the first span's name.
    let spans = [
        find(before, "سليم الحداد"),
        find(before, "أضاف"),
        find_nth(before, "الحداد", 1),
    ];
    let edits = spans
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| Edit::AddSpan {
            doc: doc.clone(),
            span: Span::new(
                SpanId::from_u64(i as u64 + 1),
                start,
                end,
                LabelId("PER".into()),
                &chars(before, start, end),
            ),
        })
        .collect();
    ws.apply(Transaction {
        description: hashiya::model::Message::STATUS_LABELLED.into(),
        edits,
    })
    .expect("apply");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    // A sentence inserted before everything: the nearest «الحداد» to the old offset is now the
    // one inside the name; the shift of the spans before it says which is right.
    let after = format!("في بيان صدر مساء الأحد عن البلدية، {before}");
    std::fs::write(&article, &after).expect("edit");
    let mut ws = Workspace::open_project(&project).expect("open");
    let (moves, _) = ws.reanchor_changed();
    ws.apply(moves).expect("moves");
    let found: Vec<(usize, usize)> = ws
        .project()
        .annotations
        .spans(&doc)
        .iter()
        .map(|s| (s.start, s.end))
        .collect();
    assert_eq!(
        found,
        [
            find(&after, "سليم الحداد"),
            find(&after, "أضاف"),
            find_nth(&after, "الحداد", 1)
        ]
    );
}
