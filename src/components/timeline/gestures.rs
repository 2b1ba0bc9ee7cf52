//! Mouse, trackpad and touch on the timeline: wheel zoom at the pointer, drag to pan with inertia,
//! two-finger pinch and swipe. Handlers only translate input into window changes.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev::{PointerEvent, WheelEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::motion::glide;
use crate::components::gesture_hint::{GestureHint, Panel, use_gesture_hint};
use crate::input;
use crate::state::AppState;
use crate::timeline::scale::{Scale, Window};

/// Movement (px) before a press becomes a drag rather than a click.
const DRAG_THRESHOLD: f64 = 5.0;

#[derive(Clone, Copy, Debug)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Clone, Copy, Debug)]
struct Drag {
    start_x: f64,
    start: Window,
    moved: bool,
    last_x: f64,
    last_t: f64,
    velocity: f64,
    /// Distance between two fingers at the last move, for pinch.
    pinch: Option<f64>,
}

/// The gesture state of one timeline; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct Gestures {
    state: AppState,
    scale: Memo<Scale>,
    canvas: NodeRef<Div>,
    pointers: StoredValue<Vec<Pointer>>,
    drag: StoredValue<Option<Drag>>,
    glide_stop: StoredValue<Rc<Cell<bool>>, LocalStorage>,
    /// The canvas's left edge in the viewport, measured on mount and resize (reading it on every
    /// wheel event would force the browser to lay out the page each time).
    left: StoredValue<f64>,
    /// Set when a press turned into a drag, so the click that follows does not select.
    pub suppress_click: StoredValue<bool>,
    /// The embed's hint, for a wheel left to the host page.
    hint: Option<GestureHint>,
}

impl Gestures {
    pub fn new(state: AppState, scale: Memo<Scale>, canvas: NodeRef<Div>) -> Self {
        Gestures {
            state,
            scale,
            canvas,
            pointers: StoredValue::new(Vec::new()),
            drag: StoredValue::new(None),
            glide_stop: StoredValue::new_local(Rc::new(Cell::new(true))),
            left: StoredValue::new(0.0),
            suppress_click: StoredValue::new(false),
            hint: use_gesture_hint(),
        }
    }

    /// Re-reads where the canvas is; call on mount and resize. Does nothing once the timeline is
    /// gone (a frame requested before a language change rebuilt the page may run after it).
    pub fn measure(&self) {
        if let Some(el) = self.canvas.try_get_untracked().flatten() {
            let _ = self.left.try_set_value(el.get_bounding_client_rect().left());
        }
    }

    fn left(&self) -> f64 {
        self.left.get_value()
    }

    /// Takes over from any animation or glide: the user is moving the window now.
    fn take_over(&self) {
        self.glide_stop.with_value(|s| s.set(true));
        if self.state.window_target.get_untracked().is_some() {
            self.state.window_target.set(None);
        }
    }

    pub fn wheel(&self, ev: WheelEvent) {
        // Embedded in a host page, a plain vertical wheel scrolls the page; Ctrl (or ⌘) + wheel zooms.
        let vertical = ev.delta_y().abs() >= ev.delta_x().abs() && !ev.shift_key();
        if vertical && crate::embed::leaves_wheel_to_page(self.state.mode, ev.ctrl_key() || ev.meta_key()) {
            if let Some(h) = self.hint {
                h.offer(Panel::Timeline);
            }
            return;
        }
        ev.prevent_default();
        self.take_over();
        let scale = self.scale.get_untracked();
        // Pixels, finite and bounded whatever the event says (issue 18: −1.5e307 lines is −∞ px).
        let px = |d: f64| input::wheel_px(d, ev.delta_mode(), scale.width);
        let (dx, dy) = (px(ev.delta_x()), px(ev.delta_y()));
        let w = if dx.abs() > dy.abs() || ev.shift_key() {
            let d = if dx.abs() > dy.abs() { dx } else { dy };
            scale.window.pan(d / scale.px_per_day())
        } else {
            // Trackpad pinch arrives as a wheel with ctrl held and small deltas.
            let k = if ev.ctrl_key() { 0.01 } else { 0.0015 };
            let anchor = scale.day(f64::from(ev.client_x()) - self.left());
            scale.window.zoom_at(anchor, input::wheel_zoom(dy, k))
        };
        self.state.window.set(w);
    }

    pub fn down(&self, ev: PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        self.take_over();
        self.suppress_click.set_value(false);
        let p = Pointer { id: ev.pointer_id(), x: f64::from(ev.client_x()), y: f64::from(ev.client_y()) };
        // A primary pointer going down starts a new gesture: any pointer still tracked lost its
        // pointerup (it left the page, or a script never sent one). At most MAX_POINTERS fingers:
        // a flood of new pointer ids is ignored, not tracked.
        let primary = ev.is_primary();
        let tracked = self.pointers.try_update_value(|ps| {
            ps.retain(|q| q.id != p.id && !primary);
            let room = ps.len() < input::MAX_POINTERS;
            if room {
                ps.push(p);
            }
            room
        });
        if tracked != Some(true) {
            return;
        }
        let n = self.pointers.with_value(|ps| ps.len());
        let start = self.state.window.get_untracked();
        let t = ev.time_stamp();
        self.drag.set_value(Some(Drag {
            start_x: p.x,
            start,
            moved: n > 1,
            last_x: p.x,
            last_t: t,
            velocity: 0.0,
            pinch: self.pinch_distance(),
        }));
    }

    fn pinch_distance(&self) -> Option<f64> {
        // Euclidean, with a floor, so fingers one above the other do not make a huge ratio.
        self.pointers.with_value(|ps| (ps.len() >= 2).then(|| (ps[0].x - ps[1].x).hypot(ps[0].y - ps[1].y).max(30.0)))
    }

    pub fn moved(&self, ev: PointerEvent) {
        let Some(mut d) = self.drag.get_value() else { return };
        // A move from a pointer we are not tracking, or with no button down, ends a stale drag.
        if ev.buttons() == 0 || !self.pointers.with_value(|ps| ps.iter().any(|p| p.id == ev.pointer_id())) {
            if ev.buttons() == 0 {
                self.drag.set_value(None);
                self.pointers.update_value(|ps| ps.clear());
            }
            return;
        }
        let x = f64::from(ev.client_x());
        self.pointers.update_value(|ps| {
            if let Some(p) = ps.iter_mut().find(|p| p.id == ev.pointer_id()) {
                p.x = x;
                p.y = f64::from(ev.client_y());
            }
        });
        let scale = self.scale.get_untracked();
        if let (Some(before), Some(now)) = (d.pinch, self.pinch_distance()) {
            // Two fingers: zoom around their midpoint; their common movement pans.
            let mid = self.pointers.with_value(|ps| (ps[0].x + ps[1].x) / 2.0) - self.left();
            let w = scale.window.zoom_at(scale.day(mid), input::pinch_step(now, before));
            self.state.window.set(w);
            d.pinch = Some(now);
            d.moved = true;
            self.drag.set_value(Some(d));
            return;
        }
        if !d.moved && (x - d.start_x).abs() < DRAG_THRESHOLD {
            return;
        }
        if !d.moved {
            d.moved = true;
            if let Some(el) = self.canvas.get_untracked() {
                let _ = el.unchecked_ref::<web_sys::Element>().set_pointer_capture(ev.pointer_id());
            }
        }
        let t = ev.time_stamp();
        if t > d.last_t {
            let v = input::velocity(x - d.last_x, t - d.last_t);
            d.velocity = 0.8 * v + 0.2 * d.velocity;
        }
        d.last_x = x;
        d.last_t = t;
        let ppd = scale.width / d.start.span();
        self.state.window.set(d.start.pan(-(x - d.start_x) / ppd));
        self.drag.set_value(Some(d));
    }

    pub fn up(&self, ev: PointerEvent) {
        self.pointers.update_value(|ps| ps.retain(|p| p.id != ev.pointer_id()));
        let Some(d) = self.drag.get_value() else { return };
        let left = self.pointers.with_value(|ps| ps.len());
        if left > 0 {
            // One finger of a pinch lifted: continue as a one-finger drag from here.
            let x = self.pointers.with_value(|ps| ps[0].x);
            let start = self.state.window.get_untracked();
            self.drag.set_value(Some(Drag { start_x: x, start, last_x: x, pinch: None, velocity: 0.0, ..d }));
            return;
        }
        self.drag.set_value(None);
        if d.moved {
            self.suppress_click.set_value(true);
            let stop = Rc::new(Cell::new(false));
            self.glide_stop.set_value(stop.clone());
            let recent = ev.time_stamp() - d.last_t < 80.0;
            if recent {
                glide(self.state, self.scale.get_untracked().px_per_day(), d.velocity, stop);
            }
        }
    }
}
