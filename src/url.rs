//! The URL query as serialised app state: parse (strictly: anything unknown, malformed or hostile is
//! dropped and the default kept) and serialise (canonical: fixed order, only what differs from the
//! default). Pure; resolving ids against the data happens in `resolve`.
//!
//! | param | meaning | example |
//! | --- | --- | --- |
//! | `s` | selected record id (event, place or unit) | `s=forum-2025`, `s=VN:22` |
//! | `q` | search text (≤ 120 characters) | `q=quang+ninh` |
//! | `fs` `ft` `fc` `fl` `fp` | filters: strands, themes, countries, localities (unit ids), people — comma lists | `fs=local-forum,agreements` |
//! | `t` | time window, `start..end`, days or days with hour | `t=2025-11-25T06..2025-11-25T18` |
//! | `mv` `mj` | map view of the Vietnam / Japan pane: zoom, x, y (map units) | `mv=4,3100,1500` |
//! | `v` | the view open besides the explorer: `list` (every event by strand), `figures`, `sources` (sources and open data) | `v=list` |
//! | `lang` | `en`, `vi` or `ja` | `lang=vi` |
//! | `embed`, `kiosk` | mode (flags) | `?embed` |
//! | `host` | embed: origins whose `postMessage` commands are obeyed — comma list | `host=https://mofa.gov.vn` |
//! | `idle` `reset` `step` | kiosk: seconds of inactivity before the attract tour, before the reset to the start view, and per tour stop | `idle=60&reset=45&step=8` |
//! | `warn` | kiosk: seconds of warning before the reset (0: none) | `warn=10` |
//! | `tour_langs` | kiosk: the languages the attract tour cycles through — comma list | `tour_langs=vi,ja` |
//! | `pin` | kiosk: the staff panel's PIN, 4 to 12 digits | `pin=2025` |
//! | `keys` | `off`: no single-key shortcuts (+ − = 0 zoom and reset, arrows pan the map); Tab, Enter, Space, Escape and moving between the timeline's events stay (WCAG 2.1.4) | `keys=off` |

use crate::lang::Lang;

/// The display mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Browser,
    Embed,
    Kiosk,
}

impl Mode {
    /// The mode's name, for `data-mode` on the page.
    pub const fn key(self) -> &'static str {
        match self {
            Mode::Browser => "browser",
            Mode::Embed => "embed",
            Mode::Kiosk => "kiosk",
        }
    }
}

/// The view shown in the shell: the explorer (map, timeline, details), or one of the other views,
/// each built only when opened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    #[default]
    Explore,
    /// Every event by strand: the timeline's text equivalent.
    List,
    Figures,
    /// The sources, and the open-data downloads.
    Sources,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Explore, Page::List, Page::Figures, Page::Sources];

    /// The value of `v=` (the explorer has none).
    pub const fn key(self) -> &'static str {
        match self {
            Page::Explore => "explore",
            Page::List => "list",
            Page::Figures => "figures",
            Page::Sources => "sources",
        }
    }

    fn from_key(k: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.key() == k && *p != Page::Explore)
    }
}

/// Everything the URL can carry, as read (ids not yet checked against the data).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub selection: Option<String>,
    pub search: String,
    pub strands: Vec<String>,
    pub themes: Vec<String>,
    pub countries: Vec<String>,
    pub localities: Vec<String>,
    pub people: Vec<String>,
    /// Window in days since 1970-01-01 (fractions are hours).
    pub window: Option<(f64, f64)>,
    /// Map views (zoom, x, y) of the Vietnam and Japan panes.
    pub map_vn: Option<(f64, f64, f64)>,
    pub map_jp: Option<(f64, f64, f64)>,
    /// The view open in the shell.
    pub page: Page,
    pub lang: Option<Lang>,
    pub mode: Mode,
    /// Embed: origins allowed to send commands.
    pub hosts: Vec<String>,
    /// Kiosk timers in seconds: idle before the attract tour, inactivity before the reset, per stop.
    pub idle: Option<f64>,
    pub reset: Option<f64>,
    pub step: Option<f64>,
    /// Kiosk: seconds of warning before the reset (0: none).
    pub warn: Option<f64>,
    /// Kiosk: the languages the attract tour cycles through (each once, at most three).
    pub tour_langs: Vec<Lang>,
    /// Kiosk: the staff panel's PIN ([`MIN_PIN`] to [`MAX_PIN`] digits); no PIN, no panel.
    pub pin: Option<String>,
    /// `keys=off`: the single-key shortcuts are off.
    pub keys_off: bool,
}

/// The shortest and longest staff PIN.
pub const MIN_PIN: usize = 4;
pub const MAX_PIN: usize = 12;

/// Most origins kept in `host`.
pub const MAX_HOSTS: usize = 8;

/// An origin as `postMessage` reports it: `http(s)://host[:port]`, lowercase host, nothing after.
pub fn valid_origin(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else { return false };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !l.starts_with('-')
        });
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    host_ok && port_ok
}

/// A kiosk timer: seconds, from 0.01 s (accelerated tests) to a day.
fn seconds(v: &str) -> Option<f64> {
    hundredths(v).filter(|n| (0.01..=86_400.0).contains(n))
}

/// A staff PIN: 4 to 12 ASCII digits, else nothing.
fn pin(v: &str) -> Option<String> {
    ((MIN_PIN..=MAX_PIN).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit())).then(|| v.to_string())
}

/// The tour's languages: `en`, `vi`, `ja`, each at most once; anything else drops the whole list.
fn langs(v: &str) -> Vec<Lang> {
    let mut out: Vec<Lang> = Vec::new();
    for tag in v.split(',') {
        match Lang::from_tag(tag).filter(|l| l.tag() == tag) {
            Some(l) if !out.contains(&l) => out.push(l),
            _ => return Vec::new(),
        }
    }
    out
}

/// A [`decimal`] rounded to hundredths, as [`serialise`] writes numbers, so what is read is what will
/// be written back.
fn hundredths(v: &str) -> Option<f64> {
    decimal(v).map(|n| (n * 100.0).round() / 100.0)
}

/// Longest search text kept.
pub const MAX_SEARCH: usize = 120;
/// Most items kept in one filter list.
pub const MAX_LIST: usize = 40;

/// Decodes `%XX` escapes and `+`; `None` for a malformed escape or invalid UTF-8.
fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters (and `,` `:` `.` kept readable).
fn encode(s: &str) -> String {
    let mut out = String::new();
    for &c in s.as_bytes() {
        match c {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => out.push(c as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{c:02X}")),
        }
    }
    out
}

/// A record id as the seeds allow: lowercase words and digits with hyphens, or a unit id.
fn valid_id(s: &str) -> bool {
    let unit = |p: &str, n: &str| (p == "JP" || p == "VN") && n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit());
    match s.split_once(':') {
        Some((p, n)) => unit(p, n),
        None => {
            !s.is_empty()
                && s.len() <= 64
                && s.split('-')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        }
    }
}

fn list(v: &str) -> Option<Vec<String>> {
    let items: Vec<String> = v.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect();
    (items.len() <= MAX_LIST && items.iter().all(|x| valid_id(x) || x == "JP" || x == "VN")).then_some(items)
}

/// `2025-11-25` or `2025-11-25T08` → day number.
fn parse_day(s: &str) -> Option<f64> {
    let (date, hour) = match s.split_once('T') {
        Some((d, h)) => (d, Some(h)),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) || hour.is_some_and(|h| !digits(h, 2))
    {
        return None;
    }
    let (y, m, d): (i16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > 31 {
        return None;
    }
    let date = crate::data::Date::new(y, m, d);
    // Reject 31 February and friends: the date must survive a round trip.
    let n = date.days_since_epoch();
    if crate::timeline::time::date_of(n) != date {
        return None;
    }
    let h = match hour {
        Some(h) if h.len() == 2 => h.parse::<u8>().ok().filter(|h| *h < 24)?,
        Some(_) => return None,
        None => 0,
    };
    Some(f64::from(n) + f64::from(h) / 24.0)
}

/// Day number `d` to the nearest hour, as `parse_day` reads it. Rounded once, in hours, so 23:45
/// becomes the next midnight rather than an hour 24 that would not parse back.
fn format_day(d: f64) -> String {
    // `as` saturates (NaN: 0) and `date_of` saturates further: any number gives a date.
    let hours = (d * 24.0).round() as i64;
    let (n, h) = (hours.div_euclid(24), hours.rem_euclid(24));
    let date = crate::timeline::time::date_of(n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
    if h == 0 { date.iso() } else { format!("{}T{h:02}", date.iso()) }
}

fn triple(v: &str) -> Option<(f64, f64, f64)> {
    let mut it = v.split(',').map(hundredths);
    let t = (it.next()??, it.next()??, it.next()??);
    (it.next().is_none()
        && (1.0..=40.0).contains(&t.0)
        && (0.0..=20_000.0).contains(&t.1)
        && (0.0..=20_000.0).contains(&t.2))
    .then_some(t)
}

/// Reads a query string (with or without the leading `?`). Never fails: bad parts are ignored.
pub fn parse(query: &str) -> Query {
    let mut q = Query::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > 4096 {
        return q;
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(v) = decode(v) else { continue };
        match k {
            "s" if valid_id(&v) => q.selection = Some(v),
            "q" => {
                let clean: String = v.chars().filter(|c| !c.is_control()).take(MAX_SEARCH).collect();
                q.search = clean.trim().to_string();
            }
            "fs" => q.strands = list(&v).unwrap_or_default(),
            "ft" => q.themes = list(&v).unwrap_or_default(),
            "fc" => {
                q.countries =
                    list(&v).map(|l| l.into_iter().filter(|c| c == "JP" || c == "VN").collect()).unwrap_or_default()
            }
            "fl" => q.localities = list(&v).unwrap_or_default(),
            "fp" => q.people = list(&v).unwrap_or_default(),
            "t" => {
                q.window = v.split_once("..").and_then(|(a, b)| {
                    let (a, b) = (parse_day(a)?, parse_day(b)?);
                    (b > a).then_some((a, b))
                })
            }
            "mv" => q.map_vn = triple(&v),
            "mj" => q.map_jp = triple(&v),
            "v" => q.page = Page::from_key(&v).unwrap_or_default(),
            "lang" => q.lang = Lang::from_tag(&v).filter(|l| l.tag() == v),
            "embed" => q.mode = Mode::Embed,
            "kiosk" => q.mode = Mode::Kiosk,
            "host" => {
                let hosts: Vec<String> = v.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect();
                if hosts.len() <= MAX_HOSTS && hosts.iter().all(|h| valid_origin(h)) {
                    q.hosts = hosts;
                }
            }
            "idle" => q.idle = seconds(&v),
            "reset" => q.reset = seconds(&v),
            "step" => q.step = seconds(&v),
            "warn" => q.warn = hundredths(&v).filter(|n| (0.0..=86_400.0).contains(n)),
            "tour_langs" => q.tour_langs = langs(&v),
            "pin" => q.pin = pin(&v),
            "keys" => q.keys_off = v == "off",
            _ => {}
        }
    }
    q
}

/// Writes `q` as a query string (without `?`): fixed order, defaults left out.
pub fn serialise(q: &Query) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = &q.selection {
        parts.push(format!("s={}", encode(s)));
    }
    if !q.search.is_empty() {
        parts.push(format!("q={}", encode(&q.search)));
    }
    for (k, l) in
        [("fs", &q.strands), ("ft", &q.themes), ("fc", &q.countries), ("fl", &q.localities), ("fp", &q.people)]
    {
        if !l.is_empty() {
            parts.push(format!("{k}={}", encode(&l.join(","))));
        }
    }
    if let Some((a, b)) = q.window {
        parts.push(format!("t={}..{}", format_day(a), format_day(b)));
    }
    for (k, m) in [("mv", q.map_vn), ("mj", q.map_jp)] {
        if let Some((z, x, y)) = m {
            parts.push(format!("{k}={},{},{}", trim(z), trim(x), trim(y)));
        }
    }
    if q.page != Page::Explore {
        parts.push(format!("v={}", q.page.key()));
    }
    if let Some(l) = q.lang {
        parts.push(format!("lang={}", l.tag()));
    }
    match q.mode {
        Mode::Browser => {}
        Mode::Embed => parts.push("embed".into()),
        Mode::Kiosk => parts.push("kiosk".into()),
    }
    if !q.hosts.is_empty() {
        parts.push(format!("host={}", encode(&q.hosts.join(","))));
    }
    for (k, t) in [("idle", q.idle), ("reset", q.reset), ("step", q.step), ("warn", q.warn)] {
        if let Some(t) = t {
            parts.push(format!("{k}={}", trim(t)));
        }
    }
    if !q.tour_langs.is_empty() {
        parts.push(format!("tour_langs={}", q.tour_langs.iter().map(|l| l.tag()).collect::<Vec<_>>().join(",")));
    }
    if let Some(p) = &q.pin {
        parts.push(format!("pin={p}"));
    }
    if q.keys_off {
        parts.push("keys=off".into());
    }
    parts.join("&")
}

/// A number with at most two decimals and no trailing zeros.
fn trim(n: f64) -> String {
    crate::format::trimmed(n, 2)
}

/// A plain decimal number, `-12.5` or `3`: digits with at most one point and an optional sign, at
/// most 15 digits (so the result is exact: the mantissa and the power of ten are both exact doubles,
/// and one division rounds correctly, as `str::parse` would). No exponents, `inf` or `NaN`. Written
/// here so the standard library's float parser stays out of the wasm (issue 8's size profile).
fn decimal(v: &str) -> Option<f64> {
    let (neg, body) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = || whole.bytes().chain(frac.bytes());
    if whole.len() + frac.len() == 0 || whole.len() + frac.len() > 15 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = digits().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let n = mantissa as f64 / 10u64.pow(frac.len() as u32) as f64;
    Some(if neg { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) % n.max(1)
        }
        fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
            xs[self.next(xs.len() as u64) as usize]
        }
    }

    const IDS: &[&str] = &["forum-2025", "hanoi", "VN:22", "JP:10", "training-2025", "pham-minh-chinh", "local-forum"];
    const TEXT: &[&str] = &["quảng ninh", "Gunma", "日越", "a&b=c", "100%", "  spaced  ", "Hạ Long+bay", "x,y:z"];

    fn random_query(r: &mut Lcg) -> Query {
        let ids = |r: &mut Lcg| (0..r.next(4)).map(|_| r.pick(IDS).to_string()).collect::<Vec<_>>();
        let day = |r: &mut Lcg| 19_358.0 + r.next(1_800) as f64 + r.next(24) as f64 / 24.0;
        Query {
            selection: (r.next(2) == 0).then(|| r.pick(IDS).to_string()),
            search: if r.next(2) == 0 { r.pick(TEXT).trim().to_string() } else { String::new() },
            strands: ids(r),
            themes: ids(r),
            countries: (0..r.next(3)).map(|_| r.pick(&["JP", "VN"]).to_string()).collect(),
            localities: ids(r),
            people: ids(r),
            window: (r.next(2) == 0).then(|| {
                let a = day(r);
                (a, a + 1.0 + r.next(400) as f64)
            }),
            map_vn: (r.next(2) == 0).then(|| (1.0 + r.next(39) as f64, r.next(5000) as f64, r.next(6000) as f64)),
            map_jp: (r.next(2) == 0).then_some((1.5, 1234.25, 99.5)),
            page: Page::ALL[r.next(4) as usize],
            lang: [None, Some(Lang::En), Some(Lang::Vi), Some(Lang::Ja)][r.next(4) as usize],
            mode: [Mode::Browser, Mode::Embed, Mode::Kiosk][r.next(3) as usize],
            hosts: (0..r.next(3))
                .map(|_| r.pick(&["https://mofa.gov.vn", "http://127.0.0.1:8080", "https://a.example"]).to_string())
                .collect(),
            idle: (r.next(2) == 0).then(|| 0.05 + r.next(600) as f64),
            reset: (r.next(2) == 0).then_some(45.0),
            step: (r.next(2) == 0).then_some(0.02),
            warn: (r.next(2) == 0).then(|| r.next(30) as f64),
            tour_langs: [vec![], vec![Lang::Vi], vec![Lang::Ja, Lang::En, Lang::Vi]][r.next(3) as usize].clone(),
            pin: (r.next(2) == 0).then(|| "0123456789".to_string()),
            keys_off: r.next(2) == 0,
        }
    }

    #[test]
    fn the_view_is_one_of_the_other_views_or_the_explorer() {
        assert_eq!(parse("?v=list").page, Page::List);
        assert_eq!(parse("?v=figures&s=forum-2025").page, Page::Figures);
        assert_eq!(parse("?v=sources").page, Page::Sources);
        for bad in ["?v=explore", "?v=LIST", "?v=", "?v=<script>", "?v=list%00"] {
            assert_eq!(parse(bad).page, Page::Explore, "{bad}");
        }
        assert_eq!(serialise(&parse("?v=list&lang=vi")), "v=list&lang=vi");
        assert_eq!(serialise(&Query::default()), "");
    }

    #[test]
    fn keys_off_turns_the_single_key_shortcuts_off_and_nothing_else_does() {
        let q = parse("?embed&keys=off");
        assert!(q.keys_off && q.mode == Mode::Embed);
        assert_eq!(serialise(&q), "embed&keys=off");
        assert_eq!(parse(&serialise(&q)), q);
        for other in ["", "keys", "keys=", "keys=on", "keys=OFF", "keys=off2", "key=off"] {
            assert!(!parse(other).keys_off, "{other}");
        }
        assert!(!serialise(&parse("s=forum-2025")).contains("keys"), "the default is left out");
    }

    #[test]
    fn origins_are_strict() {
        for ok in ["https://mofa.gov.vn", "http://127.0.0.1:8080", "https://a-b.example.org"] {
            assert!(valid_origin(ok), "{ok}");
        }
        for bad in [
            "",
            "null",
            "*",
            "https://",
            "ftp://a.example",
            "https://a.example/",
            "https://a.example/path",
            "https://A.example",
            "https://a..example",
            "https://-a.example",
            "https://a.example:",
            "https://a.example:123456",
            "javascript:alert(1)",
            "https://a.example@evil.example",
        ] {
            assert!(!valid_origin(bad), "{bad}");
        }
        let q = parse("?embed&host=https://mofa.gov.vn,http://127.0.0.1:8080");
        assert_eq!(q.hosts, vec!["https://mofa.gov.vn", "http://127.0.0.1:8080"]);
        assert!(parse("?host=https://ok.example,javascript:x").hosts.is_empty(), "one bad origin drops the list");
        let k = parse("?kiosk&idle=0.05&reset=2&step=nope");
        assert_eq!((k.idle, k.reset, k.step), (Some(0.05), Some(2.0), None));
        assert_eq!(parse("?idle=-1&reset=1e9&step=NaN").idle, None);
        let k = parse("?kiosk&warn=0&tour_langs=vi,ja&pin=2025");
        assert_eq!(
            (k.warn, k.tour_langs.clone(), k.pin.as_deref()),
            (Some(0.0), vec![Lang::Vi, Lang::Ja], Some("2025"))
        );
        assert_eq!(serialise(&k), "kiosk&warn=0&tour_langs=vi,ja&pin=2025");
        for bad in ["pin=123", "pin=1234567890123", "pin=12a4", "pin=%31%32%33%34%00", "pin=١٢٣٤"] {
            assert_eq!(parse(bad).pin, None, "{bad}");
        }
        for bad in ["tour_langs=vi,vi", "tour_langs=fr", "tour_langs=", "tour_langs=vi,,ja", "tour_langs=VI"] {
            assert!(parse(bad).tour_langs.is_empty(), "{bad}");
        }
        assert_eq!(parse("warn=-1").warn, None);
    }

    #[test]
    fn round_trips_random_queries() {
        let mut r = Lcg(11);
        for _ in 0..500 {
            let q = random_query(&mut r);
            let s = serialise(&q);
            assert_eq!(parse(&s), q, "{s}");
            assert_eq!(serialise(&parse(&s)), s, "canonical");
        }
    }

    #[test]
    fn reads_the_documented_examples() {
        let q = parse(
            "?s=forum-2025&q=quang+ninh&fs=local-forum,agreements&t=2025-11-25T06..2025-11-25T18&mv=4,3100,1500&lang=vi&embed",
        );
        assert_eq!(q.selection.as_deref(), Some("forum-2025"));
        assert_eq!(q.search, "quang ninh");
        assert_eq!(q.strands, ["local-forum", "agreements"]);
        let (a, b) = q.window.unwrap();
        assert_eq!(((a.fract() * 24.0).round(), (b.fract() * 24.0).round()), (6.0, 18.0));
        assert_eq!(q.map_vn, Some((4.0, 3100.0, 1500.0)));
        assert_eq!((q.lang, q.mode), (Some(Lang::Vi), Mode::Embed));
        assert_eq!(parse("s=VN:22").selection.as_deref(), Some("VN:22"));
    }

    #[test]
    fn hostile_and_malformed_urls_fall_back_to_defaults_without_panicking() {
        let bad = [
            "s=<script>alert(1)</script>",
            "s=../../etc/passwd",
            "s=FORUM",
            "s=%E0%A4%A",
            "q=%ZZ",
            "t=2025-02-30..2025-03-01",
            "t=2025-03-01..2025-02-01",
            "t=99999-01-01..2025-01-01",
            "t=2025-01-01T25..2025-01-02",
            "mv=NaN,1,2",
            "mv=1e308,1,1",
            "mv=2,3",
            "mj=100,1,1",
            "lang=fr",
            "lang=EN",
            "fs=a,b,<c>",
            "fc=XX",
            "=&&&==&",
            "%",
            "s",
        ];
        for b in bad {
            let q = parse(b);
            assert_eq!(q.selection, None, "{b}");
            assert_eq!(q.window, None, "{b}");
            assert_eq!((q.map_vn, q.map_jp, q.lang), (None, None, None), "{b}");
            assert!(q.strands.is_empty() && q.countries.is_empty(), "{b}");
        }
        // A few hundred generated ones: random bytes around real keys never panic and never keep
        // anything that would not serialise back the same.
        let mut r = Lcg(99);
        let keys = [
            "s",
            "q",
            "fs",
            "ft",
            "fc",
            "fl",
            "fp",
            "t",
            "mv",
            "mj",
            "lang",
            "embed",
            "kiosk",
            "host",
            "idle",
            "reset",
            "step",
            "warn",
            "tour_langs",
            "pin",
            "keys",
            "x",
        ];
        let junk = [
            "%",
            "%2",
            "%C3%28",
            "<",
            ">",
            "\"",
            "'",
            "..",
            ",",
            "=",
            "&",
            "\u{0}",
            "💥",
            "1e9",
            "-1",
            "NaN",
            "JP:1",
            "2025-13-01",
        ];
        for _ in 0..400 {
            let mut s = String::new();
            for _ in 0..r.next(6) {
                s.push_str(r.pick(&keys));
                s.push('=');
                for _ in 0..r.next(4) {
                    s.push_str(r.pick(&junk));
                }
                s.push('&');
            }
            let q = parse(&s);
            assert_eq!(parse(&serialise(&q)), q, "{s:?}");
            assert!(q.selection.as_deref().is_none_or(valid_id));
            assert!(q.search.chars().count() <= MAX_SEARCH && !q.search.chars().any(char::is_control));
        }
        assert_eq!(parse(&"a".repeat(10_000)), Query::default());
    }

    #[test]
    fn decimals_parse_like_the_standard_library() {
        for v in ["0", "3", "-12.5", "+7.25", "0.01", "86400", "1.", ".5", "123456789012345", "20000.99", "-0"] {
            assert_eq!(decimal(v), v.parse::<f64>().ok(), "{v}");
        }
        let mut r = Lcg(5);
        for _ in 0..2000 {
            let v = format!("{}.{:02}", r.next(20_001), r.next(100));
            assert_eq!(decimal(&v), v.parse::<f64>().ok(), "{v}");
        }
        for v in ["", "-", ".", "1e3", "inf", "NaN", "1.2.3", "1,5", " 1", "1234567890123456", "--1", "0x10"] {
            assert_eq!(decimal(v), None, "{v:?}");
        }
    }

    /// Number-shaped junk: what a hostile link puts where the URL expects numbers.
    const NUMBERS: &[&str] = &[
        "0",
        "-0",
        "1",
        "40",
        "40.01",
        "0.99",
        "20000",
        "20000.01",
        "-1",
        "1e307",
        "-1.5e307",
        "1.7976931348623157e308",
        "4.9e-324",
        "2.2250738585072014e-308",
        "NaN",
        "nan",
        "inf",
        "-Infinity",
        "∞",
        "0x10",
        "1_000",
        "99999999999999999999",
        "123456789012345",
        "1234567890123456",
        "0.000000000000001",
        ".5",
        "5.",
        "+3",
        "--3",
        "1,2",
        "",
        " ",
        "%00",
        "86400",
        "86400.01",
        "0.01",
        "0.009",
        "2025-11-25",
        "2025-11-25T06",
        "2025-11-25T24",
        "2025-02-29",
        "2024-02-29",
        "1899-12-31",
        "2100-12-31T23",
        "2101-01-01",
        "+025-01-01",
        "2025-+1-01",
        "2025-01-+1",
        "2025-01-01T+6",
        "٢٠٢٥-01-01",
    ];

    fn hostile_value(r: &mut Lcg) -> String {
        let n = 1 + r.next(4);
        let sep = [",", "..", ",", "", "T", "-"];
        (0..n).map(|_| r.pick(NUMBERS)).collect::<Vec<_>>().join(r.pick(&sep))
    }

    /// Issue 18: every number a URL gives the app is finite and inside its documented range, for
    /// 10,000 generated links with number-shaped junk in every numeric parameter.
    #[test]
    fn url_numbers_are_finite_and_bounded() {
        let lo = parse_day("1900-01-01").unwrap();
        let hi = parse_day("2100-12-31T23").unwrap();
        crate::prop::check(1825, |g| {
            let mut r = Lcg(g.u64());
            let keys = ["t", "mv", "mj", "idle", "reset", "step", "warn", "pin", "s", "lang"];
            let query: String = (0..1 + r.next(6))
                .map(|_| format!("{}={}", r.pick(&keys), hostile_value(&mut r)))
                .collect::<Vec<_>>()
                .join("&");
            let q = parse(&query);
            if let Some((a, b)) = q.window {
                assert!(a.is_finite() && b.is_finite() && lo <= a && a < b && b <= hi, "{query}: {a}..{b}");
                let w = crate::timeline::scale::Window { start: a, end: b }.clamped();
                let full = crate::timeline::scale::Window::full();
                assert!(w.start >= full.start && w.end <= full.end + 1e-9, "{query}: saturates to the axis");
            }
            for (z, x, y) in [q.map_vn, q.map_jp].into_iter().flatten() {
                assert!(
                    (1.0..=40.0).contains(&z) && (0.0..=20_000.0).contains(&x) && (0.0..=20_000.0).contains(&y),
                    "{query}"
                );
            }
            for t in [q.idle, q.reset, q.step].into_iter().flatten() {
                assert!((0.01..=86_400.0).contains(&t), "{query}: {t}");
            }
            assert!(q.warn.is_none_or(|w| (0.0..=86_400.0).contains(&w)), "{query}");
            assert!(q.pin.as_ref().is_none_or(|p| (MIN_PIN..=MAX_PIN).contains(&p.len())), "{query}");
            assert_eq!(parse(&serialise(&q)), q, "{query}");
            // The parser itself: a finite number under 1e15, or nothing.
            let v = hostile_value(&mut r);
            assert!(decimal(&v).is_none_or(|n| n.is_finite() && n.abs() < 1e15), "{v}");
        });
    }

    /// Any window the app can be in is written so that it reads back (to the hour): 23:45 used to
    /// be written as hour 24, which the parser then refused.
    #[test]
    fn windows_write_and_read_back_to_the_hour() {
        crate::prop::check(1826, |g| {
            let w = crate::timeline::scale::Window {
                start: g.hostile(19_000.0, 21_500.0),
                end: g.hostile(19_000.0, 21_500.0),
            }
            .clamped();
            let t = format!("{}..{}", format_day(w.start), format_day(w.end));
            let (a, b) =
                parse(&format!("t={t}")).window.unwrap_or_else(|| panic!("{w:?} wrote {t}, which does not parse"));
            assert!((a - w.start).abs() <= 1.0 / 48.0 + 1e-9 && (b - w.end).abs() <= 1.0 / 48.0 + 1e-9, "{w:?}: {t}");
            assert!(!format_day(g.hostile(0.0, 30_000.0)).is_empty());
        });
        assert_eq!(format_day(parse_day("2025-11-25").unwrap() + 23.8 / 24.0), "2025-11-26");
    }
}
