// End-to-end accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the default, embed
// and kiosk modes, in all three languages, light and dark, with a selection and the detail panel open,
// with search results open, at phone width and at 200 % zoom: zero violations. Then a whole task by
// keyboard alone, with the focus visible at every stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { open, ready, harness } from './page.mjs';

const app = harness();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CASES = [
  ['default, English', '', { width: 1280, height: 900 }],
  ['default, Vietnamese, a place selected', '?lang=vi&s=JP:10', { width: 1280, height: 900 }],
  ['default, Japanese, an event selected, search open', '?lang=ja&s=forum-2025&q=gunma', { width: 1280, height: 900 }],
  ['filters on, a person selected', '?fs=local-forum&fc=JP&s=pham-minh-chinh', { width: 1280, height: 900 }],
  ['phone, 360 px, search open', '?q=quang+ninh&s=forum-plenary', { width: 360, height: 740 }],
  ['embed, 360 px, Vietnamese', '?embed&lang=vi&s=training-2025', { width: 360, height: 640 }],
  ['embed, Japanese', '?embed&lang=ja', { width: 1024, height: 700 }],
  ['kiosk, 1920×1080', '?kiosk&idle=600&s=forum-2025', { width: 1920, height: 1080 }],
  ['kiosk, Vietnamese, portrait', '?kiosk&idle=600&lang=vi', { width: 1080, height: 1920 }],
  // The dark colour scheme: contrast is checked again with its colours.
  ['dark scheme, English, an event selected', '?s=forum-2025&q=forum', { width: 1280, height: 900 }, 'dark'],
  ['dark scheme, Japanese, a place selected, phone', '?lang=ja&s=JP:10', { width: 360, height: 740 }, 'dark'],
  ['dark scheme, embed, Vietnamese', '?embed&lang=vi&s=training-2025', { width: 800, height: 600 }, 'dark'],
  ['dark scheme, kiosk', '?kiosk&idle=600&s=forum-plenary', { width: 1920, height: 1080 }, 'dark'],
  // 200 % zoom on a 1280 px laptop: the layout of a 640 px window at device scale 2.
  ['200 % zoom', '?s=forum-thematic-sessions', { width: 640, height: 450 }],
];

for (const [name, query, viewport, colorScheme = 'light'] of CASES) {
  test(`axe: no WCAG A/AA violations — ${name}`, async () => {
    const { page } = await open(app.browser, app.server, { query, viewport, colorScheme });
    await page.locator('.timeline-event').first().waitFor();
    await page.locator('.map-unit').first().waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test('skip links: the first Tab stops reach the timeline, the map and the details', async () => {
  const { page } = await open(app.browser, app.server, { query: '?s=forum-2025' });
  for (const [name, id] of [['Skip to the timeline', 'timeline'], ['Skip to the map', 'map'], ['Skip to the details', 'details']]) {
    // A fresh page each time, so Tab starts from the top of the document.
    await page.goto(`${app.server.url}?s=forum-2025`);
    await ready(page);
    await page.locator('.timeline-event').first().waitFor();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.textContent)) !== name; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), name);
    assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().top >= 0), 'visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, id);
  }
  await page.close();
});

/** In the page: the focused element, whether its focus indicator shows, and whether it is on screen. */
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body) return { none: true };
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  // SVG shapes (map units, markers) show focus with a stroke of at least 3 px instead.
  const stroked = [el, ...el.querySelectorAll('circle')].some((x) => {
    const c = getComputedStyle(x);
    return el instanceof SVGElement && c.stroke !== 'none' && parseFloat(c.strokeWidth) >= 3;
  });
  const shown = el.matches(':focus-visible') && (ring || stroked || s.boxShadow !== 'none');
  const onScreen = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  return { text: (el.getAttribute('aria-label') || el.textContent || el.value || el.id || el.tagName).trim().slice(0, 80), shown, onScreen };
}

test('keyboard alone: find the forum, open a thematic session, jump to its places on the map, switch to Vietnamese, share the URL', async () => {
  const { page, problems } = await open(app.browser, app.server);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.locator('.timeline-event').first().waitFor();
  let stops = 0;
  // Presses `key` until the focused element's text satisfies `want`, checking the focus is visible
  // and on screen at every stop (elements that only take focus by script, tabindex -1, excepted).
  async function until(key, want, max, what) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      stops++;
      // Read after two frames: what a reader sees once the page has responded to the key.
      const f = await page.evaluate(`(async () => { await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); return (${focusState})(); })()`);
      assert.ok(!f.none, `focus lost after ${key} looking for ${what}`);
      assert.ok(f.shown, `focus indicator shown on "${f.text}"`);
      assert.ok(f.onScreen, `"${f.text}" scrolled into view when focused`);
      if (want(f.text)) return f;
    }
    assert.fail(`${what} not reached in ${max} presses of ${key}`);
  }
  // 1. Find the forum: Tab to the search field, type, arrow down to the result, Enter.
  await until('Tab', (t) => t === 'search-input' || t === '', 12, 'the search field');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.type('forum');
  await page.locator('.search-result').first().waitFor();
  await until('ArrowDown', (t) => t.startsWith('Vietnam–Japan Local Cooperation Forum'), 10, 'the forum in the results');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.detail-record')?.dataset.record === 'forum-2025');
  // Screen readers hear the selection as a short status, and the search result count.
  assert.equal(await page.locator('.detail [role=status]').textContent(), 'Selected: Vietnam–Japan Local Cooperation Forum');
  assert.match(await page.locator('#search-status').textContent(), /\d/);
  // 2. Open a thematic session: the skip link to the details, then Tab through the forum's sessions.
  await until('Shift+Tab', (t) => t === 'Skip to the details', 15, 'the skip link to the details');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'details');
  await until('Tab', (t) => t === 'Four parallel thematic sessions', 40, 'the thematic sessions link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.detail-record')?.dataset.record === 'forum-thematic-sessions');
  await page.waitForFunction(() => document.activeElement?.id === 'detail-title', null, { timeout: 5000 });
  // 3. Jump to its places on the map: the marker for Quảng Ninh takes focus.
  await until('Tab', (t) => t === 'Show on the map', 10, '"Show on the map"');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('map-marker'), null, { timeout: 5000 });
  const marker = await page.evaluate(focusState);
  assert.match(marker.text, /Quảng Ninh/);
  assert.ok(marker.shown && marker.onScreen, 'the focused marker shows its focus and is on screen: ' + JSON.stringify(marker));
  // 4. Switch to Vietnamese: back up to the language switch; focus stays on it after the page is rebuilt.
  await until('Shift+Tab', (t) => t.endsWith('Tiếng Việt'), 400, 'the Vietnamese button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'vi' && document.activeElement?.getAttribute('lang') === 'vi');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  assert.equal(await page.locator('#detail-title').textContent(), 'Bốn phiên chuyên đề song song');
  // 5. Share the URL: "Share" opens the menu; "Copy link" puts the address of this view on the
  // clipboard and says so.
  await until('Tab', (t) => t === 'Chia sẻ', 5, '"Share" in Vietnamese');
  await page.keyboard.press('Enter');
  await until('Tab', (t) => t === 'Sao chép liên kết', 3, '"Copy link" in Vietnamese');
  await page.keyboard.press('Enter');
  await page.locator('.copy-link-status', { hasText: 'Đã sao chép' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The same address the bar shows once its (throttled) update has run.
  await page.waitForFunction((c) => location.href === c, copied, { timeout: 3000 });
  const q = new URL(copied).searchParams;
  assert.equal(q.get('s'), 'forum-thematic-sessions');
  assert.equal(q.get('lang'), 'vi');
  // The shared address opens the same view for someone else.
  const other = await app.browser.newPage();
  await other.goto(copied);
  await ready(other);
  await other.locator('#detail-title', { hasText: 'Bốn phiên chuyên đề song song' }).waitFor();
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'vi');
  await other.close();
  assert.ok(stops > 20, `a real walk: ${stops} key presses`);
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('"Copy link" without a clipboard shows the address selected, to copy by hand', async () => {
  const { page } = await open(app.browser, app.server, { query: '?s=forum-2025' });
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.getByRole('button', { name: 'Share' }).click();
  await page.locator('.copy-link-button').click();
  await page.waitForFunction(() => document.activeElement?.matches('.copy-link-field input'));
  const shown = await page.evaluate(() => {
    const i = document.activeElement;
    return { value: i.value, selected: i.value.slice(i.selectionStart, i.selectionEnd) };
  });
  await page.waitForFunction((c) => location.href === c, shown.value, { timeout: 3000 });
  assert.match(shown.value, /[?&]s=forum-2025/);
  assert.equal(shown.selected, shown.value);
  await page.close();
});

/** In the page: selects the event named `name` from the search results and returns the forum bar's
 * width at each of 30 frames. */
async function widthsWhileFraming(name) {
  const bar = () => document.querySelector('.timeline-event[data-event="forum-2025"] .timeline-bar')?.getBoundingClientRect().width ?? 0;
  const input = document.querySelector('#search-input');
  input.value = name;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await new Promise((r) => requestAnimationFrame(r));
  [...document.querySelectorAll('.search-result')].find((b) => b.textContent === name).click();
  const widths = [];
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    widths.push(Math.round(bar()));
  }
  return { widths, animations: document.getAnimations().length };
}

test('prefers-reduced-motion: a selection far away jumps the timeline in one step; otherwise it glides', async () => {
  const distinct = (xs) => new Set(xs).size;
  const reduced = await open(app.browser, app.server, { reducedMotion: 'reduce' });
  await reduced.page.locator('.timeline-event').first().waitFor();
  const r = await reduced.page.evaluate(widthsWhileFraming, 'Plenary session');
  assert.ok(r.widths.at(-1) > 200, `the forum day is framed: ${r.widths.at(-1)} px`);
  assert.equal(distinct(r.widths), 2, `one jump, no frames in between: ${r.widths.join(' ')}`);
  assert.equal(r.animations, 0, 'no CSS animation or transition running');
  await reduced.page.close();
  const moving = await open(app.browser, app.server);
  await moving.page.locator('.timeline-event').first().waitFor();
  const m = await moving.page.evaluate(widthsWhileFraming, 'Plenary session');
  assert.ok(distinct(m.widths) > 4, `an eased move over several frames: ${m.widths.join(' ')}`);
  await moving.page.close();
});
