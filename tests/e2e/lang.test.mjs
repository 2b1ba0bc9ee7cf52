// End-to-end: the language switch, the `lang` attribute, the URL's lang=, and no English left in
// the Vietnamese and Japanese interfaces (checked on the visible text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, harness, artifacts } from './page.mjs';

const app = harness();

// English UI phrases that must not survive a switch (data written in English by the sources, such
// as document titles, is not UI text).
const ENGLISH = [
  'Timeline', 'Zoom in', 'Whole period', 'Jump to', 'Details', 'Select an event', 'All events by strand',
  'Reset map', 'Play 2025', 'Show all', 'events in', 'Official visit', 'Training programme', 'Local cooperation forum',
  'Agreements and partnerships', 'Context and plans', 'a place, with its number', 'training route', 'Places', 'People',
  'Partnerships between localities', 'Prime Minister Ishiba', 'cooperation year',
];

for (const [lang, button] of [['vi', 'Tiếng Việt'], ['ja', '日本語']]) {
  test(`switching to ${button} changes every visible UI string and the lang attribute`, async () => {
    const { page, problems } = await open(app.browser, app.server);
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.locator('.timeline-event').first().waitFor();
    // Render every section (off-screen strands skip rendering until scrolled to).
    await page.evaluate(() => document.querySelectorAll('.strand').forEach((s) => (s.style.contentVisibility = 'visible')));
    const text = await page.evaluate(() => document.body.innerText);
    const left = ENGLISH.filter((w) => text.includes(w));
    assert.deepEqual(left, [], `English left in the ${lang} UI`);
    await page.screenshot({ path: `${artifacts}lang-${lang}.png` });
    assert.deepEqual(problems.console, []);
    await page.close();
  });
}

test('lang= in the URL opens in that language; the selection survives a switch', async () => {
  const { page } = await open(app.browser, app.server, { query: '?lang=ja' });
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'ベトナム・日本 2025：協力の一年');
  await page.locator('.timeline-event[data-event="training-2025"]').click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: '4th Training in Japan for National Leaders' }).waitFor();
  await page.close();
});
