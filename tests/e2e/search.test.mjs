// End-to-end: search as you type, in a search landmark; keyboard to the results; selecting a result
// selects it everywhere (details, timeline, map).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, harness } from './page.mjs';

const app = harness();

test('typing without diacritics finds Quảng Ninh first, grouped by kind', async () => {
  const { page, problems } = await open(app.browser, app.server);
  const search = page.getByRole('search', { name: 'Search' });
  await search.getByRole('searchbox', { name: 'Search' }).fill('quang ninh');
  const groups = await search.getByRole('heading', { level: 3 }).allTextContents();
  assert.ok(groups.includes('Places') && groups.includes('Provinces and prefectures'), groups.join(', '));
  const places = search.locator('h3:has-text("Places") + ul button');
  assert.equal(await places.first().innerText(), 'Quảng Ninh Province');
  assert.match(await search.locator('#search-status').innerText(), /^\d+ results$/);
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('keyboard: down into the results, Enter selects, the timeline and map follow', async () => {
  const { page } = await open(app.browser, app.server);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('plenary session');
  await box.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, 'Plenary session');
  await page.keyboard.press('Enter');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Plenary session' }).waitFor();
  const mark = page.locator('.timeline-event[data-event="forum-plenary"]');
  await mark.waitFor();
  assert.equal(await mark.getAttribute('aria-pressed'), 'true', 'the timeline frames and marks it');
  await page.locator('.map-marker.is-selected').first().waitFor();
  await page.close();
});

test('people, organisations and themes are found in any language and open their events', async () => {
  const { page } = await open(app.browser, app.server);
  const box = page.getByRole('searchbox', { name: 'Search' });
  const cases = [
    ['ファム・ミン・チン', 'People', 'Phạm Minh Chính'],
    ['jica', 'Organisations', 'Japan International Cooperation Agency'],
    ['bán dẫn', 'Themes', 'Semiconductors'],
  ];
  for (const [q, group, name] of cases) {
    await box.fill(q);
    await page.locator(`h3:text-is("${group}") + ul .search-result`, { hasText: name }).first().click();
    const card = page.getByRole('complementary', { name: 'Details' });
    await card.getByRole('heading', { level: 3, name, exact: true }).waitFor();
    assert.ok((await card.locator('.detail-events li').count()) >= 1, `${name} lists its events`);
  }
  await page.close();
});
