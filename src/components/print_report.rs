//! The printed report: while the page prints (the browser's print, or a print preview), the events
//! that pass the filters in time order by strand, the figures and the sources are built for the print
//! stylesheet, beside the selection's details. Nothing of it is built on screen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

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
    if let Some(mq) = web_sys::window().and_then(|w| w.match_media("print").ok().flatten()) {
        set.set(mq.matches());
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| {
            set.set(e.matches())
        });
        let _ = mq.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let keep = send_wrapper::SendWrapper::new((mq, on_change));
        on_cleanup(move || {
            let (mq, f) = &*keep;
            let _ = mq.remove_event_listener_with_callback("change", f.as_ref().unchecked_ref());
        });
    }
}

/// Prints the report: built first, then printed in the frame after.
pub fn print(state: crate::state::AppState) {
    state.printing.set(true);
    super::after_next_paint(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
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
