//! A picture of the current view, for slides and press releases (the open-data panel's picture
//! downloads): both map panes as they are framed, the timeline's window with its lanes, a title with
//! the date range, a legend, and the attribution of the data and of the map's geometry.
//!
//! One self-contained SVG: no style sheet, font file, image or link to fetch, so it opens anywhere
//! and, drawn onto a canvas, makes the PNG without tainting it. Colours are the light theme's, written
//! in (a test keeps them equal to the style sheets). Pure and tested natively; the panes' drawing also
//! makes the build's link-preview image ([`preview`]).

use std::fmt::Write;

use crate::data::{EventId, Precision, SourceKind, Status, query};
use crate::format::{escape, fixed};
use crate::i18n::{Noun, Ui, count};
use crate::lang::Lang;
use crate::map::markers::{
    Side, in_window, involvement, labels_shown, level, level_labels, main_strand, markers, merge_distance, radius_px,
    short_name, training_route,
};
use crate::map::view::View;
use crate::map::{PaneId, SHAPES, SYMBOLS, ShapeKind, islands_label};
use crate::timeline::layout::label_width;
use crate::timeline::scale::{Scale, Window};
use crate::timeline::scene::{CLUSTER_W, Lanes, Metrics, scene};

/// Width of the picture, px (the PNG is drawn at twice this).
pub const WIDTH: f64 = 1600.0;
/// The link-preview image's size, px (Open Graph's recommended 1.91:1).
pub const PREVIEW: (f64, f64) = (1200.0, 630.0);
const PAD: f64 = 40.0;
/// Height of a map pane's drawing, px.
const MAP_H: f64 = 540.0;
/// The most the timeline's lanes take, px.
const TIMELINE_H: f64 = 330.0;
/// Width of the timeline's lane names.
const GUTTER: f64 = 180.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";
const INK: &str = "#1d1f24";
const MUTED: &str = "#595c63";
const RULE: &str = "#d9d7d0";

/// A strand's colour (style/main.css `--strand-*`, light theme).
pub fn strand_colour(id: &str) -> &'static str {
    match id {
        "official-visit" => "#b3261e",
        "training-programme" => "#1f5c99",
        "local-forum" => "#2a7a4b",
        "agreements" => "#8a5a00",
        "context-plans" => "#6b4fa0",
        _ => INK,
    }
}

/// A unit's fill by involvement level 0–4 (style/map.css `.map-unit`, `[data-level]`).
pub const LEVEL_FILL: [&str; 5] = ["#faf9f5", "#f6dcc9", "#eeb894", "#df8a5b", "#c45a2c"];
/// A unit's border width by level, screen px: the level does not rest on colour alone.
const LEVEL_STROKE: [f64; 5] = [0.6, 1.0, 1.2, 1.5, 2.0];

/// What the picture shows: the app's state when it is taken.
pub struct Picture<'a> {
    pub lang: Lang,
    /// The timeline's window (the map shows the events in it).
    pub window: Window,
    /// The panes' views, Vietnam's then Japan's (as `AppState::map_views`).
    pub views: [View; 2],
    /// Per event: passes the filters and search (what the map shows).
    pub matched: &'a [bool],
    /// Per event: kept by the timeline (a filter also hides an event's parts).
    pub kept: &'a [bool],
    /// The view's address, printed under the picture (empty: none).
    pub link: &'a str,
}

/// `text` cut with an ellipsis to about `width` px at `font` px.
fn cut(text: &str, font: f64, width: f64) -> String {
    if label_width(text, font) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if label_width(&out, font) > width - font {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

/// `text` in lines of about `width` px at `font` px: broken at spaces, and inside a word (or a
/// Japanese sentence, which has none) only where it is wider than a line.
pub fn wrap(text: &str, font: f64, width: f64) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_inclusive(' ') {
        let line = lines.last_mut().expect("a line");
        if label_width(&format!("{line}{}", word.trim_end()), font) <= width {
            line.push_str(word);
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(String::new());
        }
        for c in word.chars() {
            let line = lines.last_mut().expect("a line");
            if !line.is_empty() && label_width(&format!("{line}{c}"), font) > width {
                lines.push(String::new());
            }
            lines.last_mut().expect("a line").push(c);
        }
    }
    lines.into_iter().map(|l| l.trim_end().to_string()).filter(|l| !l.is_empty()).collect()
}

/// A text element at `(x, y)`; `attrs` adds attributes (size, weight, fill, anchor).
fn text(out: &mut String, x: f64, y: f64, attrs: &str, s: &str) {
    let _ = write!(out, "<text x=\"{}\" y=\"{}\" {attrs}>{}</text>", fixed(x, 1), fixed(y, 1), escape(s));
}

/// One pane drawn into the box `(x, y, w, h)` at `view`: context countries, units shaded by how many
/// of `events` touch them, the island groups with their names, the small islands, the training route
/// and the markers with their counts and labels, as the app draws them. Without `lang`, no text (the
/// build's preview image, rasterised with no fonts).
fn pane(
    out: &mut String,
    p: PaneId,
    view: &View,
    (x, y, w, h): (f64, f64, f64, f64),
    events: &[EventId],
    lang: Option<Lang>,
) {
    let pn = p.pane();
    let v = view.clamped(&pn);
    let k = v.px_per_unit(&pn, w, h);
    let px = |n: f64| fixed(n / k, 3);
    let _ = write!(
        out,
        "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"#fdfdfb\" stroke=\"{RULE}\"/>\
         <svg x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" viewBox=\"{vb}\" preserveAspectRatio=\"xMidYMid meet\">",
        x = fixed(x, 1),
        y = fixed(y, 1),
        w = fixed(w, 1),
        h = fixed(h, 1),
        vb = v.view_box(&pn)
    );
    let involved = involvement(events);
    for kind in [ShapeKind::Context, ShapeKind::Unit, ShapeKind::Islands] {
        for s in SHAPES.iter().filter(|s| s.pane == p && s.kind == kind) {
            let lvl = level(involved.get(s.id).copied().unwrap_or(0)) as usize;
            let (fill, stroke, width) = match kind {
                ShapeKind::Context => ("#ecebe6", "#b9b6ad", 0.5),
                ShapeKind::Unit => (LEVEL_FILL[lvl], "#8d8a82", LEVEL_STROKE[lvl]),
                ShapeKind::Islands => (LEVEL_FILL[lvl], "#a3262a", 1.0),
            };
            let _ = write!(
                out,
                "<path d=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
                s.path(),
                px(width)
            );
        }
    }
    let prefix = if p == PaneId::Japan { "JP" } else { "VN" };
    for s in SYMBOLS.iter().filter(|s| s.unit.starts_with(prefix)) {
        let (sx, sy) = pn.project(s.lon, s.lat);
        let _ =
            write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#a3262a\"/>", fixed(sx, 1), fixed(sy, 1), px(3.0));
    }
    if let Some(lang) = lang {
        for s in SHAPES.iter().filter(|s| s.pane == p && s.kind == ShapeKind::Islands) {
            let ((lon, lat), name) = islands_label(s.name, lang);
            let (lx, ly) = pn.project(lon, lat);
            let attrs = format!("font-size=\"{}\" font-style=\"italic\" fill=\"#7a1c20\"", px(12.0));
            text(out, lx, ly, &attrs, name);
        }
    }
    // The training programme's route, while the programme is in view.
    if let Some(points) = training_route(events).filter(|_| p == PaneId::Japan) {
        let _ = write!(
            out,
            "<polyline points=\"{points}\" fill=\"none\" stroke=\"#1f5c99\" stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>",
            px(2.5),
            px(6.0),
            px(4.0)
        );
    }
    let ms: Vec<_> = markers(events, merge_distance(1.0, k)).into_iter().filter(|m| m.pane == p).collect();
    let shown = lang.map(|l| labels_shown(&ms, &v, k, 1.0, l, (w, h))).unwrap_or_default();
    for (i, m) in ms.iter().enumerate() {
        let n = m.events.len();
        let r = radius_px(n, 1.0);
        let colour = main_strand(&m.events).map_or(INK, |s| strand_colour(s.get().id));
        let _ = write!(
            out,
            "<g transform=\"translate({} {})\"><circle r=\"{}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"{}\"/>",
            fixed(m.x, 1),
            fixed(m.y, 1),
            px(r),
            px(1.5)
        );
        if let Some(lang) = lang {
            let attrs = format!("font-size=\"{}\" font-weight=\"700\" fill=\"#fff\" text-anchor=\"middle\"", px(11.0));
            text(out, 0.0, 4.0 / k, &attrs, &n.to_string());
            if let Some(side) = shown.get(i).copied().flatten() {
                let (x, anchor) = match side {
                    Side::Right => ((r + 3.0) / k, ""),
                    Side::Left => (-(r + 3.0) / k, " text-anchor=\"end\""),
                };
                let attrs = format!(
                    "font-size=\"{}\" fill=\"{INK}\" stroke=\"#fff\" stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\"{anchor}",
                    px(12.0),
                    px(3.0)
                );
                text(out, x, 4.0 / k, &attrs, short_name(m.places[0].get().name.get(lang)));
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
}

/// The timeline's window drawn from `top`, `WIDTH` wide: the axis, each strand's lane with its name,
/// the events as the app draws them (bars for spans, dots for days, hatched where only the month or
/// year is known, dashed when planned) with their short titles, and "+N" where events are gathered.
/// Returns its height and the events drawn.
fn timeline(out: &mut String, pic: &Picture, top: f64) -> (f64, Vec<EventId>) {
    let lang = pic.lang;
    let x0 = PAD + GUTTER;
    let width = WIDTH - PAD - x0;
    let m = Metrics::for_panel(TIMELINE_H, 1.0, true, 0.0);
    let scale = Scale::new(pic.window, width).clamped();
    let sc = scene(&scale, lang, &m, &Lanes::default(), |e| pic.kept.get(e.0 as usize).copied().unwrap_or(false));
    let height = sc.height.max(m.axis);
    let _ = write!(
        out,
        "<clipPath id=\"timeline-clip\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
        fixed(x0, 1),
        fixed(top, 1),
        fixed(width, 1),
        fixed(height, 1)
    );
    for (i, (s, lane)) in query::strands().zip(&sc.lanes).enumerate() {
        let strand = s.get();
        let colour = strand_colour(strand.id);
        let y = top + lane.top;
        let _ = write!(
            out,
            "<rect x=\"{pad}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\" fill-opacity=\"{}\"/>\
             <rect x=\"{pad}\" y=\"{}\" width=\"4\" height=\"{}\" fill=\"{colour}\"/>",
            fixed(y, 1),
            fixed(WIDTH - 2.0 * PAD, 1),
            fixed(lane.height, 1),
            if i % 2 == 0 { "0.07" } else { "0.04" },
            fixed(y, 1),
            fixed(lane.height, 1),
            pad = fixed(PAD, 0),
        );
        let attrs = format!("font-size=\"12.5\" font-weight=\"700\" fill=\"{colour}\"");
        text(out, PAD + 10.0, y + 16.0, &attrs, &cut(strand.name.get(lang), 12.5, GUTTER - 16.0));
    }
    out.push_str("<g clip-path=\"url(#timeline-clip)\">");
    for t in &sc.ticks {
        let x = x0 + scale.x(t.day);
        let _ = write!(
            out,
            "<line x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\" stroke=\"{RULE}\"/>",
            fixed(top, 1),
            fixed(top + height, 1),
            x = fixed(x, 1)
        );
        let label = match &t.context {
            Some(c) => format!("{} · {c}", t.label),
            None => t.label.clone(),
        };
        text(out, x + 4.0, top + 19.0, &format!("font-size=\"12\" fill=\"{MUTED}\""), &label);
    }
    let mut drawn = Vec::new();
    for e in &sc.events {
        let ev = e.id.get();
        drawn.push(e.id);
        let colour = strand_colour(ev.strand.get().id);
        let y = top + e.top;
        let (a, b) = (x0 + e.x0.max(-10.0), x0 + e.x1.min(width + 10.0));
        if e.x1 - e.x0 < 8.0 {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"3.6\" fill=\"{colour}\"/>",
                fixed(a + 3.6, 1),
                fixed(y + 5.0, 1)
            );
        } else {
            let dash = match (ev.status, ev.when.precision) {
                (Status::Planned | Status::Undated, _) => {
                    format!(" fill-opacity=\"0\" stroke=\"{colour}\" stroke-dasharray=\"5 3\" stroke-width=\"1.6\"")
                }
                (_, Precision::Month | Precision::Year) => " fill-opacity=\"0.55\"".to_string(),
                (_, Precision::Within) => " fill-opacity=\"0.35\"".to_string(),
                _ => String::new(),
            };
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"5\" rx=\"2.5\" fill=\"{colour}\"{dash}/>",
                fixed(a, 1),
                fixed(y + 2.5, 1),
                fixed(b - a, 1)
            );
        }
        let style = if ev.status == Status::Planned { " font-style=\"italic\"" } else { "" };
        let attrs = format!("font-size=\"{}\" fill=\"{INK}\"{style}", fixed(m.font, 1));
        text(out, x0 + e.box_x + 2.0, y + m.row - 6.0, &attrs, &cut(ev.short_title(lang), m.font, e.box_w - 6.0));
    }
    for c in &sc.clusters {
        let colour = strand_colour(c.events[0].get().strand.get().id);
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{colour}\" fill-opacity=\"0.16\"/>",
            fixed(x0 + c.x, 1),
            fixed(top + c.top + 3.0, 1),
            fixed(CLUSTER_W, 0),
            fixed(m.row - 6.0, 1)
        );
        let attrs = format!("font-size=\"12\" font-weight=\"700\" fill=\"{colour}\" text-anchor=\"middle\"");
        text(out, x0 + c.x + CLUSTER_W / 2.0, top + c.top + m.row / 2.0 + 4.0, &attrs, &format!("+{}", c.events.len()));
        drawn.extend(&c.events);
    }
    out.push_str("</g>");
    (height, drawn)
}

/// The documents the `events` come from, by publisher (or title, where the document prints no
/// publisher), each once, in the order first cited.
fn documents(events: &[EventId]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for s in events.iter().flat_map(|e| e.get().sources) {
        let s = s.get();
        if s.kind != SourceKind::Document {
            continue;
        }
        let name = if s.publisher.starts_with('[') { s.title } else { s.publisher };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The SVG of `pic`.
pub fn svg(pic: &Picture) -> String {
    let lang = pic.lang;
    let mut body = String::new();
    let title = Ui::AppTitle.get(lang);
    let when = crate::format::window(&pic.window, lang);
    text(&mut body, PAD, 58.0, &format!("font-size=\"30\" font-weight=\"700\" fill=\"{INK}\""), title);
    text(&mut body, PAD, 92.0, &format!("font-size=\"19\" fill=\"{MUTED}\""), &when);

    // The maps: Vietnam's pane, then Japan's, as the app sets them side by side.
    let map_events: Vec<EventId> = in_window(pic.window.start, pic.window.end)
        .into_iter()
        .filter(|e| pic.matched.get(e.0 as usize).copied().unwrap_or(false))
        .collect();
    let pane_w = (WIDTH - 2.0 * PAD - 24.0) / 2.0;
    let mut y = 120.0;
    for (i, (p, name)) in [(PaneId::Vietnam, Ui::Vietnam), (PaneId::Japan, Ui::Japan)].into_iter().enumerate() {
        let x = PAD + i as f64 * (pane_w + 24.0);
        text(&mut body, x, y + 16.0, &format!("font-size=\"16\" font-weight=\"700\" fill=\"{INK}\""), name.get(lang));
        pane(&mut body, p, &pic.views[i], (x, y + 26.0, pane_w, MAP_H), &map_events, Some(lang));
    }
    y += 26.0 + MAP_H + 28.0;

    text(&mut body, PAD, y, &format!("font-size=\"16\" font-weight=\"700\" fill=\"{INK}\""), Ui::Timeline.get(lang));
    let (h, drawn) = timeline(&mut body, pic, y + 12.0);
    y += 12.0 + h + 34.0;

    // The legend: shading, markers, strands (nothing rests on colour alone: the counts are written).
    let mut x = PAD;
    let font = 13.0;
    let mut item = |body: &mut String, swatch: String, label: &str, y: &mut f64| {
        let w = 24.0 + label_width(label, font) + 22.0;
        if x + w > WIDTH - PAD {
            x = PAD;
            *y += 26.0;
        }
        body.push_str(&swatch.replace("{x}", &fixed(x, 1)).replace("{y}", &fixed(*y - 12.0, 1)));
        text(body, x + 24.0, *y, &format!("font-size=\"13\" fill=\"{INK}\""), label);
        x += w;
    };
    for (lvl, label) in level_labels(lang).iter().enumerate() {
        let sw = format!(
            "<rect x=\"{{x}}\" y=\"{{y}}\" width=\"16\" height=\"14\" fill=\"{}\" stroke=\"#8d8a82\" stroke-width=\"{}\"/>",
            LEVEL_FILL[lvl + 1],
            fixed(LEVEL_STROKE[lvl + 1], 1)
        );
        item(&mut body, sw, label, &mut y);
    }
    let sw = format!("<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"7\" fill=\"{INK}\" transform=\"translate(8 7)\"/>");
    item(&mut body, sw, Ui::LegendPlace.get(lang), &mut y);
    for s in query::strands() {
        let s = s.get();
        let sw = format!(
            "<rect x=\"{{x}}\" y=\"{{y}}\" width=\"16\" height=\"14\" rx=\"3\" fill=\"{}\"/>",
            strand_colour(s.id)
        );
        item(&mut body, sw, s.name.get(lang), &mut y);
    }
    y += 34.0;

    // The attribution: the documents behind what is shown, the map's geometry, the view's address.
    let mut shown = map_events.clone();
    shown.extend(drawn);
    let docs = documents(&shown);
    let sep = crate::i18n::list_sep(lang);
    let sources = format!(
        "{}{}{} ({})",
        Ui::Sources.get(lang),
        crate::i18n::colon(lang),
        docs.join(if lang == Lang::Ja { "、" } else { "; " }),
        count(docs.len(), Noun::Source, lang)
    );
    let credit = format!("{}{sep}{}", Ui::PictureMapCredit.get(lang), Ui::PictureMade.get(lang));
    let mut lines: Vec<String> = wrap(&sources, 12.5, WIDTH - 2.0 * PAD);
    lines.extend(wrap(&credit, 12.5, WIDTH - 2.0 * PAD));
    if !pic.link.is_empty() {
        lines.extend(wrap(pic.link, 12.5, WIDTH - 2.0 * PAD));
    }
    let _ = write!(
        body,
        "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{RULE}\"/>",
        fixed(PAD, 0),
        fixed(WIDTH - PAD, 0),
        fixed(y - 20.0, 1),
        fixed(y - 20.0, 1)
    );
    for l in &lines {
        text(&mut body, PAD, y, &format!("font-size=\"12.5\" fill=\"{MUTED}\""), l);
        y += 18.0;
    }
    let height = y + PAD - 18.0;

    let desc = lines.join(" ");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{wd}\" height=\"{h}\" viewBox=\"0 0 {wd} {h}\" \
         xml:lang=\"{tag}\" font-family=\"{FONT}\"><title>{t}</title><desc>{d}</desc>\
         <rect width=\"{wd}\" height=\"{h}\" fill=\"#fff\"/>{body}</svg>",
        wd = fixed(WIDTH, 0),
        h = fixed(height, 0),
        tag = lang.tag(),
        t = escape(&format!("{title}{sep}{when}")),
        d = escape(&desc),
    )
}

/// The link-preview image for `index.html`'s Open Graph meta, as SVG (the build rasterises it): both
/// panes shaded for 2025 with their markers under a band of the strands' colours, and no text, so it
/// needs no font and reads in any language (the preview's title and description carry the words).
pub fn preview() -> String {
    let (w, h) = PREVIEW;
    let year = Window::year_2025();
    let events = in_window(year.start, year.end);
    let mut body = String::new();
    let strands: Vec<_> = query::strands().collect();
    let band = w / strands.len() as f64;
    for (i, s) in strands.iter().enumerate() {
        let _ = write!(
            body,
            "<rect x=\"{}\" y=\"0\" width=\"{}\" height=\"14\" fill=\"{}\"/>",
            fixed(i as f64 * band, 1),
            fixed(band + 0.5, 1),
            strand_colour(s.get().id)
        );
    }
    let pane_w = (w - 3.0 * 24.0) / 2.0;
    for (i, p) in [PaneId::Vietnam, PaneId::Japan].into_iter().enumerate() {
        let view = View::whole(&p.pane());
        pane(&mut body, p, &view, (24.0 + i as f64 * (pane_w + 24.0), 38.0, pane_w, h - 62.0), &events, None);
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>{body}</svg>",
        w = fixed(w, 0),
        h = fixed(h, 0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::EVENTS;

    fn all() -> Vec<bool> {
        vec![true; EVENTS.len()]
    }

    fn picture(lang: Lang, window: Window, matched: &[bool], kept: &[bool]) -> String {
        let views = [PaneId::Vietnam, PaneId::Japan].map(|p| View::whole(&p.pane()));
        svg(&Picture { lang, window, views, matched, kept, link: "https://example.org/?lang=x&s=1" })
    }

    #[test]
    fn the_picture_has_the_title_the_dates_both_panes_the_lanes_the_legend_and_its_sources() {
        let (m, k) = (all(), all());
        for lang in Lang::ALL {
            let s = picture(lang, Window::year_2025(), &m, &k);
            assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(s.contains(&escape(Ui::AppTitle.get(lang))), "{lang:?}");
            assert!(s.contains(&escape(&crate::format::window(&Window::year_2025(), lang))));
            assert!(s.contains(&escape(Ui::PictureMapCredit.get(lang))));
            assert!(s.contains(&format!("{}{}", Ui::Sources.get(lang), crate::i18n::colon(lang))));
            // Both panes: every unit of both countries, once (and the legend's four swatches).
            let units = SHAPES.iter().filter(|s| s.kind != ShapeKind::Context).count();
            let outlined =
                s.matches("stroke=\"#8d8a82\" stroke-width").count() + s.matches("stroke=\"#a3262a\"").count();
            assert_eq!(outlined, units + 4);
            assert_eq!(s.matches("preserveAspectRatio").count(), 2);
            // The lanes, named, and the island groups labelled as Vietnam's.
            for st in query::strands() {
                assert!(s.contains(&escape(&cut(st.get().name.get(lang), 12.5, GUTTER - 16.0))));
            }
            assert!(s.contains("Quần đảo Hoàng Sa") && s.contains("Quần đảo Trường Sa"));
            // Escaped: the link's `&` is not raw.
            assert!(s.contains("lang=x&amp;s=1") && !s.contains("lang=x&s=1"));
            // Nothing to fetch: no image, no link, no style sheet, no script.
            for refused in ["<image", "href=", "<style", "<script", "url(http", "@import"] {
                assert!(!s.contains(refused), "{refused}");
            }
        }
    }

    #[test]
    fn the_picture_names_the_documents_of_what_it_shows_and_only_those() {
        let m = all();
        let s = picture(Lang::En, Window::year_2025(), &m, &m);
        // The forum's report is among the year's sources.
        let forum = query::event_by_id("forum-2025").unwrap();
        let doc = forum.get().sources.iter().map(|s| s.get()).find(|s| s.kind == SourceKind::Document).unwrap();
        let name = if doc.publisher.starts_with('[') { doc.title } else { doc.publisher };
        assert!(s.contains(&escape(name)));
        // With every event filtered out, the map is unshaded, the lanes empty and no document named.
        let none = vec![false; EVENTS.len()];
        let s = picture(Lang::En, Window::year_2025(), &none, &none);
        assert!(!s.contains(&escape(name)));
        assert!(s.contains("(0 sources)"), "{}", &s[s.len() - 600..]);
        assert_eq!(s.matches(LEVEL_FILL[4]).count(), 1, "only the legend's swatch");
    }

    #[test]
    fn the_forum_day_shows_the_forum_on_the_timeline_and_quang_ninh_shaded() {
        let m = all();
        let d = crate::timeline::time::day(crate::data::Date { year: 2025, month: 11, day: 25 });
        let s = picture(Lang::En, Window { start: d - 2.0, end: d + 3.0 }, &m, &m);
        let forum = query::event_by_id("forum-2025").unwrap().get();
        assert!(s.contains(&format!(">{}</text>", escape(forum.short_title(Lang::En)))));
        let qn = SHAPES.iter().find(|s| s.id == "VN:22").expect("Quảng Ninh");
        let at = s.find(qn.path()).expect("Quảng Ninh drawn");
        assert!(!s[at..at + qn.path().len() + 40].contains(LEVEL_FILL[0]), "shaded");
    }

    #[test]
    fn lines_wrap_at_spaces_and_inside_japanese() {
        let lines = wrap("one two three four five six", 12.0, 60.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| label_width(l, 12.0) <= 60.0), "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six");
        let ja = "出典：日本国際協力機構（JICA）、ベトナム通信社、トゥオイチェー";
        let lines = wrap(ja, 12.0, 100.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| label_width(l, 12.0) <= 100.0), "{lines:?}");
        assert_eq!(lines.concat(), ja);
        assert_eq!(cut("short", 12.0, 100.0), "short");
        let c = cut("a very long label that does not fit", 12.0, 80.0);
        assert!(c.ends_with('…') && label_width(&c, 12.0) <= 80.0, "{c}");
    }

    #[test]
    fn the_colours_are_the_style_sheets() {
        let main = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
        for s in query::strands() {
            let id = s.get().id;
            assert!(main.contains(&format!("--strand-{id}: {};", strand_colour(id))), "{id}");
        }
        let map = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/map.css")).unwrap();
        for (lvl, fill) in LEVEL_FILL.iter().enumerate().skip(1) {
            assert!(map.contains(&format!(".map-unit[data-level=\"{lvl}\"] {{ fill: {fill};")), "{lvl}");
        }
        assert!(map.contains(&format!("fill: var(--land, {});", LEVEL_FILL[0])));
    }

    #[test]
    fn the_preview_has_no_text_and_both_panes() {
        let s = preview();
        assert!(!s.contains("<text"));
        assert_eq!(s.matches("preserveAspectRatio").count(), 2);
        assert!(s.contains("width=\"1200\" height=\"630\""));
    }
}
