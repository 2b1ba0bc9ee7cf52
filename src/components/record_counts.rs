//! How many records of each kind the dataset holds.

use leptos::prelude::*;

use crate::data::*;
use crate::i18n::{Noun, Ui, count};
use crate::state::use_app_state;

/// How many records of each kind the dataset holds.
pub fn holdings() -> [(usize, Noun); 8] {
    [
        (EVENTS.len(), Noun::Event),
        (PLACES.len(), Noun::Place),
        (PEOPLE.len(), Noun::Person),
        (ORGANISATIONS.len(), Noun::Organisation),
        (PARTNERSHIPS.len(), Noun::Partnership),
        (FIGURES.len(), Noun::Figure),
        (QUOTES.len(), Noun::Quotation),
        (SOURCES.len(), Noun::Source),
    ]
}

/// A one-line summary of the dataset's size, by kind of record.
#[component]
pub fn RecordCounts() -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    let counts = holdings();
    view! {
        <ul class="counts" aria-label=Ui::RecordHolds.get(lang)>
            {counts.into_iter().map(|(n, noun)| view! { <li>{count(n, noun, lang)}</li> }).collect_view()}
        </ul>
    }
}
