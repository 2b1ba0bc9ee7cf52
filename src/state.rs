//! App state shared by every view: the language, the selected event and the visible time window.
//! Views read these signals and derive the rest; only the actions here write them.

use leptos::prelude::*;

use crate::data::{EventId, PlaceId, UnitId};
use crate::lang::Lang;
use crate::timeline::scale::Window;
use crate::timeline::time::span;

/// What is selected: an event, a place, or an administrative unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    Event(EventId),
    Place(PlaceId),
    Unit(UnitId),
}

/// The state every view shares. Get it with [`use_app_state`].
#[derive(Clone, Copy)]
pub struct AppState {
    /// UI and data language.
    pub lang: RwSignal<Lang>,
    /// The selected event, place or unit, if any.
    pub selected: RwSignal<Option<Selection>>,
    /// The visible time window (the timeline shows it; the map will filter by it).
    pub window: RwSignal<Window>,
    /// Where an animated move of `window` is heading; set by [`AppState::go_to`], played by the timeline.
    pub window_target: RwSignal<Option<Window>>,
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            lang: RwSignal::new(Lang::En),
            selected: RwSignal::new(None),
            window: RwSignal::new(Window::year_2025()),
            window_target: RwSignal::new(None),
        }
    }

    /// Moves the visible window to `w`, animated where motion is allowed.
    pub fn go_to(&self, w: Window) {
        self.window_target.set(Some(w.clamped()));
    }

    /// The selected event, if the selection is an event (tracked).
    pub fn selected_event(&self) -> Option<EventId> {
        match self.selected.get() {
            Some(Selection::Event(e)) => Some(e),
            _ => None,
        }
    }

    /// The selected event, read without tracking (for handlers and tests).
    pub fn selected_event_untracked(&self) -> Option<EventId> {
        match self.selected.get_untracked() {
            Some(Selection::Event(e)) => Some(e),
            _ => None,
        }
    }

    /// Selects a place or a unit (the map's markers and shapes).
    pub fn select_other(&self, s: Selection) {
        self.selected.set(Some(s));
    }

    /// Selects `event` (or clears the selection), and brings it into view if it is not in view.
    pub fn select(&self, event: Option<EventId>) {
        self.selected.set(event.map(Selection::Event));
        if let Some(e) = event
            && let Some(w) = frame_for(e, self.window.get_untracked())
        {
            self.go_to(w);
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The window to move to so that `event` is shown, or `None` when the current window shows it whole
/// and wide enough for its parent to have revealed it.
pub fn frame_for(event: EventId, current: Window) -> Option<Window> {
    let (s, t) = span(event.get());
    let shown = current.start <= s && t <= current.end && (t - s) / current.span() >= 0.02;
    let nested_shown = event.get().parent.is_none_or(|p| {
        let (ps, pt) = span(p.get());
        (pt - ps) / current.span() >= 0.2
    });
    (!(shown && nested_shown)).then(|| Window::framing(s, t, 0.35))
}

/// Puts a fresh [`AppState`] in context for the components below.
pub fn provide_app_state() -> AppState {
    let state = AppState::new();
    provide_context(state);
    state
}

/// The shared state. Panics outside a component tree that called [`provide_app_state`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::event_by_id;

    #[test]
    fn an_event_in_view_keeps_the_window() {
        let training = event_by_id("training-2025").unwrap();
        assert_eq!(frame_for(training, Window::year_2025()), None);
    }

    #[test]
    fn an_event_out_of_view_or_too_small_is_framed() {
        let plenary = event_by_id("forum-plenary").unwrap();
        let w = frame_for(plenary, Window::year_2025()).expect("a session is too small in the year view");
        let (s, t) = span(plenary.get());
        assert!(w.start <= s && t <= w.end && w.span() < 1.0);
        assert_eq!(frame_for(plenary, w), None, "once framed, it stays");
        let apec = event_by_id("plan-apec-2027").unwrap();
        assert!(frame_for(apec, Window::year_2025()).is_some());
    }

    #[test]
    fn selecting_sets_the_selection_and_a_target_window() {
        let owner = Owner::new();
        owner.with(|| {
            let state = AppState::new();
            let plenary = event_by_id("forum-plenary").unwrap();
            state.select(Some(plenary));
            assert_eq!(state.selected.get_untracked(), Some(Selection::Event(plenary)));
            assert!(state.window_target.get_untracked().is_some());
            state.select(None);
            assert_eq!(state.selected.get_untracked(), None);
        });
    }
}
