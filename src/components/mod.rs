//! View components. Each file holds one component, named for it.

pub mod app;
pub mod copy_link;
pub mod detail_card;
pub mod embed_bridge;
pub mod embed_dialog;
pub mod event_item;
pub mod figures_view;
pub mod filter_panel;
pub mod gesture_hint;
pub mod header;
pub mod icons;
pub mod kiosk_mode;
pub mod map;
pub mod open_data;
pub mod pages;
pub mod popover;
pub mod print_report;
pub mod record_counts;
pub mod search_box;
pub mod source_list;
pub mod strand_section;
pub mod timeline;
pub mod tour_caption;
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
    let el = gloo_utils::document().query_selector(selector).ok().flatten();
    el.map(|el| focus(&el)).is_some()
}

/// Runs `f` in the frame after the next one: what prompted it (a selection's details and
/// highlights) paints first, and moving the timeline and the map comes a frame later, so neither
/// frame carries both (issue 8's select → painted budget).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::request_animation_frame(f));
}

/// `source`, a frame late: a signal that takes its value in the animation frame after it changes,
/// so that what is built from it (a record's details, a new lane layout) comes in the frame after
/// the change's own feedback (a highlight) has painted — each frame carries half the work. A newer
/// change before that frame wins.
pub fn next_frame<T>(source: impl Fn() -> T + Send + Sync + 'static) -> leptos::prelude::ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    let (value, set) = signal(untrack(&source));
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let next = source();
        let n = generation.get_value().wrapping_add(1);
        generation.set_value(n);
        request_animation_frame(move || {
            if generation.try_get_value() == Some(n) && value.try_get_untracked().is_some_and(|v| v != next) {
                set.set(next);
            }
        });
    });
    value
}

/// Watches `el`'s size (content box) and hands it to `f` on every change, for the life of the owner.
pub fn observe_size(el: &web_sys::Element, f: impl Fn(f64, f64) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            let r = e.content_rect();
            f(r.width(), r.height());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(el);
        let keep = send_wrapper::SendWrapper::new((observer, cb));
        leptos::prelude::on_cleanup(move || keep.0.disconnect());
    }
}
