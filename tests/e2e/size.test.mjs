// The one size guard (issue 15): what a first visit loads, brotli q11, must stay under a ceiling.
// The issue's goal is 160 KiB; the build is far over it (README, "Quality": 1.1 MB of wasm holding the
// Leptos views, three languages' texts and the map), so the ceiling is a ratchet at the size measured
// when it was set, plus 3 %: a change that makes the first visit heavier fails here, and the ceiling
// only ever moves down — except once, on purpose: issues 16 and 17 asked for serde's JSON export
// (+5.2 KiB), CSV (+1.5), the embed's gesture hint (+3.0), keys=off (+0.8), the kiosk's self-healing
// (guard.js, +2.6, for every mode) and the tour's languages and fault switch (+2.3): 410.6 → 421.6
// KiB, so 418 → 425. Then the map's geometry stopped shipping twice (the wasm reads it from
// index.html's start view, −23.0 KiB) while the picture of the view came in (+10.1): 406.7 KiB, so
// 425 → 419 (the three-task start then added 4.4: 411.2). Lower FIRST_VISIT_CEILING_KIB when the bundle shrinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizes } from './bench.mjs';
import { harness } from './page.mjs';

const FIRST_VISIT_CEILING_KIB = 419;
const GOAL_KIB = 160;
const app = harness();

test(`a first visit loads at most ${FIRST_VISIT_CEILING_KIB} KiB brotli (goal ${GOAL_KIB} KiB)`, async () => {
  const requested = new Set();
  const page = await app.browser.newPage();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === app.server.origin) requested.add(decodeURIComponent(u.pathname.slice(1)) || 'index.html');
  });
  await page.goto(app.server.url);
  await page.locator('.timeline-event').first().waitFor();
  await page.locator('.map-marker').first().waitFor();
  await page.close();
  const first = sizes().filter((r) => requested.has(r.file));
  // Every file requested is in dist/ (so nothing is missed by the sum), and the wasm is among them.
  assert.equal(first.length, requested.size, [...requested].join());
  assert.ok(first.some((r) => r.file.endsWith('.wasm')));
  const kib = first.reduce((t, r) => t + r.brotli, 0) / 1024;
  console.log(`first visit: ${first.length} files, ${kib.toFixed(1)} KiB brotli (${first.map((r) => `${r.file} ${(r.brotli / 1024).toFixed(1)}`).join(', ')})`);
  assert.ok(kib <= FIRST_VISIT_CEILING_KIB, `first visit ${kib.toFixed(1)} KiB brotli, over the ${FIRST_VISIT_CEILING_KIB} KiB ceiling`);
});
