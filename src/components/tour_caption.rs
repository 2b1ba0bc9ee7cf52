//! The kiosk's attract tour caption over the map: which event the tour is showing, when and where,
//! large enough to read from a step away. Shown only while the tour runs.

use leptos::prelude::*;

use crate::data::EventId;
use crate::format;
use crate::i18n::Ui;
use crate::state::use_app_state;

/// The tour stop on screen, provided by kiosk mode (`components::kiosk_mode`).
#[derive(Clone, Copy)]
pub struct TourStop(pub RwSignal<Option<EventId>>);

/// The caption, where a kiosk tour is running.
#[component]
pub fn TourCaption() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let stop = use_context::<TourStop>().map(|t| t.0);
    move || {
        let e = stop?.get()?;
        let ev = e.get();
        let places: Vec<&str> = ev.places.iter().map(|p| p.get().name.get(lang)).collect();
        Some(view! {
            <div class="tour-caption" data-strand=ev.strand.get().id aria-live="polite">
                <p class="tour-caption-kicker">
                    <span class="strand-swatch" aria-hidden="true"></span>
                    {format!("{} · {}", Ui::NowShowing.get(lang), ev.strand.get().name.get(lang))}
                </p>
                <p class="tour-caption-title">{ev.title.get(lang)}</p>
                <p class="tour-caption-when">{format!("{} · {}", format::when(&ev.when, ev.daypart, lang), places.join(", "))}</p>
            </div>
        })
    }
}
