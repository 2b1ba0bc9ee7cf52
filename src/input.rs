//! Raw input numbers made safe before the pure core sees them (issue 18): wheel deltas in pixels,
//! zoom factors, pinch ratios, drag velocities and how many pointers are tracked, each finite and
//! bounded whatever an event (or a script dispatching one) says.

/// Pixels per wheel "line" (`deltaMode` 1), as browsers scroll.
pub const LINE_PX: f64 = 16.0;
/// The most one wheel event moves, px: far more than any real wheel or trackpad sends at once.
pub const MAX_WHEEL_PX: f64 = 10_000.0;
/// The most pointers (fingers) tracked at once; further ones are ignored until one lifts.
pub const MAX_POINTERS: usize = 10;
/// The most one pinch move zooms in (its inverse: out).
pub const MAX_PINCH_STEP: f64 = 2.0;
/// The fastest drag kept for inertia, px/ms.
pub const MAX_VELOCITY: f64 = 20.0;

/// `x` within `±limit` (a limit that is not a number is 0), NaN as 0.
pub fn saturate(x: f64, limit: f64) -> f64 {
    let limit = if limit.is_nan() { 0.0 } else { limit.abs() };
    if x.is_nan() { 0.0 } else { x.clamp(-limit, limit) }
}

/// A wheel delta in pixels: `deltaMode` 0 is pixels, 1 lines of [`LINE_PX`], 2 pages of `page_px`
/// (1 to [`MAX_WHEEL_PX`]); any other mode is read as pixels. Within ±[`MAX_WHEEL_PX`], NaN as 0.
pub fn wheel_px(delta: f64, mode: u32, page_px: f64) -> f64 {
    let unit = match mode {
        1 => LINE_PX,
        2 => saturate(page_px, MAX_WHEEL_PX).max(1.0),
        _ => 1.0,
    };
    saturate(saturate(delta, MAX_WHEEL_PX) * unit, MAX_WHEEL_PX)
}

/// The zoom factor for a wheel movement of `px` at `per_px` (zoom grows e-fold per `1 / per_px` px
/// up): finite and positive, between e^-50 and e^50 whatever the inputs.
pub fn wheel_zoom(px: f64, per_px: f64) -> f64 {
    saturate(-saturate(px, MAX_WHEEL_PX) * saturate(per_px, 1.0), 50.0).exp()
}

/// The zoom factor of a pinch whose fingers moved from `before` px apart to `now`: their ratio,
/// within 1/[`MAX_PINCH_STEP`] and [`MAX_PINCH_STEP`] per move; 1 when either is not a positive
/// number (fingers together, or NaN) or both are infinite.
pub fn pinch_step(now: f64, before: f64) -> f64 {
    let ratio = now / before;
    if now > 0.0 && before > 0.0 && !ratio.is_nan() { ratio.clamp(1.0 / MAX_PINCH_STEP, MAX_PINCH_STEP) } else { 1.0 }
}

/// A drag's velocity in px/ms from a move of `dx` px over `dt` ms: within ±[`MAX_VELOCITY`]; 0 when
/// no time passed or the numbers are not finite.
pub fn velocity(dx: f64, dt: f64) -> f64 {
    if dt > 0.0 && dx.is_finite() && dt.is_finite() { saturate(dx / dt, MAX_VELOCITY) } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prop::{Gen, check};

    #[test]
    fn ordinary_input_passes_unchanged() {
        assert_eq!(wheel_px(-120.0, 0, 800.0), -120.0);
        assert_eq!(wheel_px(3.0, 1, 800.0), 48.0);
        assert_eq!(wheel_px(1.0, 2, 800.0), 800.0);
        assert_eq!(wheel_px(5.0, 7, 800.0), 5.0, "an unknown mode reads as pixels");
        assert!((wheel_zoom(-100.0, 0.0015) - (0.15f64).exp()).abs() < 1e-12);
        assert_eq!(pinch_step(150.0, 100.0), 1.5);
        assert_eq!(velocity(10.0, 5.0), 2.0);
    }

    #[test]
    fn the_issue_18_wheel_saturates() {
        // deltaX −1.5e307 in lines: 16 × −1.5e307 is −∞ in f64.
        assert_eq!(wheel_px(-1.5e307, 1, 1280.0), -MAX_WHEEL_PX);
        assert_eq!(wheel_px(f64::MAX, 2, f64::INFINITY), MAX_WHEEL_PX);
        assert_eq!(wheel_px(f64::NAN, 0, 0.0), 0.0);
        assert_eq!(pinch_step(0.0, 100.0), 1.0, "pinched to nothing: no zoom step");
        assert_eq!(pinch_step(1e307, 1e-307), MAX_PINCH_STEP);
    }

    #[test]
    fn every_number_comes_out_finite_and_bounded() {
        check(1801, |g: &mut Gen| {
            let (a, b, c) = (g.hostile(-500.0, 500.0), g.hostile(0.0, 2000.0), g.hostile(0.0, 0.01));
            let mode = g.pick(&[0, 1, 2, 3, u32::MAX]);
            let px = wheel_px(a, mode, b);
            assert!(px.is_finite() && px.abs() <= MAX_WHEEL_PX, "{a} {mode} {b}: {px}");
            let z = wheel_zoom(a, c);
            assert!(z.is_finite() && z > 0.0, "{a} {c}: {z}");
            let p = pinch_step(a, b);
            assert!((1.0 / MAX_PINCH_STEP..=MAX_PINCH_STEP).contains(&p), "{a} {b}: {p}");
            let v = velocity(a, b);
            assert!(v.is_finite() && v.abs() <= MAX_VELOCITY, "{a} {b}: {v}");
            assert!(saturate(a, c.abs()).abs() <= c.abs() || c.is_nan());
        });
    }
}
