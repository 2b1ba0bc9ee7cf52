//! What the filters show as CSV, for spreadsheets: the events and the figures in one language, each
//! row with its sources. UTF-8 with a byte-order mark (so Excel reads Vietnamese and Japanese as
//! UTF-8), CRLF line ends and RFC 4180 quoting.

use crate::data::{EVENTS, Event, FIGURES, Figure, SourceId, Status};
use crate::format;
use crate::i18n::{Ui, list_sep};
use crate::lang::Lang;

/// The byte-order mark each file starts with.
pub const BOM: char = '\u{FEFF}';

/// One field, quoted when it holds a comma, a quote or a line break (RFC 4180 §2.6, §2.7).
fn field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// One record: fields parted by commas, ended by CRLF.
fn record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, f.as_ref());
    }
    out.push_str("\r\n");
}

/// A table: the mark, a header and the rows.
fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BOM);
    record(&mut out, header);
    for r in rows {
        record(&mut out, &r);
    }
    out
}

/// A record's sources, "title — publisher" parted by "; ".
fn sources(s: &[SourceId]) -> String {
    s.iter().map(|s| format!("{} — {}", s.get().title, s.get().publisher)).collect::<Vec<_>>().join("; ")
}

fn status(e: &Event, lang: Lang) -> &'static str {
    match e.status {
        Status::Held => Ui::CsvHeld.get(lang),
        Status::Planned => Ui::Planned.get(lang),
        Status::Undated => Ui::Undated.get(lang),
    }
}

/// The events the views keep (`kept`, by event index, as [`crate::filter::Filters::kept`] gives it),
/// in `lang`: id, title, date as the app says it, ISO first and last day, status, strand, places,
/// summary and sources.
pub fn events(lang: Lang, kept: &[bool]) -> String {
    let header = [
        "id",
        Ui::CsvTitle.get(lang),
        Ui::CsvDate.get(lang),
        Ui::CsvStart.get(lang),
        Ui::CsvEnd.get(lang),
        Ui::CsvStatus.get(lang),
        Ui::CsvStrand.get(lang),
        Ui::Places.get(lang),
        Ui::CsvSummary.get(lang),
        Ui::Sources.get(lang),
    ];
    let rows = EVENTS.iter().zip(kept).filter(|(_, k)| **k).map(|(e, _)| {
        let places: Vec<&str> = e.places.iter().map(|p| p.get().name.get(lang)).collect();
        vec![
            e.id.to_string(),
            e.title.get(lang).to_string(),
            format::when(&e.when, e.daypart, lang),
            e.when.start.iso(),
            e.when.end.iso(),
            status(e, lang).to_string(),
            e.strand.get().name.get(lang).to_string(),
            places.join(list_sep(lang)),
            e.summary.get(lang).to_string(),
            sources(e.sources),
        ]
    });
    table(&header, rows)
}

/// The figures for which `shown` holds, in `lang`: id, the figure as the app writes it, the bare
/// number (and the upper end of a range) for calculations, what it measures, as of when, who said
/// it, at which event, and sources.
pub fn figures(lang: Lang, shown: impl Fn(&Figure) -> bool) -> String {
    let header = [
        "id",
        Ui::FigureValue.get(lang),
        Ui::CsvNumber.get(lang),
        Ui::CsvUpTo.get(lang),
        Ui::FigureMeasure.get(lang),
        Ui::FigureAsOf.get(lang),
        Ui::FigureSaidBy.get(lang),
        Ui::Event.get(lang),
        Ui::Sources.get(lang),
    ];
    let number = |v: f64| format::trimmed(v, 6);
    let rows = FIGURES.iter().filter(|f| shown(f)).map(|f| {
        vec![
            f.id.to_string(),
            format::figure(f.value, f.max, f.qualifier, f.unit, lang),
            number(f.value),
            f.max.map(number).unwrap_or_default(),
            f.measure.get(lang).to_string(),
            format::when(&f.as_of, None, lang),
            f.said_by.map(|p| p.get().name.get(lang)).unwrap_or_default().to_string(),
            f.event.map(|e| e.get().title.get(lang)).unwrap_or_default().to_string(),
            sources(f.sources),
        ]
    });
    table(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for the tests.
    fn parse(s: &str) -> Vec<Vec<String>> {
        let s = s.strip_prefix(BOM).expect("the file starts with the BOM");
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = s.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => {
                    assert!(cell.is_empty(), "a quote inside an unquoted field");
                    quoted = true;
                }
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, '\n') => panic!("a bare LF ends a record"),
                (false, c) => cell.push(c),
            }
        }
        assert!(!quoted && cell.is_empty() && row.is_empty(), "the last record ends with CRLF");
        rows
    }

    #[test]
    fn fields_are_quoted_only_when_they_need_it() {
        let mut out = String::new();
        record(&mut out, &["plain", "a, b", "say \"hi\"", "two\nlines", "cr\rhere", "", "Hà Nội、東京"]);
        assert_eq!(out, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,Hà Nội、東京\r\n");
        let back = parse(&format!("{BOM}{out}"));
        assert_eq!(back, vec![vec!["plain", "a, b", "say \"hi\"", "two\nlines", "cr\rhere", "", "Hà Nội、東京"]]);
    }

    #[test]
    fn every_kept_event_is_a_row_in_every_language() {
        let all = vec![true; EVENTS.len()];
        let some: Vec<bool> = (0..EVENTS.len()).map(|i| i % 3 == 0).collect();
        for lang in Lang::ALL {
            let csv = events(lang, &all);
            assert!(csv.starts_with(BOM) && csv.ends_with("\r\n"));
            let rows = parse(&csv);
            assert_eq!(rows.len(), EVENTS.len() + 1, "{lang:?}");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "every row has every column");
            assert_eq!(rows[0][9], Ui::Sources.get(lang));
            for (e, r) in EVENTS.iter().zip(&rows[1..]) {
                assert_eq!((r[0].as_str(), r[1].as_str(), r[3].clone()), (e.id, e.title.get(lang), e.when.start.iso()));
                assert!(!r[9].is_empty(), "{} has its sources", e.id);
            }
            let rows = parse(&events(lang, &some));
            assert_eq!(rows.len() - 1, some.iter().filter(|k| **k).count());
        }
        let ja = events(Lang::Ja, &all);
        assert!(ja.contains("日越地方協力フォーラム"));
        assert!(events(Lang::Vi, &all).contains("Diễn đàn Hợp tác địa phương Việt Nam – Nhật Bản"));
    }

    #[test]
    fn the_figures_follow_the_choice_with_their_numbers() {
        for lang in Lang::ALL {
            let rows = parse(&figures(lang, |_| true));
            assert_eq!(rows.len(), FIGURES.len() + 1);
            for (f, r) in FIGURES.iter().zip(&rows[1..]) {
                assert_eq!(r[0], f.id);
                assert_eq!(r[2].parse::<f64>(), Ok(f.value));
                assert_eq!(r[3].parse::<f64>().ok(), f.max);
                assert_eq!(r[4], f.measure.get(lang));
                assert!(!r[8].is_empty());
            }
        }
        let with_event = FIGURES.iter().filter(|f| f.event.is_some()).count();
        assert_eq!(parse(&figures(Lang::En, |f| f.event.is_some())).len() - 1, with_event);
    }
}
