//! Everything the timeline draws at one zoom level, with its geometry: ticks, lanes, placed events and
//! clusters. Pure: the component renders a `Scene` and does no layout of its own.

use super::layout::{Item, Layout, Packing, label_width, pack};
use super::scale::Scale;
use super::ticks::{Tick, Unit, ticks};
use super::time::span;
use super::visible::visible_events;
use crate::data::{EventId, Precision, STRANDS, Status};
use crate::lang::Lang;

/// Widest label before it is cut with an ellipsis, at scale 1 (short titles fit well within it).
pub const MAX_LABEL: f64 = 320.0;
/// The narrowest a label is cut to (with an ellipsis) before its event joins a "+N" badge.
pub const MIN_LABEL: f64 = 84.0;
/// Rows an expanded lane may use.
pub const EXPANDED_ROWS: usize = 40;
/// Width of a cluster badge, px at scale 1.
pub const CLUSTER_W: f64 = 44.0;

/// The sizes the timeline is drawn at: it is docked in a panel of a given height, and shares that
/// height among its lanes by what each has to show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// Height of the time axis band, px.
    pub axis: f64,
    /// The lanes' names sit in a gutter beside their rows, so a lane with nothing in view keeps a
    /// thin strip for its name. Without one (a narrow timeline), the names are chips above the axis
    /// and an empty lane takes no room.
    pub gutter: bool,
    /// Height of one row of events, px.
    pub row: f64,
    /// Space between lanes, px.
    pub gap: f64,
    /// Font size of event labels, px (the label-width estimate uses it).
    pub font: f64,
    /// Height of an empty lane's strip in a gutter, px.
    pub thin: f64,
    /// Height of the drawing area the lanes share, px (infinite: every lane gets all it wants).
    pub height: f64,
    /// Type and target scale (a kiosk's screen).
    pub scale: f64,
}

impl Default for Metrics {
    /// No gutter, no limit: what a panel of no particular height gets.
    fn default() -> Self {
        Metrics {
            axis: 30.0,
            gutter: false,
            row: 24.0,
            gap: 2.0,
            font: 12.5,
            thin: 0.0,
            height: f64::INFINITY,
            scale: 1.0,
        }
    }
}

impl Metrics {
    /// The metrics for a drawing area `height` px tall (below the toolbar) at UI `scale`, with the
    /// lane names in a `gutter` or not, for `lanes` lanes; rows are at least `min_row` px (a touch
    /// screen's targets).
    pub fn for_panel(height: f64, scale: f64, gutter: bool, min_row: f64) -> Metrics {
        let s = if scale.is_finite() { scale.clamp(0.5, 4.0) } else { 1.0 };
        let row = (24.0 * s).max(if min_row.is_finite() { min_row.min(200.0) } else { 0.0 });
        let height = if height.is_nan() { 0.0 } else { height.max(0.0) };
        // An empty lane's name is still a target (24 px, WCAG 2.5.8; a touch screen's row).
        let thin = if gutter { (24.0 * s).max(row.min(36.0 * s)) } else { 0.0 };
        Metrics { axis: 30.0 * s, gutter, row, gap: 2.0 * s, font: 12.5 * s, thin, height, scale: s }
    }

    /// The rows there is room for across all lanes, when `empty` lanes take only a thin strip.
    fn rows(&self, lanes: usize, empty: usize) -> usize {
        let room = self.height - self.axis - (lanes as f64 - 1.0).max(0.0) * self.gap - empty as f64 * self.thin;
        if room.is_finite() { (room / self.row).floor().clamp(0.0, 1e4) as usize } else { usize::MAX }
    }
}

/// Rows each lane gets, counting a clustered lane's badge row: every lane that has anything gets one
/// (and every lane `min`); the `first` lane (the selection's) then gets what it wants of the room;
/// then the room left goes a row at a time to the lane that wants the most rows per row it has, so
/// a busy lane grows faster than a quiet one but no lane starves. A lane with fewer rows than it
/// wants draws its last row as "+N" badges (with one row: badges only).
pub fn allocate_rows(demand: &[usize], room: usize, min: usize, first: Option<usize>) -> Vec<usize> {
    let mut rows: Vec<usize> = demand.iter().map(|&d| d.min(1).max(min)).collect();
    let mut left = room.saturating_sub(rows.iter().sum());
    if let Some(l) = first.filter(|&l| l < demand.len()) {
        let more = demand[l].saturating_sub(rows[l]).min(left);
        rows[l] += more;
        left -= more;
    }
    while left > 0 {
        let want = |l: usize| (demand[l] - rows[l]) as f64 / (rows[l] + 1) as f64;
        let Some(lane) =
            (0..demand.len()).filter(|&l| rows[l] < demand[l]).reduce(|a, b| if want(b) > want(a) { b } else { a })
        else {
            break;
        };
        rows[lane] += 1;
        left -= 1;
    }
    rows
}

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
    /// Nothing of the lane is in view.
    pub empty: bool,
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
/// month, then "some time in 2025"); an event known only to fall within its parent, or with no dated
/// edition at all (drawn at the date of the report that names it), comes last.
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
        _ if vague_in_parent || e.status == Status::Undated => 3,
        Precision::Day => 0,
        Precision::Month => 1,
        Precision::Year | Precision::Within => 2,
    };
    depth * 4 + precision
}

/// For each lane, where each of its "+N" badges (in layout order) can sit among its events: the row,
/// and the badge's left edge, at its cluster or up to [`BADGE_SLIDE`] badges to the right of it,
/// clear of the events and of each other by `gap`. `None` when some badge finds no room (the lane
/// then needs a row of its own for them). A lane without badges needs no slots.
fn badge_slots(layout: &Layout, lanes: usize, w: f64, gap: f64, width: f64) -> Vec<Option<Vec<(usize, f64)>>> {
    (0..lanes)
        .map(|lane| {
            let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); layout.rows[lane]];
            for p in layout.placed.iter().filter(|p| p.item.lane == lane) {
                taken[p.row].push(p.item.extent());
            }
            let mut slots = Vec::new();
            for c in layout.clusters.iter().filter(|c| c.lane == lane) {
                let at = c.x0.min(width - w).max(0.0);
                let (row, x) = (0..taken.len())
                    .filter_map(|r| {
                        first_gap(&taken[r], at, (at + BADGE_SLIDE * w).min(width - w), w, gap).map(|x| (r, x))
                    })
                    .min_by(|a, b| (a.1 - at).total_cmp(&(b.1 - at)))?;
                taken[row].push((x, x + w));
                slots.push((row, x));
            }
            Some(slots)
        })
        .collect()
}

/// How far (in badge widths) a badge may move right of its events to find room in a row.
const BADGE_SLIDE: f64 = 8.0;

/// The first left edge in `[from, to]` where a `w`-wide box keeps `gap` from every span of `row`.
fn first_gap(row: &[(f64, f64)], from: f64, to: f64, w: f64, gap: f64) -> Option<f64> {
    let clear = |a: f64| row.iter().all(|&(x0, x1)| a + w + gap <= x0 || x1 + gap <= a);
    // Candidates: the start, and just right of each span.
    std::iter::once(from)
        .chain(row.iter().map(|&(_, x1)| x1 + gap))
        .filter(|&a| a >= from && a <= to)
        .filter(|&a| clear(a))
        .min_by(f64::total_cmp)
}

/// What the timeline is asked to show besides the window: lanes the reader expanded (they take all
/// the rows they want; the panel then scrolls) and the selection (its lane gets rows first, and it,
/// its ancestors and its parts get them before the rest of the lane).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lanes {
    pub expanded: Vec<bool>,
    pub first: Option<usize>,
    pub selected: Option<EventId>,
}

/// Whether `e` is `sel`, one of its ancestors or one of its parts.
fn in_family(e: EventId, sel: EventId) -> bool {
    let up = |from: EventId, to: EventId| std::iter::successors(Some(from), |p| p.get().parent).any(|p| p == to);
    up(e, sel) || up(sel, e)
}

/// Lays out the timeline for `scale` in `lang` at metrics `m`, with `lanes`' wishes; `keep` filters
/// events (a filter hides an event and its children). Labels are the events' short titles.
///
/// Bounded whatever the scale: the scale is [clamped](Scale::clamped), ticks stop at
/// [`MAX_TICKS`](super::ticks::MAX_TICKS), placed events at [`MAX_PLACED`](super::layout::MAX_PLACED)
/// (the rest cluster), and every position lies on the drawing or just off its edges.
pub fn scene(scale: &Scale, lang: Lang, m: &Metrics, lanes_asked: &Lanes, keep: impl Fn(EventId) -> bool) -> Scene {
    let scale = &scale.clamped();
    let expanded = &lanes_asked.expanded;
    let (unit, ticks) = ticks(scale, lang);
    let ids = visible_events(scale, keep);
    let items: Vec<Item> = ids
        .iter()
        .enumerate()
        .map(|(k, &id)| {
            let (s, t) = span(id.get());
            let (x0, x1) = (scale.x(s), scale.x(t));
            let label = label_width(id.get().short_title(lang), m.font).min(MAX_LABEL * m.scale) + 22.0 * m.scale;
            // The label starts at the bar, but moves left to stay whole near the right edge, and
            // right to stay on screen when the bar began before the view.
            let left = x0.min(scale.width - label).max(0.0);
            // The selection's family before the rest of its lane.
            let outside = lanes_asked.selected.is_some_and(|sel| !in_family(id, sel));
            Item {
                key: k as u32,
                lane: id.get().strand.0 as usize,
                rank: rank(id) + if outside { 1000 } else { 0 },
                x0: left,
                x1: x1.min(scale.width).max(left),
                label_w: label,
                start: x0.clamp(0.0, scale.width),
            }
        })
        .collect();
    let lanes = STRANDS.len();
    let cluster_w = CLUSTER_W * m.scale;
    let packing = |max_rows: Vec<usize>| Packing {
        max_rows,
        gap: 6.0 * m.scale,
        cluster_w,
        min_label: MIN_LABEL * m.scale,
        width: scale.width,
    };
    // What each lane would use with no limit, then what it gets of the panel's rows.
    let free = pack(&items, lanes, &Packing { min_label: 0.0, ..packing(vec![EXPANDED_ROWS; lanes]) });
    let demand: Vec<usize> =
        (0..lanes).map(|l| free.rows[l] + usize::from(free.clusters.iter().any(|c| c.lane == l))).collect();
    let empty = demand.iter().filter(|&&d| d == 0).count();
    let share = allocate_rows(&demand, m.rows(lanes, empty), 0, lanes_asked.first);
    // First try every row for events, with the "+N" badges slotted into gaps in those rows; a lane
    // whose badges find no gap gives its last row to them instead.
    let mut max_rows: Vec<usize> = (0..lanes)
        .map(|l| match expanded.get(l) {
            Some(true) => EXPANDED_ROWS,
            _ => share[l].max(1),
        })
        .collect();
    let fits_whole =
        |caps: &[usize]| caps.iter().zip(&free.rows).all(|(&cap, &used)| used <= cap) && free.clusters.is_empty();
    let mut layout = if fits_whole(&max_rows) { free.clone() } else { pack(&items, lanes, &packing(max_rows.clone())) };
    let mut slots = badge_slots(&layout, lanes, cluster_w, 6.0 * m.scale, scale.width);
    let short: Vec<usize> =
        (0..lanes).filter(|&l| slots[l].is_none() && max_rows[l] > 0 && max_rows[l] < EXPANDED_ROWS).collect();
    if !short.is_empty() {
        for &l in &short {
            max_rows[l] -= 1;
        }
        layout = pack(&items, lanes, &packing(max_rows));
        slots = badge_slots(&layout, lanes, cluster_w, 6.0 * m.scale, scale.width);
    }

    let mut boxes = Vec::with_capacity(lanes);
    let mut top = m.axis;
    for (lane, slot) in slots.iter().enumerate() {
        let badge_row = slot.is_none() && layout.clusters.iter().any(|c| c.lane == lane);
        let rows = layout.rows[lane] + usize::from(badge_row);
        let height = if rows == 0 { m.thin } else { rows as f64 * m.row };
        boxes.push(LaneBox { top, height, empty: rows == 0 });
        top += height + m.gap;
    }
    let mut placed = layout.placed.clone();
    // Item keys are the events' chronological indices: sorting by key restores time order.
    crate::order::sort_by_key(&mut placed, |p| p.item.key);
    let min_w = 24.0 * m.scale;
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
                box_w: (box_end.min(scale.width.max(box_x + min_w)) - box_x).max(min_w),
                top: boxes[p.item.lane].top + p.row as f64 * m.row,
            }
        })
        .collect();
    let mut nth = vec![0usize; lanes];
    let clusters = layout
        .clusters
        .iter()
        .map(|c| {
            let (row, x) = match &slots[c.lane] {
                Some(at) => at[nth[c.lane]],
                None => (layout.rows[c.lane], c.x0.min(scale.width - cluster_w).max(0.0)),
            };
            nth[c.lane] += 1;
            SceneCluster {
                lane: c.lane,
                x,
                top: boxes[c.lane].top + row as f64 * m.row,
                events: c.keys.iter().map(|&k| ids[k as usize]).collect(),
            }
        })
        .collect();
    Scene { unit, ticks, lanes: boxes, events, clusters, height: top - m.gap }
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
                    let s = scene(&Scale::new(w, width), lang, &Metrics::default(), &Lanes::default(), |_| true);
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
        let s = scene(
            &Scale::new(Window { start: forum, end: forum + 1.0 }, 1280.0),
            Lang::En,
            &Metrics::default(),
            &Lanes::default(),
            |_| true,
        );
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
        let e = scene(
            &Scale::new(Window { start: forum, end: forum + 1.0 }, 1280.0),
            Lang::En,
            &Metrics::default(),
            &Lanes { expanded, ..Lanes::default() },
            |_| true,
        );
        assert!(e.clusters.iter().all(|c| c.lane != lane));
    }

    #[test]
    fn precise_events_get_rows_before_vague_ones() {
        let s =
            scene(&Scale::new(Window::year_2025(), 1280.0), Lang::En, &Metrics::default(), &Lanes::default(), |_| true);
        for id in
            ["gunma-ninh-binh-agreement", "vn-two-tier-local-government", "asean-summit-chinh-takaichi", "forum-2025"]
        {
            assert!(s.event(event_by_id(id).unwrap()).is_some(), "{id} is drawn, not clustered");
        }
    }

    #[test]
    fn lanes_stack_without_gaps_or_overlaps() {
        for m in [Metrics::default(), Metrics::for_panel(240.0, 1.0, true, 0.0)] {
            let s = scene(&Scale::new(Window::year_2025(), 1280.0), Lang::En, &m, &Lanes::default(), |_| true);
            assert_eq!(s.lanes.len(), STRANDS.len());
            assert_eq!(s.lanes[0].top, m.axis, "below the axis");
            for w in s.lanes.windows(2) {
                assert!((w[0].top + w[0].height + m.gap - w[1].top).abs() < 1e-9);
            }
            for e in &s.events {
                let lane = s.lanes[e.lane];
                assert!(!lane.empty && e.top >= lane.top && e.top + m.row <= lane.top + lane.height + 1e-9);
            }
        }
    }

    #[test]
    fn rows_go_to_the_lanes_that_want_them() {
        // Room for 8 rows; lanes want 0, 1, 6, 2, 0 and each gets at least one (a gutter's name).
        assert_eq!(allocate_rows(&[0, 1, 6, 2, 0], 8, 1, None), vec![1, 1, 4, 1, 1]);
        // Strips need no row for an empty lane.
        assert_eq!(allocate_rows(&[0, 1, 6, 2, 0], 8, 0, None), vec![0, 1, 5, 2, 0]);
        // The year view on a laptop: the room is shared without going over it.
        assert_eq!(allocate_rows(&[1, 1, 1, 5, 8], 7, 1, None), vec![1, 1, 1, 2, 2]);
        assert_eq!(allocate_rows(&[1, 1, 1, 5, 8], 10, 1, None), vec![1, 1, 1, 3, 4]);
        // The forum's day: its lane takes the room from lanes of year-long context.
        assert_eq!(allocate_rows(&[0, 0, 17, 4, 5], 7, 1, None), vec![1, 1, 3, 1, 1]);
        // The selection's lane first.
        assert_eq!(allocate_rows(&[0, 0, 17, 4, 5], 9, 0, Some(2)), vec![0, 0, 7, 1, 1]);
        assert_eq!(allocate_rows(&[0, 0, 3, 4, 5], 9, 0, Some(2)), vec![0, 0, 3, 3, 3]);
        // Too little room: a lane with anything keeps one row (of badges).
        assert_eq!(allocate_rows(&[3, 3, 0, 0, 0], 1, 0, None), vec![1, 1, 0, 0, 0]);
        for room in 0..40 {
            let rows = allocate_rows(&[0, 2, 17, 4, 5], room, 1, None);
            assert!(rows.iter().sum::<usize>() <= room.max(5), "{room}: {rows:?}");
        }
        // Plenty of room: each gets exactly what it wants.
        assert_eq!(allocate_rows(&[2, 1, 3, 1, 1], 100, 1, None), vec![2, 1, 3, 1, 1]);
    }

    #[test]
    fn a_docked_panel_fits_its_lanes_and_gives_the_rest_to_the_busy_ones() {
        // A laptop's docked timeline: every lane in view, within the panel's height.
        let m = Metrics::for_panel(230.0, 1.0, true, 0.0);
        let s = scene(&Scale::new(Window::year_2025(), 920.0), Lang::En, &m, &Lanes::default(), |_| true);
        assert!(s.height <= 230.0 + 1e-9, "{} > 230", s.height);
        // A busier window gives its busy lane more rows than a quiet one.
        let forum = day(Date::new(2025, 11, 25));
        let w = Window { start: forum + 0.3, end: forum + 0.75 };
        let s = scene(&Scale::new(w, 920.0), Lang::En, &m, &Lanes::default(), |_| true);
        let lane = event_by_id("forum-2025").unwrap().get().strand.0 as usize;
        let tallest = s.lanes.iter().map(|l| l.height).fold(0.0, f64::max);
        assert_eq!(s.lanes[lane].height, tallest);
        assert!(s.height <= 230.0 + 1e-9, "{} > 230", s.height);
    }

    /// The docked timeline the shell gives a `w`×`h` screen in `mode` with a selection (less the
    /// panel's padding, border and head, as the stylesheets draw them), as the component measures
    /// it: its metrics, and the width its events are drawn across.
    fn docked(w: f64, h: f64, mode: crate::url::Mode) -> (Metrics, f64) {
        use crate::layout::{Orientation, Sheet, shell};
        let sh = shell(w, h, mode, Sheet::Peek.on_select(true));
        let s = sh.scale;
        let kiosk = mode == crate::url::Mode::Kiosk;
        let width = sh.main - if sh.orientation == Orientation::Portrait { 18.0 } else { 10.0 };
        let gutter = width >= 640.0 * s;
        let head = if kiosk { 52.0 * s } else { 42.0 };
        let m = Metrics::for_panel(sh.timeline - head - 10.0, s, gutter, if kiosk { 30.0 * s } else { 0.0 });
        (m, width - if gutter { 150.0 * s } else { 0.0 })
    }

    /// The scene when `sel` is selected from outside the timeline (it frames itself).
    fn selected(sel: EventId, m: &Metrics, track: f64) -> Scene {
        let win = crate::state::frame_for(sel, Window::year_2025(), track).unwrap();
        let lanes = Lanes { first: Some(sel.get().strand.0 as usize), selected: Some(sel), ..Lanes::default() };
        scene(&Scale::new(win, track), Lang::En, m, &lanes, |_| true)
    }

    #[test]
    fn a_forum_link_draws_at_least_five_of_its_parts_on_a_laptop_a_phone_and_a_kiosk() {
        use crate::url::Mode;
        let forum = event_by_id("forum-2025").unwrap();
        let within = |e: EventId| std::iter::successors(e.get().parent, |p| p.get().parent).any(|p| p == forum);
        for (w, h, mode) in
            [(1440.0, 900.0, Mode::Browser), (390.0, 844.0, Mode::Browser), (1920.0, 1080.0, Mode::Kiosk)]
        {
            let (m, track) = docked(w, h, mode);
            let sc = selected(forum, &m, track);
            let parts = sc.events.iter().filter(|e| within(e.id)).count();
            assert!(parts >= 5, "{w}×{h}: {parts} parts drawn");
            assert!(sc.height <= m.height + 1e-9, "{w}×{h}: {} > {}", sc.height, m.height);
        }
    }

    #[test]
    fn a_selected_session_gets_rows_for_its_own_parts_before_its_siblings() {
        let plenary = event_by_id("forum-plenary").unwrap();
        let (m, track) = docked(1440.0, 900.0, crate::url::Mode::Browser);
        let s = selected(plenary, &m, track);
        let speeches = s.events.iter().filter(|e| e.id.get().parent == Some(plenary)).count();
        let siblings = s.events.iter().filter(|e| e.id.get().parent == plenary.get().parent && e.id != plenary).count();
        assert!(speeches >= 2, "{speeches} of the plenary's parts drawn");
        assert!(speeches >= siblings, "{speeches} parts, {siblings} siblings");
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

    /// Metrics for a hostile panel height, scale and row size.
    fn hostile_metrics(g: &mut Gen) -> Metrics {
        Metrics::for_panel(g.hostile(0.0, 2_000.0), g.hostile(0.5, 3.0), g.chance(0.5), g.hostile(0.0, 60.0))
    }

    /// What the lanes are asked for: hostile expansions and a selection (or none).
    fn hostile_lanes(g: &mut Gen) -> Lanes {
        let expanded: Vec<bool> = (0..g.below(8)).map(|_| g.chance(0.5)).collect();
        let selected = g.chance(0.5).then(|| crate::data::EventId(g.below(crate::data::EVENTS.len() as u64) as u16));
        let first = if g.chance(0.1) { Some(g.count()) } else { selected.map(|e| e.get().strand.0 as usize) };
        Lanes { expanded, first, selected }
    }

    /// A scene from a hostile scale, language, metrics, lanes and filter.
    pub(crate) fn hostile_scene(g: &mut Gen) -> Scene {
        let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
        let (m, lanes) = (hostile_metrics(g), hostile_lanes(g));
        let modulus = 1 + g.below(3) as u16;
        scene(&raw, g.pick(&Lang::ALL), &m, &lanes, |e| e.0 % modulus == 0)
    }

    #[test]
    fn scenes_are_finite_and_bounded_for_any_scale() {
        check(1817, |g| {
            let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
            let (m, lanes) = (hostile_metrics(g), hostile_lanes(g));
            let s = scene(&raw, g.pick(&Lang::ALL), &m, &lanes, |_| true);
            let width = raw.clamped().width;
            assert!(s.ticks.len() <= MAX_TICKS && s.events.len() <= MAX_PLACED && s.lanes.len() == STRANDS.len());
            let per_lane = (width / (CLUSTER_W * m.scale + 6.0 * m.scale)) as usize + 2;
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
