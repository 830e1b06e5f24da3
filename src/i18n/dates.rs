//! Dates as the interface shows them: the Gregorian calendar with the month's name in the
//! interface's language (Arabic's يناير … ديسمبر) and the numbers in the chosen digits.

use super::{number, tr_args};

/// `day month-name year` of the Gregorian date; `None` for a month or day out of range.
pub fn date(year: i32, month: u32, day: u32) -> Option<String> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(tr_args(
        "date-day",
        &[
            ("day", day.into()),
            ("month", month.into()),
            ("year", number(year).into()),
        ],
    ))
}

/// A date as stored (ISO 8601 `2025-03-01`) or a time stamp (RFC 3339 UTC,
/// `2025-03-01T09:15:02Z`) as the interface shows it: the date, and the time to the minute with
/// the zone; `None` when `text` is neither.
pub fn stamp(text: &str) -> Option<String> {
    let (day_part, time_part) = match text.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    let mut fields = day_part.splitn(3, '-');
    let year = fields.next()?.parse().ok()?;
    let month = fields.next()?.parse().ok()?;
    let day = fields.next()?.parse().ok()?;
    let date = date(year, month, day)?;
    let Some(time) = time_part else {
        return Some(date);
    };
    let hours_minutes = time.get(..5).filter(|hm| {
        hm.as_bytes().get(2) == Some(&b':')
            && hm
                .chars()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit())
    })?;
    Some(tr_args(
        "date-time-utc",
        &[
            ("date", date.into()),
            ("time", number(hours_minutes).into()),
        ],
    ))
}
