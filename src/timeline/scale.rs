//! The visible time window (app state) and the linear scale from days to pixels.

use super::time::{AXIS_END, AXIS_START, day};

/// The narrowest window: six hours, enough to read the forum's morning and afternoon sessions apart.
pub const MIN_SPAN: f64 = 0.25;
/// The widest drawing a scale accepts, px (an 8K screen at one CSS px per device pixel is 7,680).
pub const MAX_WIDTH: f64 = 16_384.0;
/// How far outside the axis (days) a day given to [`Scale::x`] or an anchor may lie before it
/// saturates: far enough for every event the data holds, near enough that pixels stay finite.
const OFF_AXIS: f64 = 100_000.0;

/// A span of days `[start, end)` shown across the timeline's width.
///
/// Every operation here is total: whatever numbers come in (NaN, ±∞, ±`f64::MAX`, reversed or empty
/// spans), the window that comes out lies inside the axis with a span from [`MIN_SPAN`] to the whole
/// axis. [`Window::clamped`] is the one place that rule is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

/// `x`, or `fallback` when `x` is NaN.
fn or_nan(x: f64, fallback: f64) -> f64 {
    if x.is_nan() { fallback } else { x }
}

impl Window {
    /// The whole axis, 2023 to 2027.
    pub fn full() -> Window {
        Window { start: day(AXIS_START), end: day(AXIS_END) }
    }

    /// The year 2025, where the timeline opens.
    pub fn year_2025() -> Window {
        use crate::data::Date;
        Window { start: day(Date::new(2025, 1, 1)), end: day(Date::new(2026, 1, 1)) }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn contains(&self, d: f64) -> bool {
        self.start <= d && d < self.end
    }

    /// Keeps the span between [`MIN_SPAN`] and the full axis, and the window inside the axis. Total:
    /// an infinite end saturates at the axis's edge, a span that is not a number (∞ − ∞, a NaN end)
    /// becomes the whole axis, and a NaN start is measured back from the end.
    pub fn clamped(self) -> Window {
        let full = Window::full();
        let span = or_nan(self.span(), full.span()).clamp(MIN_SPAN, full.span());
        let start = or_nan(or_nan(self.start, self.end - span), full.start).clamp(full.start, full.end - span);
        Window { start, end: start + span }
    }

    /// Zooms by `factor` (above 1 zooms in) keeping day `anchor` at the same place on screen. A factor
    /// that is not a number or negative does not zoom; 0 zooms all the way out, ∞ all the way in; an
    /// anchor that is not a number is the window's middle.
    pub fn zoom_at(self, anchor: f64, factor: f64) -> Window {
        let w = self.clamped();
        let full = Window::full();
        let factor = if factor >= 0.0 { factor.abs() } else { 1.0 };
        let span = or_nan(w.span() / factor, w.span()).clamp(MIN_SPAN, full.span());
        let anchor = or_nan(anchor, w.start + w.span() / 2.0).clamp(full.start - OFF_AXIS, full.end + OFF_AXIS);
        let t = ((anchor - w.start) / w.span()).clamp(0.0, 1.0);
        let start = anchor - t * span;
        Window { start, end: start + span }.clamped()
    }

    /// Moves the window by `days` (positive moves later), without leaving the axis. A move that is not
    /// a number does not move; any move longer than the axis stops at its edge.
    pub fn pan(self, days: f64) -> Window {
        let w = self.clamped();
        let limit = Window::full().span();
        let days = or_nan(days, 0.0).clamp(-limit, limit);
        Window { start: w.start + days, end: w.end + days }.clamped()
    }

    /// A window showing `[start, end)` with a margin of `margin` (a fraction of the span, 0 to 10)
    /// each side. Ends outside the axis (or NaN) are taken at its edges, reversed ends are swapped.
    pub fn framing(start: f64, end: f64, margin: f64) -> Window {
        let full = Window::full();
        let a = or_nan(start, full.start).clamp(full.start, full.end);
        let b = or_nan(end, full.end).clamp(full.start, full.end);
        let (start, end) = if a <= b { (a, b) } else { (b, a) };
        let margin = or_nan(margin, 0.0).clamp(0.0, 10.0);
        let span = (end - start).max(MIN_SPAN);
        let mid = (start + end) / 2.0;
        let half = span * (0.5 + margin);
        Window { start: mid - half, end: mid + half }.clamped()
    }

    /// Interpolates towards `to` (t from 0 to 1, saturating), in log-span so zooms feel even.
    pub fn lerp(self, to: Window, t: f64) -> Window {
        let (from, to) = (self.clamped(), to.clamped());
        let t = or_nan(t, 0.0).clamp(0.0, 1.0);
        let (a, b) = (from.span().ln(), to.span().ln());
        let span = (a + (b - a) * t).exp();
        let mid = from.start + from.span() / 2.0;
        let mid = mid + (to.start + to.span() / 2.0 - mid) * t;
        Window { start: mid - span / 2.0, end: mid + span / 2.0 }.clamped()
    }
}

/// Maps days to pixels for a window drawn `width` pixels wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub window: Window,
    pub width: f64,
}

impl Scale {
    /// The scale of `window` drawn `width` px wide, both clamped ([`Scale::clamped`]).
    pub fn new(window: Window, width: f64) -> Scale {
        Scale { window, width }.clamped()
    }

    /// The window clamped ([`Window::clamped`]) and the width kept from 1 to [`MAX_WIDTH`] px (NaN: 1),
    /// so that pixels per day are finite and positive. The pure core calls it on every scale it is given.
    pub fn clamped(self) -> Scale {
        Scale { window: self.window.clamped(), width: or_nan(self.width, 1.0).clamp(1.0, MAX_WIDTH) }
    }

    pub fn px_per_day(&self) -> f64 {
        self.width / self.window.span()
    }

    /// The x position of day `d` (saturating far off the axis; NaN is the window's start).
    pub fn x(&self, d: f64) -> f64 {
        let full = Window::full();
        let d = or_nan(d, self.window.start).clamp(full.start - OFF_AXIS, full.end + OFF_AXIS);
        (d - self.window.start) * self.px_per_day()
    }

    /// The day at x position `x` (saturating far off the drawing; NaN is its left edge).
    pub fn day(&self, x: f64) -> f64 {
        let limit = OFF_AXIS * MAX_WIDTH;
        self.window.start + or_nan(x, 0.0).clamp(-limit, limit) / self.px_per_day()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn scale_maps_corners_and_centre_both_ways() {
        let s = Scale::new(Window { start: 20_000.0, end: 20_100.0 }, 1000.0);
        assert!(close(s.x(20_000.0), 0.0) && close(s.x(20_100.0), 1000.0) && close(s.x(20_050.0), 500.0));
        for x in [0.0, 1.0, 333.3, 999.0, 1000.0] {
            assert!(close(s.x(s.day(x)), x));
        }
    }

    #[test]
    fn zoom_keeps_the_anchor_still() {
        let w = Window::year_2025();
        let s = Scale::new(w, 800.0);
        let anchor = s.day(200.0);
        let z = w.zoom_at(anchor, 4.0);
        assert!(close(z.span(), w.span() / 4.0));
        assert!(close(Scale::new(z, 800.0).x(anchor), 200.0));
        let back = z.zoom_at(anchor, 0.25);
        assert!(close(back.start, w.start) && close(back.end, w.end));
    }

    #[test]
    fn zoom_and_pan_stay_inside_the_axis() {
        let full = Window::full();
        assert_eq!(full.zoom_at(full.start, 0.1), full, "cannot zoom out past the axis");
        let tiny = Window::year_2025().zoom_at(20_000.0, 1e9);
        assert!(close(tiny.span(), MIN_SPAN));
        let w = Window::year_2025().pan(1e6);
        assert!(close(w.end, full.end) && close(w.span(), 365.0));
        let w = Window::year_2025().pan(-1e6);
        assert!(close(w.start, full.start));
    }

    #[test]
    fn framing_centres_with_margins() {
        let w = Window::framing(20_000.0, 20_012.0, 0.25);
        assert!(close(w.start, 19_997.0) && close(w.end, 20_015.0));
        let point = Window::framing(20_000.0, 20_000.0, 0.0);
        assert!(close(point.span(), MIN_SPAN));
    }

    #[test]
    fn lerp_ends_at_both_windows() {
        let (a, b) = (Window::full(), Window::framing(20_417.0, 20_418.0, 0.1));
        let s = a.lerp(b, 0.0);
        assert!(close(s.start, a.start) && close(s.end, a.end));
        let e = a.lerp(b, 1.0);
        assert!(close(e.start, b.start) && close(e.end, b.end));
    }
}

/// Issue 18: whatever numbers come in, windows stay inside the axis and scales stay finite.
#[cfg(test)]
pub(crate) mod props {
    use super::*;
    use crate::prop::{Gen, check};

    /// Inside the axis, with a span from MIN_SPAN to the whole axis, finite.
    pub(crate) fn valid(w: Window) -> bool {
        let full = Window::full();
        let eps = 1e-9;
        w.start.is_finite()
            && w.end.is_finite()
            && w.start >= full.start
            && w.end <= full.end + eps
            && w.span() >= MIN_SPAN - eps
            && w.span() <= full.span() + eps
    }

    pub(crate) fn hostile_window(g: &mut Gen) -> Window {
        Window { start: g.hostile(19_000.0, 21_500.0), end: g.hostile(19_000.0, 21_500.0) }
    }

    #[test]
    fn every_window_operation_stays_inside_the_axis() {
        check(1810, |g| {
            let w = hostile_window(g);
            let outs = [
                w.clamped(),
                w.zoom_at(g.hostile(19_000.0, 21_500.0), g.hostile(0.0, 4.0)),
                w.pan(g.hostile(-400.0, 400.0)),
                Window::framing(g.hostile(19_000.0, 21_500.0), g.hostile(19_000.0, 21_500.0), g.hostile(0.0, 1.0)),
                w.lerp(hostile_window(g), g.hostile(0.0, 1.0)),
            ];
            for (i, out) in outs.into_iter().enumerate() {
                assert!(valid(out), "operation {i} on {w:?} gave {out:?}");
            }
        });
    }

    #[test]
    fn windows_already_inside_the_axis_are_kept() {
        check(1811, |g| {
            let full = Window::full();
            let span = g.range(MIN_SPAN, full.span());
            let start = g.range(full.start, full.end - span);
            let w = Window { start, end: start + span };
            let c = w.clamped();
            assert!((c.start - w.start).abs() < 1e-9 && (c.end - w.end).abs() < 1e-9, "{w:?} → {c:?}");
        });
    }

    #[test]
    fn scales_are_finite_for_any_window_and_width() {
        check(1812, |g| {
            let s = Scale::new(hostile_window(g), g.hostile(0.0, 4_000.0));
            assert!(valid(s.window) && (1.0..=MAX_WIDTH).contains(&s.width), "{s:?}");
            let ppd = s.px_per_day();
            assert!(ppd.is_finite() && ppd > 0.0);
            let (d, x) = (g.hostile(19_000.0, 21_500.0), g.hostile(-100.0, 5_000.0));
            assert!(s.x(d).is_finite() && s.day(x).is_finite(), "{s:?} {d} {x}");
            // A scale built by hand, bypassing `new`, is clamped by the core.
            let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 4_000.0) }.clamped();
            assert!(valid(raw.window) && raw.px_per_day().is_finite());
        });
    }

    /// Issue 18: `deltaX: -1.5e307, deltaMode: 1` on the timeline. 16 px a line made −∞ px, the pan
    /// made a window ending at NaN, and the year ticks' loop (`while d <= NaN` never ends) grew its
    /// vector until `capacity overflow`.
    #[test]
    fn issue_18_the_extreme_wheel_pans_to_the_axis_start() {
        let s = Scale::new(Window::year_2025(), 1280.0);
        let px = crate::input::wheel_px(-1.5e307, 1, s.width);
        let w = s.window.pan(px / s.px_per_day());
        assert!(valid(w) && (w.span() - 365.0).abs() < 1e-9);
        // The raw −∞ that used to reach `pan`, and the NaN-ended window it made.
        let w = Window::year_2025().pan(f64::NEG_INFINITY);
        assert_eq!(w.start, Window::full().start);
        assert!((w.span() - 365.0).abs() < 1e-9, "the span is kept");
        assert!(valid(Window { start: Window::full().start, end: f64::NAN }.clamped()));
        let (_, ticks) = super::super::ticks::ticks(
            &Scale { window: Window { start: 19_358.0, end: f64::NAN }, width: 1280.0 },
            crate::lang::Lang::En,
        );
        assert!(!ticks.is_empty() && ticks.len() <= super::super::ticks::MAX_TICKS);
    }
}
