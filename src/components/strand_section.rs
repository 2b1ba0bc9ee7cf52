//! One strand of the story as a section: heading with its event count, then its events in time order.

use leptos::prelude::*;

use super::event_item::EventItem;
use crate::data::{StrandId, query};
use crate::i18n::{Noun, count};
use crate::state::use_app_state;

/// A strand's events, chronological, with nested sessions under their parent.
#[component]
pub fn StrandSection(
    /// The strand to show.
    strand: StrandId,
) -> impl IntoView {
    let s = strand.get();
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    // With filters on, the count is of the strand's matching events.
    let n = move || {
        state.matched.with(|m| query::all_events().filter(|e| e.get().strand == strand && m[e.0 as usize]).count())
    };
    let empty = move || state.kept.with(|k| query::top_level(strand).iter().all(|e| !k[e.0 as usize]));
    let heading_id = format!("strand-{}", s.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="strand" aria-labelledby=labelled_by data-strand=s.id hidden=empty>
            <h3 id=heading_id>
                {s.name.get(lang)}
                <span class="strand-count">{move || crate::i18n::paren(&count(n(), Noun::Event, lang), lang)}</span>
            </h3>
            <p class="strand-about">{s.about.get(lang)}</p>
            <ol class="strand-events">
                {query::top_level(strand).iter().map(|&e| view! { <EventItem event=e depth=0/> }).collect_view()}
            </ol>
        </section>
    }
}
