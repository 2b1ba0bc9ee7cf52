//! Downloads generated in the browser (`crate::export`, `crate::picture`): the dataset as JSON, the
//! events as an iCalendar file, the events and figures the filters show as CSV, a picture of the
//! current view as SVG and PNG; and a print button for the chronological report the print
//! stylesheet makes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::export;
use crate::i18n::Ui;
use crate::picture::{self, Picture};
use crate::state::{AppState, use_app_state};

/// The CSV files' type; the text carries a byte-order mark too, for Excel.
const CSV: &str = "text/csv;charset=utf-8";

/// Offers the file at `href` (an object or data URL) for download as `name`.
fn offer(href: &str, name: &str) {
    if let Ok(a) = gloo_utils::document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

/// Offers `text` as a file named `name`.
fn download(name: &str, mime: &str, text: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    offer(&url, name);
    // Give the download a moment to start before the URL is released (dropping it revokes it).
    set_timeout(move || drop(url), std::time::Duration::from_secs(10));
}

/// The picture of what the page shows now: the timeline's window, both panes as framed, the filters'
/// and search's events, and the view's address.
fn picture_svg(state: AppState) -> String {
    let link = gloo_utils::window().location().href().unwrap_or_default();
    state.matched.with_untracked(|matched| {
        state.kept.with_untracked(|kept| {
            picture::svg(&Picture {
                lang: state.lang.get_untracked(),
                window: state.window.get_untracked(),
                views: state.map_views.map(|v| v.get_untracked()),
                matched,
                kept,
                link: &link,
            })
        })
    })
}

/// Draws `svg` onto a canvas at twice its size and offers it as a PNG named `name`. The SVG goes in
/// as a `data:` URL (the strict CSP's `img-src` allows it; nothing is fetched) and holds nothing from
/// elsewhere, so the canvas stays untainted and can be read.
fn download_png(name: String, svg: String) {
    leptos::task::spawn_local(async move {
        let Ok(img) = web_sys::HtmlImageElement::new() else { return };
        img.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(&svg)));
        if wasm_bindgen_futures::JsFuture::from(img.decode()).await.is_err() {
            return;
        }
        let (w, h) = (img.natural_width(), img.natural_height());
        let Ok(canvas) = gloo_utils::document().create_element("canvas") else { return };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width(w * 2);
        canvas.set_height(h * 2);
        let Some(ctx) = canvas.get_context("2d").ok().flatten() else { return };
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        let _ = ctx.scale(2.0, 2.0);
        let _ = ctx.draw_image_with_html_image_element(&img, 0.0, 0.0);
        if let Ok(url) = canvas.to_data_url() {
            offer(&url, &name);
        }
    });
}

/// The open-data and print buttons.
#[component]
pub fn OpenData() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <section class="open-data" aria-labelledby="open-data-heading">
            <h2 id="open-data-heading">{Ui::OpenData.get(lang)}</h2>
            <button
                class="download-json"
                on:click=move |_| download("vn-jp-2025.json", "application/json", &export::json())
            >
                {Ui::DownloadJson.get(lang)}
            </button>
            <button
                class="download-ics"
                on:click=move |_| {
                    download(&format!("vn-jp-2025-{}.ics", lang.tag()), "text/calendar", &export::ics(lang))
                }
            >
                {Ui::DownloadIcs.get(lang)}
            </button>
            <button
                class="download-events-csv"
                on:click=move |_| {
                    let csv = state.kept.with_untracked(|k| export::csv::events(lang, k));
                    download(&format!("vn-jp-2025-events-{}.csv", lang.tag()), CSV, &csv)
                }
            >
                {Ui::DownloadEventsCsv.get(lang)}
            </button>
            <button
                class="download-figures-csv"
                on:click=move |_| {
                    let csv = state.filters.with_untracked(|x| {
                        state.matched.with_untracked(|m| export::csv::figures(lang, |f| x.shows_figure(f, m)))
                    });
                    download(&format!("vn-jp-2025-figures-{}.csv", lang.tag()), CSV, &csv)
                }
            >
                {Ui::DownloadFiguresCsv.get(lang)}
            </button>
            <button
                class="download-svg"
                on:click=move |_| {
                    download(&format!("vn-jp-2025-view-{}.svg", lang.tag()), "image/svg+xml", &picture_svg(state))
                }
            >
                {Ui::DownloadPictureSvg.get(lang)}
            </button>
            <button
                class="download-png"
                on:click=move |_| download_png(format!("vn-jp-2025-view-{}.png", lang.tag()), picture_svg(state))
            >
                {Ui::DownloadPicturePng.get(lang)}
            </button>
            <button class="print" on:click=move |_| super::print_report::print(state)>
                {Ui::Print.get(lang)}
            </button>
        </section>
    }
}
