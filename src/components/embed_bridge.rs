//! Embed mode's side of the `postMessage` conversation (`crate::embed`): tells the host page the
//! content height and every selection change, and carries out commands from listed host origins,
//! coalesced to at most one of each kind per animation frame.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::{self, Command, Flush, Pending, Raw, VERSION};
use crate::filter::{Facet, Filters};
use crate::state::{AppState, Selection};

/// Posts `msg`, built by `fill`, to the parent window (target `*`), if the page is in a frame.
fn send(fill: impl FnOnce(&dyn Fn(&str, &wasm_bindgen::JsValue))) {
    let w = gloo_utils::window();
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let msg = js_sys::Object::new();
    fill(&|k: &str, v: &wasm_bindgen::JsValue| drop(js_sys::Reflect::set(&msg, &k.into(), v)));
    let _ = parent.post_message(&msg, "*");
}

/// Posts `{type, version: 1, key: value}` to the parent window.
fn post(kind: &str, field: Option<(&str, wasm_bindgen::JsValue)>) {
    send(|set| {
        set("type", &kind.into());
        set("version", &VERSION.into());
        if let Some((k, v)) = &field {
            set(k, v);
        }
    });
}

/// Posts AMP's resize request, `{sentinel: "amp", type: "embed-size", height}`, so an `<amp-iframe
/// resizable>` sizes the frame with no script of ours.
fn post_amp_size(height: f64) {
    send(|set| {
        set("sentinel", &"amp".into());
        set("type", &"embed-size".into());
        set("height", &height.into());
    });
}

/// A string field's value, if it is a string of at most [`embed::MAX_FIELD`] code units; a longer one
/// sets `oversized` and is not copied into the wasm.
fn text(v: &wasm_bindgen::JsValue, oversized: &mut bool) -> Option<String> {
    let s = v.dyn_ref::<js_sys::JsString>()?;
    if s.length() > embed::MAX_FIELD {
        *oversized = true;
        return None;
    }
    s.as_string()
}

/// Reads a message's data into a [`Raw`] (nothing trusted). The lists are read only for a
/// `filters` command, at most 100 items each.
fn read(data: &wasm_bindgen::JsValue) -> Raw {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
    let mut oversized = false;
    let command = text(&get("command"), &mut oversized);
    let mut list = |k: &str| -> Vec<String> {
        let v = get(k);
        if command.as_deref() != Some("filters") || !js_sys::Array::is_array(&v) {
            return Vec::new();
        }
        js_sys::Array::from(&v).iter().take(100).filter_map(|x| text(&x, &mut oversized)).collect()
    };
    let lists = [list("fs"), list("ft"), list("fc"), list("fl"), list("fp")];
    let id = get("id");
    Raw {
        kind: text(&get("type"), &mut oversized),
        version: get("version").as_f64(),
        id: if id.is_null() { Some(None) } else { text(&id, &mut oversized).map(Some) },
        lang: text(&get("lang"), &mut oversized),
        command,
        lists,
        oversized,
    }
}

fn carry_out(state: AppState, c: Command) {
    match c {
        Command::Select(None) => state.select(None),
        Command::Select(Some(id)) => {
            if let Some(s) = Selection::from_id(&id) {
                state.choose(s);
            }
        }
        Command::Lang(l) => state.lang.set(l),
        Command::Filters(lists) => {
            let f = Filters::from_ids(Facet::ALL.into_iter().zip(lists.iter()));
            if state.filters.with_untracked(|now| *now != f) {
                state.filters.set(f);
            }
        }
    }
}

/// How often a timer looks at a waiting batch of host commands, in case no animation frame comes.
const FLUSH_FALLBACK: Duration = Duration::from_millis(100);

/// Carries out `batch` of host commands in an animation frame once they settle (`embed::Pending`),
/// or from a timer when no frame comes (a frame out of the host's view is not rendered); whichever
/// takes the batch first, the other then finds nothing to do.
fn schedule(state: AppState, pending: StoredValue<Pending>, batch: u64) {
    fn frame(state: AppState, pending: StoredValue<Pending>, batch: u64) {
        if flush(state, pending, batch).is_some() {
            request_animation_frame(move || frame(state, pending, batch));
        }
    }
    fn timer(state: AppState, pending: StoredValue<Pending>, batch: u64) {
        if flush(state, pending, batch).is_some() {
            set_timeout(move || timer(state, pending, batch), FLUSH_FALLBACK);
        }
    }
    request_animation_frame(move || frame(state, pending, batch));
    set_timeout(move || timer(state, pending, batch), FLUSH_FALLBACK);
}

/// Takes `batch` and carries it out; or, while it must wait, says until when (`Some`).
fn flush(state: AppState, pending: StoredValue<Pending>, batch: u64) -> Option<f64> {
    let now = super::timeline::motion::now();
    match pending.try_update_value(|p| p.take(batch, state.lang.get_untracked(), now))? {
        Flush::Now(commands) => {
            commands.into_iter().for_each(|c| carry_out(state, c));
            None
        }
        Flush::Wait(until) => Some(until),
    }
}

/// Starts the conversation for the life of the app: `ready`, then `height` (the height it prefers
/// for its width) and `selection` whenever they change; commands from `hosts` only.
pub fn use_embed_bridge(state: AppState, hosts: Vec<String>) {
    post("vnjp:ready", None);
    Effect::new(move |_| {
        let id = state.selected.get().map(|s| wasm_bindgen::JsValue::from_str(s.id()));
        post("vnjp:selection", Some(("id", id.unwrap_or(wasm_bindgen::JsValue::NULL))));
    });

    // The height the layout prefers for the frame's width (`layout::preferred_height`): a frame,
    // never the length of a document. Sent at start and whenever the width changes (the host
    // resizing the frame's height must not feed back into it).
    let last = StoredValue::new(0.0_f64);
    Effect::new(move |_| {
        let h = crate::layout::preferred_height(state.viewport.with(|v| v.0));
        if h != last.get_value() {
            last.set_value(h);
            post("vnjp:height", Some(("height", h.into())));
            post_amp_size(h);
        }
    });

    let pending = StoredValue::new(Pending::default());
    // The user's own presses and keys go first (`embed::USER_FIRST_MS`).
    let user = move || {
        let _ = pending.try_update_value(|p| p.user_input(super::timeline::motion::now()));
    };
    let inputs = [
        window_event_listener(leptos::ev::pointerdown, move |_| user()),
        window_event_listener(leptos::ev::keydown, move |_| user()),
    ];
    on_cleanup(move || inputs.into_iter().for_each(|h| h.remove()));
    // The parent window, read once: a frame's parent never changes.
    let parent = gloo_utils::window().parent().ok().flatten().map(wasm_bindgen::JsValue::from);
    let handle = window_event_listener(leptos::ev::message, move |e: web_sys::MessageEvent| {
        if !embed::allowed(&e.origin(), &hosts) {
            return;
        }
        let from_parent = parent.as_ref().zip(e.source()).is_some_and(|(p, s)| *p == wasm_bindgen::JsValue::from(s));
        if !from_parent {
            return;
        }
        // Kept, not carried out: the latest of each kind is, once per frame (`embed::Pending`).
        if let Some(c) = embed::command(&read(&e.data()))
            && let Some(batch) = pending.try_update_value(|p| p.push(c, super::timeline::motion::now())).flatten()
        {
            schedule(state, pending, batch);
        }
    });
    on_cleanup(move || handle.remove());
}
