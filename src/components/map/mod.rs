//! The map region: Vietnam's and Japan's panes side by side (stacked on a phone), a reset and a play
//! control. Shows only the events in the timeline's visible window.

mod pane;

use leptos::prelude::*;

use self::pane::MapPane;
use crate::data::Date;
use crate::map::PaneId;
use crate::map::markers::{in_window, involvement};
use crate::state::use_app_state;
use crate::timeline::scale::Window;
use crate::timeline::time::day;

/// The map of the two countries, linked with the timeline and the selection.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_app_state();
    let events = Memo::new(move |_| {
        let w = state.window.get();
        in_window(w.start, w.end)
    });
    let involved = Memo::new(move |_| involvement(&events.get()));
    let reset = RwSignal::new(0u32);
    let playing = RwSignal::new(false);
    let play_handle: StoredValue<Option<IntervalHandle>> = StoredValue::new(None);

    let stop = move || {
        if let Some(h) = play_handle.get_value() {
            h.clear();
        }
        play_handle.set_value(None);
        playing.set(false);
    };
    let play = move || {
        // Month by month through 2025; the timeline follows, since the window is shared.
        let month = StoredValue::new(1u8);
        let show = move |m: u8| {
            let start = day(Date::new(2025, m, 1));
            let end = if m == 12 { day(Date::new(2026, 1, 1)) } else { day(Date::new(2025, m + 1, 1)) };
            state.go_to(Window { start, end });
        };
        show(1);
        playing.set(true);
        if let Ok(h) = set_interval_with_handle(
            move || {
                let m = month.get_value() + 1;
                if m > 12 {
                    stop();
                    state.go_to(Window::year_2025());
                } else {
                    month.set_value(m);
                    show(m);
                }
            },
            std::time::Duration::from_millis(1200),
        ) {
            play_handle.set_value(Some(h));
        }
    };
    on_cleanup(move || {
        if let Some(h) = play_handle.get_value() {
            h.clear();
        }
    });

    let count = move || {
        let n = events.with(|e| e.len());
        format!("{n} event{} in the timeline's window", if n == 1 { "" } else { "s" })
    };
    view! {
        <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="map-heading">
                "Map"
            </h2>
            <div class="map-toolbar" role="toolbar" aria-label="Map controls">
                <button class="map-reset" on:click=move |_| reset.update(|n| *n += 1)>
                    "Reset map"
                </button>
                <button
                    class="map-play"
                    aria-pressed=move || playing.get().to_string()
                    on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                >
                    {move || if playing.get() { "Stop" } else { "Play 2025 month by month" }}
                </button>
                <span class="map-count" aria-live="polite">{count}</span>
            </div>
            <div class="map-panes">
                <MapPane pane=PaneId::Vietnam label="Vietnam" events=events involved=involved reset=reset/>
                <MapPane pane=PaneId::Japan label="Japan" events=events involved=involved reset=reset/>
            </div>
        </section>
    }
}
