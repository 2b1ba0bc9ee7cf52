//! Embed mode's side of the `postMessage` conversation (`crate::embed`): tells the host page the
//! content height and every selection change, and carries out commands from listed host origins.

use leptos::prelude::*;

use crate::embed::{self, Command, Raw, VERSION};
use crate::filter::{Facet, Filters};
use crate::state::{AppState, Selection};

/// Posts `{type, version: 1, key: value}` to the parent window.
fn post(kind: &str, field: Option<(&str, wasm_bindgen::JsValue)>) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let msg = js_sys::Object::new();
    let set = |k: &str, v: &wasm_bindgen::JsValue| drop(js_sys::Reflect::set(&msg, &k.into(), v));
    set("type", &kind.into());
    set("version", &VERSION.into());
    if let Some((k, v)) = field {
        set(k, &v);
    }
    let _ = parent.post_message(&msg, "*");
}

/// Reads a message's data into a [`Raw`] (nothing trusted).
fn read(data: &wasm_bindgen::JsValue) -> Raw {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
    let list = |k: &str| -> Vec<String> {
        let v = get(k);
        if !js_sys::Array::is_array(&v) {
            return Vec::new();
        }
        js_sys::Array::from(&v).iter().take(100).filter_map(|x| x.as_string()).collect()
    };
    let id = get("id");
    Raw {
        kind: get("type").as_string(),
        version: get("version").as_f64(),
        command: get("command").as_string(),
        id: if id.is_null() { Some(None) } else { id.as_string().map(Some) },
        lang: get("lang").as_string(),
        lists: [list("fs"), list("ft"), list("fc"), list("fl"), list("fp")],
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
        Command::Filters(lists) => state.filters.set(Filters::from_ids(Facet::ALL.into_iter().zip(lists.iter()))),
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
        }
    });

    let handle = window_event_listener(leptos::ev::message, move |e: web_sys::MessageEvent| {
        let from_parent = web_sys::window()
            .and_then(|w| w.parent().ok().flatten())
            .zip(e.source())
            .is_some_and(|(p, s)| wasm_bindgen::JsValue::from(p) == wasm_bindgen::JsValue::from(s));
        if !from_parent || !embed::allowed(&e.origin(), &hosts) {
            return;
        }
        if let Some(c) = embed::command(&read(&e.data())) {
            carry_out(state, c);
        }
    });
    on_cleanup(move || handle.remove());
}
