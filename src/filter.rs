//! Filters by strand, theme, country, locality (administrative unit) and person. Within one facet the
//! chosen options are alternatives (any of them); across facets all must hold. An empty facet keeps
//! everything. Pure: the views derive what to draw from a [`Filters`] value.
//!
//! An event *matches* when its own facts pass. The views *keep* an event when it or one of its
//! descendants matches, so a matching session stays reachable inside its forum. Counts are of
//! matching events.
//!
//! Countries and localities come from the event's places; an event with no place (a message, a
//! survey) takes its countries from its people.

use crate::data::{Country, EVENTS, EventId, Partnership, PersonId, StrandId, ThemeId, UnitId, query};

/// One facet of the filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Strand,
    Theme,
    Country,
    Locality,
    Person,
}

impl Facet {
    pub const ALL: [Facet; 5] = [Facet::Strand, Facet::Theme, Facet::Country, Facet::Locality, Facet::Person];
}

/// An option of a facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Strand(StrandId),
    Theme(ThemeId),
    Country(Country),
    Locality(UnitId),
    Person(PersonId),
}

impl Choice {
    pub fn facet(self) -> Facet {
        match self {
            Choice::Strand(_) => Facet::Strand,
            Choice::Theme(_) => Facet::Theme,
            Choice::Country(_) => Facet::Country,
            Choice::Locality(_) => Facet::Locality,
            Choice::Person(_) => Facet::Person,
        }
    }

    /// Whether event `e`'s own facts include this option.
    pub fn holds(self, e: EventId) -> bool {
        let ev = e.get();
        match self {
            Choice::Strand(s) => ev.strand == s,
            Choice::Theme(t) => ev.themes.contains(&t),
            Choice::Country(c) if ev.places.is_empty() => ev.people.iter().any(|p| p.person.get().country == c),
            Choice::Country(c) => ev.places.iter().any(|p| p.get().country == c),
            Choice::Locality(u) => ev.places.iter().any(|p| p.get().unit == u),
            Choice::Person(p) => ev.people.iter().any(|x| x.person == p),
        }
    }
}

/// The chosen options, in the order they were chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub choices: Vec<Choice>,
}

impl Filters {
    /// The filters that lists of option ids name, per facet (as the URL and embed commands give them);
    /// unknown ids and repeats are dropped.
    pub fn from_ids<'a>(lists: impl IntoIterator<Item = (Facet, &'a Vec<String>)>) -> Filters {
        let mut f = Filters::default();
        for (facet, ids) in lists {
            for c in ids.iter().filter_map(|id| choice_from_id(facet, id)) {
                if !f.has(c) {
                    f.toggle(c);
                }
            }
        }
        f
    }

    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }

    pub fn has(&self, c: Choice) -> bool {
        self.choices.contains(&c)
    }

    /// Adds `c`, or removes it when it is already chosen.
    pub fn toggle(&mut self, c: Choice) {
        match self.choices.iter().position(|&x| x == c) {
            Some(i) => {
                self.choices.remove(i);
            }
            None => self.choices.push(c),
        }
    }

    /// The filters' rule: every facet but `skip` with choices has one that `holds`.
    fn every_facet(&self, skip: Option<Facet>, holds: impl Fn(Choice) -> bool) -> bool {
        Facet::ALL.iter().filter(|&&f| Some(f) != skip).all(|&f| {
            let mut chosen = self.in_facet(f).peekable();
            chosen.peek().is_none() || chosen.any(&holds)
        })
    }

    /// Whether `e` passes every facet, ignoring facet `skip` (for a facet's own counts).
    fn matches_except(&self, e: EventId, skip: Option<Facet>) -> bool {
        self.every_facet(skip, |c| c.holds(e))
    }

    /// Whether `e`'s own facts pass the filters.
    pub fn matches(&self, e: EventId) -> bool {
        self.matches_except(e, None)
    }

    /// Whether the views keep `e`: it or a descendant matches.
    pub fn keeps(&self, e: EventId) -> bool {
        self.matches(e) || query::children(e).iter().any(|&c| self.keeps(c))
    }

    /// For every event, whether the views keep it (index = event index): computed once per change.
    pub fn kept(&self) -> Vec<bool> {
        if self.is_empty() {
            return vec![true; EVENTS.len()];
        }
        query::all_events().map(|e| self.keeps(e)).collect()
    }

    /// Whether a partnership between localities passes: every facet with choices must hold for it —
    /// a strand, theme or person through one of its events (or, for themes, its own), a locality
    /// through either end; it spans both countries, so a country always holds.
    pub fn passes_partnership(&self, p: &Partnership) -> bool {
        self.every_facet(None, |c| match c {
            Choice::Country(_) => true,
            Choice::Locality(u) => p.places().any(|x| x.get().unit == u),
            Choice::Theme(t) if p.themes.contains(&t) => true,
            _ => p.events.iter().any(|&e| c.holds(e)),
        })
    }

    /// Whether the figures table shows figure `f`, given [`Filters::matched`]: a figure stays while its
    /// event matches; one with no event only while nothing is filtered.
    pub fn shows_figure(&self, f: &crate::data::Figure, matched: &[bool]) -> bool {
        f.event.map_or(self.is_empty(), |e| matched[e.0 as usize])
    }

    /// For every event, whether it matches (index = event index).
    pub fn matched(&self) -> Vec<bool> {
        query::all_events().map(|e| self.is_empty() || self.matches(e)).collect()
    }

    /// How many events match.
    pub fn count(&self) -> usize {
        query::all_events().filter(|&e| self.matches(e)).count()
    }

    /// How many events would match with `c` chosen too (or, if it is chosen, as it is): the other
    /// facets as they are, and within `c`'s facet the options chosen so far plus `c`.
    pub fn count_with(&self, c: Choice) -> usize {
        let f = c.facet();
        query::all_events()
            .filter(|&e| {
                self.matches_except(e, Some(f))
                    && (c.holds(e) || self.choices.iter().any(|x| x.facet() == f && x.holds(e)))
            })
            .count()
    }

    /// The options chosen in `f`, for the URL.
    pub fn in_facet(&self, f: Facet) -> impl Iterator<Item = Choice> + '_ {
        self.choices.iter().copied().filter(move |c| c.facet() == f)
    }
}

/// The options a facet offers, each with its record id (for the URL): every strand, theme and
/// country; the localities and people that appear in at least one event.
pub fn options(f: Facet) -> Vec<(Choice, &'static str)> {
    use crate::data::{PEOPLE, STRANDS, THEMES, UNITS};
    let used = |c: Choice| query::all_events().any(|e| c.holds(e));
    match f {
        Facet::Strand => (0..STRANDS.len()).map(|i| (Choice::Strand(StrandId(i as u16)), STRANDS[i].id)).collect(),
        Facet::Theme => (0..THEMES.len()).map(|i| (Choice::Theme(ThemeId(i as u16)), THEMES[i].id)).collect(),
        Facet::Country => vec![(Choice::Country(Country::Vn), "VN"), (Choice::Country(Country::Jp), "JP")],
        Facet::Locality => (0..UNITS.len())
            .map(|i| (Choice::Locality(UnitId(i as u16)), UNITS[i].id))
            .filter(|(c, _)| used(*c))
            .collect(),
        Facet::Person => (0..PEOPLE.len())
            .map(|i| (Choice::Person(PersonId(i as u16)), PEOPLE[i].id))
            .filter(|(c, _)| used(*c))
            .collect(),
    }
}

/// The option of facet `f` a URL id names, if any.
pub fn choice_from_id(f: Facet, id: &str) -> Option<Choice> {
    options(f).into_iter().find(|(_, i)| *i == id).map(|(c, _)| c)
}

/// The id of an option, for the URL.
pub fn choice_id(c: Choice) -> &'static str {
    match c {
        Choice::Strand(s) => s.get().id,
        Choice::Theme(t) => t.get().id,
        Choice::Country(c) => c.key(),
        Choice::Locality(u) => u.get().id,
        Choice::Person(p) => p.get().id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::query::event_by_id;

    fn pick(f: Facet, id: &str) -> Choice {
        choice_from_id(f, id).unwrap_or_else(|| panic!("{id} is an option of {f:?}"))
    }

    #[test]
    fn no_filter_keeps_everything() {
        let f = Filters::default();
        assert_eq!(f.count(), EVENTS.len());
        assert!(f.kept().iter().all(|&k| k));
    }

    #[test]
    fn a_strand_keeps_its_events_only() {
        let mut f = Filters::default();
        let forum = pick(Facet::Strand, "local-forum");
        f.toggle(forum);
        let n = EVENTS.iter().filter(|e| e.strand.get().id == "local-forum").count();
        assert_eq!(f.count(), n);
        assert!(f.matches(event_by_id("forum-plenary").unwrap()));
        assert!(!f.matches(event_by_id("training-2025").unwrap()));
        f.toggle(forum);
        assert!(f.is_empty(), "toggling twice clears");
    }

    #[test]
    fn options_in_one_facet_add_up_and_facets_narrow() {
        let (a, b) = (pick(Facet::Strand, "local-forum"), pick(Facet::Strand, "training-programme"));
        let one = |c| {
            let mut f = Filters::default();
            f.toggle(c);
            f.count()
        };
        let mut both = Filters::default();
        both.toggle(a);
        both.toggle(b);
        assert_eq!(both.count(), one(a) + one(b), "a strand is a partition: any-of adds up");
        let before = both.count();
        both.toggle(pick(Facet::Country, "JP"));
        assert!(both.count() < before && both.count() > 0, "another facet narrows");
        for e in query::all_events().filter(|&e| both.matches(e)) {
            assert!(Choice::Country(Country::Jp).holds(e) && (a.holds(e) || b.holds(e)));
        }
    }

    #[test]
    fn facet_counts_say_what_a_click_would_leave() {
        let mut f = Filters::default();
        f.toggle(pick(Facet::Country, "VN"));
        for f2 in Facet::ALL {
            for (c, _) in options(f2) {
                let mut g = f.clone();
                if !g.has(c) {
                    g.toggle(c);
                }
                assert_eq!(f.count_with(c), g.count(), "{c:?}");
            }
        }
    }

    #[test]
    fn a_locality_keeps_the_parents_of_what_matches() {
        let mut f = Filters::default();
        f.toggle(pick(Facet::Locality, "VN:22"));
        let forum = event_by_id("forum-2025").unwrap();
        assert!(f.keeps(forum));
        let kept = f.kept();
        for e in query::all_events() {
            if f.matches(e) {
                let mut p = e.get().parent;
                while let Some(q) = p {
                    assert!(kept[q.0 as usize], "{} keeps its parent {}", e.get().id, q.get().id);
                    p = q.get().parent;
                }
            }
        }
        assert!(!kept[event_by_id("training-2025").unwrap().0 as usize]);
    }

    #[test]
    fn people_and_countries_of_events_without_places() {
        let mut f = Filters::default();
        let ishiba = pick(Facet::Person, "ishiba-shigeru");
        f.toggle(ishiba);
        assert!(f.count() > 0);
        assert!(
            query::all_events().filter(|&e| f.matches(e)).all(|e| e
                .get()
                .people
                .iter()
                .any(|p| p.person.get().id == "ishiba-shigeru"))
        );
        for e in query::all_events().filter(|e| e.get().places.is_empty() && !e.get().people.is_empty()) {
            let c = e.get().people[0].person.get().country;
            assert!(Choice::Country(c).holds(e));
        }
    }

    #[test]
    fn partnerships_pass_by_locality_theme_or_their_events() {
        use crate::data::PARTNERSHIPS;
        assert!(PARTNERSHIPS.iter().all(|p| Filters::default().passes_partnership(p)));
        let mut f = Filters::default();
        f.toggle(pick(Facet::Locality, "JP:10"));
        let gunma: Vec<&str> = PARTNERSHIPS.iter().filter(|p| f.passes_partnership(p)).map(|p| p.id).collect();
        assert!(!gunma.is_empty() && gunma.len() < PARTNERSHIPS.len(), "{gunma:?}");
        f.toggle(pick(Facet::Country, "VN"));
        let still: Vec<&str> = PARTNERSHIPS.iter().filter(|p| f.passes_partnership(p)).map(|p| p.id).collect();
        assert_eq!(gunma, still, "a partnership spans both countries");
    }

    #[test]
    fn ids_round_trip() {
        for f in Facet::ALL {
            for (c, id) in options(f) {
                assert_eq!(choice_from_id(f, id), Some(c));
                assert_eq!(choice_id(c), id);
            }
        }
        assert_eq!(choice_from_id(Facet::Strand, "nope"), None);
    }
}
