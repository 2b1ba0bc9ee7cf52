//! Animated moves of the visible window, inertia after a drag, and the reduced-motion preference.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::state::AppState;
use crate::timeline::scale::Window;

/// True when the user asked the system for reduced motion.
pub fn reduced_motion() -> bool {
    gloo_utils::window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
}

/// Milliseconds since the page loaded (`performance.now()`).
pub fn now() -> f64 {
    gloo_utils::window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Plays every move requested through [`AppState::go_to`]: eased over 350 ms, or at once (in the
/// frame after next) when motion is reduced. A newer request, or the user grabbing the timeline,
/// cancels the one under way.
pub fn use_window_animation(state: AppState) {
    let generation = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let Some(target) = state.window_target.get() else { return };
        let gen_now = generation.get().wrapping_add(1);
        generation.set(gen_now);
        if reduced_motion() {
            // At once, but after the next paint (see `after_next_paint`).
            let generation = generation.clone();
            crate::components::after_next_paint(move || {
                if generation.get() == gen_now && state.window_target.get_untracked() == Some(target) {
                    state.window.set(target);
                    state.window_target.set(None);
                }
            });
            return;
        }
        let from = state.window.get_untracked();
        let start = now();
        fn frame(state: AppState, from: Window, target: Window, start: f64, gen_now: u32, generation: Rc<Cell<u32>>) {
            if generation.get() != gen_now || state.window_target.get_untracked() != Some(target) {
                return;
            }
            let t = ((now() - start) / 350.0).clamp(0.0, 1.0);
            let eased = 1.0 - (1.0 - t).powi(3);
            state.window.set(if t < 1.0 { from.lerp(target, eased).clamped() } else { target });
            if t < 1.0 {
                request_animation_frame(move || frame(state, from, target, start, gen_now, generation));
            } else {
                state.window_target.set(None);
            }
        }
        let generation = generation.clone();
        request_animation_frame(move || frame(state, from, target, start, gen_now, generation));
    });
}

/// Momentum after a drag: keeps panning at `velocity` px/ms, slowing down, until `stop` is set.
pub fn glide(state: AppState, px_per_day: f64, velocity: f64, stop: Rc<Cell<bool>>) {
    if reduced_motion() || velocity.abs() < 0.05 {
        return;
    }
    let mut v = velocity;
    let mut last = now();
    fn step(state: AppState, ppd: f64, v: &mut f64, last: &mut f64, stop: &Rc<Cell<bool>>) -> bool {
        // An animated move (a button, a selection, the map's play) takes over from the glide.
        if stop.get() || state.window_target.get_untracked().is_some() {
            return false;
        }
        let t = now();
        let dt = (t - *last).min(50.0);
        *last = t;
        state.window.update(|w| *w = w.pan(-*v * dt / ppd));
        *v *= 0.94f64.powf(dt / 16.0);
        v.abs() >= 0.02
    }
    fn tick(state: AppState, ppd: f64, mut v: f64, mut last: f64, stop: Rc<Cell<bool>>) {
        if step(state, ppd, &mut v, &mut last, &stop) {
            request_animation_frame(move || tick(state, ppd, v, last, stop));
        }
    }
    request_animation_frame(move || {
        if step(state, px_per_day, &mut v, &mut last, &stop) {
            tick(state, px_per_day, v, last, stop)
        }
    });
}
