//! One country's pane: units shaded by involvement, island groups, symbols, the training route, and
//! markers for the places of the events in view; wheel, drag, double-click and keyboard navigation.

use crate::format::fixed;
use std::collections::BTreeMap;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::gesture_hint::{Panel, use_gesture_hint};
use crate::data::{EventId, UNITS, UnitId};
use crate::i18n::{Noun, Ui};
use crate::input;
use crate::map::markers::{self, Marker, Side, level, markers, merge_distance, radius_px, short_name};
use crate::map::view::{Rect, View};
use crate::map::{PaneId, SHAPES, SYMBOLS, ShapeKind, islands_label};
use crate::state::{Selection, use_app_state};

/// A pane of the map.
#[component]
pub fn MapPane(
    /// Which country.
    pane: PaneId,
    /// Its accessible name.
    label: &'static str,
    /// Events in the timeline's window.
    events: Memo<Vec<EventId>>,
    /// Events per unit id, for shading.
    involved: Memo<BTreeMap<&'static str, usize>>,
    /// Bumped by the Reset button.
    reset: RwSignal<u32>,
    /// What the pane shows (owned by the map, which draws links across panes).
    view: RwSignal<View>,
    /// Where the pane is drawn inside the map area; measured here.
    rect: RwSignal<Rect>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let p = pane.pane();
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let size = Memo::new(move |_| {
        let r = rect.get();
        (r.w.max(1.0), r.h.max(1.0))
    });
    let ui = Memo::new(move |_| state.shell.with(|s| s.scale));
    let measure = move || {
        if let Some(el) = svg.get_untracked() {
            let r = el.get_bounding_client_rect();
            let parent = el.closest(".map-panes").ok().flatten().map(|c| c.get_bounding_client_rect());
            let (px, py) = parent.map(|c| (c.left(), c.top())).unwrap_or((0.0, 0.0));
            rect.set(Rect { x: r.left() - px, y: r.top() - py, w: r.width(), h: r.height() });
        }
    };
    // The pane changes size with the shell (a sheet opening, a rotation), not only with the window.
    Effect::new(move |_| {
        if let Some(el) = svg.get() {
            super::super::observe_size(&el, move |w, h| {
                if w > 0.0 && h > 0.0 {
                    measure();
                }
            });
        }
    });
    Effect::new(move |prev: Option<u32>| {
        let n = reset.get();
        if prev.is_some() {
            view.set(View::whole(&p));
        }
        n
    });
    // Selecting an event frames its places in this pane; selecting a place frames the place. After
    // the next paint (see `after_next_paint`), and only if nothing else (a URL's `mv=`, the user)
    // moved the map in between.
    Effect::new(move |_| {
        let selected = state.selected.get();
        if let Some(v) = markers::fit(pane, &selected.map(Selection::places).unwrap_or_default()) {
            let before = view.get_untracked();
            super::super::after_next_paint(move || {
                if view.try_get_untracked() == Some(before) && state.selected.get_untracked() == selected {
                    view.set(v);
                }
            });
        }
    });

    let ppu = Memo::new(move |_| {
        let (w, h) = size.get();
        view.get().px_per_unit(&p, w, h)
    });
    let marks: Memo<Vec<Marker>> = Memo::new(move |_| {
        let s = ui.get();
        let merge = merge_distance(s, ppu.get());
        events.with(|e| markers(e, merge)).into_iter().filter(|m| m.pane == pane).collect()
    });
    let labels = Memo::new(move |_| {
        let (k, v, s) = (ppu.get(), view.get(), ui.get());
        marks.with(|ms| markers::labels_shown(ms, &v, k, s, lang, size.get()))
    });
    let selected_places = Memo::new(move |_| state.selected.get().map(Selection::places).unwrap_or_default());
    let selected_unit = Memo::new(move |_| match state.selected.get() {
        Some(Selection::Unit(u)) => Some(u.get().id),
        _ => None,
    });

    // Screen position → map units, for wheel and double-click.
    let to_map = move |client_x: f64, client_y: f64| {
        let el = svg.get_untracked()?;
        let r = el.get_bounding_client_rect();
        let frame = Rect { x: r.left(), y: r.top(), w: r.width(), h: r.height() };
        Some(view.get_untracked().to_map(&p, frame, client_x, client_y))
    };
    // One pointer drags; two pinch around their midpoint; a quick second tap zooms in.
    let pointers: StoredValue<Vec<(i32, f64, f64)>> = StoredValue::new(Vec::new());
    let drag: StoredValue<Option<(f64, f64, View, bool)>> = StoredValue::new(None);
    let pinch: StoredValue<Option<f64>> = StoredValue::new(None);
    let last_tap: StoredValue<Option<(f64, f64, f64)>> = StoredValue::new(None);
    let suppress = StoredValue::new(false);
    let mode = use_app_state().mode;
    let hint = use_gesture_hint();
    let on_wheel = move |e: ev::WheelEvent| {
        // Embedded, the page scrolls under a plain wheel; Ctrl (or ⌘) + wheel zooms the map.
        if crate::embed::leaves_wheel_to_page(mode, e.ctrl_key() || e.meta_key()) {
            if let Some(h) = hint {
                h.offer(Panel::Map);
            }
            return;
        }
        e.prevent_default();
        if let Some((x, y)) = to_map(f64::from(e.client_x()), f64::from(e.client_y())) {
            let k = if e.ctrl_key() { 0.01 } else { 0.002 };
            // Pixels, finite and bounded whatever the event says (issue 18).
            let dy = input::wheel_px(e.delta_y(), e.delta_mode(), rect.get_untracked().h);
            view.update(|v| *v = v.zoom_at(&p, x, y, input::wheel_zoom(dy, k)));
        }
    };
    let spread = move || {
        pointers.with_value(|ps| (ps.len() >= 2).then(|| ((ps[0].1 - ps[1].1).hypot(ps[0].2 - ps[1].2)).max(1.0)))
    };
    let on_down = move |e: ev::PointerEvent| {
        if e.button() != 0 {
            return;
        }
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        // A primary pointer going down starts a new gesture (pointers still tracked lost their
        // pointerup); at most MAX_POINTERS fingers: a flood of new pointer ids is ignored.
        let primary = e.is_primary();
        let tracked = pointers.try_update_value(|ps| {
            ps.retain(|q| q.0 != e.pointer_id() && !primary);
            let room = ps.len() < input::MAX_POINTERS;
            if room {
                ps.push((e.pointer_id(), x, y));
            }
            room
        });
        if tracked != Some(true) {
            return;
        }
        suppress.set_value(false);
        if let Some(d) = spread() {
            pinch.set_value(Some(d));
            drag.set_value(None);
            return;
        }
        if e.pointer_type() == "touch" {
            let now = e.time_stamp();
            if let Some((tx, ty, t)) = last_tap.get_value()
                && now - t < 320.0
                && (x - tx).hypot(y - ty) < 30.0
            {
                last_tap.set_value(None);
                if let Some((mx, my)) = to_map(x, y) {
                    view.update(|v| *v = v.zoom_at(&p, mx, my, 2.0));
                }
                return;
            }
            last_tap.set_value(Some((x, y, now)));
        }
        drag.set_value(Some((x, y, view.get_untracked(), false)));
    };
    let on_move = move |e: ev::PointerEvent| {
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        pointers.update_value(|ps| {
            if let Some(q) = ps.iter_mut().find(|q| q.0 == e.pointer_id()) {
                (q.1, q.2) = (x, y);
            }
        });
        if let (Some(before), Some(now)) = (pinch.get_value(), spread()) {
            let (mx, my) = pointers.with_value(|ps| ((ps[0].1 + ps[1].1) / 2.0, (ps[0].2 + ps[1].2) / 2.0));
            if let Some((ux, uy)) = to_map(mx, my) {
                view.update(|v| *v = v.zoom_at(&p, ux, uy, input::pinch_step(now, before)));
            }
            pinch.set_value(Some(now));
            suppress.set_value(true);
            return;
        }
        let Some((x0, y0, start, moved)) = drag.get_value() else { return };
        let (dx, dy) = (x - x0, y - y0);
        if !moved && dx.hypot(dy) < 5.0 {
            return;
        }
        if !moved && let Some(el) = svg.get_untracked() {
            let _ = el.unchecked_ref::<web_sys::Element>().set_pointer_capture(e.pointer_id());
        }
        drag.set_value(Some((x0, y0, start, true)));
        let (w, h) = size.get_untracked();
        let k = start.px_per_unit(&p, w, h);
        view.set(start.pan(&p, -dx / k, -dy / k));
    };
    let on_up = move |e: ev::PointerEvent| {
        pointers.update_value(|ps| ps.retain(|q| q.0 != e.pointer_id()));
        if spread().is_none() {
            pinch.set_value(None);
        }
        if let Some((_, _, _, true)) = drag.get_value() {
            suppress.set_value(true);
        }
        drag.set_value(None);
    };
    let on_dblclick = move |e: ev::MouseEvent| {
        if let Some((x, y)) = to_map(f64::from(e.client_x()), f64::from(e.client_y())) {
            view.update(|v| *v = v.zoom_at(&p, x, y, 2.0));
        }
    };
    // Arrows, + − and 0 are single-key shortcuts here, off with `keys=off` (the units and markers
    // are Tab stops of their own).
    let keys = crate::state::single_keys();
    let on_key = move |e: ev::KeyboardEvent| {
        if !keys {
            return;
        }
        let v = view.get_untracked();
        let (w, h) = v.extent(&p);
        let next = match e.key().as_str() {
            "ArrowLeft" => v.pan(&p, -w * 0.1, 0.0),
            "ArrowRight" => v.pan(&p, w * 0.1, 0.0),
            "ArrowUp" => v.pan(&p, 0.0, -h * 0.1),
            "ArrowDown" => v.pan(&p, 0.0, h * 0.1),
            "+" | "=" => v.zoom_at(&p, v.cx, v.cy, 2.0),
            "-" | "_" => v.zoom_at(&p, v.cx, v.cy, 0.5),
            "0" => View::whole(&p),
            _ => return,
        };
        // Only keys aimed at the pane itself, not at a marker or unit inside it.
        if e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.tag_name() == "svg") {
            e.prevent_default();
            view.set(next);
        }
    };

    let unit_id = |id: &str| UNITS.iter().position(|u| u.id == id).map(|i| UnitId(i as u16));
    let context = SHAPES
        .iter()
        .filter(|s| s.pane == pane && s.kind == ShapeKind::Context)
        .map(|s| view! { <path class="map-context" d=s.path()></path> })
        .collect_view();
    let units = SHAPES
        .iter()
        .filter(|s| s.pane == pane && s.kind != ShapeKind::Context)
        .filter_map(|s| unit_id(s.id).map(|u| (s, u)))
        .map(|(s, u)| {
            let id = s.id;
            let count = move || involved.with(|m| m.get(id).copied().unwrap_or(0));
            let count_events = move |n: usize| crate::i18n::count(n, Noun::Event, lang);
            let name = if s.kind == ShapeKind::Islands {
                match s.name {
                    "hoang-sa" => format!("{} ({})", islands_label("hoang-sa", lang).1, u.get().name.get(lang)),
                    _ => format!("{} ({})", islands_label("truong-sa", lang).1, u.get().name.get(lang)),
                }
            } else {
                u.get().name.get(lang).to_string()
            };
            let aria = {
                let name = name.clone();
                move || format!("{name}: {}", count_events(count()))
            };
            view! {
                <path
                    class="map-unit"
                    class:is-islands=s.kind == ShapeKind::Islands
                    class:is-selected=move || selected_unit.get() == Some(id)
                    data-unit=id
                    data-level=move || level(count()).to_string()
                    d=s.path()
                    role=move || (count() > 0).then_some("button")
                    tabindex=move || (count() > 0).then_some("0")
                    aria-label=aria.clone()
                    on:click=move |e: ev::MouseEvent| {
                        let after_drag = suppress.get_value() && e.detail() != 0;
                        suppress.set_value(false);
                        if !after_drag && count() > 0 {
                            state.choose(Selection::Unit(u));
                        }
                    }
                    on:keydown=move |e: ev::KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            e.prevent_default();
                            state.choose(Selection::Unit(u));
                        }
                    }
                >
                    <title>{aria.clone()}</title>
                </path>
            }
        })
        .collect_view();
    // Island groups get a label, as Vietnam's.
    let island_labels = SHAPES
        .iter()
        .filter(|s| s.pane == pane && s.kind == ShapeKind::Islands)
        .map(|s| {
            let ((lon, lat), text) = islands_label(s.name, lang);
            let (x, y) = p.project(lon, lat);
            view! {
                <text class="map-islands-label" x=fixed(x, 0) y=fixed(y, 0) font-size=move || fixed(12.0 * ui.get() / ppu.get(), 1)>
                    {text}
                </text>
            }
        })
        .collect_view();
    let symbols = SYMBOLS
        .iter()
        .filter(|s| s.unit.starts_with(if pane == PaneId::Japan { "JP" } else { "VN" }))
        .map(|s| {
            let (x, y) = p.project(s.lon, s.lat);
            view! {
                <circle class="map-symbol" cx=fixed(x, 0) cy=fixed(y, 0) r=move || fixed(3.0 * ui.get() / ppu.get(), 1)>
                    <title>{s.name.get(lang)}</title>
                </circle>
            }
        })
        .collect_view();
    // The training programme's route Tokyo → Toyama → Kanazawa, while the programme is in view.
    let route = move || {
        let points = events.with(|e| markers::training_route(e)).filter(|_| pane == PaneId::Japan)?;
        Some(view! {
            <polyline class="map-route" points=points>
                <title>{Ui::TrainingRoute.get(lang)}</title>
            </polyline>
        })
    };
    let marker_views = move || {
        let k = ppu.get();
        let s = ui.get_untracked();
        let shown = labels.get();
        marks.with(|ms| {
            ms.iter()
                .zip(shown)
                .map(|(m, show)| {
                    let n = m.events.len();
                    let names: Vec<&str> = m.places.iter().map(|pl| pl.get().name.get(lang)).collect();
                    let aria = markers::marker_name(&names, n, lang);
                    let tooltip = aria.clone();
                    let place = m.places[0];
                    // One event: select it (the timeline follows). Several: select the place and
                    // let the card list them.
                    let only = (n == 1).then(|| m.events[0]);
                    let choose = move || match only {
                        Some(e) => state.select(Some(e)),
                        None => state.choose(Selection::Place(place)),
                    };
                    let r = radius_px(n, s) / k;
                    // Only this attribute follows the selection: a click repaints one class, not
                    // every marker.
                    let places = m.places.clone();
                    let selected = move || selected_places.with(|c| places.iter().any(|pl| c.contains(pl)));
                    view! {
                        <g
                            class="map-marker"
                            class:is-selected=selected
                            data-place=place.get().id
                            data-strand=markers::main_strand(&m.events).map(|s| s.get().id)
                            transform=format!("translate({} {})", fixed(m.x, 1), fixed(m.y, 1))
                            role="button"
                            tabindex="0"
                            aria-label=aria
                            on:click=move |e: ev::MouseEvent| {
                                let after_drag = suppress.get_value() && e.detail() != 0;
                                suppress.set_value(false);
                                if !after_drag {
                                    choose();
                                }
                            }
                            on:keydown=move |e: ev::KeyboardEvent| {
                                if e.key() == "Enter" || e.key() == " " {
                                    e.prevent_default();
                                    choose();
                                }
                            }
                        >
                            <title>{tooltip}</title>
                            // A touch-sized target (48 CSS px) around even the smallest marker.
                            <circle class="map-marker-hit" r=fixed(24.0 * s / k, 2)></circle>
                            <circle r=fixed(r, 2)></circle>
                            // The label before the count in the text, as in the accessible name
                            // (`marker_name`); its trailing space, not drawn, parts the two.
                            // On the marker's left where its right would run past the pane's edge.
                            {show
                                .map(|side| {
                                    let gap = r + 3.0 * s / k;
                                    let left = side == Side::Left;
                                    view! {
                                        <text
                                            class="map-marker-label"
                                            x=fixed(if left { -gap } else { gap }, 2)
                                            text-anchor=left.then_some("end")
                                            dy=fixed(4.0 * s / k, 2)
                                            font-size=fixed(12.0 * s / k, 2)
                                        >
                                            {format!("{} ", short_name(names[0]))}
                                        </text>
                                    }
                                })}
                            <text class="map-marker-count" dy=fixed(4.0 * s / k, 2) font-size=fixed(11.0 * s / k, 2)>
                                {n.to_string()}
                            </text>
                        </g>
                    }
                })
                .collect_view()
        })
    };

    // A unit or marker reached by Tab that the view has cut off: pan to it, so focus stays visible
    // (`View::reveal`).
    let on_focusin = move |e: ev::FocusEvent| {
        let (Some(el), Some(svg)) =
            (e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()), svg.get_untracked())
        else {
            return;
        };
        // Keyboard focus only (`:focus-visible`): a click already sees what it clicked.
        if el.is_same_node(Some(&svg)) || !el.matches(":focus-visible").unwrap_or(false) {
            return;
        }
        let rect = |r: web_sys::DomRect| Rect { x: r.left(), y: r.top(), w: r.width(), h: r.height() };
        let (shape, frame) = (rect(el.get_bounding_client_rect()), rect(svg.get_bounding_client_rect()));
        if let Some(v) = view.get_untracked().reveal(&p, ppu.get_untracked(), shape, frame) {
            view.set(v);
            // The browser scrolled the page to where the shape was before the pan: scroll to where
            // it is now.
            request_animation_frame(move || {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
                if let Ok(f) = js_sys::Reflect::get(&el, &"scrollIntoView".into())
                    && let Ok(f) = f.dyn_into::<js_sys::Function>()
                {
                    let _ = f.call1(&el, &options);
                }
            });
        }
    };

    view! {
        <figure class="map-pane" data-pane=if pane == PaneId::Japan { "Japan" } else { "Vietnam" }>
            <figcaption class="map-pane-name">{label}</figcaption>
            <svg
                node_ref=svg
                class="map-svg"
                role="group"
                aria-label=if keys { format!("{label}: {}", Ui::PaneKeys.get(lang)) } else { label.to_string() }
                tabindex="0"
                viewBox=move || view.get().view_box(&p)
                preserveAspectRatio="xMidYMid meet"
                on:wheel=on_wheel
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
                on:dblclick=on_dblclick
                on:keydown=on_key
                on:focusin=on_focusin
            >
                <g class="map-layer-context">{context}</g>
                <g class="map-layer-units">{units}</g>
                <g class="map-layer-symbols">{symbols} {island_labels}</g>
                <g class="map-layer-route">{route}</g>
                <g class="map-layer-markers">{marker_views}</g>
            </svg>
        </figure>
    }
}
