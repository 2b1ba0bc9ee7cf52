//! The printed report: while the page prints (the browser's print, or a print preview), the events
//! that pass the filters in time order by strand, the figures and the sources are built for the print
//! stylesheet, beside the selection's details. Nothing of it is built on screen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::figures_view::FiguresView;
use super::pages::AllEvents;
use super::source_list::SourceList;

/// Keeps `set` true while the page is printed or shown as printed (`beforeprint`, or the `print`
/// media query).
fn use_printing(set: RwSignal<bool>) {
    let before = window_event_listener(leptos::ev::beforeprint, move |_| set.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| set.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    if let Ok(Some(mq)) = gloo_utils::window().match_media("print") {
        set.set(mq.matches());
        let on_change = gloo_events::EventListener::new(&mq, "change", move |e| {
            set.set(e.unchecked_ref::<web_sys::MediaQueryListEvent>().matches())
        });
        // Dropping the listener removes it.
        let keep = send_wrapper::SendWrapper::new(on_change);
        on_cleanup(move || drop(keep));
    }
}

/// Prints the report: built first, then printed in the frame after.
pub fn print(state: crate::state::AppState) {
    state.printing.set(true);
    super::after_next_paint(move || {
        let _ = gloo_utils::window().print();
        state.printing.set(false);
    });
}

/// The report, built while printing.
#[component]
pub fn PrintReport() -> impl IntoView {
    let printing = crate::state::use_app_state().printing;
    use_printing(printing);
    view! {
        <Show when=move || printing.get()>
            <div class="print-report">
                <AllEvents/>
                <FiguresView/>
                <SourceList/>
            </div>
        </Show>
    }
}
