//! The seed compiler against deliberately broken fixtures, and against the real `seeds/`.
//!
//! Each test copies `tests/fixtures/valid/` to a temporary folder, breaks it in a known way, and
//! asserts the exact message: file, line, record, field and quoted value.

#[path = "../src/seedc/mod.rs"]
#[allow(dead_code)]
mod seedc;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use seedc::{Dataset, Problem};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
}

/// Copies the valid fixtures, applies `(file, from, to)` replacements (each must match), and loads them.
fn load_with(edits: &[(&str, &str, &str)]) -> Result<Dataset, Vec<Problem>> {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir =
        std::env::temp_dir().join(format!("vnjp-seeds-{}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst)));
    std::fs::create_dir_all(&dir).unwrap();
    for f in seedc::FILES {
        std::fs::copy(fixtures().join(f), dir.join(f)).unwrap();
    }
    for (file, from, to) in edits {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "fixture {file} does not contain {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    let result = seedc::load(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    result
}

/// Loads with `edits` and returns every problem as its one-line message.
fn problems(edits: &[(&str, &str, &str)]) -> Vec<String> {
    match load_with(edits) {
        Ok(_) => panic!("the broken fixtures loaded without a problem"),
        Err(ps) => ps.iter().map(|p| p.to_string()).collect(),
    }
}

fn assert_reports(edits: &[(&str, &str, &str)], expected: &[&str]) {
    let got = problems(edits);
    assert_eq!(got, expected, "\ngot:\n{}\n", got.join("\n"));
}

#[test]
fn valid_fixtures_load() {
    let d = load_with(&[]).expect("valid fixtures");
    assert_eq!((d.events.len(), d.places.len(), d.units.len()), (2, 2, 2));
}

#[test]
fn bad_date() {
    assert_reports(
        &[("events.toml", r#"date = "2025-11-25""#, r#"date = "2025-02-30""#)],
        &[
            r#"seeds/events.toml:11: record `event-parent`, field `date`: invalid date: 2025-02 has no day 30 (value: "2025-02-30")"#,
        ],
    );
}

#[test]
fn range_ending_before_it_starts() {
    assert_reports(
        &[("events.toml", r#"date = "2025-11-25""#, r#"date = "2025-11-25/2025-11-20""#)],
        &[
            r#"seeds/events.toml:11: record `event-parent`, field `date`: invalid date: the range ends before it starts (value: "2025-11-25/2025-11-20")"#,
        ],
    );
}

#[test]
fn child_outside_its_parent() {
    assert_reports(
        &[("events.toml", "date = \"2025-11-25\"\ndaypart", "date = \"2025-11-26\"\ndaypart")],
        &[
            r#"seeds/events.toml:30: record `event-child`, field `date`: lies outside its parent `event-parent` (2025-11-25…2025-11-25) (value: "2025-11-26…2025-11-26")"#,
        ],
    );
}

#[test]
fn dangling_references() {
    assert_reports(
        &[
            ("events.toml", r#"places = ["place-vn"]"#, r#"places = ["place-nowhere"]"#),
            ("figures.toml", r#"said_by = "person-a""#, r#"said_by = "event-child""#),
            ("places.toml", r#"unit = "VN:22""#, r#"unit = "VN:23""#),
        ],
        &[
            r#"seeds/events.toml:13: record `event-parent`, field `places`: refers to no place (value: "place-nowhere")"#,
            r#"seeds/figures.toml:10: record `figure-a`, field `said_by`: refers to a event, expected a person (value: "event-child")"#,
            r#"seeds/places.toml:21: record `place-vn`, field `unit`: refers to no unit (value: "VN:23")"#,
        ],
    );
}

#[test]
fn missing_source() {
    assert_reports(
        &[("quotes.toml", "sources = [\"src-a\"]\n", "")],
        &["seeds/quotes.toml:2: record `quote-a`, field `sources`: is missing"],
    );
    assert_reports(
        &[("themes.toml", r#"sources = ["src-a"]"#, "sources = []")],
        &["seeds/themes.toml:2: record `theme-a`, field `sources`: must name at least one source"],
    );
}

#[test]
fn missing_or_untranslated_text() {
    assert_reports(
        &[("events.toml", "title.ja = \"親\"\n", "")],
        &["seeds/events.toml:5: record `event-parent`, field `title.ja`: missing translation"],
    );
    assert_reports(
        &[("people.toml", r#"name.ja = "人物A""#, r#"name.ja = "Person A""#)],
        &[
            r#"seeds/people.toml:5: record `person-a`, field `name.ja`: Japanese text must contain Japanese script (value: "Person A")"#,
        ],
    );
    assert_reports(
        &[("quotes.toml", "translation.vi = \"Một trích dẫn ngắn\"\n", "")],
        &["seeds/quotes.toml:4: record `quote-a`, field `translation.vi`: missing translation"],
    );
}

#[test]
fn a_broken_record_is_not_reported_again_where_it_is_named() {
    // The parent loses its title, so it is dropped; its child, the figure, the quote and the
    // partnership all name it, and none of them may report a dangling reference.
    let got = problems(&[("events.toml", "title.en = \"Parent\"\n", "")]);
    assert_eq!(got, ["seeds/events.toml:5: record `event-parent`, field `title.en`: missing translation"]);
}

#[test]
fn coordinates_outside_the_country() {
    assert_reports(
        &[("places.toml", "lat = 20.95", "lat = 35.95")],
        &[
            r#"seeds/places.toml:22: record `place-vn`, field `lat/lon`: lies outside VN's bounding box (lat 6…23.5, lon 102…117.9) (value: "35.95, 107.04")"#,
        ],
    );
}

#[test]
fn unit_codes_must_exist() {
    assert_reports(
        &[
            ("units.toml", r#"id = "VN:22""#, r#"id = "VN:21""#),
            ("places.toml", r#"unit = "VN:22""#, r#"unit = "VN:21""#),
        ],
        &[
            r#"seeds/units.toml:10: record `VN:21`, field `id`: a unit id is JP:01…JP:47 or VN: and a GSO code of the 34 provincial units (value: "VN:21")"#,
        ],
    );
    assert_reports(
        &[("places.toml", r#"unit = "JP:10""#, r#"unit = "VN:22""#)],
        &[
            r#"seeds/places.toml:8: record `place-jp`, field `unit`: lies in another country than the place (value: "VN:22")"#,
        ],
    );
}

#[test]
fn duplicate_ids_across_kinds() {
    assert_reports(
        &[("quotes.toml", r#"id = "quote-a""#, r#"id = "figure-a""#)],
        &[
            r#"seeds/quotes.toml:2: record `figure-a`, field `id`: duplicate id (first used at seeds/figures.toml:2) (value: "figure-a")"#,
        ],
    );
}

#[test]
fn unknown_fields_bad_types_and_vocabulary() {
    assert_reports(
        &[
            ("events.toml", "summary.en = \"Child event\"", "sumary.en = \"Child event\""),
            ("places.toml", "lon = 139.06", "lon = \"east\""),
            ("events.toml", r#"kind = "forum""#, r#"kind = "party""#),
        ],
        &[
            r#"seeds/events.toml:4: record `event-parent`, field `kind`: must be one of: visit, talks, ceremony, press, programme, reception, lecture, site-visit, courtesy-call, forum, session, speech, meeting, exhibition, message, agreement, summit, reform, plan, survey, disaster, festival (value: "party")"#,
            r#"seeds/events.toml:27: record `event-child`, field `sumary`: unknown field (value: "{…}")"#,
            "seeds/events.toml:28: record `event-child`, field `summary.en`: missing translation",
            r#"seeds/places.toml:10: record `place-jp`, field `lon`: must be a number (value: "east")"#,
        ],
    );
}

#[test]
fn parent_cycles() {
    let got = problems(&[(
        "events.toml",
        "status = \"held\"\nplaces",
        "status = \"held\"\nparent = \"event-child\"\nplaces",
    )]);
    assert!(got.iter().any(|p| p.contains("field `parent`: parents form a cycle")), "{got:?}");
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let got = problems(&[("figures.toml", "value = 16000", "value = = 16000")]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("seeds/figures.toml:3: record `?`, field `?`: not valid TOML"), "{got:?}");
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let got = problems(&[
        ("events.toml", r#"date = "2025-11-25""#, r#"date = "2025-13-01""#),
        ("events.toml", r#"places = ["place-vn"]"#, r#"places = ["nowhere"]"#),
        ("quotes.toml", "sources = [\"src-a\"]\n", ""),
        ("people.toml", "title.vi = \"Chức danh\"\n", ""),
        ("organisations.toml", r#"place = "place-jp""#, r#"place = "place-xx""#),
        ("partnerships.toml", r#"date = "2025-10""#, r#"date = "2025-1""#),
        ("sources.toml", r#"credits = ["person-a"]"#, r#"credits = ["person-b"]"#),
    ]);
    let files: Vec<&str> = got.iter().map(|p| p.split(':').next().unwrap()).collect();
    assert_eq!(got.len(), 7, "{}", got.join("\n"));
    assert!(
        got.iter().any(|p| p.contains("field `places`: refers to no place (value: \"nowhere\")")),
        "the bad date must not hide the bad place"
    );
    for f in ["events", "quotes", "people", "organisations", "partnerships", "sources"] {
        assert!(
            files.contains(&format!("seeds/{f}.toml").as_str()),
            "no problem reported in {f}.toml:\n{}",
            got.join("\n")
        );
    }
}

#[test]
fn the_real_seeds_compile() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let d = match seedc::load(&dir) {
        Ok(d) => d,
        Err(ps) => panic!("{}", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")),
    };
    assert_eq!(d.units.iter().filter(|u| u.country == "JP").count(), 47);
    assert_eq!(d.units.iter().filter(|u| u.country == "VN").count(), 34);
    assert_eq!(d.sources.iter().filter(|s| s.kind == "document").count(), 5);
    let code = seedc::generate(&d);
    assert!(code.contains("pub static EVENTS: [Event; "));
}

/// The Vietnamese units in `seeds/units.toml` must be exactly the 34 of `shared/geo/vietnam-34-provinces.csv`,
/// with the same names and the same merged provinces.
#[test]
fn vietnamese_units_match_the_shared_list() {
    let csv_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/geo/vietnam-34-provinces.csv");
    let csv = std::fs::read_to_string(&csv_path)
        .unwrap_or_else(|e| panic!("{} is needed to check the units against it: {e}", csv_path.display()));
    let d = seedc::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("seeds load");
    let mut rows = 0;
    for line in csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split(',').collect();
        let (code, name, is_city, old) = (cols[0], cols[1], cols[2] == "yes", cols[4]);
        let unit =
            d.units.iter().find(|u| u.meta.id == format!("VN:{code}")).unwrap_or_else(|| panic!("no unit VN:{code}"));
        let vi = if code == "79" { "Thành phố Hồ Chí Minh" } else { name };
        assert_eq!(unit.name.vi, vi, "VN:{code}");
        assert_eq!(unit.is_city, is_city, "VN:{code}");
        let old: Vec<&str> = old.split(';').map(|s| s.trim().split(" (NE").next().unwrap()).collect();
        assert_eq!(unit.old_names, old, "VN:{code}");
        rows += 1;
    }
    assert_eq!(rows, 34);
}

/// Adds a second person to the fixtures, for a quotation that cites someone other than its speaker.
const PERSON_B: (&str, &str, &str) = (
    "people.toml",
    "orgs = [\"org-a\"]\nsources = [\"src-a\"]\n",
    "orgs = [\"org-a\"]\nsources = [\"src-a\"]\n\n[[person]]\nid = \"person-b\"\nname.en = \"Person B\"\nname.vi = \"Người B\"\nname.ja = \"人物B\"\ntitle.en = \"Title\"\ntitle.vi = \"Chức danh\"\ntitle.ja = \"役職\"\ncountry = \"JP\"\nsources = [\"src-a\"]\n",
);

/// Issue 14: a speaker citing someone else's words, in that person's own Japanese wording.
#[test]
fn a_quotation_can_cite_another_persons_own_words() {
    let cited = (
        "quotes.toml",
        "translation.ja = \"短い引用\"\nspeaker = \"person-a\"\n",
        "original.ja = \"本人の言葉\"\nspeaker = \"person-a\"\ncites = \"person-b\"\nderived.original = \"Her own words, as widely reported.\"\n",
    );
    let d = load_with(&[PERSON_B, cited]).expect("a quotation citing person-b loads");
    let q = &d.quotes[0];
    assert_eq!((q.cites.as_ref().map(|c| c.id.as_str()), q.original.as_deref()), (Some("person-b"), Some("ja")));
    assert_eq!((q.vi.as_str(), q.ja.as_str()), ("Một trích dẫn ngắn", "本人の言葉"));
    let code = seedc::generate(&d);
    assert!(code.contains("original: Some(crate::lang::Lang::Ja)") && code.contains("cites: Some(PersonId(1))"));

    // Whose words they are must be a person; the original wording must say where it comes from; and
    // a language cannot have both our translation and the original.
    assert_reports(
        &[("quotes.toml", "speaker = \"person-a\"\n", "speaker = \"person-a\"\ncites = \"event-child\"\n")],
        &[
            r#"seeds/quotes.toml:7: record `quote-a`, field `cites`: refers to a event, expected a person (value: "event-child")"#,
        ],
    );
    assert_reports(
        &[("quotes.toml", "speaker = \"person-a\"\n", "original.ja = \"本人の言葉\"\nspeaker = \"person-a\"\n")],
        &[
            "seeds/quotes.toml:2: record `quote-a`, field `derived.original`: the documents print English only: say where the original wording comes from",
            "seeds/quotes.toml:5: record `quote-a`, field `translation.ja`: the quotation gives the original wording in this language",
        ],
    );
    assert_reports(
        &[("quotes.toml", "speaker = \"person-a\"\n", "speaker = \"person-a\"\ncites = \"person-a\"\n")],
        &[
            r#"seeds/quotes.toml:7: record `quote-a`, field `cites`: a speaker does not cite themselves (value: "person-a")"#,
        ],
    );
}

/// Issue 14: a festival the documents name but date no edition of is `undated`, shown at the date
/// of a report that names it, and only at such a date.
#[test]
fn an_undated_event_sits_at_a_sources_date() {
    let undated = ("events.toml", "status = \"held\"\nplaces", "status = \"undated\"\nplaces");
    let d = load_with(&[undated]).expect("an undated event at its source's date loads");
    assert_eq!(d.events[0].status, "undated");
    assert_reports(
        &[
            undated,
            ("events.toml", "date = \"2025-11-25\"\nstatus = \"undated\"", "date = \"2025\"\nstatus = \"undated\""),
        ],
        &[
            r#"seeds/events.toml:11: record `event-parent`, field `date`: an undated event is shown at the date of a source that names it: use one of its sources' dates (value: "2025-01-01…2025-12-31")"#,
        ],
    );
}

/// Issue 14: a partnership whose other side the source does not name ("similar Japanese
/// localities") says who it is in words; one named side is still required.
#[test]
fn a_partnership_may_name_one_side_in_words() {
    let one_sided = (
        "partnerships.toml",
        "a = \"place-jp\"\n",
        "counterpart.en = \"Japanese localities\"\ncounterpart.vi = \"Các địa phương Nhật Bản\"\ncounterpart.ja = \"日本の地方\"\n",
    );
    let d = load_with(&[one_sided]).expect("a one-sided partnership with a counterpart loads");
    assert!(d.partnerships[0].a.is_none() && d.partnerships[0].counterpart.is_some());
    assert_reports(
        &[("partnerships.toml", "a = \"place-jp\"\n", "")],
        &[
            "seeds/partnerships.toml:2: record `partnership-a`, field `a`: is missing (or say who the other side is in `counterpart`)",
        ],
    );
    assert_reports(
        &[(
            "partnerships.toml",
            "a = \"place-jp\"\n",
            "a = \"place-jp\"\ncounterpart.en = \"x\"\ncounterpart.vi = \"x\"\ncounterpart.ja = \"日本\"\n",
        )],
        &[
            "seeds/partnerships.toml:2: record `partnership-a`, field `counterpart`: only for a side the source names no locality for",
        ],
    );
}
