//! Component tests in headless Chromium (`wasm-bindgen-test`): the app mounts and renders every strand
//! and every event. Run by `.ci/test` with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use vnjp_explorer::App;
use vnjp_explorer::data::{EVENTS, STRANDS, query};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element of its own (tests share one page) and returns that element.
fn mount() -> web_sys::HtmlElement {
    let document = web_sys::window().expect("a window").document().expect("a document");
    let host: web_sys::HtmlElement = document.create_element("div").expect("a div").unchecked_into();
    document.body().expect("a body").append_child(&host).expect("appended");
    std::mem::forget(leptos::mount::mount_to(host.clone(), App));
    host
}

/// Texts of every element matching `selector` inside `root`.
fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
fn app_renders_every_strand_and_event() {
    let root = mount();

    let headings = texts(&root, "section.strand > h2");
    assert_eq!(headings.len(), STRANDS.len(), "one section per strand");
    for (strand, heading) in query::strands().zip(&headings) {
        let s = strand.get();
        let n = query::count_in_strand(strand);
        assert!(heading.starts_with(s.name.en), "{heading:?} names {}", s.name.en);
        assert!(heading.contains(&format!("({n} event")), "{heading:?} shows its count {n}");
    }

    assert_eq!(texts(&root, "li.event").len(), EVENTS.len(), "every event, nested ones included, is listed");
    let titles = texts(&root, "li.event > article > :is(h3, h4, h5)");
    for e in EVENTS.iter() {
        assert!(titles.iter().any(|t| t == e.title.en), "{} is shown", e.title.en);
    }
    // Top-level events use h3, so a screen reader's heading list reads the story strand by strand.
    let top: usize = query::strands().map(|s| query::top_level(s).len()).sum();
    assert_eq!(texts(&root, "section.strand > ol > li.event > article > h3").len(), top);
}

#[wasm_bindgen_test]
fn dates_are_machine_readable_and_precise() {
    let root = mount();
    let forum =
        root.query_selector("li[data-event='forum-2025'] time").expect("valid selector").expect("the forum has a date");
    assert_eq!(forum.get_attribute("datetime").as_deref(), Some("2025-11-25"));
    assert_eq!(forum.text_content().as_deref(), Some("25 November 2025"));
    let planned = texts(&root, "li[data-status='planned'] > article .event-planned");
    assert!(!planned.is_empty() && planned.iter().all(|t| t == "planned"), "planned items are marked");
}
