//! Filters by strand, theme, country, locality and person: a checkbox per option with how many events
//! would match with it, a live count of what matches, and a visible "clear all". The timeline, map,
//! list and figures follow, since they all read the same filters.

use leptos::prelude::*;

use crate::filter::{Choice, Facet, options};
use crate::i18n::{self, Ui};
use crate::state::use_app_state;

/// An option's name in `lang`.
pub fn option_name(c: Choice, lang: crate::lang::Lang) -> &'static str {
    match c {
        Choice::Strand(s) => s.get().name.get(lang),
        Choice::Theme(t) => t.get().name.get(lang),
        Choice::Country(c) => i18n::country(c, lang),
        Choice::Locality(u) => u.get().name.get(lang),
        Choice::Person(p) => p.get().name.get(lang),
    }
}

fn facet_name(f: Facet) -> Ui {
    match f {
        Facet::Strand => Ui::FacetStrand,
        Facet::Theme => Ui::KindThemes,
        Facet::Country => Ui::FacetCountry,
        Facet::Locality => Ui::KindUnits,
        Facet::Person => Ui::KindPeople,
    }
}

/// One facet as a group of checkboxes in a disclosure.
#[component]
fn FacetGroup(
    /// The facet.
    facet: Facet,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let chosen = move || state.filters.with(|f| f.in_facet(facet).count());
    let summary = move || match chosen() {
        0 => facet_name(facet).get(lang).to_string(),
        n => format!("{}{}", facet_name(facet).get(lang), crate::i18n::paren(&n.to_string(), lang)),
    };
    let open = state.filters.with_untracked(|f| f.in_facet(facet).next().is_some());
    view! {
        <details class="facet" open=open>
            <summary>{summary}</summary>
            <fieldset>
                <legend class="visually-hidden">{facet_name(facet).get(lang)}</legend>
                {options(facet)
                    .into_iter()
                    .map(|(c, id)| {
                        let n = Memo::new(move |_| state.filters.with(|f| f.count_with(c)));
                        view! {
                            <label
                                class="facet-option"
                                class:is-empty=move || n.get() == 0
                                data-strand=match c {
                                    Choice::Strand(s) => Some(s.get().id),
                                    _ => None,
                                }
                            >
                                <input
                                    type="checkbox"
                                    value=id
                                    prop:checked=move || state.filters.with(|f| f.has(c))
                                    on:change=move |_| state.filters.update(|f| f.toggle(c))
                                />
                                <span>{option_name(c, lang)}</span>
                                <span class="facet-count">{n}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </details>
    }
}

/// The filters region.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let status = move || i18n::matching(state.matched.with(|m| m.iter().filter(|&&x| x).count()), lang);
    let active = move || state.filters.with(|f| !f.is_empty());
    view! {
        <section class="filters" aria-labelledby="filters-heading">
            <div class="filters-head">
                <h2 id="filters-heading">{Ui::Filters.get(lang)}</h2>
                <p class="filters-status" aria-live="polite">{status}</p>
                <button
                    class="filters-clear"
                    prop:disabled=move || !active()
                    on:click=move |_| state.filters.update(|f| f.choices.clear())
                >
                    {Ui::ClearAll.get(lang)}
                </button>
            </div>
            <ul class="filters-chosen" aria-label=Ui::ChosenFilters.get(lang)>
                {move || {
                    state
                        .filters
                        .get()
                        .choices
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <button
                                        class="filter-chip"
                                        aria-label=format!("{}: {}", Ui::Remove.get(lang), option_name(c, lang))
                                        on:click=move |_| state.filters.update(|f| f.toggle(c))
                                    >
                                        {option_name(c, lang)}
                                        <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="facets">{Facet::ALL.map(|f| view! { <FacetGroup facet=f/> }).collect_view()}</div>
        </section>
    }
}
