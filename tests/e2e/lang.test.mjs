// End-to-end: the language switch, the `lang` attribute, the URL's lang=, and no English left in
// the Vietnamese and Japanese interfaces (checked on the visible text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { open, harness, artifacts } from './page.mjs';

const app = harness();

// Every English UI string, read from src/i18n.rs (the `ui!` table and the role, kind and date
// tables): none may survive a switch. Text in elements marked `lang="en"` (document titles and
// publishers as printed, the original of a translated quotation) is data, not UI, and is skipped.
const i18n = readFileSync(fileURLToPath(new URL('../../src/i18n.rs', import.meta.url)), 'utf8');
const ENGLISH = [...new Set(
  [...i18n.matchAll(/"([^"{}]+)",\s*"([^"{}]+)",\s*"([^"{}]+)"/g)]
    .filter(([, en, vi]) => en !== vi && en.length >= 4)
    .map(([, en]) => en),
)];

/** The visible text of the page outside `lang="en"` elements, one string per text node. */
const visibleText = () => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('[lang="en"]') || !el.checkVisibility()) continue;
    if (n.textContent.trim()) out.push(n.textContent);
  }
  return out.join('\n');
};

for (const [lang, button] of [['vi', 'Tiếng Việt'], ['ja', '日本語']]) {
  test(`switching to ${button} changes every visible UI string and the lang attribute`, async () => {
    // With the detail panel full (the forum has figures, quotations, partnerships) and search results open.
    const { page, problems } = await open(app.browser, app.server, { query: '?s=forum-2025&q=gunma' });
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.locator('.timeline-event').first().waitFor();
    // Open every disclosure so that its text is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const text = await page.evaluate(visibleText);
    assert.ok(ENGLISH.length > 80, `read ${ENGLISH.length} English strings`);
    const left = ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
    assert.deepEqual(left, [], `English left in the ${lang} UI`);
    await page.screenshot({ path: `${artifacts}lang-${lang}.png` });
    assert.deepEqual(problems.console, []);
    await page.close();
  });
}

test('lang= in the URL opens in that language; the selection survives a switch', async () => {
  const { page } = await open(app.browser, app.server, { query: '?lang=ja' });
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await page.getByRole('heading', { level: 1, name: '日越 2025：協力の一年' }).waitFor();
  await page.locator('.timeline-event[data-event="training-2025"]').click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: '4th Training in Japan for National Leaders' }).waitFor();
  await page.close();
});
