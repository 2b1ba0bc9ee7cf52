//! "Copy link": puts the address of what is on screen (the URL carries the selection, search,
//! filters, window, map and language; written from the state, not read from the address bar, whose
//! updates are throttled) on the clipboard and says so; where the clipboard is not
//! available (an insecure origin, a refused permission) it shows the address selected in a field,
//! for the reader to copy by hand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::i18n::Ui;
use crate::state::use_app_state;

/// What the last press did.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    None,
    Copied,
    ByHand,
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let outcome = RwSignal::new(Outcome::None);
    let field = NodeRef::<leptos::html::Input>::new();
    let href = RwSignal::new(String::new());
    let copy = move |_| {
        let w = gloo_utils::window();
        // Cleared first, so a second press is announced again.
        outcome.set(Outcome::None);
        let url = super::url_sync::link(state);
        href.set(url.clone());
        let by_hand = move |_: wasm_bindgen::JsValue| {
            outcome.set(Outcome::ByHand);
            request_animation_frame(move || {
                if let Some(input) = field.get_untracked() {
                    let _ = input.focus();
                    input.select();
                }
            });
        };
        // `navigator.clipboard` is undefined outside secure contexts: check before calling.
        let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
        let write = clipboard.and_then(|c| {
            let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            f.call1(&c, &url.into()).ok()?.dyn_into::<js_sys::Object>().ok()
        });
        match write {
            // `then` with two one-shot callbacks: whichever runs frees itself; the other (a few
            // bytes) is left to the page — cheaper in the bundle than a futures executor.
            Some(p) => {
                let ok = Closure::once_into_js(move |_: wasm_bindgen::JsValue| outcome.set(Outcome::Copied));
                let err = Closure::once_into_js(by_hand);
                let then =
                    js_sys::Reflect::get(&p, &"then".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                if let Some(then) = then {
                    let _ = then.call2(&p, &ok, &err);
                }
            }
            None => by_hand(wasm_bindgen::JsValue::UNDEFINED),
        }
    };
    view! {
        <div class="copy-link">
            <button type="button" class="copy-link-button" on:click=copy>
                {Ui::CopyLink.get(lang)}
            </button>
            <p class="copy-link-status" role="status">
                {move || (outcome.get() == Outcome::Copied).then(|| Ui::LinkCopied.get(lang))}
            </p>
            <label class="copy-link-field" hidden=move || outcome.get() != Outcome::ByHand>
                {Ui::LinkToCopy.get(lang)}
                <input type="text" readonly node_ref=field prop:value=move || href.get()/>
            </label>
        </div>
    }
}
