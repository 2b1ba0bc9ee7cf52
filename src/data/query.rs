//! Questions the views ask of the dataset: chronological order, nesting, grouping by strand, counts.

use super::{Date, EVENTS, Event, EventId, Precision, STRANDS, StrandId};

/// Every event id, in table order.
pub fn all_events() -> impl Iterator<Item = EventId> {
    (0..EVENTS.len()).map(|i| EventId(i as u16))
}

/// The day an event sorts by: its first day when the day is known; otherwise the last day it could
/// be, so "April 2025" or "later that month" never sorts before something dated within it.
pub fn sort_day(e: &Event) -> Date {
    match e.when.precision {
        Precision::Day => e.when.start,
        _ => e.when.end,
    }
}

/// Chronological order: by [`sort_day`], then by first day, then by id (stable across builds).
pub fn chronological(a: &Event, b: &Event) -> std::cmp::Ordering {
    sort_day(a).cmp(&sort_day(b)).then(a.when.start.cmp(&b.when.start)).then(a.id.cmp(b.id))
}

fn sorted(mut ids: Vec<EventId>) -> Vec<EventId> {
    crate::order::sort_by(&mut ids, |a, b| chronological(a.get(), b.get()));
    ids
}

/// Children of every event and top-level events of every strand, each in chronological order:
/// computed once, since the views ask on every frame.
struct Tree {
    children: Vec<Vec<EventId>>,
    top_level: Vec<Vec<EventId>>,
}

fn tree() -> &'static Tree {
    static TREE: std::sync::OnceLock<Tree> = std::sync::OnceLock::new();
    TREE.get_or_init(|| {
        let mut children = vec![Vec::new(); EVENTS.len()];
        let mut top_level = vec![Vec::new(); STRANDS.len()];
        for e in all_events() {
            match e.get().parent {
                Some(p) => children[p.0 as usize].push(e),
                None => top_level[e.get().strand.0 as usize].push(e),
            }
        }
        Tree {
            children: children.into_iter().map(sorted).collect(),
            top_level: top_level.into_iter().map(sorted).collect(),
        }
    })
}

/// Direct children of `parent`, in chronological order.
pub fn children(parent: EventId) -> &'static [EventId] {
    &tree().children[parent.0 as usize]
}

/// `e` and every event below it, depth first (parent before children).
pub fn with_descendants(e: EventId) -> Vec<EventId> {
    fn walk(e: EventId, out: &mut Vec<EventId>) {
        out.push(e);
        for &c in children(e) {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    walk(e, &mut out);
    out
}

/// Top-level events (no parent) of one strand, in chronological order.
pub fn top_level(strand: StrandId) -> &'static [EventId] {
    &tree().top_level[strand.0 as usize]
}

/// Number of events (at any depth) in a strand.
pub fn count_in_strand(strand: StrandId) -> usize {
    EVENTS.iter().filter(|e| e.strand == strand).count()
}

/// Every strand, in display order.
pub fn strands() -> impl Iterator<Item = StrandId> {
    (0..STRANDS.len()).map(|i| StrandId(i as u16))
}

/// Looks an event up by its seed id.
pub fn event_by_id(id: &str) -> Option<EventId> {
    all_events().find(|e| e.get().id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::*;

    #[test]
    fn every_event_is_reachable_from_its_strand_exactly_once() {
        let mut seen = Vec::new();
        for s in strands() {
            for &e in top_level(s) {
                seen.extend(with_descendants(e));
            }
        }
        seen.sort();
        let all: Vec<EventId> = all_events().collect();
        assert_eq!(seen, all);
    }

    #[test]
    fn strand_counts_add_up() {
        let total: usize = strands().map(count_in_strand).sum();
        assert_eq!(total, EVENTS.len());
        assert!(strands().all(|s| count_in_strand(s) > 0), "every strand has events");
    }

    #[test]
    fn top_level_is_chronological() {
        for s in strands() {
            let ids = top_level(s);
            for w in ids.windows(2) {
                assert!(chronological(w[0].get(), w[1].get()).is_le());
            }
        }
    }

    #[test]
    fn children_share_their_parents_strand() {
        for e in EVENTS.iter() {
            if let Some(p) = e.parent {
                assert_eq!(p.get().strand, e.strand, "{} and its parent {}", e.id, p.get().id);
            }
        }
    }

    #[test]
    fn undated_items_sort_after_dated_ones_they_may_follow() {
        let visit = event_by_id("ishiba-visit").unwrap();
        let order: Vec<&str> = children(visit).iter().map(|e| e.get().id).collect();
        let talks = order.iter().position(|&id| id == "ishiba-chinh-talks").unwrap();
        let communique = order.iter().position(|&id| id == "visit-joint-communique").unwrap();
        assert!(talks < communique, "{order:?}");
    }

    #[test]
    fn lookup_by_id() {
        let forum = event_by_id("forum-2025").expect("the forum is in the data");
        assert_eq!(forum.get().when.start, Date::new(2025, 11, 25));
        assert_eq!(event_by_id("no-such-event"), None);
    }
}
