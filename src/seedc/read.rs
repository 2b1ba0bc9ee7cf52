//! First pass: turns each seed file's spanned TOML tree into records, checking each record on its own.

use std::collections::BTreeSet;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Problem;
use super::date::{self, When};
use super::records::*;

type Val<'a> = Spanned<DeValue<'a>>;

/// Maps byte offsets of one file to 1-based line numbers.
struct Lines(Vec<usize>);

impl Lines {
    fn new(src: &str) -> Self {
        Lines(std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// Renders a TOML value back roughly as written, for quoting in a problem.
fn show(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => s.to_string(),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(_) => "[…]".into(),
        DeValue::Table(_) => "{…}".into(),
    }
}

fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF66..=0xFF9F)
}

/// Reads one record (a table of an array of tables), remembering which keys were used.
struct Rec<'a, 'p> {
    file: &'a str,
    lines: &'a Lines,
    table: &'a DeTable<'a>,
    id: String,
    line: usize,
    used: BTreeSet<String>,
    out: &'p mut Vec<Problem>,
}

impl<'a, 'p> Rec<'a, 'p> {
    fn new(file: &'a str, lines: &'a Lines, value: &'a Val<'a>, out: &'p mut Vec<Problem>) -> Option<Self> {
        let line = lines.line(value.span().start);
        let Some(table) = value.get_ref().as_table() else {
            out.push(Problem {
                file: file.into(),
                line,
                record: "?".into(),
                field: "?".into(),
                value: show(value.get_ref()),
                message: "expected a table".into(),
            });
            return None;
        };
        let mut rec = Rec { file, lines, table, id: "?".into(), line, used: BTreeSet::new(), out };
        match rec.raw("id") {
            Some(v) => {
                rec.line = rec.lines.line(v.span().start);
                match v.get_ref().as_str() {
                    Some(s) => rec.id = s.to_string(),
                    None => rec.problem("id", rec.line, show(v.get_ref()), "must be a string"),
                }
            }
            None => rec.missing("id"),
        }
        Some(rec)
    }

    fn meta(&self) -> Meta {
        Meta { id: self.id.clone(), file: self.file.into(), line: self.line }
    }

    fn problem(&mut self, field: &str, line: usize, value: String, message: &str) {
        self.out.push(Problem {
            file: self.file.into(),
            line,
            record: self.id.clone(),
            field: field.into(),
            value,
            message: message.into(),
        });
    }

    fn missing(&mut self, field: &str) {
        let line = self.line;
        self.problem(field, line, String::new(), "is missing");
    }

    fn raw(&mut self, key: &str) -> Option<&'a Val<'a>> {
        self.used.insert(key.to_string());
        self.table.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
    }

    fn at(&self, v: &Val<'_>) -> usize {
        self.lines.line(v.span().start)
    }

    fn opt_str(&mut self, key: &str) -> Option<(String, usize)> {
        let v = self.raw(key)?;
        let line = self.at(v);
        match v.get_ref().as_str() {
            Some(s) if !s.trim().is_empty() => Some((s.to_string(), line)),
            Some(_) => {
                self.problem(key, line, String::new(), "must not be empty");
                None
            }
            None => {
                self.problem(key, line, show(v.get_ref()), "must be a string");
                None
            }
        }
    }

    fn str(&mut self, key: &str) -> Option<(String, usize)> {
        if self.table.iter().all(|(k, _)| k.get_ref() != key) {
            self.missing(key);
            self.used.insert(key.into());
            return None;
        }
        self.opt_str(key)
    }

    fn vocab(&mut self, key: &str, allowed: &[&str], required: bool) -> Option<String> {
        let (s, line) = if required { self.str(key)? } else { self.opt_str(key)? };
        if allowed.contains(&s.as_str()) {
            Some(s)
        } else {
            self.problem(key, line, s, &format!("must be one of: {}", allowed.join(", ")));
            None
        }
    }

    fn bool(&mut self, key: &str) -> bool {
        let Some(v) = self.raw(key) else { return false };
        match v.get_ref().as_bool() {
            Some(b) => b,
            None => {
                let line = self.at(v);
                self.problem(key, line, show(v.get_ref()), "must be true or false");
                false
            }
        }
    }

    fn number(&mut self, key: &str, required: bool) -> Option<(f64, usize)> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(key);
            }
            return None;
        };
        let line = self.at(v);
        let parsed = match v.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => i.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match parsed {
            Some(n) if n.is_finite() => Some((n, line)),
            _ => {
                self.problem(key, line, show(v.get_ref()), "must be a number");
                None
            }
        }
    }

    fn when(&mut self, key: &str, within: bool, required: bool) -> Option<(When, usize)> {
        let (s, line) = if required { self.str(key)? } else { self.opt_str(key)? };
        match date::parse_when(&s, within) {
            Ok(w) => Some((w, line)),
            Err(e) => {
                self.problem(key, line, s, &format!("invalid date: {e}"));
                None
            }
        }
    }

    /// A `{ en, vi, ja }` table. Every language must be there and non-empty; `ja` must be in Japanese script.
    fn text(&mut self, key: &str, required: bool) -> Option<Text> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(key);
            }
            return None;
        };
        let line = self.at(v);
        let Some(t) = v.get_ref().as_table() else {
            self.problem(key, line, show(v.get_ref()), "must be a table with en, vi and ja");
            return None;
        };
        let mut text = Text::default();
        let mut ok = true;
        for (k, _) in t.iter() {
            if !["en", "vi", "ja"].contains(&k.get_ref().as_ref()) {
                let l = self.lines.line(k.span().start);
                self.problem(&format!("{key}.{}", k.get_ref()), l, String::new(), "unknown language (use en, vi, ja)");
            }
        }
        for lang in ["en", "vi", "ja"] {
            let field = format!("{key}.{lang}");
            let Some((_, v)) = t.iter().find(|(k, _)| k.get_ref() == lang) else {
                self.problem(&field, line, String::new(), "missing translation");
                ok = false;
                continue;
            };
            let l = self.at(v);
            let Some(s) = v.get_ref().as_str() else {
                self.problem(&field, l, show(v.get_ref()), "must be a string");
                ok = false;
                continue;
            };
            if s.trim().is_empty() {
                self.problem(&field, l, String::new(), "empty translation");
                ok = false;
                continue;
            }
            if lang == "ja" && !s.chars().any(is_japanese) {
                self.problem(&field, l, s.to_string(), "Japanese text must contain Japanese script");
                ok = false;
            }
            let s = s.to_string();
            match lang {
                "en" => text.en = s,
                "vi" => text.vi = s,
                _ => text.ja = s,
            }
        }
        ok.then_some(text)
    }

    /// An array of ids.
    fn refs(&mut self, key: &str) -> Vec<Ref> {
        let Some(v) = self.raw(key) else { return Vec::new() };
        let line = self.at(v);
        let Some(items) = v.get_ref().as_array() else {
            self.problem(key, line, show(v.get_ref()), "must be a list of ids");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            let l = self.at(item);
            match item.get_ref().as_str() {
                Some(s) => out.push(Ref { id: s.to_string(), line: l }),
                None => self.problem(key, l, show(item.get_ref()), "must be an id (a string)"),
            }
        }
        out
    }

    fn one_ref(&mut self, key: &str, required: bool) -> Option<Ref> {
        let (id, line) = if required { self.str(key)? } else { self.opt_str(key)? };
        Some(Ref { id, line })
    }

    /// The `sources` list, which every record must have.
    fn sources(&mut self) -> Vec<Ref> {
        let present = self.table.iter().any(|(k, _)| k.get_ref() == "sources");
        let refs = self.refs("sources");
        if refs.is_empty() {
            if present {
                let line = self.line;
                self.problem("sources", line, String::new(), "must name at least one source");
            } else {
                self.missing("sources");
            }
        }
        refs
    }

    fn strings(&mut self, key: &str) -> Vec<String> {
        self.refs(key).into_iter().map(|r| r.id).collect()
    }

    /// The `derived` table: field name → how its value was worked out.
    fn derived(&mut self, fields: &[&str]) -> Vec<Derived> {
        let Some(v) = self.raw("derived") else { return Vec::new() };
        let line = self.at(v);
        let Some(t) = v.get_ref().as_table() else {
            self.problem("derived", line, show(v.get_ref()), "must be a table of field = \"how it was derived\"");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in t.iter() {
            let l = self.at(v);
            let field = k.get_ref().to_string();
            if !fields.contains(&field.as_str()) {
                self.problem(&format!("derived.{field}"), l, field.clone(), "names no field that can be derived here");
                continue;
            }
            match v.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => out.push(Derived { field, note: s.to_string() }),
                _ => self.problem(&format!("derived.{field}"), l, show(v.get_ref()), "must say how it was derived"),
            }
        }
        out
    }

    fn people(&mut self) -> Vec<Participant> {
        let Some(v) = self.raw("people") else { return Vec::new() };
        let line = self.at(v);
        let Some(items) = v.get_ref().as_array() else {
            self.problem("people", line, show(v.get_ref()), "must be a list of { id, role }");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            let l = self.at(item);
            let Some(t) = item.get_ref().as_table() else {
                self.problem("people", l, show(item.get_ref()), "must be { id = \"…\", role = \"…\" }");
                continue;
            };
            let get = |k: &str| t.iter().find(|(key, _)| key.get_ref() == k).and_then(|(_, v)| v.get_ref().as_str());
            match (get("id"), get("role")) {
                (Some(id), Some(role)) if vocab::ROLE.contains(&role) => {
                    out.push(Participant { person: Ref { id: id.into(), line: l }, role: role.into() })
                }
                (Some(_), Some(role)) => {
                    self.problem("people.role", l, role.into(), &format!("must be one of: {}", vocab::ROLE.join(", ")))
                }
                _ => self.problem("people", l, "{…}".into(), "each entry needs a string `id` and `role`"),
            }
        }
        out
    }

    /// Reports every key that no reader asked for.
    fn finish(self) {
        for (k, v) in self.table.iter() {
            if !self.used.contains(k.get_ref().as_ref()) {
                self.out.push(Problem {
                    file: self.file.into(),
                    line: self.lines.line(v.span().start),
                    record: self.id.clone(),
                    field: k.get_ref().to_string(),
                    value: show(v.get_ref()),
                    message: "unknown field".into(),
                });
            }
        }
    }
}

/// Reads every file; `texts` pairs each file name with its contents.
pub fn read_all(texts: &[(String, String)], out: &mut Vec<Problem>) -> Dataset {
    let mut data = Dataset::default();
    for (file, text) in texts {
        let lines = Lines::new(text);
        let doc = match DeTable::parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let line = e.span().map(|s| lines.line(s.start)).unwrap_or(0);
                out.push(Problem {
                    file: file.clone(),
                    line,
                    record: "?".into(),
                    field: "?".into(),
                    value: String::new(),
                    message: format!("not valid TOML: {}", e.message().trim()),
                });
                continue;
            }
        };
        let key: &'static str = match file.as_str() {
            "sources.toml" => "source",
            "strands.toml" => "strand",
            "themes.toml" => "theme",
            "units.toml" => "unit",
            "places.toml" => "place",
            "organisations.toml" => "organisation",
            "people.toml" => "person",
            "events.toml" => "event",
            "partnerships.toml" => "partnership",
            "figures.toml" => "figure",
            _ => "quote",
        };
        for (k, v) in doc.get_ref().iter() {
            if k.get_ref() != key {
                out.push(Problem {
                    file: file.clone(),
                    line: lines.line(k.span().start),
                    record: "?".into(),
                    field: k.get_ref().to_string(),
                    value: String::new(),
                    message: format!("this file holds only [[{key}]] records"),
                });
                continue;
            }
            let Some(items) = v.get_ref().as_array() else {
                out.push(Problem {
                    file: file.clone(),
                    line: lines.line(v.span().start),
                    record: "?".into(),
                    field: key.into(),
                    value: String::new(),
                    message: format!("write records as [[{key}]]"),
                });
                continue;
            };
            for item in items.iter() {
                let Some(mut r) = Rec::new(file, &lines, item, out) else { continue };
                read_record(key, &mut r, &mut data);
                r.finish();
            }
        }
    }
    data
}

/// Reads one record of `kind`. The record is always kept, with defaults for fields that failed, so
/// that its other fields are still cross-checked; if any of its fields failed, its id goes into
/// `data.broken` and checks that would read a failed value (parent dates, coordinates) skip it.
fn read_record(kind: &'static str, r: &mut Rec<'_, '_>, data: &mut Dataset) {
    let before = r.out.len();
    read_fields(kind, r, data);
    if r.out.len() > before {
        data.broken.insert(r.id.clone());
    }
}

fn read_fields(kind: &str, r: &mut Rec<'_, '_>, data: &mut Dataset) {
    let meta = r.meta();
    let s = |v: Option<(String, usize)>| v.map(|v| v.0).unwrap_or_default();
    match kind {
        "source" => {
            let source = Source {
                kind: r.vocab("kind", vocab::SOURCE_KIND, true).unwrap_or_default(),
                file: r.opt_str("file").map(|s| s.0),
                publisher: s(r.str("publisher")),
                title: s(r.str("title")),
                date: r.when("date", false, true).map(|w| w.0).unwrap_or_default(),
                language: s(r.str("language")),
                machine_translated: r.bool("machine_translated"),
                about: r.text("about", true).unwrap_or_default(),
                credits: r.refs("credits"),
                derived: r.derived(&["date", "publisher", "title", "language", "machine_translated"]),
                meta,
            };
            data.sources.push(source);
        }
        "strand" => {
            let strand = Strand {
                name: r.text("name", true).unwrap_or_default(),
                about: r.text("about", true).unwrap_or_default(),
                sources: r.sources(),
                meta,
            };
            data.strands.push(strand);
        }
        "theme" => {
            let theme = Theme { name: r.text("name", true).unwrap_or_default(), sources: r.sources(), meta };
            data.themes.push(theme);
        }
        "unit" => {
            let unit = Unit {
                country: r.vocab("country", vocab::COUNTRY, true).unwrap_or_default(),
                name: r.text("name", true).unwrap_or_default(),
                is_city: r.bool("is_city"),
                old_names: r.strings("old_names"),
                sources: r.sources(),
                meta,
            };
            data.units.push(unit);
        }
        "place" => {
            let kind = r.vocab("kind", vocab::PLACE_KIND, true).unwrap_or_default();
            let name = r.text("name", true).unwrap_or_default();
            let country = r.vocab("country", vocab::COUNTRY, true).unwrap_or_default();
            let unit = r.one_ref("unit", true);
            let lat = r.number("lat", true);
            let lon = r.number("lon", true);
            let coords_ok = lat.is_some() && lon.is_some();
            let (lat, lon) = (lat.unwrap_or_default(), lon.unwrap_or_default());
            let aliases = r.strings("aliases");
            let sources = r.sources();
            let derived = r.derived(&["coords", "unit", "name", "aliases"]);
            if !derived.iter().any(|d| d.field == "coords") {
                let line = r.line;
                r.problem(
                    "derived.coords",
                    line,
                    String::new(),
                    "coordinates come from no source: say how they were derived",
                );
            }
            data.places.push(Place {
                meta,
                kind,
                name,
                country,
                unit,
                lat: lat.0,
                lon: lon.0,
                coords_line: lat.1,
                coords_ok,
                aliases,
                sources,
                derived,
            });
        }
        "organisation" => {
            let org = Organisation {
                kind: r.vocab("kind", vocab::ORG_KIND, true).unwrap_or_default(),
                name: r.text("name", true).unwrap_or_default(),
                short: r.opt_str("short").map(|s| s.0),
                aliases: r.strings("aliases"),
                derived: r.derived(&["name", "short", "country", "place"]),
                country: r.vocab("country", vocab::COUNTRY, false),
                place: r.one_ref("place", false),
                sources: r.sources(),
                meta,
            };
            data.organisations.push(org);
        }
        "person" => {
            let person = Person {
                name: r.text("name", true).unwrap_or_default(),
                title: r.text("title", true).unwrap_or_default(),
                country: r.vocab("country", vocab::COUNTRY, true).unwrap_or_default(),
                orgs: r.refs("orgs"),
                sources: r.sources(),
                derived: r.derived(&["name", "title"]),
                meta,
            };
            data.people.push(person);
        }
        "event" => {
            let strand = r.one_ref("strand", true).unwrap_or(Ref { id: String::new(), line: meta.line });
            let kind = r.vocab("kind", vocab::EVENT_KIND, true).unwrap_or_default();
            let title = r.text("title", true).unwrap_or_default();
            let title_short = r.text("title_short", false);
            let summary = r.text("summary", true).unwrap_or_default();
            let within = r.bool("within");
            let when = r.when("date", within, true);
            let when_ok = when.is_some();
            let when = when.unwrap_or((Default::default(), meta.line));
            let event = Event {
                strand,
                kind,
                title,
                title_short,
                summary,
                when: when.0,
                when_line: when.1,
                when_ok,
                daypart: r.vocab("daypart", vocab::DAYPART, false),
                status: r.vocab("status", vocab::STATUS, true).unwrap_or_default(),
                parent: r.one_ref("parent", false),
                places: r.refs("places"),
                people: r.people(),
                orgs: r.refs("orgs"),
                themes: r.refs("themes"),
                sources: r.sources(),
                derived: r.derived(&[
                    "date",
                    "daypart",
                    "places",
                    "parent",
                    "summary",
                    "title",
                    "title_short",
                    "people",
                    "kind",
                    "status",
                    "orgs",
                ]),
                meta,
            };
            data.events.push(event);
        }
        "partnership" => {
            let kind = r.vocab("kind", vocab::PARTNERSHIP_KIND, true).unwrap_or_default();
            let a = r.one_ref("a", false);
            let b = r.one_ref("b", false);
            let counterpart = r.text("counterpart", false);
            let line = r.line;
            match (&a, &b, &counterpart) {
                (Some(_), Some(_), Some(_)) => {
                    r.problem("counterpart", line, String::new(), "only for a side the source names no locality for")
                }
                (None, None, _) => r.problem("a", line, String::new(), "a partnership needs `a` or `b` (or both)"),
                (None, _, None) | (_, None, None) => r.problem(
                    if a.is_none() { "a" } else { "b" },
                    line,
                    String::new(),
                    "is missing (or say who the other side is in `counterpart`)",
                ),
                _ => {}
            }
            let partnership = Partnership {
                kind,
                a,
                b,
                counterpart,
                summary: r.text("summary", true).unwrap_or_default(),
                when: r.when("date", false, false).map(|w| w.0),
                status: r.vocab("status", vocab::PARTNERSHIP_STATUS, true).unwrap_or_default(),
                events: r.refs("events"),
                themes: r.refs("themes"),
                sources: r.sources(),
                derived: r.derived(&["date", "status", "summary", "counterpart", "a", "b"]),
                meta,
            };
            data.partnerships.push(partnership);
        }
        "figure" => {
            let value = r.number("value", true).unwrap_or_default();
            let max = r.number("max", false).map(|m| m.0);
            let qualifier = r.vocab("qualifier", vocab::QUALIFIER, true).unwrap_or_default();
            if qualifier == "range" && max.is_none_or(|m| m < value.0) {
                let line = value.1;
                r.problem("max", line, String::new(), "a range needs `max` no smaller than `value`");
            }
            let figure = Figure {
                value: value.0,
                max,
                qualifier,
                unit: r.vocab("unit", vocab::FIGURE_UNIT, true).unwrap_or_default(),
                measure: r.text("measure", true).unwrap_or_default(),
                as_of: r.when("as_of", false, true).map(|w| w.0).unwrap_or_default(),
                said_by: r.one_ref("said_by", false),
                event: r.one_ref("event", false),
                places: r.refs("places"),
                themes: r.refs("themes"),
                sources: r.sources(),
                derived: r.derived(&["as_of", "value", "measure", "qualifier", "said_by", "places", "event"]),
                meta,
            };
            data.figures.push(figure);
        }
        "quote" => {
            let text = s(r.str("text"));
            // `original.<lang>`: the cited words as their author said them, in place of our translation.
            let mut original: Option<(String, String)> = None;
            if let Some(v) = r.raw("original") {
                let line = r.at(v);
                match v.get_ref().as_table().map(|t| t.iter().collect::<Vec<_>>()).as_deref() {
                    Some([(k, x)]) if ["vi", "ja"].contains(&k.get_ref().as_ref()) => {
                        let (lang, l) = (k.get_ref().to_string(), r.at(x));
                        match x.get_ref().as_str() {
                            Some(x) if lang == "ja" && !x.chars().any(is_japanese) => {
                                r.problem("original.ja", l, x.into(), "Japanese text must contain Japanese script")
                            }
                            Some(x) if !x.trim().is_empty() => original = Some((lang, x.to_string())),
                            _ => r.problem(&format!("original.{lang}"), l, String::new(), "must be the words as said"),
                        }
                    }
                    _ => r.problem("original", line, show(v.get_ref()), "must be a table with one of vi or ja"),
                }
            }
            let (mut vi, mut ja) = (String::new(), String::new());
            let wanted: Vec<&str> =
                ["vi", "ja"].into_iter().filter(|l| original.as_ref().is_none_or(|(o, _)| o != l)).collect();
            match r.raw("translation") {
                None => r.missing("translation"),
                Some(v) => {
                    let line = r.at(v);
                    match v.get_ref().as_table() {
                        Some(t) => {
                            for (k, x) in t.iter() {
                                if !wanted.contains(&k.get_ref().as_ref()) {
                                    let msg = if ["vi", "ja"].contains(&k.get_ref().as_ref()) {
                                        "the quotation gives the original wording in this language"
                                    } else {
                                        "unknown language (use vi, ja)"
                                    };
                                    let l = r.at(x);
                                    r.problem(&format!("translation.{}", k.get_ref()), l, String::new(), msg);
                                }
                            }
                            for lang in wanted {
                                let field = format!("translation.{lang}");
                                let found = t.iter().find(|(k, _)| k.get_ref() == lang);
                                let l = found.map(|(_, v)| r.at(v)).unwrap_or(line);
                                match found.and_then(|(_, v)| v.get_ref().as_str()) {
                                    Some(x) if !x.trim().is_empty() => {
                                        if lang == "vi" {
                                            vi = x.to_string();
                                        } else if x.chars().any(is_japanese) {
                                            ja = x.to_string();
                                        } else {
                                            r.problem(
                                                &field,
                                                l,
                                                x.into(),
                                                "Japanese text must contain Japanese script",
                                            );
                                        }
                                    }
                                    _ => r.problem(&field, l, String::new(), "missing translation"),
                                }
                            }
                        }
                        None => r.problem("translation", line, show(v.get_ref()), "must be a table with vi and ja"),
                    }
                }
            }
            let original = original.map(|(lang, x)| {
                if lang == "vi" {
                    vi = x;
                } else {
                    ja = x;
                }
                lang
            });
            let speaker = r.one_ref("speaker", false);
            let cites = r.one_ref("cites", false);
            let speaker_note = r.text("speaker_note", false);
            let event = r.one_ref("event", false);
            let sources = r.sources();
            let derived = r.derived(&["text", "translation", "original", "speaker", "cites"]);
            if speaker.is_none() && speaker_note.is_none() {
                let line = r.line;
                r.problem("speaker", line, String::new(), "a quotation needs `speaker` or `speaker_note`");
            }
            if original.is_some() && !derived.iter().any(|d| d.field == "original") {
                let line = r.line;
                r.problem(
                    "derived.original",
                    line,
                    String::new(),
                    "the documents print English only: say where the original wording comes from",
                );
            }
            if let Some(c) = &cites
                && speaker.as_ref().is_some_and(|s| s.id == c.id)
            {
                r.problem("cites", c.line, c.id.clone(), "a speaker does not cite themselves");
            }
            data.quotes.push(Quote {
                meta,
                text,
                vi,
                ja,
                original,
                speaker,
                cites,
                speaker_note,
                event,
                sources,
                derived,
            });
        }
        _ => unreachable!("read_all only passes known kinds"),
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_are_one_based() {
        let l = Lines::new("a\nbc\n\nd");
        assert_eq!([l.line(0), l.line(2), l.line(3), l.line(5), l.line(6)], [1, 2, 2, 3, 4]);
    }
}
