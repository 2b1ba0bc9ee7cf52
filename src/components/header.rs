//! The shell's top bar: the title, search, the filters button, the views, the language switch, and
//! share (a browser) or "Open the full explorer" (an embed). On a narrow bar the views, languages
//! and sharing fold into a menu.

use leptos::prelude::*;

use super::copy_link::CopyLink;
use super::embed_dialog::EmbedDialog;
use super::filter_panel::FilterPanel;
use super::icons::{Icon, icon};
use super::popover::Popover;
use super::search_box::SearchBox;
use crate::i18n::{Ui, endonym};
use crate::lang::Lang;
use crate::state::use_app_state;
use crate::url::{Mode, Page};

/// Three buttons, each showing its language's code and named in its own language.
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
                            title=endonym(l)
                            on:click=move |_| {
                                state.lang.set(l);
                                // The page is built anew in the new language: give focus back to
                                // this button's successor, so a keyboard user is not sent to the top.
                                request_animation_frame(move || {
                                    super::focus_first(&format!(".lang-switch button[lang=\"{}\"]", l.tag()));
                                });
                            }
                        >
                            <span class="lang-code">{l.tag().to_uppercase()}</span>
                            <span class="visually-hidden">" " {endonym(l)}</span>
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// The name and icon of each view.
pub fn page_name(p: Page) -> (Ui, Icon) {
    match p {
        Page::Explore => (Ui::PageExplore, Icon::Map),
        Page::List => (Ui::PageList, Icon::List),
        Page::Figures => (Ui::Figures, Icon::Figures),
        Page::Sources => (Ui::PageSources, Icon::Sources),
    }
}

/// The views of the shell: the explorer and the others, each built when opened.
#[component]
fn PageTabs() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <nav class="page-tabs" aria-label=Ui::Views.get(lang)>
            {Page::ALL
                .map(|p| {
                    let (name, i) = page_name(p);
                    view! {
                        <button
                            class="page-tab"
                            data-page=p.key()
                            title=name.get(lang)
                            aria-current=move || (state.page.get() == p).then_some("page")
                            on:click=move |_| state.page.set(p)
                        >
                            {icon(i)}
                            <span class="button-label">{name.get(lang)}</span>
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// "Open the full explorer": the same view in a new tab, out of the frame (and never as a kiosk).
#[component]
fn OpenFull() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    view! {
        <a
            class="open-full"
            href="./"
            target="_blank"
            rel="noopener"
            on:click=move |e| {
                // The address is written from the state as the link is followed (see `url_sync::link`).
                if let Some(a) = e.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(t).ok()) {
                    a.set_href(&super::url_sync::full_link(state));
                }
            }
        >
            {icon(Icon::External)}
            <span class="button-label">{Ui::OpenFull.get(lang)}</span>
        </a>
    }
}

/// The top bar.
#[component]
pub fn AppHeader() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let mode = state.mode;
    let active = Signal::derive(move || {
        state.filters.with(|f| match f.choices.len() {
            0 => String::new(),
            n => n.to_string(),
        })
    });
    let menu_open = RwSignal::new(false);
    // Choosing a view from the folded menu closes it.
    Effect::new(move |prev: Option<Page>| {
        let p = state.page.get();
        if prev.is_some_and(|q| q != p) {
            menu_open.set(false);
        }
        p
    });
    let share = move || match mode {
        Mode::Browser => Some(
            view! {
                <Popover class="share" label=Ui::Share.get(lang) icon=Icon::Share>
                    <CopyLink/>
                    <EmbedDialog/>
                </Popover>
            }
            .into_any(),
        ),
        Mode::Embed => Some(view! { <OpenFull/> }.into_any()),
        Mode::Kiosk => None,
    };
    view! {
        <header class="app-header">
            <h1 class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-full">{Ui::AppTitle.get(lang)}</span>
                <span class="brand-short" aria-hidden="true">{Ui::AppShortTitle.get(lang)}</span>
            </h1>
            <SearchBox/>
            <Popover class="filters-popover" label=Ui::Filters.get(lang) icon=Icon::Filter badge=active>
                <FilterPanel/>
            </Popover>
            // Inline on a wide bar; a menu on a narrow one (the same elements, laid out by CSS).
            <button
                class="menu-button icon-button"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="header-more"
                aria-label=Ui::Menu.get(lang)
                title=Ui::Menu.get(lang)
                on:click=move |_| menu_open.update(|o| *o = !*o)
            >
                {icon(Icon::Menu)}
            </button>
            <div class="header-more" id="header-more" data-open=move || menu_open.get().to_string()>
                <PageTabs/>
                <LanguageSwitch/>
                {share}
            </div>
        </header>
    }
}
