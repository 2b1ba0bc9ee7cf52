//! The committed map geometry (`seeds/map/geometry.txt`) against the data: every unit present with its
//! three names, no empty or self-intersecting rings, the source's defects corrected, and every place's
//! coordinates inside the polygon of the unit the seeds say it lies in.

#[path = "../src/seedc/mod.rs"]
#[allow(dead_code)]
mod seedc;

use std::collections::BTreeMap;
use std::path::Path;

#[path = "../src/mapc/mod.rs"]
#[allow(dead_code)]
mod mapc;

use mapc::{Geometry, Polygon, Ring};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load() -> Geometry {
    let text = std::fs::read_to_string(root().join("seeds/map/geometry.txt")).expect("seeds/map/geometry.txt");
    mapc::parse(&text).unwrap_or_else(|e| panic!("{e}"))
}

/// Even-odd ray casting.
fn in_ring(ring: &Ring, (x, y): (f64, f64)) -> bool {
    let mut inside = false;
    let mut j = ring.len() - 1;
    for i in 0..ring.len() {
        let ((xi, yi), (xj, yj)) = (ring[i], ring[j]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

fn in_polygons(polys: &[Polygon], p: (f64, f64)) -> bool {
    polys.iter().any(|poly| in_ring(&poly.outer, p) && !poly.holes.iter().any(|h| in_ring(h, p)))
}

/// Distance in degrees from `p` to the nearest edge of any ring (to explain a near miss).
fn distance_to_edges(polys: &[Polygon], (x, y): (f64, f64)) -> f64 {
    let mut best = f64::INFINITY;
    for poly in polys {
        for ring in std::iter::once(&poly.outer).chain(&poly.holes) {
            for i in 0..ring.len() {
                let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                let t = (((x - a.0) * dx + (y - a.1) * dy) / (dx * dx + dy * dy).max(1e-18)).clamp(0.0, 1.0);
                best = best.min(((a.0 + t * dx - x).powi(2) + (a.1 + t * dy - y).powi(2)).sqrt());
            }
        }
    }
    best
}

fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let orient = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let (o1, o2, o3, o4) = (orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b));
    o1 * o2 < 0.0 && o3 * o4 < 0.0
}

fn self_intersects(ring: &Ring) -> bool {
    let n = ring.len();
    for i in 0..n {
        for j in i + 2..n {
            if i == 0 && j == n - 1 {
                continue; // neighbours across the closing edge
            }
            if segments_cross(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n]) {
                return true;
            }
        }
    }
    false
}

fn units_of(g: &Geometry) -> BTreeMap<&str, Vec<&Polygon>> {
    let mut m: BTreeMap<&str, Vec<&Polygon>> = BTreeMap::new();
    for f in g.features.iter().filter(|f| f.kind == "unit" || f.kind == "islands") {
        m.entry(f.id.as_str()).or_default().extend(f.polygons.iter());
    }
    m
}

#[test]
fn exactly_47_prefectures_and_34_vietnamese_units_each_with_three_names() {
    let g = load();
    let units: Vec<&str> = g.features.iter().filter(|f| f.kind == "unit").map(|f| f.id.as_str()).collect();
    assert_eq!(units.iter().filter(|u| u.starts_with("JP:")).count(), 47);
    assert_eq!(units.iter().filter(|u| u.starts_with("VN:")).count(), 34);
    let data = seedc::load(&root().join("seeds")).expect("seeds load");
    for u in &units {
        let rec =
            data.units.iter().find(|r| r.meta.id == *u).unwrap_or_else(|| panic!("{u} has no record in units.toml"));
        assert!(!rec.name.en.is_empty() && !rec.name.vi.is_empty() && !rec.name.ja.is_empty(), "{u} names");
    }
    for r in &data.units {
        assert!(units.contains(&r.meta.id.as_str()), "{} has no geometry", r.meta.id);
    }
}

#[test]
fn no_empty_or_self_intersecting_rings() {
    let g = load();
    for f in &g.features {
        assert!(!f.polygons.is_empty(), "{} {} has no polygon", f.kind, f.id);
        for p in &f.polygons {
            for ring in std::iter::once(&p.outer).chain(&p.holes) {
                assert!(ring.len() >= 3, "{} has a ring of {} points", f.id, ring.len());
                assert!(!self_intersects(ring), "{} has a self-intersecting ring of {} points", f.id, ring.len());
            }
        }
    }
}

#[test]
fn every_place_lies_in_the_unit_the_seeds_give() {
    let g = load();
    let units = units_of(&g);
    let data = seedc::load(&root().join("seeds")).expect("seeds load");
    let mut misses = Vec::new();
    for p in &data.places {
        let unit = &p.unit.as_ref().unwrap().id;
        let polys: Vec<Polygon> =
            units[unit.as_str()].iter().map(|q| Polygon { outer: q.outer.clone(), holes: q.holes.clone() }).collect();
        if !in_polygons(&polys, (p.lon, p.lat)) {
            // A coastal point may fall just offshore of the simplified (≈1 km) coastline.
            let d = distance_to_edges(&polys, (p.lon, p.lat));
            if d > 0.02 {
                misses.push(format!("{} ({}, {}) is {:.3}° outside {unit}", p.meta.id, p.lat, p.lon, d));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn the_sources_defects_are_corrected() {
    let g = load();
    let units = units_of(&g);
    let at = |unit: &str, lon: f64, lat: f64| {
        let polys: Vec<Polygon> =
            units[unit].iter().map(|q| Polygon { outer: q.outer.clone(), holes: q.holes.clone() }).collect();
        in_polygons(&polys, (lon, lat)) || distance_to_edges(&polys, (lon, lat)) < 0.05
    };
    assert!(at("JP:01", 147.6, 45.0), "Etorofu (Northern Territories) is Hokkaido's");
    assert!(at("JP:01", 145.9, 44.1), "Kunashiri is Hokkaido's");
    assert!(at("JP:46", 129.5, 28.3), "Amami Ōshima is Kagoshima's");
    assert!(!at("JP:47", 129.5, 28.3), "…not Okinawa's");
    assert!(at("VN:79", 106.6, 8.68), "Côn Đảo is Hồ Chí Minh City's");
    assert!(at("VN:31", 107.02, 20.78), "Cát Bà is Hải Phòng's");
    let islands: Vec<&str> = g.features.iter().filter(|f| f.kind == "islands").map(|f| f.id.as_str()).collect();
    assert_eq!(islands, ["VN:48", "VN:56"], "Hoàng Sa in Đà Nẵng, Trường Sa in Khánh Hòa");
    assert!(at("VN:48", 112.33, 16.83), "Hoàng Sa is drawn");
    assert!(at("VN:56", 114.35, 10.38), "Trường Sa is drawn");
    let symbols: Vec<&str> = g.symbols.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(symbols, ["bach-long-vi", "con-co", "ly-son", "tho-chu"]);
    for s in &g.symbols {
        assert!(units.contains_key(s.unit.as_str()), "{}", s.unit);
        assert!(s.names.iter().all(|n| !n.is_empty()), "three names for {}", s.id);
    }
    // Context features are countries other than Japan and Vietnam.
    assert!(g.features.iter().filter(|f| f.kind == "context").all(|f| f.id != "JP" && f.id != "VN"));
}

/// Reads SVG path data as `path` writes it (`M x y`, relative `l` pairs, `z`) back into absolute
/// integer points per ring.
fn read_path(d: &str) -> Vec<Vec<(i64, i64)>> {
    let mut rings = Vec::new();
    let mut numbers: Vec<i64> = Vec::new();
    let mut cmd = ' ';
    let mut num = String::new();
    let flush = |num: &mut String, numbers: &mut Vec<i64>| {
        if !num.is_empty() {
            numbers.push(num.parse().expect("integer"));
            num.clear();
        }
    };
    let finish = |cmd: char, numbers: &mut Vec<i64>, rings: &mut Vec<Vec<(i64, i64)>>| match cmd {
        'M' => rings.push(vec![(numbers[0], numbers[1])]),
        'l' => {
            let ring = rings.last_mut().expect("l after M");
            for pair in numbers.chunks(2) {
                let last = *ring.last().unwrap();
                ring.push((last.0 + pair[0], last.1 + pair[1]));
            }
        }
        _ => {}
    };
    for c in d.chars() {
        match c {
            'M' | 'l' | 'z' => {
                flush(&mut num, &mut numbers);
                finish(cmd, &mut numbers, &mut rings);
                numbers.clear();
                cmd = c;
            }
            ' ' => flush(&mut num, &mut numbers),
            '-' => {
                flush(&mut num, &mut numbers);
                num.push(c);
            }
            _ => num.push(c),
        }
    }
    rings
}

#[test]
fn path_data_is_compact_and_draws_every_projected_point() {
    let g = load();
    let mut chars = 0;
    for f in &g.features {
        let pane = mapc::pane_of(f);
        let d = mapc::path(&f.polygons, &pane);
        chars += d.len();
        assert_eq!(d.matches('l').count(), d.matches('M').count(), "{}: one l per ring", f.id);
        assert!(!d.contains(" -") && !d.contains("  "), "{}: no needless separators", f.id);
        let want: Vec<Vec<(i64, i64)>> = f
            .polygons
            .iter()
            .flat_map(|p| std::iter::once(&p.outer).chain(&p.holes))
            .map(|ring| {
                let mut pts: Vec<(i64, i64)> = Vec::new();
                for &(lon, lat) in ring {
                    let (x, y) = pane.project(lon, lat);
                    let q = (x.round() as i64, y.round() as i64);
                    if pts.last() != Some(&q) {
                        pts.push(q);
                    }
                }
                pts
            })
            .collect();
        assert_eq!(read_path(&d), want, "{}", f.id);
    }
    assert!(chars > 10_000, "the paths were read: {chars} characters");
}
