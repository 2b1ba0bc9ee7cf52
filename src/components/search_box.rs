//! The search landmark: instant results as you type, grouped by kind, reachable with the arrow keys;
//! choosing one selects it everywhere.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::icons::{Icon, icon};
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
    let active = gloo_utils::document().active_element();
    let at = items
        .iter()
        .position(|e| active.as_ref().is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>()))
        .unwrap_or(0);
    let next = (at as i32 + step).clamp(0, items.len() as i32 - 1) as usize;
    if let Some(e) = items.get(next) {
        let _ = e.focus();
    }
}

/// Search over the whole record, in the top bar: results drop down under the field (on a narrow
/// bar the field itself opens from a button).
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let query = state.search;
    let root = NodeRef::<leptos::html::Div>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let hits = Memo::new(move |_| query.with(|q| search(q)));
    // The results show while the reader is searching; choosing one or pressing outside folds them.
    let open = RwSignal::new(query.with_untracked(|q| !q.trim().is_empty()));
    let outside = window_event_listener(ev::pointerdown, move |e| {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if open.get_untracked() && !root.get_untracked().is_some_and(|r| r.contains(target.as_ref())) {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let on_key = move |e: ev::KeyboardEvent| {
        let Some(r) = root.get_untracked() else { return };
        match e.key().as_str() {
            "ArrowDown" => {
                open.set(true);
                move_focus(&r, 1)
            }
            "ArrowUp" => move_focus(&r, -1),
            "Escape" => {
                query.set(String::new());
                open.set(false);
                move_focus(&r, -1000);
            }
            _ => return,
        }
        e.prevent_default();
    };
    let results = move || {
        let hs = hits.get();
        if !open.get() || query.with(|q| q.trim().is_empty()) {
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
                                                    on:click=move |_| {
                                                        open.set(false);
                                                        state.choose(selection(h));
                                                    }
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
    // On a narrow bar the field is folded behind a button.
    let unfolded = RwSignal::new(false);
    view! {
        <div
            class="search"
            role="search"
            aria-label=Ui::Search.get(lang)
            node_ref=root
            data-unfolded=move || unfolded.get().to_string()
            on:keydown=on_key
        >
            <button
                class="search-toggle icon-button"
                aria-label=Ui::Search.get(lang)
                aria-expanded=move || unfolded.get().to_string()
                title=Ui::Search.get(lang)
                on:click=move |_| {
                    unfolded.update(|u| *u = !*u);
                    if unfolded.get_untracked() {
                        request_animation_frame(move || {
                            if let Some(i) = input.get_untracked() {
                                let _ = i.focus();
                            }
                        });
                    }
                }
            >
                {icon(Icon::Search)}
            </button>
            <div class="search-field">
                <label class="visually-hidden" for="search-input">
                    {Ui::Search.get(lang)}
                </label>
                {icon(Icon::Search)}
                <input
                    id="search-input"
                    class="search-input"
                    type="search"
                    node_ref=input
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=Ui::Search.get(lang)
                    title=Ui::SearchHint.get(lang)
                    aria-describedby="search-hint search-status"
                    prop:value=move || query.get()
                    on:input=move |e| {
                        open.set(true);
                        query.set(event_target_value(&e));
                    }
                    on:focus=move |_| open.set(true)
                />
                <p id="search-hint" class="visually-hidden">{Ui::SearchHint.get(lang)}</p>
                <p id="search-status" class="search-status visually-hidden" aria-live="polite">{status}</p>
            </div>
            {results}
        </div>
    }
}
