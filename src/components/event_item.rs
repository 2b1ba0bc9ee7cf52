//! One event in the chronological list, with its date, summary, people, places, sources and sub-events.

use leptos::prelude::*;

use crate::data::{EventId, query};
use crate::format;
use crate::i18n::{self, Ui};
use crate::state::use_app_state;

/// An event and, nested below it, its sessions, meetings and visits.
#[component]
pub fn EventItem(
    /// The event to show.
    event: EventId,
    /// Nesting depth: 0 for a top-level event (h4, under the strand's h3). Sets the heading level.
    depth: u8,
) -> impl IntoView {
    let e = event.get();
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let title_id = format!("event-{}", e.id);
    let title = move || {
        view! {
            <button class="event-select" aria-pressed=move || (state.selected_event() == Some(event)).to_string() on:click=move |_| state.select(Some(event))>
                {e.title.get(lang)}
            </button>
        }
    };
    let heading = match depth {
        0 => view! { <h4 id=title_id.clone()>{title()}</h4> }.into_any(),
        1 => view! { <h5 id=title_id.clone()>{title()}</h5> }.into_any(),
        _ => view! { <h6 id=title_id.clone()>{title()}</h6> }.into_any(),
    };
    let places = e.places.iter().map(|p| p.get().name.get(lang)).collect::<Vec<_>>().join(i18n::list_sep(lang));
    let people = e
        .people
        .iter()
        .map(|p| format!("{}{}", p.person.get().name.get(lang), i18n::paren(i18n::role(p.role, lang), lang)))
        .collect::<Vec<_>>()
        .join(i18n::list_sep(lang));
    let sources = super::source_list::source_refs(e.sources, lang);
    let children = query::children(event);
    view! {
        <li class="event" data-event=e.id data-status=e.status.key() hidden=move || !state.kept.with(|k| k[event.0 as usize])>
            <article aria-labelledby=title_id>
                {heading}
                <p class="event-when">
                    <time datetime=e.when.start.iso()>{format::when(&e.when, e.daypart, lang)}</time>
                    {i18n::status(e.status).map(|s| view! { " " <span class=format!("event-{}", e.status.key())>{s.get(lang)}</span> })}
                </p>
                <p class="event-summary">{e.summary.get(lang)}</p>
                <dl class="event-meta">
                    {(!places.is_empty()).then(|| view! { <dt>{Ui::Places.get(lang)}</dt><dd>{places}</dd> })}
                    {(!people.is_empty()).then(|| view! { <dt>{Ui::People.get(lang)}</dt><dd>{people}</dd> })}
                    <dt>{Ui::Sources.get(lang)}</dt>
                    <dd>{sources}</dd>
                </dl>
                {(!children.is_empty())
                    .then(|| {
                        view! {
                            <ol class="event-children">
                                {children
                                    .iter()
                                    .map(|&c| view! { <EventItem event=c depth=depth.saturating_add(1)/> }.into_any())
                                    .collect_view()}
                            </ol>
                        }
                    })}
            </article>
        </li>
    }
}
