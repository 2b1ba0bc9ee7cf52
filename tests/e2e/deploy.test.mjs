// End-to-end: deploying dist/ (README, "Deploying"). The build runs under a strict Content-Security-Policy
// with zero violations (trunk's inline loader is moved into boot-<hash>.js by the post_build hook,
// .ci/loader.mjs); it works from a sub-path with every request under it; and .ci/single-file.mjs makes
// one HTML file that runs from file:// with no request at all, in Chromium (and Firefox, if installed).
// VNJP_DIST=/some/dist points the tests at another build (default: dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dist as defaultDist, artifacts } from './page.mjs';
import { serve, STRICT_CSP as CSP } from './server.mjs';
import { launch, FIREFOX } from './browser.mjs';

const dist = process.env.VNJP_DIST ? resolve(process.env.VNJP_DIST) + '/' : defaultDist;
const singleFileTool = fileURLToPath(new URL('../../.ci/single-file.mjs', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Records CSP violations into window.__csp before any of the page's own code runs. */
const recordViolations = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample }),
  );
};

/** Opens `url` in a fresh page that records console errors, page errors, failed requests and every request. */
async function openRecorded(url, { viewport = { width: 1280, height: 900 } } = {}) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(recordViolations);
  const seen = { errors: [], requests: [], failed: [] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && seen.failed.push(`${r.url()} (${r.status()})`));
  await page.goto(url);
  return { page, seen };
}

/** The app started: its heading, the timeline's events and the map's units are there. */
async function started(page) {
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30000 });
  await page.locator('.timeline-event').first().waitFor({ state: 'attached', timeout: 30000 });
  await page.locator('.map-unit').first().waitFor({ state: 'attached', timeout: 30000 });
  // The build's static copy of the first screen goes once the app has mounted.
  await page.locator('#prerender').waitFor({ state: 'detached', timeout: 30000 });
  assert.ok((await page.locator('.timeline-event').count()) > 0, 'timeline events');
  assert.ok((await page.locator('.map-unit').count()) > 0, 'map units');
}

const violations = (page) => page.evaluate(() => window.__csp);

for (const [mode, query] of [['default', ''], ['embed', '?embed'], ['kiosk', '?kiosk']]) {
  test(`strict CSP (${mode}): the app starts with zero securitypolicyviolation events`, async () => {
    const server = await serve(dist, { headers: { 'content-security-policy': CSP } });
    try {
      const { page, seen } = await openRecorded(server.url + query);
      // A blocked loader means no app: report the violation rather than time out waiting for it.
      await page.waitForFunction(() => window.__csp.length > 0 || document.querySelector('.map-unit'), null, { timeout: 30000 });
      const early = await violations(page);
      assert.deepEqual(early, [], `${early.length} CSP violation(s) in ${mode} mode while starting`);
      await started(page);
      // Use it a little: select an event (details, map highlight), so late inline styles would show.
      await page.locator('.timeline-event').first().click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(300);
      const found = await violations(page);
      if (found.length) console.log(`CSP violations (${mode}):`, JSON.stringify(found, null, 1).slice(0, 4000));
      assert.deepEqual(found, [], `${found.length} CSP violation(s) in ${mode} mode`);
      assert.deepEqual(seen.errors, [], 'console errors');
      assert.deepEqual(seen.failed, [], 'failed requests');
      await page.close();
    } finally {
      await server.close();
    }
  });
}

test('a picture of the view: SVG and PNG under the strict CSP, with no request, no violation and no tainted canvas', async () => {
  const server = await serve(dist, { headers: { 'content-security-policy': CSP } });
  try {
    // Japanese, the forum's days, only the forum's strand kept.
    const { page, seen } = await openRecorded(`${server.url}?lang=ja&t=2025-11-20..2025-12-01&fs=local-forum&v=sources`);
    await page.getByRole('button', { name: 'この表示の画像をダウンロード（SVG）' }).waitFor();
    await page.waitForLoadState('networkidle');
    const before = seen.requests.length;
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'この表示の画像をダウンロード（SVG）' }).click()]);
    assert.equal(svgFile.suggestedFilename(), 'vn-jp-2025-view-ja.svg');
    const svg = readFileSync(await svgFile.path(), 'utf8');
    // It parses as SVG, has the title, the window's dates, both panes, and names its sources.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        title: root.querySelector('title')?.textContent,
        desc: root.querySelector('desc')?.textContent,
        panes: root.querySelectorAll('svg > svg').length,
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
        fetches: root.querySelectorAll('image, use[href], a, style, script, foreignObject').length,
      };
    }, svg);
    assert.equal(parsed.error, null, 'the SVG parses');
    assert.equal(parsed.root, 'svg');
    assert.match(parsed.title, /日越 2025：協力の一年/);
    assert.match(parsed.title, /2025年11月20日～/, 'the date range');
    assert.equal(parsed.panes, 2);
    assert.equal(parsed.fetches, 0, 'nothing to fetch or run');
    assert.match(parsed.desc, /出典：/);
    assert.match(parsed.desc, /Natural Earth/);
    assert.ok(parsed.texts.includes('ベトナム') && parsed.texts.includes('日本'), 'the panes named');
    // The forum's events are drawn with their short titles; other strands' events, filtered out, are not.
    const { events } = await import('./seeds.mjs');
    const label = (e) => (e.title_short ?? e.title).ja;
    const forum = events.find((e) => e.id === 'forum-2025');
    assert.ok(parsed.texts.includes(label(forum)), `the forum on the timeline: ${label(forum)}`);
    for (const e of events.filter((e) => e.strand !== 'local-forum')) assert.ok(!parsed.texts.includes(label(e)), `${e.id} is filtered out`);

    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'この表示の画像をダウンロード（PNG）' }).click()]);
    assert.equal(pngFile.suggestedFilename(), 'vn-jp-2025-view-ja.png');
    const png = readFileSync(await pngFile.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG (the canvas was readable: not tainted)');
    const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const svgSize = [...svg.matchAll(/^<svg[^>]* width="(\d+)" height="(\d+)"/g)].map((m) => [Number(m[1]) * 2, Number(m[2]) * 2])[0];
    assert.deepEqual(size, svgSize, 'twice the SVG size');
    assert.ok(png.length > 100_000, `${png.length} bytes: a drawn picture, not a blank one`);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'picture-ja.png'), png);
    assert.deepEqual(seen.requests.slice(before).filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')), [], 'no request');
    assert.deepEqual(await violations(page), [], 'no CSP violation');
    assert.deepEqual(seen.errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('index.html needs nothing inline: no inline script or style, no event handler attributes', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // A JSON-LD data block is not a script: browsers never run it, and a CSP's script-src does not apply.
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]) && !/type="application\/ld\+json"/.test(m[1]));
  assert.equal(inlineScripts.length, 0, 'inline <script> elements (is the post_build hook in Trunk.toml?)');
  assert.doesNotMatch(html, /<style\b/i);
  assert.doesNotMatch(html, /\sstyle\s*=/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
  const boot = html.match(/<script type="module" src="\.\/(boot-[0-9a-f]{8}\.js)" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/);
  assert.ok(boot, 'the boot script tag');
  assert.ok(existsSync(join(dist, boot[1])), `${boot[1]} exists`);
  assert.match(html, /<link rel="modulepreload" href="\.\/[^"]+\.js"/, 'the modulepreload link is kept');
  assert.match(html, /<link rel="preload" href="\.\/[^"]+\.wasm"/, 'the wasm preload link is kept');
});

test('dist/ works from a sub-path: every request stays under it, nothing fails', async () => {
  const base = '/explorers/vn-jp-2025/';
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.deepEqual(html.match(/\b(?:href|src)\s*=\s*["']?\/[^"'\s>]*/gi) ?? [], [], 'root-relative URLs in index.html');
  const server = await serve(dist, { base, headers: { 'content-security-policy': CSP } });
  try {
    const { page, seen } = await openRecorded(server.url);
    await started(page);
    await page.locator('.timeline-event').first().click();
    await page.waitForTimeout(300);
    const outside = seen.requests.filter((u) => {
      const url = new URL(u);
      if (['data:', 'blob:'].includes(url.protocol)) return false;
      return url.origin !== server.origin || !url.pathname.startsWith(base);
    });
    assert.deepEqual(outside, [], `requests outside ${base}`);
    assert.ok(seen.requests.some((u) => u.endsWith('.wasm')), 'the wasm came from under the base');
    assert.deepEqual(seen.failed, [], 'failed requests or 4xx/5xx responses');
    assert.deepEqual(seen.errors, [], 'console errors');
    assert.deepEqual(await violations(page), [], 'CSP violations');
    await page.close();
  } finally {
    await server.close();
  }
});

/** Builds the single file from dist/ into a temp dir; returns its path (and a cleanup). */
function buildSingleFile() {
  const dir = mkdtempSync(join(tmpdir(), 'vnjp-single-'));
  const out = join(dir, 'vn-jp-2025.html');
  const log = execFileSync(process.execPath, [singleFileTool, dist, out], { encoding: 'utf8' });
  assert.match(log, /raw.*gzip/);
  return { out, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('single file: opens from file:// in Chromium with no request at all', async () => {
  const { out, cleanup } = buildSingleFile();
  try {
    const html = readFileSync(out, 'utf8');
    assert.doesNotMatch(html, /\b(?:integrity|crossorigin)=|rel="(?:module)?preload"/, 'no SRI attributes or preloads');
    assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'stylesheets inlined');
    const fileUrl = pathToFileURL(out).href;
    const { page, seen } = await openRecorded(fileUrl);
    await started(page);
    await page.locator('.timeline-event').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${artifacts}single-file.png` });
    const network = seen.requests.filter((u) => u !== fileUrl && !/^(data|blob):/.test(u));
    assert.deepEqual(network, [], 'requests besides the file itself and data:/blob:');
    assert.deepEqual(seen.failed, [], 'failed requests');
    assert.deepEqual(seen.errors, [], 'console errors');
    await page.close();
  } finally {
    cleanup();
  }
});

// Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core): the same single file
// from file://. Skipped where firefox-esr is not installed (.ci/setup --test installs it).
test('single file: opens from file:// in Firefox with no request at all', { skip: !existsSync(FIREFOX) && `${FIREFOX} is not installed (apt-get install firefox-esr)` }, async () => {
  const { default: puppeteer } = await import('puppeteer-core');
  const { out, cleanup } = buildSingleFile();
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocolTimeout: 60000 });
  try {
    const fileUrl = pathToFileURL(out).href;
    const page = await firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    const requests = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(fileUrl);
    for (const selector of ['h1', '.timeline-event', '.map-unit']) await page.waitForSelector(selector, { timeout: 30000 });
    assert.ok((await page.$$eval('.timeline-event', (els) => els.length)) > 0, 'timeline events');
    assert.ok((await page.$$eval('.map-unit', (els) => els.length)) > 0, 'map units');
    await page.click('.timeline-event');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: `${artifacts}single-file-firefox.png` });
    const network = requests.filter((u) => u !== fileUrl && !/^(data|blob):/.test(u));
    assert.deepEqual(network, [], 'requests besides the file itself and data:/blob:');
    assert.deepEqual(errors, [], 'console errors');
  } finally {
    await firefox.close();
    cleanup();
  }
});
