//! The documents the record is built from.

use leptos::prelude::*;

use crate::data::SOURCES;
use crate::format;
use crate::i18n::Ui;
use crate::state::use_app_state;

/// Lists every source with its publisher, date and what it is.
#[component]
pub fn SourceList() -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{Ui::Sources.get(lang)}</h2>
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
                                {format::when(&s.date, None, lang)}
                                {s.machine_translated.then(|| format!(" ({})", Ui::MachineTranslated.get(lang)))}
                                <br/>
                                <span class="sources-about">{s.about.get(lang)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
