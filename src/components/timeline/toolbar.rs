//! Zoom in, zoom out, the whole period and 2025: the timeline's own buttons (its lanes' names jump to
//! each strand).

use leptos::prelude::*;

use super::super::icons::{Icon, icon};
use crate::i18n::Ui;
use crate::state::use_app_state;
use crate::timeline::scale::Window;

/// Buttons that move the timeline.
#[component]
pub fn Toolbar(
    /// Zooms around the focused event, or the centre (factor above 1 zooms in).
    zoom_by: impl Fn(f64) + Copy + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <div class="timeline-toolbar panel-tools" role="toolbar" aria-label=Ui::TimelineControls.get(lang)>
            <button class="timeline-zoom-out icon-button" aria-label=Ui::ZoomOut.get(lang) title=format!("{} (−)", Ui::ZoomOut.get(lang)) on:click=move |_| zoom_by(0.5)>
                {icon(Icon::Minus)}
            </button>
            <button class="timeline-zoom-in icon-button" aria-label=Ui::ZoomIn.get(lang) title=format!("{} (+)", Ui::ZoomIn.get(lang)) on:click=move |_| zoom_by(2.0)>
                {icon(Icon::Plus)}
            </button>
            // A narrow timeline shows only the icon (its name stays the button's), for room for its
            // lanes' chips.
            <button class="timeline-fit" title=Ui::WholePeriod.get(lang) on:click=move |_| state.go_to(Window::full())>
                {icon(Icon::Fit)}
                <span class="button-label">{Ui::WholePeriod.get(lang)}</span>
            </button>
            <button class="timeline-year" on:click=move |_| state.go_to(Window::year_2025())>
                "2025"
            </button>
        </div>
    }
}
