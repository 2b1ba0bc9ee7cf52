//! A pane's view: which part of the pane's map units is shown (as an SVG viewBox), with zoom at a
//! point, pan and fitting a set of points.

use super::projection::Pane;
use crate::format::fixed;

/// The most a pane zooms in, relative to the whole pane.
pub const MAX_ZOOM: f64 = 40.0;
/// The widest drawing of a pane, px (as the timeline's [`MAX_WIDTH`](crate::timeline::scale::MAX_WIDTH)).
pub const MAX_PX_WIDTH: f64 = 16_384.0;

/// `x`, or `fallback` when `x` is NaN.
fn or_nan(x: f64, fallback: f64) -> f64 {
    if x.is_nan() { fallback } else { x }
}

/// The shown part of a pane: centre (map units) and zoom (1 = the whole pane).
///
/// Every operation is total: whatever numbers come in (NaN, ±∞, ±`f64::MAX`, zero or negative
/// factors), the view that comes out has a zoom from 1 to [`MAX_ZOOM`] and shows only the pane.
/// [`View::clamped`] is the one place that rule is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub cx: f64,
    pub cy: f64,
    pub zoom: f64,
}

impl View {
    /// The whole pane.
    pub fn whole(pane: &Pane) -> View {
        let (w, h) = pane.size();
        View { cx: w / 2.0, cy: h / 2.0, zoom: 1.0 }
    }

    /// Width and height shown, in map units.
    pub fn extent(&self, pane: &Pane) -> (f64, f64) {
        let (w, h) = pane.size();
        (w / self.zoom, h / self.zoom)
    }

    /// The SVG viewBox.
    pub fn view_box(&self, pane: &Pane) -> String {
        let v = self.clamped(pane);
        let (w, h) = v.extent(pane);
        format!("{} {} {} {}", fixed(v.cx - w / 2.0, 0), fixed(v.cy - h / 2.0, 0), fixed(w, 0), fixed(h, 0))
    }

    /// Keeps the zoom between 1 and [`MAX_ZOOM`] and the centre inside the pane. Total: a zoom that is
    /// not a number is 1 (the whole pane), a centre that is not a number the pane's centre, and
    /// infinities saturate.
    pub fn clamped(self, pane: &Pane) -> View {
        let (w, h) = pane.size();
        let zoom = or_nan(self.zoom, 1.0).clamp(1.0, MAX_ZOOM);
        let (hw, hh) = (w / zoom / 2.0, h / zoom / 2.0);
        View { cx: or_nan(self.cx, w / 2.0).clamp(hw, w - hw), cy: or_nan(self.cy, h / 2.0).clamp(hh, h - hh), zoom }
    }

    /// Zooms by `factor` keeping map point `(x, y)` where it is on screen. A factor that is not a
    /// number or negative does not zoom (0 zooms all the way out); a point off the pane is taken at
    /// its edge, a point that is not a number at the view's centre.
    pub fn zoom_at(self, pane: &Pane, x: f64, y: f64, factor: f64) -> View {
        let v = self.clamped(pane);
        let (w, h) = pane.size();
        let (x, y) = (or_nan(x, v.cx).clamp(0.0, w), or_nan(y, v.cy).clamp(0.0, h));
        let factor = if factor >= 0.0 { factor.abs() } else { 1.0 };
        let zoom = or_nan(v.zoom * factor, v.zoom).clamp(1.0, MAX_ZOOM);
        let k = v.zoom / zoom;
        View { cx: x + (v.cx - x) * k, cy: y + (v.cy - y) * k, zoom }.clamped(pane)
    }

    /// Moves the view by `(dx, dy)` map units; a move that is not a number does not move.
    pub fn pan(self, pane: &Pane, dx: f64, dy: f64) -> View {
        let v = self.clamped(pane);
        let (w, h) = pane.size();
        let (dx, dy) = (or_nan(dx, 0.0).clamp(-w, w), or_nan(dy, 0.0).clamp(-h, h));
        View { cx: v.cx + dx, cy: v.cy + dy, ..v }.clamped(pane)
    }

    /// The view that shows all `points` (map units) with a margin, or `None` for no points. Points
    /// that are not finite are left out.
    pub fn fit(pane: &Pane, points: &[(f64, f64)]) -> Option<View> {
        let points: Vec<(f64, f64)> = points.iter().copied().filter(|p| p.0.is_finite() && p.1.is_finite()).collect();
        let points = points.as_slice();
        let first = points.first()?;
        let (mut x0, mut y0, mut x1, mut y1) = (first.0, first.1, first.0, first.1);
        for &(x, y) in points {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        let (w, h) = pane.size();
        let zoom = (w / ((x1 - x0) * 1.6).max(w / MAX_ZOOM * 4.0)).min(h / ((y1 - y0) * 1.6).max(h / MAX_ZOOM * 4.0));
        Some(View { cx: (x0 + x1) / 2.0, cy: (y0 + y1) / 2.0, zoom }.clamped(pane))
    }

    /// Screen pixels per map unit when the pane is drawn in a `w`×`h` px box: the view is fitted
    /// whole inside the box and centred (SVG's `xMidYMid meet`), so a box of another shape than the
    /// view shows more around it instead of cutting it. Each side 1 to [`MAX_PX_WIDTH`] (NaN: 1).
    pub fn px_per_unit(&self, pane: &Pane, w: f64, h: f64) -> f64 {
        let side = |v: f64| or_nan(v, 1.0).clamp(1.0, MAX_PX_WIDTH);
        let (ew, eh) = self.clamped(pane).extent(pane);
        (side(w) / ew).min(side(h) / eh)
    }

    /// The map point shown at screen point `(sx, sy)` of a pane drawn in `rect` (same coordinates);
    /// a point that is not a number: the view's centre.
    pub fn to_map(&self, pane: &Pane, rect: Rect, sx: f64, sy: f64) -> (f64, f64) {
        let (v, r) = (self.clamped(pane), rect.clamped());
        let k = v.px_per_unit(pane, r.w, r.h);
        let (cx, cy) = (r.x + r.w / 2.0, r.y + r.h / 2.0);
        let limit = MAX_PX_WIDTH * 100.0;
        let (sx, sy) = (or_nan(sx, cx).clamp(-limit, limit), or_nan(sy, cy).clamp(-limit, limit));
        ((sx - cx) / k + v.cx, (sy - cy) / k + v.cy)
    }
}

#[cfg(test)]
mod tests {
    use super::super::projection::{JAPAN, VIETNAM};
    use super::*;

    #[test]
    fn whole_view_shows_the_pane() {
        let v = View::whole(&VIETNAM);
        let (w, h) = VIETNAM.size();
        assert_eq!(v.view_box(&VIETNAM), format!("0 0 {w:.0} {h:.0}"));
        assert_eq!(v.clamped(&VIETNAM), v);
    }

    #[test]
    fn zoom_keeps_the_point_still() {
        let v = View::whole(&JAPAN);
        let (x, y) = JAPAN.project(139.77, 35.68);
        let z = v.zoom_at(&JAPAN, x, y, 4.0);
        assert_eq!(z.zoom, 4.0);
        // The point's offset from the centre shrinks by the zoom factor.
        let before = ((x - v.cx), (y - v.cy));
        let after = ((x - z.cx) * 4.0, (y - z.cy) * 4.0);
        assert!((before.0 - after.0).abs() < 1e-6 && (before.1 - after.1).abs() < 1e-6);
        assert_eq!(z.zoom_at(&JAPAN, x, y, 1e9).zoom, MAX_ZOOM);
        assert_eq!(z.zoom_at(&JAPAN, x, y, 1e-9), View::whole(&JAPAN));
    }

    #[test]
    fn pan_stays_inside_the_pane() {
        let v = View::whole(&VIETNAM).zoom_at(&VIETNAM, 100.0, 100.0, 2.0);
        let far = v.pan(&VIETNAM, 1e6, 1e6);
        let (w, h) = VIETNAM.size();
        let (ew, eh) = far.extent(&VIETNAM);
        assert!((far.cx + ew / 2.0 - w).abs() < 1e-6 && (far.cy + eh / 2.0 - h).abs() < 1e-6);
    }

    #[test]
    fn fit_frames_points_and_zooms_in_on_one() {
        let hanoi = VIETNAM.project(105.85, 21.03);
        let hcmc = VIETNAM.project(106.70, 10.78);
        let v = View::fit(&VIETNAM, &[hanoi, hcmc]).unwrap();
        let (ew, eh) = v.extent(&VIETNAM);
        for p in [hanoi, hcmc] {
            assert!((p.0 - v.cx).abs() <= ew / 2.0 && (p.1 - v.cy).abs() <= eh / 2.0);
        }
        let one = View::fit(&VIETNAM, &[hanoi]).unwrap();
        assert!(one.zoom > 5.0, "a single place is framed closely");
        assert_eq!(View::fit(&VIETNAM, &[]), None);
    }
}

/// Where a pane is drawn inside the map area, in CSS pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// The rect with its numbers finite: each within ±[`MAX_PX_WIDTH`] × 100 px (NaN: 0), sizes not
    /// negative.
    pub fn clamped(self) -> Rect {
        let limit = MAX_PX_WIDTH * 100.0;
        let c = |v: f64, lo: f64| or_nan(v, 0.0).clamp(lo, limit);
        Rect { x: c(self.x, -limit), y: c(self.y, -limit), w: c(self.w, 0.0), h: c(self.h, 0.0) }
    }
}

impl View {
    /// The screen point (relative to the map area) of map point `(x, y)` in a pane drawn at `rect`
    /// (fitted and centred, as [`View::px_per_unit`]), clamped to the rect's edges when it lies
    /// outside (a point that is not a number: the centre). Finite for any rect: its numbers saturate
    /// at ±[`MAX_PX_WIDTH`] × 100.
    pub fn to_screen(&self, pane: &Pane, rect: Rect, x: f64, y: f64) -> (f64, f64) {
        let (v, r) = (self.clamped(pane), rect.clamped());
        let k = v.px_per_unit(pane, r.w, r.h);
        let sx = r.x + r.w / 2.0 + or_nan((x - v.cx) * k, 0.0);
        let sy = r.y + r.h / 2.0 + or_nan((y - v.cy) * k, 0.0);
        (sx.clamp(r.x, r.x + r.w), sy.clamp(r.y, r.y + r.h))
    }
}

impl View {
    /// The view that brings a focused shape into sight: `shape` and `frame` are screen rectangles
    /// (the shape's bounding box and the pane's); when the shape's centre lies outside the frame (less
    /// a 24 px margin), the view pans by the difference so the shape sits in the frame's centre, at
    /// the same zoom. `None` when it is already in sight. Keyboard focus on a unit or marker the
    /// current view has cut off would otherwise be invisible.
    pub fn reveal(self, pane: &Pane, px_per_unit: f64, shape: Rect, frame: Rect) -> Option<View> {
        let finite = |r: Rect| [r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite());
        if !(px_per_unit.is_finite() && finite(shape) && finite(frame)) {
            return None;
        }
        let (shape, frame) = (shape.clamped(), frame.clamped());
        let (x, y) = (shape.x + shape.w / 2.0, shape.y + shape.h / 2.0);
        let m = 24.0_f64.min(frame.w / 4.0).min(frame.h / 4.0).max(0.0);
        let inside = x >= frame.x + m && x <= frame.x + frame.w - m && y >= frame.y + m && y <= frame.y + frame.h - m;
        if inside || px_per_unit <= 0.0 {
            return None;
        }
        let (fx, fy) = (frame.x + frame.w / 2.0, frame.y + frame.h / 2.0);
        Some(self.pan(pane, (x - fx) / px_per_unit, (y - fy) / px_per_unit))
    }
}

#[cfg(test)]
mod reveal_tests {
    use super::super::projection::VIETNAM;
    use super::*;

    #[test]
    fn reveals_only_what_is_out_of_sight() {
        // In the middle of the pane, so that panning is not clamped at its edges.
        let (w, h) = VIETNAM.size();
        let v = View { cx: w / 2.0, cy: h / 2.0, zoom: 4.0 };
        let frame = Rect { x: 100.0, y: 50.0, w: 400.0, h: 300.0 };
        let dot = |x: f64, y: f64| Rect { x: x - 2.0, y: y - 2.0, w: 4.0, h: 4.0 };
        assert_eq!(v.reveal(&VIETNAM, 2.0, dot(300.0, 200.0), frame), None, "in the middle");
        assert_eq!(v.reveal(&VIETNAM, 2.0, dot(130.0, 200.0), frame), None, "inside the margin line");
        // 200 px right of the frame's centre at 2 px per unit: the view moves 100 units right.
        let moved = v.reveal(&VIETNAM, 2.0, dot(500.0, 200.0), frame).expect("out of sight");
        assert_eq!((moved.cx, moved.cy, moved.zoom), (w / 2.0 + 100.0, h / 2.0, 4.0));
        // Above and left of the frame altogether.
        let moved = v.reveal(&VIETNAM, 2.0, dot(0.0, -150.0), frame).expect("out of sight");
        assert_eq!((moved.cx, moved.cy), (w / 2.0 - 150.0, h / 2.0 - 175.0));
        assert_eq!(v.reveal(&VIETNAM, 0.0, dot(0.0, 0.0), frame), None, "no size yet");
    }
}

#[cfg(test)]
mod screen_tests {
    use super::super::projection::VIETNAM;
    use super::*;

    #[test]
    fn screen_points_map_the_view_onto_the_rect_and_clamp() {
        let v = View::whole(&VIETNAM);
        let (w, h) = VIETNAM.size();
        // A rect of the pane's own shape: the view fills it.
        let r = Rect { x: 10.0, y: 20.0, w: 300.0, h: 300.0 * h / w };
        let close = |(a, b): (f64, f64), (c, d): (f64, f64)| (a - c).abs() < 1e-9 && (b - d).abs() < 1e-9;
        assert!(close(v.to_screen(&VIETNAM, r, 0.0, 0.0), (10.0, 20.0)));
        assert!(close(v.to_screen(&VIETNAM, r, w, h), (310.0, 20.0 + r.h)));
        assert!(close(v.to_screen(&VIETNAM, r, w / 2.0, h / 2.0), (160.0, 20.0 + r.h / 2.0)));
        assert!(close(v.to_screen(&VIETNAM, r, -1e6, 1e6), (10.0, 20.0 + r.h)), "outside: clamped to the edge");
    }

    #[test]
    fn a_box_of_another_shape_shows_the_view_whole_and_centred() {
        let v = View::whole(&VIETNAM);
        let (w, h) = VIETNAM.size();
        // Twice as wide as the pane's shape: the pane fills the height, centred across.
        let r = Rect { x: 0.0, y: 0.0, w: 2.0 * 300.0 * w / h, h: 300.0 };
        let k = v.px_per_unit(&VIETNAM, r.w, r.h);
        assert!((k - 300.0 / h).abs() < 1e-12);
        let (left, top) = v.to_screen(&VIETNAM, r, 0.0, 0.0);
        assert!((left - r.w / 4.0).abs() < 1e-9 && top.abs() < 1e-9, "({left}, {top})");
        // Screen and map points map back and forth.
        for (sx, sy) in [(0.0, 0.0), (r.w / 2.0, 150.0), (r.w * 0.8, 299.0)] {
            let (mx, my) = v.to_map(&VIETNAM, r, sx, sy);
            let (bx, by) = v.to_screen(&VIETNAM, r, mx, my);
            assert!((bx - sx).abs() < 1e-6 && (by - sy).abs() < 1e-6, "({sx}, {sy}) → ({bx}, {by})");
        }
    }
}

/// Issue 18: whatever numbers come in, a view keeps its zoom limits and shows only its pane.
#[cfg(test)]
mod props {
    use super::super::projection::{JAPAN, VIETNAM};
    use super::*;
    use crate::prop::{Gen, check};

    fn valid(v: View, pane: &Pane) -> bool {
        let (w, h) = pane.size();
        let (ew, eh) = v.extent(pane);
        let eps = 1e-6;
        [v.cx, v.cy, v.zoom].iter().all(|x| x.is_finite())
            && (1.0..=MAX_ZOOM).contains(&v.zoom)
            && v.cx - ew / 2.0 >= -eps
            && v.cx + ew / 2.0 <= w + eps
            && v.cy - eh / 2.0 >= -eps
            && v.cy + eh / 2.0 <= h + eps
    }

    fn hostile_view(g: &mut Gen) -> View {
        View { cx: g.hostile(0.0, 10_000.0), cy: g.hostile(0.0, 10_000.0), zoom: g.hostile(0.5, 50.0) }
    }

    fn hostile_rect(g: &mut Gen) -> Rect {
        Rect {
            x: g.hostile(-100.0, 1_000.0),
            y: g.hostile(-100.0, 1_000.0),
            w: g.hostile(0.0, 1_000.0),
            h: g.hostile(0.0, 1_000.0),
        }
    }

    #[test]
    fn every_view_operation_keeps_the_zoom_limits_and_the_pane() {
        check(1821, |g| {
            let pane = if g.chance(0.5) { JAPAN } else { VIETNAM };
            let v = hostile_view(g);
            let (x, y) = (g.hostile(0.0, 10_000.0), g.hostile(0.0, 10_000.0));
            let points: Vec<(f64, f64)> =
                (0..g.below(6)).map(|_| (g.hostile(0.0, 10_000.0), g.hostile(0.0, 10_000.0))).collect();
            let outs = [
                Some(v.clamped(&pane)),
                Some(v.zoom_at(&pane, x, y, g.hostile(0.0, 4.0))),
                Some(v.pan(&pane, g.hostile(-500.0, 500.0), g.hostile(-500.0, 500.0))),
                View::fit(&pane, &points),
                v.reveal(&pane, g.hostile(0.0, 1.0), hostile_rect(g), hostile_rect(g)),
            ];
            for (i, out) in outs.into_iter().enumerate() {
                assert!(out.is_none_or(|o| valid(o, &pane)), "operation {i} on {v:?} gave {out:?}");
            }
            let ppu = v.px_per_unit(&pane, g.hostile(0.0, 4_000.0), g.hostile(0.0, 4_000.0));
            assert!(ppu.is_finite() && ppu > 0.0, "{ppu}");
            let (sx, sy) = v.to_screen(&pane, hostile_rect(g), x, y);
            assert!(sx.is_finite() && sy.is_finite(), "{sx} {sy}");
            let (mx, my) = v.to_map(&pane, hostile_rect(g), x, y);
            assert!(mx.is_finite() && my.is_finite(), "{mx} {my}");
            let b = v.view_box(&pane);
            assert!(b.len() <= 4 * 21 && b.split(' ').count() == 4, "{b}");
        });
    }

    #[test]
    fn views_already_in_the_pane_are_kept() {
        check(1822, |g| {
            let pane = if g.chance(0.5) { JAPAN } else { VIETNAM };
            let (w, h) = pane.size();
            let zoom = g.range(1.0, MAX_ZOOM);
            let (hw, hh) = (w / zoom / 2.0, h / zoom / 2.0);
            let v = View { cx: g.range(hw, w - hw), cy: g.range(hh, h - hh), zoom };
            assert_eq!(v.clamped(&pane), v);
        });
    }
}
