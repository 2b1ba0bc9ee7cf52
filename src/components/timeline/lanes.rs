//! The lanes' names, beside their rows (a gutter) or, on a narrow timeline, as chips above it: each
//! name jumps the timeline to its strand, and a crowded lane has a "Show all" toggle.

use crate::format::fixed;
use leptos::prelude::*;

use crate::data::{StrandId, query};
use crate::i18n::{self, Ui};
use crate::state::use_app_state;
use crate::timeline::scale::Window;
use crate::timeline::scene::Scene;
use crate::timeline::time::span;

/// The window that frames a strand's top-level events.
pub fn strand_window(strand: StrandId) -> Window {
    let spans: Vec<(f64, f64)> = query::top_level(strand).iter().map(|e| span(e.get())).collect();
    let start = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let end = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    Window::framing(start.max(Window::full().start), end.min(Window::full().end), 0.1)
}

/// A lane's name (a button that jumps to the strand) and, when the lane is crowded or expanded, its
/// "Show all" / "Show fewer" toggle.
fn lane_controls(
    strand: StrandId,
    scene: Memo<Scene>,
    expanded: RwSignal<Vec<bool>>,
    toggle_room: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let i = strand.0 as usize;
    let name = strand.get().name.get(lang);
    let is_expanded = move || expanded.with(|e| e[i]);
    let crowded = Memo::new(move |_| scene.with(|sc| sc.clusters.iter().any(|c| c.lane == i)));
    view! {
        <button
            class="timeline-lane-name"
            title=format!("{}: {name}", Ui::StrandJump.get(lang))
            on:click=move |_| state.go_to(strand_window(strand))
        >
            <span class="strand-swatch" aria-hidden="true"></span>
            <span class="visually-hidden">{Ui::StrandJump.get(lang)} ": "</span>
            {name}
        </button>
        <Show when=move || (crowded.get() && toggle_room.get()) || is_expanded()>
            <button
                class="timeline-lane-toggle"
                aria-label=move || i18n::lane_toggle(is_expanded(), name, lang)
                aria-expanded=move || is_expanded().to_string()
                on:click=move |_| expanded.update(|e| e[i] = !e[i])
            >
                {move || if is_expanded() { Ui::ShowFewer.get(lang) } else { Ui::ShowAll.get(lang) }}
            </button>
        </Show>
    }
}

/// One name per lane in the gutter, positioned from the scene.
#[component]
pub fn LaneNames(
    /// The laid-out timeline, for each lane's position.
    scene: Memo<Scene>,
    /// Which lanes show all their rows.
    expanded: RwSignal<Vec<bool>>,
    /// The height of a row, px.
    #[prop(into)]
    row: Signal<f64>,
) -> impl IntoView {
    let names = query::strands()
        .map(|strand| {
            let i = strand.0 as usize;
            let at = Memo::new(move |_| scene.with(|sc| sc.lanes.get(i).copied()));
            // The toggle goes under the name, where the lane is two rows tall or more.
            let room = Signal::derive(move || at.get().is_some_and(|l| l.height >= 2.0 * row.get() - 0.5));
            view! {
                <div
                    class="timeline-lane-head"
                    data-strand=strand.get().id
                    data-empty=move || at.get().is_some_and(|l| l.empty).to_string()
                    style:transform=move || at.get().map(|l| format!("translateY({}px)", fixed(l.top, 1)))
                >
                    {lane_controls(strand, scene, expanded, room)}
                </div>
            }
        })
        .collect_view();
    view! { <div class="timeline-lane-names">{names}</div> }
}

/// The lanes' names as a row of chips above a narrow timeline, whose lanes carry only their colour.
#[component]
pub fn StrandChips(
    /// The laid-out timeline, for which lanes are crowded.
    scene: Memo<Scene>,
    /// Which lanes show all their rows.
    expanded: RwSignal<Vec<bool>>,
) -> impl IntoView {
    let chips = query::strands()
        .map(|strand| {
            view! { <li class="timeline-chip" data-strand=strand.get().id>{lane_controls(strand, scene, expanded, Signal::from(true))}</li> }
        })
        .collect_view();
    view! { <ul class="timeline-chips">{chips}</ul> }
}
