//! Keyboard navigation between drawn events: previous/next in time, the nearest event in the lane
//! above or below, first and last.

use super::scene::Scene;
use crate::data::EventId;

/// A keyboard move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Prev,
    Next,
    Up,
    Down,
    First,
    Last,
}

/// The event to focus after `mv` from `from` (the first event when nothing is focused).
pub fn step(scene: &Scene, from: Option<EventId>, mv: Move) -> Option<EventId> {
    let evs = &scene.events;
    let first = evs.first().map(|e| e.id);
    match mv {
        Move::First => return first,
        Move::Last => return evs.last().map(|e| e.id),
        _ => {}
    }
    let Some(cur) = from.and_then(|id| evs.iter().position(|e| e.id == id)) else { return first };
    let here = &evs[cur];
    let mid = |e: &super::scene::SceneEvent| e.box_x + e.box_w.min(80.0) / 2.0;
    match mv {
        Move::Prev => Some(evs[cur.saturating_sub(1)].id),
        Move::Next => Some(evs[(cur + 1).min(evs.len() - 1)].id),
        Move::First | Move::Last => unreachable!("handled above"),
        Move::Up | Move::Down => {
            // The visual row order: lane, then row within the lane.
            let key = |e: &super::scene::SceneEvent| (e.lane, e.row);
            let target = evs
                .iter()
                .map(key)
                .filter(|&k| if mv == Move::Up { k < key(here) } else { k > key(here) })
                .reduce(|a, b| if (mv == Move::Up) == (a < b) { b } else { a });
            match target {
                None => Some(here.id),
                Some(k) => evs
                    .iter()
                    .filter(|e| key(e) == k)
                    .min_by(|a, b| (mid(a) - mid(here)).abs().total_cmp(&(mid(b) - mid(here)).abs()))
                    .map(|e| e.id),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scale::{Scale, Window};
    use super::super::scene::scene;
    use super::*;
    use crate::lang::Lang;

    fn year() -> Scene {
        scene(
            &Scale::new(Window::year_2025(), 1280.0),
            Lang::En,
            &crate::timeline::scene::Metrics::default(),
            &Default::default(),
            |_| true,
        )
    }

    #[test]
    fn left_and_right_walk_time_order() {
        let s = year();
        let mut at = step(&s, None, Move::First);
        assert_eq!(at, Some(s.events[0].id));
        let mut walked = vec![at.unwrap()];
        for _ in 1..s.events.len() {
            at = step(&s, at, Move::Next);
            walked.push(at.unwrap());
        }
        assert_eq!(walked, s.events.iter().map(|e| e.id).collect::<Vec<_>>());
        assert_eq!(step(&s, at, Move::Next), at, "the last stays last");
        assert_eq!(step(&s, at, Move::Prev), Some(s.events[s.events.len() - 2].id));
        assert_eq!(step(&s, None, Move::Last), Some(s.events.last().unwrap().id));
    }

    #[test]
    fn up_and_down_change_row_or_lane() {
        let s = year();
        let top = s.events.iter().min_by_key(|e| (e.lane, e.row)).unwrap();
        let bottom = s.events.iter().max_by_key(|e| (e.lane, e.row)).unwrap();
        assert_eq!(step(&s, Some(top.id), Move::Up), Some(top.id));
        let down = step(&s, Some(top.id), Move::Down).unwrap();
        let d = s.event(down).unwrap();
        assert!((d.lane, d.row) > (top.lane, top.row));
        assert_eq!(step(&s, Some(bottom.id), Move::Down), Some(bottom.id));
    }
}

/// Issue 18: every move from anywhere lands on a drawn event, or on nothing when nothing is drawn.
#[cfg(test)]
mod props {
    use super::super::scene::SceneEvent;
    use super::super::scene::props::hostile_scene;
    use super::*;
    use crate::data::EVENTS;
    use crate::prop::{Gen, check};

    const MOVES: [Move; 6] = [Move::Prev, Move::Next, Move::Up, Move::Down, Move::First, Move::Last];

    fn check_moves(s: &Scene, g: &mut Gen) {
        let from = match g.below(3) {
            0 => None,
            1 if !s.events.is_empty() => Some(s.events[g.below(s.events.len() as u64) as usize].id),
            _ => Some(EventId(g.below(EVENTS.len() as u64) as u16)),
        };
        let mv = g.pick(&MOVES);
        match step(s, from, mv) {
            None => assert!(s.events.is_empty(), "{mv:?} from {from:?} found nothing in a drawn scene"),
            Some(id) => assert!(s.event(id).is_some(), "{mv:?} from {from:?} left the scene"),
        }
    }

    #[test]
    fn moves_stay_on_drawn_events_in_any_scene() {
        // Scenes are dear to make: a hundred hostile ones, a hundred moves in each.
        let mut g = Gen::new(1818);
        let scenes: Vec<Scene> = (0..100).map(|_| hostile_scene(&mut g)).chain([Scene::default()]).collect();
        check(1819, |g| {
            let s = &scenes[g.below(scenes.len() as u64) as usize];
            check_moves(s, g);
        });
    }

    #[test]
    fn moves_survive_scenes_with_impossible_geometry() {
        check(1820, |g| {
            let events = (0..g.below(30))
                .map(|_| SceneEvent {
                    id: EventId(g.below(EVENTS.len() as u64) as u16),
                    lane: g.count(),
                    row: g.count(),
                    x0: g.hostile(0.0, 1_000.0),
                    x1: g.hostile(0.0, 1_000.0),
                    box_x: g.hostile(0.0, 1_000.0),
                    box_w: g.hostile(0.0, 300.0),
                    top: g.hostile(0.0, 500.0),
                })
                .collect();
            check_moves(&Scene { events, ..Scene::default() }, g);
        });
    }
}
