//! How much two texts share, estimated fast enough for a whole corpus: word shingles over
//! normalised text, `MinHash` signatures, and locality-sensitive hashing to find the pairs worth
//! comparing without comparing every pair.
//!
//! Meant for any texts: whole articles (wire copies run by several outlets) as well as short
//! ones (the contents of two claims). Words are compared after Arabic normalisation
//! ([`NormalizeOptions::MATCHING`]: harakat, alef and yeh forms, digits, Latin case), so two
//! copies that differ only in diacritics or in how they write «إن» are the same text.
//!
//! - [`shingles`]: the set of `k`-word sequences of a text, as 64-bit hashes;
//! - [`Signature`]: a fixed-size `MinHash` of a shingle set, whose agreement with another
//!   signature estimates the Jaccard similarity of the two sets ([`Signature::similarity`]);
//! - [`candidate_groups`]: signatures bucketed by bands, so that texts above about 0.4
//!   similarity share a bucket with high probability; linear in the number of texts.

use std::collections::{BTreeSet, HashMap};

use super::normalize::{NormalizeOptions, normalize};
use crate::model::id::splitmix64;

/// Number of hash functions in a [`Signature`].
pub const SIGNATURE_LEN: usize = 128;

/// Bands × rows of the locality-sensitive hashing in [`candidate_groups`]: 32 bands of 4 rows
/// put two texts of Jaccard similarity `s` in one bucket with probability `1 - (1 - s⁴)³²`:
/// 0.96 at 0.5, 0.2 at 0.2.
const BANDS: usize = 32;
const ROWS: usize = SIGNATURE_LEN / BANDS;

/// The normalised words of `text`: runs of letters, digits and marks, folded as
/// [`NormalizeOptions::MATCHING`] does.
pub fn words(text: &str) -> Vec<String> {
    let normalized = normalize(text, &NormalizeOptions::MATCHING);
    normalized
        .text()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The set of `k`-word shingles of `text` (each a hash of `k` consecutive normalised words);
/// a text shorter than `k` words is one shingle of all its words, and a text without words has
/// none. `k` of 0 is taken as 1.
pub fn shingles(text: &str, k: usize) -> BTreeSet<u64> {
    let hashes: Vec<u64> = words(text).iter().map(|w| word_hash(w)).collect();
    let k = k.max(1);
    if hashes.is_empty() {
        return BTreeSet::new();
    }
    if hashes.len() < k {
        return std::iter::once(combine(&hashes)).collect();
    }
    hashes.windows(k).map(combine).collect()
}

/// The Jaccard similarity of two shingle sets, exactly: shared / all. Two empty sets are 0.
pub fn jaccard(a: &BTreeSet<u64>, b: &BTreeSet<u64>) -> f64 {
    let shared = a.intersection(b).count();
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

/// FNV-1a: stable across runs and platforms, unlike the standard library's hasher.
fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in word.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn combine(hashes: &[u64]) -> u64 {
    hashes
        .iter()
        .fold(0x9E37_79B9_7F4A_7C15, |acc, h| splitmix64(acc ^ h))
}

/// A `MinHash` signature: for each of [`SIGNATURE_LEN`] hash functions, the least hash of any
/// shingle. Two signatures agree at a position with probability equal to the Jaccard
/// similarity of their sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    mins: Vec<u64>,
}

impl Signature {
    /// The signature of a shingle set; `None` for an empty set, which resembles nothing.
    pub fn of(shingles: &BTreeSet<u64>) -> Option<Self> {
        if shingles.is_empty() {
            return None;
        }
        // Fixed seeds, so that signatures are the same in every run.
        let seeds: Vec<u64> = (0..SIGNATURE_LEN as u64).map(splitmix64).collect();
        let mut mins = vec![u64::MAX; SIGNATURE_LEN];
        for &shingle in shingles {
            for (min, seed) in mins.iter_mut().zip(&seeds) {
                let h = splitmix64(shingle ^ seed);
                if h < *min {
                    *min = h;
                }
            }
        }
        Some(Self { mins })
    }

    /// The signature of `text`'s `k`-word shingles.
    pub fn of_text(text: &str, k: usize) -> Option<Self> {
        Self::of(&shingles(text, k))
    }

    /// Estimated Jaccard similarity of the two sets (0 to 1).
    pub fn similarity(&self, other: &Self) -> f64 {
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / SIGNATURE_LEN as f64
    }

    fn band(&self, band: usize) -> u64 {
        combine(&self.mins[band * ROWS..(band + 1) * ROWS])
    }
}

/// Groups of texts that are at least `threshold` similar (estimated Jaccard), by index into
/// `signatures` (`None` never groups). Pairs are found by banding, each checked against its
/// bucket's first member, and joined transitively; each group is sorted and has two members or
/// more; groups are in the order of their first member. Linear in the number of signatures.
pub fn candidate_groups(signatures: &[Option<Signature>], threshold: f64) -> Vec<Vec<usize>> {
    let mut sets = DisjointSets::new(signatures.len());
    for band in 0..BANDS {
        let mut buckets: HashMap<u64, usize> = HashMap::new();
        for (i, signature) in signatures.iter().enumerate() {
            let Some(signature) = signature else {
                continue;
            };
            match buckets.entry(signature.band(band)) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    let first = *first.get();
                    if sets.find(first) != sets.find(i)
                        && signatures[first]
                            .as_ref()
                            .is_some_and(|s| s.similarity(signature) >= threshold)
                    {
                        sets.union(first, i);
                    }
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..signatures.len() {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// Union-find over `0..n`, with path halving and union by size.
struct DisjointSets {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير، \
        وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم سكان الريف الشرقي الذين كانوا يقطعون مسافات \
        طويلة للعلاج. وأضاف أن العمل بدأ قبل ثلاث سنوات بتمويل محلي، وأن الطاقم الطبي اكتمل \
        الأسبوع الماضي بعد تعيين أربعين طبيبا وممرضة.";

    #[test]
    fn words_are_normalised() {
        assert_eq!(words("قالَ إنّ «الأمر» Done"), ["قال", "ان", "الامر", "done"]);
        assert_eq!(shingles("", 3), BTreeSet::new());
        assert_eq!(shingles("كلمة واحدة", 3).len(), 1);
        assert_eq!(shingles("أ ب ج د", 3).len(), 2);
        assert_eq!(shingles("أ ب ج د", 0), shingles("أ ب ج د", 1));
    }

    #[test]
    fn diacritics_and_alef_forms_do_not_make_a_different_text() {
        let plain = shingles(STORY, 3);
        let marked = shingles(&STORY.replace("إن", "اِنَّ").replace("أ", "ا"), 3);
        assert!((jaccard(&plain, &marked) - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn signatures_estimate_jaccard() {
        let a = shingles(STORY, 3);
        let edited = STORY.replace("مئتي سرير", "ثلاثمئة سرير ومركز للطوارئ");
        let b = shingles(&edited, 3);
        let exact = jaccard(&a, &b);
        let (Some(sa), Some(sb)) = (Signature::of(&a), Signature::of(&b)) else {
            panic!("texts with words have signatures");
        };
        assert!(exact > 0.6 && exact < 0.95, "{exact}");
        assert!((sa.similarity(&sb) - exact).abs() < 0.15);
        assert!((sa.similarity(&sa) - 1.0).abs() < f64::EPSILON);
        assert_eq!(Signature::of_text(" ، ", 3), None);
    }

    #[test]
    fn candidate_groups_join_similar_texts_only() {
        let other = "سقطت أمطار غزيرة على العاصمة مساء أمس وأغلقت عدة طرق رئيسية أمام حركة \
            السير، فيما أعلنت البلدية حالة الطوارئ ودعت المواطنين إلى البقاء في منازلهم.";
        let texts = [
            STORY.to_owned(),
            other.to_owned(),
            format!("عاجل: {STORY}"),
            String::new(),
            STORY.replace("اليوم", "صباح الاثنين"),
        ];
        let signatures: Vec<_> = texts.iter().map(|t| Signature::of_text(t, 3)).collect();
        assert_eq!(candidate_groups(&signatures, 0.5), vec![vec![0, 2, 4]]);
        assert!(candidate_groups(&signatures[..2], 0.5).is_empty());
    }
}
