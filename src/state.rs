//! App state shared by every view: the language, the selected event and the visible time window.
//! Views read these signals and derive the rest; only the actions here write them.

use leptos::prelude::*;

use crate::data::{EventId, OrgId, PersonId, PlaceId, ThemeId, UnitId};
use crate::filter::Filters;
use crate::lang::Lang;
use crate::layout::{Sheet, Shell, shell};
use crate::map::PaneId;
use crate::map::view::View;
use crate::timeline::scale::Window;
use crate::timeline::time::span;
use crate::url::{Mode, Page};

/// What is selected: an event, a place, or an administrative unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    Event(EventId),
    Place(PlaceId),
    Unit(UnitId),
    Person(PersonId),
    Organisation(OrgId),
    Theme(ThemeId),
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
    /// The timeline's drawn width in px (measured by the timeline), for deciding what it can show.
    pub timeline_width: RwSignal<f64>,
    /// The chosen filters.
    pub filters: RwSignal<Filters>,
    /// Per event (by index): whether its own facts pass the filters (the map and counts use this).
    pub matched: Memo<Vec<bool>>,
    /// Per event: whether the timeline and the list keep it (it or a descendant matches).
    pub kept: Memo<Vec<bool>>,
    /// The search text.
    pub search: RwSignal<String>,
    /// The map panes' views (Vietnam, Japan).
    pub map_views: [RwSignal<View>; 2],
    /// How the page was opened: in a browser, embedded, or as a kiosk (fixed for the page's life).
    pub mode: Mode,
    /// The view open in the shell (`v=`).
    pub page: RwSignal<Page>,
    /// The portrait bottom sheet that holds the details.
    pub sheet: RwSignal<Sheet>,
    /// The viewport's size in CSS px (measured by the shell).
    pub viewport: RwSignal<(f64, f64)>,
    /// The shell's layout for the viewport, the mode and the sheet.
    pub shell: Memo<Shell>,
    /// True while the page prints: the printed report is built (`components::print_report`).
    pub printing: RwSignal<bool>,
    /// How much of the page is built, starting: 0, then 1 with the timeline, then 2 with the map, a
    /// task each (`components::app`, `Shell`).
    pub built: RwSignal<u8>,
}

impl AppState {
    pub fn new() -> Self {
        Self::in_mode(Mode::Browser)
    }

    /// The state of a page opened in `mode`.
    pub fn in_mode(mode: Mode) -> Self {
        let filters = RwSignal::new(Filters::default());
        let sheet = RwSignal::new(Sheet::Peek);
        let viewport = RwSignal::new((1280.0, 800.0));
        AppState {
            lang: RwSignal::new(Lang::En),
            selected: RwSignal::new(None),
            window: RwSignal::new(Window::year_2025()),
            window_target: RwSignal::new(None),
            timeline_width: RwSignal::new(960.0),
            filters,
            matched: Memo::new(move |_| filters.with(Filters::matched)),
            kept: Memo::new(move |_| filters.with(Filters::kept)),
            search: RwSignal::new(String::new()),
            map_views: [PaneId::Vietnam, PaneId::Japan].map(|p| RwSignal::new(View::whole(&p.pane()))),
            mode,
            page: RwSignal::new(Page::Explore),
            sheet,
            viewport,
            shell: Memo::new(move |_| {
                let (w, h) = viewport.get();
                shell(w, h, mode, sheet.get())
            }),
            printing: RwSignal::new(false),
            built: RwSignal::new(0),
        }
    }

    /// The window as it is, or where an animation is taking it.
    pub fn window_or_target(&self) -> Window {
        self.window_target.get_untracked().unwrap_or_else(|| self.window.get_untracked())
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

    /// Selects any record: an event through [`AppState::select`] (so it is brought into view), any
    /// other kind as it is.
    pub fn choose(&self, s: Selection) {
        match s {
            Selection::Event(e) => self.select(Some(e)),
            s => self.mark(Some(s)),
        }
    }

    /// Selects `event` (or clears the selection) and frames it: the timeline moves so that the event
    /// and its parts are drawn ([`frame_for`]), and the details open.
    pub fn select(&self, event: Option<EventId>) {
        self.mark(event.map(Selection::Event));
        if let Some(e) = event
            && let Some(w) = frame_for(e, self.window_or_target(), self.timeline_width.get_untracked())
        {
            self.go_to(w);
        }
    }

    /// Selects an event drawn on the timeline, from the timeline itself: the window stays where the
    /// reader put it, unless the event is not wholly in it ([`bring_into_view`]).
    pub fn select_in_view(&self, event: EventId) {
        self.mark(Some(Selection::Event(event)));
        if let Some(w) = bring_into_view(event, self.window_or_target(), self.timeline_width.get_untracked()) {
            self.go_to(w);
        }
    }

    /// Sets the selection and opens (or lowers) the details sheet to match.
    fn mark(&self, s: Option<Selection>) {
        self.selected.set(s);
        self.sheet.update(|sh| *sh = sh.on_select(s.is_some()));
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The span the timeline frames for `event`: its parts that have a time of their own (a morning
/// session, a dated visit), or the event itself when it has none. Parts known only to fall "some
/// time within" the event share its span and do not narrow it.
fn frame_span(event: EventId) -> (f64, f64) {
    let own = span(event.get());
    let parts: Vec<(f64, f64)> =
        crate::data::query::children(event).iter().map(|c| span(c.get())).filter(|&p| p != own).collect();
    if parts.is_empty() {
        return own;
    }
    parts.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &(s, t)| (a.min(s), b.max(t)))
}

/// Whether `event` is drawn on a timeline `width` px wide showing `current`: inside it (`whole`) or
/// at least in it, wide enough to see, and every ancestor wide enough to have revealed it (the rule
/// of `timeline::visible`).
fn drawn_in(event: EventId, current: Window, width: f64, whole: bool) -> bool {
    let (s, t) = span(event.get());
    let px = width.max(1.0) / current.span();
    let inside = if whole { current.start <= s && t <= current.end } else { s < current.end && current.start < t };
    let mut drawn = inside && (t - s) * px >= 2.0;
    let mut p = event.get().parent;
    while let Some(q) = p {
        let (ps, pt) = span(q.get());
        drawn &= (pt - ps) * px >= crate::timeline::visible::REVEAL_PX;
        p = q.get().parent;
    }
    drawn
}

/// The window to move to so that `event` and its parts are drawn on a timeline `width` px wide:
/// the span of its timed parts (or of itself) with a small margin. `None` when `current` already
/// draws them all, or when the event lies outside the axis altogether.
pub fn frame_for(event: EventId, current: Window, width: f64) -> Option<Window> {
    let full = Window::full();
    let (s, t) = span(event.get());
    if t <= full.start || s >= full.end {
        return None;
    }
    let (fs, ft) = frame_span(event);
    let parts = crate::data::query::children(event);
    let px = width.max(1.0) / current.span();
    let shown = drawn_in(event, current, width, parts.is_empty())
        && (parts.is_empty()
            || ((t - s) * px >= crate::timeline::visible::REVEAL_PX && current.start <= fs && ft <= current.end));
    (!shown).then(|| Window::framing(fs.max(full.start), ft.min(full.end), if parts.is_empty() { 0.35 } else { 0.08 }))
}

/// The window to move to so that `event` is drawn whole, or `None` when it already is (or lies
/// outside the axis): a click on the timeline keeps the reader's window where it can.
pub fn bring_into_view(event: EventId, current: Window, width: f64) -> Option<Window> {
    let (s, t) = span(event.get());
    let full = Window::full();
    if t <= full.start || s >= full.end || drawn_in(event, current, width, true) {
        return None;
    }
    Some(Window::framing(s.max(full.start), t.min(full.end), 0.35))
}

impl Selection {
    /// The record's id (ids are unique across kinds, so this is what the URL carries).
    pub fn id(self) -> &'static str {
        match self {
            Selection::Event(e) => e.get().id,
            Selection::Place(p) => p.get().id,
            Selection::Unit(u) => u.get().id,
            Selection::Person(p) => p.get().id,
            Selection::Organisation(o) => o.get().id,
            Selection::Theme(t) => crate::data::THEMES[t.0 as usize].id,
        }
    }

    /// The record's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Selection::Event(e) => e.get().title.get(lang),
            Selection::Place(p) => p.get().name.get(lang),
            Selection::Unit(u) => u.get().name.get(lang),
            Selection::Person(p) => p.get().name.get(lang),
            Selection::Organisation(o) => o.get().name.get(lang),
            Selection::Theme(t) => t.get().name.get(lang),
        }
    }

    /// The places the selection stands for: an event's places, or the place itself (else none).
    pub fn places(self) -> Vec<PlaceId> {
        match self {
            Selection::Event(e) => e.get().places.to_vec(),
            Selection::Place(p) => vec![p],
            _ => Vec::new(),
        }
    }

    /// The selection a record id names, if any.
    pub fn from_id(id: &str) -> Option<Selection> {
        use crate::data::{ORGANISATIONS, PEOPLE, PLACES, THEMES, UNITS, query};
        let at = |i: usize| i as u16;
        query::event_by_id(id)
            .map(Selection::Event)
            .or_else(|| PLACES.iter().position(|p| p.id == id).map(|i| Selection::Place(PlaceId(at(i)))))
            .or_else(|| UNITS.iter().position(|u| u.id == id).map(|i| Selection::Unit(UnitId(at(i)))))
            .or_else(|| PEOPLE.iter().position(|p| p.id == id).map(|i| Selection::Person(PersonId(at(i)))))
            .or_else(|| ORGANISATIONS.iter().position(|o| o.id == id).map(|i| Selection::Organisation(OrgId(at(i)))))
            .or_else(|| THEMES.iter().position(|t| t.id == id).map(|i| Selection::Theme(ThemeId(at(i)))))
    }
}

/// Puts a fresh [`AppState`] for a page opened in `mode` in context for the components below.
pub fn provide_app_state(mode: Mode) -> AppState {
    let state = AppState::in_mode(mode);
    provide_context(state);
    state
}

/// Whether the single-key shortcuts act: `keys=off` in the URL turns them off (WCAG 2.1.4). In
/// context from [`provide_single_keys`]; on where none was provided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SingleKeys(pub bool);

/// Puts whether the single-key shortcuts act in context.
pub fn provide_single_keys(on: bool) {
    provide_context(SingleKeys(on));
}

/// Whether the single-key shortcuts act here.
pub fn single_keys() -> bool {
    use_context::<SingleKeys>().is_none_or(|k| k.0)
}

/// The shared state. Panics outside a component tree that called [`provide_app_state`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::{self, event_by_id};

    #[test]
    fn a_selection_frames_the_forum_and_its_timed_parts() {
        let forum = event_by_id("forum-2025").unwrap();
        let w = frame_for(forum, Window::year_2025(), 390.0).expect("the year view does not show the forum's parts");
        // The sessions run 08:00–17:00 on 25 November: that is what is framed, a little wider.
        let day = span(forum.get()).0;
        assert!(w.start > day && w.start < day + 8.0 / 24.0, "{w:?}");
        assert!(w.end > day + 17.0 / 24.0 && w.end < day + 1.0, "{w:?}");
        assert_eq!(frame_for(forum, w, 390.0), None, "once framed, it stays");
        // Framed at phone width, at least five of its parts are drawn as events.
        let scale = crate::timeline::scale::Scale::new(w, 390.0);
        let drawn = crate::timeline::visible::visible_events(&scale, |_| true)
            .into_iter()
            .filter(|e| e.get().parent == Some(forum))
            .count();
        assert!(drawn >= 5, "{drawn} parts visible");
    }

    #[test]
    fn a_click_in_the_timeline_keeps_a_window_that_shows_the_event() {
        let forum = event_by_id("forum-2025").unwrap();
        assert_eq!(bring_into_view(forum, Window::year_2025(), 1200.0), None);
        let plenary = event_by_id("forum-plenary").unwrap();
        assert!(bring_into_view(plenary, Window::year_2025(), 1200.0).is_some());
    }

    #[test]
    fn an_event_in_view_keeps_the_window() {
        let agreement = event_by_id("gunma-ninh-binh-agreement").unwrap();
        assert!(query::children(agreement).is_empty());
        assert_eq!(frame_for(agreement, Window::year_2025(), 1200.0), None);
        // The training is in view, but its parts are not drawn yet: framing it draws them.
        let training = event_by_id("training-2025").unwrap();
        let w = frame_for(training, Window::year_2025(), 1200.0).expect("its parts");
        assert_eq!(frame_for(training, w, 1200.0), None);
    }

    #[test]
    fn an_event_out_of_view_or_too_small_is_framed() {
        let plenary = event_by_id("forum-plenary").unwrap();
        let w = frame_for(plenary, Window::year_2025(), 1200.0).expect("a session is too small in the year view");
        let (s, t) = span(plenary.get());
        assert!(w.start <= s && t <= w.end && w.span() < 1.0);
        assert_eq!(frame_for(plenary, w, 1200.0), None, "once framed, it stays");
        let apec = event_by_id("plan-apec-2027").unwrap();
        assert!(frame_for(apec, Window::year_2025(), 1200.0).is_some());
        let heisei = event_by_id("heisei-great-mergers").unwrap();
        assert_eq!(frame_for(heisei, Window::year_2025(), 1200.0), None, "outside the axis: nothing to frame");
    }

    #[test]
    fn framing_follows_the_reveal_rule_at_any_width() {
        // 48 days around the training: on a narrow timeline its sessions are not revealed yet.
        let lecture = event_by_id("training-lecture-takada").unwrap();
        let w = Window { start: span(event_by_id("training-2025").unwrap().get()).0 - 18.0, end: 0.0 };
        let w = Window { end: w.start + 48.0, ..w };
        assert!(frame_for(lecture, w, 600.0).is_some(), "600 px: the 12-day parent is 150 px, under the reveal width");
        assert_eq!(frame_for(lecture, w, 1200.0), None, "1200 px: it is 300 px, revealed");
    }

    #[test]
    fn selections_round_trip_through_their_ids() {
        for id in ["forum-2025", "hanoi", "VN:22", "JP:10", "pham-minh-chinh", "jica", "semiconductors"] {
            assert_eq!(Selection::from_id(id).map(Selection::id), Some(id));
        }
        assert_eq!(Selection::from_id("no-such-record"), None);
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
            assert_eq!(state.sheet.get_untracked(), Sheet::Half, "the details open");
            state.select(None);
            assert_eq!(state.selected.get_untracked(), None);
            assert_eq!(state.sheet.get_untracked(), Sheet::Peek);
        });
    }
}
