// End-to-end: the URL as shared state — restore a view in a new page, back/forward through
// selections, hostile parameters ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, harness, openView } from './page.mjs';

const app = harness();

const param = async (page, k) => page.evaluate((k) => new URLSearchParams(location.search).get(k), k);

test('a shared URL restores the selection, the window and the language in a new page', async () => {
  const { page } = await open(app.browser, app.server);
  await openView(page, 'List');
  await page.getByRole('button', { name: 'Plenary session', exact: true }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('s') === 'forum-plenary');
  await openView(page, 'Explore');
  // The address bar settles (throttled) on the explorer's view, with the window that frames it.
  await page.waitForFunction(() => {
    const p = new URLSearchParams(location.search);
    return p.has('t') && !p.has('v');
  }, null, { timeout: 5000 });
  const url = page.url();
  await page.close();

  const { page: again, problems } = await open(app.browser, app.server, { query: new URL(url).search });
  const plenary = again.locator('.timeline-event[data-event="forum-plenary"]');
  await plenary.waitFor();
  assert.equal(await plenary.getAttribute('aria-pressed'), 'true');
  await again.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Plenary session' }).waitFor();
  assert.equal(await param(again, 's'), 'forum-plenary');
  assert.deepEqual(problems.console, []);
  await again.close();
});

test('back and forward step through selections', async () => {
  const { page } = await open(app.browser, app.server);
  await page.locator('.timeline-event[data-event="training-2025"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('s') === 'training-2025');
  await page.locator('.timeline-event[data-event="forum-2025"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('s') === 'forum-2025');
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('s') === 'training-2025');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: '4th Training in Japan for National Leaders' }).waitFor();
  await page.goForward();
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Vietnam–Japan Local Cooperation Forum' }).waitFor();
  await page.close();
});

test('unknown, malformed and hostile parameters fall back to defaults', async () => {
  for (const q of ['?s=<img src=x onerror=alert(1)>&t=garbage&lang=xx&mv=NaN', '?s=no-such-event', '?%E0%A4%A=1&q=%ZZ', '?t=2025-02-30..2025-03-01']) {
    const { page, problems } = await open(app.browser, app.server, { query: q });
    await page.locator('.timeline-event').first().waitFor();
    assert.equal(await page.locator('img').count(), 0, `${q}: nothing reflected as HTML`);
    await page.getByRole('complementary', { name: 'Details' }).getByText('Select an event').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(problems.console, [], q);
    await page.close();
  }
});
