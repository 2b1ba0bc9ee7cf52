//! Issue 14: what a careful reader of the five documents can check mechanically in the real `seeds/`.
//!
//! The seeds are loaded through the seed compiler (as `tests/seeds.rs` does), the documents are read
//! from `../shared/seeds/`. Each test names every offending record at once. The fact-check itself is a
//! person's work; these tests keep its mechanical results from regressing.

#[path = "../src/seedc/mod.rs"]
#[allow(dead_code)]
mod seedc;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use seedc::Dataset;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn seeds() -> Dataset {
    seedc::load(&root().join("seeds")).unwrap_or_else(|ps| {
        panic!("the seeds do not load:\n{}", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
    })
}

fn is_katakana(c: char) -> bool {
    // The katakana block, without the middle dot and the long-vowel mark that kanji names never need
    // either way; half-width katakana too.
    matches!(c as u32, 0x30A1..=0x30FA | 0xFF66..=0xFF9D)
}

fn is_kanji(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// Why a person's Japanese name may be written in katakana.
#[derive(Debug)]
enum Katakana {
    /// A Vietnamese name: katakana is how Japanese (and Japan's Foreign Ministry) write it.
    Vietnamese,
    /// A Japanese name whose kanji the documents do not give and we do not know; the record must say
    /// so in `derived.name`.
    KanjiUnknown,
}

/// Every person whose Japanese name is (or contains) katakana, and why.
const KATAKANA_ALLOWED: &[(&str, Katakana)] = &[
    ("pham-minh-chinh", Katakana::Vietnamese),
    ("ngo-le-van", Katakana::Vietnamese),
    ("tran-duy-dong", Katakana::Vietnamese),
    ("nguyen-tuan-anh", Katakana::Vietnamese),
    ("le-trung-kien", Katakana::Vietnamese),
    ("vinh-tho", Katakana::Vietnamese),
    ("pham-cong", Katakana::Vietnamese),
    ("thanh-long", Katakana::Vietnamese),
    // The report prints only "Prf. Takada".
    ("professor-takada", Katakana::KanjiUnknown),
];

/// Japanese names of people are in the script their own offices use: a Japanese person's `name.ja`
/// is in kanji. Any `name.ja` containing katakana must be on [`KATAKANA_ALLOWED`] with its reason: a
/// Vietnamese person (`country = "VN"`), or a Japanese person whose kanji are not known to us, whose
/// record then says so in `derived.name`. A Japanese person in katakana without an entry fails, and
/// so does an entry that no longer matches the data (a stale excuse).
#[test]
fn japanese_names_of_people_are_in_their_own_script() {
    let d = seeds();
    let mut wrong = Vec::new();
    for p in &d.people {
        let id = p.meta.id.as_str();
        let katakana = p.name.ja.chars().any(is_katakana);
        match KATAKANA_ALLOWED.iter().find(|(a, _)| *a == id) {
            None if katakana => wrong.push(format!(
                "{id}: name.ja {:?} is in katakana and has no entry in KATAKANA_ALLOWED (country {})",
                p.name.ja, p.country
            )),
            None if p.country == "JP" && !p.name.ja.chars().any(is_kanji) => {
                wrong.push(format!("{id}: a Japanese person's name.ja {:?} has no kanji", p.name.ja))
            }
            None => {}
            Some((_, why)) => {
                if !katakana {
                    wrong.push(format!("{id}: allowed katakana ({why:?}) but name.ja {:?} has none", p.name.ja));
                }
                match why {
                    Katakana::Vietnamese if p.country != "VN" => {
                        wrong.push(format!("{id}: allowed as Vietnamese but country is {}", p.country))
                    }
                    Katakana::KanjiUnknown if p.country != "JP" => {
                        wrong.push(format!("{id}: allowed as a Japanese name but country is {}", p.country))
                    }
                    Katakana::KanjiUnknown if !p.derived.iter().any(|x| x.field == "name") => {
                        wrong.push(format!("{id}: katakana for unknown kanji must be explained in derived.name"))
                    }
                    _ => {}
                }
            }
        }
    }
    for (id, _) in KATAKANA_ALLOWED {
        if !d.people.iter().any(|p| p.meta.id == *id) {
            wrong.push(format!("{id}: on KATAKANA_ALLOWED but no such person"));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

/// Every figure's `as_of` is stated by its source or explained. It counts as stated only when it is
/// exactly the date a source of the figure prints for itself: the `date` of one of the figure's
/// sources, where that source record has no `derived.date` (its date is read off the page, not
/// inferred). Anything else (the day of the talks worked out from "on Monday", the forum's day given
/// to an undated page, the year added to "November 25", a programme's dates for an undated report, a
/// figure dated by the event it was said at) needs a `derived.as_of` saying how it was found.
#[test]
fn every_figure_as_of_is_stated_by_its_source_or_explained() {
    let d = seeds();
    let mut wrong = Vec::new();
    for f in &d.figures {
        let stated = f.sources.iter().any(|r| {
            d.sources
                .iter()
                .find(|s| s.meta.id == r.id)
                .is_some_and(|s| s.date == f.as_of && !s.derived.iter().any(|x| x.field == "date"))
        });
        let explained = f.derived.iter().any(|x| x.field == "as_of");
        if !stated && !explained {
            let (a, b) = (f.as_of.start, f.as_of.end);
            wrong.push(format!(
                "{} (line {}): as_of {:04}-{:02}-{:02}…{:04}-{:02}-{:02} is not a date its sources print; add derived.as_of",
                f.meta.id, f.meta.line, a.year, a.month, a.day, b.year, b.month, b.day
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

/// Lowercase, Vietnamese diacritics folded to their base letters (đ → d), so that a restored
/// "Lâm Đồng" is the document's "Lam Dong".
fn fold(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáạảãâầấậẩẫăằắặẳẵ", 'a'),
        ("èéẹẻẽêềếệểễ", 'e'),
        ("ìíịỉĩ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡ", 'o'),
        ("ùúụủũưừứựửữ", 'u'),
        ("ỳýỵỷỹ", 'y'),
        ("đ", 'd'),
    ];
    let c = c.to_lowercase().next().unwrap_or(c);
    GROUPS.iter().find(|(set, _)| set.contains(c)).map(|(_, base)| *base).unwrap_or(c)
}

/// The words of `text` outside quotation marks, as runs: a quotation ends a run (n-grams do not
/// cross it). Words are runs of letters and digits after [`fold`]; anything else separates them.
/// A single quote opens a quotation after a space, an opening bracket or the start, and closes before
/// a non-letter, so the apostrophe in "Japan's" is not one.
fn runs_outside_quotes(text: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = vec![Vec::new()];
    let mut word = String::new();
    let mut quoted: Option<char> = None;
    let flush = |word: &mut String, runs: &mut Vec<Vec<String>>, quoted: Option<char>| {
        if !word.is_empty() {
            if quoted.is_none() {
                runs.last_mut().expect("a run").push(std::mem::take(word));
            } else {
                word.clear();
            }
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let before = if i == 0 { ' ' } else { chars[i - 1] };
        let after = chars.get(i + 1).copied().unwrap_or(' ');
        let opens = |c: char| match c {
            '“' | '‘' | '«' => true,
            '\'' | '"' => before.is_whitespace() || "([—–-/".contains(before),
            _ => false,
        };
        let closes = |open: char, c: char| match (open, c) {
            ('“', '”') | ('‘', '’') | ('«', '»') | ('"', '"') => true,
            ('\'', '\'') | ('‘', '\'') => !after.is_alphanumeric(),
            _ => false,
        };
        match quoted {
            Some(open) if closes(open, c) => {
                word.clear();
                quoted = None;
                runs.push(Vec::new());
            }
            None if opens(c) => {
                flush(&mut word, &mut runs, None);
                quoted = Some(c);
                runs.push(Vec::new());
            }
            _ if c.is_alphanumeric() => word.push(fold(c)),
            _ => flush(&mut word, &mut runs, quoted),
        }
    }
    flush(&mut word, &mut runs, quoted);
    runs.retain(|r| !r.is_empty());
    runs
}

const RUN: usize = 12;

/// No English summary, `about`, `measure`, counterpart or speaker note shares a run of 12 or more
/// words with any of the five documents, ignoring case, punctuation and Vietnamese diacritics; words
/// inside quotation marks (the short, attributed quotations a summary may carry) are not counted, and
/// a run never spans a quotation. Titles printed as titles (`sources.title`) and `quotes.text` are
/// quotations by definition and are not checked.
#[test]
fn no_english_text_copies_a_run_of_twelve_words_from_a_document() {
    let d = seeds();
    let docs: Vec<(String, String)> = d
        .sources
        .iter()
        .filter(|s| s.kind == "document")
        .map(|s| {
            let file = s.file.clone().expect("a document names its file");
            let path = root().join("../shared/seeds").join(&file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is needed to check for copying: {e}", path.display()));
            (file, text)
        })
        .collect();
    assert_eq!(docs.len(), 5, "the five documents");
    let mut grams: HashSet<Vec<String>> = HashSet::new();
    for (_, text) in &docs {
        // The documents' own quotation marks do not matter here: every word counts.
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().map(fold).collect())
            .collect();
        for w in words.windows(RUN) {
            grams.insert(w.to_vec());
        }
    }
    let mut texts: Vec<(String, &str, &str)> = Vec::new();
    for e in &d.events {
        texts.push((format!("events.toml {}", e.meta.id), "summary.en", &e.summary.en));
    }
    for s in &d.sources {
        texts.push((format!("sources.toml {}", s.meta.id), "about.en", &s.about.en));
    }
    for s in &d.strands {
        texts.push((format!("strands.toml {}", s.meta.id), "about.en", &s.about.en));
    }
    for f in &d.figures {
        texts.push((format!("figures.toml {}", f.meta.id), "measure.en", &f.measure.en));
    }
    for p in &d.partnerships {
        texts.push((format!("partnerships.toml {}", p.meta.id), "summary.en", &p.summary.en));
        if let Some(c) = &p.counterpart {
            texts.push((format!("partnerships.toml {}", p.meta.id), "counterpart.en", &c.en));
        }
    }
    for q in &d.quotes {
        if let Some(n) = &q.speaker_note {
            texts.push((format!("quotes.toml {}", q.meta.id), "speaker_note.en", &n.en));
        }
    }
    let mut copied = Vec::new();
    for (record, field, text) in &texts {
        for run in runs_outside_quotes(text) {
            if let Some(w) = run.windows(RUN).find(|w| grams.contains(*w)) {
                copied.push(format!("{record} {field}: \"{}\"", w.join(" ")));
                break;
            }
        }
    }
    assert!(texts.len() > 100, "{} texts checked", texts.len());
    assert!(
        copied.is_empty(),
        "\nruns of {RUN} words shared with a document, outside quotation marks:\n{}\n",
        copied.join("\n")
    );
}

#[test]
fn quotation_marks_and_diacritics_are_handled_as_the_copy_check_says() {
    let runs = runs_outside_quotes("Lâm Đồng's farms, 'a quoted phrase here' and “another” end");
    assert_eq!(runs, vec![vec!["lam", "dong", "s", "farms"], vec!["and"], vec!["end"]]);
    // An apostrophe inside a word is not a quotation mark; a quotation left open hides the rest.
    assert_eq!(runs_outside_quotes("Japan's 'open"), vec![vec!["japan", "s"]]);
}

/// Issue 14, finding 6: the motto is Phạm Minh Chính's citation of Takaichi Sanae's words, with her
/// own Japanese wording, not her speaking at the forum.
#[test]
fn the_takaichi_motto_is_chinh_citing_her_own_words() {
    let d = seeds();
    let q = d.quotes.iter().find(|q| q.meta.id == "q-takaichi-work").expect("the motto");
    assert_eq!(q.speaker.as_ref().map(|r| r.id.as_str()), Some("pham-minh-chinh"));
    assert_eq!(q.cites.as_ref().map(|r| r.id.as_str()), Some("takaichi-sanae"));
    assert_eq!(q.original.as_deref(), Some("ja"));
    assert!(q.ja.starts_with("働いて"), "{}", q.ja);
}

/// Issue 14, finding 7: no document dates an edition of any festival, so none is asserted as held.
#[test]
fn no_festival_is_given_a_dated_edition() {
    let d = seeds();
    let festivals: Vec<_> = d.events.iter().filter(|e| e.kind == "festival").collect();
    assert!(festivals.len() >= 4);
    for e in festivals {
        assert_eq!(e.status, "undated", "{}", e.meta.id);
    }
}

/// Issue 14, finding 3: Yamanashi's sister province is the former Quảng Bình, now part of Quảng Trị,
/// pinned at Đồng Hới, the merged province's seat, and the records say so.
#[test]
fn yamanashis_sister_province_is_the_former_quang_binh() {
    let d = seeds();
    let place = d.places.iter().find(|p| p.meta.id == "quang-tri").expect("Quảng Trị");
    assert!((place.lat - 17.47).abs() < 0.05 && (place.lon - 106.62).abs() < 0.05, "{}, {}", place.lat, place.lon);
    assert!(place.name.en.contains("Quảng Bình") && place.name.ja.contains("クアンビン"));
    let p = d.partnerships.iter().find(|p| p.meta.id == "p-yamanashi-quang-tri").expect("the sister relation");
    for text in [&p.summary.en, &p.summary.vi] {
        assert!(text.contains("Quảng Bình"), "{text}");
    }
    assert!(p.summary.ja.contains("クアンビン"));
}
