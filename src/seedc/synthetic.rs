//! A synthetic dataset for the bench: `n` extra events spread over 2023–2027 in every strand, a
//! third of them nested in an earlier synthetic event. Only built when `VNJP_SYNTHETIC_EVENTS` is
//! set (never for a shipped build); deterministic, so runs compare.

use super::date::{Date, Precision, When, days_in_month};
use super::records::{Dataset, Event, Meta, Ref, Text};

fn date_of(mut n: u32) -> Date {
    // n days after 2023-01-01, walking the calendar (fine for a few thousand days).
    let (mut y, mut m) = (2023, 1);
    while n >= days_in_month(y, m) {
        n -= days_in_month(y, m);
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    Date { year: y, month: m, day: n + 1 }
}

/// Appends `n` synthetic events to `d`.
pub fn add(d: &mut Dataset, n: usize) {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |k: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % k
    };
    let source = Ref { id: d.sources[0].meta.id.clone(), line: 0 };
    let span_days = 5 * 365;
    let mut days: Vec<(u32, u32)> = Vec::with_capacity(n);
    for i in 0..n {
        let strand = &d.strands[i % d.strands.len()].meta.id;
        let nested = i > 10 && next(3) == 0;
        let (start, len, parent) = if nested {
            let p = next(i as u64) as usize;
            let (ps, pl) = days[p];
            let s = ps + next(u64::from(pl) + 1) as u32;
            let l = next(u64::from(ps + pl - s) + 1) as u32;
            (s, l, Some(p))
        } else {
            let s = next(span_days as u64 - 30) as u32;
            let l = if next(2) == 0 { 0 } else { next(20) as u32 };
            (s, l, None)
        };
        days.push((start, len));
        let parent_strand = parent.map(|p| d.events[d.events.len() - i + p].strand.clone());
        let title = format!("Synthetic event {i}");
        d.events.push(Event {
            meta: Meta { id: format!("synthetic-{i}"), file: "synthetic".into(), line: 0 },
            strand: parent_strand.unwrap_or(Ref { id: strand.clone(), line: 0 }),
            kind: "meeting".into(),
            title: Text {
                en: title.clone(), vi: format!("Sự kiện giả lập {i}"), ja: format!("合成イベント{i}")
            },
            title_short: None,
            summary: Text { en: title, vi: "Giả lập".into(), ja: "合成".into() },
            when: When { start: date_of(start), end: date_of(start + len), precision: Precision::Day },
            when_line: 0,
            when_ok: true,
            daypart: None,
            status: "held".into(),
            parent: parent.map(|p| Ref { id: format!("synthetic-{p}"), line: 0 }),
            places: Vec::new(),
            people: Vec::new(),
            orgs: Vec::new(),
            themes: Vec::new(),
            sources: vec![source.clone()],
            derived: Vec::new(),
        });
    }
}
