//! The map compiler: reads `seeds/map/geometry.txt`, projects each feature into its pane and emits SVG
//! path data as Rust statics. Build-time only (included by `build.rs` and `tests/map.rs` with `#[path]`).

use std::fmt::Write;

#[path = "../map/projection.rs"]
pub mod projection;

use projection::{JAPAN, Pane, VIETNAM};

/// A ring of lon/lat points in degrees.
pub type Ring = Vec<(f64, f64)>;

/// An outer ring and its holes.
#[derive(Clone, Debug, Default)]
pub struct Polygon {
    pub outer: Ring,
    pub holes: Vec<Ring>,
}

/// A unit, an island group or a context country.
#[derive(Clone, Debug, Default)]
pub struct Feature {
    /// `unit`, `islands` or `context`.
    pub kind: String,
    /// Unit id (`JP:01`, `VN:22`) or, for context, a country code.
    pub id: String,
    /// For island groups: `hoang-sa`, `truong-sa`.
    pub name: Option<String>,
    pub polygons: Vec<Polygon>,
}

/// A small island drawn as a symbol.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub id: String,
    pub unit: String,
    pub lon: f64,
    pub lat: f64,
    /// English, Vietnamese, Japanese.
    pub names: [String; 3],
}

#[derive(Clone, Debug, Default)]
pub struct Geometry {
    pub features: Vec<Feature>,
    pub symbols: Vec<Symbol>,
}

/// Parses the geometry file; errors name the line.
pub fn parse(text: &str) -> Result<Geometry, String> {
    let mut g = Geometry::default();
    for (n, line) in text.lines().enumerate() {
        let err = |m: &str| format!("seeds/map/geometry.txt:{}: {m}", n + 1);
        let mut t = line.split_whitespace();
        match t.next() {
            None | Some("#") => {}
            Some("F") => {
                let kind = t.next().ok_or_else(|| err("feature without kind"))?.to_string();
                let id = t.next().ok_or_else(|| err("feature without id"))?.to_string();
                g.features.push(Feature { kind, id, name: t.next().map(str::to_string), polygons: Vec::new() });
            }
            Some(tag @ ("P" | "H")) => {
                let mut ring = Ring::new();
                let (mut x, mut y) = (0i64, 0i64);
                for (i, pair) in t.enumerate() {
                    let (a, b) = pair.split_once(',').ok_or_else(|| err("expected x,y"))?;
                    let a: i64 = a.parse().map_err(|_| err("bad number"))?;
                    let b: i64 = b.parse().map_err(|_| err("bad number"))?;
                    (x, y) = if i == 0 { (a, b) } else { (x + a, y + b) };
                    ring.push((x as f64 / 1000.0, y as f64 / 1000.0));
                }
                let f = g.features.last_mut().ok_or_else(|| err("ring before any feature"))?;
                if tag == "P" {
                    f.polygons.push(Polygon { outer: ring, holes: Vec::new() });
                } else {
                    f.polygons.last_mut().ok_or_else(|| err("hole before any polygon"))?.holes.push(ring);
                }
            }
            Some("S") => {
                let mut field = || t.next().ok_or_else(|| err("short symbol line"));
                let id = field()?.to_string();
                let unit = field()?.to_string();
                let lon = field()?.parse::<f64>().map_err(|_| err("bad lon"))? / 1000.0;
                let lat = field()?.parse::<f64>().map_err(|_| err("bad lat"))? / 1000.0;
                let rest: Vec<&str> = t.collect();
                let names: Vec<String> = rest.join(" ").split('|').map(str::to_string).collect();
                let names: [String; 3] = names.try_into().map_err(|_| err("a symbol needs en|vi|ja names"))?;
                g.symbols.push(Symbol { id, unit, lon, lat, names });
            }
            Some(other) => return Err(err(&format!("unknown tag {other}"))),
        }
    }
    Ok(g)
}

/// The pane a feature belongs to: its unit's country, or for context whichever pane it lies in.
pub fn pane_of(f: &Feature) -> Pane {
    if f.id.starts_with("JP:") {
        return JAPAN;
    }
    if f.id.starts_with("VN:") {
        return VIETNAM;
    }
    let p = f.polygons.first().and_then(|p| p.outer.first()).copied().unwrap_or_default();
    if JAPAN.contains(p.0, p.1) && !VIETNAM.contains(p.0, p.1) { JAPAN } else { VIETNAM }
}

/// SVG path data for `polygons` in `pane`'s map units: integers, relative moves.
pub fn path(polygons: &[Polygon], pane: &Pane) -> String {
    let mut d = String::new();
    for poly in polygons {
        for ring in std::iter::once(&poly.outer).chain(&poly.holes) {
            let mut last = (0i64, 0i64);
            // One `l` per ring, then bare pairs: SVG repeats the command, and a minus sign
            // separates numbers by itself (`l-2-14 12 1`): a quarter less path text.
            let mut drawing = false;
            for (i, &(lon, lat)) in ring.iter().enumerate() {
                let (x, y) = pane.project(lon, lat);
                let q = (x.round() as i64, y.round() as i64);
                if i == 0 {
                    let _ = write!(d, "M{} {}", q.0, q.1);
                } else if q != last {
                    if !drawing {
                        d.push('l');
                        drawing = true;
                    }
                    for v in [q.0 - last.0, q.1 - last.1] {
                        if v >= 0 && !d.ends_with('l') {
                            d.push(' ');
                        }
                        let _ = write!(d, "{v}");
                    }
                }
                last = q;
            }
            d.push('z');
        }
    }
    d
}

/// Rust source for `src/map/mod.rs` to `include!`: shapes per pane and symbols. Without `paths`, the
/// shapes' path data is left empty: the wasm takes it from the page (`map::take_paths`).
pub fn emit(g: &Geometry, paths: bool) -> String {
    let mut o = String::from("// @generated by build.rs from seeds/map/geometry.txt — do not edit.\n");
    let _ = writeln!(o, "pub static SHAPES: [Shape; {}] = [", g.features.len());
    for f in &g.features {
        let pane = pane_of(f);
        let pane_name = if pane == JAPAN { "Japan" } else { "Vietnam" };
        let kind = match f.kind.as_str() {
            "unit" => "Unit",
            "islands" => "Islands",
            _ => "Context",
        };
        let _ = writeln!(
            o,
            "    Shape {{ kind: ShapeKind::{kind}, id: {:?}, name: {:?}, pane: PaneId::{pane_name}, d: {:?} }},",
            f.id,
            f.name.as_deref().unwrap_or(""),
            if paths { path(&f.polygons, &pane) } else { String::new() }
        );
    }
    let _ = writeln!(o, "];");
    let _ = writeln!(o, "pub static SYMBOLS: [MapSymbol; {}] = [", g.symbols.len());
    for s in &g.symbols {
        let _ = writeln!(
            o,
            "    MapSymbol {{ id: {:?}, unit: {:?}, lon: {:?}, lat: {:?}, name: Text {{ en: {:?}, vi: {:?}, ja: {:?} }} }},",
            s.id, s.unit, s.lon, s.lat, s.names[0], s.names[1], s.names[2]
        );
    }
    let _ = writeln!(o, "];");
    o
}
