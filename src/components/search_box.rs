//! The search landmark: instant results as you type, grouped by kind, reachable with the arrow keys;
//! choosing one selects it everywhere.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::{EventId, OrgId, PersonId, PlaceId, ThemeId, UnitId};
use crate::i18n::Ui;
use crate::search::{Hit, Kind, search};
use crate::state::{Selection, use_app_state};

/// Most results shown.
const MAX: usize = 40;

fn selection(h: Hit) -> Selection {
    match h.kind {
        Kind::Event => Selection::Event(EventId(h.index)),
        Kind::Place => Selection::Place(PlaceId(h.index)),
        Kind::Unit => Selection::Unit(UnitId(h.index)),
        Kind::Person => Selection::Person(PersonId(h.index)),
        Kind::Organisation => Selection::Organisation(OrgId(h.index)),
        Kind::Theme => Selection::Theme(ThemeId(h.index)),
    }
}

fn heading(k: Kind) -> Ui {
    match k {
        Kind::Event => Ui::KindEvents,
        Kind::Place => Ui::KindPlaces,
        Kind::Unit => Ui::KindUnits,
        Kind::Person => Ui::KindPeople,
        Kind::Organisation => Ui::KindOrganisations,
        Kind::Theme => Ui::KindThemes,
    }
}

/// Moves focus among the result buttons (and back to the input) by `step`.
fn move_focus(root: &web_sys::Element, step: i32) {
    let Ok(list) = root.query_selector_all("input, .search-result") else { return };
    let items: Vec<web_sys::HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let at = items
        .iter()
        .position(|e| active.as_ref().is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>()))
        .unwrap_or(0);
    let next = (at as i32 + step).clamp(0, items.len() as i32 - 1) as usize;
    if let Some(e) = items.get(next) {
        let _ = e.focus();
    }
}

/// Search over the whole record.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let query = state.search;
    let root = NodeRef::<leptos::html::Div>::new();
    let hits = Memo::new(move |_| query.with(|q| search(q)));
    let on_key = move |e: ev::KeyboardEvent| {
        let Some(r) = root.get_untracked() else { return };
        match e.key().as_str() {
            "ArrowDown" => move_focus(&r, 1),
            "ArrowUp" => move_focus(&r, -1),
            "Escape" => {
                query.set(String::new());
                move_focus(&r, -1000);
            }
            _ => return,
        }
        e.prevent_default();
    };
    let results = move || {
        let hs = hits.get();
        if query.with(|q| q.trim().is_empty()) {
            return None;
        }
        let shown: Vec<Hit> = hs.iter().copied().take(MAX).collect();
        let mut groups: Vec<(Kind, Vec<Hit>)> = Vec::new();
        for h in shown {
            match groups.last_mut() {
                Some((k, v)) if *k == h.kind => v.push(h),
                _ => groups.push((h.kind, vec![h])),
            }
        }
        Some(view! {
            <div class="search-results" id="search-results">
                {groups
                    .into_iter()
                    .map(|(k, v)| {
                        view! {
                            <h3 class="search-group">{heading(k).get(lang)}</h3>
                            <ul>
                                {v
                                    .into_iter()
                                    .map(|h| {
                                        view! {
                                            <li>
                                                <button
                                                    class="search-result"
                                                    on:click=move |_| state.choose(selection(h))
                                                >
                                                    {selection(h).name(lang)}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
            </div>
        })
    };
    let status = move || {
        let n = hits.with(Vec::len);
        match (query.with(|q| q.trim().is_empty()), n) {
            (true, _) => String::new(),
            (false, 0) => Ui::NoResults.get(lang).to_string(),
            (false, n) if lang == crate::lang::Lang::Ja => format!("{n}{}", Ui::Results.get(lang)),
            (false, n) => format!("{n} {}", Ui::Results.get(lang)),
        }
    };
    view! {
        <div class="search" role="search" aria-label=Ui::Search.get(lang) node_ref=root on:keydown=on_key>
            <label class="search-label" for="search-input">
                {Ui::Search.get(lang)}
            </label>
            <input
                id="search-input"
                class="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint search-status"
                prop:value=move || query.get()
                on:input=move |e| query.set(event_target_value(&e))
            />
            <p id="search-hint" class="search-hint">{Ui::SearchHint.get(lang)}</p>
            <p id="search-status" class="search-status" aria-live="polite">{status}</p>
            {results}
        </div>
    }
}
