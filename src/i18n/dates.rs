//! Dates as the interface shows them: in the calendar the analyst chose (View ▸ Calendar), the
//! Gregorian (Arabic's يناير … ديسمبر) or the Hijri of Umm al-Qura (محرم … ذو الحجة, with the era
//! mark هـ / AH; the calendar Saudi Arabia keeps and Arabic news sites print beside the
//! Gregorian), the month's name in the interface's language and the numbers in the chosen
//! digits. Only the display changes: dates are stored, exported and typed as ISO 8601 Gregorian.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use icu_calendar::Date;
use icu_calendar::cal::Hijri;
use serde::{Deserialize, Serialize};

use super::{number, tr_args};

/// The calendar dates are shown in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Calendar {
    #[default]
    Gregorian,
    /// The Hijri calendar as Umm al-Qura reckons it (`icu_calendar`'s `Hijri::new_umm_al_qura`).
    Hijri,
}

impl Calendar {
    pub const ALL: [Calendar; 2] = [Calendar::Gregorian, Calendar::Hijri];

    /// The message naming the calendar in menus.
    pub fn message(self) -> &'static str {
        match self {
            Calendar::Gregorian => "calendar-gregorian",
            Calendar::Hijri => "calendar-hijri",
        }
    }
}

static DEFAULT_HIJRI: AtomicBool = AtomicBool::new(false);

thread_local! {
    static CURRENT: Cell<Option<Calendar>> = const { Cell::new(None) };
}

/// Show dates in `calendar` on this thread (the window sets it from its preferences each
/// frame, beside the locale).
pub fn set_calendar(calendar: Calendar) {
    CURRENT.set(Some(calendar));
}

/// Show dates in `calendar` on this thread and on threads that set none.
pub fn set_calendar_everywhere(calendar: Calendar) {
    CURRENT.set(Some(calendar));
    DEFAULT_HIJRI.store(calendar == Calendar::Hijri, Ordering::Relaxed);
}

/// The calendar dates are shown in on this thread.
pub fn calendar() -> Calendar {
    CURRENT.get().unwrap_or_else(|| {
        if DEFAULT_HIJRI.load(Ordering::Relaxed) {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        }
    })
}

/// The day of the Gregorian date `year-month-day` in the thread's calendar: `day month-name
/// year`, with the era mark for the Hijri; `None` for a day that does not exist (31 April).
pub fn date(year: i32, month: u32, day: u32) -> Option<String> {
    let (month, day) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    let (message, (year, month, day)) = match calendar() {
        Calendar::Gregorian => {
            Date::try_new_iso(year, month, day).ok()?;
            ("date-day", (year, month, day))
        }
        Calendar::Hijri => ("date-hijri-day", hijri(year, month, day)?),
    };
    Some(tr_args(
        message,
        &[
            ("day", day.into()),
            ("month", month.into()),
            ("year", number(year).into()),
        ],
    ))
}

/// The Hijri (Umm al-Qura) year, month and day of a Gregorian date; `None` for a day that does
/// not exist.
pub fn hijri(year: i32, month: u8, day: u8) -> Option<(i32, u8, u8)> {
    let date = Date::try_new_iso(year, month, day)
        .ok()?
        .to_calendar(Hijri::new_umm_al_qura());
    Some((
        date.era_year().year,
        date.month().ordinal,
        date.day_of_month().0,
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

/// A date as the analyst or a source wrote it into the project (ISO 8601, perhaps in
/// Arabic-Indic digits, perhaps with a time) as the interface shows it; the text itself when it
/// is not such a date, so nothing the analyst typed is hidden.
pub fn shown_date(text: &str) -> String {
    let trimmed = text.trim();
    let ascii: String = trimmed
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + u32::from(b'0')),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + u32::from(b'0')),
            c => Some(c),
        })
        .map(|c| c.unwrap_or('?'))
        .collect();
    let iso = ascii.get(..10).filter(|head| {
        head.len() == 10
            && head.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    });
    let rest = ascii.get(10..).unwrap_or_default();
    match iso {
        Some(day) if rest.is_empty() => stamp(day),
        Some(_) if rest.starts_with('T') && rest.ends_with('Z') => stamp(&ascii),
        _ => None,
    }
    .unwrap_or_else(|| text.to_owned())
}
