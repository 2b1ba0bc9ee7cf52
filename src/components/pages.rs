//! The views besides the explorer, each built only when opened: every event by strand (the
//! timeline's text equivalent), and the sources with the open-data downloads.

use leptos::prelude::*;

use super::open_data::OpenData;
use super::source_list::SourceList;
use super::strand_section::StrandSection;
use crate::data::query;
use crate::i18n::Ui;
use crate::state::use_app_state;
use crate::url::Mode;

/// Every event, by strand, with what it is about; filtered like the timeline.
#[component]
pub fn AllEvents() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <section class="all-events" aria-labelledby="all-events-heading">
            <h2 id="all-events-heading">{Ui::AllEventsByStrand.get(lang)}</h2>
            <p class="all-events-none" hidden=move || state.kept.with(|k| k.iter().any(|&x| x))>
                {Ui::NoneMatch.get(lang)}
            </p>
            {query::strands().map(|s| view! { <StrandSection strand=s/> }).collect_view()}
        </section>
    }
}

/// The list view.
#[component]
pub fn ListPage() -> impl IntoView {
    view! {
        <div class="page">
            <AllEvents/>
        </div>
    }
}

/// The sources, and (in a browser) the downloads and the print report.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let mode = use_app_state().mode;
    view! {
        <div class="page">
            {(mode == Mode::Browser).then(|| view! { <OpenData/> })}
            <SourceList/>
        </div>
    }
}
