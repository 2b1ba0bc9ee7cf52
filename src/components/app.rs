//! The root component: the page header, one section per strand, and the sources.

use leptos::prelude::*;

use super::record_counts::RecordCounts;
use super::source_list::SourceList;
use super::strand_section::StrandSection;
use crate::data::query;

/// The whole explorer. For now a chronological list of the dataset, grouped by strand.
#[component]
pub fn App() -> impl IntoView {
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
            {query::strands().map(|s| view! { <StrandSection strand=s/> }).collect_view()}
        </main>
        <footer class="app-footer">
            <SourceList/>
        </footer>
    }
}
