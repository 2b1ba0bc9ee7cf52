//! The map region: Vietnam's and Japan's panes side by side (stacked on a phone), a reset and a play
//! control. Shows only the events in the timeline's visible window.

mod pane;

use crate::format::fixed;
use leptos::prelude::*;

use self::pane::MapPane;
use super::icons::{Icon, icon};
use super::popover::Popover;
use crate::data::{Date, PARTNERSHIPS};
use crate::i18n::{self, Noun, Ui, count};
use crate::map::PaneId;
use crate::map::markers::{self, in_window, involvement, pane_of, position};
use crate::map::view::{Rect, View};
use crate::state::{Selection, use_app_state};
use crate::timeline::scale::Window;
use crate::timeline::time::day;

/// The map of the two countries, linked with the timeline and the selection.
#[component]
pub fn MapView() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    // The events in the timeline's window that pass the filters.
    let events = Memo::new(move |_| {
        let w = state.window.get();
        state.matched.with(|m| in_window(w.start, w.end).into_iter().filter(|e| m[e.0 as usize]).collect::<Vec<_>>())
    });
    let involved = Memo::new(move |_| involvement(&events.get()));
    let reset = RwSignal::new(0u32);
    let views = state.map_views;
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

    // The Japanese string brings its own full-width brackets, with no space before them.
    let space = if lang == crate::lang::Lang::Ja { "" } else { " " };
    let in_view = move || {
        format!("{}{space}{}", count(events.with(|e| e.len()), Noun::Event, lang), Ui::EventsInWindow.get(lang))
    };
    let stacked = move || state.shell.with(|s| s.panes_stacked);
    view! {
        <section class="map" id="map" tabindex="-1" aria-labelledby="map-heading">
            <div class="map-head">
                <h2 id="map-heading" class="panel-title">
                    {Ui::Map.get(lang)}
                </h2>
                <span class="map-count" aria-live="polite">{in_view}</span>
                <div class="map-toolbar panel-tools" role="toolbar" aria-label=Ui::MapControls.get(lang)>
                    <button class="map-reset" on:click=move |_| reset.update(|n| *n += 1)>
                        {icon(Icon::Reset)}
                        <span class="button-label">{Ui::ResetMap.get(lang)}</span>
                    </button>
                    <button
                        class="map-play"
                        aria-pressed=move || playing.get().to_string()
                        on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                    >
                        {move || icon(if playing.get() { Icon::Stop } else { Icon::Play })}
                        <span class="button-label">
                            {move || if playing.get() { Ui::Stop.get(lang) } else { Ui::PlayYear.get(lang) }}
                        </span>
                    </button>
                    <Popover class="map-legend-popover" label=Ui::MapLegend.get(lang) icon=Icon::Legend>
                        <MapLegend/>
                        <PartnershipList/>
                    </Popover>
                </div>
            </div>
            <div class="map-panes" data-stacked=move || stacked().to_string()>
                <MapPane pane=PaneId::Vietnam label=Ui::Vietnam.get(lang) events=events involved=involved reset=reset view=views[0] rect=rects[0]/>
                <MapPane pane=PaneId::Japan label=Ui::Japan.get(lang) events=events involved=involved reset=reset view=views[1] rect=rects[1]/>
                <PartnershipLinks views=views rects=rects/>
                <super::tour_caption::TourCaption/>
                <super::gesture_hint::GestureHintOverlay panel=super::gesture_hint::Panel::Map/>
            </div>
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
    let selected_places = Memo::new(move |_| state.selected.get().map(Selection::places).unwrap_or_default());
    let links = move || {
        let filters = state.filters.get();
        PARTNERSHIPS
            .iter()
            .filter(|l| filters.passes_partnership(l))
            .filter_map(|l| l.ends().map(|ends| (l, ends)))
            .map(|(l, (a, b))| {
                let end = |place: crate::data::PlaceId| {
                    let i = usize::from(pane_of(place) == PaneId::Japan);
                    let (x, y) = position(place);
                    views[i].get().to_screen(&pane_of(place).pane(), rects[i].get(), x, y)
                };
                let ((x0, y0), (x1, y1)) = (end(a), end(b));
                // Bow the curve upwards so parallel links stay apart.
                let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0 - 40.0 - (x1 - x0).abs() * 0.08);
                let on = move || selected_places.with(|s| s.contains(&a) || s.contains(&b));
                view! {
                    <path
                        class="map-link"
                        class:is-selected=on
                        data-kind=l.kind.key()
                        d=format!("M{} {} Q{} {} {} {}", fixed(x0, 1), fixed(y0, 1), fixed(mx, 1), fixed(my, 1), fixed(x1, 1), fixed(y1, 1))
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
            <summary>
                {format!("{}{}", Ui::PartnershipLinks.get(lang), i18n::paren(&PARTNERSHIPS.len().to_string(), lang))}
            </summary>
            <ul>
                {PARTNERSHIPS
                    .iter()
                    .map(|l| {
                        // A side the source names no locality for is said in words, not a button.
                        let side = move |p: Option<crate::data::PlaceId>| match p {
                            Some(p) => view! {
                                <button class="map-link-end" on:click=move |_| state.choose(Selection::Place(p))>
                                    {p.get().name.get(lang)}
                                </button>
                            }
                            .into_any(),
                            None => l.counterpart.map(|c| c.get(lang)).unwrap_or_default().into_any(),
                        };
                        view! {
                            <li hidden=move || !state.filters.with(|f| f.passes_partnership(l))>
                                {side(l.a)}
                                " – "
                                {side(l.b)}
                                {format!(
                                    "{}{}{}",
                                    i18n::paren(i18n::partnership_kind(l.kind, lang), lang),
                                    i18n::colon(lang),
                                    l.summary.get(lang)
                                )}
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
    let lang = use_app_state().lang.get_untracked();
    view! {
        <ul class="map-legend" aria-label=Ui::MapLegend.get(lang)>
            {markers::level_labels(lang)
                .into_iter()
                .enumerate()
                .map(|(i, label)| view! { <li><span class="map-legend-swatch" data-level=i + 1></span>{label}</li> })
                .collect_view()}
            <li><span class="map-legend-marker">"3"</span>{Ui::LegendPlace.get(lang)}</li>
            <li><span class="map-legend-route"></span>{Ui::LegendRoute.get(lang)}</li>
            <li><span class="map-legend-link"></span>{Ui::LegendLink.get(lang)}</li>
            // A marker takes the colour of the strand most of its events belong to.
            {crate::data::query::strands()
                .map(|s| {
                    view! {
                        <li data-strand=s.get().id>
                            <span class="map-legend-marker" aria-hidden="true"></span>
                            {s.get().name.get(lang)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
