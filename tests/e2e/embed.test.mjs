// End-to-end: the explorer embedded in a host page on another origin, in `<iframe sandbox="allow-scripts">`
// (no same-origin: no storage, no cookies): height and selection messages reach the host; a select
// command from a listed origin works, the same command from an unlisted origin is ignored; the wheel
// scrolls the host page; the "Embed this view" dialog gives the snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { open, harness, artifacts, dist } from './page.mjs';
import { serve } from './server.mjs';
import { embedHost } from './host.mjs';

const app = harness();
let host;
// In `sandbox="allow-scripts"` the frame's origin is opaque, so its module script, wasm and
// stylesheets are cross-origin requests: the app's host must answer them with CORS (README,
// "Embedding"). This server does; `app.server` (same files, no CORS) serves the dialog test.
let corsApp;

// The host page: two sandboxed frames of the same view; only the first lists the host's origin.
const hostPage = (appUrl, hostOrigin) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministry page</title>
<style>body{margin:0;font-family:sans-serif} iframe{display:block;width:100%;border:0} .tall{height:1500px}</style></head>
<body><h1>A ministry page</h1>
<iframe id="listed" title="Explorer (listed)" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" height="400" src="${appUrl}?s=training-2025&lang=vi&embed&host=${encodeURIComponent(hostOrigin)}"></iframe>
<iframe id="unlisted" title="Explorer (unlisted)" sandbox="allow-scripts" height="400" src="${appUrl}?embed&host=https://other.example"></iframe>
<div class="tall"></div>
<script>
  window.messages = [];
  addEventListener('message', (e) => {
    const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    if (!from || !e.data || e.data.version !== 1) return;
    window.messages.push({ frame: from.id, ...e.data });
    if (e.data.type === 'vnjp:height') from.style.height = e.data.height + 'px';
  });
  window.command = (frame, msg) => document.getElementById(frame).contentWindow.postMessage({ type: 'vnjp:command', version: 1, ...msg }, '*');
</script></body></html>`;

before(async () => {
  corsApp = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(corsApp.url, `http://127.0.0.1:${host.address().port}`));
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
});
after(async () => {
  await corsApp.close();
  await new Promise((r) => host.close(r));
});

test('sandboxed in a host page: ready, height and selection messages; commands only from listed origins', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1024, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const msgs = (type, frame) => page.evaluate(([t, f]) => window.messages.filter((m) => m.type === t && m.frame === f), [type, frame]);
  page.on('console', (m) => m.type() === 'error' && console.log('frame console:', m.text().slice(0, 200)));
  await page.waitForFunction(() => ['listed', 'unlisted'].every((f) => window.messages.some((m) => m.frame === f && m.type === 'vnjp:height')), null, { timeout: 30000 })
    .catch(async (e) => { throw new Error(`${e.message}; messages: ${JSON.stringify(await page.evaluate(() => window.messages))}`); });
  for (const f of ['listed', 'unlisted']) assert.equal((await msgs('vnjp:ready', f)).length, 1, `${f}: ready once`);
  // The frame asks for the height its layout prefers at its width (1024 px: 614 px), not for the
  // length of a document; the host sizes it so, and the explorer fills it without scrolling inside.
  await page.waitForFunction(() => {
    const h = window.messages.filter((m) => m.frame === 'listed' && m.type === 'vnjp:height').at(-1).height;
    return h === 614 && Math.round(document.getElementById('listed').getBoundingClientRect().height) === h;
  });
  const inner = await page.frames().find((f) => f.url().includes('lang=vi')).evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
  assert.ok(inner[0] <= inner[1] + 2, `no scrolling inside the frame (${inner})`);
  // The starting view and language come from the URL.
  const listed = page.frameLocator('#listed');
  await listed.getByRole('heading', { level: 1, name: 'Việt Nam – Nhật Bản 2025: năm của hợp tác' }).waitFor();
  assert.deepEqual((await msgs('vnjp:selection', 'listed')).map((m) => m.id), ['training-2025']);

  await page.evaluate(() => { window.command('listed', { command: 'select', id: 'forum-2025' }); window.command('unlisted', { command: 'select', id: 'forum-2025' }); });
  await page.waitForFunction(() => window.messages.some((m) => m.frame === 'listed' && m.type === 'vnjp:selection' && m.id === 'forum-2025'));
  await listed.locator('.detail-record[data-record="forum-2025"]').waitFor();
  await page.evaluate(() => window.command('listed', { command: 'lang', lang: 'ja' }));
  await listed.getByRole('heading', { level: 1, name: '日越 2025：協力の一年' }).waitFor();
  await page.evaluate(() => window.command('listed', { command: 'filters', fs: ['local-forum'] }));
  await listed.getByRole('button', { name: /^絞り込み/ }).click();
  await listed.locator('.filters-status', { hasText: '18件の出来事が該当' }).waitFor();
  // Malformed and foreign commands change nothing.
  await page.evaluate(() => { window.command('listed', { command: 'select' }); window.command('listed', { command: 'navigate', url: 'https://evil.example' }); });
  await page.waitForTimeout(800);
  assert.deepEqual((await msgs('vnjp:selection', 'unlisted')).map((m) => m.id), [null], 'the unlisted frame obeyed nothing');
  assert.equal(await page.frameLocator('#unlisted').locator('.detail-record').count(), 0);
  assert.equal(await listed.locator('.detail-record[data-record="forum-2025"]').count(), 1);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: `${artifacts}embed-host.png` });
  await page.close();
});

test('embedded, the wheel over the timeline and the map scrolls the host page; Ctrl+wheel zooms', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const listed = page.frameLocator('#listed');
  const canvas = listed.locator('.timeline-canvas');
  await listed.locator('.timeline-event').first().waitFor();
  await page.waitForFunction(() => window.messages.some((m) => m.frame === 'listed' && m.type === 'vnjp:height' && Math.round(document.getElementById('listed').getBoundingClientRect().height) === m.height));
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const before = await page.evaluate(() => scrollY);
  const ticks = await listed.locator('.timeline-axis').textContent();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((b) => scrollY > b, before, { timeout: 3000 });
  assert.equal(await listed.locator('.timeline-axis').textContent(), ticks, 'the timeline did not zoom');
  await page.close();
});

test('embedded, the first plain wheel over the map or timeline shows the Ctrl + scroll hint once; not outside an embed', async () => {
  const wheelOver = async (page, selector) => {
    const box = await page.locator(selector).first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(40, box.height / 2));
    await page.mouse.wheel(0, 120);
  };
  let { page, problems } = await open(app.browser, app.server, { query: '?embed' });
  const hint = page.locator('.map').getByRole('status').filter({ hasText: 'Use Ctrl + scroll to zoom' });
  await page.locator('.map-marker').first().waitFor();
  assert.equal(await hint.count(), 0, 'no hint before a wheel');
  await wheelOver(page, '.map-svg');
  await hint.waitFor({ timeout: 2000 });
  await page.locator('.map').screenshot({ path: `${artifacts}embed-gesture-hint.png` });
  // It goes after about 2 s, and a second wheel, over either panel, does not bring it back.
  await hint.waitFor({ state: 'detached', timeout: 4000 });
  await wheelOver(page, '.map-svg');
  await wheelOver(page, '.timeline-canvas');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.locator('.gesture-hint-text:not([hidden])').count(), 0, 'shown once per page');
  assert.deepEqual(problems.console, []);
  await page.close();
  // The timeline has it too, in the page's language.
  ({ page } = await open(app.browser, app.server, { query: '?embed&lang=ja' }));
  await page.locator('.timeline-event').first().waitFor();
  await wheelOver(page, '.timeline-canvas');
  await page.locator('.timeline').getByRole('status').filter({ hasText: '拡大・縮小するには Ctrl キーを押しながらスクロール' }).waitFor({ timeout: 2000 });
  await page.close();
  // Outside an embed the wheel zooms: no hint, and no live region for it.
  ({ page } = await open(app.browser, app.server));
  await page.locator('.map-marker').first().waitFor();
  await wheelOver(page, '.map-svg');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.locator('.gesture-hint').count(), 0);
  await page.close();
});

test('keys=off: + − 0 and arrows no longer zoom or pan the map and timeline; Tab, Enter, Escape and moving between events still work', async () => {
  const viewBox = (page) => page.locator('.map-pane[data-pane="Vietnam"] .map-svg').getAttribute('viewBox');
  // The control: without the switch, + on the focused pane zooms the map.
  let { page } = await open(app.browser, app.server, { query: '?embed' });
  await page.locator('.map-marker').first().waitFor();
  let before = await viewBox(page);
  await page.locator('.map-pane[data-pane="Vietnam"] .map-svg').focus();
  await page.keyboard.press('+');
  await page.waitForFunction((b) => document.querySelector('.map-pane[data-pane="Vietnam"] .map-svg').getAttribute('viewBox') !== b, before, { timeout: 3000 });
  // … and + on a focused event zooms the timeline within 500 ms.
  const axis = await page.locator('.timeline-axis').textContent();
  await page.locator('.timeline-year').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('+');
  await page.waitForFunction((a) => document.querySelector('.timeline-axis').textContent !== a, axis, { timeout: 500 });
  await page.close();

  const { page: off, problems } = await open(app.browser, app.server, { query: '?embed&keys=off' });
  page = off;
  await page.locator('.map-marker').first().waitFor();
  before = await viewBox(page);
  const pane = page.locator('.map-pane[data-pane="Vietnam"] .map-svg');
  await pane.focus();
  for (const key of ['+', '-', '0', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await viewBox(page), before, 'the map did not move for the keys');
  // The pane's name no longer offers the keys.
  assert.equal(await pane.getAttribute('aria-label'), 'Vietnam');
  // Tab still reaches a unit or marker in the pane, and Enter on it still selects.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.closest('.map-pane') !== null), 'Tab stays in the pane');
  await page.keyboard.press('Enter');
  await page.getByRole('complementary').getByRole('heading', { level: 3 }).waitFor();
  // The timeline: + does not zoom; the arrows still move between events; Escape clears.
  const ticks = await page.locator('.timeline-axis').textContent();
  await page.locator('.timeline-year').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.dataset.event);
  assert.ok(first, 'Tab lands on an event');
  await page.keyboard.press('+');
  await page.keyboard.press('=');
  // As long as the control above allows a zoom to move the ticks.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  assert.equal(await page.locator('.timeline-axis').textContent(), ticks, 'the timeline did not zoom');
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.evaluate(() => document.activeElement.dataset.event), first, 'ArrowRight still moves between events');
  await page.keyboard.press('Escape');
  await page.getByRole('complementary').getByText('Select an event').waitFor();
  assert.match(page.url(), /[?&]keys=off(&|$)/, 'the switch stays in the address');
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('"Open the full explorer" opens the same view in a new tab, out of the frame', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const listed = page.frameLocator('#listed');
  await listed.locator('.detail-record[data-record="training-2025"]').waitFor();
  // A narrow frame folds it into the menu; this one is wide enough to show it.
  const [popup] = await Promise.all([page.waitForEvent('popup'), listed.getByRole('link', { name: 'Mở trang đầy đủ' }).click()]);
  await popup.waitForLoadState();
  const u = new URL(popup.url());
  assert.equal(u.searchParams.get('s'), 'training-2025');
  assert.equal(u.searchParams.get('lang'), 'vi');
  for (const p of ['embed', 'kiosk', 'host']) assert.equal(u.searchParams.has(p), false, `no ${p}`);
  await popup.close();
  await page.close();
});

test('the "Embed this view" dialog gives an iframe snippet of the current view', async () => {
  const { page } = await open(app.browser, app.server, { query: '?s=forum-2025&lang=vi' });
  await page.getByRole('button', { name: 'Chia sẻ' }).click();
  await page.getByRole('button', { name: 'Nhúng chế độ xem này' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const code = await dialog.getByRole('textbox').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?s=forum-2025&amp;.*lang=vi&amp;embed" title="[^"]+" width="100%" height="640" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  assert.equal(await dialog.isVisible(), false);
  await page.close();
});

for (const [w, h] of [[320, 400], [768, 500], [1600, 900]]) {
  test(`embed at ${w}×${h}: the shell in the frame, nothing wider or taller than it, no sharing or downloads`, async () => {
    const { page, problems } = await open(app.browser, app.server, { viewport: { width: w, height: h }, query: '?embed&lang=ja' });
    await page.locator('.timeline-event').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), w, 'no horizontal scrolling');
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), h, 'no vertical scrolling');
    for (const hidden of ['.all-events', '.figures', '.open-data', '.embed-open', '.share']) {
      assert.equal(await page.locator(hidden).first().isVisible().catch(() => false), false, `${hidden} is not shown`);
    }
    for (const part of ['.timeline', '.map']) {
      const b = await page.locator(part).boundingBox();
      assert.ok(b.y >= 0 && b.y + b.height <= h + 1, `${part} inside the frame (${b.y}, ${b.height})`);
    }
    assert.deepEqual(problems.console, []);
    await page.screenshot({ path: `${artifacts}embed-${w}x${h}.png` });
    await page.close();
  });
}

test('embed.js on a strict-CSP host page sizes two frames of different views, ignores a forged frame; the AMP message arrives', async () => {
  const jsHost = await embedHost(dist);
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A recorder installed by the test driver (the page's CSP allows no inline script of its own).
  await page.addInitScript(() => {
    window.messages = [];
    window.violations = [];
    addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    addEventListener('message', (e) => {
      const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      if (from && e.data && typeof e.data === 'object') window.messages.push({ frame: from.id, ...e.data });
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(jsHost.embedJsUrl());
  const height = (id) => page.evaluate((i) => Math.round(document.getElementById(i).getBoundingClientRect().height), id);
  // The frame below the fold is not loaded, but has the height its width will want (500 px: 725).
  await page.waitForFunction(() => document.getElementById('later').style.height === '725px');
  // Each explorer asks for the height its layout prefers at its width (1000 px: 600; 400 px: 580)
  // and gets it; AMP's message says the same.
  const want = { wide: 600, narrow: 580 };
  await page.waitForFunction((w) => Object.entries(w).every(([f, h]) =>
    window.messages.some((m) => m.frame === f && m.type === 'vnjp:height' && m.height === h)
    && window.messages.some((m) => m.frame === f && m.sentinel === 'amp' && m.type === 'embed-size' && m.height === h)
    && Math.round(document.getElementById(f).getBoundingClientRect().height) === h), want, { timeout: 30000 })
    .catch(async (e) => { throw new Error(`${e.message}; messages: ${JSON.stringify(await page.evaluate(() => window.messages))}`); });
  await page.frameLocator('#narrow').getByRole('heading', { level: 1, name: '日越 2025：協力の一年' }).waitFor();
  // The forger has been posting `vnjp:height: 123` for itself all along: nothing took it.
  await page.waitForFunction(() => window.messages.filter((m) => m.frame === 'forger').length >= 40);
  assert.equal(await height('forger'), 150, 'the third frame was not resized');
  for (const [f, h] of Object.entries(want)) assert.equal(await height(f), h, `${f} kept its height`);
  assert.equal(await height('later'), 725);
  assert.equal((await page.evaluate(() => window.messages.filter((m) => m.frame === 'later'))).length, 0, 'the lazy frame has not spoken');
  // A message from the explorer's own window is obeyed (the origin of a sandboxed frame is "null").
  const wide = page.frames().find((f) => f.url().includes('s=forum-2025'));
  await wide.evaluate(() => parent.postMessage({ type: 'vnjp:height', version: 1, height: 700 }, '*'));
  await page.waitForFunction(() => document.getElementById('wide').style.height === '700px');
  assert.equal(await height('narrow'), 580);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation on the host page');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: `${artifacts}embed-js-host.png` });
  await page.close();
  await jsHost.close();
});
