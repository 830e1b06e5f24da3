//! Synthetic Arabic-like articles for benchmarks and scale tests: prose built from a word list
//! written for hashiya, with digits, Latin names, quotes and brackets in news-like proportions.
//! Deterministic for a given seed.

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
}
