//! Keeps the address bar and the app state in step: the URL is read once at start (and on back or
//! forward), and written when the selection, window or language change. A new selection adds a
//! history entry; window and language changes replace the current one, at most twice a second.

use leptos::prelude::*;

use crate::state::{AppState, Selection};
use crate::timeline::scale::Window;
use crate::url::{self, Mode, Query};

fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Applies what a URL says to the state; anything unknown or invalid leaves the default.
fn apply(state: AppState, q: &Query) {
    let selection = q.selection.as_deref().and_then(Selection::from_id);
    state.selected.set(selection);
    if let Some((a, b)) = q.window {
        state.window.set(Window { start: a, end: b }.clamped());
    } else if let Some(Selection::Event(e)) = selection
        && let Some(w) = crate::state::frame_for(e, state.window.get_untracked(), state.timeline_width.get_untracked())
    {
        state.window.set(w);
    }
}

/// The query string for the current state, keeping the mode the page was opened in.
fn current(state: AppState, mode: Mode) -> String {
    let w = state.window.get();
    let q = Query {
        selection: state.selected.get().map(|s| s.id().to_string()),
        window: (w != Window::year_2025()).then_some((w.start, w.end)),
        lang: Some(state.lang.get()),
        mode,
        ..Query::default()
    };
    url::serialise(&q)
}

/// Reads the URL into `state` now, then keeps the two in step for the life of the app.
pub fn use_url_sync(state: AppState) {
    let initial = url::parse(&location_search());
    apply(state, &initial);
    let mode = initial.mode;
    let last_selection = StoredValue::new(state.selected.get_untracked());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    Effect::new(move |_| {
        let query = current(state, mode);
        // Only settled windows: not every frame of an animation or a drag.
        if state.window_target.get().is_some() {
            return;
        }
        let selection = state.selected.get_untracked();
        let push = selection != last_selection.get_value();
        last_selection.set_value(selection);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let write = move || {
            let Some(w) = web_sys::window() else { return };
            let Ok(history) = w.history() else { return };
            let path = w.location().pathname().unwrap_or_default();
            let target = if query.is_empty() { path } else { format!("{path}?{query}") };
            if location_search().trim_start_matches('?') == query {
                return;
            }
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            };
        };
        if push {
            write();
        } else {
            pending.set_value(set_timeout_with_handle(write, std::time::Duration::from_millis(400)).ok());
        }
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let q = url::parse(&location_search());
        last_selection.set_value(q.selection.as_deref().and_then(Selection::from_id));
        apply(state, &q);
        if let Some(l) = q.lang {
            state.lang.set(l);
        }
    });
    on_cleanup(move || handle.remove());
}
