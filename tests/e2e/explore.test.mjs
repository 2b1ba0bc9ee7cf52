// End-to-end: filters driving the timeline, map, list and figures; the detail panel's depth and its
// links; search, filters and map view in the URL; the JSON and iCalendar downloads; the print report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, ready, harness, artifacts, openView, openFilters } from './page.mjs';
import * as seeds from './seeds.mjs';

const app = harness();
const strandOf = new Map(seeds.events.map((e) => [e.id, e.strand]));
const parentOf = new Map(seeds.events.map((e) => [e.id, e.parent]));
const param = async (page, k) => page.evaluate((k) => new URLSearchParams(location.search).get(k), k);

test('a strand filter: the count, the timeline, the map, the list and the URL follow; clear all', async () => {
  const { page, problems } = await open(app.browser, app.server);
  const filters = await openFilters(page);
  await filters.locator('summary', { hasText: 'Strands' }).click();
  const forum = filters.getByRole('checkbox', { name: /Local cooperation forum/ });
  const expected = seeds.events.filter((e) => e.strand === 'local-forum').length;
  // The option's label says how many events a click leaves.
  assert.equal(await forum.locator('xpath=..').locator('.facet-count').innerText(), String(expected));
  await forum.check();
  assert.equal(await filters.locator('.filters-status').innerText(), `${expected} events match`);
  const drawn = await page.locator('.timeline-event').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.ok(drawn.length > 0);
  for (const id of drawn) assert.equal(strandOf.get(id), 'local-forum', `${id} is drawn`);
  assert.equal(await page.locator('.map-count').innerText(), `${expected} events in the timeline's window`);
  assert.equal(await page.locator('.map-marker[data-place="kanazawa"]').count(), 0, 'Kanazawa has no forum event');
  assert.equal(await page.locator('.map-marker[data-place="quang-ninh"]').count(), 1);
  // The top bar's button counts the active filters.
  assert.match(await page.getByRole('button', { name: /^Filters/ }).innerText(), /Filters\s*1/);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('fs') === 'local-forum');
  // The list view, built when opened, shows the same.
  await openView(page, 'List');
  const listed = await page.locator('.all-events li.event:not([hidden])').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.equal(listed.length, expected);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('v') === 'list');

  await openFilters(page);
  await filters.getByRole('button', { name: 'Clear all' }).click();
  assert.equal(await filters.locator('.filters-status').innerText(), `${seeds.events.length} events match`);
  assert.equal(await forum.isChecked(), false);
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('fs'));
  assert.deepEqual(problems.console, []);
  await page.close();
});

test('facets combine: a locality and a person narrow to what both hold, and parents stay as context', async () => {
  const { page } = await open(app.browser, app.server, { query: '?fl=JP:10&fp=yamamoto-ichita&v=list' });
  const filters = await openFilters(page);
  const chips = await filters.locator('.filter-chip').allInnerTexts();
  assert.deepEqual(chips.map((c) => c.replace(/\s*×$/, '')), ['Gunma', 'Yamamoto Ichita']);
  const units = new Map(seeds.places.map((p) => [p.id, p.unit]));
  const matching = seeds.events.filter((e) => (e.places ?? []).some((p) => units.get(p) === 'JP:10') && (e.people ?? []).some((p) => p.id === 'yamamoto-ichita'));
  assert.ok(matching.length > 0);
  assert.equal(await filters.locator('.filters-status').innerText(), `${matching.length} event${matching.length === 1 ? '' : 's'} match${matching.length === 1 ? 'es' : ''}`);
  // The list keeps the matching events and their ancestors, nothing else.
  const keep = new Set();
  for (const e of matching) for (let id = e.id; id; id = parentOf.get(id)) keep.add(id);
  const listed = await page.locator('.all-events li.event:not([hidden])').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.deepEqual(new Set(listed), keep);
  // Removing a chip widens again.
  await filters.getByRole('button', { name: 'Remove: Yamamoto Ichita' }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('fp'));
  await page.close();
});

test('the detail panel has the same depth for every kind, and its links move the selection', async () => {
  const { page } = await open(app.browser, app.server, { query: '?s=forum-2025' });
  const card = page.getByRole('complementary', { name: 'Details' });
  await card.getByRole('heading', { name: 'Vietnam–Japan Local Cooperation Forum' }).waitFor();
  for (const h of ['Includes', 'Places', 'People', 'Themes', 'Partnerships', 'Figures', 'Quotations', 'Sources']) {
    assert.ok((await card.getByText(h, { exact: true }).count()) >= 1, `event: ${h}`);
  }
  assert.ok((await card.locator('.detail-figures li').count()) >= 10);
  // A place link: the panel turns to the place, focus follows, the map marks it.
  await card.locator('.detail-places').getByRole('button', { name: 'Quảng Ninh Province' }).click();
  await card.getByRole('heading', { name: 'Quảng Ninh Province' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'detail-title');
  await page.locator('.map-marker.is-selected[data-place="quang-ninh"]').waitFor();
  for (const h of ['People', 'Partnerships', 'Figures', 'Sources']) {
    assert.ok((await card.locator('h4', { hasText: h }).count()) === 1, `place: ${h}`);
  }
  // A person, from the place's people.
  await card.locator('.detail-people').getByRole('button', { name: 'Phạm Minh Chính' }).click();
  await card.getByRole('heading', { name: 'Phạm Minh Chính' }).waitFor();
  assert.ok((await card.locator('.detail-events li').count()) >= 5);
  assert.ok((await card.locator('.detail-quotes figure').count()) >= 1, 'what he said');
  assert.equal(await param(page, 's'), 'pham-minh-chinh');
  await page.close();
});

test('search text, filters and map views are in the URL and come back in a new page', async () => {
  const { page } = await open(app.browser, app.server);
  await page.getByRole('searchbox', { name: 'Search' }).fill('gunma');
  await page.locator('[data-pane="Japan"] svg').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForFunction(() => {
    const p = new URLSearchParams(location.search);
    return p.get('q') === 'gunma' && p.has('mj');
  }, null, { timeout: 5000 });
  const url = new URL(page.url()).search;
  await page.close();
  const { page: again } = await open(app.browser, app.server, { query: url });
  assert.equal(await again.getByRole('searchbox', { name: 'Search' }).inputValue(), 'gunma');
  assert.ok((await again.locator('.search-result').count()) > 0, 'the results are open again');
  assert.equal(await param(again, 'mj'), new URLSearchParams(url).get('mj'), 'the map view comes back unchanged');
  await again.close();
});

test('figures: every number with what it measures, as of when, who said it; filters apply', async () => {
  const { page } = await open(app.browser, app.server, { query: '?lang=vi&v=figures' });
  const table = page.locator('.figures-table');
  assert.equal(await table.locator('tbody tr').count(), seeds.figures.length);
  const row = table.locator('tr[data-figure="fig-vn-residents-japan"]');
  assert.match(await row.textContent(), /hơn 630\.000/);
  assert.match(await row.textContent(), /25\/11\/2025/);
  await page.goto(`${app.server.url}?lang=ja&fl=JP:10&v=figures`);
  await ready(page);
  await page.locator('.figures-table').waitFor();
  const shown = await page.locator('.figures-table tbody tr:not([hidden])').evaluateAll((r) => r.map((x) => x.dataset.figure));
  assert.ok(shown.includes('fig-gunma-vn-residents-vna') && !shown.includes('fig-expressways-km'), shown.join());
  // Japanese government style: 万 for ten thousands, 超 for "over".
  assert.match(await page.locator('tr[data-figure="fig-gunma-vn-residents-vna"]').textContent(), /約1万6,000/);
  assert.match(await page.locator('tr[data-figure="fig-vn-residents-japan"]').textContent(), /63万超/);
  await page.close();
});

test('open data: the JSON download re-parses with every record; the .ics has every dated event', async () => {
  const { page } = await open(app.browser, app.server);
  await openView(page, 'Sources');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the whole dataset/ }).click()]);
  assert.equal(json.suggestedFilename(), 'vn-jp-2025.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(data.events.length, seeds.events.length);
  assert.equal(data.figures.length, seeds.figures.length);
  assert.ok(data.sources.every((s) => s.publisher && s.title));
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /as a calendar/ }).click()]);
  const cal = readFileSync(await ics.path(), 'utf8');
  assert.ok(cal.startsWith('BEGIN:VCALENDAR\r\n') && cal.endsWith('END:VCALENDAR\r\n'));
  // Events no report dates (an annual festival, a plan without a timetable) have no day for a calendar.
  assert.equal(cal.match(/^BEGIN:VEVENT\r$/gm).length, seeds.events.filter((e) => e.status !== 'undated').length);
  await page.close();
});

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      assert.equal(cell, '', 'a quote opens a field');
      quoted = true;
    } else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r') {
      assert.equal(text[i + 1], '\n', 'CRLF');
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else {
      assert.notEqual(c, '\n', 'no bare LF between records');
      cell += c;
    }
  }
  assert.ok(!quoted && cell === '' && row.length === 0, 'the last record ends with CRLF');
  return rows;
}

/** Clicks the download button named `name` and returns the file's bytes and its name. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { bytes: readFileSync(await file.path()), filename: file.suggestedFilename() };
}

test('open data: CSV of the events and figures the filters show, with a BOM, in Vietnamese and Japanese', async () => {
  // Vietnamese, one strand chosen: as many rows as the list shows.
  let { page } = await open(app.browser, app.server, { query: '?lang=vi&fs=training-programme&v=list' });
  await page.locator('.all-events').waitFor();
  const listed = await page.locator('.all-events li.event:not([hidden])').evaluateAll((li) => li.map((x) => x.dataset.event));
  assert.ok(listed.length > 0 && listed.length < seeds.events.length, `${listed.length} listed`);
  await page.goto(page.url().replace('v=list', 'v=sources'));
  let { bytes, filename } = await download(page, 'Tải CSV các sự kiện đang hiển thị');
  assert.equal(filename, 'vn-jp-2025-events-vi.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  let rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0].slice(0, 3), ['id', 'Tiêu đề', 'Thời gian']);
  assert.equal(rows.at(0).at(-1), 'Nguồn');
  assert.deepEqual(rows.slice(1).map((r) => r[0]).sort(), [...listed].sort(), 'the rows are the events the list shows');
  const training = seeds.events.find((e) => e.id === 'training-2025');
  assert.equal(rows.find((r) => r[0] === 'training-2025')[1], training.title.vi, 'Vietnamese intact');
  assert.ok(rows.slice(1).every((r) => r.length === rows[0].length && r.at(-1) !== ''), 'every row has its sources');
  ({ bytes } = await download(page, 'Tải CSV các số liệu đang hiển thị'));
  rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.equal(rows[0][1], 'Số liệu');
  assert.ok(rows.length > 1 && rows.length - 1 < seeds.figures.length, `${rows.length - 1} figures follow the filter`);
  await page.close();
  // Japanese, nothing filtered: every event, Japanese text intact.
  ({ page } = await open(app.browser, app.server, { query: '?lang=ja&v=sources' }));
  ({ bytes, filename } = await download(page, '表示中の出来事をダウンロード（CSV）'));
  assert.equal(filename, 'vn-jp-2025-events-ja.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.equal(rows.length - 1, seeds.events.length);
  const forum = seeds.events.find((e) => e.id === 'forum-2025');
  assert.equal(rows.find((r) => r[0] === 'forum-2025')[1], forum.title.ja);
  assert.match(rows.find((r) => r[0] === 'forum-2025')[2], /2025年11月25日/);
  ({ bytes } = await download(page, '表示中の数値をダウンロード（CSV）'));
  assert.equal(parseCsv(bytes.toString('utf8').slice(1)).length - 1, seeds.figures.length);
  await page.close();
});

test('print: a clean report of the filtered events and the selection, without the interactive chrome', async () => {
  const { page } = await open(app.browser, app.server, { query: '?fs=training-programme&s=training-2025' });
  // Not built on screen: the report exists only while the page prints.
  assert.equal(await page.locator('.print-report').count(), 0);
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-report .all-events').waitFor({ state: 'attached' });
  for (const chrome of ['.timeline', '.map', '.search', '.lang-switch', '.app-header', '.open-data']) {
    assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} is not printed`);
  }
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: '4th Training in Japan for National Leaders' }).waitFor();
  const printed = await page.locator('.print-report .all-events li.event:not([hidden])').count();
  assert.equal(printed, seeds.events.filter((e) => e.strand === 'training-programme').length);
  assert.ok(await page.locator('.print-report .strand[data-strand="official-visit"]').isHidden());
  assert.ok(await page.locator('.print-report .figures-table').isVisible(), 'the figures are printed');
  assert.ok(await page.locator('.print-report .sources').isVisible(), 'the sources are printed');
  const pdf = await page.pdf({ path: `${artifacts}print.pdf`, format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await page.screenshot({ path: `${artifacts}print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.print-report').waitFor({ state: 'detached' });
  await page.close();
});
