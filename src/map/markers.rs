//! Map markers: the places of the events in view, merged where they coincide on screen, each with the
//! events it stands for; and how involved each administrative unit is.

use std::collections::BTreeMap;

use super::PaneId;
use super::view::View;
use crate::data::{Country, EventId, PlaceId};

/// One marker: where it is (map units), and the places and events it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub pane: PaneId,
    pub x: f64,
    pub y: f64,
    pub places: Vec<PlaceId>,
    pub events: Vec<EventId>,
}

/// The pane a place is drawn in.
pub fn pane_of(place: PlaceId) -> PaneId {
    match place.get().country {
        Country::Jp => PaneId::Japan,
        Country::Vn => PaneId::Vietnam,
    }
}

/// The place's position in its pane's map units.
pub fn position(place: PlaceId) -> (f64, f64) {
    let p = place.get();
    pane_of(place).pane().project(p.lon, p.lat)
}

/// The view of `pane` that frames those of `places` drawn in it, or `None` when none is.
pub fn fit(pane: PaneId, places: &[PlaceId]) -> Option<View> {
    let points: Vec<(f64, f64)> = places.iter().filter(|&&p| pane_of(p) == pane).map(|&p| position(p)).collect();
    View::fit(&pane.pane(), &points)
}

/// `events` without repeats, in their order.
fn once(events: &[EventId]) -> impl Iterator<Item = EventId> + '_ {
    let mut seen = vec![false; crate::data::EVENTS.len()];
    events.iter().copied().filter(move |e| !std::mem::replace(&mut seen[e.0 as usize], true))
}

/// Markers for `events` (each counted once): one per place, merged greedily (biggest first) with any
/// marker closer than `merge` map units in the same pane (a distance that is not a number merges none).
pub fn markers(events: &[EventId], merge: f64) -> Vec<Marker> {
    let mut by_place: BTreeMap<PlaceId, Vec<EventId>> = BTreeMap::new();
    for e in once(events) {
        for &p in e.get().places {
            by_place.entry(p).or_default().push(e);
        }
    }
    let mut singles: Vec<(PlaceId, Vec<EventId>)> = by_place.into_iter().collect();
    crate::order::sort_by(&mut singles, |a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut out: Vec<Marker> = Vec::new();
    for (place, evs) in singles {
        let (x, y) = position(place);
        let pane = pane_of(place);
        match out.iter_mut().find(|m| m.pane == pane && (m.x - x).hypot(m.y - y) < merge) {
            Some(m) => {
                m.places.push(place);
                for e in evs {
                    if !m.events.contains(&e) {
                        m.events.push(e);
                    }
                }
            }
            None => out.push(Marker { pane, x, y, places: vec![place], events: evs }),
        }
    }
    out
}

/// The strand most of `events` belong to (ties: the earlier strand), for a marker's colour.
pub fn main_strand(events: &[EventId]) -> Option<crate::data::StrandId> {
    let mut counts = vec![0usize; crate::data::STRANDS.len()];
    for e in events {
        counts[e.get().strand.0 as usize] += 1;
    }
    let (best, n) = counts.iter().enumerate().max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
    (*n > 0).then_some(crate::data::StrandId(best as u16))
}

/// How many of `events` (each counted once) touch each unit (through their places), by unit id.
pub fn involvement(events: &[EventId]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for e in once(events) {
        let mut units: Vec<&'static str> = e.get().places.iter().map(|p| p.get().unit.get().id).collect();
        crate::order::sort_dedup(&mut units);
        for u in units {
            *m.entry(u).or_insert(0) += 1;
        }
    }
    m
}

/// A shading level 0–4 for a count (0: not involved).
pub fn level(count: usize) -> u8 {
    match count {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=9 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_marker_takes_the_colour_of_most_of_its_events() {
        use crate::data::query::event_by_id;
        let forum = event_by_id("forum-2025").unwrap();
        let plenary = event_by_id("forum-plenary").unwrap();
        let training = event_by_id("training-2025").unwrap();
        assert_eq!(main_strand(&[forum, plenary, training]), Some(forum.get().strand));
        assert_eq!(main_strand(&[training]), Some(training.get().strand));
        assert_eq!(main_strand(&[]), None);
    }

    use super::*;
    use crate::data::query::{all_events, event_by_id};

    #[test]
    fn every_place_of_every_event_has_a_marker_once() {
        let all: Vec<EventId> = all_events().collect();
        let ms = markers(&all, 0.0);
        let mut places: Vec<PlaceId> = ms.iter().flat_map(|m| m.places.clone()).collect();
        let n = places.len();
        places.sort();
        places.dedup();
        assert_eq!(places.len(), n, "no place in two markers");
        for e in &all {
            for p in e.get().places {
                assert!(ms.iter().any(|m| m.places.contains(p) && m.events.contains(e)));
            }
        }
    }

    #[test]
    fn coinciding_places_merge_and_count() {
        // Quảng Ninh and Hạ Long are a few km apart: one marker at country scale.
        let forum = event_by_id("forum-2025").unwrap();
        let festival = event_by_id("hokkaido-festival-ha-long").unwrap();
        let ms = markers(&[forum, festival], 60.0);
        let qn = ms.iter().find(|m| m.places.iter().any(|p| p.get().id == "quang-ninh")).unwrap();
        assert!(qn.places.iter().any(|p| p.get().id == "ha-long"));
        assert_eq!(qn.events.len(), 2);
        // Close up they separate.
        let close = markers(&[forum, festival], 1.0);
        assert!(close.iter().filter(|m| m.pane == PaneId::Vietnam).count() >= 2);
    }

    #[test]
    fn involvement_counts_each_event_once_per_unit() {
        let speech = event_by_id("forum-phu-tho-speech").unwrap(); // Quảng Ninh, Phú Thọ, Nội Bài (Hanoi), Hanoi, Lào Cai
        let inv = involvement(&[speech]);
        assert_eq!(inv.get("VN:01"), Some(&1), "Hanoi counted once for two places there");
        assert_eq!(inv.get("VN:25"), Some(&1));
        assert_eq!(level(0), 0);
        assert!(level(1) < level(5) && level(5) < level(12));
    }
}

/// A marker's accessible name (and tooltip): the first place's name, then the count, then any other
/// places merged into the marker, e.g. "Quảng Ninh Province: 3 events (+ Hải Phòng)". The marker
/// shows its label (the first name without its brackets) and then its count, so the name holds the
/// visible text in that order (WCAG 2.5.3, axe's `label-content-name-mismatch`).
pub fn marker_name(names: &[&str], n: usize, lang: crate::lang::Lang) -> String {
    use crate::i18n::{Noun, count, list_sep, paren};
    let first = names.first().copied().unwrap_or_default();
    let mut name = format!("{first}: {}", count(n, Noun::Event, lang));
    if names.len() > 1 {
        name.push_str(&paren(&format!("+ {}", names[1..].join(list_sep(lang))), lang));
    }
    name
}

#[cfg(test)]
mod marker_name_tests {
    use super::marker_name;
    use crate::lang::Lang;

    #[test]
    fn the_first_place_and_the_count_lead_the_name() {
        assert_eq!(marker_name(&["Hanoi"], 1, Lang::En), "Hanoi: 1 event");
        assert_eq!(
            marker_name(&["Quảng Ninh Province (since 2025)", "Hải Phòng", "Ninh Bình"], 3, Lang::En),
            "Quảng Ninh Province (since 2025): 3 events (+ Hải Phòng, Ninh Bình)"
        );
        assert_eq!(marker_name(&["ハノイ", "ハイフォン"], 2, Lang::Ja), "ハノイ: 2件の出来事（+ ハイフォン）");
        assert_eq!(marker_name(&["Hà Nội"], 4, Lang::Vi), "Hà Nội: 4 sự kiện");
    }
}

/// Every event whose span meets the window `[start, end)` (days), in table order.
pub fn in_window(start: f64, end: f64) -> Vec<EventId> {
    crate::data::query::all_events()
        .filter(|e| {
            let (s, t) = crate::timeline::time::span(e.get());
            s < end && t > start
        })
        .collect()
}

/// The training programme's route Tokyo → Toyama → Kanazawa as SVG polyline points (Japan's pane's
/// map units), while the programme is among `events`.
pub fn training_route(events: &[EventId]) -> Option<String> {
    let training = crate::data::query::event_by_id("training-2025").filter(|t| events.contains(t))?;
    let pts: Vec<String> = training
        .get()
        .places
        .iter()
        .map(|&pl| {
            let (x, y) = position(pl);
            format!("{},{}", crate::format::fixed(x, 0), crate::format::fixed(y, 0))
        })
        .collect();
    Some(pts.join(" "))
}

/// The legend's words for shading levels 1 to 4: "1 event", "2–3", "4–9", "10 or more (shading
/// and border weight)".
pub fn level_labels(lang: crate::lang::Lang) -> [String; 4] {
    use crate::i18n::{Noun, Ui, count, paren};
    let sp = if lang == crate::lang::Lang::Ja { "" } else { " " };
    [
        count(1, Noun::Event, lang),
        "2–3".to_string(),
        "4–9".to_string(),
        format!("10{sp}{}{}", Ui::LegendOrMore.get(lang), paren(Ui::LegendShading.get(lang), lang)),
    ]
}

/// Marker radius in screen pixels for `n` events, at UI scale `s`.
pub fn radius_px(n: usize, s: f64) -> f64 {
    (7.0 + 2.5 * (n as f64).sqrt()) * s
}

/// How close (map units) two markers may be before they merge, at UI scale `s` and `ppu` screen
/// pixels per map unit: a one-event and a nine-event marker just touching.
pub fn merge_distance(s: f64, ppu: f64) -> f64 {
    (radius_px(1, s) + radius_px(9, s)) / ppu
}

/// A place's name as a map label: without what it adds in brackets ("Quảng Trị Province (since
/// July 2025 including…)" is labelled "Quảng Trị Province"; the marker's name keeps it all).
pub fn short_name(name: &str) -> &str {
    name.split_once(" (").or_else(|| name.split_once('（')).map_or(name, |(n, _)| n.trim_end())
}

/// Which side of its marker a label is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

/// Where each of a pane's markers shows its label, if it does, when the pane shows `view` at `ppu`
/// screen pixels per map unit and UI scale `s` in a box `size` (screen pixels) wide and high:
/// [`place_labels`] with the markers' screen sizes, the busiest first, inside that box.
pub fn labels_shown(
    ms: &[Marker],
    view: &View,
    ppu: f64,
    s: f64,
    lang: crate::lang::Lang,
    (w, h): (f64, f64),
) -> Vec<Option<Side>> {
    let sizes: Vec<(f64, f64, f64, f64)> = ms
        .iter()
        .map(|m| {
            let name = m.places[0].get().name.get(lang);
            (
                (m.x - view.cx) * ppu,
                (m.y - view.cy) * ppu,
                radius_px(m.events.len(), s),
                crate::timeline::layout::label_width(short_name(name), 12.0 * s),
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..ms.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| std::cmp::Reverse(ms[i].events.len()));
    place_labels(&sizes, &order, (-w / 2.0, -h / 2.0, w / 2.0, h / 2.0))
}

/// Most labels one pane shows at once (one frame); markers after them in `order` get none.
pub const MAX_LABELS: usize = 256;

/// The box `(left, top, right, bottom)` of the label of a marker of size `(x, y, r, w)` (see
/// [`place_labels`]) drawn on `side`: 3 px from its circle, 16 px high, centred on it.
pub fn label_box((x, y, r, w): (f64, f64, f64, f64), side: Side) -> (f64, f64, f64, f64) {
    match side {
        Side::Right => (x + r + 3.0, y - 8.0, x + r + 3.0 + w, y + 8.0),
        Side::Left => (x - r - 3.0 - w, y - 8.0, x - r - 3.0, y + 8.0),
    }
}

/// Greedy label placement in screen pixels: each marker (most events first) gets its label to the
/// right of its circle, or else to its left, where that box lies inside `bounds` (the pane's visible
/// box, `(left, top, right, bottom)`; a label is never cut at the pane's edge) and overlaps no label
/// already placed and no other marker's circle. Returns, per marker, the side its label is shown on.
/// `sizes[i]` is `(x_px, y_px, radius_px, label_width_px)`. Total and bounded: indices in `order`
/// past the end are skipped, only the first [`MAX_LABELS`] other entries are tried (a repeat is
/// tried once), and a marker with a size that is not finite gets no label.
pub fn place_labels(
    sizes: &[(f64, f64, f64, f64)],
    order: &[usize],
    bounds: (f64, f64, f64, f64),
) -> Vec<Option<Side>> {
    let overlaps =
        |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| !(a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1);
    let inside = |b: (f64, f64, f64, f64)| bounds.0 <= b.0 && b.2 <= bounds.2 && bounds.1 <= b.1 && b.3 <= bounds.3;
    let circles: Vec<(f64, f64, f64, f64)> = sizes.iter().map(|&(x, y, r, _)| (x - r, y - r, x + r, y + r)).collect();
    let mut shown = vec![None; sizes.len()];
    let mut tried = vec![false; sizes.len()];
    let mut boxes: Vec<(f64, f64, f64, f64)> = Vec::new();
    for &i in order.iter().filter(|&&i| i < sizes.len()).take(MAX_LABELS) {
        if std::mem::replace(&mut tried[i], true) {
            continue;
        }
        let size = sizes[i];
        if ![size.0, size.1, size.2, size.3].iter().all(|v| v.is_finite()) {
            continue;
        }
        let fits = |b| {
            inside(b)
                && circles.iter().enumerate().all(|(j, &c)| j == i || !overlaps(b, c))
                && boxes.iter().all(|&o| !overlaps(b, o))
        };
        if let Some(side) = [Side::Right, Side::Left].into_iter().find(|&side| fits(label_box(size, side))) {
            boxes.push(label_box(size, side));
            shown[i] = Some(side);
        }
    }
    shown
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn placed_labels_never_overlap_never_cover_a_marker_and_stay_inside() {
        let mut seed = 7u64;
        let mut r = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        let bounds = (0.0, 0.0, 500.0, 400.0);
        let mut left = 0;
        for _ in 0..100 {
            let sizes: Vec<(f64, f64, f64, f64)> =
                (0..40).map(|_| (r() * 500.0, r() * 400.0, 6.0, 30.0 + r() * 90.0)).collect();
            let order: Vec<usize> = (0..sizes.len()).collect();
            let shown = place_labels(&sizes, &order, bounds);
            left += shown.iter().filter(|s| **s == Some(Side::Left)).count();
            let boxes: Vec<_> =
                sizes.iter().zip(&shown).filter_map(|(&size, side)| side.map(|side| label_box(size, side))).collect();
            assert!(!boxes.is_empty());
            for (i, a) in boxes.iter().enumerate() {
                assert!(a.0 >= bounds.0 && a.2 <= bounds.2 && a.1 >= bounds.1 && a.3 <= bounds.3, "cut at the edge");
                for b in &boxes[i + 1..] {
                    assert!(a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1);
                }
            }
            // No shown label covers another marker.
            for (i, side) in shown.iter().enumerate() {
                let Some(side) = *side else { continue };
                let b = label_box(sizes[i], side);
                for (j, (cx, cy, cr, _)) in sizes.iter().enumerate() {
                    if i != j {
                        assert!(b.2 <= cx - cr || cx + cr <= b.0 || b.3 <= cy - cr || cy + cr <= b.1);
                    }
                }
            }
        }
        assert!(left > 0, "some labels go left");
    }

    #[test]
    fn a_label_that_would_cross_the_edge_goes_left_or_not_at_all() {
        let bounds = (-200.0, -100.0, 200.0, 100.0);
        // Near the right edge: on the left. Near the middle: on the right.
        let sizes = [(170.0, 0.0, 8.0, 80.0), (0.0, 50.0, 8.0, 80.0)];
        assert_eq!(place_labels(&sizes, &[0, 1], bounds), vec![Some(Side::Left), Some(Side::Right)]);
        // Wider than either side of a pane this narrow: none.
        assert_eq!(place_labels(&[(0.0, 0.0, 8.0, 300.0)], &[0], bounds), vec![None]);
        // At the top edge, half of it would be cut: none.
        assert_eq!(place_labels(&[(0.0, -98.0, 8.0, 40.0)], &[0], bounds), vec![None]);
    }

    #[test]
    fn the_forum_day_window_holds_the_forum_and_its_sessions() {
        use crate::data::Date;
        use crate::timeline::time::day;
        let d = day(Date::new(2025, 11, 25));
        let ids: Vec<&str> = in_window(d, d + 1.0).iter().map(|e| e.get().id).collect();
        assert!(ids.contains(&"forum-2025") && ids.contains(&"forum-plenary"));
        assert!(!ids.contains(&"ishiba-visit"));
    }

    #[test]
    fn fit_frames_only_the_places_in_its_pane() {
        let place = |id: &str| {
            crate::data::PLACES
                .iter()
                .position(|p| p.id == id)
                .map(|i| PlaceId(i as u16))
                .unwrap_or_else(|| panic!("{id}"))
        };
        let (quang_ninh, tokyo) = (place("quang-ninh"), place("tokyo"));
        let v = fit(PaneId::Vietnam, &[quang_ninh, tokyo]).expect("one place in Vietnam");
        assert_eq!(Some(v), View::fit(&PaneId::Vietnam.pane(), &[position(quang_ninh)]));
        assert_eq!(fit(PaneId::Japan, &[quang_ninh]), None, "no place in Japan");
        assert_eq!(fit(PaneId::Japan, &[]), None);
    }
}

/// Issue 18: markers, labels, fits and counts are total and bounded for any input.
#[cfg(test)]
mod props {
    use super::*;
    use crate::data::{EVENTS, PLACES};
    use crate::prop::check;

    #[test]
    fn markers_are_bounded_for_any_events_and_merge_distance() {
        check(1823, |g| {
            let n = if g.chance(0.01) { 5_000 } else { g.below(40) } as usize;
            let events: Vec<EventId> = (0..n).map(|_| EventId(g.below(EVENTS.len() as u64) as u16)).collect();
            let ms = markers(&events, g.hostile(0.0, 200.0));
            assert!(ms.len() <= PLACES.len());
            for m in &ms {
                assert!(m.x.is_finite() && m.y.is_finite() && !m.places.is_empty() && !m.events.is_empty());
                assert!(m.events.len() <= EVENTS.len(), "each event once per marker");
            }
            let inv = involvement(&events);
            assert!(inv.values().all(|&c| c <= n) && inv.values().all(|&c| level(c) <= 4));
            assert!(level(g.count()) <= 4);
            let pane = if g.chance(0.5) { PaneId::Japan } else { PaneId::Vietnam };
            let places: Vec<PlaceId> = (0..g.below(8)).map(|_| PlaceId(g.below(PLACES.len() as u64) as u16)).collect();
            if let Some(v) = fit(pane, &places) {
                assert!(v.cx.is_finite() && v.cy.is_finite() && (1.0..=super::super::view::MAX_ZOOM).contains(&v.zoom));
            }
            let (a, b) = (g.hostile(19_000.0, 21_500.0), g.hostile(19_000.0, 21_500.0));
            assert!(in_window(a, b).len() <= EVENTS.len());
        });
    }

    #[test]
    fn label_placement_is_total_and_capped() {
        check(1824, |g| {
            let n = if g.chance(0.01) { 2_000 } else { g.below(60) } as usize;
            let sizes: Vec<(f64, f64, f64, f64)> = (0..n)
                .map(|_| (g.hostile(0.0, 800.0), g.hostile(0.0, 600.0), g.hostile(6.0, 20.0), g.hostile(20.0, 120.0)))
                .collect();
            let order: Vec<usize> = (0..g.below(2 * n as u64 + 2))
                .map(|_| if g.chance(0.1) { g.count() } else { g.below(n as u64 + 1) as usize })
                .collect();
            let bounds = (g.hostile(-900.0, 0.0), g.hostile(-700.0, 0.0), g.hostile(0.0, 900.0), g.hostile(0.0, 700.0));
            let shown = place_labels(&sizes, &order, bounds);
            assert_eq!(shown.len(), n);
            assert!(shown.iter().filter(|s| s.is_some()).count() <= MAX_LABELS);
            for (i, _) in shown.iter().enumerate().filter(|(_, s)| s.is_some()) {
                assert!(
                    order.contains(&i)
                        && [sizes[i].0, sizes[i].1, sizes[i].2, sizes[i].3].iter().all(|v| v.is_finite())
                );
            }
        });
    }
}
