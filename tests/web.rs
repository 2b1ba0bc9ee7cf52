//! Component tests in headless Chromium (`wasm-bindgen-test`). Run by `.ci/test` with
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use vnjp_explorer::App;
use vnjp_explorer::components::detail_card::DetailCard;
use vnjp_explorer::components::timeline::Timeline;
use vnjp_explorer::data::{EVENTS, STRANDS, query};
use vnjp_explorer::state::{AppState, provide_app_state};
use vnjp_explorer::timeline::scale::Window;
use vnjp_explorer::timeline::time::span;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().expect("a window").document().expect("a document")
}

/// A fresh element of the test's own (tests share one page).
fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").expect("a div").unchecked_into();
    host.set_attribute("style", "width: 1200px").unwrap();
    document().body().expect("a body").append_child(&host).expect("appended");
    host
}

/// Mounts the whole app into a fresh element and returns that element.
fn mount_app() -> web_sys::HtmlElement {
    let host = host();
    std::mem::forget(leptos::mount::mount_to(host.clone(), App));
    host
}

/// Mounts `view` into a fresh element with a state the test holds, as another view would.
fn mount_with<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (web_sys::HtmlElement, AppState) {
    let host = host();
    let (tx, rx) = std::sync::mpsc::channel();
    std::mem::forget(leptos::mount::mount_to(host.clone(), move || {
        tx.send(provide_app_state(vnjp_explorer::url::Mode::Browser)).unwrap();
        view()
    }));
    (host, rx.recv().unwrap())
}

/// The timeline and the detail card.
fn mount_timeline() -> (web_sys::HtmlElement, AppState) {
    mount_with(|| view! { <Timeline/><DetailCard/> })
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

/// Waits `ms` milliseconds (animations run on requestAnimationFrame).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Waits, a frame at a time, up to `ms` milliseconds for `done` to hold; whether it did.
async fn until(ms: i32, mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..ms / 16 + 1 {
        if done() {
            return true;
        }
        sleep(16).await;
    }
    done()
}

fn key(target: &web_sys::HtmlElement, k: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn active_event() -> Option<String> {
    document().active_element().and_then(|e| e.get_attribute("data-event"))
}

#[wasm_bindgen_test]
fn the_list_renders_every_strand_and_event() {
    // The list is a view of its own, opened from the URL as a shared link would (`v=list`).
    let history = web_sys::window().unwrap().history().unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?v=list")).unwrap();
    let root = mount_app();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?")).unwrap();
    let headings = texts(&root, "section.strand > h3");
    assert_eq!(headings.len(), STRANDS.len(), "one section per strand");
    for (strand, heading) in query::strands().zip(&headings) {
        let n = query::count_in_strand(strand);
        assert!(heading.starts_with(strand.get().name.en), "{heading:?}");
        assert!(heading.contains(&format!("({n} event")), "{heading:?} shows its count {n}");
    }
    assert_eq!(texts(&root, "li.event").len(), EVENTS.len(), "every event, nested ones included, is listed");
    let titles = texts(&root, "li.event > article > :is(h4, h5, h6)");
    for e in EVENTS.iter() {
        assert!(titles.iter().any(|t| t == e.title.en), "{} is listed", e.title.en);
    }
}

#[wasm_bindgen_test]
async fn the_timeline_is_a_labelled_region_of_named_events_in_time_order() {
    let root = mount_app();
    sleep(50).await; // the first frame is drawn once the canvas has been measured
    let region = one(&root, "section.timeline");
    let label_id = region.get_attribute("aria-labelledby").unwrap();
    assert_eq!(document().get_element_by_id(&label_id).unwrap().text_content().as_deref(), Some("Timeline"));
    let forum = one(&root, ".timeline-event[data-event='forum-2025']");
    assert_eq!(
        forum.get_attribute("aria-label").as_deref(),
        // The visible short title first (WCAG 2.5.3, `format::event_name`), then the title and date.
        Some("Local Cooperation Forum: Vietnam–Japan Local Cooperation Forum, 25 November 2025")
    );
    // The events list is in chronological order, and exactly one event is in the tab order.
    let ids: Vec<String> = (0..root.query_selector_all(".timeline-event").unwrap().length())
        .filter_map(|i| root.query_selector_all(".timeline-event").unwrap().item(i))
        .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute("data-event"))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| {
        query::chronological(query::event_by_id(a).unwrap().get(), query::event_by_id(b).unwrap().get())
    });
    assert_eq!(ids, sorted);
    assert_eq!(root.query_selector_all(".timeline-event[tabindex='0']").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_events_in_time_order_and_escape_clears() {
    let (root, state) = mount_timeline();
    sleep(50).await;
    let first = one(&root, ".timeline-event[tabindex='0']");
    first.focus().unwrap();
    let start = active_event().unwrap();
    key(&first, "ArrowRight");
    sleep(20).await;
    let next = active_event().unwrap();
    assert_ne!(start, next, "ArrowRight moves focus");
    let order: Vec<String> = (0..root.query_selector_all(".timeline-event").unwrap().length())
        .filter_map(|i| root.query_selector_all(".timeline-event").unwrap().item(i))
        .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute("data-event"))
        .collect();
    let i = order.iter().position(|x| *x == start).unwrap();
    assert_eq!(order[i + 1], next, "to the next event in time");
    key(&one(&root, &format!("[data-event='{next}']")), "ArrowLeft");
    sleep(20).await;
    assert_eq!(active_event().unwrap(), start);
    key(&one(&root, &format!("[data-event='{start}']")), "End");
    sleep(20).await;
    assert_eq!(active_event().as_ref(), order.last());
    // Enter on a focused button clicks it: select, then Escape clears.
    one(&root, &format!("[data-event='{}']", order.last().unwrap())).click();
    assert!(state.selected_event_untracked().is_some());
    key(&one(&root, &format!("[data-event='{}']", order.last().unwrap())), "Escape");
    assert_eq!(state.selected_event_untracked(), None);
}

#[wasm_bindgen_test]
async fn zoom_buttons_and_keys_change_the_visible_window() {
    let (root, state) = mount_timeline();
    let before = state.window.get_untracked();
    one(&root, "button.timeline-zoom-in").click();
    sleep(600).await;
    let after = state.window.get_untracked();
    assert!((after.span() - before.span() / 2.0).abs() < 1e-6, "zoom in halves the span: {before:?} → {after:?}");
    one(&root, "button.timeline-zoom-out").click();
    sleep(600).await;
    assert!((state.window.get_untracked().span() - before.span()).abs() < 1e-6);
    one(&root, "button.timeline-fit").click();
    sleep(600).await;
    assert_eq!(state.window.get_untracked(), Window::full());
    key(&one(&root, ".timeline-event[tabindex='0']"), "+");
    sleep(600).await;
    assert!((state.window.get_untracked().span() - Window::full().span() / 2.0).abs() < 1e-6, "+ zooms in");
}

#[wasm_bindgen_test]
async fn clicking_an_event_selects_it_and_the_card_shows_it() {
    let (root, state) = mount_timeline();
    sleep(50).await;
    let training = one(&root, ".timeline-event[data-event='training-2025']");
    training.click();
    assert_eq!(state.selected_event_untracked().map(|e| e.get().id), Some("training-2025"));
    sleep(20).await;
    assert_eq!(training.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        one(&root, ".detail-record h3").text_content().as_deref(),
        Some("4th Training in Japan for National Leaders")
    );
}

#[wasm_bindgen_test]
async fn a_selection_made_elsewhere_brings_the_event_into_view() {
    let (root, state) = mount_timeline();
    sleep(50).await;
    let plenary = query::event_by_id("forum-plenary").unwrap();
    assert!(root.query_selector("[data-event='forum-plenary']").unwrap().is_none(), "not drawn in the year view");
    state.select(Some(plenary));
    sleep(700).await;
    let w = state.window.get_untracked();
    let (s, t) = span(plenary.get());
    assert!(w.start <= s && t <= w.end && w.span() < 2.0, "the window frames the plenary: {w:?}");
    let mark = one(&root, ".timeline-event[data-event='forum-plenary']");
    assert_eq!(mark.get_attribute("aria-pressed").as_deref(), Some("true"));
}

/// The map and the detail card.
fn mount_map() -> (web_sys::HtmlElement, AppState) {
    use vnjp_explorer::components::map::MapView;
    mount_with(|| view! { <MapView/><DetailCard/> })
}

#[wasm_bindgen_test]
async fn the_map_is_a_labelled_region_with_named_markers_and_units() {
    let (root, _) = mount_map();
    sleep(50).await;
    let region = one(&root, "section.map");
    let label_id = region.get_attribute("aria-labelledby").unwrap();
    assert_eq!(document().get_element_by_id(&label_id).unwrap().text_content().as_deref(), Some("Map"));
    let marker = one(&root, ".map-marker[data-place='hanoi']");
    let name = marker.get_attribute("aria-label").unwrap();
    assert!(name.starts_with("Hanoi") && name.contains(" event"), "{name}");
    assert_eq!(marker.get_attribute("tabindex").as_deref(), Some("0"));
    // Involved units are reachable by keyboard, with their name and count; uninvolved ones are not.
    let gunma = one(&root, ".map-unit[data-unit='JP:10']");
    assert_eq!(gunma.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(gunma.get_attribute("aria-label").unwrap().starts_with("Gunma: "));
    let aomori = one(&root, ".map-unit[data-unit='JP:02']");
    assert_eq!(aomori.get_attribute("tabindex"), None);
}

#[wasm_bindgen_test]
async fn clicking_a_marker_selects_its_place_and_the_card_shows_what_happened_there() {
    let (root, state) = mount_map();
    sleep(50).await;
    let hanoi = root.query_selector(".map-marker[data-place='hanoi']").unwrap().unwrap();
    hanoi.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    let hanoi_id = vnjp_explorer::data::PLACES.iter().position(|p| p.id == "hanoi").unwrap() as u16;
    assert_eq!(
        state.selected.get_untracked(),
        Some(vnjp_explorer::state::Selection::Place(vnjp_explorer::data::PlaceId(hanoi_id)))
    );
    sleep(30).await;
    assert_eq!(one(&root, ".detail-record h3").text_content().as_deref(), Some("Hanoi"));
    assert!(root.query_selector_all(".detail-events li").unwrap().length() >= 3);
}

#[wasm_bindgen_test]
async fn selecting_an_event_highlights_its_places_and_frames_them() {
    let (root, state) = mount_map();
    sleep(50).await;
    let whole = one(&root, "[data-pane='Japan'] svg").get_attribute("viewBox").unwrap();
    state.select(Some(query::event_by_id("training-2025").unwrap()));
    // The map frames the selection in the frame after its highlight paints.
    let view_box = || one(&root, "[data-pane='Japan'] svg").get_attribute("viewBox").unwrap();
    assert!(until(2000, || view_box() != whole).await, "the Japan pane frames Tokyo, Toyama and Kanazawa");
    for place in ["tokyo", "toyama-city", "kanazawa"] {
        let m = root
            .query_selector(&format!(".map-marker[data-place='{place}'], .map-marker.is-selected"))
            .unwrap()
            .expect("a marker");
        assert!(m.class_list().contains("is-selected") || m.get_attribute("data-place").as_deref() == Some(place));
    }
    assert!(root.query_selector_all(".map-marker.is-selected").unwrap().length() >= 1);
}

#[wasm_bindgen_test]
async fn keyboard_pans_and_zooms_a_pane() {
    let (root, _) = mount_map();
    sleep(50).await;
    let svg = one(&root, "[data-pane='Vietnam'] svg");
    let vb = |s: &web_sys::HtmlElement| s.get_attribute("viewBox").unwrap();
    let whole = vb(&svg);
    key(&svg, "+");
    sleep(20).await;
    let zoomed = vb(&svg);
    assert_ne!(zoomed, whole);
    let w = |v: &str| v.split(' ').nth(2).unwrap().parse::<f64>().unwrap();
    assert!((w(&whole) / w(&zoomed) - 2.0).abs() < 0.01, "+ doubles the zoom: {whole} → {zoomed}");
    key(&svg, "ArrowRight");
    sleep(20).await;
    let panned = vb(&svg);
    let x = |v: &str| v.split(' ').next().unwrap().parse::<f64>().unwrap();
    assert!(x(&panned) > x(&zoomed), "→ pans east: {zoomed} → {panned}");
    key(&svg, "0");
    sleep(20).await;
    assert_eq!(vb(&svg), whole, "0 resets");
}

#[wasm_bindgen_test]
async fn clicking_a_single_event_marker_selects_its_event() {
    let (root, state) = mount_map();
    sleep(50).await;
    // Find a marker standing for exactly one event.
    let list = root.query_selector_all(".map-marker").unwrap();
    let single = (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<web_sys::Element>())
        .find(|m| m.get_attribute("aria-label").is_some_and(|a| a.ends_with(": 1 event")))
        .expect("a marker with one event");
    single.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    let event = state.selected_event_untracked().expect("an event is selected");
    let place = single.get_attribute("data-place").unwrap();
    assert!(event.get().places.iter().any(|p| p.get().id == place), "{} happens at {place}", event.get().id);
}
