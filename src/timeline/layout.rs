//! Lane packing and label placement: each item gets a row in its lane so that no two labels overlap;
//! items that find no free row collapse into counted clusters, which never overlap either.

/// Something to place: a bar from `x0` to `x1` whose label, starting at `x0`, is `label_w` wide.
/// Items of lower `rank` get rows first (a programme before its lectures).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub key: u32,
    pub lane: usize,
    pub rank: u32,
    pub x0: f64,
    pub x1: f64,
    pub label_w: f64,
    /// Where the bar starts on screen (the label's `x0` may lie left of it, so a label near the right
    /// edge stays whole).
    pub start: f64,
}

impl Item {
    /// The item with its label cut to `w` (ellipsis), starting at the bar but kept inside `width`.
    fn shortened(&self, w: f64, width: f64) -> Item {
        let x0 = self.start.min(width - w).max(0.0);
        Item { x0, x1: self.x1.max(x0), label_w: w, ..*self }
    }
}

/// Most lanes a layout has; items in lanes past the count given to [`pack`] are not placed.
pub const MAX_LANES: usize = 64;
/// Most rows per lane, whatever [`Packing::max_rows`] asks for.
pub const MAX_ROWS: usize = 64;
/// Most items placed in one layout (one frame); the rest join clusters.
pub const MAX_PLACED: usize = 2_000;
/// Positions and widths saturate at ± this many px.
pub const MAX_PX: f64 = 1e7;

/// `x` kept within `[lo, hi]`, NaN at `nan`.
fn bounded(x: f64, nan: f64, lo: f64, hi: f64) -> f64 {
    if x.is_nan() { nan } else { x.clamp(lo, hi) }
}

impl Item {
    /// The item with finite, bounded numbers: positions within ±[`MAX_PX`] (NaN: 0), the bar's end
    /// not before its start, the label's width from 0 to [`MAX_PX`].
    pub fn clamped(self) -> Item {
        let x0 = bounded(self.x0, 0.0, -MAX_PX, MAX_PX);
        Item {
            x0,
            x1: bounded(self.x1, x0, x0, MAX_PX),
            label_w: bounded(self.label_w, 0.0, 0.0, MAX_PX),
            start: bounded(self.start, x0, -MAX_PX, MAX_PX),
            ..self
        }
    }

    /// The horizontal extent the item occupies: its bar or its label, whichever reaches further.
    pub fn extent(&self) -> (f64, f64) {
        (self.x0, self.x1.max(self.x0 + self.label_w))
    }
}

/// An item placed in `row` of its lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub item: Item,
    pub row: usize,
}

/// Items that did not fit, drawn as one "+N" badge in the lane's cluster row.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub lane: usize,
    pub x0: f64,
    pub x1: f64,
    pub keys: Vec<u32>,
}

/// The result of [`pack`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
    /// Rows used in each lane (not counting its cluster row).
    pub rows: Vec<usize>,
}

/// Packing parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Packing {
    /// Rows available per lane before items cluster (a lane expanded by the user gets more; 0 makes
    /// the whole lane badges).
    pub max_rows: Vec<usize>,
    /// Minimum horizontal gap between neighbours in a row, px.
    pub gap: f64,
    /// Width of a cluster badge, px.
    pub cluster_w: f64,
    /// Where nothing fits whole, an item's label may be cut to this width or more (with an
    /// ellipsis) to keep it out of a cluster; 0: never cut.
    pub min_label: f64,
    /// The drawing's width, px (a cut label stays inside it).
    pub width: f64,
}

/// Occupied spans of one row, sorted and disjoint.
#[derive(Default)]
struct Row(Vec<(f64, f64)>);

impl Row {
    /// True when `[x0, x1]` keeps `gap` from every span in the row.
    fn fits(&self, x0: f64, x1: f64, gap: f64) -> bool {
        let i = self.0.partition_point(|&(a, _)| a < x0);
        let left_ok = i == 0 || self.0[i - 1].1 + gap <= x0;
        let right_ok = i == self.0.len() || x1 + gap <= self.0[i].0;
        left_ok && right_ok
    }

    /// The free width from `x0` to the next span (less `gap`), if `x0` itself is `gap` clear of the
    /// span before it.
    fn room_from(&self, x0: f64, gap: f64) -> Option<f64> {
        let i = self.0.partition_point(|&(a, _)| a < x0);
        let left_ok = i == 0 || self.0[i - 1].1 + gap <= x0;
        // A hair less than the exact room, so rounding never lets a cut label touch its neighbour.
        left_ok.then(|| self.0.get(i).map_or(f64::INFINITY, |&(a, _)| (a - gap - x0) * (1.0 - 1e-12) - 1e-9))
    }

    fn insert(&mut self, x0: f64, x1: f64) {
        let i = self.0.partition_point(|&(a, _)| a < x0);
        self.0.insert(i, (x0, x1));
    }
}

/// Places `items` lane by lane in rank order, each in the first row where it fits; an item that fits
/// nowhere joins the cluster it touches, or starts one. Total and bounded: at most [`MAX_LANES`]
/// lanes, [`MAX_ROWS`] rows a lane and [`MAX_PLACED`] placed items (the rest cluster); items are
/// [clamped](Item::clamped) first, and items in a lane past `lanes` are left out.
pub fn pack(items: &[Item], lanes: usize, p: &Packing) -> Layout {
    let lanes = lanes.min(MAX_LANES);
    let p = &Packing {
        max_rows: p.max_rows.iter().take(lanes).map(|&r| r.min(MAX_ROWS)).collect(),
        gap: bounded(p.gap, 0.0, 0.0, 1_000.0),
        cluster_w: bounded(p.cluster_w, 0.0, 0.0, 1_000.0),
        min_label: bounded(p.min_label, 0.0, 0.0, 1_000.0),
        width: bounded(p.width, 0.0, 0.0, MAX_PX),
    };
    let mut order: Vec<Item> = items.iter().filter(|i| i.lane < lanes).map(|i| i.clamped()).collect();
    crate::order::sort_by(&mut order, |a, b| {
        (a.lane, a.rank).cmp(&(b.lane, b.rank)).then(a.x0.total_cmp(&b.x0)).then(a.key.cmp(&b.key))
    });
    let mut out = Layout { rows: vec![0; lanes], ..Layout::default() };
    let mut rows: Vec<Row> = Vec::new();
    // Clusters of the current lane, sorted by x0 and disjoint.
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut lane = usize::MAX;
    let flush = |clusters: &mut Vec<Cluster>, out: &mut Layout| {
        for c in clusters.iter_mut() {
            crate::order::sort_by(&mut c.keys, u32::cmp);
        }
        out.clusters.append(clusters);
    };
    for item in &order {
        if item.lane != lane {
            flush(&mut clusters, &mut out);
            lane = item.lane;
            rows.clear();
        }
        let (x0, x1) = item.extent();
        // 0 rows: everything in the lane is a badge.
        let max_rows = p.max_rows.get(lane).copied().unwrap_or(1);
        let room = out.placed.len() < MAX_PLACED;
        if let Some(row) = rows.iter().position(|r| r.fits(x0, x1, p.gap)).filter(|_| room) {
            rows[row].insert(x0, x1);
            out.placed.push(Placed { item: *item, row });
        } else if room && rows.len() < max_rows {
            let mut r = Row::default();
            r.insert(x0, x1);
            rows.push(r);
            out.placed.push(Placed { item: *item, row: rows.len() - 1 });
        } else if let Some((row, cut)) = fit_shortened(&rows, item, p).filter(|_| room) {
            let (a, b) = cut.extent();
            rows[row].insert(a, b);
            out.placed.push(Placed { item: cut, row });
        } else {
            join_cluster(&mut clusters, lane, x0, item.key, p);
        }
        out.rows[lane] = out.rows[lane].max(rows.len());
    }
    flush(&mut clusters, &mut out);
    out
}

/// The first row where `item` fits with its label cut to no less than `p.min_label`, and the item
/// so cut. The label starts at the bar (its right end kept inside the drawing), as a whole one does.
fn fit_shortened(rows: &[Row], item: &Item, p: &Packing) -> Option<(usize, Item)> {
    if p.min_label <= 0.0 || item.label_w <= p.min_label {
        return None;
    }
    rows.iter().enumerate().find_map(|(r, row)| {
        let probe = item.shortened(p.min_label, p.width);
        let room = row.room_from(probe.x0, p.gap)?;
        let w = room.min(item.label_w).min(p.width - probe.x0);
        // Cut to `w` where the probe stands: it stays clear of what is left of it, and inside.
        (w >= p.min_label && probe.x1 <= probe.x0 + room).then_some((r, Item { label_w: w, ..probe }))
    })
}

/// Adds item `key` at `x0` to the lane's clusters, merging any clusters its badge would touch.
fn join_cluster(clusters: &mut Vec<Cluster>, lane: usize, x0: f64, key: u32, p: &Packing) {
    let (lo, hi) = (x0, x0 + p.cluster_w);
    // Clusters are disjoint and sorted: the ones the badge touches form one run.
    let first = clusters.partition_point(|c| c.x1 + p.gap <= lo);
    let mut last = first;
    while last < clusters.len() && clusters[last].x0 < hi + p.gap {
        last += 1;
    }
    if first == last {
        clusters.insert(first, Cluster { lane, x0: lo, x1: hi, keys: vec![key] });
        return;
    }
    let merged: Vec<Cluster> = clusters.drain(first + 1..last).collect();
    let target = &mut clusters[first];
    target.keys.push(key);
    target.x0 = target.x0.min(lo);
    target.x1 = target.x1.max(hi);
    for c in merged {
        target.x1 = target.x1.max(c.x1);
        target.keys.extend(c.keys);
    }
}

/// A rough label width in px for `text` at `font_px` (0 to 1,000; NaN: 0): CJK glyphs are square,
/// Latin ones narrower.
pub fn label_width(text: &str, font_px: f64) -> f64 {
    let font_px = bounded(font_px, 0.0, 0.0, 1_000.0);
    text.chars()
        .map(|c| match c as u32 {
            0x3000..=0x9FFF | 0xFF00..=0xFFEF => 1.0,
            _ if c.is_ascii_uppercase() || c == 'm' || c == 'w' => 0.72,
            _ if c == ' ' || c == 'i' || c == 'l' || c == '.' || c == ',' || c == '\'' => 0.3,
            _ => 0.56,
        })
        .sum::<f64>()
        * font_px
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the property tests need no extra crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    fn random_items(seed: u64, n: usize, lanes: usize) -> Vec<Item> {
        let mut r = Lcg(seed);
        (0..n)
            .map(|k| {
                let x0 = r.next() * 2000.0 - 200.0;
                let len = if r.next() < 0.5 { 0.0 } else { r.next() * 400.0 };
                Item {
                    key: k as u32,
                    lane: (r.next() * lanes as f64) as usize,
                    rank: (r.next() * 3.0) as u32,
                    x0,
                    x1: x0 + len,
                    label_w: 20.0 + r.next() * 160.0,
                    start: x0,
                }
            })
            .collect()
    }

    fn check(items: &[Item], lanes: usize, p: &Packing) {
        let l = pack(items, lanes, p);
        // Every item is either placed or in exactly one cluster.
        let mut seen: Vec<u32> =
            l.placed.iter().map(|x| x.item.key).chain(l.clusters.iter().flat_map(|c| c.keys.clone())).collect();
        seen.sort();
        let mut all: Vec<u32> = items.iter().map(|i| i.key).collect();
        all.sort();
        assert_eq!(seen, all);
        // No two items in the same lane and row overlap (gap included).
        for (i, a) in l.placed.iter().enumerate() {
            assert!(a.row < p.max_rows[a.item.lane]);
            for b in &l.placed[i + 1..] {
                if a.item.lane == b.item.lane && a.row == b.row {
                    let ((a0, a1), (b0, b1)) = (a.item.extent(), b.item.extent());
                    assert!(a1 + p.gap <= b0 || b1 + p.gap <= a0, "{a:?} overlaps {b:?}");
                }
            }
        }
        // Clusters in a lane do not overlap each other.
        for (i, a) in l.clusters.iter().enumerate() {
            for b in &l.clusters[i + 1..] {
                if a.lane == b.lane {
                    assert!(a.x1 + p.gap <= b.x0 || b.x1 + p.gap <= a.x0, "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn no_overlaps_for_random_inputs() {
        for seed in 0..300 {
            let lanes = 1 + (seed % 5) as usize;
            let items = random_items(seed, 5 + (seed as usize * 7) % 200, lanes);
            let max_rows = (0..lanes).map(|l| 1 + (seed as usize + l) % 4).collect();
            check(&items, lanes, &Packing { max_rows, gap: 6.0, cluster_w: 28.0, min_label: 0.0, width: 1e9 });
        }
    }

    #[test]
    fn items_that_fit_share_a_row_and_the_rest_stack() {
        let it = |key, x0: f64, w: f64| Item { key, lane: 0, rank: 0, x0, x1: x0, label_w: w, start: x0 };
        let p = Packing { max_rows: vec![3], gap: 4.0, cluster_w: 20.0, min_label: 0.0, width: 1e9 };
        let l = pack(&[it(0, 0.0, 50.0), it(1, 60.0, 50.0), it(2, 10.0, 50.0)], 1, &p);
        let rows: Vec<(u32, usize)> = l.placed.iter().map(|x| (x.item.key, x.row)).collect();
        assert_eq!(rows, [(0, 0), (2, 1), (1, 0)]);
        assert_eq!(l.rows, [2]);
        assert!(l.clusters.is_empty());
    }

    #[test]
    fn overflow_collapses_into_a_counted_cluster_that_expanding_undoes() {
        let same: Vec<Item> = (0..6)
            .map(|k| Item { key: k, lane: 0, rank: 0, x0: 100.0, x1: 300.0, label_w: 80.0, start: 100.0 })
            .collect();
        let l = pack(&same, 1, &Packing { max_rows: vec![2], gap: 4.0, cluster_w: 24.0, min_label: 0.0, width: 1e9 });
        assert_eq!(l.placed.len(), 2);
        assert_eq!(l.clusters.len(), 1);
        assert_eq!(l.clusters[0].keys, [2, 3, 4, 5]);
        let expanded =
            pack(&same, 1, &Packing { max_rows: vec![6], gap: 4.0, cluster_w: 24.0, min_label: 0.0, width: 1e9 });
        assert_eq!((expanded.placed.len(), expanded.clusters.len()), (6, 0));
    }

    #[test]
    fn lower_ranks_get_rows_first() {
        let wide = Item { key: 0, lane: 0, rank: 1, x0: 0.0, x1: 500.0, label_w: 50.0, start: 0.0 };
        let session = Item { key: 1, lane: 0, rank: 0, x0: 100.0, x1: 200.0, label_w: 50.0, start: 100.0 };
        let l = pack(
            &[wide, session],
            1,
            &Packing { max_rows: vec![1], gap: 4.0, cluster_w: 20.0, min_label: 0.0, width: 1e9 },
        );
        assert_eq!(l.placed.iter().map(|p| p.item.key).collect::<Vec<_>>(), [1]);
        assert_eq!(l.clusters[0].keys, [0]);
    }

    #[test]
    fn a_label_is_cut_rather_than_clustered_where_a_row_has_room_for_part_of_it() {
        // Two sessions, morning and afternoon; the afternoon's label is too long for the gap.
        let morning = Item { key: 0, lane: 0, rank: 0, x0: 30.0, x1: 150.0, label_w: 140.0, start: 30.0 };
        let afternoon = Item { key: 1, lane: 0, rank: 0, x0: 168.0, x1: 390.0, label_w: 222.0, start: 214.0 };
        let p = Packing { max_rows: vec![1], gap: 6.0, cluster_w: 44.0, min_label: 80.0, width: 390.0 };
        let l = pack(&[morning, afternoon], 1, &Packing { min_label: 0.0, ..p.clone() });
        assert_eq!(l.clusters.len(), 1, "whole labels: one clusters");
        let l = pack(&[morning, afternoon], 1, &p);
        assert!(l.clusters.is_empty(), "{l:?}");
        let cut = l.placed.iter().find(|x| x.item.key == 1).unwrap().item;
        assert!(cut.x0 == 214.0 && cut.label_w >= 80.0 && cut.x0 + cut.label_w <= 390.0 + 1e-9, "{cut:?}");
        check(&[morning, afternoon], 1, &p);
    }

    #[test]
    fn label_widths_grow_with_text_and_script() {
        assert!(label_width("Forum", 12.0) < label_width("Forum opening", 12.0));
        assert!(label_width("フォーラム", 12.0) > label_width("Forum", 12.0));
        assert_eq!(label_width("", 12.0), 0.0);
    }

    #[test]
    fn ten_thousand_items_pack_quickly() {
        let items = random_items(42, 10_000, 5);
        let t = std::time::Instant::now();
        let l =
            pack(&items, 5, &Packing { max_rows: vec![4; 5], gap: 6.0, cluster_w: 28.0, min_label: 0.0, width: 1e9 });
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(l.placed.len() + l.clusters.iter().map(|c| c.keys.len()).sum::<usize>(), 10_000);
        // Generous bound for slow CI machines; the bench reports the real figure.
        assert!(ms < 200.0, "packing 10,000 items took {ms:.1} ms");
    }
}

/// Issue 18: packing is total and bounded for any items, lane count and row limits.
#[cfg(test)]
mod props {
    use super::*;
    use crate::prop::{Gen, check};

    fn hostile_item(g: &mut Gen, key: u32) -> Item {
        Item {
            key,
            lane: if g.chance(0.05) { g.count() } else { g.below(6) as usize },
            rank: g.u64() as u32 % 6,
            x0: g.hostile(-200.0, 2_000.0),
            x1: g.hostile(-200.0, 2_400.0),
            label_w: g.hostile(0.0, 200.0),
            start: g.hostile(-200.0, 2_000.0),
        }
    }

    #[test]
    fn packing_is_total_and_bounded() {
        check(1816, |g| {
            let lanes = if g.chance(0.2) { g.count() } else { 1 + g.below(6) as usize };
            let n = if g.chance(0.02) { 4_000 + g.below(2_000) } else { g.below(80) } as usize;
            let items: Vec<Item> = (0..n).map(|k| hostile_item(g, k as u32)).collect();
            let max_rows = (0..g.below(8)).map(|_| if g.chance(0.5) { g.count() } else { 64 }).collect();
            let p = Packing {
                max_rows,
                gap: g.hostile(0.0, 10.0),
                cluster_w: g.hostile(0.0, 50.0),
                min_label: g.hostile(0.0, 120.0),
                width: g.hostile(0.0, 4_000.0),
            };
            let l = pack(&items, lanes, &p);
            let lanes = lanes.min(MAX_LANES);
            assert_eq!(l.rows.len(), lanes);
            assert!(l.rows.iter().all(|&r| r <= MAX_ROWS) && l.placed.len() <= MAX_PLACED);
            // Every item of a real lane is placed or clustered, exactly once; the others are left out.
            let mut seen: Vec<u32> =
                l.placed.iter().map(|x| x.item.key).chain(l.clusters.iter().flat_map(|c| c.keys.clone())).collect();
            seen.sort_unstable();
            let mut want: Vec<u32> = items.iter().filter(|i| i.lane < lanes).map(|i| i.key).collect();
            want.sort_unstable();
            assert_eq!(seen, want);
            for x in &l.placed {
                let i = x.item;
                assert!([i.x0, i.x1, i.label_w].iter().all(|v| v.is_finite() && v.abs() <= MAX_PX), "{i:?}");
                assert!(i.x1 >= i.x0 && x.row < MAX_ROWS && i.lane < lanes);
            }
            assert!(l.clusters.iter().all(|c| c.x0.is_finite() && c.x1.is_finite() && c.x1 >= c.x0 && c.lane < lanes));
            if n <= 80 {
                // No two placed items of a row overlap, the (clamped) gap included.
                let gap = if p.gap.is_nan() { 0.0 } else { p.gap.clamp(0.0, 1_000.0) };
                for (k, a) in l.placed.iter().enumerate() {
                    for b in &l.placed[k + 1..] {
                        if (a.item.lane, a.row) == (b.item.lane, b.row) {
                            let ((a0, a1), (b0, b1)) = (a.item.extent(), b.item.extent());
                            assert!(a1 + gap <= b0 || b1 + gap <= a0, "{a:?} overlaps {b:?}");
                        }
                    }
                }
            }
            let w = label_width("Lễ ký kết 協力", g.hostile(0.0, 20.0));
            assert!(w.is_finite() && w >= 0.0);
        });
    }

    #[test]
    fn placing_stops_at_the_cap_and_the_rest_cluster() {
        let items: Vec<Item> = (0..10_000)
            .map(|k| Item {
                key: k,
                lane: 0,
                rank: 0,
                x0: k as f64 * 30.0,
                x1: 0.0,
                label_w: 20.0,
                start: k as f64 * 30.0,
            })
            .collect();
        let l = pack(
            &items,
            usize::MAX,
            &Packing { max_rows: vec![usize::MAX], gap: 4.0, cluster_w: 20.0, min_label: 0.0, width: 1e9 },
        );
        assert_eq!(l.placed.len(), MAX_PLACED);
        assert_eq!(l.clusters.iter().map(|c| c.keys.len()).sum::<usize>(), 10_000 - MAX_PLACED);
        assert_eq!(l.rows.len(), MAX_LANES);
    }
}
