//! Which events the timeline draws at a zoom level: every top-level event in view, and the sessions,
//! meetings and visits of an event once it is drawn wide enough to hold them.

use super::scale::Scale;
use super::time::span;
use crate::data::{EventId, query};

/// How wide (px) an event must be drawn before its children appear.
pub const REVEAL_PX: f64 = 160.0;

/// Events to draw at `scale` that pass `keep`, in chronological order.
pub fn visible_events(scale: &Scale, keep: impl Fn(EventId) -> bool) -> Vec<EventId> {
    let scale = &scale.clamped();
    let mut out = Vec::new();
    let mut stack: Vec<EventId> = query::strands().flat_map(|s| query::top_level(s).iter().copied()).collect();
    while let Some(e) = stack.pop() {
        if !keep(e) {
            continue;
        }
        let (s, t) = span(e.get());
        // Spans are half-open: an event that ends as the window starts, or starts as it ends, is out.
        if t <= scale.window.start || s >= scale.window.end {
            continue;
        }
        out.push(e);
        if scale.x(t) - scale.x(s) >= REVEAL_PX {
            stack.extend(query::children(e).iter().copied());
        }
    }
    crate::order::sort_by(&mut out, |a, b| query::chronological(a.get(), b.get()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::scale::Window;
    use super::super::time::day;
    use super::*;
    use crate::data::Date;

    fn ids(v: &[EventId]) -> Vec<&'static str> {
        v.iter().map(|e| e.get().id).collect()
    }

    #[test]
    fn the_year_view_shows_top_level_events_only() {
        let s = Scale::new(Window::year_2025(), 1200.0);
        let v = visible_events(&s, |_| true);
        assert!(v.iter().all(|e| e.get().parent.is_none()), "{:?}", ids(&v));
        assert!(ids(&v).contains(&"forum-2025") && ids(&v).contains(&"training-2025"));
    }

    #[test]
    fn the_2025_view_excludes_what_starts_in_2026() {
        let s = Scale::new(Window::year_2025(), 1200.0);
        let v = ids(&visible_events(&s, |_| true));
        assert!(!v.contains(&"plan-jc-science-technology-5") && !v.contains(&"plan-green-hydrogen-summit"), "{v:?}");
    }

    #[test]
    fn zooming_into_the_forum_day_reveals_its_sessions_and_their_speeches() {
        let d = day(Date::new(2025, 11, 25));
        let s = Scale::new(Window { start: d, end: d + 1.0 }, 1200.0);
        let v = ids(&visible_events(&s, |_| true));
        for id in
            ["forum-2025", "forum-plenary", "forum-thematic-sessions", "forum-van-speech", "forum-pm-opening-remarks"]
        {
            assert!(v.contains(&id), "{id} missing from {v:?}");
        }
        assert!(!v.contains(&"ishiba-visit"), "out of view");
    }

    #[test]
    fn a_filter_hides_an_event_and_its_children() {
        let d = day(Date::new(2025, 11, 25));
        let s = Scale::new(Window { start: d, end: d + 1.0 }, 1200.0);
        let forum = query::event_by_id("forum-2025").unwrap();
        assert!(
            visible_events(&s, |e| e != forum)
                .iter()
                .all(|e| e.get().strand != forum.get().strand || e.get().parent.is_none() && e != &forum)
        );
    }
}

/// Issue 18: for any scale, each event at most once, all of them in the window.
#[cfg(test)]
mod props {
    use super::super::scale::props::hostile_window;
    use super::*;
    use crate::data::EVENTS;
    use crate::prop::check;

    #[test]
    fn visible_events_are_bounded_for_any_scale() {
        check(1815, |g| {
            let raw = Scale { window: hostile_window(g), width: g.hostile(0.0, 20_000.0) };
            let modulus = 1 + g.below(4) as u16;
            let v = visible_events(&raw, |e| e.0 % modulus == 0);
            let w = raw.clamped().window;
            assert!(v.len() <= EVENTS.len());
            let mut ids: Vec<u16> = v.iter().map(|e| e.0).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), v.len(), "no event twice");
            for e in &v {
                let (s, t) = span(e.get());
                assert!(e.0 % modulus == 0 && t > w.start && s < w.end, "{:?} outside {w:?}", e.get().id);
            }
        });
    }
}
