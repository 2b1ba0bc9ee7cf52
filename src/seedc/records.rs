//! The records as read from the seeds (owned, with their source lines), and the closed vocabularies.

use super::date::When;

/// English, Vietnamese and Japanese forms of one field.
#[derive(Clone, Debug, Default)]
pub struct Text {
    pub en: String,
    pub vi: String,
    pub ja: String,
}

/// Where a record was written, and its id.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub id: String,
    pub file: String,
    pub line: usize,
}

/// A reference to another record by id, with the line it was written on.
#[derive(Clone, Debug)]
pub struct Ref {
    pub id: String,
    pub line: usize,
}

/// A field whose value was worked out rather than read off a source, and how.
#[derive(Clone, Debug)]
pub struct Derived {
    pub field: String,
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct Source {
    pub meta: Meta,
    pub kind: String,
    pub file: Option<String>,
    pub publisher: String,
    pub title: String,
    pub date: When,
    pub language: String,
    pub machine_translated: bool,
    pub about: Text,
    pub credits: Vec<Ref>,
    pub derived: Vec<Derived>,
}

#[derive(Clone, Debug)]
pub struct Strand {
    pub meta: Meta,
    pub name: Text,
    pub about: Text,
    pub sources: Vec<Ref>,
}

#[derive(Clone, Debug)]
pub struct Theme {
    pub meta: Meta,
    pub name: Text,
    pub sources: Vec<Ref>,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub meta: Meta,
    pub country: String,
    pub name: Text,
    pub is_city: bool,
    pub old_names: Vec<String>,
    pub sources: Vec<Ref>,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub meta: Meta,
    pub kind: String,
    pub name: Text,
    pub country: String,
    pub unit: Option<Ref>,
    pub lat: f64,
    pub lon: f64,
    pub coords_line: usize,
    /// False when `lat` or `lon` failed to read (already reported): the bounding-box check skips it.
    pub coords_ok: bool,
    pub aliases: Vec<String>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

#[derive(Clone, Debug)]
pub struct Organisation {
    pub meta: Meta,
    pub kind: String,
    pub name: Text,
    pub short: Option<String>,
    pub aliases: Vec<String>,
    pub derived: Vec<Derived>,
    pub country: Option<String>,
    pub place: Option<Ref>,
    pub sources: Vec<Ref>,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub meta: Meta,
    pub name: Text,
    pub title: Text,
    pub country: String,
    pub orgs: Vec<Ref>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

/// A person's part in an event.
#[derive(Clone, Debug)]
pub struct Participant {
    pub person: Ref,
    pub role: String,
}

#[derive(Clone, Debug)]
pub struct Event {
    pub meta: Meta,
    pub strand: Ref,
    pub kind: String,
    pub title: Text,
    /// A shorter title for the timeline's bars (the details keep `title`).
    pub title_short: Option<Text>,
    pub summary: Text,
    pub when: When,
    pub when_line: usize,
    /// False when `date` failed to read (already reported): the parent-dates check skips it.
    pub when_ok: bool,
    pub daypart: Option<String>,
    pub status: String,
    pub parent: Option<Ref>,
    pub places: Vec<Ref>,
    pub people: Vec<Participant>,
    pub orgs: Vec<Ref>,
    pub themes: Vec<Ref>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

#[derive(Clone, Debug)]
pub struct Partnership {
    pub meta: Meta,
    pub kind: String,
    /// The Japanese locality, when the source names one.
    pub a: Option<Ref>,
    /// The Vietnamese locality, when the source names one.
    pub b: Option<Ref>,
    /// The other side in words, where the source names no locality for it ("Japanese localities
    /// with similar features"). Exactly one of `a` and `b` may be missing, and only with this.
    pub counterpart: Option<Text>,
    pub summary: Text,
    pub when: Option<When>,
    pub status: String,
    pub events: Vec<Ref>,
    pub themes: Vec<Ref>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

#[derive(Clone, Debug)]
pub struct Figure {
    pub meta: Meta,
    pub value: f64,
    pub max: Option<f64>,
    pub qualifier: String,
    pub unit: String,
    pub measure: Text,
    pub as_of: When,
    pub said_by: Option<Ref>,
    pub event: Option<Ref>,
    pub places: Vec<Ref>,
    pub themes: Vec<Ref>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

#[derive(Clone, Debug)]
pub struct Quote {
    pub meta: Meta,
    /// The words as the source prints them (English; the source may itself be a translation).
    pub text: String,
    /// Our Vietnamese and Japanese renderings, marked as translations in the UI; or, for the language
    /// named by `original`, the cited words as their author said them.
    pub vi: String,
    pub ja: String,
    /// `vi` or `ja` when that field holds the cited person's own wording (`original.ja` in the seeds),
    /// not our translation.
    pub original: Option<String>,
    /// Who said it (at the event).
    pub speaker: Option<Ref>,
    /// Whose words the speaker was quoting, when they were someone else's.
    pub cites: Option<Ref>,
    /// Who spoke, when the source does not name them ("a participant").
    pub speaker_note: Option<Text>,
    pub event: Option<Ref>,
    pub sources: Vec<Ref>,
    pub derived: Vec<Derived>,
}

/// Everything read from the seeds.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub strands: Vec<Strand>,
    pub themes: Vec<Theme>,
    pub units: Vec<Unit>,
    pub places: Vec<Place>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub events: Vec<Event>,
    pub partnerships: Vec<Partnership>,
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
    /// Ids of records with a field that failed (already reported). They are kept so their other
    /// fields are still cross-checked, but checks that would read a failed value skip them.
    pub broken: std::collections::BTreeSet<String>,
}

/// Closed vocabularies: each allowed value becomes an enum variant in the generated code.
pub mod vocab {
    pub const SOURCE_KIND: &[&str] = &["document", "reference"];
    pub const COUNTRY: &[&str] = &["JP", "VN"];
    pub const PLACE_KIND: &[&str] = &["prefecture", "province", "city", "town", "venue", "facility", "area"];
    pub const ORG_KIND: &[&str] = &[
        "government",
        "ministry",
        "agency",
        "local-government",
        "parliamentary",
        "party",
        "university",
        "company",
        "international",
        "programme",
        "media",
    ];
    pub const EVENT_KIND: &[&str] = &[
        "visit",
        "talks",
        "ceremony",
        "press",
        "programme",
        "reception",
        "lecture",
        "site-visit",
        "courtesy-call",
        "forum",
        "session",
        "speech",
        "meeting",
        "exhibition",
        "message",
        "agreement",
        "summit",
        "reform",
        "plan",
        "survey",
        "disaster",
        "festival",
    ];
    pub const ROLE: &[&str] = &[
        "host",
        "guest",
        "speaker",
        "lecturer",
        "participant",
        "organiser",
        "sender",
        "counterpart",
        "delegate",
        "announcer",
    ];
    /// `undated`: the documents name the event (a festival held every year, one named in passing) but
    /// date no edition of it; its `date` is then the date of a source that names it.
    pub const STATUS: &[&str] = &["held", "planned", "undated"];
    pub const DAYPART: &[&str] = &["morning", "afternoon"];
    pub const PARTNERSHIP_KIND: &[&str] =
        &["agreement", "sister", "economic-exchange", "joint-project", "festival", "cooperation"];
    pub const PARTNERSHIP_STATUS: &[&str] = &["active", "signed", "proposed", "mentioned"];
    pub const QUALIFIER: &[&str] = &["exact", "over", "about", "range", "tens-of", "hundreds-of"];
    pub const FIGURE_UNIT: &[&str] = &["count", "usd", "percent", "km", "minutes", "days", "years"];
}
