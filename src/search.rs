//! Search over events, places, units, people, organisations and themes, in all three languages,
//! tolerant of case and of missing Vietnamese diacritics ("Quang Ninh" finds "Quảng Ninh").

use std::sync::OnceLock;

use crate::data::{EVENTS, ORGANISATIONS, PEOPLE, PLACES, THEMES, Text, UNITS};

/// What a hit is, in the order results are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Event,
    Place,
    Unit,
    Person,
    Organisation,
    Theme,
}

/// One result: the kind and the index of the record in its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub index: u16,
    pub score: u32,
}

/// Folds a string for matching: lowercase, Vietnamese and other Latin diacritics removed (đ → d).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ' | 'ẫ' | 'ậ'
            | 'ā' | 'ä' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' | 'ē' | 'ë' => 'e',
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'ī' | 'ï' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở' | 'ỡ' | 'ợ'
            | 'ō' | 'ö' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' | 'ū' | 'ü' => 'u',
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            '–' | '—' | '‑' => '-',
            c => c,
        })
        .collect()
}

/// A record's searchable text, folded: names (weighted) and the rest.
struct Entry {
    kind: Kind,
    index: u16,
    names: Vec<String>,
    rest: String,
}

fn texts(t: &Text) -> Vec<String> {
    vec![fold(t.en), fold(t.vi), fold(t.ja)]
}

fn index() -> &'static [Entry] {
    static INDEX: OnceLock<Vec<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut v = Vec::new();
        for (i, e) in EVENTS.iter().enumerate() {
            let places: Vec<String> = e.places.iter().flat_map(|p| texts(&p.get().name)).collect();
            let rest = [texts(&e.summary), places].concat().join(" ");
            v.push(Entry { kind: Kind::Event, index: i as u16, names: texts(&e.title), rest });
        }
        for (i, p) in PLACES.iter().enumerate() {
            let mut names = texts(&p.name);
            names.extend(p.aliases.iter().map(|a| fold(a)));
            let rest = texts(&p.unit.get().name).join(" ");
            v.push(Entry { kind: Kind::Place, index: i as u16, names, rest });
        }
        for (i, u) in UNITS.iter().enumerate() {
            let mut names = texts(&u.name);
            names.extend(u.old_names.iter().map(|a| fold(a)));
            v.push(Entry { kind: Kind::Unit, index: i as u16, names, rest: String::new() });
        }
        for (i, p) in PEOPLE.iter().enumerate() {
            v.push(Entry {
                kind: Kind::Person,
                index: i as u16,
                names: texts(&p.name),
                rest: texts(&p.title).join(" "),
            });
        }
        for (i, o) in ORGANISATIONS.iter().enumerate() {
            let mut names = texts(&o.name);
            names.extend(o.short.map(fold));
            names.extend(o.aliases.iter().map(|a| fold(a)));
            v.push(Entry { kind: Kind::Organisation, index: i as u16, names, rest: String::new() });
        }
        for (i, t) in THEMES.iter().enumerate() {
            v.push(Entry { kind: Kind::Theme, index: i as u16, names: texts(&t.name), rest: String::new() });
        }
        v
    })
}

/// How well one folded query token matches a name: whole name, name prefix, word prefix, inside.
fn name_score(name: &str, token: &str) -> u32 {
    if name == token {
        100
    } else if name.starts_with(token) {
        60
    } else if name.split(|c: char| c.is_whitespace() || c == '-').any(|w| w.starts_with(token)) {
        40
    } else if name.contains(token) {
        20
    } else {
        0
    }
}

/// Every record matching all the words of `query`, best first within each kind, kinds in order.
pub fn search(query: &str) -> Vec<Hit> {
    let q = fold(query.trim());
    let tokens: Vec<&str> = q.split_whitespace().collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    let phrase = tokens.join(" ");
    let mut hits: Vec<Hit> = index()
        .iter()
        .filter_map(|e| {
            let mut score = 0;
            for t in &tokens {
                let best = e.names.iter().map(|n| name_score(n, t)).max().unwrap_or(0);
                let s = if best > 0 {
                    best
                } else if e.rest.contains(t) {
                    5
                } else {
                    return None;
                };
                score += s;
            }
            // The whole phrase in a name beats the words scattered.
            if tokens.len() > 1 {
                score += e.names.iter().map(|n| name_score(n, &phrase)).max().unwrap_or(0);
            }
            Some(Hit { kind: e.kind, index: e.index, score })
        })
        .collect();
    // Groups in order of their best hit (a place named "Quảng Ninh" before events that mention it),
    // then by kind; within a group, best first.
    let best = |k: Kind| hits.iter().filter(|h| h.kind == k).map(|h| h.score).max().unwrap_or(0);
    let bests: Vec<(Kind, u32)> = [Kind::Event, Kind::Place, Kind::Unit, Kind::Person, Kind::Organisation, Kind::Theme]
        .map(|k| (k, best(k)))
        .to_vec();
    let group_best = |k: Kind| bests.iter().find(|(x, _)| *x == k).map(|(_, b)| *b).unwrap_or(0);
    crate::order::sort_by(&mut hits, |a, b| {
        group_best(b.kind)
            .cmp(&group_best(a.kind))
            .then(a.kind.cmp(&b.kind))
            .then(b.score.cmp(&a.score))
            .then(a.index.cmp(&b.index))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(query: &str, kind: Kind) -> Option<u16> {
        search(query).into_iter().find(|h| h.kind == kind).map(|h| h.index)
    }

    fn place(id: &str) -> u16 {
        PLACES.iter().position(|p| p.id == id).unwrap() as u16
    }

    #[test]
    fn folding_removes_vietnamese_diacritics_and_case() {
        assert_eq!(fold("Quảng Ninh"), "quang ninh");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Phạm Minh Chính"), "pham minh chinh");
        assert_eq!(fold("Ngô Lê Văn"), "ngo le van");
        assert_eq!(fold("Hồ Chí Minh"), "ho chi minh");
        assert_eq!(fold("群馬県"), "群馬県");
    }

    #[test]
    fn quang_ninh_with_or_without_diacritics_finds_the_province_first() {
        for q in ["Quang Ninh", "quảng ninh", "QUANG NINH", "quang"] {
            assert_eq!(top(q, Kind::Place), Some(place("quang-ninh")), "{q}");
        }
        let unit = UNITS.iter().position(|u| u.id == "VN:22").unwrap() as u16;
        assert_eq!(top("Quang Ninh", Kind::Unit), Some(unit));
    }

    #[test]
    fn the_best_matching_group_comes_first() {
        assert_eq!(search("quang ninh")[0].kind, Kind::Place, "the province itself before events mentioning it");
        assert_eq!(search("plenary session")[0].kind, Kind::Event);
    }

    #[test]
    fn finds_in_all_three_languages() {
        let forum = EVENTS.iter().position(|e| e.id == "forum-2025").unwrap() as u16;
        assert_eq!(top("Local Cooperation Forum", Kind::Event), Some(forum));
        assert_eq!(top("Diễn đàn hợp tác địa phương", Kind::Event), Some(forum));
        assert_eq!(top("dien dan hop tac dia phuong", Kind::Event), Some(forum));
        assert_eq!(top("地方協力フォーラム", Kind::Event), Some(forum));
        assert_eq!(top("群馬", Kind::Place), Some(place("gunma")));
        let chinh = PEOPLE.iter().position(|p| p.id == "pham-minh-chinh").unwrap() as u16;
        assert_eq!(top("ファム・ミン・チン", Kind::Person), Some(chinh));
        assert_eq!(top("pham minh chinh", Kind::Person), Some(chinh));
    }

    #[test]
    fn names_rank_above_summaries_and_results_group_by_kind() {
        let hits = search("Gunma");
        let mut kinds: Vec<Kind> = hits.iter().map(|h| h.kind).collect();
        kinds.dedup();
        let mut unique = kinds.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(kinds.len(), unique.len(), "each kind forms one group: {kinds:?}");
        let events: Vec<&Hit> = hits.iter().filter(|h| h.kind == Kind::Event).collect();
        assert!(events.windows(2).all(|w| w[0].score >= w[1].score));
        let first = EVENTS[events[0].index as usize].title.en;
        assert!(first.contains("Gunma"), "an event named for Gunma comes first, not {first}");
        assert!(search("").is_empty() && search("   ").is_empty());
        assert!(search("zzzqqq").is_empty());
    }

    #[test]
    fn organisations_by_short_name_and_alias() {
        let jica = ORGANISATIONS.iter().position(|o| o.id == "jica").unwrap() as u16;
        assert_eq!(top("jica", Kind::Organisation), Some(jica));
        let jvpfa = ORGANISATIONS.iter().position(|o| o.id == "jvpfa").unwrap() as u16;
        assert_eq!(top("Japan-Vietnam Friendship Parliamentary", Kind::Organisation), Some(jvpfa));
    }
}
