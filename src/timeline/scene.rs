//! Everything the timeline draws at one zoom level, with its geometry: ticks, lanes, placed events and
//! clusters. Pure: the component renders a `Scene` and does no layout of its own.

use super::layout::{Item, Packing, label_width, pack};
use super::scale::Scale;
use super::ticks::{Tick, Unit, ticks};
use super::time::span;
use super::visible::visible_events;
use crate::data::{EventId, Precision, STRANDS};
use crate::lang::Lang;

/// Height of a lane's title strip, px.
pub const LANE_HEADER: f64 = 22.0;
/// Height of one row of events, px.
pub const ROW_H: f64 = 30.0;
/// Space between lanes, px.
pub const LANE_GAP: f64 = 10.0;
/// Font size of event labels, px (the label-width estimate uses it).
pub const LABEL_FONT: f64 = 13.0;
/// Widest label before it is cut with an ellipsis, px.
pub const MAX_LABEL: f64 = 240.0;
/// Rows per lane before events cluster; an expanded lane gets [`EXPANDED_ROWS`].
pub const ROWS: usize = 4;
pub const EXPANDED_ROWS: usize = 40;
/// Width of a cluster badge, px.
pub const CLUSTER_W: f64 = 44.0;

/// An event as drawn: its bar from `x0` to `x1` (may run past the edges), its label box, and its row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneEvent {
    pub id: EventId,
    pub lane: usize,
    pub row: usize,
    pub x0: f64,
    pub x1: f64,
    /// Left edge and width of the clickable box (bar and label), kept inside the view.
    pub box_x: f64,
    pub box_w: f64,
    pub top: f64,
}

/// Events collapsed into one "+N" badge.
#[derive(Clone, Debug, PartialEq)]
pub struct SceneCluster {
    pub lane: usize,
    pub x: f64,
    pub top: f64,
    pub events: Vec<EventId>,
}

/// A lane's vertical extent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneBox {
    pub top: f64,
    pub height: f64,
}

/// The default scene is empty: nothing is drawn until the timeline knows its width.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub unit: Unit,
    pub ticks: Vec<Tick>,
    pub lanes: Vec<LaneBox>,
    /// Placed events, in chronological order.
    pub events: Vec<SceneEvent>,
    pub clusters: Vec<SceneCluster>,
    pub height: f64,
}

impl Scene {
    /// The drawn event `id`, if it is drawn (not hidden in a cluster or out of view).
    pub fn event(&self, id: EventId) -> Option<&SceneEvent> {
        self.events.iter().find(|e| e.id == id)
    }
}

/// Packing priority, lower first: parents before children; then the more precisely dated (a day, a
/// month, then "some time in 2025"); an event known only to fall within its parent comes last.
fn rank(id: EventId) -> u32 {
    let e = id.get();
    let mut depth = 0;
    let mut p = e.parent;
    while let Some(q) = p {
        depth += 1;
        p = q.get().parent;
    }
    let vague_in_parent = e.parent.is_some_and(|p| span(p.get()) == span(e));
    let precision = match e.when.precision {
        _ if vague_in_parent => 3,
        Precision::Day => 0,
        Precision::Month => 1,
        Precision::Year | Precision::Within => 2,
    };
    depth * 4 + precision
}

/// Lays out the timeline for `scale` in `lang`; `expanded[lane]` lifts a lane's row limit; `keep`
/// filters events (a filter hides an event and its children).
///
/// Bounded whatever the scale: the scale is [clamped](Scale::clamped), ticks stop at
/// [`MAX_TICKS`](super::ticks::MAX_TICKS), placed events at [`MAX_PLACED`](super::layout::MAX_PLACED)
/// (the rest cluster), and every position lies on the drawing or just off its edges.
pub fn scene(scale: &Scale, lang: Lang, expanded: &[bool], keep: impl Fn(EventId) -> bool) -> Scene {
    let scale = &scale.clamped();
    let (unit, ticks) = ticks(scale, lang);
    let ids = visible_events(scale, keep);
    let items: Vec<Item> = ids
        .iter()
        .enumerate()
        .map(|(k, &id)| {
            let (s, t) = span(id.get());
            let (x0, x1) = (scale.x(s), scale.x(t));
            let label = label_width(id.get().title.get(lang), LABEL_FONT).min(MAX_LABEL) + 22.0;
            // The label starts at the bar, but moves left to stay whole near the right edge, and
            // right to stay on screen when the bar began before the view.
            let left = x0.min(scale.width - label).max(0.0);
            Item {
                key: k as u32,
                lane: id.get().strand.0 as usize,
                rank: rank(id),
                x0: left,
                x1: x1.min(scale.width).max(left),
                label_w: label,
            }
        })
        .collect();
    let lanes = STRANDS.len();
    let max_rows =
        (0..lanes).map(|l| if expanded.get(l).copied().unwrap_or(false) { EXPANDED_ROWS } else { ROWS }).collect();
    let layout = pack(&items, lanes, &Packing { max_rows, gap: 6.0, cluster_w: CLUSTER_W });

    let mut boxes = Vec::with_capacity(lanes);
    let mut top = 0.0;
    for lane in 0..lanes {
        let rows = layout.rows[lane].max(1) + usize::from(layout.clusters.iter().any(|c| c.lane == lane));
        let height = LANE_HEADER + rows as f64 * ROW_H;
        boxes.push(LaneBox { top, height });
        top += height + LANE_GAP;
    }
    let mut placed = layout.placed.clone();
    // Item keys are the events' chronological indices: sorting by key restores time order.
    crate::order::sort_by_key(&mut placed, |p| p.item.key);
    let events: Vec<SceneEvent> = placed
        .iter()
        .map(|p| {
            let id = ids[p.item.key as usize];
            let (s, t) = span(id.get());
            let (box_x, box_end) = p.item.extent();
            SceneEvent {
                id,
                lane: p.item.lane,
                row: p.row,
                x0: scale.x(s),
                x1: scale.x(t),
                box_x,
                box_w: (box_end.min(scale.width.max(box_x + 24.0)) - box_x).max(24.0),
                top: boxes[p.item.lane].top + LANE_HEADER + p.row as f64 * ROW_H,
            }
        })
        .collect();
    let clusters = layout
        .clusters
        .iter()
        .map(|c| SceneCluster {
            lane: c.lane,
            x: c.x0.min(scale.width - CLUSTER_W).max(0.0),
            top: boxes[c.lane].top + LANE_HEADER + layout.rows[c.lane] as f64 * ROW_H,
            events: c.keys.iter().map(|&k| ids[k as usize]).collect(),
        })
        .collect();
    Scene { unit, ticks, lanes: boxes, events, clusters, height: top - LANE_GAP }
}

#[cfg(test)]
mod tests {
    use super::super::scale::Window;
    use super::super::time::day;
    use super::*;
    use crate::data::{Date, EVENTS, query::event_by_id};

    #[test]
    fn drawn_boxes_never_overlap_at_any_zoom() {
        let forum = day(Date::new(2025, 11, 25));
        let windows = [
            Window::full(),
            Window::year_2025(),
            Window { start: day(Date::new(2025, 6, 20)), end: day(Date::new(2025, 7, 20)) },
            Window { start: forum - 0.2, end: forum + 1.2 },
            Window { start: forum + 0.3, end: forum + 0.6 },
        ];
        for w in windows {
            for width in [360.0, 1280.0, 3840.0] {
                for lang in Lang::ALL {
                    let s = scene(&Scale::new(w, width), lang, &[], |_| true);
                    for (i, a) in s.events.iter().enumerate() {
                        assert!(a.box_x >= 0.0 && a.box_w > 0.0);
                        assert!(
                            a.box_x + a.box_w <= width + 1e-9 || a.box_w <= 24.0 + 1e-9,
                            "{} runs off the right edge",
                            a.id.get().id
                        );
                        for b in &s.events[i + 1..] {
                            if a.lane == b.lane && a.row == b.row {
                                assert!(
                                    a.box_x + a.box_w <= b.box_x || b.box_x + b.box_w <= a.box_x,
                                    "{:?} / {:?}",
                                    a.id.get().id,
                                    b.id.get().id
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_forum_day_shows_its_sessions_and_clusters_the_rest() {
        let forum = day(Date::new(2025, 11, 25));
        let s = scene(&Scale::new(Window { start: forum, end: forum + 1.0 }, 1280.0), Lang::En, &[], |_| true);
        let plenary = event_by_id("forum-plenary").unwrap();
        assert!(s.event(plenary).is_some());
        let drawn = s.events.len() + s.clusters.iter().map(|c| c.events.len()).sum::<usize>();
        let on_that_day = EVENTS
            .iter()
            .filter(|e| e.when.start.days_since_epoch() as f64 <= forum && forum < day(e.when.end) + 1.0)
            .count();
        assert!(drawn >= on_that_day.min(20), "{drawn} drawn of {on_that_day}");
        // Expanding the forum lane lifts clusters there.
        let lane = plenary.get().strand.0 as usize;
        let mut expanded = vec![false; STRANDS.len()];
        expanded[lane] = true;
        let e = scene(&Scale::new(Window { start: forum, end: forum + 1.0 }, 1280.0), Lang::En, &expanded, |_| true);
        assert!(e.clusters.iter().all(|c| c.lane != lane));
    }

    #[test]
    fn precise_events_get_rows_before_vague_ones() {
        let s = scene(&Scale::new(Window::year_2025(), 1280.0), Lang::En, &[], |_| true);
        for id in
            ["gunma-ninh-binh-agreement", "vn-two-tier-local-government", "asean-summit-chinh-takaichi", "forum-2025"]
        {
            assert!(s.event(event_by_id(id).unwrap()).is_some(), "{id} is drawn, not clustered");
        }
    }

    #[test]
    fn lanes_stack_without_gaps_or_overlaps() {
        let s = scene(&Scale::new(Window::year_2025(), 1280.0), Lang::En, &[], |_| true);
        assert_eq!(s.lanes.len(), STRANDS.len());
        for w in s.lanes.windows(2) {
            assert!((w[0].top + w[0].height + LANE_GAP - w[1].top).abs() < 1e-9);
        }
        for e in &s.events {
            let lane = s.lanes[e.lane];
            assert!(e.top >= lane.top && e.top + ROW_H <= lane.top + lane.height + 1e-9);
        }
    }
}

/// Issue 18: a scene is finite and bounded for any scale, language and expansion.
#[cfg(test)]
pub(crate) mod props {
    use super::super::layout::MAX_PLACED;
    use super::super::scale::props::hostile_window;
    use super::super::ticks::MAX_TICKS;
    use super::*;
    use crate::prop::{Gen, check};

    /// A scene from a hostile scale, language, expansion and filter.
    pub(crate) fn hostile_scene(g: &mut Gen) -> Scene {
        let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
        let expanded: Vec<bool> = (0..g.below(8)).map(|_| g.chance(0.5)).collect();
        let modulus = 1 + g.below(3) as u16;
        scene(&raw, g.pick(&Lang::ALL), &expanded, |e| e.0 % modulus == 0)
    }

    #[test]
    fn scenes_are_finite_and_bounded_for_any_scale() {
        check(1817, |g| {
            let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
            let expanded: Vec<bool> = (0..g.below(8)).map(|_| g.chance(0.5)).collect();
            let s = scene(&raw, g.pick(&Lang::ALL), &expanded, |_| true);
            let width = raw.clamped().width;
            assert!(s.ticks.len() <= MAX_TICKS && s.events.len() <= MAX_PLACED && s.lanes.len() == STRANDS.len());
            let per_lane = (width / (CLUSTER_W + 6.0)) as usize + 2;
            assert!(s.clusters.len() <= STRANDS.len() * per_lane, "{} clusters", s.clusters.len());
            assert!(s.height.is_finite() && s.height > 0.0);
            for e in &s.events {
                assert!([e.x0, e.x1, e.box_x, e.box_w, e.top].iter().all(|v| v.is_finite()), "{e:?}");
                assert!(e.box_x >= 0.0 && e.box_x <= width && e.box_w > 0.0 && e.top < s.height);
            }
            for c in &s.clusters {
                assert!(c.x.is_finite() && c.top.is_finite() && c.x >= 0.0 && c.x <= width && !c.events.is_empty());
            }
            let mut all: Vec<u16> = s
                .events
                .iter()
                .map(|e| e.id.0)
                .chain(s.clusters.iter().flat_map(|c| c.events.iter().map(|e| e.0)))
                .collect();
            let n = all.len();
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), n, "each event drawn once");
        });
    }
}
