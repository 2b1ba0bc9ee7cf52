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

use crate::lang::Lang;

/// The protocol version this build speaks.
pub const VERSION: u32 = 1;

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
    if raw.kind.as_deref() != Some("vnjp:command") || raw.version != Some(f64::from(VERSION)) {
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

/// Whether the app should leave a wheel event to the page: an embedded explorer never traps the host
/// page's scrolling, so there the wheel zooms only with Ctrl (or ⌘) held.
pub fn leaves_wheel_to_page(mode: crate::url::Mode, ctrl_or_meta: bool) -> bool {
    mode == crate::url::Mode::Embed && !ctrl_or_meta
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
    fn the_wheel_is_the_pages_in_embed_mode_unless_ctrl() {
        use crate::url::Mode;
        assert!(leaves_wheel_to_page(Mode::Embed, false));
        assert!(!leaves_wheel_to_page(Mode::Embed, true));
        assert!(!leaves_wheel_to_page(Mode::Browser, false));
        assert!(!leaves_wheel_to_page(Mode::Kiosk, false));
    }
}
