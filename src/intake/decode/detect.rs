//! Choosing an encoding for bytes that are not UTF-8.
//!
//! `chardetng` alone picks windows-1252 or GBK for text whose only fault is a stray byte, and
//! cannot tell how sure it is. Here a file that is UTF-8 but for a few bytes stays UTF-8
//! ([`mostly_utf8`]), and between legacy encodings each candidate's decoded text is scored
//! ([`plausibility`]): the share of its non-ASCII chars that are letters (or punctuation) of the
//! one script most of them belong to. Arabic read as windows-1252 gives runs of accented Latin
//! letters no Latin language writes, read as GBK it gives CJK ideographs broken by U+FFFD, and
//! ISO-8859-6 read as windows-1256 gives Latin letters inside Arabic words: all score low.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{
    BIG5, EUC_KR, Encoding, GBK, ISO_8859_6, SHIFT_JIS, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252,
    WINDOWS_1253, WINDOWS_1254, WINDOWS_1255, WINDOWS_1256,
};

use crate::model::{EncodingGuess, GuessCertainty as Certainty};

/// Legacy encodings always tried besides `chardetng`'s guess.
const CANDIDATES: [&Encoding; 12] = [
    WINDOWS_1256,
    ISO_8859_6,
    WINDOWS_1252,
    WINDOWS_1250,
    WINDOWS_1251,
    WINDOWS_1253,
    WINDOWS_1254,
    WINDOWS_1255,
    GBK,
    BIG5,
    SHIFT_JIS,
    EUC_KR,
];

/// Only the start of a large file is scored; a few hundred kilobytes decide as well as all.
const SAMPLE_BYTES: usize = 256 * 1024;

/// How much better than `chardetng`'s guess another candidate must score to replace it.
const OVERRULE_MARGIN: f64 = 0.05;

/// How a legacy encoding was chosen: its score and the best candidate that reads differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub encoding: &'static Encoding,
    /// Share in thousandths of the non-ASCII text that reads as letters of
    /// [`script`](Self::script).
    pub score: u16,
    /// The script most non-ASCII letters belong to, in English.
    pub script: &'static str,
    /// The best other candidate whose text differs, with its score.
    pub runner_up: Option<(&'static Encoding, u16)>,
}

impl Detection {
    pub fn certainty(&self) -> Certainty {
        let margin = self
            .runner_up
            .map_or(1000, |(_, score)| self.score.saturating_sub(score));
        if self.score >= 950 && margin >= 150 {
            Certainty::Sure
        } else if self.score >= 800 && margin >= 100 {
            Certainty::FairlySure
        } else {
            Certainty::Unsure
        }
    }

    /// The guess as a document keeps it among its warnings.
    pub fn guess(&self) -> EncodingGuess {
        EncodingGuess {
            certainty: self.certainty(),
            score: self.score,
            script: self.script.to_owned(),
            runner_up: self
                .runner_up
                .map(|(other, score)| (other.name().to_owned(), score)),
        }
    }
}

/// True for bytes that are UTF-8 but for a few malformed sequences among many well-formed
/// non-ASCII chars: at most one per 200 chars (or eight in all), and at least four good
/// non-ASCII chars per bad sequence, so a legacy file with one accented letter is not taken.
pub(super) fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut bad = 0usize;
    let mut good = 0usize;
    let mut ascii = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                count_chars(valid, &mut ascii, &mut good);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // The prefix was just checked; from_utf8 cannot fail on it.
                count_chars(
                    std::str::from_utf8(valid).unwrap_or(""),
                    &mut ascii,
                    &mut good,
                );
                bad += 1;
                match error.error_len() {
                    Some(len) => rest = &after[len..],
                    // A sequence cut off by the end of the file.
                    None => break,
                }
            }
        }
    }
    let chars = ascii + good + bad;
    bad > 0 && (bad * 200 <= chars || bad <= 8) && good >= 4 * bad
}

fn count_chars(text: &str, ascii: &mut usize, other: &mut usize) {
    for c in text.chars() {
        if c.is_ascii() {
            *ascii += 1;
        } else {
            *other += 1;
        }
    }
}

/// The legacy encoding whose text is most plausible; `chardetng`'s guess unless another
/// candidate scores clearly better. How sure is measured against the best other reading in
/// the same script.
pub(super) fn guess_legacy(bytes: &[u8]) -> Detection {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let first = detector.guess(None, Utf8Detection::Deny);

    let mut scored: Vec<(&'static Encoding, f64, &'static str, String)> = Vec::new();
    for encoding in std::iter::once(first).chain(CANDIDATES) {
        if scored.iter().any(|(seen, ..)| *seen == encoding) {
            continue;
        }
        let (text, _) = encoding.decode_without_bom_handling(sample);
        let (score, script) = plausibility(&text);
        scored.push((encoding, score, script, text.into_owned()));
    }
    // `scored[0]` is chardetng's guess; a later candidate takes over only by a margin.
    let mut chosen = 0;
    for (i, candidate) in scored.iter().enumerate().skip(1) {
        if candidate.1 > scored[chosen].1 + if chosen == 0 { OVERRULE_MARGIN } else { 0.0 } {
            chosen = i;
        }
    }
    let (encoding, score, script, ref text) = scored[chosen];
    // Text of one script read in another script's encoding can look just as tidy (Arabic read
    // as windows-1253 is all Greek letters); telling those apart is what `chardetng`'s letter
    // frequencies are for. The rival that measures doubt is another reading in the same script.
    let runner_up = scored
        .iter()
        .filter(|(_, _, other_script, other)| other != text && *other_script == script)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(encoding, score, ..)| (*encoding, permille(*score)));
    let score = permille(score);
    Detection {
        encoding,
        score,
        script,
        runner_up,
    }
}

/// Share of the non-ASCII chars of `text` that read as real text, and the script most of its
/// non-ASCII letters belong to. U+FFFD and C1 controls weigh triple; Latin letters in a run of
/// three or more non-ASCII letters count as mojibake; general punctuation and no-break spaces
/// count for nothing either way.
pub(super) fn plausibility(text: &str) -> (f64, &'static str) {
    let mut counts = [0usize; SCRIPTS.len()];
    for c in text.chars() {
        if let Some(script) = script_of(c) {
            counts[script] += 1;
        }
    }
    let dominant = counts
        .iter()
        .enumerate()
        .max_by_key(|&(_, n)| *n)
        .map_or(0, |(i, _)| i);
    let mut good = 0usize;
    let mut bad = 0usize;
    let mut latin_run = 0usize;
    let mut run_start_good = 0usize;
    for c in text.chars() {
        if c.is_ascii() {
            latin_run = 0;
            continue;
        }
        let script = script_of(c);
        if script == Some(LATIN) && c.is_alphabetic() {
            if latin_run == 0 {
                run_start_good = good;
            }
            latin_run += 1;
            if latin_run == 3 && dominant == LATIN {
                // The whole run is mojibake: take back what its first two letters earned.
                bad += good - run_start_good;
                good = run_start_good;
            }
        } else {
            latin_run = 0;
        }
        match script {
            _ if c == '\u{FFFD}' || ('\u{80}'..='\u{9F}').contains(&c) => bad += 3,
            Some(s) if s == dominant && !(s == LATIN && latin_run >= 3) => good += 1,
            None if is_neutral(c) => {}
            Some(_) | None => bad += 1,
        }
    }
    let score = if good + bad == 0 {
        0.0
    } else {
        to_f64(good) / to_f64(good + bad)
    };
    (score, SCRIPTS[dominant])
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a share between 0 and 1 times 1000 fits a u16"
)]
fn permille(share: f64) -> u16 {
    (share.clamp(0.0, 1.0) * 1000.0).round() as u16
}

#[expect(
    clippy::cast_precision_loss,
    reason = "counts of chars in a sample of 256 kB are exact in an f64"
)]
fn to_f64(n: usize) -> f64 {
    n as f64
}

const SCRIPTS: [&str; 10] = [
    "Latin", "Arabic", "Hebrew", "Greek", "Cyrillic", "Chinese", "Japanese", "Korean", "Thai",
    "Armenian",
];
const LATIN: usize = 0;

/// Index into [`SCRIPTS`] of a non-ASCII char that belongs to a script (letters, marks, the
/// script's own punctuation and digits); `None` for symbols, general punctuation and the rest.
fn script_of(c: char) -> Option<usize> {
    let script = match u32::from(c) {
        0xC0..=0x24F if c.is_alphabetic() => 0,
        0x1E00..=0x1EFF => 0,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => 1,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => 2,
        0x370..=0x3FF | 0x1F00..=0x1FFF => 3,
        0x400..=0x52F => 4,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F => 5,
        0x3040..=0x30FF | 0xFF66..=0xFF9F => 6,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => 7,
        0xE00..=0xE7F => 8,
        0x530..=0x58F => 9,
        _ => return None,
    };
    Some(script)
}

/// Punctuation and spaces any script's text uses: « » ° · no-break space, dashes, quotes,
/// ellipsis, the euro sign.
fn is_neutral(c: char) -> bool {
    matches!(c, '\u{A0}' | '«' | '»' | '°' | '·' | '€' | '×')
        || ('\u{2000}'..='\u{206F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_prefer_one_script() {
        assert!(plausibility("قال المتحدث إن الاجتماع").0 > 0.99);
        assert_eq!(plausibility("قال المتحدث").1, "Arabic");
        // windows-1256 Arabic read as windows-1252: runs of accented Latin letters.
        let bytes = WINDOWS_1256.encode("قال المتحدث إن الاجتماع سيعقد غدا").0;
        let mojibake = WINDOWS_1252.decode_without_bom_handling(&bytes);
        assert!(plausibility(&mojibake.0).0 < 0.5, "{}", mojibake.0);
        // French keeps its accents alone or in pairs.
        assert!(plausibility("L'été dernier, à Genève, où ça s'est passé").0 > 0.99);
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_are_tolerated() {
        let mut bytes = "نص عربي طويل ".repeat(50).into_bytes();
        bytes.insert(30, 0xFF);
        assert!(mostly_utf8(&bytes));
        // A Latin text with one byte of windows-1252 has no good non-ASCII chars: legacy.
        assert!(!mostly_utf8(b"a caf\xe9 in town"));
        assert!(!mostly_utf8(&WINDOWS_1256.encode("نص عربي طويل").0));
    }
}
