//! Everything connected to a selected record, the same way for every kind of record, so the detail
//! panel has the same depth for an event, a place, a unit, a person, an organisation and a theme.
//!
//! A record's *scope* is the events it takes part in (an event: itself and its descendants). Its
//! places, people, organisations and themes are those of its scope (an event: its own); partnerships,
//! figures and quotations are those tied to an event of the scope or to the record directly (a
//! figure about a place, a quotation by a person, a partnership of a place or on a theme).

use crate::data::{
    EventId, FIGURES, OrgId, PARTNERSHIPS, PEOPLE, PLACES, PersonId, PlaceId, QUOTES, Role, SourceId, ThemeId, query,
};
use crate::state::Selection;

/// The records connected to a selection; every list is without repeats, events in time order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Related {
    /// The scope's events (for an event: none; its parent and children are links of their own).
    pub events: Vec<EventId>,
    pub places: Vec<PlaceId>,
    /// People with their role where the selection is one event.
    pub people: Vec<(PersonId, Option<Role>)>,
    pub orgs: Vec<OrgId>,
    pub themes: Vec<ThemeId>,
    /// Indices into `PARTNERSHIPS`, `FIGURES`, `QUOTES`.
    pub partnerships: Vec<usize>,
    pub figures: Vec<usize>,
    pub quotes: Vec<usize>,
    /// The record's own sources.
    pub sources: Vec<SourceId>,
}

fn push<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// What is connected to `sel`.
pub fn related(sel: Selection) -> Related {
    let mut r = Related::default();
    // The places the record stands for directly (a place, a unit's places).
    let own_places: Vec<PlaceId> = match sel {
        Selection::Place(p) => vec![p],
        Selection::Unit(u) => (0..PLACES.len()).map(|i| PlaceId(i as u16)).filter(|p| p.get().unit == u).collect(),
        _ => Vec::new(),
    };
    let scope: Vec<EventId> = match sel {
        Selection::Event(e) => query::with_descendants(e),
        Selection::Place(_) | Selection::Unit(_) => {
            query::all_events().filter(|e| e.get().places.iter().any(|p| own_places.contains(p))).collect()
        }
        Selection::Person(p) => query::all_events().filter(|e| e.get().people.iter().any(|x| x.person == p)).collect(),
        Selection::Organisation(o) => query::all_events().filter(|e| e.get().orgs.contains(&o)).collect(),
        Selection::Theme(t) => query::all_events().filter(|e| e.get().themes.contains(&t)).collect(),
    };

    if let Selection::Event(e) = sel {
        let ev = e.get();
        r.places = ev.places.to_vec();
        r.people = ev.people.iter().map(|p| (p.person, Some(p.role))).collect();
        r.orgs = ev.orgs.to_vec();
        r.themes = ev.themes.to_vec();
        r.sources = ev.sources.to_vec();
    } else {
        r.events = scope.clone();
        crate::order::sort_by(&mut r.events, |a, b| query::chronological(a.get(), b.get()));
        for e in &r.events {
            let ev = e.get();
            for &p in ev.places {
                if !matches!(sel, Selection::Place(_)) {
                    push(&mut r.places, p);
                }
            }
            for p in ev.people {
                if sel != Selection::Person(p.person) {
                    push(&mut r.people, (p.person, None));
                }
            }
            for &o in ev.orgs {
                if sel != Selection::Organisation(o) {
                    push(&mut r.orgs, o);
                }
            }
            for &t in ev.themes {
                if sel != Selection::Theme(t) {
                    push(&mut r.themes, t);
                }
            }
        }
        if matches!(sel, Selection::Unit(_)) {
            for &p in &own_places {
                push(&mut r.places, p);
            }
        }
        match sel {
            Selection::Person(p) => {
                for &o in p.get().orgs {
                    push(&mut r.orgs, o);
                }
                r.sources = p.get().sources.to_vec();
            }
            Selection::Organisation(o) => {
                for (i, person) in PEOPLE.iter().enumerate() {
                    if person.orgs.contains(&o) {
                        push(&mut r.people, (PersonId(i as u16), None));
                    }
                }
                if let Some(p) = o.get().place {
                    push(&mut r.places, p);
                }
                r.sources = o.get().sources.to_vec();
            }
            Selection::Place(p) => r.sources = p.get().sources.to_vec(),
            Selection::Unit(u) => r.sources = u.get().sources.to_vec(),
            Selection::Theme(t) => r.sources = t.get().sources.to_vec(),
            Selection::Event(_) => {}
        }
    }

    for (i, x) in PARTNERSHIPS.iter().enumerate() {
        let direct =
            x.places().any(|p| own_places.contains(&p)) || matches!(sel, Selection::Theme(t) if x.themes.contains(&t));
        if direct || x.events.iter().any(|e| scope.contains(e)) {
            r.partnerships.push(i);
        }
    }
    for (i, f) in FIGURES.iter().enumerate() {
        let direct = f.places.iter().any(|p| own_places.contains(p))
            || matches!(sel, Selection::Person(p) if f.said_by == Some(p))
            || matches!(sel, Selection::Theme(t) if f.themes.contains(&t));
        if direct || f.event.is_some_and(|e| scope.contains(&e)) {
            r.figures.push(i);
        }
    }
    for (i, q) in QUOTES.iter().enumerate() {
        let direct = matches!(sel, Selection::Person(p) if q.speaker == Some(p) || q.cites == Some(p));
        if direct || q.event.is_some_and(|e| scope.contains(&e)) {
            r.quotes.push(i);
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(id: &str) -> Selection {
        Selection::from_id(id).unwrap_or_else(|| panic!("{id}"))
    }

    fn ids(r: &Related) -> (Vec<&str>, Vec<&str>, Vec<&str>) {
        (
            r.events.iter().map(|e| e.get().id).collect(),
            r.figures.iter().map(|&i| FIGURES[i].id).collect(),
            r.people.iter().map(|p| p.0.get().id).collect(),
        )
    }

    #[test]
    fn an_event_has_its_facts_and_the_figures_and_quotes_of_its_sessions() {
        let r = related(sel("forum-2025"));
        assert!(r.events.is_empty(), "an event's parent and children are shown as such");
        let (_, figures, _) = ids(&r);
        assert!(figures.contains(&"fig-forum-booths"), "{figures:?}");
        assert!(figures.contains(&"fig-gunma-vn-residents"), "a speech's figure belongs to the forum too");
        assert!(!r.quotes.is_empty());
        assert!(!r.sources.is_empty());
        let plenary = related(sel("forum-plenary"));
        assert!(plenary.figures.len() < r.figures.len());
    }

    #[test]
    fn every_kind_of_record_gets_events_and_more() {
        for id in ["quang-ninh", "VN:22", "JP:10", "pham-minh-chinh", "jica", "semiconductors"] {
            let r = related(sel(id));
            assert!(!r.events.is_empty(), "{id}: events");
            assert!(!r.sources.is_empty() || id.contains(':') || id == "semiconductors", "{id}: sources");
            let mut sorted = r.events.clone();
            crate::order::sort_by(&mut sorted, |a, b| query::chronological(a.get(), b.get()));
            assert_eq!(sorted, r.events, "{id}: time order");
        }
    }

    #[test]
    fn a_place_and_its_unit() {
        let gunma = related(sel("JP:10"));
        let (_, figures, people) = ids(&gunma);
        assert!(figures.contains(&"fig-gunma-vn-residents"), "{figures:?}");
        assert!(people.contains(&"yamamoto-ichita"), "{people:?}");
        assert!(!gunma.partnerships.is_empty(), "Gunma's partnerships");
    }

    #[test]
    fn a_person_has_what_they_said() {
        let r = related(sel("pham-minh-chinh"));
        let (_, figures, people) = ids(&r);
        assert!(figures.contains(&"fig-expressways-km"));
        assert!(!people.contains(&"pham-minh-chinh"), "not listed as related to himself");
        assert!(r.quotes.iter().any(|&i| QUOTES[i].speaker == Some(PersonId(0))) || !r.quotes.is_empty());
    }

    #[test]
    fn lists_have_no_repeats() {
        for id in ["quang-ninh", "VN:22", "pham-minh-chinh", "jica", "semiconductors", "forum-2025"] {
            let r = related(sel(id));
            let mut p = r.places.clone();
            p.sort();
            p.dedup();
            assert_eq!(p.len(), r.places.len(), "{id}");
            let mut e = r.events.clone();
            e.sort();
            e.dedup();
            assert_eq!(e.len(), r.events.len(), "{id}");
        }
    }
}
