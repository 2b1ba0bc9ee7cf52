//! Second pass: ids, cross-references, dates against parents, coordinates against countries.

use std::collections::HashMap;

use super::Problem;
use super::records::*;

/// The GSO codes of Vietnam's 34 provincial units since 1 July 2025 (`shared/geo/vietnam-34-provinces.csv`).
pub const VN_GSO_CODES: [&str; 34] = [
    "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44",
    "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
];

/// Rough bounding boxes (lat min, lat max, lon min, lon max), wide enough for outlying islands:
/// Japan from Okinotorishima to Hokkaido's Northern Territories; Vietnam including Trường Sa and Hoàng Sa.
fn bbox(country: &str) -> (f64, f64, f64, f64) {
    match country {
        "JP" => (20.0, 45.8, 122.0, 154.0),
        _ => (6.0, 23.5, 102.0, 117.9),
    }
}

fn valid_id(kind: &str, id: &str) -> bool {
    if kind == "unit" {
        return match id.split_once(':') {
            Some(("JP", n)) => n.len() == 2 && n.parse::<u32>().is_ok_and(|n| (1..=47).contains(&n)),
            Some(("VN", n)) => VN_GSO_CODES.contains(&n),
            _ => false,
        };
    }
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

struct Index<'d> {
    kinds: HashMap<&'d str, &'static str>,
}

struct Checker<'d, 'p> {
    index: Index<'d>,
    out: &'p mut Vec<Problem>,
}

impl Checker<'_, '_> {
    fn problem(&mut self, meta: &Meta, line: usize, field: &str, value: &str, message: &str) {
        self.out.push(Problem {
            file: meta.file.clone(),
            line,
            record: meta.id.clone(),
            field: field.into(),
            value: value.into(),
            message: message.into(),
        });
    }

    /// Checks that `r` names a record of kind `want`.
    fn resolve(&mut self, meta: &Meta, field: &str, r: &Ref, want: &str) -> bool {
        match self.index.kinds.get(r.id.as_str()) {
            Some(k) if *k == want => true,
            Some(k) => {
                let msg = format!("refers to a {k}, expected a {want}");
                self.problem(meta, r.line, field, &r.id, &msg);
                false
            }
            None => {
                let msg = format!("refers to no {want}");
                self.problem(meta, r.line, field, &r.id, &msg);
                false
            }
        }
    }

    fn resolve_all(&mut self, meta: &Meta, field: &str, refs: &[Ref], want: &str) {
        let mut seen = Vec::new();
        for r in refs {
            if seen.contains(&r.id) {
                self.problem(meta, r.line, field, &r.id, "listed twice");
            }
            seen.push(r.id.clone());
            self.resolve(meta, field, r, want);
        }
    }
}

pub fn check(d: &Dataset, out: &mut Vec<Problem>) {
    // Ids: well formed and unique across every kind (a URL names a record by id alone).
    let mut kinds: HashMap<&str, &'static str> = HashMap::new();
    let mut first: HashMap<&str, &Meta> = HashMap::new();
    let metas = d
        .sources
        .iter()
        .map(|r| ("source", &r.meta))
        .chain(d.strands.iter().map(|r| ("strand", &r.meta)))
        .chain(d.themes.iter().map(|r| ("theme", &r.meta)))
        .chain(d.units.iter().map(|r| ("unit", &r.meta)))
        .chain(d.places.iter().map(|r| ("place", &r.meta)))
        .chain(d.organisations.iter().map(|r| ("organisation", &r.meta)))
        .chain(d.people.iter().map(|r| ("person", &r.meta)))
        .chain(d.events.iter().map(|r| ("event", &r.meta)))
        .chain(d.partnerships.iter().map(|r| ("partnership", &r.meta)))
        .chain(d.figures.iter().map(|r| ("figure", &r.meta)))
        .chain(d.quotes.iter().map(|r| ("quote", &r.meta)));
    for (kind, meta) in metas {
        if meta.id == "?" {
            continue;
        }
        if !valid_id(kind, &meta.id) {
            let msg = if kind == "unit" {
                "a unit id is JP:01…JP:47 or VN: and a GSO code of the 34 provincial units"
            } else {
                "ids are lowercase words of a–z and 0–9 joined by single hyphens"
            };
            out.push(Problem {
                file: meta.file.clone(),
                line: meta.line,
                record: meta.id.clone(),
                field: "id".into(),
                value: meta.id.clone(),
                message: msg.into(),
            });
        }
        if let Some(prev) = first.get(meta.id.as_str()) {
            out.push(Problem {
                file: meta.file.clone(),
                line: meta.line,
                record: meta.id.clone(),
                field: "id".into(),
                value: meta.id.clone(),
                message: format!("duplicate id (first used at seeds/{}:{})", prev.file, prev.line),
            });
            continue;
        }
        first.insert(&meta.id, meta);
        kinds.insert(&meta.id, kind);
    }
    let mut c = Checker { index: Index { kinds }, out };

    for s in &d.sources {
        c.resolve_all(&s.meta, "credits", &s.credits, "person");
    }
    for s in &d.strands {
        c.resolve_all(&s.meta, "sources", &s.sources, "source");
    }
    for t in &d.themes {
        c.resolve_all(&t.meta, "sources", &t.sources, "source");
    }
    for u in &d.units {
        c.resolve_all(&u.meta, "sources", &u.sources, "source");
        if !u.meta.id.starts_with(&format!("{}:", u.country)) {
            let line = u.meta.line;
            c.problem(&u.meta, line, "country", &u.country, "does not match the unit id's country");
        }
    }
    let units: HashMap<&str, &Unit> = d.units.iter().map(|u| (u.meta.id.as_str(), u)).collect();
    for p in &d.places {
        c.resolve_all(&p.meta, "sources", &p.sources, "source");
        if let Some(u) = &p.unit
            && c.resolve(&p.meta, "unit", u, "unit")
            && !d.broken.contains(&p.meta.id)
            && units.get(u.id.as_str()).is_some_and(|u| u.country != p.country)
        {
            c.problem(&p.meta, u.line, "unit", &u.id, "lies in another country than the place");
        }
        let (la0, la1, lo0, lo1) = bbox(&p.country);
        if !p.coords_ok {
            continue;
        }
        if !(la0..=la1).contains(&p.lat) || !(lo0..=lo1).contains(&p.lon) {
            let msg = format!("lies outside {}'s bounding box (lat {la0}…{la1}, lon {lo0}…{lo1})", p.country);
            c.problem(&p.meta, p.coords_line, "lat/lon", &format!("{}, {}", p.lat, p.lon), &msg);
        }
    }
    for o in &d.organisations {
        c.resolve_all(&o.meta, "sources", &o.sources, "source");
        c.resolve_all(&o.meta, "place", o.place.as_slice(), "place");
    }
    for p in &d.people {
        c.resolve_all(&p.meta, "sources", &p.sources, "source");
        c.resolve_all(&p.meta, "orgs", &p.orgs, "organisation");
    }
    let events: HashMap<&str, &Event> = d.events.iter().map(|e| (e.meta.id.as_str(), e)).collect();
    let sources: HashMap<&str, &Source> = d.sources.iter().map(|s| (s.meta.id.as_str(), s)).collect();
    for e in &d.events {
        c.resolve_all(&e.meta, "sources", &e.sources, "source");
        if !e.strand.id.is_empty() {
            c.resolve(&e.meta, "strand", &e.strand, "strand");
        }
        c.resolve_all(&e.meta, "places", &e.places, "place");
        c.resolve_all(&e.meta, "orgs", &e.orgs, "organisation");
        c.resolve_all(&e.meta, "themes", &e.themes, "theme");
        let people: Vec<Ref> = e.people.iter().map(|p| p.person.clone()).collect();
        c.resolve_all(&e.meta, "people", &people, "person");
        // An event with no dated edition is shown at the date of a report that names it: that date
        // must be one of its sources' own, or the record would assert an edition nobody reports.
        if e.status == "undated" && e.when_ok {
            let dated_by_a_source =
                e.sources.iter().any(|r| sources.get(r.id.as_str()).is_some_and(|s| s.date == e.when));
            if !dated_by_a_source {
                let value = format!("{}…{}", fmt_date(e.when.start), fmt_date(e.when.end));
                c.problem(
                    &e.meta,
                    e.when_line,
                    "date",
                    &value,
                    "an undated event is shown at the date of a source that names it: use one of its sources' dates",
                );
            }
        }
        if let Some(parent) = &e.parent {
            if parent.id == e.meta.id {
                c.problem(&e.meta, parent.line, "parent", &parent.id, "an event cannot be its own parent");
            } else if c.resolve(&e.meta, "parent", parent, "event")
                && let Some(&p) = events.get(parent.id.as_str())
            {
                let dates_known = p.when_ok && e.when_ok;
                if dates_known && !p.when.contains(&e.when) {
                    let msg = format!(
                        "lies outside its parent `{}` ({}…{})",
                        p.meta.id,
                        fmt_date(p.when.start),
                        fmt_date(p.when.end)
                    );
                    let value = format!("{}…{}", fmt_date(e.when.start), fmt_date(e.when.end));
                    c.problem(&e.meta, e.when_line, "date", &value, &msg);
                }
                // Walk up: a cycle would loop forever in every view that nests events.
                let mut seen = vec![e.meta.id.as_str()];
                let mut cur = Some(p);
                while let Some(x) = cur {
                    if seen.contains(&x.meta.id.as_str()) {
                        c.problem(&e.meta, parent.line, "parent", &parent.id, "parents form a cycle");
                        break;
                    }
                    seen.push(&x.meta.id);
                    cur = x.parent.as_ref().and_then(|r| events.get(r.id.as_str()).copied());
                }
            }
        }
    }
    for p in &d.partnerships {
        c.resolve_all(&p.meta, "sources", &p.sources, "source");
        for (field, side) in [("a", &p.a), ("b", &p.b)] {
            if let Some(side) = side {
                c.resolve(&p.meta, field, side, "place");
            }
        }
        c.resolve_all(&p.meta, "events", &p.events, "event");
        c.resolve_all(&p.meta, "themes", &p.themes, "theme");
    }
    for f in &d.figures {
        c.resolve_all(&f.meta, "sources", &f.sources, "source");
        c.resolve_all(&f.meta, "said_by", f.said_by.as_slice(), "person");
        c.resolve_all(&f.meta, "event", f.event.as_slice(), "event");
        c.resolve_all(&f.meta, "places", &f.places, "place");
        c.resolve_all(&f.meta, "themes", &f.themes, "theme");
    }
    for q in &d.quotes {
        c.resolve_all(&q.meta, "sources", &q.sources, "source");
        c.resolve_all(&q.meta, "speaker", q.speaker.as_slice(), "person");
        c.resolve_all(&q.meta, "cites", q.cites.as_slice(), "person");
        c.resolve_all(&q.meta, "event", q.event.as_slice(), "event");
    }
}

fn fmt_date(d: super::date::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}
