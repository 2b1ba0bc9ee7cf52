//! Keeps the address bar and the app state in step: the URL is read once at start (and on back or
//! forward), and written when the selection, window or language change. A new selection adds a
//! history entry; window and language changes replace the current one, at most twice a second.

use leptos::prelude::*;

use crate::filter::{self, Facet, Filters};
use crate::map::PaneId;
use crate::map::view::View;
use crate::state::{AppState, Selection};
use crate::timeline::scale::Window;
use crate::url::{self, Mode, Query};

fn location_search() -> String {
    gloo_utils::window().location().search().unwrap_or_default()
}

/// The URL's id lists of each facet.
fn facet_lists(q: &Query) -> [(Facet, &Vec<String>); 5] {
    [
        (Facet::Strand, &q.strands),
        (Facet::Theme, &q.themes),
        (Facet::Country, &q.countries),
        (Facet::Locality, &q.localities),
        (Facet::Person, &q.people),
    ]
}

/// Applies what a URL says to the state; anything unknown or invalid leaves the default.
pub fn apply(state: AppState, q: &Query) {
    let selection = q.selection.as_deref().and_then(Selection::from_id);
    state.selected.set(selection);
    state.sheet.update(|s| *s = s.on_select(selection.is_some()));
    state.filters.set(Filters::from_ids(facet_lists(q)));
    state.search.set(q.search.clone());
    state.page.set(q.page);
    for (i, (p, v)) in [(PaneId::Vietnam, q.map_vn), (PaneId::Japan, q.map_jp)].into_iter().enumerate() {
        let pane = p.pane();
        let view = v.map_or(View::whole(&pane), |(zoom, cx, cy)| View { cx, cy, zoom }.clamped(&pane));
        state.map_views[i].set(view);
    }
    // No `t` means the default window (that is how `current` writes it), framing the selected event
    // if it needs it; any animation under way stops.
    state.window_target.set(None);
    let window = match q.window {
        Some((a, b)) => Window { start: a, end: b }.clamped(),
        None => Window::year_2025(),
    };
    let framed = match (q.window, selection) {
        (None, Some(Selection::Event(e))) => crate::state::frame_for(e, window, state.timeline_width.get_untracked()),
        _ => None,
    };
    state.window.set(framed.unwrap_or(window));
}

/// The query string for the current state, keeping what the page was opened with that is not state
/// (the mode, an embed's hosts, a kiosk's timers) from `fixed`.
fn current(state: AppState, fixed: &Query) -> String {
    let w = state.window.get();
    let filters = state.filters.get();
    let ids = |f: Facet| filters.in_facet(f).map(|c| filter::choice_id(c).to_string()).collect::<Vec<_>>();
    let map = |i: usize, p: PaneId| {
        let v = state.map_views[i].get();
        (v != View::whole(&p.pane())).then_some((v.zoom, v.cx, v.cy))
    };
    let q = Query {
        selection: state.selected.get().map(|s| s.id().to_string()),
        search: state.search.get().chars().take(url::MAX_SEARCH).collect(),
        strands: ids(Facet::Strand),
        themes: ids(Facet::Theme),
        countries: ids(Facet::Country),
        localities: ids(Facet::Locality),
        people: ids(Facet::Person),
        map_vn: map(0, PaneId::Vietnam),
        map_jp: map(1, PaneId::Japan),
        window: (w != Window::year_2025()).then_some((w.start, w.end)),
        page: state.page.get(),
        lang: Some(state.lang.get()),
        // The staff PIN never shows in the address bar or in a copied link.
        pin: None,
        ..fixed.clone()
    };
    url::serialise(&q)
}

/// The address of what is on screen now — for "Copy link", which cannot wait for the throttled
/// address-bar update: this page's address with the query `current` writes.
pub fn link(state: AppState) -> String {
    address(state, &not_state(&url::parse(&location_search())))
}

/// The address of what is on screen in the full explorer, out of an embed: the state's query with no
/// mode or hosts (for "Open the full explorer").
pub fn full_link(state: AppState) -> String {
    address(state, &Query::default())
}

/// This page's address with the query `current` writes for the state and `fixed`.
fn address(state: AppState, fixed: &Query) -> String {
    let loc = gloo_utils::window().location();
    let query = untrack(|| current(state, fixed));
    let base = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default());
    if query.is_empty() { base } else { format!("{base}?{query}") }
}

/// What a URL says that is not state, kept in every address the app writes: the mode, an embed's
/// hosts, a kiosk's timers, `keys=off`.
fn not_state(opened: &Query) -> Query {
    Query {
        mode: opened.mode,
        hosts: opened.hosts.clone(),
        idle: opened.idle,
        reset: opened.reset,
        step: opened.step,
        keys_off: opened.keys_off,
        ..Query::default()
    }
}

/// Applies the URL the page was `opened` with to `state`, then keeps the two in step for the life
/// of the app.
pub fn use_url_sync(state: AppState, opened: &Query) {
    apply(state, opened);
    let fixed = StoredValue::new(not_state(opened));
    let last_selection = StoredValue::new(state.selected.get_untracked());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    Effect::new(move |_| {
        // A kiosk keeps its address: its tour would otherwise add a history entry per stop for days.
        if fixed.with_value(|f| f.mode == Mode::Kiosk) {
            return;
        }
        let query = fixed.with_value(|f| current(state, f));
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
            let w = gloo_utils::window();
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
            // After the selection has painted: the history entry is not the click's work.
            crate::components::after_next_paint(write);
        } else {
            pending.set_value(set_timeout_with_handle(write, std::time::Duration::from_millis(400)).ok());
        }
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let q = url::parse(&location_search());
        // A jump to an anchor in the page (a source) is not a new state.
        if url::serialise(&q) == untrack(|| fixed.with_value(|f| current(state, f))) {
            return;
        }
        last_selection.set_value(q.selection.as_deref().and_then(Selection::from_id));
        apply(state, &q);
        if let Some(l) = q.lang {
            state.lang.set(l);
        }
    });
    on_cleanup(move || handle.remove());
}
