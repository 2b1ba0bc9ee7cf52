//! How many records of each kind the dataset holds.

use leptos::prelude::*;

use crate::data::*;

/// A one-line summary of the dataset's size, by kind of record.
#[component]
pub fn RecordCounts() -> impl IntoView {
    let counts = [
        (EVENTS.len(), "events"),
        (PLACES.len(), "places"),
        (PEOPLE.len(), "people"),
        (ORGANISATIONS.len(), "organisations"),
        (PARTNERSHIPS.len(), "partnerships"),
        (FIGURES.len(), "figures"),
        (QUOTES.len(), "quotations"),
        (SOURCES.len(), "sources"),
    ];
    view! {
        <ul class="counts" aria-label="What the record holds">
            {counts
                .into_iter()
                .map(|(n, what)| view! { <li><strong>{n}</strong>" "{what}</li> })
                .collect_view()}
        </ul>
    }
}
