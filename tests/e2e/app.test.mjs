// End-to-end: the release build in dist/, served on 127.0.0.1, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strands, events, topLevel } from './seeds.mjs';
import { open as openPage, harness } from './page.mjs';

const app = harness();

const open = (viewport) => openPage(app.browser, app.server, { viewport });

/** Scrolls `locator` into view and waits for the frame that renders it. */
async function seen(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('the page loads with a title, a main region and its record counts', async () => {
  const { page } = await open();
  assert.match(await page.title(), /Vietnam–Japan 2025/);
  assert.equal(await page.getByRole('main').count(), 1);
  const counts = await page.getByRole('list', { name: 'What the record holds' }).innerText();
  assert.match(counts, new RegExp(`${events.length}\\s+events`));
  await page.close();
});

/** Opens the list view (every event by strand) from the shell's views. */
async function openList(page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'List' }).click();
  await page.getByRole('heading', { level: 2, name: 'All events by strand' }).waitFor();
}

test('every strand is shown as a heading with its event count', async () => {
  const { page } = await open();
  await openList(page);
  for (const s of strands) {
    const n = events.filter((e) => e.strand === s.id).length;
    const h = page.getByRole('heading', { level: 3, name: s.name.en });
    assert.equal(await h.count(), 1, `strand heading ${s.name.en}`);
    await seen(h); // off-screen strands skip rendering until scrolled to
    assert.match(await h.innerText(), new RegExp(`\\(${n} events?\\)`));
  }
  await page.close();
});

test('every top-level event is listed under its strand', async () => {
  const { page } = await open();
  await openList(page);
  for (const e of topLevel) {
    const strand = strands.find((s) => s.id === e.strand);
    const section = page.getByRole('region', { name: new RegExp(`^${strand.name.en}`) });
    const heading = section.getByRole('heading', { level: 4, name: e.title.en, exact: true });
    assert.equal(await heading.count(), 1, `${e.id} under ${strand.id}`);
    await seen(heading);
    assert.ok(await heading.isVisible(), `${e.id} visible`);
  }
  await page.close();
});

test('no console error and no request to any other origin, on a laptop and a phone', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { page, problems } = await open(viewport);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems.console, [], `console errors at ${viewport.width}px`);
    assert.deepEqual(problems.foreign, [], `foreign requests at ${viewport.width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at ${viewport.width}px (overflow ${overflow}px)`);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    assert.ok(tall <= 0, `no vertical scrolling of the page at ${viewport.width}px (overflow ${tall}px)`);
    await page.close();
  }
});
