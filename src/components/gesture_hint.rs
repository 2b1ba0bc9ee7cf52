//! The embed's cooperative-gesture hint: the first plain wheel over the map or the timeline, which an
//! embed leaves to the host page (`embed::leaves_wheel_to_page`), says once, for about 2 s, how to
//! zoom instead ("Use Ctrl + scroll to zoom", ⌘ on macOS), as map libraries do in frames.

use leptos::prelude::*;

/// Which panel the wheel was over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Map,
    Timeline,
}

/// The hint's state, shared by the map and the timeline: shown over one panel, at most once.
#[derive(Clone, Copy)]
pub struct GestureHint {
    shown: RwSignal<Option<Panel>>,
    used: StoredValue<bool>,
}

impl GestureHint {
    /// A plain wheel over `panel` scrolled the host page: shows the hint, the first time only.
    pub fn offer(self, panel: Panel) {
        if self.used.get_value() {
            return;
        }
        self.used.set_value(true);
        self.shown.set(Some(panel));
        let shown = self.shown;
        set_timeout(
            move || {
                shown.try_set(None);
            },
            std::time::Duration::from_millis(2000),
        );
    }
}

/// Makes the hint available to the map and the timeline (embed mode only: elsewhere the wheel zooms).
pub fn provide_gesture_hint() {
    provide_context(GestureHint { shown: RwSignal::new(None), used: StoredValue::new(false) });
}

/// The hint, where the app provides it (in an embed).
pub fn use_gesture_hint() -> Option<GestureHint> {
    use_context::<GestureHint>()
}

/// Whether the browser runs on macOS (its zoom modifier is ⌘).
fn on_mac() -> bool {
    let n = gloo_utils::window().navigator();
    crate::embed::is_mac(&n.platform().unwrap_or_default(), &n.user_agent().unwrap_or_default())
}

/// The hint over `panel`: a polite live region, empty until the hint shows there.
#[component]
pub fn GestureHintOverlay(
    /// The panel it covers.
    panel: Panel,
) -> impl IntoView {
    let lang = crate::state::use_app_state().lang.get_untracked();
    let hint = use_gesture_hint();
    let text = crate::embed::zoom_hint(on_mac(), lang);
    let here = move || hint.is_some_and(|h| h.shown.get() == Some(panel));
    hint.map(|_| {
        view! {
            <div class="gesture-hint" role="status" aria-live="polite">
                <span class="gesture-hint-text" hidden=move || !here()>
                    {move || here().then_some(text)}
                </span>
            </div>
        }
    })
}
