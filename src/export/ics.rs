//! The events as an iCalendar file (RFC 5545), written by hand: the crates for it cost more than the
//! whole writer.

use crate::data::{EVENTS, Precision, SOURCES, Status};
use crate::lang::Lang;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a character (§3.1).
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn ics_date(d: crate::data::Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// The events as an iCalendar file in `lang`: all-day entries over each event's days (the end is
/// exclusive, as the format wants); planned events are TENTATIVE; events with no dated edition are
/// left out; vague dates say so in the description; the sources are in the description too.
pub fn ics(lang: Lang) -> String {
    let mut out = String::new();
    for l in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vn-jp-2025//explorer//EN", "CALSCALE:GREGORIAN"] {
        ics_line(&mut out, l);
    }
    ics_line(&mut out, &format!("X-WR-CALNAME:{}", ics_text(crate::i18n::Ui::AppTitle.get(lang))));
    // DTSTAMP must be UTC; the newest source's date stands for when the data was current.
    let stamp = SOURCES.iter().map(|s| s.date.end).max().map(ics_date).unwrap_or_else(|| "20250101".into());
    // An event with no dated edition has no day to put in a calendar (its date is a report's).
    for e in EVENTS.iter().filter(|e| e.status != Status::Undated) {
        let end = crate::timeline::time::date_of(e.when.end.days_since_epoch() + 1);
        let mut desc = e.summary.get(lang).to_string();
        if e.when.precision != Precision::Day {
            desc.push_str(&format!("\n({})", crate::format::when(&e.when, None, lang)));
        }
        let sources: Vec<String> =
            e.sources.iter().map(|s| format!("{} — {}", s.get().title, s.get().publisher)).collect();
        desc.push_str(&format!("\n{}: {}", crate::i18n::Ui::Sources.get(lang), sources.join("; ")));
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{}@vn-jp-2025", e.id));
        ics_line(&mut out, &format!("DTSTAMP:{stamp}T000000Z"));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(e.when.start)));
        ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(end)));
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(e.title.get(lang))));
        ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&desc)));
        if !e.places.is_empty() {
            let places: Vec<&str> = e.places.iter().map(|p| p.get().name.get(lang)).collect();
            ics_line(&mut out, &format!("LOCATION:{}", ics_text(&places.join(", "))));
        }
        ics_line(&mut out, &format!("CATEGORIES:{}", ics_text(e.strand.get().name.get(lang))));
        let status = if e.status == Status::Planned { "TENTATIVE" } else { "CONFIRMED" };
        ics_line(&mut out, &format!("STATUS:{status}"));
        if let Some(p) = e.parent {
            ics_line(&mut out, &format!("RELATED-TO:{}@vn-jp-2025", p.get().id));
        }
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A structural check of an iCalendar text: CRLF lines of at most 75 octets, balanced
    /// components, the required properties once per event, unique UIDs, ends after starts.
    fn check_ics(s: &str) -> usize {
        assert!(s.ends_with("\r\n"));
        let body = &s[..s.len() - 2];
        assert!(
            !body.replace("\r\n", "").contains('\n') && !body.replace("\r\n", "").contains('\r'),
            "bare line breaks"
        );
        let physical: Vec<&str> = body.split("\r\n").collect();
        assert!(physical.iter().all(|l| l.len() <= 75), "a line over 75 octets");
        // Unfold.
        let mut lines: Vec<String> = Vec::new();
        for l in physical {
            match l.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a continuation has a line before it").push_str(rest),
                None => lines.push(l.to_string()),
            }
        }
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.iter().any(|l| l == "VERSION:2.0") && lines.iter().any(|l| l.starts_with("PRODID:")));
        let mut uids = std::collections::HashSet::new();
        let mut n = 0;
        let mut current: Option<Vec<&str>> = None;
        for l in &lines {
            let name = l.split([':', ';']).next().unwrap();
            assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'), "name {name}");
            match l.as_str() {
                "BEGIN:VEVENT" => {
                    assert!(current.is_none(), "nested VEVENT");
                    current = Some(Vec::new());
                }
                "END:VEVENT" => {
                    let props = current.take().expect("END without BEGIN");
                    let get = |k: &str| props.iter().filter(|p| p.starts_with(k)).count();
                    for k in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:", "SUMMARY:"] {
                        assert_eq!(get(k), 1, "{k} once");
                    }
                    let value = |k: &str| props.iter().find(|p| p.starts_with(k)).unwrap()[k.len()..].to_string();
                    assert!(uids.insert(value("UID:")), "unique UID");
                    let (s, e) = (value("DTSTART;VALUE=DATE:"), value("DTEND;VALUE=DATE:"));
                    assert!(s.len() == 8 && e.len() == 8 && e > s, "{s} < {e}");
                    n += 1;
                }
                _ => {
                    if let Some(p) = current.as_mut() {
                        p.push(l.as_str());
                    }
                }
            }
        }
        assert!(current.is_none());
        n
    }

    #[test]
    fn the_ics_is_well_formed_in_every_language() {
        for l in Lang::ALL {
            assert_eq!(check_ics(&ics(l)), EVENTS.iter().filter(|e| e.status != Status::Undated).count());
        }
        let vi = ics(Lang::Vi);
        assert!(vi.contains("DTSTART;VALUE=DATE:20251125") && vi.contains("DTEND;VALUE=DATE:20251126"));
        assert!(vi.contains("STATUS:TENTATIVE"));
    }

    #[test]
    fn ics_escapes_and_folds() {
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        ics_line(&mut out, &format!("SUMMARY:{}", "Quảng Ninh ".repeat(20)));
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert!(out.lines().count() > 1);
    }
}
