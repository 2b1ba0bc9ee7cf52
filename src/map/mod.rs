//! The map's pure core: the two panes' projection and the compiled geometry (SVG path data per unit,
//! island group and context country, from `seeds/map/geometry.txt`, projected at build time).

pub mod markers;
pub mod projection;
pub mod view;

use crate::data::Text;

/// Which of the two linked panes a shape is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaneId {
    Japan,
    Vietnam,
}

impl PaneId {
    pub fn pane(self) -> projection::Pane {
        match self {
            PaneId::Japan => projection::JAPAN,
            PaneId::Vietnam => projection::VIETNAM,
        }
    }
}

/// What a shape is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    /// A prefecture or provincial unit.
    Unit,
    /// Quần đảo Hoàng Sa or Trường Sa, drawn enlarged, part of their unit.
    Islands,
    /// A neighbouring country, drawn quietly.
    Context,
}

/// A shape: SVG path data in its pane's map units ([`Shape::path`]).
#[derive(Debug)]
pub struct Shape {
    pub kind: ShapeKind,
    /// Unit id (`JP:10`, `VN:22`) or a country code for context.
    pub id: &'static str,
    /// The island group's id (`hoang-sa`, `truong-sa`), else empty.
    pub name: &'static str,
    pub pane: PaneId,
    /// Compiled in for native builds only (the prerender, the tests); empty in the wasm.
    pub d: &'static str,
}

impl Shape {
    /// Its SVG path data: compiled in (native builds), else what the page supplied ([`take_paths`]);
    /// empty when neither has it.
    pub fn path(&'static self) -> &'static str {
        if !self.d.is_empty() {
            return self.d;
        }
        let i = SHAPES.iter().position(|s| std::ptr::eq(s, self));
        PAGE_PATHS.get().zip(i).and_then(|(p, i)| p.get(i).copied()).unwrap_or("")
    }
}

/// The shapes' path data as the page supplied it, by index in [`SHAPES`].
static PAGE_PATHS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Takes the shapes' path data from the page, once, before the map is drawn: `paths[i]` is shape
/// `i`'s (the wasm reads the start view the build wrote into `index.html`, whose paths carry
/// `data-shape="i"`: the geometry ships once, in the HTML). A second call changes nothing.
pub fn take_paths(paths: Vec<Option<String>>) {
    let _ = PAGE_PATHS
        .get_or_init(|| paths.into_iter().map(|d| d.map_or("", |s| &*Box::leak(s.into_boxed_str()))).collect());
}

/// A small island drawn as a symbol, with its unit.
#[derive(Debug)]
pub struct MapSymbol {
    pub id: &'static str,
    pub unit: &'static str,
    pub lon: f64,
    pub lat: f64,
    pub name: Text,
}

/// An island group's label: where it is written (longitude, latitude) and its name, the Vietnamese
/// name in every language, as Vietnam's (`id` is the shape's [`Shape::name`]).
pub fn islands_label(id: &str, lang: crate::lang::Lang) -> ((f64, f64), &'static str) {
    use crate::lang::Lang;
    match (id, lang) {
        ("hoang-sa", Lang::Ja) => ((112.2, 17.35), "ホアンサ諸島（Quần đảo Hoàng Sa）"),
        ("hoang-sa", _) => ((112.2, 17.35), "Quần đảo Hoàng Sa"),
        (_, Lang::Ja) => ((114.0, 11.9), "チュオンサ諸島（Quần đảo Trường Sa）"),
        _ => ((114.0, 11.9), "Quần đảo Trường Sa"),
    }
}

include!(concat!(env!("OUT_DIR"), "/map.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_has_a_shape_in_its_own_pane() {
        for u in crate::data::UNITS.iter() {
            let s = SHAPES.iter().find(|s| s.kind == ShapeKind::Unit && s.id == u.id).expect("a shape");
            let want = if u.id.starts_with("JP:") { PaneId::Japan } else { PaneId::Vietnam };
            assert_eq!(s.pane, want, "{}", u.id);
            assert!(s.path().starts_with('M') && s.path().ends_with('z'));
        }
    }
}
