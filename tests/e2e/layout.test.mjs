// End-to-end: the explorer is one screen in every mode and size (issue 13). For each view: the
// document does not scroll; the timeline and the map are on screen and large enough; with a selection
// the details are on screen too (on a phone the sheet may lie over the map, leaving 40 % of it); and
// a link to the forum draws at least five of its parts in the visible timeline. Screenshots of every
// view go to tests/e2e/artifacts/layout-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { ready, harness, artifacts } from './page.mjs';
import { events } from './seeds.mjs';

mkdirSync(artifacts, { recursive: true });
const app = harness();

// [name, width, height, query, touch]
const VIEWS = [
  ['laptop', 1440, 900, ''],
  ['laptop-720', 1280, 720, ''],
  ['phone', 390, 844, '', true],
  ['phone-360', 360, 640, '', true],
  ['kiosk', 1920, 1080, '?kiosk&idle=600'],
  ['kiosk-portrait', 1080, 1920, '?kiosk&idle=600'],
  ['kiosk-4k', 3840, 2160, '?kiosk&idle=600'],
  ['embed', 700, 450, '?embed'],
  ['embed-narrow', 360, 500, '?embed'],
  ['forum-laptop', 1440, 900, '?s=forum-2025'],
  ['forum-phone', 390, 844, '?s=forum-2025', true],
  ['forum-kiosk', 1920, 1080, '?kiosk&idle=600&s=forum-2025'],
];

const forumParts = new Set();
for (let grew = true; grew; ) {
  grew = false;
  for (const e of events) {
    if ((e.parent === 'forum-2025' || forumParts.has(e.parent)) && !forumParts.has(e.id)) {
      forumParts.add(e.id);
      grew = true;
    }
  }
}

/** In the page: the geometry the assertions need. */
function measure(parts) {
  const vw = innerWidth;
  const vh = innerHeight;
  const rect = (el) => el.getBoundingClientRect();
  const area = (r) => Math.max(0, r.width) * Math.max(0, r.height);
  const clip = (r, c) => {
    const x0 = Math.max(r.left, c.left), y0 = Math.max(r.top, c.top);
    const x1 = Math.min(r.right, c.right), y1 = Math.min(r.bottom, c.bottom);
    return { left: x0, top: y0, right: x1, bottom: y1, width: x1 - x0, height: y1 - y0 };
  };
  const screen = { left: 0, top: 0, right: vw, bottom: vh, width: vw, height: vh };
  const inside = (el) => {
    const r = rect(el);
    return area(r) ? area(clip(r, screen)) / area(r) : 0;
  };
  const map = document.getElementById('map');
  const timeline = document.getElementById('timeline');
  const details = document.getElementById('details');
  const m = clip(rect(map), screen);
  const d = clip(rect(details), screen);
  // The share of the map the details panel leaves uncovered (it may lie over it on a phone).
  const covered = area(clip(m, d)) / Math.max(1, area(m));
  // Parts of the forum drawn as event buttons inside the timeline's visible drawing area.
  const body = rect(document.querySelector('.timeline-body'));
  const drawn = [...document.querySelectorAll('#timeline .timeline-event')].filter((b) => {
    if (!parts.includes(b.dataset.event)) return false;
    const r = rect(b);
    return r.width > 0 && r.left >= body.left - 1 && r.right <= body.right + 1 && r.top >= body.top - 1 && r.bottom <= body.bottom + 1;
  });
  return {
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    viewport: [vw, vh],
    mapInside: inside(map),
    timelineInside: inside(timeline),
    detailsInside: inside(details),
    mapShare: area(m) / (vw * vh),
    timelineShare: area(clip(rect(timeline), screen)) / (vw * vh),
    mapShowing: 1 - covered,
    forumParts: drawn.length,
    selected: !!document.querySelector('.detail-record'),
  };
}

for (const [name, w, h, query, touch] of VIEWS) {
  test(`one screen: ${name} (${w}×${h}${query ? ` ${query}` : ''})`, async () => {
    const context = await app.browser.newContext({ viewport: { width: w, height: h }, hasTouch: !!touch, isMobile: !!touch });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.server.url + query);
    await ready(page);
    await page.locator('.timeline-event').first().waitFor();
    await page.locator('.map-marker').first().waitFor();
    // A selection frames itself in the frame after its details paint (and glides where motion is
    // allowed): let it settle.
    await page.waitForTimeout(900);
    const g = await page.evaluate(measure, [...forumParts]);
    const at = `${name}: ${JSON.stringify(g)}`;
    assert.ok(Math.abs(g.scroll[0] - w) <= 2 && Math.abs(g.scroll[1] - h) <= 2, `the document does not scroll: ${at}`);
    assert.ok(g.mapInside >= 0.9, `the map is on screen: ${at}`);
    assert.ok(g.timelineInside >= 0.9, `the timeline is on screen: ${at}`);
    assert.ok(g.mapShare >= 0.25, `the map covers a quarter of the screen: ${at}`);
    assert.ok(g.timelineShare >= 0.12, `the timeline covers an eighth of the screen: ${at}`);
    if (query.includes('s=')) {
      assert.ok(g.selected, `the details show the selection: ${at}`);
      if (touch) assert.ok(g.mapShowing >= 0.4, `the sheet leaves 40 % of the map showing: ${at}`);
      else assert.ok(g.detailsInside >= 0.9, `the details are on screen: ${at}`);
    }
    if (query.includes('s=forum-2025')) assert.ok(g.forumParts >= 5, `five of the forum's parts drawn: ${at}`);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: `${artifacts}layout-${name}.png` });
    await context.close();
  });
}
