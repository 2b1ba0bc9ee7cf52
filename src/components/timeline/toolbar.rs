//! Zoom in, zoom out, fit, and a jump to each strand.

use leptos::prelude::*;

use crate::data::query;
use crate::i18n::Ui;
use crate::state::use_app_state;
use crate::timeline::scale::Window;
use crate::timeline::time::span;

/// The window that frames a strand's top-level events.
fn strand_window(strand: crate::data::StrandId) -> Window {
    let spans: Vec<(f64, f64)> = query::top_level(strand).iter().map(|e| span(e.get())).collect();
    let start = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let end = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    Window::framing(start.max(Window::full().start), end.min(Window::full().end), 0.1)
}

/// Buttons that move the timeline.
#[component]
pub fn Toolbar(
    /// Zooms around the focused event, or the centre (factor above 1 zooms in).
    zoom_by: impl Fn(f64) + Copy + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <div class="timeline-toolbar" role="toolbar" aria-label=Ui::TimelineControls.get(lang)>
            <button class="timeline-zoom-in" aria-label=Ui::ZoomIn.get(lang) title=format!("{} (+)", Ui::ZoomIn.get(lang)) on:click=move |_| zoom_by(2.0)>
                "+"
            </button>
            <button class="timeline-zoom-out" aria-label=Ui::ZoomOut.get(lang) title=format!("{} (−)", Ui::ZoomOut.get(lang)) on:click=move |_| zoom_by(0.5)>
                "−"
            </button>
            <button class="timeline-fit" on:click=move |_| state.go_to(Window::full())>
                {Ui::WholePeriod.get(lang)}
            </button>
            <button class="timeline-year" on:click=move |_| state.go_to(Window::year_2025())>
                "2025"
            </button>
            <span class="timeline-jump-label">{Ui::JumpTo.get(lang)}</span>
            {query::strands()
                .map(|s| {
                    view! {
                        <button class="timeline-jump" data-strand=s.get().id on:click=move |_| state.go_to(strand_window(s))>
                            {s.get().name.get(lang)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
