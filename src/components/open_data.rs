//! Downloads generated in the browser (`crate::export`): the dataset as JSON, the events as an
//! iCalendar file, the events and figures the filters show as CSV; and a print button for the
//! chronological report the print stylesheet makes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::export;
use crate::i18n::Ui;
use crate::state::use_app_state;

/// The CSV files' type; the text carries a byte-order mark too, for Excel.
const CSV: &str = "text/csv;charset=utf-8";

/// Offers `text` as a file named `name`.
fn download(name: &str, mime: &str, text: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    if let Ok(a) = gloo_utils::document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Give the download a moment to start before the URL is released (dropping it revokes it).
    set_timeout(move || drop(url), std::time::Duration::from_secs(10));
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
            <button class="print" on:click=move |_| super::print_report::print(state)>
                {Ui::Print.get(lang)}
            </button>
        </section>
    }
}
