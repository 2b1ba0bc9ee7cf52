//! The detail panel: whatever is selected — an event, a place, a unit, a person, an organisation or a
//! theme — with the same depth for each (`crate::related`): events, places, people, organisations,
//! themes, partnerships, figures, quotations and sources. Every name is a link that moves the
//! selection; the timeline and the map follow.

use leptos::prelude::*;

use super::icons::{Icon, icon};
use super::record_counts::RecordCounts;
use crate::data::{FIGURES, PARTNERSHIPS, QUOTES, SourceId, query};
use crate::format;
use crate::i18n::{self, Noun, Ui, count};
use crate::lang::Lang;
use crate::layout::Sheet;
use crate::related::{Related, related};
use crate::state::{AppState, Selection, use_app_state};

/// Selects `s` everywhere, then puts focus on the panel's new heading (so a keyboard user who
/// followed a link inside the panel stays in it).
fn go(state: AppState, s: Selection) {
    state.choose(s);
    request_animation_frame(|| {
        super::focus_first("#detail-title");
    });
}

/// Moves focus to the selection's first marker on the map: "jump to its places" for keyboard and
/// screen-reader users. The map shows the events of the timeline's window and frames the selection
/// after the next paint, so the marker may take a few frames (a window animation) to appear: look
/// for it each frame, for up to 1.5 s.
fn show_on_map() {
    fn attempt(frames_left: u32) {
        if !super::focus_first(".map-marker.is-selected") && frames_left > 0 {
            request_animation_frame(move || attempt(frames_left - 1));
        }
    }
    crate::components::after_next_paint(|| attempt(90));
}

/// A button that selects `s`, labelled with its name.
fn link(state: AppState, s: Selection, lang: Lang) -> impl IntoView {
    view! {
        <button class="detail-link" on:click=move |_| go(state, s)>
            {s.name(lang)}
        </button>
    }
}

/// A titled list in the panel, left out when empty.
fn section(class: &'static str, title: String, items: Vec<AnyView>) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        view! {
            <h4>{title}</h4>
            <ul class=format!("detail-list {class}")>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
        }
    })
}

fn source_line(id: SourceId, lang: Lang) -> impl IntoView {
    let s = id.get();
    view! { <cite lang=crate::components::source_list::title_lang(s)>{s.title}</cite> " — " {super::source_list::source_ref(id, lang)} }
}

/// Details of the selection. A screen reader hears "Selected: <name>" when the selection changes (a
/// short status, not the whole record; the record is there to read, and focus goes to its heading
/// when a link inside the panel chose it).
///
/// Beside the map and the timeline in landscape; in portrait a bottom sheet whose handle raises and
/// lowers it (`crate::layout::Sheet`).
#[component]
pub fn DetailCard() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    // The record is built in the frame after the selection's highlights paint (`next_frame`).
    let shown = super::next_frame(move || state.selected.get());
    let body = move || match shown.get() {
        None => view! { <Intro/> }.into_any(),
        Some(s) => view! { <RecordDetails sel=s/> }.into_any(),
    };
    let sheet = state.sheet;
    let raised = move || sheet.get() != Sheet::Peek;
    view! {
        <aside class="detail" id="details" tabindex="-1" aria-labelledby="detail-heading">
            <div class="detail-head">
                <h2 id="detail-heading" class="panel-title">
                    {Ui::Details.get(lang)}
                </h2>
                <span class="detail-peek" aria-hidden="true">
                    {move || state.selected.get().map_or(Ui::AboutRecord.get(lang), |s| s.name(lang))}
                </span>
                <button
                    class="sheet-handle icon-button"
                    aria-expanded=move || raised().to_string()
                    aria-controls="detail-body"
                    aria-label=move || if sheet.get() == Sheet::Full { Ui::LowerDetails.get(lang) } else { Ui::RaiseDetails.get(lang) }
                    on:click=move |_| sheet.update(|s| *s = s.toggled())
                >
                    {icon(Icon::Chevron)}
                </button>
            </div>
            <p class="visually-hidden" role="status">
                {move || {
                    state.selected.get().map(|s| format!("{}{}{}", Ui::Selected.get(lang), i18n::colon(lang), s.name(lang)))
                }}
            </p>
            <div class="detail-body" id="detail-body">{body}</div>
        </aside>
    }
}

/// What the panel says before anything is selected: what the record is, what it holds, how to
/// start.
#[component]
fn Intro() -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    view! {
        <div class="detail-intro">
            <h3>{Ui::AboutRecord.get(lang)}</h3>
            <p class="app-lede">{Ui::AppLede.get(lang)}</p>
            <RecordCounts/>
            <p class="detail-empty">{Ui::SelectPrompt.get(lang)}</p>
        </div>
    }
}

/// One record and everything connected to it.
#[component]
fn RecordDetails(sel: Selection) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let r: Related = related(sel);

    // What is said under the name: dates and summary for an event, where a place is, a title.
    let intro = match sel {
        Selection::Event(id) => {
            let e = id.get();
            let children = query::children(id);
            view! {
                <p class="detail-when">
                    <time datetime=e.when.start.iso()>{format::when(&e.when, e.daypart, lang)}</time>
                    {i18n::status(e.status).map(|s| format!(" · {}", s.get(lang)))}
                    " · "
                    <span class="detail-strand" data-strand=e.strand.get().id>
                        <span class="strand-swatch" aria-hidden="true"></span>
                        {e.strand.get().name.get(lang)}
                    </span>
                </p>
                <p>{e.summary.get(lang)}</p>
                <dl class="detail-facts">
                    {e.parent.map(|p| view! { <dt>{Ui::PartOf.get(lang)}</dt><dd>{link(state, Selection::Event(p), lang)}</dd> })}
                    {(!children.is_empty())
                        .then(|| {
                            view! {
                                <dt>{Ui::Includes.get(lang)}</dt>
                                <dd>
                                    <ul>
                                        {children
                                            .iter()
                                            .map(|&c| view! { <li>{link(state, Selection::Event(c), lang)}</li> })
                                            .collect_view()}
                                    </ul>
                                </dd>
                            }
                        })}
                </dl>
            }
            .into_any()
        }
        Selection::Place(p) => {
            let p = p.get();
            view! {
                <p class="detail-when">
                    {link(state, Selection::Unit(p.unit), lang)}
                    {format!(" · {}", i18n::country(p.country, lang))}
                </p>
            }
            .into_any()
        }
        Selection::Unit(u) => view! { <p class="detail-when">{i18n::country(u.get().country, lang)}</p> }.into_any(),
        Selection::Person(p) => {
            let p = p.get();
            view! { <p class="detail-when">{format!("{} · {}", p.title.get(lang), i18n::country(p.country, lang))}</p> }
                .into_any()
        }
        Selection::Organisation(o) => {
            let o = o.get();
            let line = [o.short.map(str::to_string), o.country.map(|c| i18n::country(c, lang).to_string())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            view! { <p class="detail-when">{line}</p> }.into_any()
        }
        Selection::Theme(_) => ().into_any(),
    };

    let events: Vec<AnyView> = r
        .events
        .iter()
        .map(|&e| {
            view! { {link(state, Selection::Event(e), lang)} " · " {format::when(&e.get().when, e.get().daypart, lang)} }
                .into_any()
        })
        .collect();
    let places = r.places.iter().map(|&p| link(state, Selection::Place(p), lang).into_any()).collect();
    let people = r
        .people
        .iter()
        .map(|&(p, role)| {
            let extra = match role {
                Some(role) => i18n::paren(
                    &format!("{}{}{}", p.get().title.get(lang), i18n::list_sep(lang), i18n::role(role, lang)),
                    lang,
                ),
                None => i18n::paren(p.get().title.get(lang), lang),
            };
            view! { {link(state, Selection::Person(p), lang)} {extra} }.into_any()
        })
        .collect();
    let orgs = r.orgs.iter().map(|&o| link(state, Selection::Organisation(o), lang).into_any()).collect();
    let themes = r.themes.iter().map(|&t| link(state, Selection::Theme(t), lang).into_any()).collect();
    let partnerships = r
        .partnerships
        .iter()
        .map(|&i| {
            let x = &PARTNERSHIPS[i];
            let side = move |p: Option<crate::data::PlaceId>| match p {
                Some(p) => link(state, Selection::Place(p), lang).into_any(),
                None => x.counterpart.map(|c| c.get(lang)).unwrap_or_default().into_any(),
            };
            view! {
                {side(x.a)}
                " – "
                {side(x.b)}
                {format!(
                    "{}{}{}",
                    i18n::paren(i18n::partnership_kind(x.kind, lang), lang),
                    i18n::colon(lang),
                    x.summary.get(lang)
                )}
            }
            .into_any()
        })
        .collect();
    let figures = r
        .figures
        .iter()
        .map(|&i| {
            let f = &FIGURES[i];
            let value = format::figure(f.value, f.max, f.qualifier, f.unit, lang);
            view! {
                <strong class="figure-value">{value}</strong>
                {format!(" — {}{}", f.measure.get(lang), i18n::paren(&format::when(&f.as_of, None, lang), lang))}
                {f.said_by.map(|p| view! { " · " {link(state, Selection::Person(p), lang)} })}
            }
            .into_any()
        })
        .collect();
    let quotes = r
        .quotes
        .iter()
        .map(|&i| {
            let q = &QUOTES[i];
            let text = q.words(lang);
            let (translated, own_words) = (q.is_translated(lang), q.original == Some(lang));
            let speaker = q
                .speaker
                .map(|p| p.get().name.get(lang).to_string())
                .or_else(|| q.speaker_note.map(|n| n.get(lang).to_string()))
                .unwrap_or_default();
            let who = i18n::quoted_by(&speaker, q.cites.map(|p| p.get().name.get(lang)), lang);
            let note = if translated {
                Some(Ui::OurTranslation)
            } else if own_words {
                Some(Ui::OwnWords)
            } else {
                None
            };
            view! {
                <figure class="detail-quote">
                    <blockquote>
                        // Japanese quotes in 「」 (and a quotation inside one in 『』, as the seeds write it).
                        <p>{if lang == Lang::Ja { format!("「{text}」") } else { format!("“{text}”") }}</p>
                        {(lang != Lang::En).then(|| view! { <p class="detail-quote-original" lang="en">{format!("“{}”", q.text)}</p> })}
                    </blockquote>
                    <figcaption>
                        {format!("— {who}")}
                        {note.map(|n| i18n::paren(n.get(lang), lang))}
                    </figcaption>
                </figure>
            }
            .into_any()
        })
        .collect();
    let sources = r.sources.iter().map(|&s| source_line(s, lang).into_any()).collect();
    let n_events = r.events.len();
    view! {
        <article class="detail-record" data-record=sel.id()>
            <h3 id="detail-title" tabindex="-1">{sel.name(lang)}</h3>
            {intro}
            {(!sel.places().is_empty())
                .then(|| {
                    view! {
                        <p class="detail-actions">
                            <button class="detail-show-on-map" on:click=move |_| show_on_map()>
                                {Ui::ShowOnMap.get(lang)}
                            </button>
                        </p>
                    }
                })}
            {section("detail-events", count(n_events, Noun::Event, lang), events)}
            {section("detail-places", Ui::Places.get(lang).to_string(), places)}
            {section("detail-people", Ui::People.get(lang).to_string(), people)}
            {section("detail-orgs", Ui::Organisations.get(lang).to_string(), orgs)}
            {section("detail-themes", Ui::Themes.get(lang).to_string(), themes)}
            {section("detail-partnerships", Ui::Partnerships.get(lang).to_string(), partnerships)}
            {section("detail-figures", Ui::Figures.get(lang).to_string(), figures)}
            {section("detail-quotes", Ui::Quotations.get(lang).to_string(), quotes)}
            {section("detail-sources", Ui::Sources.get(lang).to_string(), sources)}
            <button class="detail-clear" on:click=move |_| state.select(None)>
                {Ui::ClearSelection.get(lang)}
            </button>
        </article>
    }
}
