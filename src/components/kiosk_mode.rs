//! Kiosk mode's behaviour (`crate::kiosk`): watches for touches, runs the clock, walks the attract
//! tour (timeline, map and details follow the selection) and resets to the start view. Marks the
//! page for the tests and the soak bench: `data-kiosk` (`touring`/`waiting`) and `data-tour-cycles`,
//! the data's record counts in `data-records` (for the staff panel, `public/staff.js`, which starts the
//! tour now with a `vnjp-tour` event), and counts the resets in `data-resets` (`public/guard.js` watches it: a new deployment that is
//! waiting is taken up at a reset, not during a visit).

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::kiosk::{Action, Kiosk, Timers, tour, tour_lang};
use crate::map::PaneId;
use crate::map::markers::fit;
use crate::map::view::View;
use crate::state::AppState;
use crate::url::Query;

/// The seconds left before the reset while the warning shows (provided by kiosk mode).
#[derive(Clone, Copy)]
pub struct ResetWarning(pub RwSignal<Option<u32>>);

/// The warning before the reset: a large dialog with the countdown and a button to stay (any touch,
/// the button's included, keeps the session). Nothing outside kiosk mode.
#[component]
pub fn KioskWarning() -> impl IntoView {
    let lang = crate::state::use_app_state().lang.get_untracked();
    let left = use_context::<ResetWarning>().map(|w| w.0);
    move || {
        let n = left?.get()?;
        let stay = NodeRef::<leptos::html::Button>::new();
        stay.on_load(|b| {
            let _ = b.focus();
        });
        Some(view! {
            <div class="kiosk-warning" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-warning-title" aria-describedby="kiosk-warning-text">
                <div class="kiosk-warning-box">
                    <h2 id="kiosk-warning-title">{Ui::StillThere.get(lang)}</h2>
                    <p id="kiosk-warning-text">{crate::i18n::back_to_start_in(n, lang)}</p>
                    <button type="button" class="kiosk-warning-stay" node_ref=stay>{Ui::Stay.get(lang)}</button>
                </div>
            </div>
        })
    }
}

fn now() -> f64 {
    super::timeline::motion::now() / 1000.0
}

fn root() -> Option<web_sys::Element> {
    gloo_utils::document().document_element()
}

fn mark(k: &Kiosk) {
    if let Some(html) = root() {
        let _ = html.set_attribute("data-kiosk", if k.is_touring() { "touring" } else { "waiting" });
        let _ = html.set_attribute("data-tour-cycles", &k.cycles.to_string());
        let _ = html.set_attribute("data-tour-stop", &k.stop().map_or(String::new(), |s| s.to_string()));
    }
}

/// Runs the kiosk for the life of the app. `start` is the URL the kiosk was opened with (its start view).
pub fn use_kiosk(state: AppState, start: Query) {
    let timers = Timers {
        idle: start.idle.unwrap_or(Timers::default().idle),
        reset: start.reset.unwrap_or(Timers::default().reset),
        step: start.step.unwrap_or(Timers::default().step),
        warn: start.warn.unwrap_or(Timers::default().warn),
    };
    let stops = tour();
    let on_screen = RwSignal::new(None);
    provide_context(super::tour_caption::TourStop(on_screen));
    let warning = RwSignal::new(None);
    provide_context(ResetWarning(warning));
    let kiosk = StoredValue::new(Kiosk::new(timers, stops.len(), now()));
    let stops = StoredValue::new(stops);
    let start = StoredValue::new(start);
    let start_lang = start.with_value(|q| q.lang).unwrap_or_default();
    let resets = StoredValue::new(0u64);
    kiosk.with_value(mark);

    let act = move |a: Action| match a {
        Action::Wait => {}
        Action::Stop => on_screen.set(None),
        Action::Reset => {
            on_screen.set(None);
            start.with_value(|q| super::url_sync::apply(state, q));
            state.lang.set(start_lang);
            resets.update_value(|n| *n += 1);
            if let Some(html) = root() {
                let _ = html.set_attribute("data-resets", &resets.get_value().to_string());
            }
        }
        Action::Show(n) => {
            if n == 0 {
                // Each pass of the tour in the next of its languages (`tour_langs=`).
                let pass = kiosk.with_value(|k| k.cycles);
                let lang = start.with_value(|q| tour_lang(&q.tour_langs, start_lang, pass));
                if state.lang.get_untracked() != lang {
                    state.lang.set(lang);
                }
            }
            let e = stops.with_value(|s| s[n]);
            on_screen.set(Some(e));
            state.select(Some(e));
            // Frame the stop's places on the map.
            for (i, p) in [PaneId::Vietnam, PaneId::Japan].into_iter().enumerate() {
                state.map_views[i].set(fit(p, e.get().places).unwrap_or_else(|| View::whole(&p.pane())));
            }
        }
    };

    // The staff panel (public/staff.js) shows the data's size and can start the tour now.
    if let Some(html) = root() {
        let counts =
            crate::components::record_counts::holdings().map(|(n, noun)| crate::i18n::count(n, noun, start_lang));
        let _ = html.set_attribute("data-records", &counts.join(" · "));
    }
    let tour_now = move || {
        if let Some(a) = kiosk.try_update_value(|k| k.tour_now(now())) {
            act(a);
        }
        kiosk.with_value(mark);
    };

    // Anything a visitor does counts as presence.
    let on_input = move || {
        let a = kiosk.try_update_value(|k| k.input(now()));
        if let Some(a) = a {
            act(a);
        }
        if warning.get_untracked().is_some() {
            warning.set(None);
        }
        kiosk.with_value(mark);
    };
    let handles = [
        window_event_listener(leptos::ev::pointerdown, move |_| on_input()),
        window_event_listener(leptos::ev::keydown, move |_| on_input()),
        window_event_listener(leptos::ev::wheel, move |_| on_input()),
        window_event_listener_untyped("vnjp-tour", move |_| tour_now()),
        // No long-press menus on a touch screen.
        window_event_listener(leptos::ev::contextmenu, |e| e.prevent_default()),
    ];
    let tick_ms = ((timers.step.min(timers.idle).min(timers.reset) * 1000.0) / 4.0).clamp(5.0, 250.0);
    let clock = set_interval_with_handle(
        move || {
            let t = now();
            if let Some(a) = kiosk.try_update_value(|k| k.tick(t)) {
                if a != Action::Wait {
                    kiosk.with_value(mark);
                }
                act(a);
            }
            let left = kiosk.with_value(|k| k.countdown(t));
            if warning.get_untracked() != left {
                warning.set(left);
            }
        },
        std::time::Duration::from_millis(tick_ms as u64),
    )
    .ok();
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
        if let Some(c) = clock {
            c.clear();
        }
    });
}
