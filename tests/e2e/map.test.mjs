// End-to-end: the map against the release build, with real clicks, wheel and keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { open } from './page.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
let server, browser;
before(async () => {
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the map is a labelled region with both countries and named markers', async () => {
  const { page, problems } = await open(browser, server);
  const map = page.getByRole('region', { name: 'Map' });
  await map.waitFor();
  for (const pane of ['Vietnam', 'Japan']) assert.equal(await map.getByRole('group', { name: new RegExp(`^${pane}`) }).count(), 1);
  const hanoi = map.getByRole('button', { name: /^Hanoi.*: \d+ events?$/ });
  assert.equal(await hanoi.count(), 1);
  await map.screenshot({ path: `${artifacts}map-laptop.png` });
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await page.close();
});

test('clicking a marker selects the place; the timeline window filters the map', async () => {
  const { page } = await open(browser, server);
  await page.locator('.map-marker[data-place="gunma"] circle').click();
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Gunma Prefecture' }).waitFor();
  // Jump the timeline to the official visit: only its places remain on the map.
  await page.getByRole('button', { name: 'Official visit', exact: true }).click();
  await page.waitForTimeout(600);
  // Kanazawa's events are all in June–July (Gunma's festival, dated "some time in 2025", stays).
  assert.equal(await page.locator('.map-marker[data-place="kanazawa"]').count(), 0, 'Kanazawa has no event in April');
  assert.equal(await page.locator('.map-marker[data-place="hanoi"]').count(), 1);
  await page.close();
});

test('a selection in the timeline highlights its places on the map', async () => {
  const { page } = await open(browser, server);
  await page.locator('.timeline-event[data-event="training-2025"]').click();
  await page.locator('.map-marker.is-selected').first().waitFor();
  await page.locator('.map').screenshot({ path: `${artifacts}map-training-selected.png` });
  await page.close();
});

test('phone: the panes stack and stay inside the screen', async () => {
  const { page } = await open(browser, server, { viewport: { width: 360, height: 740 } });
  await page.locator('.map-marker').first().waitFor();
  const [vn, jp] = await Promise.all(['Vietnam', 'Japan'].map((n) => page.locator(`[data-pane="${n}"]`).boundingBox()));
  assert.ok(jp.y >= vn.y + vn.height - 1, 'Japan below Vietnam');
  assert.ok(vn.x >= 0 && vn.x + vn.width <= 360 && jp.x + jp.width <= 360);
  await page.locator('.map').screenshot({ path: `${artifacts}map-phone.png` });
  await page.close();
});
