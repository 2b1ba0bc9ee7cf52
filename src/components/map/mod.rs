//! The map region: Vietnam's and Japan's panes side by side (stacked on a phone), a reset and a play
//! control. Shows only the events in the timeline's visible window.

mod pane;

use leptos::prelude::*;

use self::pane::MapPane;
use crate::data::{Date, PARTNERSHIPS};
use crate::map::PaneId;
use crate::map::markers::{in_window, involvement, pane_of, position};
use crate::map::view::{Rect, View};
use crate::state::{Selection, use_app_state};
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
    let views = [PaneId::Vietnam, PaneId::Japan].map(|p| RwSignal::new(View::whole(&p.pane())));
    let rects = [RwSignal::new(Rect::default()), RwSignal::new(Rect::default())];
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
                <MapPane pane=PaneId::Vietnam label="Vietnam" events=events involved=involved reset=reset view=views[0] rect=rects[0]/>
                <MapPane pane=PaneId::Japan label="Japan" events=events involved=involved reset=reset view=views[1] rect=rects[1]/>
                <PartnershipLinks views=views rects=rects/>
            </div>
            <MapLegend/>
            <PartnershipList/>
        </section>
    }
}

/// Curved links between partner localities, drawn over both panes from one end to the other.
#[component]
fn PartnershipLinks(
    /// Each pane's view (Vietnam, Japan).
    views: [RwSignal<View>; 2],
    /// Where each pane is drawn (Vietnam, Japan).
    rects: [RwSignal<Rect>; 2],
) -> impl IntoView {
    let state = use_app_state();
    let links = move || {
        let selected_places = match state.selected.get() {
            Some(Selection::Place(p)) => vec![p],
            Some(Selection::Event(e)) => e.get().places.to_vec(),
            _ => Vec::new(),
        };
        PARTNERSHIPS
            .iter()
            .map(|l| {
                let end = |place: crate::data::PlaceId| {
                    let i = usize::from(pane_of(place) == PaneId::Japan);
                    let (x, y) = position(place);
                    views[i].get().to_screen(&pane_of(place).pane(), rects[i].get(), x, y)
                };
                let ((x0, y0), (x1, y1)) = (end(l.a), end(l.b));
                // Bow the curve upwards so parallel links stay apart.
                let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0 - 40.0 - (x1 - x0).abs() * 0.08);
                let on = selected_places.contains(&l.a) || selected_places.contains(&l.b);
                view! {
                    <path
                        class="map-link"
                        class:is-selected=on
                        data-kind=l.kind.key()
                        d=format!("M{x0:.1} {y0:.1} Q{mx:.1} {my:.1} {x1:.1} {y1:.1}")
                    ></path>
                }
            })
            .collect_view()
    };
    view! { <svg class="map-links" aria-hidden="true">{links}</svg> }
}

/// The partnerships as text: what the links stand for, readable and selectable without the drawing.
#[component]
fn PartnershipList() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <details class="map-partnerships">
            <summary>{format!("Partnerships between localities ({})", PARTNERSHIPS.len())}</summary>
            <ul>
                {PARTNERSHIPS
                    .iter()
                    .map(|l| {
                        let (a, b) = (l.a, l.b);
                        view! {
                            <li>
                                <button class="map-link-end" on:click=move |_| state.select_other(Selection::Place(a))>
                                    {a.get().name.get(lang)}
                                </button>
                                " – "
                                <button class="map-link-end" on:click=move |_| state.select_other(Selection::Place(b))>
                                    {b.get().name.get(lang)}
                                </button>
                                {format!(" ({}): {}", l.kind.key().replace('-', " "), l.summary.get(lang))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// What the marks mean, so that nothing rests on colour alone.
#[component]
fn MapLegend() -> impl IntoView {
    view! {
        <ul class="map-legend" aria-label="Map legend">
            <li><span class="map-legend-swatch" data-level="1"></span>"1 event"</li>
            <li><span class="map-legend-swatch" data-level="2"></span>"2–3"</li>
            <li><span class="map-legend-swatch" data-level="3"></span>"4–9"</li>
            <li><span class="map-legend-swatch" data-level="4"></span>"10 or more (shading and border weight)"</li>
            <li><span class="map-legend-marker">"3"</span>"a place, with its number of events"</li>
            <li><span class="map-legend-route"></span>"training route"</li>
            <li><span class="map-legend-link"></span>"partnership between localities"</li>
        </ul>
    }
}
