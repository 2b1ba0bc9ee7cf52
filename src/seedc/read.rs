//! First pass: deserialises each seed file's records with serde (`rows`), then checks each record on
//! its own and turns it into the typed record of `records`.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::Problem;
use super::date::{self, When};
use super::lenient::Lenient;
use super::records::*;
use super::rows::*;

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

fn is_japanese(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF66..=0xFF9F)
}

/// Checks one record: where it is, its id, and the problems found in it.
struct Rec<'a> {
    file: &'a str,
    lines: &'a Lines,
    id: String,
    line: usize,
    out: &'a mut Vec<Problem>,
}

impl Rec<'_> {
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

    fn at<T>(&self, v: &Spanned<T>) -> usize {
        self.lines.line(v.span().start)
    }

    fn opt_str(&mut self, key: &str, v: Str) -> Option<(String, usize)> {
        let v = v?;
        let line = self.at(&v);
        match v.into_inner().0 {
            Ok(s) if !s.trim().is_empty() => Some((s, line)),
            Ok(_) => {
                self.problem(key, line, String::new(), "must not be empty");
                None
            }
            Err(written) => {
                self.problem(key, line, written, "must be a string");
                None
            }
        }
    }

    fn str(&mut self, key: &str, v: Str) -> Option<(String, usize)> {
        if v.is_none() {
            self.missing(key);
        }
        self.opt_str(key, v)
    }

    fn vocab(&mut self, key: &str, v: Str, allowed: &[&str], required: bool) -> Option<String> {
        let (s, line) = if required { self.str(key, v)? } else { self.opt_str(key, v)? };
        if allowed.contains(&s.as_str()) {
            Some(s)
        } else {
            self.problem(key, line, s, &format!("must be one of: {}", allowed.join(", ")));
            None
        }
    }

    fn bool(&mut self, key: &str, v: Field<bool>) -> bool {
        let Some(v) = v else { return false };
        let line = self.at(&v);
        v.into_inner().0.unwrap_or_else(|written| {
            self.problem(key, line, written, "must be true or false");
            false
        })
    }

    fn number(&mut self, key: &str, v: Field<f64>, required: bool) -> Option<(f64, usize)> {
        let Some(v) = v else {
            if required {
                self.missing(key);
            }
            return None;
        };
        let line = self.at(&v);
        match v.into_inner().0 {
            Ok(n) if n.is_finite() => Some((n, line)),
            other => {
                self.problem(key, line, other.map_or_else(|written| written, |n| n.to_string()), "must be a number");
                None
            }
        }
    }

    fn when(&mut self, key: &str, v: Str, within: bool, required: bool) -> Option<(When, usize)> {
        let (s, line) = if required { self.str(key, v)? } else { self.opt_str(key, v)? };
        match date::parse_when(&s, within) {
            Ok(w) => Some((w, line)),
            Err(e) => {
                self.problem(key, line, s, &format!("invalid date: {e}"));
                None
            }
        }
    }

    /// A `{ en, vi, ja }` table. Every language must be there and non-empty; `ja` must be in Japanese script.
    fn text(&mut self, key: &str, v: Words, required: bool) -> Option<Text> {
        let Some(v) = v else {
            if required {
                self.missing(key);
            }
            return None;
        };
        let line = self.at(&v);
        let t = match v.into_inner().0 {
            Ok(t) => t.0,
            Err(written) => {
                self.problem(key, line, written, "must be a table with en, vi and ja");
                return None;
            }
        };
        for (k, v) in &t {
            if !["en", "vi", "ja"].contains(&k.as_str()) {
                let l = self.at(v);
                self.problem(&format!("{key}.{k}"), l, String::new(), "unknown language (use en, vi, ja)");
            }
        }
        let mut text = Text::default();
        let mut ok = true;
        for lang in ["en", "vi", "ja"] {
            let field = format!("{key}.{lang}");
            let Some((_, v)) = t.iter().find(|(k, _)| k == lang) else {
                self.problem(&field, line, String::new(), "missing translation");
                ok = false;
                continue;
            };
            let l = self.at(v);
            let s = match &v.get_ref().0 {
                Ok(s) => s.clone(),
                Err(written) => {
                    self.problem(&field, l, written.clone(), "must be a string");
                    ok = false;
                    continue;
                }
            };
            if s.trim().is_empty() {
                self.problem(&field, l, String::new(), "empty translation");
                ok = false;
                continue;
            }
            if lang == "ja" && !s.chars().any(is_japanese) {
                self.problem(&field, l, s.clone(), "Japanese text must contain Japanese script");
                ok = false;
            }
            match lang {
                "en" => text.en = s,
                "vi" => text.vi = s,
                _ => text.ja = s,
            }
        }
        ok.then_some(text)
    }

    /// An array of ids.
    fn refs(&mut self, key: &str, v: Ids) -> Vec<Ref> {
        let Some(v) = v else { return Vec::new() };
        let line = self.at(&v);
        let items = match v.into_inner().0 {
            Ok(items) => items,
            Err(written) => {
                self.problem(key, line, written, "must be a list of ids");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            let l = self.at(&item);
            match item.into_inner().0 {
                Ok(id) => out.push(Ref { id, line: l }),
                Err(written) => self.problem(key, l, written, "must be an id (a string)"),
            }
        }
        out
    }

    fn one_ref(&mut self, key: &str, v: Str, required: bool) -> Option<Ref> {
        let (id, line) = if required { self.str(key, v)? } else { self.opt_str(key, v)? };
        Some(Ref { id, line })
    }

    /// The `sources` list, which every record must have.
    fn sources(&mut self, v: Ids) -> Vec<Ref> {
        let present = v.is_some();
        let refs = self.refs("sources", v);
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

    fn strings(&mut self, key: &str, v: Ids) -> Vec<String> {
        self.refs(key, v).into_iter().map(|r| r.id).collect()
    }

    /// The `derived` table: field name → how its value was worked out.
    fn derived(&mut self, v: Words, fields: &[&str]) -> Vec<Derived> {
        let Some(v) = v else { return Vec::new() };
        let line = self.at(&v);
        let t = match v.into_inner().0 {
            Ok(t) => t.0,
            Err(written) => {
                self.problem("derived", line, written, "must be a table of field = \"how it was derived\"");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (field, v) in t {
            let l = self.at(&v);
            if !fields.contains(&field.as_str()) {
                self.problem(&format!("derived.{field}"), l, field.clone(), "names no field that can be derived here");
                continue;
            }
            match v.into_inner().0 {
                Ok(note) if !note.trim().is_empty() => out.push(Derived { field, note }),
                other => {
                    let written = other.err().unwrap_or_default();
                    self.problem(&format!("derived.{field}"), l, written, "must say how it was derived")
                }
            }
        }
        out
    }

    fn people(&mut self, v: Field<Vec<Spanned<Lenient<ParticipantRow>>>>) -> Vec<Participant> {
        let Some(v) = v else { return Vec::new() };
        let line = self.at(&v);
        let items = match v.into_inner().0 {
            Ok(items) => items,
            Err(written) => {
                self.problem("people", line, written, "must be a list of { id, role }");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            let l = self.at(&item);
            let p = match item.into_inner().0 {
                Ok(p) => p,
                Err(written) => {
                    self.problem("people", l, written, "must be { id = \"…\", role = \"…\" }");
                    continue;
                }
            };
            match (p.id.and_then(|v| v.0.ok()), p.role.and_then(|v| v.0.ok())) {
                (Some(id), Some(role)) if vocab::ROLE.contains(&role.as_str()) => {
                    out.push(Participant { person: Ref { id, line: l }, role })
                }
                (Some(_), Some(role)) => {
                    self.problem("people.role", l, role, &format!("must be one of: {}", vocab::ROLE.join(", ")))
                }
                _ => self.problem("people", l, "{…}".into(), "each entry needs a string `id` and `role`"),
            }
        }
        out
    }
}

/// A problem outside any record (or in one whose id is not known yet).
fn unplaced(file: &str, line: usize, field: &str, value: String, message: String) -> Problem {
    Problem { file: file.into(), line, record: "?".into(), field: field.into(), value, message }
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
                out.push(unplaced(file, line, "?", String::new(), format!("not valid TOML: {}", e.message().trim())));
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
                let message = format!("this file holds only [[{key}]] records");
                out.push(unplaced(file, lines.line(k.span().start), k.get_ref(), String::new(), message));
                continue;
            }
            let Some(items) = v.get_ref().as_array() else {
                let message = format!("write records as [[{key}]]");
                out.push(unplaced(file, lines.line(v.span().start), key, String::new(), message));
                continue;
            };
            let items: &[Spanned<DeValue<'_>>] = items;
            let d = &mut data;
            match key {
                "source" => read_rows(file, &lines, items, out, d, read_source),
                "strand" => read_rows(file, &lines, items, out, d, read_strand),
                "theme" => read_rows(file, &lines, items, out, d, read_theme),
                "unit" => read_rows(file, &lines, items, out, d, read_unit),
                "place" => read_rows(file, &lines, items, out, d, read_place),
                "organisation" => read_rows(file, &lines, items, out, d, read_organisation),
                "person" => read_rows(file, &lines, items, out, d, read_person),
                "event" => read_rows(file, &lines, items, out, d, read_event),
                "partnership" => read_rows(file, &lines, items, out, d, read_partnership),
                "figure" => read_rows(file, &lines, items, out, d, read_figure),
                _ => read_rows(file, &lines, items, out, d, read_quote),
            }
        }
    }
    data
}

/// Deserialises each record of one file as an `R` and hands it to `read`. The record is always kept,
/// with defaults for fields that failed, so that its other fields are still cross-checked; if any of
/// its fields failed, its id goes into `data.broken` and checks that would read a failed value
/// (parent dates, coordinates) skip it.
fn read_rows<R: Row>(
    file: &str,
    lines: &Lines,
    items: &[Spanned<DeValue<'_>>],
    out: &mut Vec<Problem>,
    data: &mut Dataset,
    read: fn(R, &mut Rec<'_>, &mut Dataset),
) {
    for item in items {
        let line = lines.line(item.span().start);
        // Every field of a row is optional and lenient, so only a value that is not a table fails.
        let row = Lenient::<R>::deserialize(ValueDeserializer::from(item.clone()));
        let mut row = match row.map_or_else(|_| Err(String::new()), |row| row.0) {
            Ok(row) => row,
            Err(value) => {
                out.push(unplaced(file, line, "?", value, "expected a table".into()));
                continue;
            }
        };
        let mut r = Rec { file, lines, id: "?".into(), line, out };
        match row.take_id() {
            Some(v) => {
                r.line = r.at(&v);
                match v.into_inner().0 {
                    Ok(id) => r.id = id,
                    Err(written) => r.problem("id", r.line, written, "must be a string"),
                }
            }
            None => r.missing("id"),
        }
        let before = r.out.len();
        let rest = row.take_rest();
        read(row, &mut r, data);
        if r.out.len() > before {
            data.broken.insert(r.id.clone());
        }
        let table = item.get_ref().as_table();
        for (field, Lenient(written)) in rest {
            let at = table.and_then(|t| t.iter().find(|(k, _)| k.get_ref() == &field)).map(|(_, v)| v.span().start);
            let value = match written {
                Ok(never) => match never {},
                Err(written) => written,
            };
            let line = at.map_or(r.line, |at| lines.line(at));
            r.problem(&field, line, value, "unknown field");
        }
    }
}

/// The string of a field that failed, or empty (the failure is already reported).
fn s(v: Option<(String, usize)>) -> String {
    v.map(|v| v.0).unwrap_or_default()
}

fn read_source(row: SourceRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let source = Source {
        kind: r.vocab("kind", row.kind, vocab::SOURCE_KIND, true).unwrap_or_default(),
        file: r.opt_str("file", row.file).map(|s| s.0),
        publisher: s(r.str("publisher", row.publisher)),
        title: s(r.str("title", row.title)),
        date: r.when("date", row.date, false, true).map(|w| w.0).unwrap_or_default(),
        language: s(r.str("language", row.language)),
        machine_translated: r.bool("machine_translated", row.machine_translated),
        about: r.text("about", row.about, true).unwrap_or_default(),
        credits: r.refs("credits", row.credits),
        derived: r.derived(row.derived, &["date", "publisher", "title", "language", "machine_translated"]),
        meta: r.meta(),
    };
    data.sources.push(source);
}

fn read_strand(row: StrandRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let strand = Strand {
        name: r.text("name", row.name, true).unwrap_or_default(),
        about: r.text("about", row.about, true).unwrap_or_default(),
        sources: r.sources(row.sources),
        meta: r.meta(),
    };
    data.strands.push(strand);
}

fn read_theme(row: ThemeRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let theme = Theme {
        name: r.text("name", row.name, true).unwrap_or_default(),
        sources: r.sources(row.sources),
        meta: r.meta(),
    };
    data.themes.push(theme);
}

fn read_unit(row: UnitRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let unit = Unit {
        country: r.vocab("country", row.country, vocab::COUNTRY, true).unwrap_or_default(),
        name: r.text("name", row.name, true).unwrap_or_default(),
        is_city: r.bool("is_city", row.is_city),
        old_names: r.strings("old_names", row.old_names),
        sources: r.sources(row.sources),
        meta: r.meta(),
    };
    data.units.push(unit);
}

fn read_place(row: PlaceRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let kind = r.vocab("kind", row.kind, vocab::PLACE_KIND, true).unwrap_or_default();
    let name = r.text("name", row.name, true).unwrap_or_default();
    let country = r.vocab("country", row.country, vocab::COUNTRY, true).unwrap_or_default();
    let unit = r.one_ref("unit", row.unit, true);
    let lat = r.number("lat", row.lat, true);
    let lon = r.number("lon", row.lon, true);
    let coords_ok = lat.is_some() && lon.is_some();
    let (lat, lon) = (lat.unwrap_or_default(), lon.unwrap_or_default());
    let aliases = r.strings("aliases", row.aliases);
    let sources = r.sources(row.sources);
    let derived = r.derived(row.derived, &["coords", "unit", "name", "aliases"]);
    if !derived.iter().any(|d| d.field == "coords") {
        let line = r.line;
        r.problem("derived.coords", line, String::new(), "coordinates come from no source: say how they were derived");
    }
    data.places.push(Place {
        meta: r.meta(),
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

fn read_organisation(row: OrganisationRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let org = Organisation {
        kind: r.vocab("kind", row.kind, vocab::ORG_KIND, true).unwrap_or_default(),
        name: r.text("name", row.name, true).unwrap_or_default(),
        short: r.opt_str("short", row.short).map(|s| s.0),
        aliases: r.strings("aliases", row.aliases),
        derived: r.derived(row.derived, &["name", "short", "country", "place"]),
        country: r.vocab("country", row.country, vocab::COUNTRY, false),
        place: r.one_ref("place", row.place, false),
        sources: r.sources(row.sources),
        meta: r.meta(),
    };
    data.organisations.push(org);
}

fn read_person(row: PersonRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let person = Person {
        name: r.text("name", row.name, true).unwrap_or_default(),
        title: r.text("title", row.title, true).unwrap_or_default(),
        country: r.vocab("country", row.country, vocab::COUNTRY, true).unwrap_or_default(),
        orgs: r.refs("orgs", row.orgs),
        sources: r.sources(row.sources),
        derived: r.derived(row.derived, &["name", "title"]),
        meta: r.meta(),
    };
    data.people.push(person);
}

fn read_event(row: EventRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let meta = r.meta();
    let strand = r.one_ref("strand", row.strand, true).unwrap_or(Ref { id: String::new(), line: meta.line });
    let within = r.bool("within", row.within);
    let when = r.when("date", row.date, within, true);
    let when_ok = when.is_some();
    let when = when.unwrap_or((Default::default(), meta.line));
    let event = Event {
        strand,
        kind: r.vocab("kind", row.kind, vocab::EVENT_KIND, true).unwrap_or_default(),
        title: r.text("title", row.title, true).unwrap_or_default(),
        title_short: r.text("title_short", row.title_short, false),
        summary: r.text("summary", row.summary, true).unwrap_or_default(),
        when: when.0,
        when_line: when.1,
        when_ok,
        daypart: r.vocab("daypart", row.daypart, vocab::DAYPART, false),
        status: r.vocab("status", row.status, vocab::STATUS, true).unwrap_or_default(),
        parent: r.one_ref("parent", row.parent, false),
        places: r.refs("places", row.places),
        people: r.people(row.people),
        orgs: r.refs("orgs", row.orgs),
        themes: r.refs("themes", row.themes),
        sources: r.sources(row.sources),
        derived: r.derived(
            row.derived,
            &[
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
            ],
        ),
        meta,
    };
    data.events.push(event);
}

fn read_partnership(row: PartnershipRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let kind = r.vocab("kind", row.kind, vocab::PARTNERSHIP_KIND, true).unwrap_or_default();
    let a = r.one_ref("a", row.a, false);
    let b = r.one_ref("b", row.b, false);
    let counterpart = r.text("counterpart", row.counterpart, false);
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
        summary: r.text("summary", row.summary, true).unwrap_or_default(),
        when: r.when("date", row.date, false, false).map(|w| w.0),
        status: r.vocab("status", row.status, vocab::PARTNERSHIP_STATUS, true).unwrap_or_default(),
        events: r.refs("events", row.events),
        themes: r.refs("themes", row.themes),
        sources: r.sources(row.sources),
        derived: r.derived(row.derived, &["date", "status", "summary", "counterpart", "a", "b"]),
        meta: r.meta(),
    };
    data.partnerships.push(partnership);
}

fn read_figure(row: FigureRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let value = r.number("value", row.value, true).unwrap_or_default();
    let max = r.number("max", row.max, false).map(|m| m.0);
    let qualifier = r.vocab("qualifier", row.qualifier, vocab::QUALIFIER, true).unwrap_or_default();
    if qualifier == "range" && max.is_none_or(|m| m < value.0) {
        r.problem("max", value.1, String::new(), "a range needs `max` no smaller than `value`");
    }
    let figure = Figure {
        value: value.0,
        max,
        qualifier,
        unit: r.vocab("unit", row.unit, vocab::FIGURE_UNIT, true).unwrap_or_default(),
        measure: r.text("measure", row.measure, true).unwrap_or_default(),
        as_of: r.when("as_of", row.as_of, false, true).map(|w| w.0).unwrap_or_default(),
        said_by: r.one_ref("said_by", row.said_by, false),
        event: r.one_ref("event", row.event, false),
        places: r.refs("places", row.places),
        themes: r.refs("themes", row.themes),
        sources: r.sources(row.sources),
        derived: r.derived(row.derived, &["as_of", "value", "measure", "qualifier", "said_by", "places", "event"]),
        meta: r.meta(),
    };
    data.figures.push(figure);
}

/// `original.<lang>`: the cited words as their author said them, in place of our translation.
fn read_original(r: &mut Rec<'_>, v: Words) -> Option<(String, String)> {
    let v = v?;
    let line = r.at(&v);
    match v.into_inner().0 {
        Ok(t) if t.0.len() == 1 && ["vi", "ja"].contains(&t.0[0].0.as_str()) => {
            let (lang, x) = t.0.into_iter().next().expect("one entry");
            let l = r.at(&x);
            match x.into_inner().0 {
                Ok(x) if lang == "ja" && !x.chars().any(is_japanese) => {
                    r.problem("original.ja", l, x, "Japanese text must contain Japanese script")
                }
                Ok(x) if !x.trim().is_empty() => return Some((lang, x)),
                _ => r.problem(&format!("original.{lang}"), l, String::new(), "must be the words as said"),
            }
        }
        Ok(_) => r.problem("original", line, "{…}".into(), "must be a table with one of vi or ja"),
        Err(written) => r.problem("original", line, written, "must be a table with one of vi or ja"),
    }
    None
}

/// `translation.<lang>`: our renderings into each of `wanted`; returns (vi, ja).
fn read_translation(r: &mut Rec<'_>, v: Words, wanted: &[&str]) -> (String, String) {
    let (mut vi, mut ja) = (String::new(), String::new());
    let Some(v) = v else {
        r.missing("translation");
        return (vi, ja);
    };
    let line = r.at(&v);
    let t = match v.into_inner().0 {
        Ok(t) => t.0,
        Err(written) => {
            r.problem("translation", line, written, "must be a table with vi and ja");
            return (vi, ja);
        }
    };
    for (k, x) in &t {
        if !wanted.contains(&k.as_str()) {
            let msg = if ["vi", "ja"].contains(&k.as_str()) {
                "the quotation gives the original wording in this language"
            } else {
                "unknown language (use vi, ja)"
            };
            let l = r.at(x);
            r.problem(&format!("translation.{k}"), l, String::new(), msg);
        }
    }
    for &lang in wanted {
        let field = format!("translation.{lang}");
        let found = t.iter().find(|(k, _)| k == lang).map(|(_, v)| v);
        let l = found.map_or(line, |v| r.at(v));
        match found.and_then(|v| v.get_ref().0.as_ref().ok()) {
            Some(x) if !x.trim().is_empty() => {
                if lang == "vi" {
                    vi = x.clone();
                } else if x.chars().any(is_japanese) {
                    ja = x.clone();
                } else {
                    r.problem(&field, l, x.clone(), "Japanese text must contain Japanese script");
                }
            }
            _ => r.problem(&field, l, String::new(), "missing translation"),
        }
    }
    (vi, ja)
}

fn read_quote(row: QuoteRow, r: &mut Rec<'_>, data: &mut Dataset) {
    let text = s(r.str("text", row.text));
    let original = read_original(r, row.original);
    let wanted: Vec<&str> =
        ["vi", "ja"].into_iter().filter(|l| original.as_ref().is_none_or(|(o, _)| o != l)).collect();
    let (mut vi, mut ja) = read_translation(r, row.translation, &wanted);
    let original = original.map(|(lang, x)| {
        if lang == "vi" {
            vi = x;
        } else {
            ja = x;
        }
        lang
    });
    let speaker = r.one_ref("speaker", row.speaker, false);
    let cites = r.one_ref("cites", row.cites, false);
    let speaker_note = r.text("speaker_note", row.speaker_note, false);
    let event = r.one_ref("event", row.event, false);
    let sources = r.sources(row.sources);
    let derived = r.derived(row.derived, &["text", "translation", "original", "speaker", "cites"]);
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
        meta: r.meta(),
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

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_are_one_based() {
        let l = Lines::new("a\nbc\n\nd");
        assert_eq!([l.line(0), l.line(2), l.line(3), l.line(5), l.line(6)], [1, 2, 2, 3, 4]);
    }
}
