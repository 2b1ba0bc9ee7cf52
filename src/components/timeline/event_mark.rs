//! One event on the timeline: a bar for its span (or a dot for a day) and its label, as a button.

use crate::format::fixed;
use leptos::prelude::*;

use crate::data::EventId;
use crate::format;
use crate::state::use_app_state;
use crate::timeline::scene::Scene;

/// The drawn event `id`. Its accessible name carries its title and date.
#[component]
pub fn EventMark(
    /// The event.
    id: EventId,
    /// The laid-out timeline, for this event's position.
    scene: Memo<Scene>,
    /// The event that is in the tab order.
    tab_stop: Memo<Option<EventId>>,
    /// Called when the event gets focus.
    on_focus: impl Fn() + 'static,
    /// True right after a drag, so the click that ends it does not select.
    suppress_click: StoredValue<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let e = id.get();
    let geo = Memo::new(move |_| scene.with(|s| s.event(id).copied()));
    let selected = move || state.selected_event() == Some(id);
    let lang = state.lang;
    let name = move || format::event_name(e, lang.get());
    let precision = e.when.precision.key();
    // The bar, relative to the box: it may start before the box (and the view) and end after it.
    let bar = move || {
        geo.get().map(|g| {
            let left = (g.x0 - g.box_x).max(-4.0);
            let width = (g.x1 - g.x0.max(g.box_x - 4.0)).clamp(0.0, 10_000.0);
            (left, width)
        })
    };
    view! {
        <li
            class="timeline-item"
            style:transform=move || geo.get().map(|g| format!("translate({}px, {}px)", fixed(g.box_x, 1), fixed(g.top, 1)))
            style:width=move || geo.get().map(|g| format!("{}px", fixed(g.box_w, 1)))
        >
            <button
                class="timeline-event"
                class:is-selected=selected
                class:is-point=move || bar().is_some_and(|(_, w)| w < 8.0)
                data-event=e.id
                data-strand=e.strand.get().id
                data-precision=precision
                data-status=e.status.key()
                tabindex=move || if tab_stop.get() == Some(id) { "0" } else { "-1" }
                aria-label=name
                aria-pressed=move || selected().to_string()
                title=name
                on:focus=move |_| on_focus()
                on:click=move |ev: leptos::ev::MouseEvent| {
                    // A click ending a drag does not select; Enter and Space (detail 0) always do.
                    let after_drag = suppress_click.get_value() && ev.detail() != 0;
                    suppress_click.set_value(false);
                    if !after_drag {
                        state.select_in_view(id);
                    }
                }
            >
                <span
                    class="timeline-bar"
                    aria-hidden="true"
                    style:left=move || bar().map(|(l, _)| format!("{}px", fixed(l, 1)))
                    style:width=move || bar().map(|(_, w)| format!("{}px", fixed(w.max(8.0), 1)))
                ></span>
                <span class="timeline-label">{move || e.short_title(lang.get())}</span>
            </button>
        </li>
    }
}
