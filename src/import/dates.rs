//! Publication dates as sources write them, read into ISO 8601 (`YYYY-MM-DD`).
//!
//! Accepted: ISO strings (a time and zone after the date are allowed and dropped: the day is the
//! one the source gave, in its own zone), numeric dates (`2017/09/05`, `05/09/2017`, `5.9.2017`;
//! day first unless told otherwise, or when the day cannot be a month), month names in English,
//! French and Arabic (Egyptian and Gulf يناير…ديسمبر, Levantine and Iraqi كانون الثاني…كانون الأول,
//! Maghrebi جانفي/غشت/دجنبر…) with the day before or after them, Arabic-Indic and Persian
//! digits, and Hijri dates. When a source gives both calendars («26 شوال 1436 هـ الموافق 11
//! أغسطس 2015 م») the Gregorian part is taken as written; a Hijri date alone is converted with
//! the Umm al-Qura calendar (`icu_calendar`). Nothing is guessed: a string with no full date in
//! it (a year alone, a two-digit year, «أمس») is a [`DateProblem`].

use icu_calendar::cal::Hijri;
use icu_calendar::types::Month;
use icu_calendar::{Date, Iso};

use crate::i18n::tr_plain;
use crate::text::normalize::{NormalizeOptions, normalize};

/// Which number comes first in an all-numeric date whose first two numbers could both be the
/// month (`05/09/2017`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    /// `05/09/2017` is 5 September: how Arabic, French and British sources write.
    #[default]
    DayFirst,
    /// `05/09/2017` is 9 May: American sources.
    MonthFirst,
}

impl DayOrder {
    /// The order for an article in `language` (a BCP 47 tag): month first only for `en-US`.
    pub fn for_language(language: &str) -> Self {
        if language.eq_ignore_ascii_case("en-us") {
            Self::MonthFirst
        } else {
            Self::DayFirst
        }
    }
}

/// The calendar a date was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    Gregorian,
    /// Converted to Gregorian with the Umm al-Qura calendar.
    Hijri,
}

/// A date read from a source's string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDate {
    /// `YYYY-MM-DD`, Gregorian.
    pub iso: String,
    /// The calendar of the part that was read.
    pub calendar: Calendar,
}

/// Why a string gave no date; said in the interface's language when shown (the import
/// report keeps it as it is).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateProblem {
    #[error("{}", tr_plain("date-problem-empty", &[]))]
    Empty,
    #[error("{}", tr_plain("date-problem-unrecognised", &[]))]
    Unrecognised,
    #[error("{}", no_such_day(*year, *month, *day, *calendar))]
    NoSuchDay {
        year: i32,
        month: u8,
        day: u8,
        calendar: Calendar,
    },
}

/// [`DateProblem::NoSuchDay`] in the interface's language: the date as written, its calendar.
fn no_such_day(year: i32, month: u8, day: u8, calendar: Calendar) -> String {
    let date = crate::i18n::number(format!("{year}-{month:02}-{day:02}"));
    let calendar = match calendar {
        Calendar::Gregorian => "gregorian",
        Calendar::Hijri => "hijri",
    };
    let args = [("date", date.into()), ("calendar", calendar.into())];
    tr_plain("date-problem-no-such-day", &args)
}

/// Reads `text` as a date; see the [module docs](self) for what is understood.
pub fn parse_date(text: &str, order: DayOrder) -> Result<ParsedDate, DateProblem> {
    let tokens = tokens(text);
    if tokens.is_empty() {
        return Err(DateProblem::Empty);
    }
    let mut first_problem = None;
    let mut hijri = None;
    for candidate in candidates(&tokens, order) {
        match candidate.resolve() {
            Ok(parsed) if parsed.calendar == Calendar::Gregorian => return Ok(parsed),
            Ok(parsed) => {
                hijri.get_or_insert(parsed);
            }
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    hijri.ok_or(first_problem.unwrap_or(DateProblem::Unrecognised))
}

/// A piece of the prepared string: a run of digits (its value and how many digits), a run of
/// letters (normalised), or any other char (white space is dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Number { value: u32, digits: usize },
    Word(String),
    Mark(char),
}

fn tokens(text: &str) -> Vec<Token> {
    let prepared = normalize(text, &NormalizeOptions::MATCHING);
    let mut tokens = Vec::new();
    let mut chars = prepared.text().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut run = String::from(c);
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                run.push(d);
                chars.next();
            }
            // A run too long for a u32 is no part of a date; it stays as a mark between words.
            match run.parse() {
                Ok(value) => tokens.push(Token::Number {
                    value,
                    digits: run.len(),
                }),
                Err(_) => tokens.push(Token::Mark('#')),
            }
        } else if c.is_alphabetic() {
            let mut run = String::from(c);
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                run.push(d);
                chars.next();
            }
            tokens.push(Token::Word(run));
        } else if !c.is_whitespace() {
            // The Arabic comma separates like the Latin one.
            tokens.push(Token::Mark(if c == '،' { ',' } else { c }));
        }
    }
    tokens
}

/// A date found in the tokens, not yet checked against its calendar.
struct Candidate {
    year: u32,
    month: u32,
    day: u32,
    calendar: Calendar,
}

impl Candidate {
    fn resolve(&self) -> Result<ParsedDate, DateProblem> {
        let no_such_day = || DateProblem::NoSuchDay {
            year: i32::try_from(self.year).unwrap_or(i32::MAX),
            month: u8::try_from(self.month).unwrap_or(u8::MAX),
            day: u8::try_from(self.day).unwrap_or(u8::MAX),
            calendar: self.calendar,
        };
        let (Ok(year), Ok(month), Ok(day)) = (
            i32::try_from(self.year),
            u8::try_from(self.month),
            u8::try_from(self.day),
        ) else {
            return Err(no_such_day());
        };
        if month == 0 || day == 0 {
            return Err(no_such_day());
        }
        let iso = match self.calendar {
            Calendar::Gregorian => Date::try_new(year.into(), Month::new(month), day, Iso)
                .map_err(|_| no_such_day())?,
            Calendar::Hijri => Date::try_new(
                year.into(),
                Month::new(month),
                day,
                Hijri::new_umm_al_qura(),
            )
            .map_err(|_| no_such_day())?
            .to_calendar(Iso),
        };
        Ok(ParsedDate {
            iso: format!(
                "{:04}-{:02}-{:02}",
                iso.year().extended_year(),
                iso.month().ordinal,
                iso.day_of_month().0
            ),
            calendar: self.calendar,
        })
    }
}

/// Years written with four digits that are taken as Gregorian; below, a year of this range with
/// a Hijri mark or month is Hijri (1300 AH is 1882).
const GREGORIAN_YEARS: std::ops::RangeInclusive<u32> = 1800..=2200;
const HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1600;

/// Every full date in `tokens`, in reading order.
fn candidates(tokens: &[Token], order: DayOrder) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((candidate, next)) = numeric_at(tokens, i, order) {
            found.push(candidate);
            i = next;
        } else if let Some((candidate, next)) = named_at(tokens, i) {
            found.push(candidate);
            i = next;
        } else {
            i += 1;
        }
    }
    found
}

fn number(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    match tokens.get(i) {
        Some(Token::Number { value, digits }) => Some((*value, *digits)),
        _ => None,
    }
}

/// `Y-M-D` or `D-M-Y` (or `M-D-Y`) with one separator of `-`, `/`, `.` starting at `i`.
fn numeric_at(tokens: &[Token], i: usize, order: DayOrder) -> Option<(Candidate, usize)> {
    let (a, a_digits) = number(tokens, i)?;
    let Some(Token::Mark(sep)) = tokens.get(i + 1) else {
        return None;
    };
    if !matches!(sep, '-' | '/' | '.') || tokens.get(i + 3) != Some(&Token::Mark(*sep)) {
        return None;
    }
    let (b, b_digits) = number(tokens, i + 2)?;
    let (c, c_digits) = number(tokens, i + 4)?;
    let (year, month, day) = if a_digits == 4 && b_digits <= 2 && c_digits <= 2 {
        (a, b, c)
    } else if c_digits == 4 && a_digits <= 2 && b_digits <= 2 {
        let month_first = match order {
            DayOrder::DayFirst => b > 12 && a <= 12,
            DayOrder::MonthFirst => !(a > 12 && b <= 12),
        };
        if month_first { (c, a, b) } else { (c, b, a) }
    } else {
        return None;
    };
    let next = i + 5;
    let calendar = if HIJRI_YEARS.contains(&year) {
        Calendar::Hijri
    } else if GREGORIAN_YEARS.contains(&year) {
        Calendar::Gregorian
    } else {
        return None;
    };
    Some((
        Candidate {
            year,
            month,
            day,
            calendar,
        },
        next,
    ))
}

/// A month name at `i` with its day (before, or after it as in «September 5, 2017») and its
/// year after it.
fn named_at(tokens: &[Token], i: usize) -> Option<(Candidate, usize)> {
    let (month, calendar, mut next) = month_at(tokens, i)?;
    // «سبتمبر/أيلول»: one month named in two ways.
    while let (Some(Token::Mark('/' | '-' | '(' | ')')), Some((_, _, after))) =
        (tokens.get(next), month_at(tokens, next + 1))
    {
        next = after;
    }
    while matches!(tokens.get(next), Some(Token::Mark(')'))) {
        next += 1;
    }
    let day_before = day_before(tokens, i);
    let mut after = next;
    let day = if let Some(day) = day_before {
        day
    } else {
        let (day, digits) = number(tokens, after)?;
        if digits > 2 {
            return None;
        }
        after += 1;
        if let Some(Token::Word(suffix)) = tokens.get(after)
            && is_ordinal_suffix(suffix)
        {
            after += 1;
        }
        day
    };
    if matches!(tokens.get(after), Some(Token::Mark(',' | '.'))) {
        after += 1;
    }
    let (year, digits) = number(tokens, after)?;
    let plausible = match calendar {
        Calendar::Gregorian => GREGORIAN_YEARS.contains(&year),
        Calendar::Hijri => HIJRI_YEARS.contains(&year),
    };
    if digits != 4 || !plausible {
        return None;
    }
    Some((
        Candidate {
            year,
            month,
            day,
            calendar,
        },
        after + 1,
    ))
}

/// The day number written just before the month at `i` («5 سبتمبر», «5th of September»,
/// «05 Sep»).
fn day_before(tokens: &[Token], i: usize) -> Option<u32> {
    let mut j = i.checked_sub(1)?;
    if let Some(Token::Word(word)) = tokens.get(j)
        && word == "of"
    {
        j = j.checked_sub(1)?;
    }
    if let Some(Token::Word(word)) = tokens.get(j)
        && is_ordinal_suffix(word)
    {
        j = j.checked_sub(1)?;
    }
    match tokens.get(j) {
        Some(Token::Number { value, digits }) if *digits <= 2 => Some(*value),
        _ => None,
    }
}

fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th" | "er")
}

/// The month named at `i` (one or two words): its number, calendar and the token after it.
fn month_at(tokens: &[Token], i: usize) -> Option<(u32, Calendar, usize)> {
    let Some(Token::Word(first)) = tokens.get(i) else {
        return None;
    };
    if let Some(Token::Word(second)) = tokens.get(i + 1) {
        let two = format!("{first} {second}");
        if let Some((month, calendar)) = month_named(&two) {
            return Some((month, calendar, i + 2));
        }
    }
    let (month, calendar) = month_named(first)?;
    // A dot after an abbreviation («Sep.») belongs to it.
    let next = if first.len() <= 4 && tokens.get(i + 1) == Some(&Token::Mark('.')) {
        i + 2
    } else {
        i + 1
    };
    Some((month, calendar, next))
}

/// Month names as [`tokens`] normalises them (alef forms, ى → ي, ة → ه, Latin lower case).
const GREGORIAN_MONTHS: [&[&str]; 12] = [
    &[
        "يناير",
        "كانون الثاني",
        "جانفي",
        "january",
        "jan",
        "janvier",
    ],
    &[
        "فبراير",
        "شباط",
        "فيفري",
        "february",
        "feb",
        "fevrier",
        "février",
    ],
    &["مارس", "اذار", "march", "mar", "mars"],
    &["ابريل", "نيسان", "افريل", "april", "apr", "avril"],
    &["مايو", "ايار", "ماي", "may", "mai"],
    &["يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "juin"],
    &[
        "يوليو",
        "يوليه",
        "تموز",
        "يوليوز",
        "جويليه",
        "july",
        "jul",
        "juillet",
    ],
    &["اغسطس", "اب", "غشت", "اوت", "august", "aug", "aout", "août"],
    &[
        "سبتمبر",
        "ايلول",
        "شتنبر",
        "september",
        "sep",
        "sept",
        "septembre",
    ],
    &["اكتوبر", "تشرين الاول", "october", "oct", "octobre"],
    &[
        "نوفمبر",
        "تشرين الثاني",
        "نونبر",
        "november",
        "nov",
        "novembre",
    ],
    &[
        "ديسمبر",
        "كانون الاول",
        "دجنبر",
        "december",
        "dec",
        "decembre",
        "décembre",
    ],
];

const HIJRI_MONTHS: [&[&str]; 12] = [
    &["محرم"],
    &["صفر"],
    &["ربيع الاول"],
    &["ربيع الثاني", "ربيع الاخر"],
    &["جمادي الاولي", "جمادي الاول"],
    &["جمادي الاخره", "جمادي الثانيه", "جمادي الاخر", "جمادي الثاني"],
    &["رجب"],
    &["شعبان"],
    &["رمضان"],
    &["شوال"],
    &["ذو القعده", "ذي القعده"],
    &["ذو الحجه", "ذي الحجه"],
];

fn month_named(name: &str) -> Option<(u32, Calendar)> {
    let find = |table: &[&[&str]; 12]| {
        table
            .iter()
            .position(|names| names.contains(&name))
            .and_then(|index| u32::try_from(index + 1).ok())
    };
    find(&GREGORIAN_MONTHS)
        .map(|month| (month, Calendar::Gregorian))
        .or_else(|| find(&HIJRI_MONTHS).map(|month| (month, Calendar::Hijri)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> String {
        match parse_date(text, DayOrder::DayFirst) {
            Ok(parsed) => parsed.iso,
            Err(problem) => format!("error: {problem}"),
        }
    }

    fn check(cases: &[(&str, &str)]) {
        for (text, expected) in cases {
            assert_eq!(iso(text), *expected, "{text}");
        }
    }

    #[test]
    fn iso_strings_keep_the_day_the_source_gave() {
        check(&[
            ("2017-09-05", "2017-09-05"),
            ("2017-9-5", "2017-09-05"),
            ("2017-09-05T23:30:00+03:00", "2017-09-05"),
            ("2017-09-05T23:30:00.123Z", "2017-09-05"),
            (" 2017-09-05 10:00 ", "2017-09-05"),
            ("2017/09/05", "2017-09-05"),
        ]);
    }

    #[test]
    fn numeric_dates_are_day_first_unless_told_or_impossible() {
        check(&[
            ("05/09/2017", "2017-09-05"),
            ("5.9.2017", "2017-09-05"),
            ("09/25/2017", "2017-09-25"),
        ]);
        let us = parse_date("05/09/2017", DayOrder::MonthFirst).map(|p| p.iso);
        assert_eq!(us, Ok("2017-05-09".to_owned()));
        let us = parse_date("25/09/2017", DayOrder::MonthFirst).map(|p| p.iso);
        assert_eq!(us, Ok("2017-09-25".to_owned()));
        assert_eq!(DayOrder::for_language("en-US"), DayOrder::MonthFirst);
        assert_eq!(DayOrder::for_language("ar"), DayOrder::DayFirst);
        assert_eq!(DayOrder::for_language("en-GB"), DayOrder::DayFirst);
    }

    #[test]
    fn latin_month_names() {
        check(&[
            ("5 Sep 2017", "2017-09-05"),
            ("5th of September, 2017", "2017-09-05"),
            ("September 5, 2017", "2017-09-05"),
            ("Sept. 5, 2017", "2017-09-05"),
            ("Tue, 05 Sep 2017 10:00:00 GMT", "2017-09-05"),
            ("mardi 5 septembre 2017", "2017-09-05"),
            ("1er août 2017", "2017-08-01"),
        ]);
    }

    #[test]
    fn arabic_month_names_of_every_region() {
        check(&[
            ("الثلاثاء 5 سبتمبر 2017", "2017-09-05"),
            ("5 أيلول 2017", "2017-09-05"),
            ("٥ سبتمبر/أيلول ٢٠١٧", "2017-09-05"),
            ("11 آب/أغسطس 2015", "2015-08-11"),
            ("11 اغسطس 2015", "2015-08-11"),
            ("11 أغسطس، 2015", "2015-08-11"),
            ("3 كانون الثاني 2016", "2016-01-03"),
            ("3 كانون الأول 2016", "2016-12-03"),
            ("20 تشرين الأول 2016", "2016-10-20"),
            ("20 تشرين الثاني 2016", "2016-11-20"),
            ("1 إبريل 2019", "2019-04-01"),
            ("12 جانفي 2019", "2019-01-12"),
            ("12 دجنبر 2019", "2019-12-12"),
            ("۱۲ مایو ۲۰۱۹", "2019-05-12"),
            ("السبت، ٢٢ يونيه ٢٠١٩", "2019-06-22"),
        ]);
    }

    #[test]
    fn the_gregorian_part_of_a_double_date_wins() {
        let parsed = parse_date(
            "الثلاثاء 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م",
            DayOrder::DayFirst,
        );
        assert_eq!(
            parsed,
            Ok(ParsedDate {
                iso: "2015-08-11".to_owned(),
                calendar: Calendar::Gregorian
            })
        );
        assert_eq!(iso("11 أغسطس 2015 م الموافق 26 شوال 1436 هـ"), "2015-08-11");
    }

    #[test]
    fn hijri_alone_is_converted_with_umm_al_qura() {
        // 1 Ramadan 1436 began on Thursday 18 June 2015 in Saudi Arabia.
        let parsed = parse_date("1 رمضان 1436 هـ", DayOrder::DayFirst);
        assert_eq!(
            parsed,
            Ok(ParsedDate {
                iso: "2015-06-18".to_owned(),
                calendar: Calendar::Hijri
            })
        );
        // 1 Muharram 1445 (Umm al-Qura) was 19 July 2023.
        check(&[
            ("١ محرم ١٤٤٥ هـ", "2023-07-19"),
            ("10 ذو الحجة 1444", "2023-06-28"),
            ("1 جمادى الآخرة 1440", "2019-02-06"),
            ("1444/12/10 هـ", "2023-06-28"),
        ]);
    }

    #[test]
    fn nothing_is_guessed() {
        assert_eq!(parse_date("", DayOrder::DayFirst), Err(DateProblem::Empty));
        for text in [
            "أمس",
            "2017",
            "سبتمبر 2017",
            "5 سبتمبر",
            "05/09/17",
            "منذ ساعتين",
            "12345678901234567890",
        ] {
            assert_eq!(
                parse_date(text, DayOrder::DayFirst),
                Err(DateProblem::Unrecognised),
                "{text}"
            );
        }
        assert!(matches!(
            parse_date("31 فبراير 2017", DayOrder::DayFirst),
            Err(DateProblem::NoSuchDay {
                month: 2,
                day: 31,
                ..
            })
        ));
        assert!(matches!(
            parse_date("2017-13-01", DayOrder::DayFirst),
            Err(DateProblem::NoSuchDay { .. })
        ));
    }

    #[test]
    fn why_a_date_was_not_read_is_said_in_the_interface_language() {
        use crate::i18n::Language;
        let problems = [
            DateProblem::Empty,
            DateProblem::Unrecognised,
            DateProblem::NoSuchDay {
                year: 2023,
                month: 2,
                day: 30,
                calendar: Calendar::Gregorian,
            },
            DateProblem::NoSuchDay {
                year: 1445,
                month: 9,
                day: 31,
                calendar: Calendar::Hijri,
            },
        ];
        let said = |language| crate::i18n::said_in(language, &problems);
        let english = said(Language::English);
        assert_eq!(
            english,
            [
                "no date",
                "no full date (day, month and four-digit year) recognised",
                "not a day of the calendar (2023-02-30, Gregorian)",
                "not a day of the calendar (1445-09-31, Hijri)",
            ]
        );
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(
            &arabic,
            &english,
            &["date", "calendar", "Hijri", "Gregorian"],
        );
        assert!(
            arabic[3].contains("1445-09-31") && arabic[3].contains("هجري"),
            "{arabic:?}"
        );
    }
}
