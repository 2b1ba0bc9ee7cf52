//! The app shell's layout, as a pure function of the viewport and the mode: the explorer is one
//! screen (the document never scrolls; panels scroll inside themselves), with the map as the main
//! canvas, the timeline docked below it and the details beside it (landscape) or in a bottom sheet
//! (portrait). Sizes are CSS px; the shell writes them onto the page as custom properties.

use crate::url::Mode;

/// How the shell is arranged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Orientation {
    /// Header; map over timeline on the left; details on the right.
    #[default]
    Landscape,
    /// Header; map; timeline; the details in a bottom sheet.
    Portrait,
}

impl Orientation {
    pub const fn key(self) -> &'static str {
        match self {
            Orientation::Landscape => "landscape",
            Orientation::Portrait => "portrait",
        }
    }
}

/// The portrait bottom sheet that holds the details.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sheet {
    /// Only its handle shows, under the timeline.
    #[default]
    Peek,
    /// Open over the lower part of the screen; map and timeline share the rest.
    Half,
    /// Raised over most of the map, which stays partly in sight.
    Full,
}

impl Sheet {
    pub const fn key(self) -> &'static str {
        match self {
            Sheet::Peek => "peek",
            Sheet::Half => "half",
            Sheet::Full => "full",
        }
    }

    /// The sheet after a new selection (`Some`) or a cleared one (`None`): a selection opens it
    /// (a raised sheet stays raised), clearing it lowers it to its handle.
    pub fn on_select(self, selected: bool) -> Sheet {
        match (selected, self) {
            (false, _) => Sheet::Peek,
            (true, Sheet::Full) => Sheet::Full,
            (true, _) => Sheet::Half,
        }
    }

    /// The sheet after its handle is pressed: up one step, and from the top back to half.
    pub fn toggled(self) -> Sheet {
        match self {
            Sheet::Peek => Sheet::Half,
            Sheet::Half => Sheet::Full,
            Sheet::Full => Sheet::Half,
        }
    }
}

/// Every size the shell needs, in CSS px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shell {
    pub orientation: Orientation,
    /// Type and target scale: 1 in a browser or an embed; a kiosk scales with its screen.
    pub scale: f64,
    /// The top bar.
    pub header: f64,
    /// The docked timeline's height.
    pub timeline: f64,
    /// The map's height.
    pub map: f64,
    /// Landscape: the details panel's width. Portrait: the sheet's height as drawn (it overlays the
    /// map when raised).
    pub details: f64,
    /// Landscape: the width left for the map and the timeline (the viewport's in portrait).
    pub main: f64,
    /// Portrait: the height the sheet takes in the layout's flow (its handle, or the half-open
    /// sheet; a raised sheet lies over the map instead). 0 in landscape.
    pub sheet_flow: f64,
    /// The map's two panes one above the other (a tall map area) instead of side by side.
    pub panes_stacked: bool,
}

/// Narrower than this, the shell is portrait whatever the aspect.
const PORTRAIT_BELOW: f64 = 600.0;
/// The header's height at scale 1.
const HEADER: f64 = 48.0;
/// The sheet's handle at scale 1.
const SHEET_PEEK: f64 = 44.0;
/// Share of the height below the header that the docked timeline takes in landscape (a kiosk's,
/// whose rows are touch targets, takes more).
const TIMELINE_SHARE: f64 = 0.36;
const KIOSK_TIMELINE_SHARE: f64 = 0.45;
/// Share of a portrait screen the half-open sheet takes.
const SHEET_HALF: f64 = 0.30;
/// Share of what a portrait sheet leaves below the header that the map takes (the timeline the rest).
const MAP_SHARE_PORTRAIT: f64 = 0.47;
/// Share of the map a raised sheet leaves in sight.
const MAP_LEFT_BY_FULL_SHEET: f64 = 0.4;

/// Whether a `width`×`height` viewport is laid out as portrait: narrower than 600 px, or at least as
/// tall as wide (the stylesheets' `(max-width: 599.98px), (orientation: portrait)`).
pub fn orientation(width: f64, height: f64) -> Orientation {
    if width < PORTRAIT_BELOW || width <= height { Orientation::Portrait } else { Orientation::Landscape }
}

/// The kiosk's scale: its shorter side over 960 px (18 px type on a 1080 px screen, 36 px on 4K).
pub fn kiosk_scale(width: f64, height: f64) -> f64 {
    (width.min(height) / 960.0).clamp(1.125, 2.5)
}

/// A finite, positive viewport side (a hostile or unmeasured value becomes a small screen).
fn side(v: f64) -> f64 {
    if v.is_finite() { v.clamp(240.0, 16_384.0) } else { 240.0 }
}

/// The shell for a `width`×`height` viewport in `mode`, with the portrait `sheet` in its state.
pub fn shell(width: f64, height: f64, mode: Mode, sheet: Sheet) -> Shell {
    let (w, h) = (side(width), side(height));
    let s = if mode == Mode::Kiosk { kiosk_scale(w, h) } else { 1.0 };
    let header = HEADER * s;
    let body = (h - header).max(0.0);
    match orientation(w, h) {
        Orientation::Landscape => {
            let details = (w * 0.27).clamp(280.0 * s, 440.0 * s).min(w * 0.4);
            // A kiosk's timeline rows are touch targets: it gets a larger share.
            let share = if mode == Mode::Kiosk { KIOSK_TIMELINE_SHARE } else { TIMELINE_SHARE };
            // Room for every lane's row even in a small frame, while the map keeps the larger part.
            let timeline = (body * share).clamp(180.0_f64.min(body * 0.45), 480.0 * s);
            let map = body - timeline;
            let main = w - details;
            Shell {
                orientation: Orientation::Landscape,
                scale: s,
                header,
                timeline,
                map,
                details,
                main,
                sheet_flow: 0.0,
                panes_stacked: main < map * 0.9,
            }
        }
        Orientation::Portrait => {
            let peek = SHEET_PEEK * s;
            let half = (h * SHEET_HALF).max(peek);
            // A peeking or half-open sheet takes its place in the flow; a raised one lies over the
            // map, which keeps the size it had under the half sheet.
            let in_flow = if sheet == Sheet::Peek { peek } else { half };
            let rest = (body - in_flow).max(0.0);
            let map = rest * MAP_SHARE_PORTRAIT;
            let timeline = rest - map;
            let details = match sheet {
                Sheet::Peek => peek,
                Sheet::Half => half,
                Sheet::Full => (h - header - map * MAP_LEFT_BY_FULL_SHEET).max(half),
            };
            Shell {
                orientation: Orientation::Portrait,
                scale: s,
                header,
                timeline,
                map,
                details,
                main: w,
                sheet_flow: in_flow,
                panes_stacked: w < map * 0.9,
            }
        }
    }
}

/// The height an embed asks its host for at frame `width`: a sensible aspect for the layout that
/// width gets, a few hundred pixels, never the length of a document.
/// `public/embed.js` (the host page's script) mirrors this to size frames before they speak; a test
/// checks its numbers.
pub fn preferred_height(width: f64) -> f64 {
    let w = side(width);
    let h = if w < PORTRAIT_BELOW { w * PREFERRED_NARROW } else { w * PREFERRED_WIDE };
    h.clamp(PREFERRED_MIN, PREFERRED_MAX).round()
}

/// [`preferred_height`]'s aspect (height ÷ width) below [`PORTRAIT_BELOW`], and from it.
const PREFERRED_NARROW: f64 = 1.45;
const PREFERRED_WIDE: f64 = 0.6;
/// [`preferred_height`]'s bounds, CSS px.
const PREFERRED_MIN: f64 = 420.0;
const PREFERRED_MAX: f64 = 820.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// The views: (width, height, mode, a selection shown).
    const VIEWS: [(f64, f64, Mode, bool); 12] = [
        (1440.0, 900.0, Mode::Browser, false),
        (1280.0, 720.0, Mode::Browser, false),
        (390.0, 844.0, Mode::Browser, false),
        (360.0, 640.0, Mode::Browser, false),
        (1920.0, 1080.0, Mode::Kiosk, false),
        (1080.0, 1920.0, Mode::Kiosk, false),
        (3840.0, 2160.0, Mode::Kiosk, false),
        (700.0, 450.0, Mode::Embed, false),
        (360.0, 500.0, Mode::Embed, false),
        (1440.0, 900.0, Mode::Browser, true),
        (390.0, 844.0, Mode::Browser, true),
        (1920.0, 1080.0, Mode::Kiosk, true),
    ];

    fn for_view(&(w, h, mode, selected): &(f64, f64, Mode, bool)) -> Shell {
        shell(w, h, mode, Sheet::Peek.on_select(selected))
    }

    #[test]
    fn every_view_fits_the_screen_with_map_timeline_and_details() {
        for v in &VIEWS {
            let (w, h) = (v.0, v.1);
            let s = for_view(v);
            let area = w * h;
            assert!(s.map * s.main >= 0.25 * area, "{v:?}: map {}×{} of {w}×{h}", s.main, s.map);
            assert!(s.timeline * s.main >= 0.12 * area, "{v:?}: timeline {}×{}", s.main, s.timeline);
            match s.orientation {
                Orientation::Landscape => {
                    assert!((s.header + s.map + s.timeline - h).abs() < 1e-6, "{v:?}");
                    assert!((s.main + s.details - w).abs() < 1e-6, "{v:?}");
                }
                Orientation::Portrait => {
                    assert!((s.header + s.map + s.timeline + s.sheet_flow - h).abs() < 1e-6, "{v:?}");
                    let sheet = if v.3 { s.details } else { SHEET_PEEK * s.scale };
                    assert_eq!(s.sheet_flow, sheet, "{v:?}");
                }
            }
        }
    }

    #[test]
    fn phones_and_tall_screens_are_portrait() {
        assert_eq!(orientation(1440.0, 900.0), Orientation::Landscape);
        assert_eq!(orientation(700.0, 450.0), Orientation::Landscape);
        assert_eq!(orientation(390.0, 844.0), Orientation::Portrait);
        assert_eq!(orientation(1080.0, 1920.0), Orientation::Portrait);
        assert_eq!(orientation(560.0, 320.0), Orientation::Portrait, "too narrow for a side panel");
    }

    #[test]
    fn a_kiosk_scales_type_with_its_screen() {
        assert_eq!(shell(1920.0, 1080.0, Mode::Kiosk, Sheet::Peek).scale, 1.125);
        assert_eq!(shell(3840.0, 2160.0, Mode::Kiosk, Sheet::Peek).scale, 2.25);
        assert_eq!(shell(1080.0, 1920.0, Mode::Kiosk, Sheet::Peek).scale, 1.125);
        assert_eq!(shell(3840.0, 2160.0, Mode::Browser, Sheet::Peek).scale, 1.0);
        let k = shell(3840.0, 2160.0, Mode::Kiosk, Sheet::Peek);
        assert_eq!(k.header, 108.0);
    }

    #[test]
    fn the_sheet_opens_with_a_selection_and_leaves_the_map_in_sight_when_raised() {
        assert_eq!(Sheet::Peek.on_select(true), Sheet::Half);
        assert_eq!(Sheet::Full.on_select(true), Sheet::Full);
        assert_eq!(Sheet::Half.on_select(false), Sheet::Peek);
        assert_eq!(Sheet::Peek.toggled(), Sheet::Half);
        assert_eq!(Sheet::Half.toggled(), Sheet::Full);
        assert_eq!(Sheet::Full.toggled(), Sheet::Half);
        for (w, h) in [(390.0, 844.0), (360.0, 640.0), (1080.0, 1920.0)] {
            let half = shell(w, h, Mode::Browser, Sheet::Half);
            let full = shell(w, h, Mode::Browser, Sheet::Full);
            assert_eq!((half.map, half.timeline), (full.map, full.timeline), "a raised sheet overlays");
            let covered = full.details - (h - half.header - half.map);
            let showing = half.map - covered;
            assert!(showing >= 0.4 * half.map - 1e-6, "{w}×{h}: {showing} of {}", half.map);
        }
    }

    #[test]
    fn an_embed_asks_for_a_frame_not_a_document() {
        assert_eq!(preferred_height(700.0), 420.0);
        assert_eq!(preferred_height(1000.0), 600.0);
        assert_eq!(preferred_height(360.0), 522.0);
        assert_eq!(preferred_height(320.0), 464.0);
        assert_eq!(preferred_height(3000.0), 820.0);
        for w in [f64::NAN, f64::INFINITY, -5.0, 0.0, 1e300] {
            let h = preferred_height(w);
            assert!((420.0..=820.0).contains(&h), "{w}: {h}");
        }
    }

    /// `public/embed.js` picks a frame's starting height with the same numbers.
    #[test]
    fn embed_js_mirrors_preferred_height() {
        let js = include_str!("../public/embed.js");
        let line = js.lines().find(|l| l.contains("const PREFERRED = {")).expect("embed.js has its PREFERRED table");
        let num = |key: &str| -> f64 {
            let rest =
                &line[line.find(&format!("{key}: ")).unwrap_or_else(|| panic!("{key} in {line}")) + key.len() + 2..];
            rest[..rest.find([',', ' ', '}']).unwrap()].parse().unwrap()
        };
        assert_eq!(num("portraitBelow"), PORTRAIT_BELOW);
        assert_eq!(num("narrow"), PREFERRED_NARROW);
        assert_eq!(num("wide"), PREFERRED_WIDE);
        assert_eq!(num("min"), PREFERRED_MIN);
        assert_eq!(num("max"), PREFERRED_MAX);
        assert_eq!(num("minSide"), side(0.0));
        assert_eq!(num("maxSide"), side(f64::MAX));
    }

    #[test]
    fn hostile_sizes_give_a_finite_shell() {
        for (w, h) in [(f64::NAN, 900.0), (0.0, 0.0), (-1.0, 1e308), (f64::INFINITY, f64::NEG_INFINITY)] {
            for mode in [Mode::Browser, Mode::Embed, Mode::Kiosk] {
                let s = shell(w, h, mode, Sheet::Full);
                for x in [s.scale, s.header, s.timeline, s.map, s.details, s.main] {
                    assert!(x.is_finite() && x >= 0.0, "{w}×{h} {mode:?}: {s:?}");
                }
            }
        }
    }

    #[test]
    fn a_wide_map_area_puts_the_panes_side_by_side() {
        assert!(!shell(1440.0, 900.0, Mode::Browser, Sheet::Peek).panes_stacked);
        assert!(!shell(390.0, 844.0, Mode::Browser, Sheet::Half).panes_stacked);
        assert!(!shell(700.0, 450.0, Mode::Embed, Sheet::Peek).panes_stacked);
    }
}
