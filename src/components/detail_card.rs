//! A minimal card for the selected event: title, dates, places, people, sources.

use leptos::prelude::*;

use crate::data::{EventId, PARTNERSHIPS, PlaceId, Status, UnitId, query};
use crate::format;
use crate::i18n::{self, Noun, Ui, count};
use crate::state::{Selection, use_app_state};

/// Details of the selected event; announces changes to screen readers.
#[component]
pub fn DetailCard() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let body = move || match state.selected.get() {
        None => view! { <p class="detail-empty">{Ui::SelectPrompt.get(lang)}</p> }.into_any(),
        Some(Selection::Event(id)) => view! { <EventDetails id=id/> }.into_any(),
        Some(Selection::Place(p)) => view! { <PlaceDetails place=p/> }.into_any(),
        Some(Selection::Unit(u)) => view! { <UnitDetails unit=u/> }.into_any(),
        Some(Selection::Person(p)) => {
            let person = p.get();
            let events: Vec<EventId> =
                query::all_events().filter(|e| e.get().people.iter().any(|x| x.person == p)).collect();
            view! { <RecordEvents title=person.name.get(lang) subtitle=person.title.get(lang).to_string() events=events/> }
                .into_any()
        }
        Some(Selection::Organisation(o)) => {
            let org = o.get();
            let events: Vec<EventId> = query::all_events().filter(|e| e.get().orgs.contains(&o)).collect();
            let sub = org.short.map(str::to_string).unwrap_or_default();
            view! { <RecordEvents title=org.name.get(lang) subtitle=sub events=events/> }.into_any()
        }
        Some(Selection::Theme(t)) => {
            let theme = &crate::data::THEMES[t.0 as usize];
            let events: Vec<EventId> = query::all_events().filter(|e| e.get().themes.contains(&t)).collect();
            view! { <RecordEvents title=theme.name.get(lang) subtitle=String::new() events=events/> }.into_any()
        }
    };
    view! {
        <aside class="detail" aria-labelledby="detail-heading">
            <h2 id="detail-heading" class="detail-heading">
                {Ui::Details.get(lang)}
            </h2>
            <div aria-live="polite">{body}</div>
        </aside>
    }
}

/// The facts of one event, with links that move the selection.
#[component]
fn EventDetails(id: EventId) -> impl IntoView {
    let state = use_app_state();
    let e = id.get();
    let lang = state.lang.get_untracked();
    let link = move |to: EventId| {
        view! {
            <button class="detail-link" on:click=move |_| state.select(Some(to))>
                {to.get().title.get(lang)}
            </button>
        }
    };
    let places = e.places.iter().map(|p| p.get().name.get(lang)).collect::<Vec<_>>().join(", ");
    let people = e
        .people
        .iter()
        .map(|p| {
            format!(
                "{} ({}, {})",
                p.person.get().name.get(lang),
                p.person.get().title.get(lang),
                i18n::role(p.role, lang)
            )
        })
        .collect::<Vec<_>>();
    let sources = e
        .sources
        .iter()
        .map(|s| {
            let s = s.get();
            format!("{} — {}, {}", s.title, s.publisher, format::when(&s.date, None, lang))
        })
        .collect::<Vec<_>>();
    let children = query::children(id);
    view! {
        <article class="detail-event" data-event=e.id>
            <h3>{e.title.get(lang)}</h3>
            <p class="detail-when">
                <time datetime=e.when.start.iso()>{format::when(&e.when, e.daypart, lang)}</time>
                {(e.status == Status::Planned).then(|| format!(" · {}", Ui::Planned.get(lang)))}
            </p>
            <p>{e.summary.get(lang)}</p>
            <dl class="detail-facts">
                {e.parent.map(|p| view! { <dt>{Ui::PartOf.get(lang)}</dt><dd>{link(p)}</dd> })}
                {(!children.is_empty())
                    .then(|| {
                        view! {
                            <dt>{Ui::Includes.get(lang)}</dt>
                            <dd>
                                <ul>{children.iter().map(|&c| view! { <li>{link(c)}</li> }).collect_view()}</ul>
                            </dd>
                        }
                    })}
                {(!places.is_empty()).then(|| view! { <dt>{Ui::Places.get(lang)}</dt><dd>{places}</dd> })}
                {(!people.is_empty())
                    .then(|| view! { <dt>{Ui::People.get(lang)}</dt><dd><ul>{people.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul></dd> })}
                <dt>{Ui::Sources.get(lang)}</dt>
                <dd>
                    <ul>{sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                </dd>
            </dl>
            <button class="detail-clear" on:click=move |_| state.select(None)>
                {Ui::ClearSelection.get(lang)}
            </button>
        </article>
    }
}

/// Events, in time order, as links that select them.
#[component]
fn EventLinks(events: Vec<EventId>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let mut events = events;
    events.sort_by(|a, b| query::chronological(a.get(), b.get()));
    view! {
        <ul class="detail-events">
            {events
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <button class="detail-link" on:click=move |_| state.select(Some(e))>
                                {e.get().title.get(lang)}
                            </button>
                            " · "
                            {format::when(&e.get().when, e.get().daypart, lang)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// What happened at a place: its events and the partnerships it is part of.
#[component]
fn PlaceDetails(place: PlaceId) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let p = place.get();
    let events: Vec<EventId> = query::all_events().filter(|e| e.get().places.contains(&place)).collect();
    let partners: Vec<String> = PARTNERSHIPS
        .iter()
        .filter(|x| x.a == place || x.b == place)
        .map(|x| {
            format!(
                "{} – {} ({}): {}",
                x.a.get().name.get(lang),
                x.b.get().name.get(lang),
                i18n::partnership_kind(x.kind, lang),
                x.summary.get(lang)
            )
        })
        .collect();
    let n = events.len();
    view! {
        <article class="detail-place" data-place=p.id>
            <h3>{p.name.get(lang)}</h3>
            <p class="detail-when">{p.unit.get().name.get(lang)} " · " {count(n, Noun::Event, lang)}</p>
            <EventLinks events=events/>
            {(!partners.is_empty())
                .then(|| {
                    view! {
                        <h4>{Ui::Partnerships.get(lang)}</h4>
                        <ul>{partners.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    }
                })}
            <button class="detail-clear" on:click=move |_| state.select(None)>
                {Ui::ClearSelection.get(lang)}
            </button>
        </article>
    }
}

/// What happened in an administrative unit: every event at any of its places.
#[component]
fn UnitDetails(unit: UnitId) -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    let events: Vec<EventId> =
        query::all_events().filter(|e| e.get().places.iter().any(|p| p.get().unit == unit)).collect();
    view! { <RecordEvents title=unit.get().name.get(lang) subtitle=String::new() events=events/> }
}

/// A unit, person, organisation or theme: its name and every event it is part of.
#[component]
fn RecordEvents(
    /// The record's name.
    title: &'static str,
    /// A line under the name (a title, a short name), or empty.
    subtitle: String,
    /// Its events.
    events: Vec<EventId>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let n = events.len();
    view! {
        <article class="detail-record">
            <h3>{title}</h3>
            {(!subtitle.is_empty()).then(|| view! { <p class="detail-when">{subtitle}</p> })}
            <p class="detail-when">{count(n, Noun::Event, lang)}</p>
            <EventLinks events=events/>
            <button class="detail-clear" on:click=move |_| state.select(None)>
                {Ui::ClearSelection.get(lang)}
            </button>
        </article>
    }
}
