//! Every figure in the record as one compact table: the number as the source qualifies it, what it
//! measures, as of when, who said it, at which event and from which source. Follows the filters
//! (a figure stays when its event matches).

use leptos::prelude::*;

use crate::data::FIGURES;
use crate::format;
use crate::i18n::Ui;
use crate::state::{Selection, use_app_state};

/// The figures table.
#[component]
pub fn FiguresView() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    // A button that selects a record, labelled with its name.
    let link = move |s: Selection| {
        view! {
            <button class="detail-link" on:click=move |_| state.choose(s)>
                {s.name(lang)}
            </button>
        }
    };
    let rows = FIGURES
        .iter()
        .map(|f| {
            let shown = move || state.filters.with(|x| state.matched.with(|m| x.shows_figure(f, m)));
            view! {
                <tr hidden=move || !shown() data-figure=f.id>
                    <td class="figure-value">{format::figure(f.value, f.max, f.qualifier, f.unit, lang)}</td>
                    <td>{f.measure.get(lang)}</td>
                    <td>{format::when(&f.as_of, None, lang)}</td>
                    <td>{f.said_by.map(|p| link(Selection::Person(p)))}</td>
                    <td>{f.event.map(|e| link(Selection::Event(e)))}</td>
                    <td class="figure-source">{super::source_list::source_refs(f.sources, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="figures" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{Ui::Figures.get(lang)}</h2>
            <p class="figures-about">{Ui::FiguresAbout.get(lang)}</p>
            <div class="figures-scroll">
                <table class="figures-table">
                    <thead>
                        <tr>
                            <th scope="col">{Ui::FigureValue.get(lang)}</th>
                            <th scope="col">{Ui::FigureMeasure.get(lang)}</th>
                            <th scope="col">{Ui::FigureAsOf.get(lang)}</th>
                            <th scope="col">{Ui::FigureSaidBy.get(lang)}</th>
                            <th scope="col">{Ui::Event.get(lang)}</th>
                            <th scope="col">{Ui::Sources.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
