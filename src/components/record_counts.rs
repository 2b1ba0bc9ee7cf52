//! How many records of each kind the dataset holds.

use leptos::prelude::*;

use crate::data::*;
use crate::i18n::{Noun, Ui, count};
use crate::state::use_app_state;

/// A one-line summary of the dataset's size, by kind of record.
#[component]
pub fn RecordCounts() -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    let counts = [
        (EVENTS.len(), Noun::Event),
        (PLACES.len(), Noun::Place),
        (PEOPLE.len(), Noun::Person),
        (ORGANISATIONS.len(), Noun::Organisation),
        (PARTNERSHIPS.len(), Noun::Partnership),
        (FIGURES.len(), Noun::Figure),
        (QUOTES.len(), Noun::Quotation),
        (SOURCES.len(), Noun::Source),
    ];
    view! {
        <ul class="counts" aria-label=Ui::RecordHolds.get(lang)>
            {counts.into_iter().map(|(n, noun)| view! { <li>{count(n, noun, lang)}</li> }).collect_view()}
        </ul>
    }
}
