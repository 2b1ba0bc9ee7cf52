//! Embed mode's conversation with its host page over `postMessage`, as pure data: the messages the
//! explorer sends, the commands it accepts, and who may send them. Version 1; documented in the
//! README ("Embedding").
//!
//! Sent to the parent (target origin `*`: they carry nothing that is not on the page):
//! `{type: "vnjp:ready", version: 1}`, `{type: "vnjp:height", version: 1, height}` (CSS px of
//! content), `{type: "vnjp:selection", version: 1, id}` (a record id or `null`).
//!
//! Accepted from the parent, only when its origin is in the URL's `host=` list:
//! `{type: "vnjp:command", version: 1, command: "select", id}` (`id: null` clears),
//! `{…, command: "lang", lang: "vi"}`, `{…, command: "filters", fs, ft, fc, fl, fp}` (arrays of ids,
//! as in the URL; missing keys are empty, so `{command: "filters"}` clears them).
//!
//! Commands are coalesced ([`Pending`]): at most one of each kind is carried out per animation frame,
//! the latest winning, so a flood from the host costs one update a frame and never blocks input.

use crate::lang::Lang;

/// The protocol version this build speaks.
pub const VERSION: u32 = 1;
/// The longest string read from a message (UTF-16 code units); a message with a longer one is
/// refused whole, before the string is copied out of JavaScript.
pub const MAX_FIELD: u32 = 256;

/// A message as read off a `MessageEvent` (every field optional, nothing trusted yet).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Raw {
    pub kind: Option<String>,
    pub version: Option<f64>,
    pub command: Option<String>,
    /// `Some(None)`: the key is present and `null`.
    pub id: Option<Option<String>>,
    pub lang: Option<String>,
    /// `fs`, `ft`, `fc`, `fl`, `fp` lists, in that order.
    pub lists: [Vec<String>; 5],
    /// Some string in it was longer than [`MAX_FIELD`] and was not read.
    pub oversized: bool,
}

/// A command the host may give.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select the record with this id, or clear the selection.
    Select(Option<String>),
    Lang(Lang),
    /// Filter lists by URL name (`fs` … `fp`), ids checked later against the data.
    Filters([Vec<String>; 5]),
}

/// Whether a message from `origin` may command this page: only origins listed in `host=`. With no
/// list, nobody may.
pub fn allowed(origin: &str, hosts: &[String]) -> bool {
    hosts.iter().any(|h| h == origin)
}

/// The command `raw` carries, if it is a well-formed version-1 command; anything else is ignored.
pub fn command(raw: &Raw) -> Option<Command> {
    if raw.oversized || raw.kind.as_deref() != Some("vnjp:command") || raw.version != Some(f64::from(VERSION)) {
        return None;
    }
    match raw.command.as_deref()? {
        "select" => {
            let id = raw.id.clone()?;
            (id.as_ref().is_none_or(|s| !s.is_empty() && s.len() <= 64)).then_some(Command::Select(id))
        }
        "lang" => raw
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .filter(|l| Some(l.tag()) == raw.lang.as_deref())
            .map(Command::Lang),
        "filters" => {
            let ok = raw.lists.iter().all(|l| l.len() <= crate::url::MAX_LIST && l.iter().all(|x| x.len() <= 64));
            ok.then(|| Command::Filters(raw.lists.clone()))
        }
        _ => None,
    }
}

/// How long host commands wait after the user's own press or key, ms: the user is answered first,
/// so a click during a flood of commands is not queued behind their rendering.
pub const USER_FIRST_MS: f64 = 250.0;
/// A batch is carried out once no command has come for this long (a frame), ms, so that a flood is
/// carried out once, at its end, rather than rendered frame after frame while it arrives ...
pub const QUIET_MS: f64 = 16.0;
/// ... or, when commands keep coming, once it has waited this long, ms.
pub const MAX_WAIT_MS: f64 = 500.0;

/// Host commands waiting to be carried out: at most one `select`, one `lang` and one `filters`, the
/// latest of each winning. The component pushes every command as it arrives and takes the batch in an
/// animation frame once the commands pause (or have waited [`MAX_WAIT_MS`]), so ten thousand commands
/// cost one update, not ten thousand, and never more than one per frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pending {
    select: Option<Option<String>>,
    lang: Option<Lang>,
    filters: Option<[Vec<String>; 5]>,
    /// The batch a scheduled flush will take, while one is scheduled.
    scheduled: Option<u64>,
    batches: u64,
    /// When (ms) the scheduled batch's first and latest commands came.
    first_at: f64,
    last_at: f64,
    /// Until when (ms) the user's input holds the batch back.
    held_until: f64,
}

impl Pending {
    /// Keeps `c`, which came at `now` (ms), replacing an earlier command of its kind. Returns a batch
    /// number when the caller should schedule a flush for it (the first command since the last
    /// flush), else `None`.
    pub fn push(&mut self, c: Command, now: f64) -> Option<u64> {
        match c {
            Command::Select(id) => self.select = Some(id),
            Command::Lang(l) => self.lang = Some(l),
            Command::Filters(f) => self.filters = Some(f),
        }
        self.last_at = now;
        if self.scheduled.is_some() {
            return None;
        }
        self.first_at = now;
        self.batches += 1;
        self.scheduled = Some(self.batches);
        self.scheduled
    }

    /// The user pressed or typed at `now` (ms): host commands wait [`USER_FIRST_MS`] from then.
    pub fn user_input(&mut self, now: f64) {
        self.held_until = self.held_until.max(now + USER_FIRST_MS);
    }

    /// What to do with `batch` at `now` (ms). Wait while the user's input holds it back, or while
    /// commands are still coming (less than [`QUIET_MS`] since the latest, until the batch is
    /// [`MAX_WAIT_MS`] old); the batch stays scheduled. Else carry out at most one command of each
    /// kind, in the order language, filters, selection, where a language equal to `current` is dropped
    /// (switching to the language shown would rebuild the page for nothing). Nothing to do when
    /// `batch` is not the one scheduled, so a flush scheduled twice (by a frame and by a timer) runs
    /// once. A clock that is not a number waits for nothing.
    pub fn take(&mut self, batch: u64, current: Lang, now: f64) -> Flush {
        if self.scheduled != Some(batch) {
            return Flush::Now(Vec::new());
        }
        let settles = (self.last_at + QUIET_MS).min(self.first_at + MAX_WAIT_MS);
        let (held, arriving) = (now < self.held_until, now < settles);
        if held || arriving {
            return Flush::Wait(if held { self.held_until.max(settles) } else { settles });
        }
        self.scheduled = None;
        let lang = self.lang.take().filter(|&l| l != current).map(Command::Lang);
        let filters = self.filters.take().map(Command::Filters);
        let select = self.select.take().map(Command::Select);
        Flush::Now([lang, filters, select].into_iter().flatten().collect())
    }
}

/// What [`Pending::take`] says to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Flush {
    /// Carry these out now (possibly none).
    Now(Vec<Command>),
    /// Not yet: take the batch again in a later frame, at this time (ms) at the earliest.
    Wait(f64),
}

/// Whether the app should leave a wheel event to the page: an embedded explorer never traps the host
/// page's scrolling, so there the wheel zooms only with Ctrl (or ⌘) held.
pub fn leaves_wheel_to_page(mode: crate::url::Mode, ctrl_or_meta: bool) -> bool {
    mode == crate::url::Mode::Embed && !ctrl_or_meta
}

/// Whether a browser whose `navigator.platform` and user agent are these runs on macOS, where the
/// zoom modifier is ⌘, not Ctrl.
pub fn is_mac(platform: &str, user_agent: &str) -> bool {
    platform.starts_with("Mac") || (platform.is_empty() && user_agent.contains("Macintosh"))
}

/// The cooperative-gesture hint an embed shows the first time a plain wheel scrolls the host page.
pub fn zoom_hint(mac: bool, lang: crate::lang::Lang) -> &'static str {
    if mac { crate::i18n::Ui::HintCmdWheel.get(lang) } else { crate::i18n::Ui::HintCtrlWheel.get(lang) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(command: &str) -> Raw {
        Raw { kind: Some("vnjp:command".into()), version: Some(1.0), command: Some(command.into()), ..Raw::default() }
    }

    #[test]
    fn only_listed_origins_may_command() {
        let hosts = vec!["https://mofa.gov.vn".to_string()];
        assert!(allowed("https://mofa.gov.vn", &hosts));
        for o in ["https://evil.example", "null", "", "https://mofa.gov.vn.evil.example", "http://mofa.gov.vn"] {
            assert!(!allowed(o, &hosts), "{o}");
        }
        assert!(!allowed("https://mofa.gov.vn", &[]), "no list: nobody");
    }

    #[test]
    fn well_formed_commands_are_read() {
        let mut r = raw("select");
        r.id = Some(Some("forum-2025".into()));
        assert_eq!(command(&r), Some(Command::Select(Some("forum-2025".into()))));
        r.id = Some(None);
        assert_eq!(command(&r), Some(Command::Select(None)));
        let mut l = raw("lang");
        l.lang = Some("ja".into());
        assert_eq!(command(&l), Some(Command::Lang(Lang::Ja)));
        let mut f = raw("filters");
        f.lists[0] = vec!["local-forum".into()];
        assert!(matches!(command(&f), Some(Command::Filters(x)) if x[0] == ["local-forum"]));
    }

    #[test]
    fn anything_else_is_ignored() {
        let mut r = raw("select");
        assert_eq!(command(&r), None, "select without id");
        r.id = Some(Some("x".repeat(65)));
        assert_eq!(command(&r), None);
        let mut v = raw("lang");
        v.lang = Some("ja-JP".into());
        assert_eq!(command(&v), None, "exact tags only");
        v.lang = Some("fr".into());
        assert_eq!(command(&v), None);
        let mut w = raw("select");
        w.id = Some(Some("forum-2025".into()));
        w.version = Some(2.0);
        assert_eq!(command(&w), None, "another version");
        w.version = Some(1.0);
        w.kind = Some("vnjp:height".into());
        assert_eq!(command(&w), None, "not a command");
        assert_eq!(command(&raw("navigate")), None, "unknown command");
        assert_eq!(command(&Raw::default()), None);
        let mut f = raw("filters");
        f.lists[4] = vec!["a".into(); 41];
        assert_eq!(command(&f), None, "too long");
    }

    #[test]
    fn an_oversized_message_is_refused_whole() {
        let mut r = raw("select");
        r.id = Some(Some("forum-2025".into()));
        r.oversized = true;
        assert_eq!(command(&r), None);
    }

    fn select(id: &str) -> Command {
        Command::Select(Some(id.into()))
    }

    /// Long after anything came: settled.
    const LATER: f64 = 1e9;

    #[test]
    fn a_flood_is_one_batch_with_the_latest_of_each_kind() {
        let mut p = Pending::default();
        let batch = p.push(select("a"), 0.0).expect("the first command schedules a flush");
        for i in 0..10_000 {
            assert_eq!(p.push(select(&format!("e{i}")), 0.0), None, "one flush for the whole flood");
        }
        p.push(Command::Lang(Lang::Vi), 0.0);
        p.push(Command::Lang(Lang::Ja), 0.0);
        p.push(Command::Filters(Default::default()), 0.0);
        assert_eq!(
            p.take(batch, Lang::En, LATER),
            Flush::Now(vec![Command::Lang(Lang::Ja), Command::Filters(Default::default()), select("e9999")])
        );
        assert_eq!(p.take(batch, Lang::En, LATER), Flush::Now(vec![]), "a second flush of the same batch does nothing");
        let next = p.push(select("b"), LATER).expect("after a flush, the next command schedules another");
        assert_ne!(next, batch);
        assert_eq!(
            p.take(batch, Lang::En, 2.0 * LATER),
            Flush::Now(vec![]),
            "a stale flush does not take the new batch"
        );
        assert_eq!(p.take(next, Lang::En, 2.0 * LATER), Flush::Now(vec![select("b")]));
    }

    #[test]
    fn a_batch_waits_for_the_commands_to_pause_or_for_its_time_to_be_up() {
        let mut p = Pending::default();
        let b = p.push(select("0"), 1_000.0).unwrap();
        // One command a millisecond: the batch waits, frame after frame, until it is MAX_WAIT_MS old.
        let mut t = 1_000.0;
        while t < 1_000.0 + MAX_WAIT_MS {
            assert!(matches!(p.take(b, Lang::En, t), Flush::Wait(_)), "{t}");
            t += 1.0;
            p.push(select(&format!("{t}")), t);
        }
        assert_eq!(
            p.take(b, Lang::En, t),
            Flush::Now(vec![select(&format!("{t}"))]),
            "carried out at most every {MAX_WAIT_MS} ms"
        );
        // A single command: carried out once a frame has passed without another.
        let b = p.push(select("once"), 5_000.0).unwrap();
        assert_eq!(p.take(b, Lang::En, 5_001.0), Flush::Wait(5_000.0 + QUIET_MS));
        assert_eq!(p.take(b, Lang::En, 5_000.0 + QUIET_MS), Flush::Now(vec![select("once")]));
    }

    #[test]
    fn switching_to_the_language_shown_does_nothing() {
        let mut p = Pending::default();
        let b = p.push(Command::Lang(Lang::Vi), 0.0).unwrap();
        p.push(Command::Lang(Lang::En), 0.0);
        assert_eq!(p.take(b, Lang::En, LATER), Flush::Now(vec![]), "vi then en, while en is shown: nothing to do");
        let b = p.push(Command::Lang(Lang::Vi), LATER).unwrap();
        assert_eq!(p.take(b, Lang::En, 2.0 * LATER), Flush::Now(vec![Command::Lang(Lang::Vi)]));
    }

    #[test]
    fn the_users_own_input_goes_first() {
        let mut p = Pending::default();
        let b = p.push(select("host"), 0.0).unwrap();
        p.user_input(1_000.0);
        let until = Flush::Wait(1_000.0 + USER_FIRST_MS);
        assert_eq!(p.take(b, Lang::En, 1_000.0), until, "held while the user's click is answered");
        assert_eq!(p.push(select("host-later"), 900.0), None, "still one batch, still scheduled");
        assert_eq!(p.take(b, Lang::En, 1_000.0 + USER_FIRST_MS - 1.0), until);
        assert_eq!(p.take(b, Lang::En, 1_000.0 + USER_FIRST_MS), Flush::Now(vec![select("host-later")]));
        p.user_input(f64::NAN);
        let b = p.push(select("x"), f64::NAN).unwrap();
        assert_eq!(
            p.take(b, Lang::En, f64::NAN),
            Flush::Now(vec![select("x")]),
            "a clock that is not a number holds nothing"
        );
    }

    #[test]
    fn any_sequence_gives_at_most_one_of_each_kind_the_latest() {
        use crate::prop::{Gen, check};
        check(1831, |g: &mut Gen| {
            let mut p = Pending::default();
            let mut batch = None;
            let (mut select, mut lang, mut filters) = (None, None, None);
            let current = g.pick(&Lang::ALL);
            let mut now = g.hostile(0.0, 1e6);
            for _ in 0..g.below(40) {
                let c = match g.below(3) {
                    0 => Command::Select((g.below(4) > 0).then(|| format!("e{}", g.below(5)))),
                    1 => Command::Lang(g.pick(&Lang::ALL)),
                    _ => {
                        Command::Filters(std::array::from_fn(|_| vec![format!("x{}", g.below(3)); g.below(3) as usize]))
                    }
                };
                match &c {
                    Command::Select(id) => select = Some(id.clone()),
                    Command::Lang(l) => lang = Some(*l),
                    Command::Filters(f) => filters = Some(f.clone()),
                }
                let scheduled = p.push(c, now);
                assert_eq!(scheduled.is_some(), batch.is_none(), "a flush is scheduled once per batch");
                batch = batch.or(scheduled);
                if g.chance(0.1) {
                    p.user_input(now);
                }
                now += g.hostile(0.0, 5.0);
            }
            let Some(b) = batch else { return };
            // Waiting ends: whatever the clock did, a wait names a finite time or none at all.
            let until = match p.take(b, current, now) {
                Flush::Wait(t) => t,
                Flush::Now(out) => {
                    assert!(out.len() <= 3);
                    return;
                }
            };
            let Flush::Now(out) = p.take(b, current, until) else { panic!("still waiting at {until} (now {now})") };
            let want: Vec<Command> = [
                lang.filter(|&l| l != current).map(Command::Lang),
                filters.map(Command::Filters),
                select.map(Command::Select),
            ]
            .into_iter()
            .flatten()
            .collect();
            assert_eq!(out, want);
            assert_eq!(p.scheduled, None, "nothing left scheduled");
            assert!(p.select.is_none() && p.lang.is_none() && p.filters.is_none(), "nothing left over");
        });
    }

    #[test]
    fn the_wheel_is_the_pages_in_embed_mode_unless_ctrl() {
        use crate::url::Mode;
        assert!(leaves_wheel_to_page(Mode::Embed, false));
        assert!(!leaves_wheel_to_page(Mode::Embed, true));
        assert!(!leaves_wheel_to_page(Mode::Browser, false));
        assert!(!leaves_wheel_to_page(Mode::Kiosk, false));
    }

    #[test]
    fn the_zoom_hint_names_the_platforms_modifier() {
        use crate::lang::Lang;
        assert!(is_mac("MacIntel", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"));
        assert!(is_mac("", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"));
        assert!(!is_mac("Linux x86_64", "Mozilla/5.0 (X11; Linux x86_64)"));
        assert!(!is_mac("Win32", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"));
        // An iPad asking for the desktop site says "MacIntel" too: a keyboard there has ⌘.
        assert_eq!(zoom_hint(false, Lang::En), "Use Ctrl + scroll to zoom");
        assert_eq!(zoom_hint(true, Lang::En), "Use ⌘ + scroll to zoom");
        for l in Lang::ALL {
            assert!(zoom_hint(false, l).contains("Ctrl") && zoom_hint(true, l).contains('⌘'), "{l:?}");
        }
    }
}
