//! Embed mode's side of the `postMessage` conversation (`crate::embed`): tells the host page the
//! content height and every selection change, and carries out commands from listed host origins.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

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

/// Starts the conversation for the life of the app: `ready`, then `height` whenever the content's
/// height changes and `selection` whenever the selection does; commands from `hosts` only.
pub fn use_embed_bridge(state: AppState, hosts: Vec<String>) {
    post("vnjp:ready", None);
    Effect::new(move |_| {
        let id = state.selected.get().map(|s| wasm_bindgen::JsValue::from_str(s.id()));
        post("vnjp:selection", Some(("id", id.unwrap_or(wasm_bindgen::JsValue::NULL))));
    });

    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let last = StoredValue::new(0);
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
        let h = el.scroll_height();
        if h != last.get_value() {
            last.set_value(h);
            post("vnjp:height", Some(("height", h.into())));
        }
    });
    if let (Ok(observer), Some(body)) = (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), doc.body()) {
        observer.observe(&body);
        on_cleanup(move || observer.disconnect());
    }
    // A frame out of the host's view may not be rendered (so not observed) until scrolled to: report
    // the first height from a timer as well, so the host can size it before that.
    let first: js_sys::Function = on_resize.as_ref().unchecked_ref::<js_sys::Function>().clone();
    set_timeout(move || drop(first.call0(&wasm_bindgen::JsValue::NULL)), std::time::Duration::from_millis(50));
    on_resize.forget();

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
