//! Time on the axis: dates as fractional day numbers (days since 1970-01-01), and each event's span.

use crate::data::{Date, Daypart, Event};

/// First day of the axis (context from 2023).
pub const AXIS_START: Date = Date::new(2023, 1, 1);
/// First day after the axis (plans to the end of 2027).
pub const AXIS_END: Date = Date::new(2028, 1, 1);

/// Morning and afternoon sessions are drawn as 08:00–12:00 and 13:00–17:00: a display convention,
/// since the sources say only "morning" and "afternoon".
pub const MORNING: (f64, f64) = (8.0 / 24.0, 12.0 / 24.0);
pub const AFTERNOON: (f64, f64) = (13.0 / 24.0, 17.0 / 24.0);

/// The day number of a date's midnight.
pub fn day(d: Date) -> f64 {
    d.days_since_epoch() as f64
}

/// Day numbers [`date_of`] accepts; others saturate (years −3500 to 7400, well inside `i16`).
pub const DAY_LIMIT: i32 = 2_000_000;

/// The calendar date of day number `n` (Howard Hinnant's civil_from_days), saturating at
/// ±[`DAY_LIMIT`].
pub fn date_of(n: i32) -> Date {
    let z = n.clamp(-DAY_LIMIT, DAY_LIMIT) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    Date::new(y as i16, m as u8, d as u8)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(n: i32) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (i64::from(n) + 3).rem_euclid(7) as u32
}

/// The half-open interval `[start, end)` an event covers on the axis, in days.
pub fn span(e: &Event) -> (f64, f64) {
    let start = day(e.when.start);
    match e.daypart {
        Some(Daypart::Morning) => (start + MORNING.0, start + MORNING.1),
        Some(Daypart::Afternoon) => (start + AFTERNOON.0, start + AFTERNOON.1),
        None => (start, day(e.when.end) + 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::event_by_id;

    #[test]
    fn date_round_trips_over_the_axis_and_beyond() {
        for n in day(Date::new(1999, 12, 25)) as i32..day(Date::new(2030, 1, 5)) as i32 {
            assert_eq!(date_of(n).days_since_epoch(), n);
        }
        assert_eq!(date_of(0), Date::new(1970, 1, 1));
        assert_eq!(date_of(20_417), Date::new(2025, 11, 25));
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(day(Date::new(2025, 4, 28)) as i32), 0, "28 April 2025 was a Monday");
        assert_eq!(weekday(day(Date::new(2025, 4, 30)) as i32), 2, "30 April 2025 was a Wednesday");
        assert_eq!(weekday(day(Date::new(2025, 11, 25)) as i32), 1, "25 November 2025 was a Tuesday");
    }

    #[test]
    fn spans() {
        let training = event_by_id("training-2025").unwrap().get();
        assert_eq!(span(training), (day(Date::new(2025, 6, 29)), day(Date::new(2025, 7, 11))));
        assert_eq!(span(training).1 - span(training).0, 12.0, "the 12-day programme");
        let plenary = event_by_id("forum-plenary").unwrap().get();
        let (s, e) = span(plenary);
        assert!((s - day(Date::new(2025, 11, 25)) - 8.0 / 24.0).abs() < 1e-9 && e - s > 0.1);
        let thematic = event_by_id("forum-thematic-sessions").unwrap().get();
        assert!(span(thematic).0 >= span(plenary).1, "afternoon after morning");
    }
}
