// embed.js — the host page's side of embedding the explorer (README, "Embedding"). A page adds
//   <script src="https://YOUR-HOST/explorers/vn-jp-2025/embed.js" defer></script>
// beside its <iframe>s. It sizes every explorer frame on the page: at once, by the frame's width
// (also for frames that are hidden, off-screen or not loaded yet), then from the frame's own
// `{type: "vnjp:height", version: 1, height}` message. A message counts only when its `source` is
// that frame's window and its `origin` is the frame's (`"null"` for a frame sandboxed without
// `allow-same-origin`). No inline script and no style attribute in markup (the height is set through
// the CSSOM), so a host under a strict Content-Security-Policy can use it. Classic script, no globals.
(() => {
  'use strict';
  // An explorer frame: an <iframe> whose src lies under the folder this script came from, or one
  // marked `data-vnjp` (for a copy served elsewhere).
  const self = document.currentScript && document.currentScript.src;
  const base = self ? new URL('.', self).href : null;

  // layout::preferred_height (src/layout.rs), mirrored: 1.45 × the width below 600 px, 0.6 × from
  // 600 px, rounded, between 420 and 820 px; the width clamped to 240–16384 first. A native test
  // (`layout::tests::embed_js_mirrors_preferred_height`) checks these numbers against the Rust.
  const PREFERRED = { portraitBelow: 600, narrow: 1.45, wide: 0.6, min: 420, max: 820, minSide: 240, maxSide: 16384 };
  const preferred = (width) => {
    const p = PREFERRED;
    const w = Number.isFinite(width) ? Math.min(Math.max(width, p.minSide), p.maxSide) : p.minSide;
    return Math.round(Math.min(Math.max(w < p.portraitBelow ? w * p.narrow : w * p.wide, p.min), p.max));
  };

  const src = (frame) => {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI);
    } catch {
      return null;
    }
  };
  const isExplorer = (frame) => {
    const u = src(frame);
    if (!u || !/^https?:$|^file:$/.test(u.protocol)) return false;
    return frame.hasAttribute('data-vnjp') || (base !== null && u.href.startsWith(base));
  };
  // The origin its messages come from: opaque when sandboxed without allow-same-origin.
  const origin = (frame) => {
    const sandboxed = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    const u = src(frame);
    return sandboxed || !u || u.origin === 'null' ? 'null' : u.origin;
  };
  // Sets the height of the frame's content box to `h` CSS px (through the CSSOM, which a CSP allows).
  const setHeight = (frame, h) => {
    if (!Number.isFinite(h) || h < 100 || h > 10000) return;
    const cs = getComputedStyle(frame);
    const extra = cs.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((a, k) => a + (parseFloat(cs[k]) || 0), 0)
      : 0;
    frame.style.height = `${Math.round(h + extra)}px`;
  };

  // The width the frame's content will have: its own, or, while it is hidden (no box), that of the
  // nearest ancestor with one, else the viewport's.
  const widthOf = (frame) => {
    for (let el = frame; el && el.nodeType === 1; el = el.parentElement) {
      if (el.clientWidth > 0) return el.clientWidth;
    }
    return document.documentElement.clientWidth || innerWidth;
  };

  // Frames seen: the width their height was last picked for, and whether they have spoken.
  const seen = new WeakMap();
  const resized = typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const s = seen.get(target);
        const w = widthOf(target);
        // Only a change of width: the height this script sets must not feed back. A frame that has
        // loaded sends its own height when its width changes; this covers frames not yet loaded.
        if (s && Math.abs(w - s.width) >= 1 && !s.spoke) {
          s.width = w;
          setHeight(target, preferred(w));
        }
      }
    })
    : null;
  const adopt = (frame) => {
    if (seen.has(frame) || !isExplorer(frame)) return;
    const width = widthOf(frame);
    seen.set(frame, { width, spoke: false });
    setHeight(frame, preferred(width));
    if (resized) resized.observe(frame);
  };
  const scan = () => {
    for (const frame of document.getElementsByTagName('iframe')) adopt(frame);
  };

  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'vnjp:height' || d.version !== 1) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== e.source) continue;
      if (!isExplorer(frame) || e.origin !== origin(frame)) return;
      adopt(frame);
      seen.get(frame).spoke = true;
      if (typeof d.height === 'number') setHeight(frame, d.height);
      return;
    }
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Frames added later (a page that builds its content with script).
  if (typeof MutationObserver === 'function') {
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
