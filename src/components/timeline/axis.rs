//! The time axis: tick lines and labels, with a context row naming the larger unit.

use crate::format::fixed;
use leptos::prelude::*;

use crate::timeline::scale::Scale;
use crate::timeline::scene::{Metrics, Scene};

/// Ticks across the top of the timeline, and faint lines down through the lanes.
#[component]
pub fn Axis(
    /// The laid-out timeline.
    scene: Memo<Scene>,
    /// The current scale.
    scale: Memo<Scale>,
    /// The sizes it is drawn at (the axis band's height, the type size).
    metrics: Memo<Metrics>,
) -> impl IntoView {
    let ticks = move || {
        let s = scale.get();
        let m = metrics.get();
        let (context_y, label_y, line_top) =
            (fixed(m.axis * 0.38, 1), fixed(m.axis * 0.86, 1), fixed(m.axis * 0.62, 1));
        scene.with(|sc| {
            sc.ticks
                .iter()
                .map(|t| {
                    let x = s.x(t.day);
                    view! {
                        <g class="timeline-tick" transform=format!("translate({},0)", fixed(x, 1))>
                            <line y1=line_top.clone() y2=fixed(sc.height, 1)></line>
                            <text x="3" y=label_y.clone()>{t.label.clone()}</text>
                            {t.context.clone().map(|c| view! { <text class="timeline-context" x="3" y=context_y.clone()>{c}</text> })}
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <svg class="timeline-axis" aria-hidden="true" style:height=move || format!("{}px", fixed(scene.with(|s| s.height), 1))>
            {ticks}
        </svg>
    }
}
