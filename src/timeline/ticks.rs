//! Axis ticks that choose their own unit per zoom level, aligned to the calendar and labelled in the
//! UI language; the first tick of each larger unit (and the leftmost tick) also carries a context label.

use super::scale::Scale;
use super::time::{date_of, day, weekday};
use crate::data::Date;
use crate::format;
use crate::lang::Lang;

/// A tick unit, finest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Hour,
    SixHours,
    Day,
    Week,
    Month,
    Quarter,
    #[default]
    Year,
}

impl Unit {
    pub const ALL: [Unit; 7] =
        [Unit::Hour, Unit::SixHours, Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year];

    /// Typical length in days.
    pub fn days(self) -> f64 {
        match self {
            Unit::Hour => 1.0 / 24.0,
            Unit::SixHours => 0.25,
            Unit::Day => 1.0,
            Unit::Week => 7.0,
            Unit::Month => 30.44,
            Unit::Quarter => 91.31,
            Unit::Year => 365.25,
        }
    }

    /// The minimum distance between two ticks, in pixels, for their labels to read.
    fn min_px(self, lang: Lang) -> f64 {
        match (self, lang) {
            (Unit::Quarter, Lang::Ja) | (Unit::Week, Lang::Ja) => 76.0,
            (Unit::Day, _) => 36.0,
            _ => 56.0,
        }
    }

    /// The larger unit whose boundaries get a context label.
    pub fn context(self) -> Unit {
        match self {
            Unit::Hour | Unit::SixHours => Unit::Day,
            Unit::Day | Unit::Week => Unit::Month,
            _ => Unit::Year,
        }
    }
}

/// One tick: where it is, its label, and the larger unit's label where one starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: f64,
    pub label: String,
    pub context: Option<String>,
}

/// The finest unit whose ticks stand far enough apart at `px_per_day`.
pub fn unit_for(px_per_day: f64, lang: Lang) -> Unit {
    Unit::ALL.into_iter().find(|u| u.days() * px_per_day >= u.min_px(lang)).unwrap_or(Unit::Year)
}

fn quarter_label(month: u8, lang: Lang) -> String {
    let q = (month - 1) / 3 + 1;
    match lang {
        Lang::En => format!("Q{q}"),
        Lang::Vi => format!("Quý {q}"),
        Lang::Ja => format!("第{q}四半期"),
    }
}

fn month_label(month: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format::MONTHS_EN[month as usize - 1][..3].to_string(),
        Lang::Vi => format!("Th{month}"),
        Lang::Ja => format!("{month}月"),
    }
}

fn hour_label(hour: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{hour}時"),
        _ => format!("{hour:02}:00"),
    }
}

/// The minor label of a tick at day `d` for `unit`.
fn label(d: f64, unit: Unit, lang: Lang) -> String {
    let date = date_of(d.floor() as i32);
    match unit {
        Unit::Year => format::year(date.year, lang),
        Unit::Quarter => quarter_label(date.month, lang),
        Unit::Month => month_label(date.month, lang),
        Unit::Week => match lang {
            Lang::En => format!("{} {}", date.day, month_label(date.month, lang)),
            Lang::Vi => format!("{}/{}", date.day, date.month),
            Lang::Ja => format!("{}月{}日", date.month, date.day),
        },
        Unit::Day => match lang {
            Lang::Ja => format!("{}日", date.day),
            _ => date.day.to_string(),
        },
        Unit::Hour | Unit::SixHours => hour_label(((d - d.floor()) * 24.0).round() as u32, lang),
    }
}

fn context_label(d: f64, unit: Unit, lang: Lang) -> String {
    let date = date_of(d.floor() as i32);
    match unit {
        Unit::Day => format::day(date, lang, true),
        Unit::Month => format::month(date, lang),
        _ => format::year(date.year, lang),
    }
}

/// True when day `d` starts a `unit` (the tests check tick alignment with it).
#[cfg(test)]
fn starts(d: f64, unit: Unit) -> bool {
    let date = date_of(d.floor() as i32);
    let midnight = d.fract().abs() < 1e-9;
    match unit {
        Unit::Hour | Unit::SixHours => true,
        Unit::Day => midnight,
        Unit::Week => midnight && weekday(d as i32) == 0,
        Unit::Month => midnight && date.day == 1,
        Unit::Quarter => midnight && date.day == 1 && (date.month - 1).is_multiple_of(3),
        Unit::Year => midnight && date.day == 1 && date.month == 1,
    }
}

/// The most ticks one frame draws, whatever the window: a [`MAX_WIDTH`](super::scale::MAX_WIDTH)
/// axis at the closest spacing (36 px) has about 460.
pub const MAX_TICKS: usize = 512;

/// Every tick boundary of `unit` in `[from, to]`, at most [`MAX_TICKS`] of them. Loops stop on the
/// count too, so a bound that is not a number cannot keep them going.
fn boundaries(from: f64, to: f64, unit: Unit) -> Vec<f64> {
    let mut out = Vec::new();
    let room = |out: &Vec<f64>| out.len() < MAX_TICKS;
    match unit {
        Unit::Hour | Unit::SixHours => {
            let step = unit.days();
            let mut t = (from / step).ceil() * step;
            while t <= to && room(&out) {
                out.push(t);
                t += step;
            }
        }
        Unit::Day | Unit::Week => {
            let mut n = from.ceil() as i32;
            if unit == Unit::Week {
                n = n.saturating_add((7 - weekday(n) as i32) % 7);
            }
            let step = if unit == Unit::Week { 7 } else { 1 };
            while f64::from(n) <= to && room(&out) {
                out.push(f64::from(n));
                n = n.saturating_add(step);
            }
        }
        Unit::Month | Unit::Quarter | Unit::Year => {
            let step = match unit {
                Unit::Month => 1,
                Unit::Quarter => 3,
                _ => 12,
            };
            let first = date_of(from.floor() as i32);
            let (mut y, mut m) = (first.year as i32, first.month as i32);
            // Back up to the unit's first month, then walk forward: the first step lands at or
            // before `from`, each later one is a tick, so MAX_TICKS + 1 steps are enough.
            m -= (m - 1) % step;
            for _ in 0..=MAX_TICKS {
                let d = day(Date::new(y as i16, m as u8, 1));
                if d > to || to.is_nan() || !room(&out) {
                    break;
                }
                if d >= from {
                    out.push(d);
                }
                m += step;
                if m > 12 {
                    m -= 12;
                    y += 1;
                }
            }
        }
    }
    out
}

/// The ticks for `scale` in its own unit and `lang`.
pub fn ticks(scale: &Scale, lang: Lang) -> (Unit, Vec<Tick>) {
    let scale = &scale.clamped();
    let unit = unit_for(scale.px_per_day(), lang);
    let context_unit = unit.context();
    let w = scale.window;
    let days = boundaries(w.start, w.end, unit);
    // A context label on the first tick of each new larger unit (the first Monday of a month at week
    // zoom), and on the leftmost tick unless the next context label would collide with it.
    let period = |d: f64| context_label(d, context_unit, lang);
    let mut ticks: Vec<Tick> = days
        .iter()
        .enumerate()
        .map(|(i, &d)| Tick {
            day: d,
            label: label(d, unit, lang),
            context: (context_unit != unit && (i == 0 || period(days[i - 1]) != period(d))).then(|| period(d)),
        })
        .collect();
    if context_unit == unit
        && let Some(first) = ticks.first_mut()
    {
        first.context = Some(period(first.day));
    }
    if let Some(next) = ticks.iter().skip(1).find(|t| t.context.is_some()).map(|t| t.day)
        && let Some(first) = ticks.first()
    {
        let room = scale.x(next) - scale.x(first.day);
        let needed = crate::timeline::layout::label_width(first.context.as_deref().unwrap_or(""), 12.0) + 12.0;
        if room < needed {
            ticks[0].context = None;
        }
    }
    if ticks.iter().all(|t| t.context.is_none())
        && let Some(first) = ticks.first_mut()
    {
        first.context = Some(period(first.day));
    }
    (unit, ticks)
}

#[cfg(test)]
mod tests {
    use super::super::scale::Window;
    use super::*;

    fn at(unit: Unit, width: f64) -> Scale {
        // A window whose span puts exactly `unit` on the axis at `width` px.
        let span = width / (unit.min_px(Lang::En) * 1.01 / unit.days());
        Scale::new(
            Window { start: day(Date::new(2025, 11, 20)) - span / 2.0, end: day(Date::new(2025, 11, 20)) + span / 2.0 },
            width,
        )
    }

    #[test]
    fn each_zoom_level_chooses_its_unit() {
        for unit in Unit::ALL {
            let s = at(unit, 1000.0);
            assert_eq!(unit_for(s.px_per_day(), Lang::En), unit);
        }
        // Wider windows never choose a finer unit.
        let mut last = Unit::Hour;
        for span in [0.25, 1.0, 5.0, 30.0, 120.0, 400.0, 1200.0, 1826.0] {
            let u = unit_for(1000.0 / span, Lang::En);
            assert!(u >= last, "{span} days gave {u:?} after {last:?}");
            last = u;
        }
    }

    #[test]
    fn ticks_are_aligned_ordered_and_spaced_at_every_unit() {
        for unit in Unit::ALL {
            for lang in Lang::ALL {
                let s = at(unit, 1200.0);
                let (u, ts) = ticks(&s, lang);
                if u != unit {
                    continue; // Japanese may need a coarser unit at the same zoom
                }
                assert!(ts.len() >= 2, "{unit:?} {lang:?}: {} ticks", ts.len());
                assert!(ts.len() <= (1200.0 / unit.min_px(lang)) as usize + 2);
                for t in &ts {
                    assert!(s.window.contains(t.day) || t.day == s.window.end);
                    assert!(starts(t.day, unit), "{unit:?} tick at {} is not aligned", t.day);
                    assert!(!t.label.is_empty());
                }
                for w in ts.windows(2) {
                    assert!(w[1].day > w[0].day);
                    assert!(s.x(w[1].day) - s.x(w[0].day) >= unit.min_px(lang) * 0.85, "{unit:?} {lang:?} spacing");
                }
                assert!(ts.iter().any(|t| t.context.is_some()), "some tick says where we are");
                // Context labels never collide.
                let ctx: Vec<(f64, &str)> =
                    ts.iter().filter_map(|t| t.context.as_deref().map(|c| (s.x(t.day), c))).collect();
                for w in ctx.windows(2) {
                    assert!(
                        w[1].0 - w[0].0 >= crate::timeline::layout::label_width(w[0].1, 12.0),
                        "{unit:?} {lang:?}: {w:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn labels_in_three_languages() {
        let apr28 = day(Date::new(2025, 4, 28));
        assert_eq!(label(apr28, Unit::Month, Lang::En), "Apr");
        assert_eq!(label(apr28, Unit::Month, Lang::Vi), "Th4");
        assert_eq!(label(apr28, Unit::Month, Lang::Ja), "4月");
        assert_eq!(label(apr28, Unit::Week, Lang::En), "28 Apr");
        assert_eq!(label(apr28, Unit::Week, Lang::Vi), "28/4");
        assert_eq!(label(apr28, Unit::Week, Lang::Ja), "4月28日");
        assert_eq!(label(apr28, Unit::Quarter, Lang::En), "Q2");
        assert_eq!(label(apr28, Unit::Quarter, Lang::Vi), "Quý 2");
        assert_eq!(label(apr28, Unit::Year, Lang::Ja), "2025年");
        assert_eq!(label(apr28 + 0.25, Unit::SixHours, Lang::En), "06:00");
        assert_eq!(label(apr28 + 0.5, Unit::Hour, Lang::Ja), "12時");
        assert_eq!(context_label(apr28, Unit::Month, Lang::Vi), "tháng 4/2025");
        assert_eq!(context_label(apr28, Unit::Day, Lang::En), "28 April 2025");
    }

    #[test]
    fn context_marks_the_start_of_each_larger_unit() {
        let s = Scale::new(Window { start: day(Date::new(2024, 11, 1)), end: day(Date::new(2025, 3, 1)) }, 600.0);
        let (u, ts) = ticks(&s, Lang::En);
        assert_eq!(u, Unit::Month);
        let with_context: Vec<(&str, &str)> =
            ts.iter().filter_map(|t| t.context.as_deref().map(|c| (t.label.as_str(), c))).collect();
        assert_eq!(with_context, [("Nov", "2024"), ("Jan", "2025")]);
    }

    #[test]
    fn week_zoom_names_every_month() {
        let s = Scale::new(Window { start: day(Date::new(2025, 3, 1)), end: day(Date::new(2025, 7, 1)) }, 1000.0);
        let (u, ts) = ticks(&s, Lang::En);
        assert_eq!(u, Unit::Week);
        let months: Vec<&str> = ts.iter().filter_map(|t| t.context.as_deref()).collect();
        assert_eq!(months, ["March 2025", "April 2025", "May 2025", "June 2025"]);
    }

    #[test]
    fn weeks_start_on_monday_and_quarters_on_their_first_month() {
        let b = boundaries(day(Date::new(2025, 4, 23)), day(Date::new(2025, 5, 20)), Unit::Week);
        assert_eq!(date_of(b[0] as i32), Date::new(2025, 4, 28));
        let q = boundaries(day(Date::new(2025, 2, 10)), day(Date::new(2026, 1, 10)), Unit::Quarter);
        let months: Vec<u8> = q.iter().map(|&d| date_of(d as i32).month).collect();
        assert_eq!(months, [4, 7, 10, 1]);
    }
}

/// Issue 18: at most MAX_TICKS ticks, on the window, whatever the scale.
#[cfg(test)]
mod props {
    use super::super::scale::props::hostile_window;
    use super::*;
    use crate::prop::{Gen, check};

    #[test]
    fn ticks_are_bounded_and_on_the_window_for_any_scale() {
        check(1813, |g| {
            let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
            let lang = g.pick(&Lang::ALL);
            let (unit, ts) = ticks(&raw, lang);
            let w = raw.clamped().window;
            assert!(ts.len() <= MAX_TICKS, "{raw:?}: {} ticks", ts.len());
            assert!(Unit::ALL.contains(&unit));
            for t in &ts {
                assert!(t.day.is_finite() && t.day >= w.start - 1e-9 && t.day <= w.end + 1e-9, "{raw:?}: {t:?}");
                assert!(!t.label.is_empty() && t.label.len() <= 64, "{t:?}");
                assert!(t.context.as_ref().is_none_or(|c| !c.is_empty() && c.len() <= 64), "{t:?}");
            }
        });
    }

    #[test]
    fn boundaries_stop_whatever_their_bounds() {
        check(1814, |g: &mut Gen| {
            let (from, to) = (g.hostile(19_000.0, 21_500.0), g.hostile(19_000.0, 21_500.0));
            for unit in Unit::ALL {
                assert!(boundaries(from, to, unit).len() <= MAX_TICKS, "{from} {to} {unit:?}");
            }
        });
    }

    #[test]
    fn the_widest_drawing_never_reaches_the_cap() {
        use super::super::scale::{MAX_WIDTH, MIN_SPAN, Window};
        for lang in Lang::ALL {
            let full = Window::full();
            for span in [MIN_SPAN, 1.0, 7.0, 30.0, 90.0, 365.0, full.span()] {
                for start in [full.start, full.end - span] {
                    let s = Scale::new(Window { start, end: start + span }, MAX_WIDTH);
                    let (_, ts) = ticks(&s, lang);
                    assert!(ts.len() < MAX_TICKS, "{span} days: {} ticks", ts.len());
                }
            }
        }
    }
}
