//! The visible time window (app state) and the linear scale from days to pixels.

use super::time::{AXIS_END, AXIS_START, day};

/// The narrowest window: six hours, enough to read the forum's morning and afternoon sessions apart.
pub const MIN_SPAN: f64 = 0.25;

/// A span of days `[start, end)` shown across the timeline's width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
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

    /// Keeps the span between [`MIN_SPAN`] and the full axis, and the window inside the axis.
    pub fn clamped(self) -> Window {
        let full = Window::full();
        let span = self.span().clamp(MIN_SPAN, full.span());
        let mut start = self.start.max(full.start);
        if start + span > full.end {
            start = full.end - span;
        }
        Window { start, end: start + span }
    }

    /// Zooms by `factor` (above 1 zooms in) keeping day `anchor` at the same place on screen.
    pub fn zoom_at(self, anchor: f64, factor: f64) -> Window {
        let full = Window::full();
        let span = (self.span() / factor).clamp(MIN_SPAN, full.span());
        let t = ((anchor - self.start) / self.span()).clamp(0.0, 1.0);
        let start = anchor - t * span;
        Window { start, end: start + span }.clamped()
    }

    /// Moves the window by `days` (positive moves later), without leaving the axis.
    pub fn pan(self, days: f64) -> Window {
        Window { start: self.start + days, end: self.end + days }.clamped()
    }

    /// A window showing `[start, end)` with a margin of `margin` (a fraction of the span) each side.
    pub fn framing(start: f64, end: f64, margin: f64) -> Window {
        let span = (end - start).max(MIN_SPAN);
        let mid = (start + end) / 2.0;
        let half = span * (0.5 + margin);
        Window { start: mid - half, end: mid + half }.clamped()
    }

    /// Interpolates towards `to` (t from 0 to 1), in log-span so zooms feel even.
    pub fn lerp(self, to: Window, t: f64) -> Window {
        let (a, b) = (self.span().ln(), to.span().ln());
        let span = (a + (b - a) * t).exp();
        let mid = self.start + self.span() / 2.0;
        let mid = mid + (to.start + to.span() / 2.0 - mid) * t;
        Window { start: mid - span / 2.0, end: mid + span / 2.0 }
    }
}

/// Maps days to pixels for a window drawn `width` pixels wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub window: Window,
    pub width: f64,
}

impl Scale {
    pub fn new(window: Window, width: f64) -> Scale {
        Scale { window, width: width.max(1.0) }
    }

    pub fn px_per_day(&self) -> f64 {
        self.width / self.window.span()
    }

    /// The x position of day `d`.
    pub fn x(&self, d: f64) -> f64 {
        (d - self.window.start) * self.px_per_day()
    }

    /// The day at x position `x`.
    pub fn day(&self, x: f64) -> f64 {
        self.window.start + x / self.px_per_day()
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
        let s = Scale::new(Window { start: 100.0, end: 200.0 }, 1000.0);
        assert!(close(s.x(100.0), 0.0) && close(s.x(200.0), 1000.0) && close(s.x(150.0), 500.0));
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
