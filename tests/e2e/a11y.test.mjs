// End-to-end accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the default, embed
// and kiosk modes, in all three languages, with a selection and the detail panel open, with search
// results open, and at phone width: zero violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { open, harness } from './page.mjs';

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
];

for (const [name, query, viewport] of CASES) {
  test(`axe: no WCAG A/AA violations — ${name}`, async () => {
    const { page } = await open(app.browser, app.server, { query, viewport });
    await page.locator('.timeline-event').first().waitFor();
    await page.locator('.map-unit').first().waitFor();
    // Off-screen strands and the figures table skip rendering until scrolled to (content-visibility:
    // auto); axe's hit testing cannot see skipped content, so render it as a reader scrolling would.
    await page.evaluate(() => document.querySelectorAll('.strand, .figures').forEach((s) => (s.style.contentVisibility = 'visible')));
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
