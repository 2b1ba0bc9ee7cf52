//! The documents the record is built from.

use leptos::prelude::*;

use crate::data::SOURCES;
use crate::format;
use crate::lang::Lang;

/// Lists every source with its publisher, date and what it is.
#[component]
pub fn SourceList() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ol>
                {SOURCES
                    .iter()
                    .map(|s| {
                        view! {
                            <li id=format!("source-{}", s.id)>
                                <cite>{s.title}</cite>
                                " — "
                                {s.publisher}
                                ", "
                                {format::when(&s.date, None, Lang::En)}
                                {s.machine_translated.then_some(" (machine-translated)")}
                                <br/>
                                <span class="sources-about">{s.about.en}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
