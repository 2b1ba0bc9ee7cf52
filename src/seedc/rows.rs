//! The seed files' records as serde reads them: every field optional, spanned and lenient, so that
//! `read` can report every missing or badly typed field of a record, not just the first.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::lenient::{Entries, Lenient, Unwanted};

/// A field as written: absent, or where it was written and its value (of the wanted type or not).
pub type Field<T> = Option<Spanned<Lenient<T>>>;
/// A string field (ids, references, vocabularies and dates are strings too).
pub type Str = Field<String>;
/// A table of strings by key: `{ en, vi, ja }` texts, `derived` notes by field name.
pub type Words = Field<Entries<Spanned<Lenient<String>>>>;
/// A list of ids.
pub type Ids = Field<Vec<Spanned<Lenient<String>>>>;
/// The keys no field of the record asked for, reported as unknown.
pub type Rest = BTreeMap<String, Lenient<Unwanted>>;

/// What every record has: an id, and perhaps keys nobody asked for.
pub trait Row: DeserializeOwned {
    fn take_id(&mut self) -> Str;
    fn take_rest(&mut self) -> Rest;
}

/// Declares each kind's row: its id, its fields, and the keys nobody asked for.
macro_rules! rows {
    ($($(#[$doc:meta])* $row:ident { $($(#[$fdoc:meta])* $field:ident: $ty:ty,)* })*) => {$(
        $(#[$doc])*
        #[derive(Deserialize)]
        pub struct $row {
            pub id: Str,
            $($(#[$fdoc])* pub $field: $ty,)*
            #[serde(flatten)]
            pub rest: Rest,
        }

        impl Row for $row {
            fn take_id(&mut self) -> Str {
                self.id.take()
            }
            fn take_rest(&mut self) -> Rest {
                std::mem::take(&mut self.rest)
            }
        }
    )*};
}

rows! {
    SourceRow {
        kind: Str,
        file: Str,
        publisher: Str,
        title: Str,
        date: Str,
        language: Str,
        machine_translated: Field<bool>,
        about: Words,
        credits: Ids,
        derived: Words,
    }
    StrandRow {
        name: Words,
        about: Words,
        sources: Ids,
    }
    ThemeRow {
        name: Words,
        sources: Ids,
    }
    UnitRow {
        country: Str,
        name: Words,
        is_city: Field<bool>,
        old_names: Ids,
        sources: Ids,
    }
    PlaceRow {
        kind: Str,
        name: Words,
        country: Str,
        unit: Str,
        lat: Field<f64>,
        lon: Field<f64>,
        aliases: Ids,
        sources: Ids,
        derived: Words,
    }
    OrganisationRow {
        kind: Str,
        name: Words,
        short: Str,
        aliases: Ids,
        derived: Words,
        country: Str,
        place: Str,
        sources: Ids,
    }
    PersonRow {
        name: Words,
        title: Words,
        country: Str,
        orgs: Ids,
        sources: Ids,
        derived: Words,
    }
    EventRow {
        strand: Str,
        kind: Str,
        title: Words,
        title_short: Words,
        summary: Words,
        within: Field<bool>,
        date: Str,
        daypart: Str,
        status: Str,
        parent: Str,
        places: Ids,
        people: Field<Vec<Spanned<Lenient<ParticipantRow>>>>,
        orgs: Ids,
        themes: Ids,
        sources: Ids,
        derived: Words,
    }
    PartnershipRow {
        kind: Str,
        a: Str,
        b: Str,
        counterpart: Words,
        summary: Words,
        date: Str,
        status: Str,
        events: Ids,
        themes: Ids,
        sources: Ids,
        derived: Words,
    }
    FigureRow {
        value: Field<f64>,
        max: Field<f64>,
        qualifier: Str,
        unit: Str,
        measure: Words,
        as_of: Str,
        said_by: Str,
        event: Str,
        places: Ids,
        themes: Ids,
        sources: Ids,
        derived: Words,
    }
    QuoteRow {
        text: Str,
        /// `original.<lang>`: the cited words as their author said them, in place of our translation.
        original: Words,
        translation: Words,
        speaker: Str,
        cites: Str,
        speaker_note: Words,
        event: Str,
        sources: Ids,
        derived: Words,
    }
}

/// One entry of an event's `people`: `{ id = "…", role = "…" }` (other keys are ignored).
#[derive(Deserialize)]
pub struct ParticipantRow {
    pub id: Option<Lenient<String>>,
    pub role: Option<Lenient<String>>,
}
