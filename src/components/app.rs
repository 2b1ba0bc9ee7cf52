//! The root component: the one-screen shell (`crate::layout`) — the top bar, the map with the
//! timeline docked under it, the details beside them or in a bottom sheet, and the other views
//! (list, figures, sources and data), each built only when opened.

use leptos::prelude::*;

use super::detail_card::DetailCard;
use super::figures_view::FiguresView;
use super::header::AppHeader;
use super::map::MapView;
use super::pages::{ListPage, SourcesPage};
use super::print_report::PrintReport;
use super::timeline::Timeline;
use crate::format::fixed;
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::layout::Orientation;
use crate::state::{AppState, provide_app_state, use_app_state};
use crate::url::{Mode, Page};

/// The language to start in: the URL's `lang=` (`from_url`), else the browser's first language that
/// is one of the three, else English.
fn initial_lang(from_url: Option<Lang>) -> Lang {
    let from_browser = || {
        let nav = gloo_utils::window().navigator();
        let langs = nav.languages();
        let mut tags: Vec<String> = (0..langs.length()).filter_map(|i| langs.get(i).as_string()).collect();
        tags.extend(nav.language());
        tags.iter().find_map(|t| Lang::from_tag(t))
    };
    from_url.or_else(from_browser).unwrap_or_default()
}

/// Keeps `state.viewport` at the window's inner size, and the timeline's width estimate in step
/// until the timeline measures itself (so a selection in the URL frames for the real width).
fn use_viewport(state: AppState) {
    let read = move || {
        let w = gloo_utils::window();
        let size = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| v.ok().and_then(|v| v.as_f64());
        if let (Some(width), Some(height)) = (size(w.inner_width()), size(w.inner_height())) {
            state.viewport.set((width, height));
        }
    };
    read();
    let s = state.shell.get_untracked();
    let gutter = if s.main >= 640.0 * s.scale { 150.0 * s.scale } else { 0.0 };
    state.timeline_width.set((s.main - gutter - 2.0).max(1.0));
    let handle = window_event_listener(leptos::ev::resize, move |_| read());
    on_cleanup(move || handle.remove());
}

/// Links past the top bar to the three parts of the explorer; one to a part not on screen (another
/// view is open, the sheet is down) brings it back first.
#[component]
fn SkipLinks() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let skip = move |target: &'static str| {
        move |e: leptos::ev::MouseEvent| {
            e.prevent_default();
            if target == "details" {
                state.sheet.update(|s| *s = s.on_select(true));
            } else {
                state.page.set(Page::Explore);
            }
            request_animation_frame(move || {
                super::focus_first(&format!("#{target}"));
            });
        }
    };
    view! {
        <nav class="skip-links" aria-label=Ui::SkipLinks.get(lang)>
            <a href="#timeline" on:click=skip("timeline")>{Ui::SkipTimeline.get(lang)}</a>
            <a href="#map" on:click=skip("map")>{Ui::SkipMap.get(lang)}</a>
            <a href="#details" on:click=skip("details")>{Ui::SkipDetails.get(lang)}</a>
        </nav>
    }
}

/// The view open besides the explorer, built when opened and dropped when closed.
fn other_page(p: Page) -> Option<AnyView> {
    match p {
        Page::Explore => None,
        Page::List => Some(view! { <ListPage/> }.into_any()),
        Page::Figures => Some(view! { <div class="page"><FiguresView/></div> }.into_any()),
        Page::Sources => Some(view! { <SourcesPage/> }.into_any()),
    }
}

/// The stage at which the whole page is built (`AppState::built`).
const FULLY_BUILT: u8 = 2;

/// The one screen: its grid's sizes come from `crate::layout::shell`, as custom properties.
#[component]
fn Shell() -> impl IntoView {
    let state = use_app_state();
    let sh = state.shell;
    let px = move |f: fn(&crate::layout::Shell) -> f64| move || format!("{}px", fixed(sh.with(f), 1));
    let portrait = move || sh.with(|s| s.orientation == Orientation::Portrait);
    // Starting, the page is built in three tasks, so none blocks input for long (Lighthouse's total
    // blocking time, issue 15): the shell, the header and the details; then the timeline; then the
    // map, each about a third of the work. The shell stays hidden until all are there (the build's
    // start view shows meanwhile), then the start view goes. A language change rebuilds the page in
    // one go.
    let built = state.built;
    fn next(built: RwSignal<u8>) {
        set_timeout(
            move || {
                built.update(|b| *b += 1);
                if built.get_untracked() < FULLY_BUILT {
                    next(built);
                } else {
                    drop_prerender();
                }
            },
            std::time::Duration::ZERO,
        );
    }
    if built.get_untracked() < FULLY_BUILT {
        next(built);
    }
    let at = move |stage: u8| move || built.get() >= stage;
    view! {
        <div
            class="shell"
            data-built=move || (built.get() >= FULLY_BUILT).then_some("")
            data-orientation=move || sh.with(|s| s.orientation.key())
            data-sheet=move || portrait().then(|| state.sheet.get().key())
            data-page=move || state.page.get().key()
            style:--vh=move || format!("{}px", fixed(state.viewport.with(|v| v.1), 1))
            style:--ui-scale=move || fixed(sh.with(|s| s.scale), 3)
            style:--header-h=px(|s| s.header)
            style:--map-h=px(|s| s.map)
            style:--timeline-h=px(|s| s.timeline)
            style:--details-w=px(|s| s.details)
            style:--sheet-flow=px(|s| s.sheet_flow)
        >
            <SkipLinks/>
            <AppHeader/>
            <main class="shell-main">
                <div class="shell-explore" hidden=move || state.page.get() != Page::Explore>
                    <Show when=at(2) fallback=|| view! { <section class="map"></section> }>
                        <MapView/>
                    </Show>
                    <Show when=at(1) fallback=|| view! { <section class="timeline"></section> }>
                        <Timeline/>
                    </Show>
                </div>
                {move || other_page(state.page.get())}
            </main>
            <DetailCard/>
            <PrintReport/>
            <super::kiosk_mode::KioskWarning/>
        </div>
    }
}

/// Removes the prerendered start view (`crate::prerender`, in `index.html`) once the app is built.
/// The app's shell lies over it from the start (both are fixed to the screen); it goes a few frames
/// later, so the browser has recorded its paint (its lede is the page's largest contentful paint,
/// and a paint whose element is gone before the browser records it does not count).
pub fn drop_prerender() {
    let Some(el) = gloo_utils::document().get_element_by_id("prerender") else { return };
    // Out of the accessibility tree and of reach at once: the app's own shell is the page now.
    let _ = el.set_attribute("aria-hidden", "true");
    let _ = el.set_attribute("inert", "");
    leptos::prelude::set_timeout(move || el.remove(), std::time::Duration::from_millis(200));
}

/// Takes the map's geometry from the start view the build wrote into `index.html`, before the app
/// replaces it: the wasm carries none (`map::take_paths`), so the path data ships once. Without a
/// start view (a page that mounts the app by itself, as the wasm tests do) the units have no outline.
pub fn take_geometry() {
    let Ok(list) = gloo_utils::document().query_selector_all("#prerender path[data-shape]") else { return };
    let mut paths = vec![None; crate::map::SHAPES.len()];
    for n in 0..list.length() {
        let Some(el) = list.item(n).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) else {
            continue;
        };
        let i = el.get_attribute("data-shape").and_then(|v| v.parse::<usize>().ok());
        if let Some(slot) = i.and_then(|i| paths.get_mut(i)) {
            *slot = el.get_attribute("d");
        }
    }
    crate::map::take_paths(paths);
}

/// Test-only faults, for the self-healing tests (issue 17; `public/guard.js` heals them):
/// `window.__vnjpFault`, which only a script of the page itself can set (a test's init script — no
/// URL and no embedding host can), makes the app fail 300 ms after it has mounted: `panic` (a Rust
/// panic, which aborts: a trap), `trap` (an abort), `error` (a JS exception thrown from the wasm) or
/// `freeze` (the main thread never returns).
pub fn test_fault() {
    let Some(kind) =
        js_sys::Reflect::get(&gloo_utils::window(), &"__vnjpFault".into()).ok().and_then(|v| v.as_string())
    else {
        return;
    };
    set_timeout(
        move || match kind.as_str() {
            "panic" => panic!("test fault (window.__vnjpFault)"),
            "trap" => std::process::abort(),
            "error" => wasm_bindgen::throw_str("test fault (window.__vnjpFault)"),
            "freeze" => loop {
                std::hint::spin_loop();
            },
            _ => {}
        },
        std::time::Duration::from_millis(300),
    );
}

/// The whole explorer. The view is built again when the language changes (the selection and the
/// window live in the shared state, so they stay).
#[component]
pub fn App() -> impl IntoView {
    let opened = crate::url::parse(&gloo_utils::window().location().search().unwrap_or_default());
    let mode = opened.mode;
    let state = provide_app_state(mode);
    crate::state::provide_single_keys(!opened.keys_off);
    if mode == Mode::Embed {
        super::gesture_hint::provide_gesture_hint();
    }
    state.lang.set(initial_lang(opened.lang));
    use_viewport(state);
    super::url_sync::use_url_sync(state, &opened);
    // The mode styles the page (compact chrome in an embed, large targets on a kiosk).
    let _ = gloo_utils::document_element().set_attribute("data-mode", mode.key());
    match mode {
        Mode::Embed => super::embed_bridge::use_embed_bridge(state, opened.hosts.clone()),
        Mode::Kiosk => super::kiosk_mode::use_kiosk(state, opened.clone()),
        Mode::Browser => {}
    }
    // The page's language and title follow the UI language (screen readers and fonts depend on it).
    Effect::new(move |_| {
        let lang = state.lang.get();
        let _ = gloo_utils::document_element().set_attribute("lang", lang.tag());
        gloo_utils::document().set_title(Ui::AppTitle.get(lang));
    });
    // Built anew when the language changes, as a keyed list of one: the page is built, never diffed.
    // (A plain `move ||` closure here compiled a 66 KB "rebuild" of the whole page's type into the
    // wasm, which could never do better than building again: issue 8's size profile.)
    view! {
        <For each=move || [state.lang.get()] key=|l| *l let(_lang)>
            <Shell/>
        </For>
    }
}
