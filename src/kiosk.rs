//! Kiosk mode's clock, as a pure state machine: after `idle` seconds without a touch the attract tour
//! walks through the story of the year one stop every `step` seconds, cycling; after `reset` seconds
//! without a touch the app goes back to its start view and language (once per absence). Any touch
//! stops the tour. For the last `warn` seconds before a reset the app warns the visitor with a
//! countdown ([`Kiosk::countdown`]); a touch keeps the session. The component feeds it inputs and
//! ticks and carries out the actions.

use crate::data::{EventId, Status, query};
use crate::lang::Lang;

/// The kiosk's timers, in seconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timers {
    pub idle: f64,
    pub reset: f64,
    pub step: f64,
    /// The warning before a reset (0: none).
    pub warn: f64,
}

impl Default for Timers {
    /// Reset after 1 minute alone, warned 10 s before; attract tour after 90 s, 8 s a stop.
    fn default() -> Self {
        Timers { idle: 90.0, reset: 60.0, step: 8.0, warn: 10.0 }
    }
}

/// What the app should do now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Nothing.
    Wait,
    /// Go back to the start view and language.
    Reset,
    /// Show tour stop `n` (an index into [`tour`]).
    Show(usize),
    /// Someone touched the screen: the tour stops where it is.
    Stop,
}

/// The kiosk's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Kiosk {
    pub timers: Timers,
    stops: usize,
    last_input: f64,
    reset_done: bool,
    /// The stop shown last and when the next is due, while touring.
    touring: Option<(usize, f64)>,
    /// Completed passes through the whole tour.
    pub cycles: u64,
}

impl Kiosk {
    /// A kiosk started at time `now` (seconds) with a tour of `stops` stops.
    pub fn new(timers: Timers, stops: usize, now: f64) -> Self {
        Kiosk { timers, stops, last_input: now, reset_done: true, touring: None, cycles: 0 }
    }

    pub fn is_touring(&self) -> bool {
        self.touring.is_some()
    }

    /// The tour stop shown, while touring.
    pub fn stop(&self) -> Option<usize> {
        self.touring.map(|(s, _)| s)
    }

    /// When the next reset is due, while one is pending (the clock's seconds): `reset` after the last
    /// touch, or `idle` if that is sooner (the tour starts from the start view).
    pub fn reset_due(&self) -> Option<f64> {
        if self.reset_done || self.touring.is_some() {
            return None;
        }
        let after = if self.stops > 0 { self.timers.reset.min(self.timers.idle) } else { self.timers.reset };
        Some(self.last_input + after)
    }

    /// The warning before the reset at `now`: the whole seconds left (at least 1), during the last
    /// `warn` seconds before it, but never for more than the second half of the time alone (so that a
    /// touch always gives a spell without it). `None` when no warning is due.
    pub fn countdown(&self, now: f64) -> Option<u32> {
        let due = self.reset_due()?;
        let warn = self.timers.warn.min((due - self.last_input) / 2.0);
        let left = due - now;
        (warn > 0.0 && left > 0.0 && left <= warn).then(|| left.ceil().clamp(1.0, 86_400.0) as u32)
    }

    /// A touch, click, key or wheel at `now`.
    pub fn input(&mut self, now: f64) -> Action {
        self.last_input = now;
        self.reset_done = false;
        if self.touring.take().is_some() { Action::Stop } else { Action::Wait }
    }

    /// Staff asked for the tour now (the staff panel): it starts from its first stop at once.
    pub fn tour_now(&mut self, now: f64) -> Action {
        if self.stops == 0 {
            return Action::Wait;
        }
        self.reset_done = true;
        self.touring = Some((0, now + self.timers.step));
        Action::Show(0)
    }

    /// The clock at `now`: at most one action per tick.
    pub fn tick(&mut self, now: f64) -> Action {
        let alone = now - self.last_input;
        if let Some((stop, due)) = self.touring {
            if now < due {
                return Action::Wait;
            }
            let next = stop + 1;
            if next >= self.stops {
                self.cycles += 1;
            }
            let next = next % self.stops.max(1);
            self.touring = Some((next, now + self.timers.step));
            return Action::Show(next);
        }
        if !self.reset_done && alone >= self.timers.reset {
            self.reset_done = true;
            return Action::Reset;
        }
        if alone >= self.timers.idle && self.stops > 0 {
            // The tour starts from the start view: reset first if that has not happened yet.
            if !self.reset_done {
                self.reset_done = true;
                return Action::Reset;
            }
            self.touring = Some((0, now + self.timers.step));
            return Action::Show(0);
        }
        Action::Wait
    }
}

/// The language of the tour's pass number `pass` (0 for the first): the passes take the languages of
/// `langs` in turn (`tour_langs=`); without them, the start language and then the other two, in the
/// order of [`Lang::ALL`]. The reset brings back the start language.
pub fn tour_lang(langs: &[Lang], start: Lang, pass: u64) -> Lang {
    let all: Vec<Lang> = if langs.is_empty() {
        std::iter::once(start).chain(Lang::ALL.into_iter().filter(|l| *l != start)).collect()
    } else {
        langs.to_vec()
    };
    all[(pass % all.len() as u64) as usize]
}

/// The tour: the year's story, top-level events that took place, in time order.
pub fn tour() -> Vec<EventId> {
    let mut v: Vec<EventId> = query::all_events()
        .filter(|e| e.get().parent.is_none() && e.get().status == Status::Held && !e.get().places.is_empty())
        .filter(|e| e.get().when.start.year == 2025)
        .collect();
    crate::order::sort_by(&mut v, |a, b| query::chronological(a.get(), b.get()));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Timers = Timers { idle: 10.0, reset: 5.0, step: 2.0, warn: 0.0 };

    #[test]
    fn resets_once_then_tours_then_stops_on_touch() {
        let mut k = Kiosk::new(T, 3, 0.0);
        assert_eq!(k.tick(4.0), Action::Wait, "nothing before the timers");
        assert_eq!(k.tick(9.0), Action::Wait, "the start view needs no reset");
        assert_eq!(k.input(9.5), Action::Wait);
        assert_eq!(k.tick(14.0), Action::Wait);
        assert_eq!(k.tick(14.5), Action::Reset, "5 s after the last touch");
        assert_eq!(k.tick(15.0), Action::Wait, "reset once");
        assert_eq!(k.tick(19.5), Action::Show(0), "10 s after: the tour");
        assert_eq!(k.tick(20.0), Action::Wait);
        assert_eq!(k.tick(21.5), Action::Show(1));
        assert_eq!(k.tick(23.5), Action::Show(2));
        assert_eq!(k.cycles, 0);
        assert_eq!(k.tick(25.5), Action::Show(0), "cycles");
        assert_eq!(k.cycles, 1);
        assert_eq!(k.input(26.0), Action::Stop);
        assert!(!k.is_touring());
        assert_eq!(k.tick(27.0), Action::Wait);
        assert_eq!(k.tick(31.0), Action::Reset);
        assert_eq!(k.tick(36.0), Action::Show(0));
    }

    #[test]
    fn an_idle_time_shorter_than_the_reset_still_starts_from_the_start_view() {
        let mut k = Kiosk::new(Timers { idle: 3.0, reset: 100.0, step: 1.0, warn: 0.0 }, 2, 0.0);
        k.input(1.0);
        assert_eq!(k.tick(4.0), Action::Reset);
        assert_eq!(k.tick(4.1), Action::Show(0));
    }

    #[test]
    fn the_warning_counts_down_the_last_seconds_and_a_touch_ends_it() {
        let t = Timers { idle: 90.0, reset: 60.0, step: 8.0, warn: 10.0 };
        let mut k = Kiosk::new(t, 3, 0.0);
        assert_eq!(k.countdown(55.0), None, "the start view: no reset, no warning");
        k.input(100.0);
        assert_eq!(k.countdown(149.9), None);
        assert_eq!(k.countdown(150.0), Some(10));
        assert_eq!(k.countdown(152.0), Some(8), "Going back to the start in 8…");
        assert_eq!(k.countdown(159.95), Some(1));
        assert_eq!(k.tick(152.0), Action::Wait, "the warning is no action");
        // A touch keeps the session: the warning goes and the clock starts again.
        k.input(153.0);
        assert_eq!(k.countdown(153.0), None);
        assert_eq!(k.countdown(203.0), Some(10));
        assert_eq!(k.tick(213.0), Action::Reset, "then the reset, as before");
        assert_eq!(k.countdown(213.0), None, "and no warning after it");
        assert_eq!(k.tick(303.0), Action::Show(0));
        assert_eq!(k.countdown(303.5), None, "none while touring");
    }

    #[test]
    fn the_warning_precedes_an_earlier_idle_reset_and_never_fills_the_whole_wait() {
        let mut k = Kiosk::new(Timers { idle: 4.0, reset: 100.0, step: 1.0, warn: 10.0 }, 2, 0.0);
        k.input(0.0);
        assert_eq!(k.reset_due(), Some(4.0));
        assert_eq!(k.countdown(1.9), None, "at most half the wait");
        assert_eq!(k.countdown(2.0), Some(2));
        assert_eq!(k.countdown(3.5), Some(1));
        // warn = 0: no warning at all; no tour: the reset timer alone.
        let mut k = Kiosk::new(Timers { idle: 4.0, reset: 6.0, step: 1.0, warn: 0.0 }, 0, 0.0);
        k.input(0.0);
        assert_eq!(k.reset_due(), Some(6.0));
        assert_eq!(k.countdown(5.9), None);
    }

    #[test]
    fn the_countdown_is_bounded_for_any_timers() {
        crate::prop::check(1717, |g| {
            let t = Timers {
                idle: g.hostile(0.01, 86_400.0),
                reset: g.hostile(0.01, 86_400.0),
                step: 1.0,
                warn: g.hostile(0.0, 86_400.0),
            };
            let mut k = Kiosk::new(t, 2, 0.0);
            k.input(g.hostile(0.0, 1e6));
            if let Some(n) = k.countdown(g.hostile(0.0, 2e6)) {
                assert!((1..=86_400).contains(&n), "{t:?}: {n}");
            }
        });
    }

    #[test]
    fn the_tour_cycles_its_languages_starting_with_the_start_language() {
        let passes = |langs: &[Lang], start| (0..4).map(|p| tour_lang(langs, start, p)).collect::<Vec<_>>();
        assert_eq!(passes(&[], Lang::En), [Lang::En, Lang::Vi, Lang::Ja, Lang::En]);
        assert_eq!(passes(&[], Lang::Ja), [Lang::Ja, Lang::En, Lang::Vi, Lang::Ja]);
        assert_eq!(passes(&[Lang::Vi, Lang::Ja], Lang::En), [Lang::Vi, Lang::Ja, Lang::Vi, Lang::Ja]);
        assert_eq!(passes(&[Lang::Ja], Lang::Vi), [Lang::Ja; 4]);
    }

    #[test]
    fn staff_can_start_the_tour_at_once_and_a_touch_stops_it() {
        let mut k = Kiosk::new(T, 3, 0.0);
        k.input(1.0);
        assert_eq!(k.tour_now(2.0), Action::Show(0));
        assert!(k.is_touring());
        assert_eq!(k.countdown(2.5), None, "no reset warning while touring");
        assert_eq!(k.tick(4.0), Action::Show(1), "then stop after stop");
        assert_eq!(k.input(4.5), Action::Stop);
        assert_eq!(Kiosk::new(T, 0, 0.0).tour_now(1.0), Action::Wait, "no stops, no tour");
    }

    #[test]
    fn the_tour_is_the_years_story_in_order() {
        let t = tour();
        // The visit, the training, the forum and the Gunma–Ninh Bình agreement (the festivals, which
        // no report dates, and plans are not on the tour).
        assert!(t.len() >= 4, "{}", t.len());
        let ids: Vec<&str> = t.iter().map(|e| e.get().id).collect();
        for id in ["training-2025", "forum-2025"] {
            assert!(ids.contains(&id), "{ids:?}");
        }
        let pos = |id| ids.iter().position(|x| *x == id).unwrap();
        assert!(pos("training-2025") < pos("forum-2025"));
    }
}
