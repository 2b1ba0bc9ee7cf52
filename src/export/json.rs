//! The whole dataset as one JSON document, serialised with serde: export-side view structs borrow
//! from the compiled tables and name references by id.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::data::{
    Derived, EVENTS, FIGURES, ORGANISATIONS, PARTNERSHIPS, PEOPLE, PLACES, QUOTES, SOURCES, STRANDS, SourceId, THEMES,
    Text, UNITS, When,
};

/// A text in the three languages.
#[derive(Serialize)]
struct Texts {
    en: &'static str,
    vi: &'static str,
    ja: &'static str,
}

fn texts(t: &Text) -> Texts {
    Texts { en: t.en, vi: t.vi, ja: t.ja }
}

/// A date or a span: ISO days and how precise they are.
#[derive(Serialize)]
struct Dates {
    start: String,
    end: String,
    precision: &'static str,
}

fn dates(w: &When) -> Dates {
    Dates { start: w.start.iso(), end: w.end.iso(), precision: w.precision.key() }
}

/// What was worked out rather than read off a source, as `{field: note}`.
struct Derivations(&'static [Derived]);

impl Serialize for Derivations {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for d in self.0 {
            m.serialize_entry(d.field, d.note)?;
        }
        m.end()
    }
}

impl Derivations {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A number as the data gives it: whole values (counts, money) without a trailing `.0`.
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

fn ids(s: &[SourceId]) -> Vec<&'static str> {
    s.iter().map(|s| s.get().id).collect()
}

#[derive(Serialize)]
struct SourceOut {
    id: &'static str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'static str>,
    publisher: &'static str,
    title: &'static str,
    date: Dates,
    language: &'static str,
    machine_translated: bool,
    about: Texts,
    credits: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct StrandOut {
    id: &'static str,
    name: Texts,
    about: Texts,
    sources: Vec<&'static str>,
}

#[derive(Serialize)]
struct ThemeOut {
    id: &'static str,
    name: Texts,
    sources: Vec<&'static str>,
}

#[derive(Serialize)]
struct UnitOut {
    id: &'static str,
    country: &'static str,
    name: Texts,
    is_city: bool,
    old_names: &'static [&'static str],
    sources: Vec<&'static str>,
}

#[derive(Serialize)]
struct PlaceOut {
    id: &'static str,
    kind: &'static str,
    name: Texts,
    country: &'static str,
    unit: &'static str,
    #[serde(serialize_with = "number")]
    lat: f64,
    #[serde(serialize_with = "number")]
    lon: f64,
    aliases: &'static [&'static str],
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct OrganisationOut {
    id: &'static str,
    kind: &'static str,
    name: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    short: Option<&'static str>,
    aliases: &'static [&'static str],
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct PersonOut {
    id: &'static str,
    name: Texts,
    title: Texts,
    country: &'static str,
    orgs: Vec<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct ParticipantOut {
    person: &'static str,
    role: &'static str,
}

#[derive(Serialize)]
struct EventOut {
    id: &'static str,
    strand: &'static str,
    kind: &'static str,
    title: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_short: Option<Texts>,
    summary: Texts,
    when: Dates,
    #[serde(skip_serializing_if = "Option::is_none")]
    daypart: Option<&'static str>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'static str>,
    places: Vec<&'static str>,
    people: Vec<ParticipantOut>,
    orgs: Vec<&'static str>,
    themes: Vec<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct PartnershipOut {
    id: &'static str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    a: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    b: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counterpart: Option<Texts>,
    summary: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    when: Option<Dates>,
    status: &'static str,
    events: Vec<&'static str>,
    themes: Vec<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct FigureOut {
    id: &'static str,
    #[serde(serialize_with = "number")]
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_number")]
    max: Option<f64>,
    qualifier: &'static str,
    unit: &'static str,
    measure: Texts,
    as_of: Dates,
    #[serde(skip_serializing_if = "Option::is_none")]
    said_by: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'static str>,
    places: Vec<&'static str>,
    themes: Vec<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

#[derive(Serialize)]
struct QuoteOut {
    id: &'static str,
    text: &'static str,
    vi: &'static str,
    ja: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    original: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cites: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_note: Option<Texts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'static str>,
    sources: Vec<&'static str>,
    #[serde(skip_serializing_if = "Derivations::is_empty")]
    derived: Derivations,
}

/// The document: every table, in this order.
#[derive(Serialize)]
struct Dataset {
    title: &'static str,
    note: &'static str,
    sources: Vec<SourceOut>,
    strands: Vec<StrandOut>,
    themes: Vec<ThemeOut>,
    units: Vec<UnitOut>,
    places: Vec<PlaceOut>,
    organisations: Vec<OrganisationOut>,
    people: Vec<PersonOut>,
    events: Vec<EventOut>,
    partnerships: Vec<PartnershipOut>,
    figures: Vec<FigureOut>,
    quotes: Vec<QuoteOut>,
}

fn dataset() -> Dataset {
    Dataset {
        title: "Vietnam–Japan 2025: the cooperation year",
        note: "Every record cites its sources (ids into `sources`); `derived` says which values were worked out rather than read off a source, and how.",
        sources: SOURCES
            .iter()
            .map(|s| SourceOut {
                id: s.id,
                kind: s.kind.key(),
                file: s.file,
                publisher: s.publisher,
                title: s.title,
                date: dates(&s.date),
                language: s.language,
                machine_translated: s.machine_translated,
                about: texts(&s.about),
                credits: s.credits.iter().map(|p| p.get().id).collect(),
                derived: Derivations(s.derived),
            })
            .collect(),
        strands: STRANDS
            .iter()
            .map(|s| StrandOut { id: s.id, name: texts(&s.name), about: texts(&s.about), sources: ids(s.sources) })
            .collect(),
        themes: THEMES.iter().map(|t| ThemeOut { id: t.id, name: texts(&t.name), sources: ids(t.sources) }).collect(),
        units: UNITS
            .iter()
            .map(|u| UnitOut {
                id: u.id,
                country: u.country.key(),
                name: texts(&u.name),
                is_city: u.is_city,
                old_names: u.old_names,
                sources: ids(u.sources),
            })
            .collect(),
        places: PLACES
            .iter()
            .map(|p| PlaceOut {
                id: p.id,
                kind: p.kind.key(),
                name: texts(&p.name),
                country: p.country.key(),
                unit: p.unit.get().id,
                lat: p.lat,
                lon: p.lon,
                aliases: p.aliases,
                sources: ids(p.sources),
                derived: Derivations(p.derived),
            })
            .collect(),
        organisations: ORGANISATIONS
            .iter()
            .map(|o| OrganisationOut {
                id: o.id,
                kind: o.kind.key(),
                name: texts(&o.name),
                short: o.short,
                aliases: o.aliases,
                country: o.country.map(|c| c.key()),
                place: o.place.map(|p| p.get().id),
                sources: ids(o.sources),
                derived: Derivations(o.derived),
            })
            .collect(),
        people: PEOPLE
            .iter()
            .map(|p| PersonOut {
                id: p.id,
                name: texts(&p.name),
                title: texts(&p.title),
                country: p.country.key(),
                orgs: p.orgs.iter().map(|o| o.get().id).collect(),
                sources: ids(p.sources),
                derived: Derivations(p.derived),
            })
            .collect(),
        events: EVENTS
            .iter()
            .map(|e| EventOut {
                id: e.id,
                strand: e.strand.get().id,
                kind: e.kind.key(),
                title: texts(&e.title),
                title_short: e.title_short.as_ref().map(texts),
                summary: texts(&e.summary),
                when: dates(&e.when),
                daypart: e.daypart.map(|d| d.key()),
                status: e.status.key(),
                parent: e.parent.map(|p| p.get().id),
                places: e.places.iter().map(|p| p.get().id).collect(),
                people: e
                    .people
                    .iter()
                    .map(|p| ParticipantOut { person: p.person.get().id, role: p.role.key() })
                    .collect(),
                orgs: e.orgs.iter().map(|o| o.get().id).collect(),
                themes: e.themes.iter().map(|t| t.get().id).collect(),
                sources: ids(e.sources),
                derived: Derivations(e.derived),
            })
            .collect(),
        partnerships: PARTNERSHIPS
            .iter()
            .map(|p| PartnershipOut {
                id: p.id,
                kind: p.kind.key(),
                a: p.a.map(|x| x.get().id),
                b: p.b.map(|x| x.get().id),
                counterpart: p.counterpart.as_ref().map(texts),
                summary: texts(&p.summary),
                when: p.when.as_ref().map(dates),
                status: p.status.key(),
                events: p.events.iter().map(|e| e.get().id).collect(),
                themes: p.themes.iter().map(|t| t.get().id).collect(),
                sources: ids(p.sources),
                derived: Derivations(p.derived),
            })
            .collect(),
        figures: FIGURES
            .iter()
            .map(|f| FigureOut {
                id: f.id,
                value: f.value,
                max: f.max,
                qualifier: f.qualifier.key(),
                unit: f.unit.key(),
                measure: texts(&f.measure),
                as_of: dates(&f.as_of),
                said_by: f.said_by.map(|p| p.get().id),
                event: f.event.map(|e| e.get().id),
                places: f.places.iter().map(|p| p.get().id).collect(),
                themes: f.themes.iter().map(|t| t.get().id).collect(),
                sources: ids(f.sources),
                derived: Derivations(f.derived),
            })
            .collect(),
        quotes: QUOTES
            .iter()
            .map(|q| QuoteOut {
                id: q.id,
                text: q.text,
                vi: q.vi,
                ja: q.ja,
                original: q.original.map(|l| l.tag()),
                speaker: q.speaker.map(|p| p.get().id),
                cites: q.cites.map(|p| p.get().id),
                speaker_note: q.speaker_note.as_ref().map(texts),
                event: q.event.map(|e| e.get().id),
                sources: ids(q.sources),
                derived: Derivations(q.derived),
            })
            .collect(),
    }
}

/// The whole dataset as one JSON document: every table, references by id, texts in all three
/// languages, sources with their files, and a note on every derived value.
pub fn json() -> String {
    // Only strings, booleans, numbers, lists and maps: serialising them cannot fail.
    serde_json::to_string(&dataset()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    // What a reader of the file would declare: the types the JSON is parsed back into.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TextsIn {
        en: String,
        vi: String,
        ja: String,
    }
    #[derive(Deserialize)]
    struct DatesIn {
        start: String,
        end: String,
        precision: String,
    }
    #[derive(Deserialize)]
    struct SourceIn {
        id: String,
        file: Option<String>,
        date: DatesIn,
    }
    #[derive(Deserialize)]
    struct PlaceIn {
        id: String,
        lat: f64,
        lon: f64,
        sources: Vec<String>,
        derived: Option<BTreeMap<String, String>>,
    }
    #[derive(Deserialize)]
    struct EventIn {
        id: String,
        title: TextsIn,
        title_short: Option<TextsIn>,
        when: DatesIn,
        status: String,
        parent: Option<String>,
        places: Vec<String>,
        sources: Vec<String>,
    }
    #[derive(Deserialize)]
    struct FigureIn {
        id: String,
        value: f64,
        max: Option<f64>,
        sources: Vec<String>,
    }
    #[derive(Deserialize)]
    struct WithSources {
        id: String,
        sources: Vec<String>,
    }
    #[derive(Deserialize)]
    struct DatasetIn {
        title: String,
        sources: Vec<SourceIn>,
        strands: Vec<WithSources>,
        themes: Vec<WithSources>,
        units: Vec<WithSources>,
        places: Vec<PlaceIn>,
        organisations: Vec<WithSources>,
        people: Vec<WithSources>,
        events: Vec<EventIn>,
        partnerships: Vec<WithSources>,
        figures: Vec<FigureIn>,
        quotes: Vec<WithSources>,
    }

    #[test]
    fn the_json_round_trips_through_typed_records() {
        let d: DatasetIn = serde_json::from_str(&json()).expect("the export parses as the dataset");
        assert_eq!(d.title, "Vietnam–Japan 2025: the cooperation year");
        assert_eq!(d.sources.len(), SOURCES.len());
        assert_eq!(d.strands.len(), STRANDS.len());
        assert_eq!(d.themes.len(), THEMES.len());
        assert_eq!(d.units.len(), UNITS.len());
        assert_eq!(d.places.len(), PLACES.len());
        assert_eq!(d.organisations.len(), ORGANISATIONS.len());
        assert_eq!(d.people.len(), PEOPLE.len());
        assert_eq!(d.events.len(), EVENTS.len());
        assert_eq!(d.partnerships.len(), PARTNERSHIPS.len());
        assert_eq!(d.figures.len(), FIGURES.len());
        assert_eq!(d.quotes.len(), QUOTES.len());
        // Every record, in table order, with its own fields.
        for (e, got) in EVENTS.iter().zip(&d.events) {
            assert_eq!(got.id, e.id);
            assert_eq!(
                (got.title.en.as_str(), got.title.vi.as_str(), got.title.ja.as_str()),
                (e.title.en, e.title.vi, e.title.ja)
            );
            assert_eq!(got.title_short.as_ref().map(|t| t.en.as_str()), e.title_short.as_ref().map(|t| t.en));
            assert_eq!((got.when.start.clone(), got.when.end.clone()), (e.when.start.iso(), e.when.end.iso()));
            assert_eq!(got.status, e.status.key());
            assert_eq!(got.parent.as_deref(), e.parent.map(|p| p.get().id));
            assert_eq!(got.places, e.places.iter().map(|p| p.get().id).collect::<Vec<_>>());
        }
        for (p, got) in PLACES.iter().zip(&d.places) {
            assert_eq!((got.id.as_str(), got.lat, got.lon), (p.id, p.lat, p.lon), "coordinates exact");
            assert_eq!(got.derived.as_ref().map_or(0, BTreeMap::len), p.derived.len());
        }
        for (f, got) in FIGURES.iter().zip(&d.figures) {
            assert_eq!((got.id.as_str(), got.value, got.max), (f.id, f.value, f.max), "values exact");
        }
        for (s, got) in SOURCES.iter().zip(&d.sources) {
            assert_eq!((got.id.as_str(), got.file.as_deref()), (s.id, s.file));
            assert_eq!(got.date.start, s.date.start.iso());
        }
        // Every reference to a source names one.
        let source_ids: Vec<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
        let cited = d.events.iter().map(|e| (&e.id, &e.sources)).chain(d.places.iter().map(|p| (&p.id, &p.sources)));
        let cited = cited
            .chain(d.figures.iter().map(|f| (&f.id, &f.sources)))
            .chain(d.people.iter().chain(&d.quotes).chain(&d.partnerships).map(|r| (&r.id, &r.sources)));
        for (id, sources) in cited {
            assert!(!sources.is_empty(), "{id} cites a source");
            assert!(sources.iter().all(|s| source_ids.contains(&s.as_str())), "{id}");
        }
        let forum = d.events.iter().find(|e| e.id == "forum-2025").expect("the forum");
        assert_eq!((forum.when.start.as_str(), forum.when.precision.as_str()), ("2025-11-25", "day"));
        assert!(forum.title.ja.contains("フォーラム"));
        assert!(d.places.iter().any(|p| p.derived.is_some()), "derivations are kept");
    }

    #[test]
    fn absent_values_are_left_out_not_null() {
        let s = json();
        assert!(!s.contains(":null"));
        assert!(!s.contains("\"derived\":{}"));
        assert!(s.contains("\"title_short\":{\"en\":"));
        // Whole numbers as integers, the rest as the data has them.
        assert!(s.contains("\"value\":13,") && !s.contains(".0,"), "no trailing .0");
    }
}
