// End-to-end: the map against the release build, with real clicks, wheel and keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { open, ready, harness, artifacts, dist } from './page.mjs';

mkdirSync(artifacts, { recursive: true });
const app = harness();

test('the geometry ships once: the wasm has none, and draws every shape from the start view in index.html', async () => {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const shapes = new Map([...html.matchAll(/data-shape="(\d+)" d="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  assert.ok(shapes.size > 90, `${shapes.size} shapes in index.html`);
  const wasm = readFileSync(dist + readdirSync(dist).find((f) => f.endsWith('.wasm')));
  for (const d of shapes.values()) assert.equal(wasm.indexOf(d.slice(0, 48)), -1, 'no path data in the wasm');
  const { page, problems } = await open(app.browser, app.server);
  await page.locator('#prerender').waitFor({ state: 'detached' });
  // The app's own panes draw each unit and context country with the start view's path data.
  const drawn = await page.locator('.map-svg path.map-unit, .map-svg path.map-context').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  assert.equal(drawn.length, shapes.size);
  assert.deepEqual(new Set(drawn), new Set(shapes.values()));
  const hanoi = await page.locator('.map-unit[data-unit="VN:01"]').boundingBox();
  assert.ok(hanoi && hanoi.width > 4 && hanoi.height > 4, 'Hanoi has an outline');
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('the map is a labelled region with both countries and named markers', async () => {
  const { page, problems } = await open(app.browser, app.server);
  const map = page.getByRole('region', { name: 'Map' });
  await map.waitFor();
  for (const pane of ['Vietnam', 'Japan']) assert.equal(await map.getByRole('group', { name: new RegExp(`^${pane}`) }).count(), 1);
  // Both the Hanoi marker and the shaded Hanoi unit are buttons named "Hanoi…: N events", the
  // marker's followed by the places merged into it ("(+ …)").
  const named = map.getByRole('button', { name: /^Hanoi[^:]*: \d+ events?( \(\+ [^)]+\))?$/ });
  assert.equal(await named.count(), 2);
  assert.match(await map.locator('.map-marker[data-place="hanoi"]').getAttribute('aria-label'), /^Hanoi[^:]*: \d+ events?( \(\+ [^)]+\))?$/);
  await map.screenshot({ path: `${artifacts}map-laptop.png` });
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await page.close();
});

test('clicking a marker selects the place; the timeline window filters the map', async () => {
  const { page } = await open(app.browser, app.server);
  await page.locator('.map-marker[data-place="gunma"] circle:not(.map-marker-hit)').click();
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Gunma Prefecture' }).waitFor();
  // Jump the timeline to the official visit: only its places remain on the map.
  await page.getByRole('button', { name: 'Show this strand: Official visit' }).click();
  await page.waitForTimeout(600);
  // Kanazawa's events are all in June–July.
  assert.equal(await page.locator('.map-marker[data-place="kanazawa"]').count(), 0, 'Kanazawa has no event in April');
  assert.equal(await page.locator('.map-marker[data-place="hanoi"]').count(), 1);
  await page.close();
});

test('a selection in the timeline highlights its places on the map', async () => {
  const { page } = await open(app.browser, app.server);
  await page.locator('.timeline-event[data-event="training-2025"]').click();
  await page.locator('.map-marker.is-selected').first().waitFor();
  await page.locator('.map').screenshot({ path: `${artifacts}map-training-selected.png` });
  await page.close();
});

test('phone: both panes side by side in the map area, inside the screen', async () => {
  const { page } = await open(app.browser, app.server, { viewport: { width: 360, height: 740 } });
  await page.locator('.map-marker').first().waitFor();
  const [vn, jp] = await Promise.all(['Vietnam', 'Japan'].map((n) => page.locator(`[data-pane="${n}"]`).boundingBox()));
  // The map area under the phone's top bar is wider than tall: the panes sit side by side.
  assert.ok(Math.abs(vn.y - jp.y) < 2 && jp.x >= vn.x + vn.width - 1, 'Japan beside Vietnam');
  assert.ok(vn.x >= 0 && vn.x + vn.width <= 360 && jp.x + jp.width <= 360);
  assert.ok(vn.y + vn.height <= 740 && vn.height > 100, `the map is on screen (${vn.y}, ${vn.height})`);
  await page.locator('.map').screenshot({ path: `${artifacts}map-phone.png` });
  await page.close();
});

test('marker labels are never cut at a pane\'s edge: near it they go to the marker\'s left (phone, embed, kiosk)', async () => {
  for (const [w, h, q] of [[390, 844, '?lang=vi'], [700, 450, '?embed&lang=vi'], [1440, 900, ''], [3840, 2160, '?kiosk']]) {
    const { page } = await open(app.browser, app.server, { viewport: { width: w, height: h }, query: q });
    await page.locator('.map-marker').first().waitFor();
    await page.waitForTimeout(300);
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.map-marker-label')].map((t) => {
        const pane = t.closest('svg').getBoundingClientRect();
        const b = t.getBoundingClientRect();
        return { text: t.textContent.trim(), left: t.getAttribute('text-anchor') === 'end', inside: b.left >= pane.left - 0.5 && b.right <= pane.right + 0.5 && b.top >= pane.top - 0.5 && b.bottom <= pane.bottom + 0.5 };
      }),
    );
    assert.ok(labels.length >= 3, `${w}×${h}: labels shown (${labels.length})`);
    const cut = labels.filter((l) => !l.inside).map((l) => l.text);
    assert.deepEqual(cut, [], `${w}×${h}${q}: labels cut at the edge`);
    if (w < 700) assert.ok(labels.some((l) => l.left), `${w}×${h}: some label on the left (${JSON.stringify(labels)})`);
    await page.close();
  }
});

test('two-finger pinch zooms a pane on a touch screen', async () => {
  const context = await app.browser.newContext({ viewport: { width: 800, height: 1200 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await ready(page);
  const svg = page.locator('[data-pane="Vietnam"] svg');
  await page.locator('.map-marker').first().waitFor();
  await svg.scrollIntoViewIfNeeded();
  const before = await svg.getAttribute('viewBox');
  const b = await svg.boundingBox();
  const cdp = await context.newCDPSession(page);
  const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
  const touch = (type, d) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
  await touch('touchStart', 30);
  for (let d = 40; d <= 150; d += 10) await touch('touchMove', d);
  await touch('touchEnd', 0);
  await page.waitForTimeout(100);
  const width = (vb) => Number(vb.split(' ')[2]);
  const after = await svg.getAttribute('viewBox');
  assert.ok(width(after) < width(before) / 2, `viewBox ${before} → ${after}`);
  await context.close();
});

test('kiosk 16:9 at 1920×1080 and 3840×2160: both countries side by side', async () => {
  for (const [w, h] of [[1920, 1080], [3840, 2160]]) {
    const { page } = await open(app.browser, app.server, { viewport: { width: w, height: h } });
    await page.locator('.map-marker').first().waitFor();
    const [vn, jp] = await Promise.all(['Vietnam', 'Japan'].map((n) => page.locator(`[data-pane="${n}"]`).boundingBox()));
    assert.ok(Math.abs(vn.y - jp.y) < 2 && jp.x > vn.x + vn.width - 1, `side by side at ${w}×${h}`);
    await page.locator('.map').screenshot({ path: `${artifacts}map-kiosk-${w}.png` });
    await page.close();
  }
});
