//! One strand of the story as a section: heading with its event count, then its events in time order.

use leptos::prelude::*;

use super::event_item::EventItem;
use crate::data::{StrandId, query};

/// A strand's events, chronological, with nested sessions under their parent.
#[component]
pub fn StrandSection(
    /// The strand to show.
    strand: StrandId,
) -> impl IntoView {
    let s = strand.get();
    let count = query::count_in_strand(strand);
    let heading_id = format!("strand-{}", s.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="strand" aria-labelledby=labelled_by data-strand=s.id>
            <h3 id=heading_id>
                {s.name.en}
                " "
                <span class="strand-count">{format!("({count} {})", if count == 1 { "event" } else { "events" })}</span>
            </h3>
            <p class="strand-about">{s.about.en}</p>
            <ol class="strand-events">
                {query::top_level(strand).iter().map(|&e| view! { <EventItem event=e depth=0/> }).collect_view()}
            </ol>
        </section>
    }
}
