//! The timeline region, docked under the map: toolbar, lane names, axis, events and clusters, drawn
//! from the pure `Scene` at the metrics of the panel it is given.

mod axis;
mod event_mark;
mod gestures;
mod lanes;
pub mod motion;
mod toolbar;

use crate::format::fixed;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use self::axis::Axis;
use self::event_mark::EventMark;
use self::gestures::Gestures;
use self::lanes::{LaneNames, StrandChips};
use self::toolbar::Toolbar;
use crate::data::{EventId, STRANDS, StrandId};
use crate::i18n::{self, Ui};
use crate::state::use_app_state;
use crate::timeline::nav::{self, Move};
use crate::timeline::scale::Scale;
use crate::timeline::scene::{CLUSTER_W, Lanes, Metrics, Scene, scene};

/// From this drawing width, lane names sit in a gutter beside their rows; narrower, in strips above.
const GUTTER_FROM: f64 = 640.0;
/// The gutter's width at scale 1.
const GUTTER_W: f64 = 150.0;

/// The cooperation year on one zoomable axis, one lane per strand. Reads and moves the app's visible
/// window; selecting an event here selects it everywhere.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let body = NodeRef::<Div>::new();
    let canvas = NodeRef::<Div>::new();
    // The drawing area's size (below the toolbar), measured.
    let area = RwSignal::new((0.0_f64, 0.0_f64));
    let expanded = RwSignal::new(vec![false; STRANDS.len()]);
    let focused: RwSignal<Option<EventId>> = RwSignal::new(None);

    let ui_scale = Memo::new(move |_| state.shell.with(|s| s.scale));
    let gutter = Memo::new(move |_| {
        let (w, _) = area.get();
        if w >= GUTTER_FROM * ui_scale.get() { (GUTTER_W * ui_scale.get()).round() } else { 0.0 }
    });
    // A touch screen's rows are touch targets: 30 px at scale 1 (34 CSS px on a 1080 px kiosk).
    let min_row = if state.mode == crate::url::Mode::Kiosk { 30.0 * ui_scale.get_untracked() } else { 0.0 };
    let metrics = Memo::new(move |_| Metrics::for_panel(area.get().1, ui_scale.get(), gutter.get() > 0.0, min_row));
    let width = Memo::new(move |_| (area.get().0 - gutter.get()).max(0.0));

    let layout_ms = StoredValue::new(0.0);
    // Nothing is drawn until the area has been measured, so the first frame is already right.
    // How long the last layout took is kept for the bench (`data-layout-ms` on the canvas).
    let scale = Memo::new(move |_| Scale::new(state.window.get(), width.get().max(1.0)));
    // The selection's lane gets rows first, and its family before the rest, so an event and its
    // parts are drawn; laid out in the frame after the selection's highlight (`next_frame`).
    let chosen = super::next_frame(move || state.selected_event());
    let scene: Memo<Scene> = Memo::new(move |_| {
        if width.get() <= 0.0 {
            return Scene::default();
        }
        let t0 = motion::now();
        let m = metrics.get();
        let selected = chosen.get();
        let lanes = Lanes { expanded: expanded.get(), first: selected.map(|e| e.get().strand.0 as usize), selected };
        let s = state.kept.with(|k| scene(&scale.get(), state.lang.get(), &m, &lanes, |e| k[e.0 as usize]));
        layout_ms.set_value(motion::now() - t0);
        s
    });
    let gestures = Gestures::new(state, scale, canvas);
    Effect::new(move |_| {
        if let Some(el) = body.get() {
            super::observe_size(&el, move |w, h| {
                // Hidden (another view is open): keep the last size, so selections made meanwhile
                // frame for the timeline the reader will come back to.
                if w <= 0.0 {
                    return;
                }
                // A container that gives it no height (not the shell's panel): it takes the height
                // its lanes want.
                let h = if h > 0.0 { h } else { f64::INFINITY };
                area.set((w, h));
                state.timeline_width.set((w - gutter.get_untracked()).max(1.0));
                gestures.measure();
            });
        }
    });
    Effect::new(move |_| state.timeline_width.set(width.get().max(1.0)));
    // The canvas moves sideways when the gutter comes or goes: gestures read its new left edge.
    Effect::new(move |_| {
        gutter.track();
        request_animation_frame(move || gestures.measure());
    });
    let resize = window_event_listener(ev::resize, move |_| gestures.measure());
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

    // Whether the keyboard's focus is in the timeline: set when it comes in, cleared when it goes to
    // something else or a press lands outside. A redraw that moves the focused event in the DOM
    // (a keyed list reordering around it) drops focus to the page without either.
    let had_focus = StoredValue::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    let press = window_event_listener(ev::pointerdown, move |e| {
        let target = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
        if !section.get_untracked().is_some_and(|s| s.contains(target.as_ref())) {
            had_focus.set_value(false);
        }
    });
    on_cleanup(move || press.remove());
    // When the focused event stops being drawn (zoomed out, folded into a cluster), focus moves to the
    // tab stop instead of falling to the page, so the keyboard keeps working; when a redraw dropped
    // it, it goes back where it was.
    Effect::new(move |_| {
        let stop = tab_stop.get();
        let current = focused.get();
        let gone = current.is_none_or(|id| scene.with(|s| s.event(id).is_none()));
        let on_page = gloo_utils::document().active_element().is_none_or(|a| a.tag_name() == "BODY");
        let target = if gone { stop } else { current };
        if (gone && current.is_some() || had_focus.get_value())
            && on_page
            && let Some(id) = target
        {
            // Only a change: setting it again would run this effect again, and again.
            if current != Some(id) {
                focused.set(Some(id));
            }
            let selector = format!("[data-event=\"{}\"]", id.get().id);
            // The frame may come after a language change rebuilt the page: then the canvas is gone.
            request_animation_frame(move || {
                if let Some(el) =
                    canvas.try_get_untracked().flatten().and_then(|c| c.query_selector(&selector).ok().flatten())
                {
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
    let keys = crate::state::single_keys();
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
            // Single-key shortcuts, off with `keys=off`; moving between events and Escape stay.
            "+" | "=" if keys => zoom_by(2.0),
            "-" | "_" if keys => zoom_by(0.5),
            "Escape" => state.select(None),
            _ => return,
        }
        ev.prevent_default();
    };

    // Lane stripes behind the events (the names are in `LaneNames`).
    let lane_stripes = move || {
        scene.with(|s| {
            s.lanes
                .iter()
                .enumerate()
                .map(|(i, lane)| {
                    view! {
                        <div
                            class="timeline-lane"
                            data-strand=StrandId(i as u16).get().id
                            style:top=format!("{}px", fixed(lane.top, 1))
                            style:height=format!("{}px", fixed(lane.height, 1))
                        ></div>
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
                style:transform=move || at.get().map(|(x, top)| format!("translate({}px, {}px)", fixed(x, 1), fixed(top, 1)))
                style:width=move || format!("{}px", fixed(CLUSTER_W * ui_scale.get(), 1))
                aria-label=i18n::more_events(n, strand, lang)
                title=i18n::more_events(n, strand, lang)
                on:click=move |_| expanded.update(|e| e[lane] = true)
            >
                {format!("+{n}")}
            </button>
        }
    };

    view! {
        <section
            class="timeline"
            id="timeline"
            node_ref=section
            on:focusin=move |_| had_focus.set_value(true)
            on:focusout=move |e: ev::FocusEvent| {
                if e.related_target().is_some() {
                    had_focus.set_value(false);
                }
            }
            tabindex="-1"
            aria-labelledby="timeline-heading"
            data-lanes=move || { if gutter.get() > 0.0 { "gutter" } else { "strips" } }
            style:--tl-row=move || format!("{}px", fixed(metrics.get().row, 1))
            style:--tl-font=move || format!("{}px", fixed(metrics.get().font, 1))
            style:--tl-gutter=move || format!("{}px", fixed(gutter.get(), 0))
            style:--tl-thin=move || format!("{}px", fixed(metrics.get().thin, 1))
        >
            <div class="timeline-head">
                <h2 id="timeline-heading" class="panel-title">
                    {Ui::Timeline.get(lang)}
                </h2>
                // A narrow timeline names its lanes here (they carry only their colour).
                <Show when=move || gutter.get() == 0.0>
                    <StrandChips scene=scene expanded=expanded/>
                </Show>
                <Toolbar zoom_by=zoom_by/>
            </div>
            <div class="timeline-body" node_ref=body>
                <div class="timeline-grid" style:height=move || format!("{}px", fixed(scene.with(|s| s.height), 1))>
                    <div
                        class="timeline-canvas"
                        node_ref=canvas
                        data-layout-ms=move || scene.with(|_| fixed(layout_ms.get_value(), 2))
                        on:wheel=move |ev| gestures.wheel(ev)
                        on:pointerdown=move |ev| gestures.down(ev)
                        on:pointermove=move |ev| gestures.moved(ev)
                        on:pointerup=move |ev| gestures.up(ev)
                        on:pointercancel=move |ev| gestures.up(ev)
                        on:keydown=on_key
                    >
                        {lane_stripes}
                        <Axis scene=scene scale=scale metrics=metrics/>
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
                    </div>
                    // After the events in the DOM, so Tab reaches the events first.
                    <Show when=move || { gutter.get() > 0.0 }>
                        <LaneNames scene=scene expanded=expanded row=Signal::derive(move || metrics.get().row)/>
                    </Show>
                </div>
                <crate::components::gesture_hint::GestureHintOverlay panel=crate::components::gesture_hint::Panel::Timeline/>
            </div>
        </section>
    }
}
