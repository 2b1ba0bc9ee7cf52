//! Dates and date ranges written out in each language, honest about their precision.

use crate::data::{Date, Daypart, FigureUnit, Precision, Qualifier, When};
use crate::lang::Lang;

pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn last_day(year: i16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The coarsest precision that describes `start..=end` exactly (whole years, whole months, or days).
fn natural(w: &When) -> Precision {
    let (s, e) = (w.start, w.end);
    if s.month == 1 && s.day == 1 && e.month == 12 && e.day == 31 {
        Precision::Year
    } else if s.day == 1 && e.day == last_day(e.year, e.month) && w.precision != Precision::Day {
        Precision::Month
    } else {
        Precision::Day
    }
}

/// A day, with or without its year: `28 April 2025`, `28/4/2025` (Vietnamese press writes day and
/// month without leading zeros), `2025年4月28日`.
pub fn day(d: Date, lang: Lang, with_year: bool) -> String {
    match (lang, with_year) {
        (Lang::En, true) => format!("{} {} {}", d.day, MONTHS_EN[d.month as usize - 1], d.year),
        (Lang::En, false) => format!("{} {}", d.day, MONTHS_EN[d.month as usize - 1]),
        (Lang::Vi, true) => format!("{}/{}/{}", d.day, d.month, d.year),
        (Lang::Vi, false) => format!("{}/{}", d.day, d.month),
        (Lang::Ja, true) => format!("{}年{}月{}日", d.year, d.month, d.day),
        (Lang::Ja, false) => format!("{}月{}日", d.month, d.day),
    }
}

/// A month: `April 2025`, `tháng 4/2025`, `2025年4月`.
pub fn month(d: Date, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", MONTHS_EN[d.month as usize - 1], d.year),
        Lang::Vi => format!("tháng {}/{}", d.month, d.year),
        Lang::Ja => format!("{}年{}月", d.year, d.month),
    }
}

/// A year: `2025`, `2025年`.
pub fn year(y: i16, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{y}年"),
        _ => format!("{y}"),
    }
}

fn range(a: String, b: String, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{a}～{b}"),
        _ => format!("{a} – {b}"),
    }
}

/// Writes `w` in `lang` at the precision the sources give, e.g. `29 June – 10 July 2025`,
/// `29/6 – 10/7/2025`, `2025年6月29日～7月10日`; `within` dates say the day is not known.
pub fn when(w: &When, daypart: Option<Daypart>, lang: Lang) -> String {
    let (s, e) = (w.start, w.end);
    let mut out = match natural(w) {
        Precision::Year if s.year == e.year => year(s.year, lang),
        Precision::Year => match lang {
            Lang::Ja => format!("{}～{}年", s.year, e.year),
            _ => format!("{}–{}", s.year, e.year),
        },
        Precision::Month if (s.year, s.month) == (e.year, e.month) => month(s, lang),
        Precision::Month => range(month(s, lang), month(e, lang), lang),
        _ if s == e => day(s, lang, true),
        _ if s.year == e.year && s.month == e.month && lang == Lang::En => {
            format!("{}–{}", s.day, day(e, lang, true))
        }
        _ if s.year == e.year => match lang {
            Lang::Ja => format!("{}～{}", day(s, lang, true), day(e, lang, false)),
            _ => range(day(s, lang, false), day(e, lang, true), lang),
        },
        _ => range(day(s, lang, true), day(e, lang, true), lang),
    };
    if let Some(p) = daypart {
        out.push_str(match (lang, p) {
            (Lang::En, Daypart::Morning) => ", morning",
            (Lang::En, Daypart::Afternoon) => ", afternoon",
            (Lang::Vi, Daypart::Morning) => ", buổi sáng",
            (Lang::Vi, Daypart::Afternoon) => ", buổi chiều",
            (Lang::Ja, Daypart::Morning) => " 午前",
            (Lang::Ja, Daypart::Afternoon) => " 午後",
        });
    }
    if w.precision == Precision::Within {
        out.push_str(match lang {
            Lang::En => " (exact day not given)",
            Lang::Vi => " (không rõ ngày cụ thể)",
            Lang::Ja => "（日付の記載なし）",
        });
    }
    out
}

/// The days a timeline window shows, written as [`when`] writes a date range: `2025` for the year,
/// `April 2025 – June 2025` for whole months, else days (`24–28 November 2025`). The window's end is
/// exclusive; a window that is not a number is the whole axis.
pub fn window(w: &crate::timeline::scale::Window, lang: Lang) -> String {
    use crate::timeline::time::date_of;
    let w = w.clamped();
    let (s, e) = (w.start.floor(), (w.end - 1e-6).floor().max(w.start.floor()));
    when(&When { start: date_of(s as i32), end: date_of(e as i32), precision: Precision::Month }, None, lang)
}

/// `s` with `&`, `<`, `>` and `"` escaped for HTML or XML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// An event's accessible name on the timeline: its bar's label first (the short title, as the bar
/// shows it: WCAG 2.5.3), then the full title where it differs, the date and a planned or undated
/// status, e.g. "Gia Lai's proposals: Gia Lai's strengths and proposals, 1 July 2025".
pub fn event_name(e: &crate::data::Event, lang: Lang) -> String {
    let sep = crate::i18n::list_sep(lang);
    let (short, title) = (e.short_title(lang), e.title.get(lang));
    let mut name = short.to_string();
    if short != title {
        name.push_str(crate::i18n::colon(lang));
        name.push_str(title);
    }
    name.push_str(sep);
    name.push_str(&when(&e.when, e.daypart, lang));
    if let Some(s) = crate::i18n::status(e.status) {
        name.push_str(sep);
        name.push_str(s.get(lang));
    }
    name
}

/// `x` with exactly `decimals` decimals, as `format!("{x:.2}")` writes it (but `-0.0` as `0.0`):
/// for coordinates in SVG and CSS. Integer arithmetic, so the standard library's float formatting
/// (≈15 KB of wasm) stays out of the bundle (issue 8's size profile).
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(6));
    // `as` saturates: NaN becomes 0, huge values the largest u64 (never drawn anyway).
    let n = (x.abs() * scale as f64).round() as u64;
    let mut out = String::new();
    if x < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&(n / scale).to_string());
    if scale > 1 {
        let frac = (n % scale).to_string();
        out.push('.');
        for _ in frac.len()..decimals.min(6) as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// [`fixed`] without trailing zeros or a trailing point: `1.5`, `2`, `0.25`.
pub fn trimmed(x: f64, decimals: u32) -> String {
    let s = fixed(x, decimals);
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
}

/// `n` with thousands grouped as `lang` writes them: `630,000`, `630.000`; decimals `1.5`, `1,5`.
pub fn number(n: f64, lang: Lang) -> String {
    let neg = n < 0.0;
    let n = n.abs();
    let whole = n.trunc() as u64;
    let frac = ((n - n.trunc()) * 10.0).round() as u64;
    let (group, point) = if lang == Lang::Vi { ('.', ',') } else { (',', '.') };
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if frac > 0 && frac < 10 {
        out.push(point);
        out.push_str(&frac.to_string());
    }
    if neg { format!("-{out}") } else { out }
}

/// A count in Japanese government style: 万 and 億 for the large places, commas below them
/// (`1万6,000`, `63万`, `5,000`).
pub fn number_ja(n: f64) -> String {
    let whole = n.abs().trunc() as u64;
    if whole < 10_000 || n.fract() != 0.0 {
        return number(n, Lang::Ja);
    }
    let mut out = String::new();
    let (oku, man, rest) = (whole / 100_000_000, whole / 10_000 % 10_000, whole % 10_000);
    if oku > 0 {
        out.push_str(&format!("{}億", number(oku as f64, Lang::Ja)));
    }
    if man > 0 {
        out.push_str(&format!("{}万", number(man as f64, Lang::Ja)));
    }
    if rest > 0 {
        out.push_str(&number(rest as f64, Lang::Ja));
    }
    if n < 0.0 { format!("-{out}") } else { out }
}

/// A power of ten named in words: `million`, `triệu`, `百万`.
fn scale_name(v: f64, lang: Lang) -> Option<&'static str> {
    let names: &[(f64, &str, &str, &str)] = &[
        (1e9, "billions", "tỷ", "十億"),
        (1e8, "hundreds of millions", "trăm triệu", "億"),
        (1e7, "tens of millions", "chục triệu", "千万"),
        (1e6, "millions", "triệu", "百万"),
        (1e5, "hundreds of thousands", "trăm nghìn", "十万"),
        (1e4, "tens of thousands", "chục nghìn", "万"),
        (1e3, "thousands", "nghìn", "千"),
    ];
    names.iter().find(|x| (x.0 - v).abs() < 0.5).map(|x| match lang {
        Lang::En => x.1,
        Lang::Vi => x.2,
        Lang::Ja => x.3,
    })
}

/// A figure's value as the source qualifies it, in `lang`'s conventions: `over US$20 billion`,
/// `hơn 20 tỷ USD`, `200億ドル超`; `about 16,000`, `約1万6,000`; `1–2 years`; `tens of millions`.
/// Japanese "over" is 超 (以上 would include the number itself).
pub fn figure(value: f64, max: Option<f64>, q: Qualifier, unit: FigureUnit, lang: Lang) -> String {
    // Orders of magnitude are words, not numbers.
    if matches!(q, Qualifier::TensOf | Qualifier::HundredsOf) {
        let magnitude = scale_name(value, lang).unwrap_or("");
        return match lang {
            Lang::En => magnitude.to_string(),
            Lang::Vi => format!("hàng {magnitude}"),
            Lang::Ja => format!("数{magnitude}"),
        };
    }
    let amount = |v: f64| -> String {
        match unit {
            FigureUnit::Usd if v >= 1e9 => match lang {
                Lang::En => format!("US${} billion", number(v / 1e9, lang)),
                Lang::Vi => format!("{} tỷ USD", number(v / 1e9, lang)),
                Lang::Ja => format!("{}億ドル", number(v / 1e8, lang)),
            },
            FigureUnit::Usd if v >= 1e6 => match lang {
                Lang::En => format!("US${} million", number(v / 1e6, lang)),
                Lang::Vi => format!("{} triệu USD", number(v / 1e6, lang)),
                Lang::Ja => format!("{}万ドル", number(v / 1e4, lang)),
            },
            FigureUnit::Usd => match lang {
                Lang::En => format!("US${}", number(v, lang)),
                Lang::Vi => format!("{} USD", number(v, lang)),
                Lang::Ja => format!("{}ドル", number(v, lang)),
            },
            _ if lang == Lang::Ja => number_ja(v),
            _ => number(v, lang),
        }
    };
    let suffix = |plural: bool| -> &'static str {
        match (unit, lang) {
            (FigureUnit::Percent, _) => "%",
            (FigureUnit::Km, _) => " km",
            (FigureUnit::Minutes, Lang::En) => " minutes",
            (FigureUnit::Minutes, Lang::Vi) => " phút",
            (FigureUnit::Minutes, Lang::Ja) => "分",
            (FigureUnit::Days, Lang::En) if plural => " days",
            (FigureUnit::Days, Lang::En) => " day",
            (FigureUnit::Days, Lang::Vi) => " ngày",
            (FigureUnit::Days, Lang::Ja) => "日間",
            (FigureUnit::Years, Lang::En) if plural => " years",
            (FigureUnit::Years, Lang::En) => " year",
            (FigureUnit::Years, Lang::Vi) => " năm",
            (FigureUnit::Years, Lang::Ja) => "年",
            _ => "",
        }
    };
    let core = match max {
        Some(m) if q == Qualifier::Range => {
            let dash = if lang == Lang::Ja { "～" } else { "–" };
            format!("{}{dash}{}{}", amount(value), amount(m), suffix(true))
        }
        _ => format!("{}{}", amount(value), suffix(value != 1.0)),
    };
    match (q, lang) {
        (Qualifier::Over, Lang::En) => format!("over {core}"),
        (Qualifier::Over, Lang::Vi) => format!("hơn {core}"),
        (Qualifier::Over, Lang::Ja) => format!("{core}超"),
        (Qualifier::About, Lang::En) => format!("about {core}"),
        (Qualifier::About, Lang::Vi) => format!("khoảng {core}"),
        (Qualifier::About, Lang::Ja) => format!("約{core}"),
        _ => core,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: (i16, u8, u8), e: (i16, u8, u8), p: Precision) -> When {
        When { start: Date::new(s.0, s.1, s.2), end: Date::new(e.0, e.1, e.2), precision: p }
    }

    #[test]
    fn timeline_windows() {
        use crate::timeline::scale::Window;
        use crate::timeline::time::day;
        assert_eq!(window(&Window::year_2025(), Lang::En), "2025");
        assert_eq!(window(&Window::year_2025(), Lang::Ja), "2025年");
        let (a, b) = (day(Date::new(2025, 4, 1)), day(Date::new(2025, 7, 1)));
        assert_eq!(window(&Window { start: a, end: b }, Lang::En), "April 2025 – June 2025");
        let (a, b) = (day(Date::new(2025, 11, 24)) + 0.4, day(Date::new(2025, 11, 28)) + 0.5);
        assert_eq!(window(&Window { start: a, end: b }, Lang::En), "24–28 November 2025");
        assert_eq!(window(&Window { start: a, end: b }, Lang::Vi), "24/11 – 28/11/2025");
        assert_eq!(window(&Window { start: f64::NAN, end: f64::NAN }, Lang::En), "2023–2027");
    }

    #[test]
    fn single_days() {
        let d = w((2025, 11, 25), (2025, 11, 25), Precision::Day);
        assert_eq!(when(&d, None, Lang::En), "25 November 2025");
        assert_eq!(when(&d, None, Lang::Vi), "25/11/2025");
        assert_eq!(when(&d, None, Lang::Ja), "2025年11月25日");
        assert_eq!(when(&d, Some(Daypart::Afternoon), Lang::En), "25 November 2025, afternoon");
        assert_eq!(when(&d, Some(Daypart::Morning), Lang::Ja), "2025年11月25日 午前");
    }

    #[test]
    fn day_ranges() {
        let t = w((2025, 6, 29), (2025, 7, 10), Precision::Day);
        assert_eq!(when(&t, None, Lang::En), "29 June – 10 July 2025");
        assert_eq!(when(&t, None, Lang::Vi), "29/6 – 10/7/2025");
        assert_eq!(when(&t, None, Lang::Ja), "2025年6月29日～7月10日");
        let same_month = w((2025, 4, 27), (2025, 4, 29), Precision::Day);
        assert_eq!(when(&same_month, None, Lang::En), "27–29 April 2025");
        let across_years = w((2024, 12, 30), (2025, 1, 2), Precision::Day);
        assert_eq!(when(&across_years, None, Lang::En), "30 December 2024 – 2 January 2025");
    }

    #[test]
    fn months_and_years() {
        let m = w((2025, 4, 1), (2025, 4, 30), Precision::Month);
        assert_eq!(when(&m, None, Lang::En), "April 2025");
        assert_eq!(when(&m, None, Lang::Vi), "tháng 4/2025");
        assert_eq!(when(&m, None, Lang::Ja), "2025年4月");
        let mr = w((2025, 11, 1), (2027, 11, 30), Precision::Month);
        assert_eq!(when(&mr, None, Lang::En), "November 2025 – November 2027");
        let y = w((2023, 1, 1), (2023, 12, 31), Precision::Year);
        assert_eq!(when(&y, None, Lang::En), "2023");
        assert_eq!(when(&y, None, Lang::Ja), "2023年");
        let yr = w((2000, 1, 1), (2009, 12, 31), Precision::Year);
        assert_eq!(when(&yr, None, Lang::En), "2000–2009");
    }

    #[test]
    fn within_says_the_day_is_unknown() {
        let t = w((2025, 6, 29), (2025, 7, 10), Precision::Within);
        assert_eq!(when(&t, None, Lang::En), "29 June – 10 July 2025 (exact day not given)");
        let m = w((2025, 4, 1), (2025, 4, 30), Precision::Within);
        assert_eq!(when(&m, None, Lang::En), "April 2025 (exact day not given)");
        assert_eq!(when(&m, None, Lang::Ja), "2025年4月（日付の記載なし）");
    }

    #[test]
    fn a_day_precision_range_of_whole_month_stays_in_days() {
        let d = w((2025, 4, 1), (2025, 4, 30), Precision::Day);
        assert_eq!(when(&d, None, Lang::En), "1–30 April 2025");
    }

    #[test]
    fn numbers_and_figures_follow_each_language() {
        assert_eq!(number(630_000.0, Lang::En), "630,000");
        assert_eq!(number(630_000.0, Lang::Vi), "630.000");
        assert_eq!(number(1.5, Lang::Vi), "1,5");
        assert_eq!(number(999.0, Lang::En), "999");
        assert_eq!(number(3245.0, Lang::Ja), "3,245");
        let f = |v, m, q, u, l| figure(v, m, q, u, l);
        assert_eq!(f(2e10, None, Qualifier::Over, FigureUnit::Usd, Lang::En), "over US$20 billion");
        assert_eq!(f(2e10, None, Qualifier::Over, FigureUnit::Usd, Lang::Vi), "hơn 20 tỷ USD");
        assert_eq!(f(2e10, None, Qualifier::Over, FigureUnit::Usd, Lang::Ja), "200億ドル超");
        assert_eq!(f(16_000.0, None, Qualifier::About, FigureUnit::Count, Lang::Ja), "約1万6,000");
        assert_eq!(f(630_000.0, None, Qualifier::Over, FigureUnit::Count, Lang::Ja), "63万超");
        assert_eq!(f(5_000.0, None, Qualifier::Exact, FigureUnit::Count, Lang::Ja), "5,000");
        assert_eq!(number_ja(123_456_789.0), "1億2,345万6,789");
        assert_eq!(f(1.0, Some(2.0), Qualifier::Range, FigureUnit::Years, Lang::En), "1–2 years");
        assert_eq!(f(1.0, Some(2.0), Qualifier::Range, FigureUnit::Years, Lang::Ja), "1～2年");
        assert_eq!(f(20.0, None, Qualifier::Over, FigureUnit::Percent, Lang::En), "over 20%");
        assert_eq!(f(1e7, None, Qualifier::TensOf, FigureUnit::Count, Lang::En), "tens of millions");
        assert_eq!(f(1e7, None, Qualifier::TensOf, FigureUnit::Count, Lang::Vi), "hàng chục triệu");
        assert_eq!(f(1e7, None, Qualifier::TensOf, FigureUnit::Count, Lang::Ja), "数千万");
        assert_eq!(f(1e5, None, Qualifier::HundredsOf, FigureUnit::Count, Lang::Ja), "数十万");
        assert_eq!(f(12.0, None, Qualifier::Exact, FigureUnit::Days, Lang::Vi), "12 ngày");
        assert_eq!(f(3245.0, None, Qualifier::Exact, FigureUnit::Km, Lang::Vi), "3.245 km");
    }

    #[test]
    fn fixed_matches_the_standard_formatting() {
        let mut seed = 11u64;
        for _ in 0..2000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            // Values like the app draws: -20,000 to 20,000 with a random fraction, avoiding exact halves.
            let x = ((seed >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 40_000.0 + 0.000_123;
            for d in 0..3 {
                assert_eq!(fixed(x, d), format!("{x:.0$}", d as usize), "{x} to {d} decimals");
            }
        }
        assert_eq!(fixed(-0.001, 1), "0.0");
        assert_eq!(fixed(3.0, 2), "3.00");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(trimmed(1.50, 2), "1.5");
        assert_eq!(trimmed(2.0, 2), "2");
        assert_eq!(trimmed(120.0, 0), "120");
        assert_eq!(trimmed(0.25, 2), "0.25");
    }

    #[test]
    fn an_event_is_named_by_its_label_first() {
        use crate::data::query::event_by_id;
        let e = event_by_id("forum-gia-lai-speech").expect("seeded").get();
        let name = super::event_name(e, Lang::En);
        assert!(name.starts_with("Gia Lai's proposals: Gia Lai's strengths and proposals, "), "{name}");
        assert!(super::event_name(e, Lang::Ja).starts_with("ザライ省の提案：ザライ省の強みと提案、"));
        // Without a short title, the title is said once.
        let plain = crate::data::EVENTS.iter().find(|e| e.title_short.is_none()).expect("one without");
        let name = super::event_name(plain, Lang::Vi);
        assert!(name.starts_with(&format!("{}, ", plain.title.vi)), "{name}");
        assert_eq!(name.matches(plain.title.vi).count(), 1);
    }
}
