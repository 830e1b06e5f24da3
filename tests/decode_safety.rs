//! A stray byte does not turn an article into mojibake: text that is UTF-8 but for a few bytes
//! stays UTF-8 with those bytes replaced and their positions reported, and a legacy encoding is
//! chosen by how much of its text reads as one script, with how sure the guess is.

use std::fmt::Write as _;
use std::process::Command;

use encoding_rs::{ISO_8859_6, UTF_8, WINDOWS_1252, WINDOWS_1256};
use hashiya::import::decode;

/// About 6 KB of Arabic once encoded as UTF-8, every line different.
fn arabic_article() -> String {
    let lines = [
        "قال المتحدث باسم المجلس المحلي إن القصف استمر حتى ساعات الفجر الأولى.",
        "وأضاف أن فرق الدفاع المدني عملت طوال الليل على إخلاء السكان من الأحياء الشرقية.",
        "وذكرت مصادر طبية أن المستشفى الوحيد في المدينة استقبل عشرات الجرحى.",
        "ودعت منظمات إغاثية إلى فتح ممرات آمنة لإيصال المساعدات الغذائية والدوائية.",
    ];
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 6000 {
        text.push_str(lines[n % lines.len()]);
        // Writing to a String cannot fail.
        let _ = writeln!(text, " ({n})");
        n += 1;
    }
    text
}

const FRENCH: &str = "Le conseil municipal s'est réuni mercredi à Genève pour débattre du budget.\n\
    Selon le préfet, les dépenses prévues pour l'été dépassent déjà ce qu'on espérait.\n\
    « Nous avons reçu des garanties », a déclaré la maire, très entourée après la séance.\n";

#[test]
fn one_bad_byte_in_utf8_arabic_stays_utf8() {
    let text = arabic_article();
    let mut bytes = text.clone().into_bytes();
    // Between two lines, so no char is cut.
    let at = text[..3000].rfind('\n').expect("a line break") + 1;
    bytes.insert(at, 0xFF);

    let decoded = decode(&bytes).expect("decodes");
    assert_eq!(decoded.encoding, UTF_8);
    assert!(!decoded.guessed);
    assert_eq!(decoded.malformed_at, [at]);
    let mut expected = text.clone();
    expected.insert(at, '\u{FFFD}');
    assert_eq!(decoded.text, expected);
    let warnings: Vec<String> = decoded.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [format!(
            "malformed UTF-8 bytes replaced with U+FFFD (1 in the text) at byte {at}"
        )]
    );
}

#[test]
fn five_bad_bytes_in_utf8_arabic_stay_utf8_with_their_positions() {
    let text = arabic_article();
    let breaks: Vec<usize> = text
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .step_by(8)
        .take(5)
        .collect();
    assert_eq!(breaks.len(), 5);
    let mut bytes = text.into_bytes();
    // Inserted from the end so earlier positions hold; each shifts those after it by one.
    for (k, &at) in breaks.iter().enumerate().rev() {
        bytes.insert(at, [0xFF, 0xFE, 0xC0, 0x80, 0xF5][k]);
    }
    let decoded = decode(&bytes).expect("decodes");
    assert_eq!(decoded.encoding, UTF_8, "{}", &decoded.text[..200]);
    let expected: Vec<usize> = breaks.iter().enumerate().map(|(k, at)| at + k).collect();
    assert_eq!(decoded.malformed_at, expected);
    assert_eq!(decoded.text.matches('\u{FFFD}').count(), 5);
    assert!(decoded.text.contains("قال المتحدث باسم المجلس"));
    let warnings: Vec<String> = decoded.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("(5 in the text) at bytes "),
        "{warnings:?}"
    );
}

#[test]
fn many_bad_bytes_are_not_utf8() {
    // Every line broken: this is not UTF-8 with a few faults.
    let text = arabic_article();
    let mut bytes = Vec::new();
    for line in text.lines().take(40) {
        bytes.extend_from_slice(line.as_bytes());
        bytes.extend_from_slice(b"\xff\xfe\n");
    }
    let decoded = decode(&bytes).expect("decodes");
    assert_ne!(decoded.encoding, UTF_8);
    assert!(decoded.guessed);
}

#[test]
fn genuine_windows_1256_is_read_as_arabic_and_sure() {
    let text = arabic_article();
    let (bytes, _, lossy) = WINDOWS_1256.encode(&text);
    assert!(!lossy);
    let decoded = decode(&bytes).expect("decodes");
    assert_eq!(decoded.encoding, WINDOWS_1256);
    assert_eq!(decoded.text, text);
    let detection = decoded.detection.as_ref().expect("guessed");
    assert_eq!(detection.script, "Arabic");
    let warnings: Vec<String> = decoded.warnings().iter().map(ToString::to_string).collect();
    assert!(
        warnings[0].starts_with(
            "encoding guessed as windows-1256 (sure: 100 % of the non-ASCII text reads as Arabic"
        ),
        "{warnings:?}"
    );
}

#[test]
fn genuine_iso_8859_6_is_not_taken_for_windows_1256() {
    // ISO-8859-6 has no Arabic-Indic digits or Latin letters, so plain letters only.
    let text = "قال المتحدث باسم المجلس المحلي ان القصف استمر حتى ساعات الفجر الاولى\n".repeat(40);
    let (bytes, _, lossy) = ISO_8859_6.encode(&text);
    assert!(!lossy);
    let decoded = decode(&bytes).expect("decodes");
    assert_eq!(decoded.encoding, ISO_8859_6);
    assert_eq!(decoded.text, text);
    let detection = decoded.detection.as_ref().expect("guessed");
    let (runner_up, score) = detection.runner_up.expect("another reading");
    assert!(score < detection.score, "{runner_up:?} scored {score}");
}

#[test]
fn genuine_windows_1252_french_stays_french() {
    let (bytes, _, lossy) = WINDOWS_1252.encode(FRENCH);
    assert!(!lossy);
    let decoded = decode(&bytes).expect("decodes");
    assert_eq!(decoded.text, FRENCH);
    assert!(decoded.guessed);
    assert_eq!(decoded.detection.as_ref().expect("guessed").script, "Latin");
    assert!(decoded.malformed_at.is_empty());
}

#[test]
fn hashiya_new_reports_the_replaced_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus");
    let text = arabic_article();
    let at = text[..2000].rfind('\n').expect("a line break") + 1;
    let mut bytes = text.into_bytes();
    bytes.insert(at, 0xFF);
    std::fs::write(corpus.join("a.txt"), &bytes).expect("write");
    std::fs::write(
        corpus.join("b.txt"),
        WINDOWS_1256.encode("خبر قصير عن الطقس\n").0,
    )
    .expect("write");

    let out = Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("new")
        .arg(&corpus)
        .arg("-o")
        .arg(dir.path().join("p.ron"))
        .output()
        .expect("runs");
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{printed}");
    assert!(
        printed.contains(&format!(
            "a.txt: malformed UTF-8 bytes replaced with U+FFFD (1 in the text) at byte {at}"
        )),
        "{printed}"
    );
    assert!(printed.contains("UTF-8: 1"), "{printed}");
    assert!(
        printed.contains("b.txt: encoding guessed as windows-1256 ("),
        "{printed}"
    );
}
