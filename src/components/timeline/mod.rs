//! The timeline region: toolbar, axis, lanes, events and clusters, drawn from the pure `Scene`.

mod axis;
mod event_mark;
mod gestures;
pub mod motion;
mod toolbar;

use crate::format::fixed;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use self::axis::{AXIS_H, Axis};
use self::event_mark::EventMark;
use self::gestures::Gestures;
use self::toolbar::Toolbar;
use crate::data::{EventId, STRANDS, StrandId};
use crate::i18n::{self, Ui};
use crate::state::use_app_state;
use crate::timeline::nav::{self, Move};
use crate::timeline::scale::Scale;
use crate::timeline::scene::{CLUSTER_W, Scene, scene};

/// The cooperation year on one zoomable axis, one lane per strand. Reads and moves the app's visible
/// window; selecting an event here selects it everywhere.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let canvas = NodeRef::<Div>::new();
    let width = RwSignal::new(0.0_f64);
    let expanded = RwSignal::new(vec![false; STRANDS.len()]);
    let focused: RwSignal<Option<EventId>> = RwSignal::new(None);

    let layout_ms = StoredValue::new(0.0);
    // Nothing is drawn until the canvas has been measured, so the first frame is already right.
    // How long the last layout took is kept for the bench (`data-layout-ms` on the canvas).
    let scale = Memo::new(move |_| Scale::new(state.window.get(), width.get().max(1.0)));
    let scene: Memo<Scene> = Memo::new(move |_| {
        if width.get() <= 0.0 {
            return Scene::default();
        }
        let t0 = motion::now();
        let s = state.kept.with(|k| scene(&scale.get(), state.lang.get(), &expanded.get(), |e| k[e.0 as usize]));
        layout_ms.set_value(motion::now() - t0);
        s
    });
    let gestures = Gestures::new(state, scale, canvas);
    let measure = move || {
        if let Some(el) = canvas.get_untracked() {
            width.set(f64::from(el.client_width()));
            state.timeline_width.set(f64::from(el.client_width()));
            gestures.measure();
        }
    };
    Effect::new(move |_| {
        if canvas.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    motion::use_window_animation(state);

    // The one event in the tab order: the focused one, else the selected one, else the first drawn.
    let tab_stop = Memo::new(move |_| {
        scene.with(|s| {
            [focused.get(), state.selected_event()]
                .into_iter()
                .flatten()
                .find(|&id| s.event(id).is_some())
                .or_else(|| s.events.first().map(|e| e.id))
        })
    });

    // When the focused event stops being drawn (zoomed out, folded into a cluster), focus moves to the
    // tab stop instead of falling to the page, so the keyboard keeps working.
    Effect::new(move |_| {
        let stop = tab_stop.get();
        let lost = focused.get().is_some_and(|id| scene.with(|s| s.event(id).is_none()));
        let on_page = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|a| a.tag_name() == "BODY");
        if lost
            && on_page
            && let Some(id) = stop
        {
            focused.set(Some(id));
            let selector = format!("[data-event=\"{}\"]", id.get().id);
            request_animation_frame(move || {
                if let Some(el) = canvas.get_untracked().and_then(|c| c.query_selector(&selector).ok().flatten()) {
                    super::focus(&el);
                }
            });
        }
    });

    let focus_event = move |id: EventId| {
        focused.set(Some(id));
        let selector = format!("[data-event=\"{}\"]", id.get().id);
        if let Some(el) = canvas.get_untracked().and_then(|c| c.query_selector(&selector).ok().flatten()) {
            super::focus(&el);
        }
    };
    let zoom_by = move |factor: f64| {
        // From where an animation is heading, so quick presses compound exactly.
        let w = state.window_or_target();
        let anchor = focused
            .get_untracked()
            .and_then(|id| scene.with_untracked(|s| s.event(id).map(|e| scale.get_untracked().day(e.box_x))))
            .unwrap_or(w.start + w.span() / 2.0);
        state.go_to(w.zoom_at(anchor, factor));
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        // Leave browser shortcuts alone (Ctrl/Cmd + zoom the page, Alt + arrows go back).
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let mv = match ev.key().as_str() {
            "ArrowLeft" => Some(Move::Prev),
            "ArrowRight" => Some(Move::Next),
            "ArrowUp" => Some(Move::Up),
            "ArrowDown" => Some(Move::Down),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        };
        if let Some(mv) = mv {
            ev.prevent_default();
            let from = focused.get_untracked().or(tab_stop.get_untracked());
            if let Some(next) = scene.with_untracked(|s| nav::step(s, from, mv)) {
                focus_event(next);
            }
            return;
        }
        match ev.key().as_str() {
            "+" | "=" => zoom_by(2.0),
            "-" | "_" => zoom_by(0.5),
            "Escape" => state.select(None),
            _ => return,
        }
        ev.prevent_default();
    };

    let lane_headers = move || {
        scene.with(|s| {
            s.lanes
                .iter()
                .enumerate()
                .map(|(i, lane)| {
                    let strand = StrandId(i as u16).get();
                    let is_expanded = move || expanded.with(|e| e[i]);
                    let has_clusters = s.clusters.iter().any(|c| c.lane == i);
                    view! {
                        <div
                            class="timeline-lane"
                            data-strand=strand.id
                            style:top=format!("{}px", lane.top + AXIS_H)
                            style:height=format!("{}px", lane.height)
                        >
                            <span class="timeline-lane-name">{strand.name.get(lang)}</span>
                            {(has_clusters || is_expanded())
                                .then(|| {
                                    view! {
                                        <button
                                            class="timeline-lane-toggle"
                                            aria-label=move || i18n::lane_toggle(is_expanded(), strand.name.get(lang), lang)
                                            aria-expanded=move || is_expanded().to_string()
                                            on:click=move |_| expanded.update(|e| e[i] = !e[i])
                                        >
                                            {move || if is_expanded() { Ui::ShowFewer.get(lang) } else { Ui::ShowAll.get(lang) }}
                                        </button>
                                    }
                                })}
                        </div>
                    }
                })
                .collect_view()
        })
    };

    // Clusters keyed by lane and first event, positioned from the scene, so zooming moves them
    // instead of rebuilding them.
    let cluster_keys =
        move || scene.with(|s| s.clusters.iter().map(|c| (c.lane, c.events[0], c.events.len())).collect::<Vec<_>>());
    let cluster = move |(lane, first, n): (usize, EventId, usize)| {
        let at = Memo::new(move |_| {
            scene.with(|s| s.clusters.iter().find(|c| c.lane == lane && c.events[0] == first).map(|c| (c.x, c.top)))
        });
        let strand = StrandId(lane as u16).get().name.get(lang);
        view! {
            <button
                class="timeline-cluster"
                style:transform=move || at.get().map(|(x, top)| format!("translate({}px, {}px)", fixed(x, 1), fixed(top + AXIS_H, 1)))
                style:width=format!("{CLUSTER_W}px")
                aria-label=i18n::more_events(n, strand, lang)
                title=i18n::more_events(n, strand, lang)
                on:click=move |_| expanded.update(|e| e[lane] = true)
            >
                {format!("+{n}")}
            </button>
        }
    };

    view! {
        <section class="timeline" id="timeline" tabindex="-1" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="timeline-heading">
                {Ui::Timeline.get(lang)}
            </h2>
            <Toolbar zoom_by=zoom_by/>
            <div
                class="timeline-canvas"
                node_ref=canvas
                data-layout-ms=move || scene.with(|_| fixed(layout_ms.get_value(), 2))
                style:height=move || format!("{}px", scene.with(|s| s.height) + AXIS_H + 8.0)
                on:wheel=move |ev| gestures.wheel(ev)
                on:pointerdown=move |ev| gestures.down(ev)
                on:pointermove=move |ev| gestures.moved(ev)
                on:pointerup=move |ev| gestures.up(ev)
                on:pointercancel=move |ev| gestures.up(ev)
                on:keydown=on_key
            >
                <Axis scene=scene scale=scale/>
                <ol class="timeline-events" aria-label=Ui::EventsInTimeOrder.get(lang)>
                    <For
                        each=move || scene.with(|s| s.events.iter().map(|e| e.id).collect::<Vec<_>>())
                        key=|id| *id
                        let:id
                    >
                        <EventMark
                            id=id
                            scene=scene
                            tab_stop=tab_stop
                            on_focus=move || focused.set(Some(id))
                            suppress_click=gestures.suppress_click
                        />
                    </For>
                </ol>
                <For each=cluster_keys key=|k| *k children=cluster/>
                // After the events in the DOM, so Tab reaches the events first.
                {lane_headers}
            </div>
        </section>
    }
}
