//! Arabic normalisation and corpus search: the foldings one by one, the offset map back to the
//! original (with properties over random mixed text), proclitics and aliases, and searching a
//! small corpus written for these tests about an invented town, وادي الفضة.

use std::collections::BTreeSet;
use std::ops::Range;

use hashiya::text::normalize::{
    NormalizeOptions, alias_matches, normalize, normalize_key, strip_proclitics,
};
use hashiya::text::search::{
    CONTEXT_CHARS, Hit, SearchError, SearchIndex, SearchMode, SearchQuery,
};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation as _;

fn chars(text: &str, range: Range<usize>) -> String {
    text.chars().skip(range.start).take(range.len()).collect()
}

fn norm(text: &str) -> String {
    normalize(text, &NormalizeOptions::default())
        .text()
        .to_owned()
}

/// Char offsets of the grapheme-cluster boundaries of `text`, both ends included.
fn cluster_boundaries(text: &str) -> BTreeSet<usize> {
    let mut at = 0;
    let mut boundaries = BTreeSet::from([0]);
    for grapheme in text.graphemes(true) {
        at += grapheme.chars().count();
        boundaries.insert(at);
    }
    boundaries
}

#[test]
fn lam_alef_ligature_and_plain_letters_normalise_alike() {
    // «لا» as two letters, as the isolated ligature U+FEFB and the final one U+FEFC.
    assert_eq!(norm("لا"), "لا");
    assert_eq!(norm("\u{FEFB}"), "لا");
    assert_eq!(norm("\u{FEE3}\u{FEFC}\u{FEA4}"), "ملاح");
    // With hamza or madda the alef folds too (or not, when alef folding is off).
    assert_eq!(norm("\u{FEF7}\u{FEE3}\u{FEE6}"), "لامن");
    assert_eq!(norm("\u{FEF5}"), "لا");
    let keep_alef = NormalizeOptions {
        alef: false,
        ..NormalizeOptions::default()
    };
    assert_eq!(normalize("\u{FEF9}", &keep_alef).text(), "لإ");

    let n = normalize("س\u{FEFC}م", &NormalizeOptions::default());
    assert_eq!(n.text(), "سلام");
    assert_eq!(n.map(), [0, 1, 1, 2, 3]);
    // Either half of the ligature maps to the whole ligature.
    assert_eq!(n.to_original(1..2), 1..2);
    assert_eq!(n.to_original(2..3), 1..2);
    assert_eq!(n.to_original(1..4), 1..3);
    assert!(!n.is_boundary(2));
}

#[test]
fn tashkeel_and_tatweel() {
    assert_eq!(norm("وَادِي الفِضَّةِ"), "وادي الفضة");
    assert_eq!(norm("قُرْآنٌ"), "قران");
    // Superscript alef and a Quranic stop mark.
    assert_eq!(norm("هٰذا\u{06D6}"), "هذا");
    assert_eq!(norm("الـــــوادي"), "الوادي");
    // Each switch on its own.
    let only_tatweel = NormalizeOptions {
        tatweel: true,
        ..NormalizeOptions::NONE
    };
    assert_eq!(normalize("جَـمـيل", &only_tatweel).text(), "جَميل");
    let only_tashkeel = NormalizeOptions {
        tashkeel: true,
        ..NormalizeOptions::NONE
    };
    assert_eq!(normalize("جَـمـيل", &only_tashkeel).text(), "جـمـيل");
}

#[test]
fn letter_forms_digits_case_and_invisibles() {
    assert_eq!(norm("أإآٱ"), "اااا");
    assert_eq!(norm("مستشفى ی"), "مستشفي ي");
    assert_eq!(norm("مدينة"), "مدينة", "teh marbuta kept by default");
    assert_eq!(
        normalize("مدينة", &NormalizeOptions::MATCHING).text(),
        "مدينه"
    );
    assert_eq!(norm("مؤتمر رئيس ماء"), "موتمر رييس ماء");
    assert_eq!(norm("کتاب"), "كتاب");
    assert_eq!(norm("عام ٢٠٢٤ و۱۴۰۳ و2025"), "عام 2024 و1403 و2025");
    assert_eq!(norm("Wadi AL-Fidda"), "wadi al-fidda");
    assert_eq!(
        norm("\u{200F}وادي\u{200C}الفضة\u{202B}!\u{202C}\u{FEFF}"),
        "واديالفضة!"
    );
    assert_eq!(
        normalize("أ٢A\u{200D}", &NormalizeOptions::NONE).text(),
        "أ٢A\u{200D}"
    );
}

#[test]
fn map_round_trip() {
    let text = "قالَ مُحَمَّدٌ:\u{200F} «الـمَدينةُ ٢٠٢٤»";
    let n = normalize(text, &NormalizeOptions::default());
    assert_eq!(n.text(), "قال محمد: «المدينة 2024»");
    let map = n.map();
    assert_eq!(map.len(), n.len_chars() + 1);
    assert_eq!(map.last(), Some(&text.chars().count()));
    for (j, c) in n.text().chars().enumerate() {
        let source = chars(text, map[j]..map[j] + 1);
        assert_eq!(norm(&source), c.to_string(), "char {j}");
    }
    // «محمد» covers the whole vocalised word, with its final dammatan, not the colon.
    let at = n.text().chars().position(|c| c == 'م').expect("م");
    let word = n.to_original(at..at + 4);
    assert_eq!(chars(text, word.clone()), "مُحَمَّدٌ");
    assert_eq!(norm(&chars(text, word)), "محمد");
    // The tatweel after the article goes with it; the harakat of the last letter too.
    let start = n
        .text()
        .find("المدينة")
        .map(|b| n.text()[..b].chars().count());
    let start = start.expect("المدينة");
    assert_eq!(chars(text, n.to_original(start..start + 7)), "الـمَدينةُ");
}

#[test]
fn proclitics_give_stems_to_map_back() {
    let word = "وَبِالمدينة";
    let splits = strip_proclitics(word);
    let stems: Vec<String> = splits
        .iter()
        .map(|s| word.chars().skip(s.stem_start).collect())
        .collect();
    assert_eq!(stems, ["بِالمدينة", "المدينة", "مدينة"]);
    assert_eq!(splits.last().map(|s| s.article), Some(true));
    for (word, stem) in [
        ("فالوادي", "وادي"),
        ("بالوادي", "وادي"),
        ("كالوادي", "وادي"),
        ("للوادي", "وادي"),
        ("وللوادي", "وادي"),
        ("والوادي", "وادي"),
    ] {
        let last = strip_proclitics(word).last().copied().expect(word);
        assert_eq!(word.chars().skip(last.stem_start).collect::<String>(), stem);
        assert!(last.article, "{word}");
    }
    assert!(strip_proclitics("نهر").is_empty());
    assert!(strip_proclitics("بال").is_empty());
}

#[test]
fn aliases_match_through_clitics_and_spelling() {
    assert_eq!(normalize_key(" مجلسُ\tوادي  الفضّة "), "مجلس وادي الفضه");
    assert!(alias_matches("مجلس وادي الفضة", "ومجلس وادي الفضة"));
    assert!(alias_matches("التحالف الدولي", "والتحالف الدولي"));
    assert!(alias_matches("التحالف الدولي", "للتحالف الدولي"));
    assert!(alias_matches("الجمعية الإسلامية", "بالجمعيه الاسلاميّة"));
    assert!(alias_matches("داعش", "لداعش"));
    assert!(!alias_matches("داعش", "الداعشي"));
    assert!(!alias_matches("وادي الفضة", "وادي الفضة الجديد"));
    // Not unified on purpose (see `alias_matches`).
    assert!(!alias_matches(
        "قوات سوريا الديمقراطية",
        "قوات سورية الديمقراطية"
    ));
}

// Three short texts about an invented town, written for these tests.
const TOWN: [(usize, &str); 3] = [
    (
        7,
        "وقال رئيس المجلس المحلي في وادي الفضة إن الجمعية الاسلامية والمدرسة الثانوية تعاونتا على ترميم الجسر.",
    ),
    (
        2,
        "أعلنت بلديّةُ وادي الفضّة أنّ الجمعيّة الإسلاميّة ستفتتح مكتبتها الجديدة في ٢٠٢٤، بحضور مُحَمَّدٍ الفضّي.",
    ),
    (
        9,
        "لم تعلّق المدرسة على الخبر، وذكرت مصادر محليّة أن النهر فاض مرتين هذا العام \u{FEFB} أكثر.",
    ),
];

fn town() -> SearchIndex {
    SearchIndex::new(TOWN)
}

fn text_of(doc: usize) -> &'static str {
    TOWN.iter()
        .find(|(key, _)| *key == doc)
        .map(|(_, text)| *text)
        .expect("a document of the town")
}

fn found(hits: &[Hit]) -> Vec<(usize, String)> {
    hits.iter()
        .map(|hit| (hit.doc, chars(text_of(hit.doc), hit.range.clone())))
        .collect()
}

fn search(mode: SearchMode, pattern: &str, whole_words: bool) -> Vec<(usize, String)> {
    let query = SearchQuery {
        pattern: pattern.to_owned(),
        mode,
        whole_words,
    };
    found(&town().search(&query).expect("a valid query"))
}

fn own(list: &[(usize, &str)]) -> Vec<(usize, String)> {
    list.iter().map(|&(doc, s)| (doc, s.to_owned())).collect()
}

#[test]
fn normalized_search_finds_spelling_variants_exact_does_not() {
    assert_eq!(
        search(SearchMode::Normalized, "الاسلامية", false),
        own(&[(2, "الإسلاميّة"), (7, "الاسلامية")]),
        "document order by key, not by insertion"
    );
    assert_eq!(
        search(SearchMode::Exact, "الاسلامية", false),
        own(&[(7, "الاسلامية")])
    );
    // The pattern is normalised too.
    assert_eq!(search(SearchMode::Normalized, "الإسلاميَّة", false).len(), 2);
    // A vocalised word is found whole, harakat of its last letter included.
    assert_eq!(
        search(SearchMode::Normalized, "محمد", false),
        own(&[(2, "مُحَمَّدٍ")])
    );
    assert_eq!(
        search(SearchMode::Normalized, "2024", false),
        own(&[(2, "٢٠٢٤")])
    );
    // The ligature is one char of the original: a hit on either of its letters covers it.
    assert_eq!(
        search(SearchMode::Normalized, "لا", false),
        // «الإسلاميّة» and «الاسلامية» hold «لا» twice each (الا، سلا).
        own(&[(2, "لإ"), (2, "لا"), (7, "لا"), (7, "لا"), (9, "\u{FEFB}")])
    );
    assert_eq!(
        search(SearchMode::Normalized, "لا", true),
        own(&[(9, "\u{FEFB}")])
    );
    assert_eq!(
        search(SearchMode::Normalized, "ا أكثر", false),
        own(&[(9, "\u{FEFB} أكثر")])
    );
    assert!(search(SearchMode::Normalized, "ً", false).is_empty());
    assert!(search(SearchMode::Exact, "", false).is_empty());
}

#[test]
fn exact_search_keeps_clusters_whole() {
    // The pattern stops before the shadda; the hit takes it along.
    assert_eq!(
        search(SearchMode::Exact, "الفض", false),
        own(&[(2, "الفضّ"), (2, "الفضّ"), (7, "الفض")])
    );
}

#[test]
fn regex_search_runs_on_the_original() {
    assert_eq!(
        search(SearchMode::Regex, r"[٠-٩]+", false),
        own(&[(2, "٢٠٢٤")])
    );
    assert_eq!(
        search(SearchMode::Regex, r"وادي\s+\S+", false),
        own(&[(2, "وادي الفضّة"), (7, "وادي الفضة")])
    );
    // The shadda of «الجمعيّة» is a char of its own in the original.
    assert_eq!(
        search(SearchMode::Regex, "الجمعية", false),
        own(&[(7, "الجمعية")])
    );
    assert_eq!(
        search(SearchMode::Regex, "الجمعي.ة", false),
        own(&[(2, "الجمعيّة")])
    );
    assert_eq!(
        search(SearchMode::Regex, r"ال\w+ية", true),
        own(&[(7, "الجمعية"), (7, "الاسلامية"), (7, "الثانوية")])
    );
}

#[test]
fn invalid_regex_is_an_error() {
    let query = SearchQuery::new("(وادي", SearchMode::Regex);
    let error = town().search(&query).expect_err("unclosed group");
    assert!(matches!(error, SearchError::InvalidRegex { .. }));
    let message = error.to_string();
    assert!(message.contains("unclosed group"), "{message}");
    assert!(message.ends_with("(وادي"), "{message}");
}

#[test]
fn whole_words() {
    assert_eq!(
        search(SearchMode::Normalized, "محلي", false),
        own(&[(7, "محلي"), (9, "محليّ")])
    );
    // «محليّة» is another word; «المحلي» is the same word after the article.
    assert_eq!(
        search(SearchMode::Normalized, "محلي", true),
        own(&[(7, "محلي")])
    );
    assert_eq!(
        search(SearchMode::Normalized, "مدرسة", true),
        own(&[(7, "مدرسة"), (9, "مدرسة")]),
        "after «وال» and «ال»"
    );
    assert_eq!(
        search(SearchMode::Normalized, "الفض", true),
        own(&[]),
        "«الفضة» and «الفضّي» go on"
    );
    // Exact and regex modes take no clitics off.
    assert!(search(SearchMode::Exact, "محلي", true).is_empty());
    assert_eq!(
        search(SearchMode::Exact, "المحلي", true),
        own(&[(7, "المحلي")])
    );
    assert!(search(SearchMode::Regex, "مدرسة", true).is_empty());
}

#[test]
fn hits_carry_context_cut_on_clusters() {
    let query = SearchQuery::new("الجديدة", SearchMode::Normalized);
    let hits = town().search(&query).expect("a valid query");
    let [hit] = hits.as_slice() else {
        panic!("one hit, got {hits:?}")
    };
    let text = text_of(hit.doc);
    let before = chars(text, 0..hit.range.start);
    let after = chars(text, hit.range.end..text.chars().count());
    assert!(before.ends_with(&hit.context_before));
    assert!(after.starts_with(&hit.context_after));
    assert!(hit.context_before.chars().count() <= CONTEXT_CHARS);
    assert!(hit.context_after.chars().count() <= CONTEXT_CHARS);
    assert!(hit.context_before.chars().count() >= CONTEXT_CHARS - 2);
    // The cut never leaves a haraka without its letter.
    let first = hit.context_before.chars().next().expect("context");
    assert!(!('\u{064B}'..='\u{065F}').contains(&first));
    assert_eq!(hit.context_after, " في ٢٠٢٤، بحضور مُحَمَّدٍ الفضّي.");

    let limited = town()
        .search_limited(&SearchQuery::new("ال", SearchMode::Normalized), 3)
        .expect("a valid query");
    assert_eq!(limited.len(), 3);
}

/// Chars the random texts are made of: letters in all the forms that fold, harakat, tatweel,
/// three kinds of digits, Latin, spaces and joiners, a kept combining mark, a lam-alef ligature,
/// positional forms and an RLM.
const ALPHABET: &[char] = &[
    'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ح', 'د', 'ر', 'س', 'ع', 'ف', 'ق', 'ك', 'ک', 'ل', 'ل',
    'م', 'ن', 'ه', 'و', 'ؤ', 'ي', 'ى', 'ی', 'ئ', 'ء', '\u{064B}', '\u{064E}', '\u{064F}',
    '\u{0650}', '\u{0651}', '\u{0652}', '\u{0670}', '\u{0640}', '٣', '٧', '۴', '1', '9', 'a', 'Z',
    'I', 'é', '\u{0301}', ' ', ' ', '\n', '\u{200C}', '\u{200D}', '\u{200F}', '\u{FEFB}',
    '\u{FEF7}', '\u{FE8E}', '\u{FEE3}', '\u{FE77}',
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..48)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn offset_map_invariants(
        text in mixed_text(),
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
    ) {
        for options in [NormalizeOptions::default(), NormalizeOptions::MATCHING, NormalizeOptions {
            tashkeel: false,
            ..NormalizeOptions::default()
        }] {
            let n = normalize(&text, &options);
            let original_len = text.chars().count();
            let map = n.map();
            prop_assert_eq!(map.len(), n.text().chars().count() + 1);
            prop_assert_eq!(n.len_chars(), n.text().chars().count());
            prop_assert_eq!(map.last().copied(), Some(original_len));
            prop_assert!(map.windows(2).all(|w| w[0] <= w[1]), "monotonic: {:?}", map);
            for (j, &source) in map.iter().enumerate() {
                prop_assert_eq!(n.original_offset(j), source);
            }
            prop_assert!(n.is_boundary(0) && n.is_boundary(n.len_chars()));

            let boundaries = cluster_boundaries(&text);
            let (a, b) = (a.index(n.len_chars() + 1), b.index(n.len_chars() + 1));
            let (a, b) = (a.min(b), a.max(b));
            let range = n.to_original(a..b);
            prop_assert!(range.start <= range.end && range.end <= original_len);
            prop_assert!(boundaries.contains(&range.start), "{:?} in {:?}", range, text);
            prop_assert!(boundaries.contains(&range.end), "{:?} in {:?}", range, text);

            let wanted = chars(n.text(), a..b);
            let got = normalize(&chars(&text, range.clone()), &options).text().to_owned();
            prop_assert!(got.contains(&wanted), "{:?} ⊉ {:?}", got, wanted);
            if n.is_boundary(a) && n.is_boundary(b) {
                prop_assert_eq!(got, wanted);
            }
        }
    }

    #[test]
    fn search_finds_what_the_text_contains(
        text in mixed_text(),
        a in any::<prop::sample::Index>(),
        length in 1..6usize,
    ) {
        let n = normalize(&text, &NormalizeOptions::default());
        let start = a.index(n.len_chars() + 1);
        let pattern = chars(n.text(), start..start + length);
        let index = SearchIndex::new([(0, text.as_str())]);
        let hits = index
            .search(&SearchQuery::new(pattern.clone(), SearchMode::Normalized))
            .expect("a literal query");
        prop_assert_eq!(hits.is_empty(), pattern.is_empty());
        let boundaries = cluster_boundaries(&text);
        let mut last_end = 0;
        for hit in &hits {
            prop_assert!(hit.range.start >= last_end, "in order, apart: {:?}", hits);
            prop_assert!(hit.range.start < hit.range.end);
            prop_assert!(boundaries.contains(&hit.range.start));
            prop_assert!(boundaries.contains(&hit.range.end));
            prop_assert!(norm(&chars(&text, hit.range.clone())).contains(&pattern));
            prop_assert!(chars(&text, 0..hit.range.start).ends_with(&hit.context_before));
            last_end = hit.range.end;
        }
    }
}
