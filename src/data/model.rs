//! The typed records of the dataset. `build.rs` generates `&'static` tables of these from `seeds/`.

use crate::lang::Lang;

/// One field in English, Vietnamese and Japanese (all three always present: checked at build time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub vi: &'static str,
    pub ja: &'static str,
}

impl Text {
    /// The field in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Vi => self.vi,
            Lang::Ja => self.ja,
        }
    }
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: i16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before), for arithmetic on the time axis.
    pub fn days_since_epoch(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (self.year as i32, self.month as i32, self.day as i32);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// ISO 8601 (`2025-11-25`).
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How much of a date the sources give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Exact day(s).
    Day,
    /// The month(s) only: `start` is the first day, `end` the last.
    Month,
    /// The year(s) only.
    Year,
    /// Some day inside `start..=end`; the sources do not say which.
    Within,
}

impl Precision {
    /// Its name, for `data-precision` on the timeline and the JSON export.
    pub const fn key(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Within => "within",
        }
    }
}

/// A first and last day, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl When {
    /// True for a single known day.
    pub fn is_single_day(&self) -> bool {
        self.precision == Precision::Day && self.start == self.end
    }
}

/// A field whose value was worked out rather than read off a source, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Derived {
    pub field: &'static str,
    pub note: &'static str,
}

macro_rules! vocab {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value as written in the seeds (also used in URLs and CSS classes).
            pub const fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
        }
    };
}

vocab!(
    /// A document from `shared/seeds/`, or reference data (code lists).
    SourceKind { Document = "document", Reference = "reference" }
);
vocab!(Country { Jp = "JP", Vn = "VN" });
vocab!(PlaceKind {
    Prefecture = "prefecture",
    Province = "province",
    City = "city",
    Town = "town",
    Venue = "venue",
    Facility = "facility",
    Area = "area",
});
vocab!(OrgKind {
    Government = "government",
    Ministry = "ministry",
    Agency = "agency",
    LocalGovernment = "local-government",
    Parliamentary = "parliamentary",
    Party = "party",
    University = "university",
    Company = "company",
    International = "international",
    Programme = "programme",
    Media = "media",
});
vocab!(EventKind {
    Visit = "visit",
    Talks = "talks",
    Ceremony = "ceremony",
    Press = "press",
    Programme = "programme",
    Reception = "reception",
    Lecture = "lecture",
    SiteVisit = "site-visit",
    CourtesyCall = "courtesy-call",
    Forum = "forum",
    Session = "session",
    Speech = "speech",
    Meeting = "meeting",
    Exhibition = "exhibition",
    Message = "message",
    Agreement = "agreement",
    Summit = "summit",
    Reform = "reform",
    Plan = "plan",
    Survey = "survey",
    Disaster = "disaster",
    Festival = "festival",
});
vocab!(
    /// A person's part in an event. `Announcer`: announced a plan (at talks or a forum) without a part
    /// in it that the sources describe.
    Role {
        Host = "host",
        Guest = "guest",
        Speaker = "speaker",
        Lecturer = "lecturer",
        Participant = "participant",
        Organiser = "organiser",
        Sender = "sender",
        Counterpart = "counterpart",
        Delegate = "delegate",
        Announcer = "announcer",
    }
);
vocab!(
    /// Whether an event took place or is planned. `Undated`: the documents name it (a festival held
    /// every year, one named in passing) but date no edition of it; its `when` is the date of a source
    /// that names it, and the app says so wherever it shows that date.
    Status { Held = "held", Planned = "planned", Undated = "undated" }
);
vocab!(Daypart { Morning = "morning", Afternoon = "afternoon" });
vocab!(PartnershipKind {
    Agreement = "agreement",
    Sister = "sister",
    EconomicExchange = "economic-exchange",
    JointProject = "joint-project",
    Festival = "festival",
    Cooperation = "cooperation",
});
vocab!(
    /// `Mentioned`: a document names the link but says nothing of its state.
    PartnershipStatus { Active = "active", Signed = "signed", Proposed = "proposed", Mentioned = "mentioned" }
);
vocab!(
    /// How a figure's value is qualified in the source ("over 110", "around 16,000"). `TensOf` and
    /// `HundredsOf` are orders of magnitude ("tens of millions": value 10,000,000).
    Qualifier {
        Exact = "exact",
        Over = "over",
        About = "about",
        Range = "range",
        TensOf = "tens-of",
        HundredsOf = "hundreds-of",
    }
);
vocab!(FigureUnit { Count = "count", Usd = "usd", Percent = "percent", Km = "km", Minutes = "minutes", Days = "days", Years = "years" });

macro_rules! ids {
    ($($(#[$m:meta])* $name:ident => $rec:ident in $table:ident;)+) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u16);
        impl $name {
            /// The record this id names.
            pub fn get(self) -> &'static $rec {
                &super::$table[self.0 as usize]
            }
        }
    )+};
}

ids! {
    /// Index into [`SOURCES`](super::SOURCES).
    SourceId => Source in SOURCES;
    /// Index into [`STRANDS`](super::STRANDS).
    StrandId => Strand in STRANDS;
    /// Index into [`THEMES`](super::THEMES).
    ThemeId => Theme in THEMES;
    /// Index into [`UNITS`](super::UNITS).
    UnitId => Unit in UNITS;
    /// Index into [`PLACES`](super::PLACES).
    PlaceId => Place in PLACES;
    /// Index into [`ORGANISATIONS`](super::ORGANISATIONS).
    OrgId => Organisation in ORGANISATIONS;
    /// Index into [`PEOPLE`](super::PEOPLE).
    PersonId => Person in PEOPLE;
    /// Index into [`EVENTS`](super::EVENTS).
    EventId => Event in EVENTS;
}

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub kind: SourceKind,
    /// File name in `shared/seeds/` (documents) or `shared/geo/`.
    pub file: Option<&'static str>,
    pub publisher: &'static str,
    /// Title as published (not translated).
    pub title: &'static str,
    pub date: When,
    pub language: &'static str,
    pub machine_translated: bool,
    /// What the document is, in our words.
    pub about: Text,
    /// Reporters and photographers the document names.
    pub credits: &'static [PersonId],
    pub derived: &'static [Derived],
}

/// One lane of the story: official visit, training, forum, partnerships, context and plans.
#[derive(Debug)]
pub struct Strand {
    pub id: &'static str,
    pub name: Text,
    pub about: Text,
    pub sources: &'static [SourceId],
}

#[derive(Debug)]
pub struct Theme {
    pub id: &'static str,
    pub name: Text,
    pub sources: &'static [SourceId],
}

/// A Japanese prefecture (`JP:10`) or one of Vietnam's 34 provincial units since 1 July 2025 (`VN:22`).
#[derive(Debug)]
pub struct Unit {
    pub id: &'static str,
    pub country: Country,
    pub name: Text,
    /// A centrally governed city (Vietnam).
    pub is_city: bool,
    /// Provinces merged into this unit on 1 July 2025 (Vietnam).
    pub old_names: &'static [&'static str],
    pub sources: &'static [SourceId],
}

#[derive(Debug)]
pub struct Place {
    pub id: &'static str,
    pub kind: PlaceKind,
    pub name: Text,
    pub country: Country,
    pub unit: UnitId,
    /// WGS84 degrees.
    pub lat: f64,
    pub lon: f64,
    /// Other spellings and former names the documents use.
    pub aliases: &'static [&'static str],
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

#[derive(Debug)]
pub struct Organisation {
    pub id: &'static str,
    pub kind: OrgKind,
    pub name: Text,
    pub short: Option<&'static str>,
    /// Other names and spellings the documents use.
    pub aliases: &'static [&'static str],
    pub derived: &'static [Derived],
    pub country: Option<Country>,
    pub place: Option<PlaceId>,
    pub sources: &'static [SourceId],
}

#[derive(Debug)]
pub struct Person {
    pub id: &'static str,
    pub name: Text,
    /// Title as the documents give it (2025).
    pub title: Text,
    pub country: Country,
    pub orgs: &'static [OrgId],
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

#[derive(Clone, Copy, Debug)]
pub struct Participant {
    pub person: PersonId,
    pub role: Role,
}

#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub strand: StrandId,
    pub kind: EventKind,
    pub title: Text,
    /// A shorter title for the timeline's bars, where the full one is long; the details keep `title`.
    pub title_short: Option<Text>,
    pub summary: Text,
    pub when: When,
    pub daypart: Option<Daypart>,
    pub status: Status,
    pub parent: Option<EventId>,
    pub places: &'static [PlaceId],
    pub people: &'static [Participant],
    pub orgs: &'static [OrgId],
    pub themes: &'static [ThemeId],
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

impl Event {
    /// The title for the timeline's bars: `title_short` where the seeds give one, else the title.
    pub fn short_title(&self, lang: Lang) -> &'static str {
        self.title_short.as_ref().unwrap_or(&self.title).get(lang)
    }
}

/// A link between a Japanese and a Vietnamese locality. Where a source names only one side
/// ("Hải Phòng wishes for ties with similar Japanese localities"), the other is `None` and
/// `counterpart` says in words who it is; such a link has nothing to draw on the map.
#[derive(Debug)]
pub struct Partnership {
    pub id: &'static str,
    pub kind: PartnershipKind,
    /// The Japanese locality.
    pub a: Option<PlaceId>,
    /// The Vietnamese locality.
    pub b: Option<PlaceId>,
    /// The side the source names no locality for, in words.
    pub counterpart: Option<Text>,
    pub summary: Text,
    pub when: Option<When>,
    pub status: PartnershipStatus,
    pub events: &'static [EventId],
    pub themes: &'static [ThemeId],
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

impl Partnership {
    /// The localities the source names: both ends, or the one it names.
    pub fn places(&self) -> impl Iterator<Item = PlaceId> {
        self.a.into_iter().chain(self.b)
    }

    /// Both ends, when the source names both (a link the map can draw).
    pub fn ends(&self) -> Option<(PlaceId, PlaceId)> {
        self.a.zip(self.b)
    }
}

/// A number a document gives.
#[derive(Debug)]
pub struct Figure {
    pub id: &'static str,
    pub value: f64,
    /// Upper end, for ranges ("1–2 years").
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: FigureUnit,
    /// What is counted or measured.
    pub measure: Text,
    pub as_of: When,
    pub said_by: Option<PersonId>,
    pub event: Option<EventId>,
    pub places: &'static [PlaceId],
    pub themes: &'static [ThemeId],
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

/// A short quotation, as printed by its source (English), with our translations.
#[derive(Debug)]
pub struct Quote {
    pub id: &'static str,
    pub text: &'static str,
    pub vi: &'static str,
    pub ja: &'static str,
    /// The language whose field (`vi` or `ja`) holds the cited words as their author said them, not
    /// our translation (a Japanese prime minister's motto, in her Japanese).
    pub original: Option<Lang>,
    /// Who said it at the event.
    pub speaker: Option<PersonId>,
    /// Whose words the speaker was quoting, when they were someone else's.
    pub cites: Option<PersonId>,
    pub speaker_note: Option<Text>,
    pub event: Option<EventId>,
    pub sources: &'static [SourceId],
    pub derived: &'static [Derived],
}

impl Quote {
    /// The words in `lang`: as printed (English), the author's own wording, or our translation.
    pub fn words(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.text,
            Lang::Vi => self.vi,
            Lang::Ja => self.ja,
        }
    }

    /// True when the words in `lang` are our translation (not the printed text or the author's own).
    pub fn is_translated(&self, lang: Lang) -> bool {
        lang != Lang::En && self.original != Some(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn days_since_epoch_known_points() {
        assert_eq!(Date::new(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(Date::new(2025, 11, 25).days_since_epoch(), 20_417);
        assert_eq!(Date::new(1969, 12, 31).days_since_epoch(), -1);
    }
}
