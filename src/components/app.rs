//! The root component: header with the language switch, the timeline, map and details, then every
//! event as a list by strand (the timeline's list equivalent), and the sources.

use leptos::prelude::*;

use super::copy_link::CopyLink;
use super::detail_card::DetailCard;
use super::embed_dialog::EmbedDialog;
use super::figures_view::FiguresView;
use super::filter_panel::FilterPanel;
use super::map::MapView;
use super::open_data::OpenData;
use super::record_counts::RecordCounts;
use super::search_box::SearchBox;
use super::source_list::SourceList;
use super::strand_section::StrandSection;
use super::timeline::Timeline;
use crate::data::query;
use crate::i18n::{Ui, endonym};
use crate::lang::Lang;
use crate::state::{provide_app_state, use_app_state};
use crate::url::Mode;

/// The language to start in: the URL's `lang=` (`from_url`), else the browser's first language that
/// is one of the three, else English.
fn initial_lang(from_url: Option<Lang>) -> Lang {
    let w = web_sys::window();
    let from_browser = || {
        let nav = w.as_ref()?.navigator();
        let langs = nav.languages();
        let mut tags: Vec<String> = (0..langs.length()).filter_map(|i| langs.get(i).as_string()).collect();
        tags.extend(nav.language());
        tags.iter().find_map(|t| Lang::from_tag(t))
    };
    from_url.or_else(from_browser).unwrap_or_default()
}

/// Three buttons, each labelled in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <nav class="lang-switch" aria-label=Ui::Language.get(lang)>
            {Lang::ALL
                .map(|l| {
                    view! {
                        <button
                            lang=l.tag()
                            aria-pressed=(l == lang).to_string()
                            on:click=move |_| {
                                state.lang.set(l);
                                // The page is built anew in the new language: give focus back to
                                // this button's successor, so a keyboard user is not sent to the top.
                                request_animation_frame(move || {
                                    super::focus_first(&format!(".lang-switch button[lang=\"{}\"]", l.tag()));
                                });
                            }
                        >
                            {endonym(l)}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// The whole explorer. The view is built again when the language changes (the selection and the
/// window live in the shared state, so they stay).
#[component]
pub fn App() -> impl IntoView {
    let opened = crate::url::parse(&web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default());
    let mode = opened.mode;
    let state = provide_app_state(mode);
    state.lang.set(initial_lang(opened.lang));
    super::url_sync::use_url_sync(state, &opened);
    // The mode styles the page (compact chrome in an embed, large targets on a kiosk).
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-mode", mode.key());
    }
    match mode {
        Mode::Embed => super::embed_bridge::use_embed_bridge(state, opened.hosts.clone()),
        Mode::Kiosk => super::kiosk_mode::use_kiosk(state, opened.clone()),
        Mode::Browser => {}
    }
    // The page's language and title follow the UI language (screen readers and fonts depend on it).
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.tag());
            }
            doc.set_title(Ui::AppTitle.get(lang));
        }
    });
    // Built anew when the language changes, as a keyed list of one: the page is built, never diffed.
    // (A plain `move ||` closure here compiled a 66 KB "rebuild" of the whole page's type into the
    // wasm, which could never do better than building again: issue 8's size profile.)
    view! {
        <For each=move || [state.lang.get()] key=|l| *l let(lang)>
            <nav class="skip-links" aria-label=Ui::SkipLinks.get(lang)>
                <a href="#timeline">{Ui::SkipTimeline.get(lang)}</a>
                <a href="#map">{Ui::SkipMap.get(lang)}</a>
                <a href="#details">{Ui::SkipDetails.get(lang)}</a>
            </nav>
            <header class="app-header">
                <LanguageSwitch/>
                {(mode == Mode::Browser).then(|| view! { <CopyLink/> <EmbedDialog/> })}
                <h1>{Ui::AppTitle.get(lang)}</h1>
                <p class="app-lede">{Ui::AppLede.get(lang)}</p>
                <RecordCounts/>
                <SearchBox/>
            </header>
            <main class="app-main">
                <FilterPanel/>
                <div class="app-explore">
                    <div class="app-views">
                        <Timeline/>
                        <MapView/>
                    </div>
                    <DetailCard/>
                </div>
                <section class="all-events" aria-labelledby="all-events-heading">
                    <h2 id="all-events-heading">{Ui::AllEventsByStrand.get(lang)}</h2>
                    <p class="all-events-none" hidden=move || state.kept.with(|k| k.iter().any(|&x| x))>
                        {Ui::NoneMatch.get(lang)}
                    </p>
                    {query::strands().map(|s| view! { <StrandSection strand=s/> }).collect_view()}
                </section>
                <FiguresView/>
            </main>
            <footer class="app-footer">
                {(mode == Mode::Browser).then(|| view! { <OpenData/> })}
                <SourceList/>
            </footer>
        </For>
    }
}
