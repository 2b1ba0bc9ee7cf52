//! View components. Each file holds one component, named for it.

pub mod app;
pub mod copy_link;
pub mod detail_card;
pub mod embed_bridge;
pub mod embed_dialog;
pub mod event_item;
pub mod figures_view;
pub mod filter_panel;
pub mod kiosk_mode;
pub mod map;
pub mod open_data;
pub mod record_counts;
pub mod search_box;
pub mod source_list;
pub mod strand_section;
pub mod timeline;
pub mod url_sync;

/// Gives focus to `el` through its own `focus` method, so SVG shapes (map units and markers) take it
/// too: `HTMLElement.prototype.focus` throws on them.
pub fn focus(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    if let Ok(f) = js_sys::Reflect::get(el, &"focus".into())
        && let Ok(f) = f.dyn_into::<js_sys::Function>()
    {
        let _ = f.call0(el);
    }
}

/// Focuses the first element of the page that `selector` matches; whether there was one.
pub fn focus_first(selector: &str) -> bool {
    let doc = web_sys::window().and_then(|w| w.document());
    let el = doc.and_then(|d| d.query_selector(selector).ok().flatten());
    el.map(|el| focus(&el)).is_some()
}

/// Runs `f` in the frame after the next one: what prompted it (a selection's details and
/// highlights) paints first, and moving the timeline and the map comes a frame later, so neither
/// frame carries both (issue 8's select → painted budget).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::request_animation_frame(f));
}
