// End-to-end: the timeline with real mouse, wheel, touch-size viewport and keyboard input, against
// the release build. Screenshots go to tests/e2e/artifacts/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { open, ready, harness, artifacts } from './page.mjs';

mkdirSync(artifacts, { recursive: true });
const app = harness();

const mark = (page, id) => page.locator(`.timeline-event[data-event="${id}"]`);
const settle = (page) => page.waitForTimeout(500);

test('the timeline is a labelled region that opens on 2025', async () => {
  const { page, problems } = await open(app.browser, app.server);
  const region = page.getByRole('region', { name: 'Timeline' });
  await region.waitFor();
  assert.equal(await region.getByRole('button', { name: /^Local Cooperation Forum: Vietnam–Japan Local Cooperation Forum, 25 November 2025$/ }).count(), 1);
  assert.equal(await region.getByRole('list', { name: 'Events in time order' }).count(), 1);
  // Only 2025: nothing that starts in 2026 or ended in 2023 is drawn.
  for (const id of ['plan-jc-science-technology-5', 'plan-green-hydrogen-summit', 'plan-apec-2027', 'csp-upgrade-2023']) {
    assert.equal(await mark(page, id).count(), 0, `${id} is outside 2025`);
  }
  await page.screenshot({ path: `${artifacts}timeline-year.png` });
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('the wheel zooms around the pointer and reveals the forum sessions', async () => {
  const { page } = await open(app.browser, app.server);
  const forum = mark(page, 'forum-2025');
  const bar = forum.locator('.timeline-bar');
  const box = await bar.boundingBox();
  // The marker is drawn at least 8 px wide; the day itself starts at its left edge.
  const x = box.x + 1;
  await page.mouse.move(x, box.y + 12);
  for (let i = 0; i < 40 && (await mark(page, 'forum-plenary').count()) === 0; i++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(16);
  }
  await mark(page, 'forum-plenary').waitFor();
  // The forum day stayed under the pointer while the window shrank around it: its bar, a few px
  // wide at first, now spans hundreds of px and still covers the pointer.
  const after = await bar.boundingBox();
  assert.ok(after.width >= 150 && after.width > 10 * box.width, `bar grew from ${box.width} to ${after.width}px`);
  assert.ok(after.x <= x && x <= after.x + after.width, `pointer ${x} outside the forum bar ${after.x}…${after.x + after.width}`);
  await page.screenshot({ path: `${artifacts}timeline-forum-day.png` });
  await page.close();
});

test('dragging pans the window; the click that ends a drag does not select, Enter still does', async () => {
  const { page } = await open(app.browser, app.server, { reducedMotion: 'reduce' });
  const training = mark(page, 'training-2025');
  const box = await training.boundingBox();
  const before = box.x;
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  // Start the drag on an event's label, where a plain click would select it.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 - i * 25, y);
  await page.mouse.up();
  await page.waitForTimeout(50);
  const after = (await training.boundingBox()).x;
  assert.ok(Math.abs(after - (before - 250)) < 6, `moved by ${after - before}px, expected -250`);
  assert.equal(await page.locator('.timeline-event[aria-pressed="true"]').count(), 0, 'the drag did not select');
  assert.ok(canvas.width > 0);
  // The keyboard is not affected by the drag that went before.
  await training.focus();
  await page.keyboard.press('Enter');
  assert.equal(await training.getAttribute('aria-pressed'), 'true', 'Enter selects after a drag');
  await page.close();
});

test('jumping to a strand frames it; keyboard alone walks, selects and clears', async () => {
  const { page } = await open(app.browser, app.server);
  await page.getByRole('button', { name: 'Show this strand: Training programme' }).click();
  await settle(page);
  // The window now frames the training: the axis names June and July 2025, in days.
  await page.locator('.timeline-context', { hasText: 'July 2025' }).waitFor();
  const bar = await mark(page, 'training-2025').locator('.timeline-bar').boundingBox();
  const canvasBox = await page.locator('.timeline-canvas').boundingBox();
  assert.ok(bar.width > canvasBox.width * 0.5, `the 12-day training fills the view (${bar.width}px)`);
  await page.screenshot({ path: `${artifacts}timeline-training.png` });
  // Tab from the toolbar into the events: exactly one event is a tab stop.
  await page.locator('.timeline-year').focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.dataset.event);
  assert.ok(first, 'Tab lands on an event');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.dataset.event);
  assert.notEqual(second, first);
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  // The selection redraws the lanes (its family first): focus follows the event to its new mark.
  // The event's name is "short title: title, date" (or "title, date"); the card heads with the title.
  const label = await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true' && document.activeElement.getAttribute('aria-label'), null, { timeout: 3000 });
  const title = (await label.jsonValue()).split(', ')[0].split(': ').pop();
  await details.getByRole('heading', { level: 3, name: title }).waitFor();
  // Focus stays on (or, when the redraw replaced its mark, comes back within a frame or two to) the
  // selected event.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', null, { timeout: 2000 });
  await page.keyboard.press('Escape');
  await details.getByText('Select an event').waitFor();
  // Focus is always visible: the focused event draws an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.close();
});

test('selecting in the list moves the timeline to the event', async () => {
  const { page } = await open(app.browser, app.server);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Plenary session', exact: true }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Explore' }).click();
  await mark(page, 'forum-plenary').waitFor();
  assert.equal(await mark(page, 'forum-plenary').getAttribute('aria-pressed'), 'true');
  await settle(page);
  await page.locator('.timeline').screenshot({ path: `${artifacts}timeline-forum-hours.png` });
  await page.close();
});

test('usable on a 360 px phone: no page overflow, controls and events on screen', async () => {
  const { page, problems } = await open(app.browser, app.server, { viewport: { width: 360, height: 740 } });
  await mark(page, 'forum-2025').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  const forum = await mark(page, 'forum-2025').boundingBox();
  assert.ok(forum.x >= 0 && forum.x + 10 <= 360, 'the forum is on screen');
  for (const name of ['Zoom in', 'Zoom out']) {
    const b = await page.getByRole('button', { name }).boundingBox();
    assert.ok(b.width >= 24 && b.height >= 24, `${name} is a usable target`);
  }
  await page.locator('.timeline').screenshot({ path: `${artifacts}timeline-phone.png` });
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('two-finger pinch on a touch screen zooms in', async () => {
  const context = await app.browser.newContext({ viewport: { width: 900, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await ready(page);
  const training = mark(page, 'training-2025').locator('.timeline-bar');
  await training.waitFor();
  const before = (await training.boundingBox()).width;
  const c = await page.locator('.timeline-canvas').boundingBox();
  const cdp = await context.newCDPSession(page);
  const y = c.y + 40;
  const mid = c.x + c.width / 2;
  const touch = (type, d) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: mid - d, y, id: 1 }, { x: mid + d, y, id: 2 }],
    });
  await touch('touchStart', 40);
  for (let d = 50; d <= 200; d += 10) await touch('touchMove', d);
  await touch('touchEnd', 0);
  await page.waitForTimeout(100);
  const after = (await training.boundingBox()).width;
  assert.ok(after > before * 3, `the 12-day bar grew from ${before} to ${after}px`);
  await context.close();
});

test('fills a 3840 × 2160 kiosk screen', async () => {
  const { page, problems } = await open(app.browser, app.server, { viewport: { width: 3840, height: 2160 } });
  await mark(page, 'forum-2025').waitFor();
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  assert.ok(canvas.width > 2500, `the timeline is ${canvas.width}px wide`);
  await page.screenshot({ path: `${artifacts}timeline-kiosk-4k.png` });
  assert.deepEqual(problems.console, []);
  await page.close();
});
