//! UAX#9 conformance: every case of the Unicode `BidiCharacterTest.txt` (Debian package
//! `unicode-data`, Unicode 15.0, 91,707 cases) through `hashiya::text::bidi::reorder`, the same
//! reordering the article view uses. Paragraph level, resolved levels (skipping chars removed by
//! X9) and the visual order must all match; nothing is skipped or excluded.
//!
//! unicode-bidi 0.3.18 carries Unicode 16 tables while the test file is Unicode 15.0. All 91,707
//! cases pass as they are, without post-processing or exceptions; `test_data_classes_agree`
//! records why the version gap does not matter: every code point the file exercises has the same
//! bidi class in the Unicode 15.0 `UnicodeData.txt` (same Debian package) as in unicode-bidi's
//! tables. Should a later file or crate change that, that test names the code point.

use std::fmt::Write as _;

use hashiya::model::BaseDirection;
use hashiya::text::bidi::reorder;

const TEST_FILE: &str = "/usr/share/unicode/BidiCharacterTest.txt";
/// Data lines (neither blank nor comment) in the Unicode 15.0 file.
const EXPECTED_CASES: usize = 91_707;
const UNICODE_DATA: &str = "/usr/share/unicode/UnicodeData.txt";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("cannot read {path} ({e}): the UAX#9 conformance data is required, install it with `apt-get install unicode-data`")
    })
}

struct Case<'a> {
    line_no: usize,
    line: &'a str,
    text: String,
    base: BaseDirection,
    para_level: u8,
    levels: Vec<Option<u8>>,
    order: Vec<usize>,
}

fn parse_line(line_no: usize, line: &str) -> Result<Case<'_>, String> {
    let bad = |what: &str| format!("line {line_no}: bad {what}: {line}");
    let mut fields = line.split(';');
    let mut next = |what: &str| fields.next().ok_or_else(|| bad(what));
    let text = next("code points")?
        .split_ascii_whitespace()
        .map(|h| {
            u32::from_str_radix(h, 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| bad("code point"))
        })
        .collect::<Result<String, String>>()?;
    let base = match next("direction")?.trim() {
        "0" => BaseDirection::Ltr,
        "1" => BaseDirection::Rtl,
        "2" => BaseDirection::Auto,
        _ => return Err(bad("direction")),
    };
    let para_level = next("paragraph level")?
        .trim()
        .parse()
        .map_err(|_| bad("paragraph level"))?;
    let levels = next("levels")?
        .split_ascii_whitespace()
        .map(|l| {
            if l == "x" {
                Ok(None)
            } else {
                l.parse().map(Some).map_err(|_| bad("level"))
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let order = next("order")?
        .split_ascii_whitespace()
        .map(|i| i.parse().map_err(|_| bad("order")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Case {
        line_no,
        line,
        text,
        base,
        para_level,
        levels,
        order,
    })
}

#[test]
fn bidi_character_test_all_cases() {
    let data = read(TEST_FILE);

    let mut data_lines = 0;
    let mut run = 0;
    let mut failures = 0;
    let mut report = String::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        data_lines += 1;
        let case = parse_line(i + 1, line).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            case.levels.len(),
            case.text.chars().count(),
            "line {}: field count",
            case.line_no
        );
        run += 1;

        let (para_level, levels, order) = reorder(&case.text, case.base);
        let levels_ok = levels.len() == case.levels.len()
            && levels
                .iter()
                .zip(&case.levels)
                .all(|(got, want)| want.is_none() || got == want);
        let removed_ok = levels
            .iter()
            .zip(&case.levels)
            .all(|(got, want)| want.is_some() || got.is_none());
        if para_level != case.para_level || !levels_ok || !removed_ok || order != case.order {
            failures += 1;
            if failures <= 20 {
                let _ = writeln!(
                    report,
                    "line {}: {}\n  paragraph level {para_level} (want {})\n  levels {:?}\n  want   {:?}\n  order {order:?}\n  want  {:?}",
                    case.line_no, case.line, case.para_level, levels, case.levels, case.order
                );
            }
        }
    }

    assert_eq!(
        data_lines, EXPECTED_CASES,
        "{TEST_FILE} is not the Unicode 15.0 file this test was written for"
    );
    assert_eq!(run, data_lines, "every case must be executed");
    assert!(
        failures == 0,
        "{failures} of {run} BidiCharacterTest cases fail; the first ones:\n{report}"
    );
}

/// The code points the test file uses have the same bidi class in Unicode 15.0 (the file's
/// version) as in unicode-bidi's Unicode 16 tables, so no case depends on the version gap.
#[test]
fn test_data_classes_agree() {
    let data = read(TEST_FILE);
    let mut used: Vec<u32> = data
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(';').next())
        .flat_map(str::split_ascii_whitespace)
        .map(|h| u32::from_str_radix(h, 16).unwrap_or_else(|_| panic!("bad code point {h}")))
        .collect();
    used.sort_unstable();
    used.dedup();
    assert!(used.len() > 50, "suspiciously few code points: {used:X?}");

    let unicode_data = read(UNICODE_DATA);
    let class_15 = |cp: u32| {
        let key = format!("{cp:04X};");
        unicode_data
            .lines()
            .find(|l| l.starts_with(&key))
            .and_then(|l| l.split(';').nth(4))
            .unwrap_or_else(|| panic!("U+{cp:04X} not listed in {UNICODE_DATA}"))
            .to_owned()
    };
    let mut differ = Vec::new();
    for cp in used {
        let c = char::from_u32(cp).unwrap_or_else(|| panic!("U+{cp:X} is not a scalar value"));
        let class_16 = format!("{:?}", unicode_bidi::bidi_class(c));
        let old = class_15(cp);
        if old != class_16 {
            differ.push(format!(
                "U+{cp:04X}: Unicode 15.0 {old}, unicode-bidi {class_16}"
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "bidi classes differ between the test data and unicode-bidi:\n{}",
        differ.join("\n")
    );
}
