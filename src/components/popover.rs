//! A button that opens a panel below it (filters, share, the map's legend, the narrow header's menu):
//! the panel is built only while open; Escape or a press outside closes it, and Escape gives focus
//! back to the button.

use leptos::ev;
use leptos::html::{Button, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::icons::{self, Icon};

/// A disclosure button and its panel.
#[component]
pub fn Popover(
    /// A class for the wrapper, naming what it holds.
    class: &'static str,
    /// The button's name, shown beside its icon (and read out).
    label: &'static str,
    /// The button's icon.
    icon: Icon,
    /// Shown after the label: a count, for instance.
    #[prop(optional, into)]
    badge: Option<Signal<String>>,
    /// Whether it is open; pass one to open or close it from outside.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// The panel's content, built each time it opens.
    children: ChildrenFn,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let root = NodeRef::<Div>::new();
    let button = NodeRef::<Button>::new();
    let panel_id = format!("{class}-panel");
    let outside = window_event_listener(ev::pointerdown, move |e| {
        if !open.get_untracked() {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = root.get_untracked().is_some_and(|r| r.contains(target.as_ref()));
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            e.stop_propagation();
            open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let children = StoredValue::new(children);
    view! {
        <div class=format!("popover {class}") node_ref=root on:keydown=on_key>
            <button
                class="popover-button"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                title=label
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {icons::icon(icon)}
                <span class="button-label">{label}</span>
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
            </button>
            <Show when=move || open.get()>
                <div class="popover-panel" id=panel_id.clone() role="group" aria-label=label>
                    {children.with_value(|c| c())}
                </div>
            </Show>
        </div>
    }
}
