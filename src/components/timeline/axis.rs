//! The time axis: tick lines and labels, with a context row naming the larger unit.

use crate::format::fixed;
use leptos::prelude::*;

use crate::timeline::scale::Scale;
use crate::timeline::scene::Scene;

/// Height of the axis band, px.
pub const AXIS_H: f64 = 40.0;

/// Ticks across the top of the timeline, and faint lines down through the lanes.
#[component]
pub fn Axis(
    /// The laid-out timeline.
    scene: Memo<Scene>,
    /// The current scale.
    scale: Memo<Scale>,
) -> impl IntoView {
    let ticks = move || {
        let s = scale.get();
        scene.with(|sc| {
            sc.ticks
                .iter()
                .map(|t| {
                    let x = s.x(t.day);
                    view! {
                        <g class="timeline-tick" transform=format!("translate({},0)", fixed(x, 1))>
                            <line y1="26" y2=format!("{}", sc.height + AXIS_H)></line>
                            <text x="3" y="36">{t.label.clone()}</text>
                            {t.context.clone().map(|c| view! { <text class="timeline-context" x="3" y="14">{c}</text> })}
                        </g>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <svg class="timeline-axis" aria-hidden="true" style:height=move || format!("{}px", scene.with(|s| s.height) + AXIS_H)>
            {ticks}
        </svg>
    }
}
