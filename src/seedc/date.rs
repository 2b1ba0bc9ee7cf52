//! Dates as written in the seeds (`2025`, `2025-04`, `2025-04-28`, `A/B` ranges) and their precision.

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// How much of a date the sources actually give.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Precision {
    /// Exact day(s).
    #[default]
    Day,
    /// Only the month(s) are known.
    Month,
    /// Only the year(s) are known.
    Year,
    /// It happened on some day inside the range; the sources do not say which.
    Within,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::Day => "Day",
            Precision::Month => "Month",
            Precision::Year => "Year",
            Precision::Within => "Within",
        }
    }
}

/// A first and last day (inclusive) and the precision they were given with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct When {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl When {
    /// True when `other` lies wholly inside `self`.
    pub fn contains(&self, other: &When) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// One end of a range: the first and last day it covers, and its precision.
fn parse_point(s: &str) -> Result<(Date, Date, Precision), String> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, what: &str, len: usize| -> Result<u32, String> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("the {what} must be {len} digits"));
        }
        p.parse::<u32>().map_err(|e| e.to_string())
    };
    let year = num(parts[0], "year", 4)? as i32;
    if !(1900..=2100).contains(&year) {
        return Err(format!("year {year} is outside 1900–2100"));
    }
    match parts.len() {
        1 => Ok((Date { year, month: 1, day: 1 }, Date { year, month: 12, day: 31 }, Precision::Year)),
        2 | 3 => {
            let month = num(parts[1], "month", 2)?;
            if !(1..=12).contains(&month) {
                return Err(format!("there is no month {month}"));
            }
            let last = days_in_month(year, month);
            if parts.len() == 2 {
                return Ok((Date { year, month, day: 1 }, Date { year, month, day: last }, Precision::Month));
            }
            let day = num(parts[2], "day", 2)?;
            if day == 0 || day > last {
                return Err(format!("{year}-{month:02} has no day {day}"));
            }
            let d = Date { year, month, day };
            Ok((d, d, Precision::Day))
        }
        _ => Err("expected YYYY, YYYY-MM or YYYY-MM-DD".into()),
    }
}

/// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a range `A/B` of two of the same form.
///
/// `within` marks a range whose exact day is unknown (a lecture somewhere in a 12-day programme).
pub fn parse_when(s: &str, within: bool) -> Result<When, String> {
    let (a, b) = match s.split_once('/') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (s.trim(), None),
    };
    let (start, mut end, p) = parse_point(a)?;
    if let Some(b) = b {
        let (b_start, b_end, q) = parse_point(b)?;
        if p != q {
            return Err("both ends of a range must have the same precision".into());
        }
        if b_start < start {
            return Err("the range ends before it starts".into());
        }
        end = b_end;
    }
    let precision = if within { Precision::Within } else { p };
    Ok(When { start, end, precision })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn parses_each_precision() {
        let w = parse_when("2025-04-28", false).unwrap();
        assert_eq!((w.start, w.end, w.precision), (d(2025, 4, 28), d(2025, 4, 28), Precision::Day));
        let w = parse_when("2025-02", false).unwrap();
        assert_eq!((w.start, w.end, w.precision), (d(2025, 2, 1), d(2025, 2, 28), Precision::Month));
        let w = parse_when("2024-02", false).unwrap();
        assert_eq!(w.end, d(2024, 2, 29));
        let w = parse_when("2000/2009", false).unwrap();
        assert_eq!((w.start, w.end, w.precision), (d(2000, 1, 1), d(2009, 12, 31), Precision::Year));
        let w = parse_when("2025-06-29/2025-07-10", true).unwrap();
        assert_eq!((w.start, w.end, w.precision), (d(2025, 6, 29), d(2025, 7, 10), Precision::Within));
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "2025-02-30",
            "2025-13",
            "25-01-01",
            "2025-1-5",
            "2025/2024",
            "2025-04-02/2025-04-01",
            "2025-04/2025-05-01",
            "x",
            "2025-04-28-1",
            "1800",
        ] {
            assert!(parse_when(bad, false).is_err(), "{bad} should be rejected");
        }
    }
}
