//! The root component: header, the timeline with the selected event's details, then every event as a
//! list by strand (the timeline's list equivalent), and the sources.

use leptos::prelude::*;

use super::detail_card::DetailCard;
use super::map::MapView;
use super::record_counts::RecordCounts;
use super::source_list::SourceList;
use super::strand_section::StrandSection;
use super::timeline::Timeline;
use crate::data::query;
use crate::state::provide_app_state;

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    view! {
        <header class="app-header">
            <h1>"Vietnam–Japan 2025: the cooperation year"</h1>
            <p class="app-lede">
                "Prime Minister Ishiba's official visit to Hanoi, the 4th Training in Japan for National Leaders, "
                "and the first Vietnam–Japan Local Cooperation Forum in Quảng Ninh, with everything around them."
            </p>
            <RecordCounts/>
        </header>
        <main class="app-main">
            <div class="app-explore">
                <div class="app-views">
                    <Timeline/>
                    <MapView/>
                </div>
                <DetailCard/>
            </div>
            <section class="all-events" aria-labelledby="all-events-heading">
                <h2 id="all-events-heading">"All events by strand"</h2>
                {query::strands().map(|s| view! { <StrandSection strand=s/> }).collect_view()}
            </section>
        </main>
        <footer class="app-footer">
            <SourceList/>
        </footer>
    }
}
