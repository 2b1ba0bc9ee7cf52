//! The start view as static HTML, written into `dist/index.html` at build time (`src/bin/prerender.rs`,
//! run by a post-build hook): the shell's layout, the top bar, the map's outline with the year's
//! shading, the timeline's panel and the details' introduction, with the same classes as the
//! components, so the page paints, styled, before the wasm arrives; the app replaces it when it mounts
//! (`main.rs`). Texts are given in all three languages, each marked with its `lang`; the stylesheet
//! shows those of the page's language (set from the URL or the browser by `public/early.js` before the
//! first paint). People without JavaScript, search engines and link previews get a real page.

use std::fmt::Write;

use crate::components::icons::Icon;
use crate::data::query;
use crate::i18n::{Ui, count, endonym};
use crate::lang::Lang;
use crate::map::markers::{in_window, involvement, level};
use crate::map::view::View;
use crate::map::{PaneId, SHAPES, ShapeKind};
use crate::timeline::scale::Window;
use crate::url::Page;

pub use crate::format::escape;

/// A text in the three languages, one `<span lang>` each (the stylesheet shows the page's).
fn texts(f: impl Fn(Lang) -> String) -> String {
    Lang::ALL.iter().map(|&l| format!("<span class=\"pre-t\" lang=\"{}\">{}</span>", l.tag(), escape(&f(l)))).collect()
}

/// A UI string in the three languages.
fn ui(u: Ui) -> String {
    texts(|l| u.get(l).to_string())
}

fn icon(i: Icon) -> String {
    format!(
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{}\"></path></svg>",
        i.d()
    )
}

/// A button that does nothing yet (the app's own replaces it).
fn button(class: &str, content: &str) -> String {
    format!("<button type=\"button\" class=\"{class}\" disabled>{content}</button>")
}

fn header() -> String {
    let tabs: String = Page::ALL
        .iter()
        .map(|&p| {
            let (name, i) = crate::components::header::page_name(p);
            let current = if p == Page::Explore { " aria-current=\"page\"" } else { "" };
            format!(
                "<button type=\"button\" class=\"page-tab\"{current} disabled>{}<span class=\"button-label\">{}</span></button>",
                icon(i),
                ui(name)
            )
        })
        .collect();
    let langs: String = Lang::ALL
        .iter()
        .map(|&l| {
            format!(
                "<button type=\"button\" lang=\"{}\" disabled><span class=\"lang-code\">{}</span><span class=\"visually-hidden\"> {}</span></button>",
                l.tag(),
                l.tag().to_uppercase(),
                endonym(l)
            )
        })
        .collect();
    format!(
        "<header class=\"app-header\"><h1 class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>\
         <span class=\"brand-full\">{title}</span><span class=\"brand-short\" aria-hidden=\"true\">{short}</span></h1>\
         <div class=\"search\"><span class=\"search-toggle icon-button\">{search}</span><div class=\"search-field\">{search}\
         <span class=\"search-input\"><span class=\"visually-hidden\">{search_name}</span></span></div></div>\
         <div class=\"popover filters-popover\">{filters}</div>{menu}\
         <div class=\"header-more\"><nav class=\"page-tabs\">{tabs}</nav><nav class=\"lang-switch\">{langs}</nav>\
         <div class=\"popover share\">{share}</div></div></header>",
        title = ui(Ui::AppTitle),
        short = ui(Ui::AppShortTitle),
        search = icon(Icon::Search),
        search_name = ui(Ui::Search),
        filters = labelled("popover-button", Icon::Filter, Ui::Filters),
        menu = icon_button("menu-button icon-button", Icon::Menu, Ui::Menu),
        share = labelled("popover-button", Icon::Share, Ui::Share),
    )
}

/// One pane's outline: its context countries and its units, shaded by how many of 2025's events touch
/// them (as the map shades them at start).
fn pane(p: PaneId, name: Ui) -> String {
    let year = Window::year_2025();
    let involved = involvement(&in_window(year.start, year.end));
    let pane = p.pane();
    let mut paths = String::new();
    for kind in [ShapeKind::Context, ShapeKind::Unit, ShapeKind::Islands] {
        for (i, s) in SHAPES.iter().enumerate().filter(|(_, s)| s.pane == p && s.kind == kind) {
            let class = match kind {
                ShapeKind::Context => "map-context",
                ShapeKind::Unit => "map-unit",
                ShapeKind::Islands => "map-unit is-islands",
            };
            let lvl = level(involved.get(s.id).copied().unwrap_or(0));
            // `data-shape`: the wasm takes its geometry from here (`map::take_paths`).
            let _ = write!(
                paths,
                "<path class=\"{class}\" data-level=\"{lvl}\" data-shape=\"{i}\" d=\"{}\"></path>",
                s.path()
            );
        }
    }
    format!(
        "<figure class=\"map-pane\" data-pane=\"{key}\"><figcaption class=\"map-pane-name\">{name}</figcaption>\
         <svg class=\"map-svg\" viewBox=\"{vb}\" preserveAspectRatio=\"xMidYMid meet\" aria-hidden=\"true\">{paths}</svg></figure>",
        key = if p == PaneId::Japan { "Japan" } else { "Vietnam" },
        name = ui(name),
        vb = View::whole(&pane).view_box(&pane),
    )
}

/// A button with an icon and its label in the three languages.
fn labelled(class: &str, i: Icon, name: Ui) -> String {
    button(class, &format!("{}<span class=\"button-label\">{}</span>", icon(i), ui(name)))
}

/// An icon button with its name in the three languages (visually hidden, as the app's).
fn icon_button(class: &str, i: Icon, name: Ui) -> String {
    button(class, &format!("{}<span class=\"visually-hidden\">{}</span>", icon(i), ui(name)))
}

fn map() -> String {
    let tools = [(Icon::Reset, Ui::ResetMap), (Icon::Play, Ui::PlayYear), (Icon::Legend, Ui::MapLegend)]
        .map(|(i, name)| labelled("", i, name))
        .concat();
    format!(
        "<section class=\"map\"><div class=\"map-head\"><h2 class=\"panel-title\">{title}</h2>\
         <div class=\"map-toolbar panel-tools\">{tools}</div></div>\
         <div class=\"map-panes\">{vn}{jp}</div></section>",
        title = ui(Ui::Map),
        vn = pane(PaneId::Vietnam, Ui::Vietnam),
        jp = pane(PaneId::Japan, Ui::Japan),
    )
}

fn timeline() -> String {
    let tools = [
        icon_button("icon-button", Icon::Minus, Ui::ZoomOut),
        icon_button("icon-button", Icon::Plus, Ui::ZoomIn),
        labelled("timeline-fit", Icon::Fit, Ui::WholePeriod),
        button("timeline-year", "2025"),
    ]
    .concat();
    format!(
        "<section class=\"timeline\"><div class=\"timeline-head\"><h2 class=\"panel-title\">{}</h2>\
         <div class=\"timeline-toolbar panel-tools\">{tools}</div></div><div class=\"timeline-body\"></div></section>",
        ui(Ui::Timeline)
    )
}

fn details() -> String {
    let counts: String = crate::components::record_counts::holdings()
        .into_iter()
        .map(|(n, noun)| format!("<li>{}</li>", texts(|l| count(n, noun, l))))
        .collect();
    format!(
        "<aside class=\"detail\"><div class=\"detail-head\"><h2 class=\"panel-title\">{details}</h2>\
         <span class=\"detail-peek\" aria-hidden=\"true\">{about}</span>{handle}</div>\
         <div class=\"detail-body\"><div class=\"detail-intro\"><h3>{about}</h3><p class=\"app-lede\">{lede}</p>\
         <ul class=\"counts\">{counts}</ul><p class=\"detail-empty\">{prompt}</p></div></div></aside>",
        details = ui(Ui::Details),
        about = ui(Ui::AboutRecord),
        handle = icon_button("sheet-handle icon-button", Icon::Chevron, Ui::RaiseDetails),
        lede = ui(Ui::AppLede),
        prompt = ui(Ui::SelectPrompt),
    )
}

/// The start view: what `dist/index.html`'s `<body>` holds until the app mounts.
pub fn start_view() -> String {
    format!(
        "<div class=\"shell pre\" id=\"prerender\">{header}<main class=\"shell-main\"><div class=\"shell-explore\">{map}{timeline}</div></main>{details}</div>",
        header = header(),
        map = map(),
        timeline = timeline(),
        details = details(),
    )
}

/// Every event's title, for search engines and people without JavaScript: the list view's text in
/// the page's language, visually hidden once the app is there.
pub fn noscript() -> String {
    let mut out = String::from("<noscript><div class=\"pre-list\">");
    for s in query::strands() {
        let _ = write!(out, "<h2>{}</h2><ul>", texts(|l| s.get().name.get(l).to_string()));
        for &e in query::top_level(s) {
            let _ = write!(out, "<li>{}</li>", texts(|l| e.get().title.get(l).to_string()));
        }
        out.push_str("</ul>");
    }
    out.push_str("</div></noscript>");
    out
}

/// The page's link-preview and search metadata, for `index.html`'s `<head>`: Open Graph and Twitter
/// cards (title, description, locales) and a schema.org JSON-LD data block with every top-level
/// event. `site` is the deployment's absolute base URL (`VNJP_SITE_URL` at build time): with it the
/// page and each event get absolute URLs (`og:url`, the events' `@id`); without it they are relative.
pub fn head(site: Option<&str>) -> String {
    let base = site.map(|s| if s.ends_with('/') { s.to_string() } else { format!("{s}/") }).unwrap_or_default();
    let title = Ui::AppTitle.get(Lang::En);
    let description = Ui::AppLede.get(Lang::En);
    let mut out = String::new();
    let mut meta = |attr: &str, name: &str, content: &str| {
        let _ = write!(out, "<meta {attr}=\"{name}\" content=\"{}\">", escape(content));
    };
    meta("property", "og:type", "website");
    meta("property", "og:site_name", title);
    meta("property", "og:title", title);
    meta("property", "og:description", description);
    meta("property", "og:locale", "en_GB");
    meta("property", "og:locale:alternate", "vi_VN");
    meta("property", "og:locale:alternate", "ja_JP");
    if !base.is_empty() {
        meta("property", "og:url", &base);
    }
    // The preview image the build writes beside index.html (`preview_png`).
    let (w, h) = crate::picture::PREVIEW;
    meta("property", "og:image", &format!("{base}{PREVIEW_FILE}"));
    meta("property", "og:image:type", "image/png");
    meta("property", "og:image:width", &w.to_string());
    meta("property", "og:image:height", &h.to_string());
    meta("property", "og:image:alt", Ui::PreviewAlt.get(Lang::En));
    meta("name", "twitter:card", "summary_large_image");
    meta("name", "twitter:title", title);
    meta("name", "twitter:description", description);
    // A data block, not a script: browsers do not run it and a CSP's script-src does not apply. `<` is
    // escaped so no text can close the element.
    let ld = json_ld(&base).to_string().replace('<', "\\u003c");
    let _ = write!(out, "<script type=\"application/ld+json\">{ld}</script>");
    out
}

/// The link-preview image's file name in `dist/`.
pub const PREVIEW_FILE: &str = "preview.png";

/// The link-preview image as PNG: [`crate::picture::preview`] rasterised.
pub fn preview_png() -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let tree =
        usvg::Tree::from_str(&crate::picture::preview(), &usvg::Options::default()).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("an empty image")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// A language-tagged value per language (JSON-LD value objects).
fn ld_text(t: &crate::data::Text) -> serde_json::Value {
    serde_json::Value::Array(
        Lang::ALL.iter().map(|&l| serde_json::json!({ "@value": t.get(l), "@language": l.tag() })).collect(),
    )
}

/// schema.org `Event`s for the top-level events of every strand, in one `@graph`: names and
/// descriptions in the three languages, dates as the seeds give them (a month or a year where that
/// is all the sources say), places with their coordinates, and the documents they come from.
pub fn json_ld(base: &str) -> serde_json::Value {
    use crate::data::Precision;
    let mut graph = Vec::new();
    for s in query::strands() {
        for &id in query::top_level(s) {
            let e = id.get();
            let date = |d: crate::data::Date| match e.when.precision {
                Precision::Year => format!("{:04}", d.year),
                Precision::Month => format!("{:04}-{:02}", d.year, d.month),
                Precision::Day | Precision::Within => d.iso(),
            };
            let places: Vec<_> = e
                .places
                .iter()
                .map(|p| {
                    let p = p.get();
                    serde_json::json!({
                        "@type": "Place",
                        "name": ld_text(&p.name),
                        "address": { "@type": "PostalAddress", "addressCountry": p.country.key() },
                        "geo": { "@type": "GeoCoordinates", "latitude": p.lat, "longitude": p.lon },
                    })
                })
                .collect();
            // The documents the record comes from (`shared/seeds/`), as published.
            let sources: Vec<_> = e
                .sources
                .iter()
                .map(|s| {
                    let s = s.get();
                    serde_json::json!({
                        "@type": "CreativeWork",
                        "name": s.title,
                        "publisher": { "@type": "Organization", "name": s.publisher },
                        "datePublished": s.date.start.iso(),
                        "inLanguage": s.language,
                    })
                })
                .collect();
            let mut ev = serde_json::json!({
                "@type": "Event",
                "@id": format!("{base}?s={}", e.id),
                "url": format!("{base}?s={}", e.id),
                "name": ld_text(&e.title),
                "description": ld_text(&e.summary),
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                // Held and planned events both took or take place as scheduled; schema.org has no "held".
                "eventStatus": "https://schema.org/EventScheduled",
                "startDate": date(e.when.start),
                "endDate": date(e.when.end),
                "location": places,
            });
            if !sources.is_empty() {
                ev["subjectOf"] = serde_json::Value::Array(sources);
            }
            graph.push(ev);
        }
    }
    serde_json::json!({ "@context": "https://schema.org", "@graph": graph })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_image_is_a_png_of_its_size_with_the_shaded_map() {
        let png = preview_png().expect("a PNG");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // IHDR: width and height, big-endian, at bytes 16..24.
        let be = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
        assert_eq!((be(16), be(20)), (1200, 630));
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        // The busiest units' shade (#c45a2c) is drawn, and the strands' band along the top.
        let has = |r: u8, g: u8, b: u8| pixmap.pixels().iter().any(|p| (p.red(), p.green(), p.blue()) == (r, g, b));
        assert!(has(0xc4, 0x5a, 0x2c), "the shaded units");
        assert!(has(0xb3, 0x26, 0x1e), "the official visit's colour");
    }

    #[test]
    fn the_start_view_has_the_shell_the_title_the_lede_and_both_panes() {
        let html = start_view();
        for part in
            ["class=\"shell pre\"", "class=\"app-header\"", "class=\"map\"", "class=\"timeline\"", "class=\"detail\""]
        {
            assert!(html.contains(part), "{part}");
        }
        for l in Lang::ALL {
            assert!(html.contains(&escape(Ui::AppLede.get(l))), "the lede in {l:?}");
            assert!(html.contains(&escape(Ui::AppTitle.get(l))), "the title in {l:?}");
        }
        assert_eq!(html.matches("<figure class=\"map-pane\"").count(), 2);
        let units = SHAPES.iter().filter(|s| s.kind != ShapeKind::Context).count();
        assert_eq!(html.matches("class=\"map-unit").count(), units, "every unit outlined");
        // Every shape's path, once, marked with its index: the wasm's only copy of the geometry.
        for (i, s) in SHAPES.iter().enumerate() {
            assert_eq!(html.matches(&format!("data-shape=\"{i}\" d=\"{}\"", s.path())).count(), 1, "shape {i}");
        }
        // Shaded as at start: Quảng Ninh, where the forum was, has events in 2025.
        assert!(html.contains("data-level=\"4\""), "the busiest units shaded");
        // Nothing a strict CSP would refuse, and nothing interactive before the app.
        for refused in ["<script", "style=", "javascript:"] {
            assert!(!html.contains(refused), "{refused}");
        }
        let handler = html.match_indices(" on").any(|(i, _)| {
            let rest = &html[i + 3..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase()).collect();
            !name.is_empty() && rest[name.len()..].starts_with('=')
        });
        assert!(!handler, "an on…= handler");
        assert!(html.matches("<button").count() == html.matches(" disabled>").count());
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a & <b> \"c\""), "a &amp; &lt;b&gt; &quot;c&quot;");
    }

    #[test]
    fn the_noscript_list_names_every_top_level_event() {
        let html = noscript();
        for s in query::strands() {
            for &e in query::top_level(s) {
                assert!(html.contains(&escape(e.get().title.en)), "{}", e.get().id);
            }
        }
    }

    #[test]
    fn the_head_has_link_preview_meta_and_a_json_ld_graph_of_the_top_level_events() {
        let html = head(Some("https://example.org/explorer"));
        for m in ["og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card", "twitter:title"] {
            assert!(html.contains(&format!("\"{m}\" content=")), "{m}");
        }
        let start = html.find("<script type=\"application/ld+json\">").expect("a JSON-LD block") + 35;
        let end = html[start..].find("</script>").unwrap() + start;
        let ld: serde_json::Value = serde_json::from_str(&html[start..end]).expect("JSON-LD parses");
        let graph = ld["@graph"].as_array().unwrap();
        let top: usize = query::strands().map(|s| query::top_level(s).len()).sum();
        assert_eq!(graph.len(), top);
        let forum = graph.iter().find(|e| e["@id"] == "https://example.org/explorer/?s=forum-2025").expect("the forum");
        assert_eq!(forum["@type"], "Event");
        assert_eq!(forum["startDate"], "2025-11-25");
        assert!(forum["location"][0]["geo"]["latitude"].is_number());
        assert!(forum["name"].as_array().unwrap().iter().any(|n| n["@language"] == "vi"));
        assert!(html.contains("\"og:image\" content=\"https://example.org/explorer/preview.png\""));
        // Relative without a site URL.
        assert!(!head(None).contains("og:url") && head(None).contains("\"@id\":\"?s=forum-2025\""));
    }
}
