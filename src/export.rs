//! Open data, generated in the browser from the compiled tables: the whole dataset as JSON (with its
//! sources and what was derived), and the events as an iCalendar file (RFC 5545). Pure: the
//! component only offers the strings as downloads.

use crate::data::{
    Derived, EVENTS, FIGURES, ORGANISATIONS, PARTNERSHIPS, PEOPLE, PLACES, Precision, QUOTES, SOURCES, STRANDS,
    SourceId, Status, THEMES, Text, UNITS, When,
};
use crate::lang::Lang;

/// A number as JSON: the data's values have at most 6 decimals (coordinates 4), and the large ones
/// are whole, so [`crate::format::trimmed`] writes them exactly (tested against every value) without
/// the standard library's float formatting in the wasm.
fn json_number(v: f64) -> String {
    crate::format::trimmed(v, if v.abs() < 1e9 { 6 } else { 0 })
}

/// A small JSON writer: values are appended in order; commas are handled by the writer.
struct Json {
    out: String,
    /// Whether the current container already holds a value.
    filled: Vec<bool>,
}

impl Json {
    fn new() -> Self {
        Json { out: String::with_capacity(1 << 17), filled: vec![false] }
    }
    fn sep(&mut self) {
        if let Some(f) = self.filled.last_mut() {
            if *f {
                self.out.push(',');
            }
            *f = true;
        }
    }
    fn open(&mut self, c: char) {
        self.sep();
        self.out.push(c);
        self.filled.push(false);
    }
    fn close(&mut self, c: char) {
        self.filled.pop();
        self.out.push(c);
    }
    fn key(&mut self, k: &str) {
        self.sep();
        self.raw_str(k);
        self.out.push(':');
        // The value that follows is not a new item.
        if let Some(f) = self.filled.last_mut() {
            *f = false;
        }
    }
    fn raw_str(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => self.out.push_str(&format!("\\u{:04x}", c as u32)),
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        self.sep();
        self.raw_str(v);
    }
    fn opt_str(&mut self, k: &str, v: Option<&str>) {
        if let Some(v) = v {
            self.str(k, v);
        }
    }
    fn num(&mut self, k: &str, v: f64) {
        self.key(k);
        self.sep();
        self.out.push_str(&json_number(v));
    }
    fn bool(&mut self, k: &str, v: bool) {
        self.key(k);
        self.sep();
        self.out.push_str(if v { "true" } else { "false" });
    }
    fn text(&mut self, k: &str, t: &Text) {
        self.key(k);
        self.open('{');
        self.str("en", t.en);
        self.str("vi", t.vi);
        self.str("ja", t.ja);
        self.close('}');
    }
    fn ids<'a>(&mut self, k: &str, ids: impl IntoIterator<Item = &'a str>) {
        self.key(k);
        self.open('[');
        for id in ids {
            self.sep();
            self.raw_str(id);
        }
        self.close(']');
    }
    fn when(&mut self, k: &str, w: &When) {
        self.key(k);
        self.open('{');
        self.str("start", &w.start.iso());
        self.str("end", &w.end.iso());
        self.str("precision", precision(w.precision));
        self.close('}');
    }
    fn derived(&mut self, d: &[Derived]) {
        if d.is_empty() {
            return;
        }
        self.key("derived");
        self.open('{');
        for x in d {
            self.str(x.field, x.note);
        }
        self.close('}');
    }
    fn sources(&mut self, s: &[SourceId]) {
        self.ids("sources", s.iter().map(|s| s.get().id));
    }
    /// A list of records, each written by `f`.
    fn table<T>(&mut self, k: &str, rows: &[T], mut f: impl FnMut(&mut Json, &T)) {
        self.key(k);
        self.open('[');
        for r in rows {
            self.open('{');
            f(self, r);
            self.close('}');
        }
        self.close(']');
    }
}

fn precision(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Within => "within",
    }
}

/// The whole dataset as one JSON document: every table, references by id, texts in all three
/// languages, sources with their files, and a note on every derived value.
pub fn json() -> String {
    let mut j = Json::new();
    j.open('{');
    j.str("title", "Vietnam–Japan 2025: the cooperation year");
    j.str("note", "Every record cites its sources (ids into `sources`); `derived` says which values were worked out rather than read off a source, and how.");
    j.table("sources", &SOURCES, |j, s| {
        j.str("id", s.id);
        j.str("kind", s.kind.key());
        j.opt_str("file", s.file);
        j.str("publisher", s.publisher);
        j.str("title", s.title);
        j.when("date", &s.date);
        j.str("language", s.language);
        j.bool("machine_translated", s.machine_translated);
        j.text("about", &s.about);
        j.ids("credits", s.credits.iter().map(|p| p.get().id));
        j.derived(s.derived);
    });
    j.table("strands", &STRANDS, |j, s| {
        j.str("id", s.id);
        j.text("name", &s.name);
        j.text("about", &s.about);
        j.sources(s.sources);
    });
    j.table("themes", &THEMES, |j, t| {
        j.str("id", t.id);
        j.text("name", &t.name);
        j.sources(t.sources);
    });
    j.table("units", &UNITS, |j, u| {
        j.str("id", u.id);
        j.str("country", u.country.key());
        j.text("name", &u.name);
        j.bool("is_city", u.is_city);
        j.ids("old_names", u.old_names.iter().copied());
        j.sources(u.sources);
    });
    j.table("places", &PLACES, |j, p| {
        j.str("id", p.id);
        j.str("kind", p.kind.key());
        j.text("name", &p.name);
        j.str("country", p.country.key());
        j.str("unit", p.unit.get().id);
        j.num("lat", p.lat);
        j.num("lon", p.lon);
        j.ids("aliases", p.aliases.iter().copied());
        j.sources(p.sources);
        j.derived(p.derived);
    });
    j.table("organisations", &ORGANISATIONS, |j, o| {
        j.str("id", o.id);
        j.str("kind", o.kind.key());
        j.text("name", &o.name);
        j.opt_str("short", o.short);
        j.ids("aliases", o.aliases.iter().copied());
        j.opt_str("country", o.country.map(|c| c.key()));
        j.opt_str("place", o.place.map(|p| p.get().id));
        j.sources(o.sources);
        j.derived(o.derived);
    });
    j.table("people", &PEOPLE, |j, p| {
        j.str("id", p.id);
        j.text("name", &p.name);
        j.text("title", &p.title);
        j.str("country", p.country.key());
        j.ids("orgs", p.orgs.iter().map(|o| o.get().id));
        j.sources(p.sources);
        j.derived(p.derived);
    });
    j.table("events", &EVENTS, |j, e| {
        j.str("id", e.id);
        j.str("strand", e.strand.get().id);
        j.str("kind", e.kind.key());
        j.text("title", &e.title);
        if let Some(t) = &e.title_short {
            j.text("title_short", t);
        }
        j.text("summary", &e.summary);
        j.when("when", &e.when);
        j.opt_str("daypart", e.daypart.map(|d| d.key()));
        j.str("status", e.status.key());
        j.opt_str("parent", e.parent.map(|p| p.get().id));
        j.ids("places", e.places.iter().map(|p| p.get().id));
        j.key("people");
        j.open('[');
        for p in e.people {
            j.open('{');
            j.str("person", p.person.get().id);
            j.str("role", p.role.key());
            j.close('}');
        }
        j.close(']');
        j.ids("orgs", e.orgs.iter().map(|o| o.get().id));
        j.ids("themes", e.themes.iter().map(|t| t.get().id));
        j.sources(e.sources);
        j.derived(e.derived);
    });
    j.table("partnerships", &PARTNERSHIPS, |j, p| {
        j.str("id", p.id);
        j.str("kind", p.kind.key());
        j.opt_str("a", p.a.map(|x| x.get().id));
        j.opt_str("b", p.b.map(|x| x.get().id));
        if let Some(c) = &p.counterpart {
            j.text("counterpart", c);
        }
        j.text("summary", &p.summary);
        if let Some(w) = &p.when {
            j.when("when", w);
        }
        j.str("status", p.status.key());
        j.ids("events", p.events.iter().map(|e| e.get().id));
        j.ids("themes", p.themes.iter().map(|t| t.get().id));
        j.sources(p.sources);
        j.derived(p.derived);
    });
    j.table("figures", &FIGURES, |j, f| {
        j.str("id", f.id);
        j.num("value", f.value);
        if let Some(m) = f.max {
            j.num("max", m);
        }
        j.str("qualifier", f.qualifier.key());
        j.str("unit", f.unit.key());
        j.text("measure", &f.measure);
        j.when("as_of", &f.as_of);
        j.opt_str("said_by", f.said_by.map(|p| p.get().id));
        j.opt_str("event", f.event.map(|e| e.get().id));
        j.ids("places", f.places.iter().map(|p| p.get().id));
        j.ids("themes", f.themes.iter().map(|t| t.get().id));
        j.sources(f.sources);
        j.derived(f.derived);
    });
    j.table("quotes", &QUOTES, |j, q| {
        j.str("id", q.id);
        j.str("text", q.text);
        j.str("vi", q.vi);
        j.str("ja", q.ja);
        j.opt_str("original", q.original.map(|l| l.tag()));
        j.opt_str("speaker", q.speaker.map(|p| p.get().id));
        j.opt_str("cites", q.cites.map(|p| p.get().id));
        if let Some(n) = &q.speaker_note {
            j.text("speaker_note", n);
        }
        j.opt_str("event", q.event.map(|e| e.get().id));
        j.sources(q.sources);
        j.derived(q.derived);
    });
    j.close('}');
    j.out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a character (§3.1).
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn ics_date(d: crate::data::Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// The events as an iCalendar file in `lang`: all-day entries over each event's days (the end is
/// exclusive, as the format wants); planned events are TENTATIVE; events with no dated edition are
/// left out; vague dates say so in the description; the sources are in the description too.
pub fn ics(lang: Lang) -> String {
    let mut out = String::new();
    for l in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vn-jp-2025//explorer//EN", "CALSCALE:GREGORIAN"] {
        ics_line(&mut out, l);
    }
    ics_line(&mut out, &format!("X-WR-CALNAME:{}", ics_text(crate::i18n::Ui::AppTitle.get(lang))));
    // DTSTAMP must be UTC; the newest source's date stands for when the data was current.
    let stamp = SOURCES.iter().map(|s| s.date.end).max().map(ics_date).unwrap_or_else(|| "20250101".into());
    // An event with no dated edition has no day to put in a calendar (its date is a report's).
    for e in EVENTS.iter().filter(|e| e.status != Status::Undated) {
        let end = crate::timeline::time::date_of(e.when.end.days_since_epoch() + 1);
        let mut desc = e.summary.get(lang).to_string();
        if e.when.precision != Precision::Day {
            desc.push_str(&format!("\n({})", crate::format::when(&e.when, None, lang)));
        }
        let sources: Vec<String> =
            e.sources.iter().map(|s| format!("{} — {}", s.get().title, s.get().publisher)).collect();
        desc.push_str(&format!("\n{}: {}", crate::i18n::Ui::Sources.get(lang), sources.join("; ")));
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}@vn-jp-2025", e.id));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}T000000Z"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(e.when.start)));
        ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(e.title.get(lang))));
        ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&desc)));
        if !e.places.is_empty() {
            let places: Vec<&str> = e.places.iter().map(|p| p.get().name.get(lang)).collect();
            ics_line(&mut out, &format!("LOCATION:{}", ics_text(&places.join(", "))));
        }
        ics_line(&mut out, &format!("CATEGORIES:{}", ics_text(e.strand.get().name.get(lang))));
        let status = if e.status == Status::Planned { "TENTATIVE" } else { "CONFIRMED" };
        ics_line(&mut out, &format!("STATUS:{status}"));
        if let Some(p) = e.parent {
            ics_line(&mut out, &format!("RELATED-TO:{}@vn-jp-2025", p.get().id));
        }
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_reparses_with_every_record_and_its_sources() {
        let v: serde_json::Value = serde_json::from_str(&json()).expect("valid JSON");
        let len = |k: &str| v[k].as_array().map_or(0, Vec::len);
        assert_eq!(len("events"), EVENTS.len());
        assert_eq!(len("places"), PLACES.len());
        assert_eq!(len("people"), PEOPLE.len());
        assert_eq!(len("organisations"), ORGANISATIONS.len());
        assert_eq!(len("partnerships"), PARTNERSHIPS.len());
        assert_eq!(len("figures"), FIGURES.len());
        assert_eq!(len("quotes"), QUOTES.len());
        assert_eq!(len("sources"), SOURCES.len());
        let source_ids: Vec<&str> =
            v["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        for table in ["events", "places", "people", "figures", "quotes", "partnerships"] {
            for r in v[table].as_array().unwrap() {
                let s = r["sources"].as_array().unwrap();
                assert!(!s.is_empty(), "{table} {}", r["id"]);
                assert!(s.iter().all(|x| source_ids.contains(&x.as_str().unwrap())));
            }
        }
        let forum = v["events"].as_array().unwrap().iter().find(|e| e["id"] == "forum-2025").unwrap();
        assert_eq!(forum["when"]["start"], "2025-11-25");
        assert!(forum["title"]["ja"].as_str().unwrap().contains("フォーラム"));
        assert!(v["places"].as_array().unwrap().iter().any(|p| p["derived"].is_object()), "derivations are kept");
    }

    /// A structural check of an iCalendar text: CRLF lines of at most 75 octets, balanced
    /// components, the required properties once per event, unique UIDs, ends after starts.
    fn check_ics(s: &str) -> usize {
        assert!(s.ends_with("\r\n"));
        let body = &s[..s.len() - 2];
        assert!(
            !body.replace("\r\n", "").contains('\n') && !body.replace("\r\n", "").contains('\r'),
            "bare line breaks"
        );
        let physical: Vec<&str> = body.split("\r\n").collect();
        assert!(physical.iter().all(|l| l.len() <= 75), "a line over 75 octets");
        // Unfold.
        let mut lines: Vec<String> = Vec::new();
        for l in physical {
            match l.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a continuation has a line before it").push_str(rest),
                None => lines.push(l.to_string()),
            }
        }
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.iter().any(|l| l == "VERSION:2.0") && lines.iter().any(|l| l.starts_with("PRODID:")));
        let mut uids = std::collections::HashSet::new();
        let mut n = 0;
        let mut current: Option<Vec<&str>> = None;
        for l in &lines {
            let name = l.split([':', ';']).next().unwrap();
            assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'), "name {name}");
            match l.as_str() {
                "BEGIN:VEVENT" => {
                    assert!(current.is_none(), "nested VEVENT");
                    current = Some(Vec::new());
                }
                "END:VEVENT" => {
                    let props = current.take().expect("END without BEGIN");
                    let get = |k: &str| props.iter().filter(|p| p.starts_with(k)).count();
                    for k in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:", "SUMMARY:"] {
                        assert_eq!(get(k), 1, "{k} once");
                    }
                    let value = |k: &str| props.iter().find(|p| p.starts_with(k)).unwrap()[k.len()..].to_string();
                    assert!(uids.insert(value("UID:")), "unique UID");
                    let (s, e) = (value("DTSTART;VALUE=DATE:"), value("DTEND;VALUE=DATE:"));
                    assert!(s.len() == 8 && e.len() == 8 && e > s, "{s} < {e}");
                    n += 1;
                }
                _ => {
                    if let Some(p) = current.as_mut() {
                        p.push(l.as_str());
                    }
                }
            }
        }
        assert!(current.is_none());
        n
    }

    #[test]
    fn the_ics_is_well_formed_in_every_language() {
        for l in Lang::ALL {
            assert_eq!(check_ics(&ics(l)), EVENTS.iter().filter(|e| e.status != Status::Undated).count());
        }
        let vi = ics(Lang::Vi);
        assert!(vi.contains("DTSTART;VALUE=DATE:20251125") && vi.contains("DTEND;VALUE=DATE:20251126"));
        assert!(vi.contains("STATUS:TENTATIVE"));
    }

    #[test]
    fn ics_escapes_and_folds() {
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        ics_line(&mut out, &format!("SUMMARY:{}", "Quảng Ninh ".repeat(20)));
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert!(out.lines().count() > 1);
    }

    #[test]
    fn json_numbers_are_exact_for_every_value_in_the_data() {
        let values = PLACES
            .iter()
            .flat_map(|p| [p.lat, p.lon])
            .chain(FIGURES.iter().flat_map(|f| [Some(f.value), f.max].into_iter().flatten()));
        let mut n = 0;
        for v in values {
            assert_eq!(json_number(v).parse::<f64>(), Ok(v), "{v}");
            n += 1;
        }
        assert!(n > 100, "{n} values");
        assert_eq!(json_number(8e9), "8000000000");
        assert_eq!(json_number(-0.5), "-0.5");
    }
}
