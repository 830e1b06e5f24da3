//! Full layout of a ~100 kB Arabic article at width 700 (bidi, line breaking, shaping with the
//! bundled fonts, visual runs and pieces): the cost of laying out an article when it is opened
//! or the window is resized. Painting is measured separately.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hashiya::model::BaseDirection;
use hashiya::text::{FontStack, HarfShaper, LayoutOptions, layout_document};

/// Arabic news vocabulary, with the awkward kinds mixed in: lam-alef, tashkeel, tatweel,
/// the definite article, attached prepositions.
const ARABIC: &[&str] = &[
    "قال",
    "أعلن",
    "المتحدث",
    "باسم",
    "وزارة",
    "الإغاثة",
    "إن",
    "القوات",
    "سيطرت",
    "على",
    "الطريق",
    "المؤدي",
    "إلى",
    "الجسر",
    "بعد",
    "اشتباكات",
    "استمرت",
    "ساعات",
    "في",
    "محيط",
    "البلدة",
    "وأكد",
    "مصدر",
    "محلي",
    "أن",
    "القافلة",
    "لم",
    "تصل",
    "بعد",
    "الأهالي",
    "السلام",
    "لا",
    "عـاجـل",
    "مُحَمَّدٌ",
    "الحكومة",
    "المعارضة",
    "الأمم",
    "المتحدة",
    "المدنيين",
    "الضحايا",
    "شهود",
    "عيان",
    "بحسب",
    "بيان",
    "رسمي",
    "صباح",
    "اليوم",
    "الجمعة",
    "مساء",
    "أمس",
    "الخميس",
    "ونفى",
    "الناطق",
    "وقوع",
    "إصابات",
    "بين",
    "عناصره",
    "مؤكداً",
    "أن",
    "الوضع",
    "تحت",
    "السيطرة",
    "الكاملة",
];

const LATIN: &[&str] = &[
    "Reuters",
    "AFP",
    "OCHA",
    "U.N.",
    "Northgate",
    "al-Qadi",
    "BBC",
    "Zayzafoun",
];

const NUMBERS: &[&str] = &[
    "29",
    "2025",
    "٢٩",
    "٤٨",
    "١٢٠٠",
    "6,400",
    "3.5%",
    "14",
    "٢٠٢٥/٨/٢٩",
];

/// A tiny deterministic generator, so every run lays out the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next(from.len())]
    }
}

/// Paragraphs of 30 to 120 words: mostly Arabic, with numbers, Latin names, «quotes»,
/// “quotes”, (brackets) and punctuation, separated by blank-line-free newlines.
fn article(bytes: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        let words = 30 + rng.next(90);
        for w in 0..words {
            if w > 0 {
                text.push(' ');
            }
            let word = match rng.next(20) {
                0 | 1 => rng.pick(NUMBERS).to_owned(),
                2 => rng.pick(LATIN).to_owned(),
                3 => format!("«{} {}»", rng.pick(ARABIC), rng.pick(ARABIC)),
                4 => format!("({} {})", rng.pick(ARABIC), rng.pick(LATIN)),
                5 => format!("“{}”", rng.pick(ARABIC)),
                6 => format!("{}،", rng.pick(ARABIC)),
                _ => rng.pick(ARABIC).to_owned(),
            };
            text.push_str(&word);
        }
        text.push_str(".\n");
    }
    text
}

fn bench_layout(c: &mut Criterion) {
    let text = article(100_000);
    let shaper = HarfShaper::new().expect("bundled fonts load");
    let options = LayoutOptions {
        width: 700.0,
        font_size: 20.0,
        fonts: FontStack::default(),
        base: BaseDirection::Auto,
    };
    let lines = layout_document(&text, &options, &shaper).lines.len();
    eprintln!(
        "article: {} bytes, {} chars, {lines} lines at width 700",
        text.len(),
        text.chars().count()
    );

    let mut group = c.benchmark_group("layout_document");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("article_100kB_width_700", |b| {
        b.iter(|| layout_document(black_box(&text), black_box(&options), &shaper));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = bench_layout
}
criterion_main!(benches);
