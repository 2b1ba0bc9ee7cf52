//! Spherical Web Mercator, scaled per pane: lon/lat degrees to map units and back.
//!
//! Pure and dependency-free, so the build script can share it when it projects the geometry.

use std::f64::consts::PI;

/// One of the two linked panes: Japan and Vietnam are 3,000 km apart, so each gets its own frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pane {
    /// West, south, east, north, in degrees.
    pub bounds: (f64, f64, f64, f64),
    /// Map units per radian of longitude (the pane is `width()` units wide).
    pub scale: f64,
}

/// Japan's pane: Okinawa to Hokkaido with the Northern Territories.
pub const JAPAN: Pane = Pane { bounds: (122.5, 23.8, 149.5, 46.0), scale: 20000.0 };
/// Vietnam's pane, with Hoàng Sa and Trường Sa.
pub const VIETNAM: Pane = Pane { bounds: (101.5, 6.2, 117.9, 23.6), scale: 20000.0 };

/// ln(tan(π/4 + φ/2)), written as atanh(sin φ) = ½·ln((1 + sin φ) / (1 − sin φ)) with sin from its
/// series (|φ| ≤ π/2: the 12 terms are exact to 1e-17), so libm's `tan` (6 KB of wasm) stays out of
/// the bundle (issue 8's size profile).
fn merc_y(lat: f64) -> f64 {
    let x = lat.clamp(-89.9, 89.9).to_radians();
    let (mut term, mut sin) = (x, x);
    for k in 1..12 {
        term *= -x * x / ((2 * k) as f64 * (2 * k + 1) as f64);
        sin += term;
    }
    0.5 * ((1.0 + sin) / (1.0 - sin)).ln()
}

impl Pane {
    /// Map units from the pane's north-west corner: x to the east, y to the south.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (w, _, _, n) = self.bounds;
        ((lon - w).to_radians() * self.scale, (merc_y(n) - merc_y(lat)) * self.scale)
    }

    /// The inverse of [`Pane::project`].
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let (w, _, _, n) = self.bounds;
        let lon = w + (x / self.scale).to_degrees();
        let lat = (2.0 * (merc_y(n) - y / self.scale).exp().atan() - PI / 2.0).to_degrees();
        (lon, lat)
    }

    /// Width and height of the pane in map units.
    pub fn size(&self) -> (f64, f64) {
        let (_, s, e, _) = self.bounds;
        self.project(e, s)
    }

    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let (w, s, e, n) = self.bounds;
        (w..=e).contains(&lon) && (s..=n).contains(&lat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() < eps
    }

    #[test]
    fn corners_map_to_the_frame() {
        for pane in [JAPAN, VIETNAM] {
            let (w, s, e, n) = pane.bounds;
            let (x0, y0) = pane.project(w, n);
            assert!(close(x0, 0.0, 1e-9) && close(y0, 0.0, 1e-9));
            let (x1, y1) = pane.project(e, s);
            assert_eq!((x1, y1), pane.size());
            assert!(x1 > 0.0 && y1 > 0.0);
        }
    }

    #[test]
    fn round_trips_across_each_pane() {
        for pane in [JAPAN, VIETNAM] {
            let (w, s, e, n) = pane.bounds;
            for i in 0..=10 {
                for j in 0..=10 {
                    let (lon, lat) = (w + (e - w) * i as f64 / 10.0, s + (n - s) * j as f64 / 10.0);
                    let (x, y) = pane.project(lon, lat);
                    let (lon2, lat2) = pane.unproject(x, y);
                    assert!(close(lon, lon2, 1e-9) && close(lat, lat2, 1e-9), "{lon},{lat}");
                }
            }
        }
    }

    #[test]
    fn known_points() {
        // Hanoi lies north of Ho Chi Minh City and west of Hạ Long; Tokyo east of Osaka.
        let hanoi = VIETNAM.project(105.8542, 21.0285);
        let hcmc = VIETNAM.project(106.7009, 10.7769);
        let ha_long = VIETNAM.project(107.08, 20.9517);
        assert!(hanoi.1 < hcmc.1 && hanoi.0 < ha_long.0);
        let tokyo = JAPAN.project(139.7671, 35.6812);
        let osaka = JAPAN.project(135.52, 34.6863);
        assert!(tokyo.0 > osaka.0 && tokyo.1 < osaka.1);
        // Mercator stretches north-south distances with latitude: a degree near Hokkaido is taller
        // than a degree near Okinawa.
        let d = |lat: f64| JAPAN.project(140.0, lat).1 - JAPAN.project(140.0, lat + 1.0).1;
        assert!(d(44.0) > d(25.0) * 1.15);
        assert!(VIETNAM.contains(112.3, 16.5), "Hoàng Sa is inside Vietnam's pane");
        assert!(VIETNAM.contains(114.0, 9.0), "Trường Sa is inside Vietnam's pane");
        assert!(JAPAN.contains(147.9, 45.3), "Etorofu is inside Japan's pane");
    }

    #[test]
    fn mercator_matches_the_textbook_formula() {
        for i in -890..=890 {
            let lat = f64::from(i) / 10.0;
            let textbook = (PI / 4.0 + lat.to_radians() / 2.0).tan().ln();
            assert!(close(merc_y(lat), textbook, 1e-9 * textbook.abs().max(1.0)), "{lat}");
        }
    }
}
