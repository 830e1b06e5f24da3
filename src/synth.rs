//! Synthetic Arabic-like articles for benchmarks and scale tests: prose built from a word list
//! written for hashiya, with digits, Latin names, quotes and brackets in news-like proportions.
//! Deterministic for a given seed.

use std::ops::Range;

/// Words drawn for running prose (common news vocabulary, with proclitics and lam-alef).
const WORDS: &[&str] = &[
    "قال",
    "أعلن",
    "أكد",
    "نفى",
    "ذكر",
    "أفاد",
    "المتحدث",
    "باسم",
    "الوزارة",
    "الجيش",
    "القوات",
    "المدينة",
    "بالمدينة",
    "والقوات",
    "للجيش",
    "فالقوات",
    "السكان",
    "المدنيين",
    "الأمم",
    "المتحدة",
    "مصدر",
    "مطلع",
    "إن",
    "أن",
    "في",
    "على",
    "من",
    "إلى",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "خلال",
    "حول",
    "الهجوم",
    "القصف",
    "الاشتباكات",
    "المعبر",
    "الجسر",
    "النهر",
    "الضفة",
    "الشرقية",
    "الغربية",
    "قافلة",
    "المساعدات",
    "الإغاثة",
    "الشاحنات",
    "المستشفى",
    "الضحايا",
    "الجرحى",
    "القتلى",
    "بيان",
    "رسمي",
    "صحافي",
    "مؤتمر",
    "التحقيق",
    "مستقل",
    "الرواية",
    "الأرقام",
    "الحصيلة",
    "لا",
    "إلا",
    "الإعلان",
    "الاتفاق",
    "وقف",
    "إطلاق",
    "النار",
    "المنطقة",
    "الحدود",
    "القرية",
];
const LATIN: &[&str] = &[
    "OCHA", "UN", "Reuters", "SDF", "AFP", "WFP", "UNHCR", "ICRC",
];

/// A small deterministic generator (xorshift64*), enough for varied but repeatable text.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One paragraph of about `words` words.
pub fn paragraph(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < words {
        if !out.is_empty() {
            out.push(' ');
        }
        match rng.below(40) {
            0 | 1 => out.push_str(&(rng.below(2000) + 1).to_string()),
            2 => out.push_str(rng.pick(LATIN)),
            3 => {
                out.push('«');
                out.push_str(rng.pick(WORDS));
                out.push(' ');
                out.push_str(rng.pick(WORDS));
                out.push('»');
                i += 1;
            }
            4 => {
                out.push('(');
                out.push_str(rng.pick(LATIN));
                out.push(')');
            }
            5 => {
                out.push_str(rng.pick(WORDS));
                out.push('،');
            }
            _ => out.push_str(rng.pick(WORDS)),
        }
        i += 1;
    }
    out.push('.');
    out
}

/// An article of at least `bytes` bytes: a headline, then paragraphs separated by blank lines.
pub fn article(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = paragraph(&mut rng, 8);
    out.push('\n');
    while out.len() < bytes {
        out.push('\n');
        let words = 30 + rng.below(90);
        out.push_str(&paragraph(&mut rng, words));
        out.push('\n');
    }
    out
}

/// Relative path and text of article `i` of a generated corpus of news articles: twenty outlet
/// folders, articles of 2–10 kB (6 kB on average), except article 0, which is 100 kB long.
pub fn corpus_article(i: usize) -> (String, String) {
    let mut rng = Rng::new(i as u64 ^ 0x00C0_FFEE);
    let bytes = if i == 0 {
        100_000
    } else {
        2_000 + rng.below(8_000)
    };
    (
        format!("outlet-{:02}/{i:05}.txt", i % 20),
        article(i as u64 + 1_000, bytes),
    )
}

/// Char ranges `[start, end)` of the whitespace-separated words of `text`, in order.
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    let mut index = 0;
    for c in text.chars() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push(s..index);
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
        index += 1;
    }
    if let Some(s) = start {
        words.push(s..index);
    }
    words
}

/// Up to `count` span ranges over the words of `text`, in reading order: every other word, and
/// every eighth word also starts a span over four words that holds the shorter ones (as a claim
/// holds its claimant and content). Every edge is a word edge, so never inside a cluster.
pub fn span_ranges(text: &str, count: usize) -> Vec<Range<usize>> {
    let words = word_ranges(text);
    let mut out = Vec::with_capacity(count);
    for (k, word) in words.iter().enumerate().step_by(2) {
        if out.len() >= count {
            break;
        }
        out.push(word.clone());
        if k % 8 == 0
            && out.len() < count
            && let Some(last) = words.get(k + 3)
        {
            out.push(word.start..last.end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_sized() {
        let a = article(7, 100_000);
        assert!(a.len() >= 100_000 && a.len() < 102_000, "{}", a.len());
        assert_eq!(a, article(7, 100_000));
        assert_ne!(a, article(8, 100_000));
        assert!(a.contains('«') && a.contains('(') && a.chars().any(|c| c.is_ascii_digit()));
    }

    #[test]
    fn spans_fall_on_words_in_reading_order() {
        let (path, text) = corpus_article(0);
        assert_eq!(path, "outlet-00/00000.txt");
        let spans = span_ranges(&text, 5_000);
        assert_eq!(spans.len(), 5_000);
        assert!(spans.is_sorted_by_key(|r| r.start));
        let chars: Vec<char> = text.chars().collect();
        for r in &spans {
            assert!(!chars[r.start].is_whitespace() && !chars[r.end - 1].is_whitespace());
            assert!(r.end == chars.len() || chars[r.end].is_whitespace());
        }
        assert_eq!(word_ranges(" ab  c "), vec![1..3, 5..6]);
    }
}
