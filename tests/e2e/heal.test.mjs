// End-to-end: a kiosk that heals itself and runs offline (issue 17) — faults forced by the test-only
// switch `window.__vnjpFault` (set by an init script: no URL can) reload a kiosk into its start view,
// three reloads within five minutes give the "restarting soon" screen, a browser page shows a notice;
// the service worker keeps a kiosk working offline, takes up a new deployment at the next reset and
// reloads a frozen page; the screen wake lock; the staff panel behind a long press and the PIN; the
// tour in its languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist, ready, artifacts } from './page.mjs';
import { serve, STRICT_CSP as CSP } from './server.mjs';
import { launch, FIREFOX } from './browser.mjs';

const swTool = fileURLToPath(new URL('../../.ci/sw.mjs', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A fresh page (own context: own service workers and storage) that records errors and CSP violations. */
async function fresh(viewport = { width: 1600, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const seen = { errors: [], csp: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.exposeFunction('__cspSeen', (v) => seen.csp.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.__cspSeen(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  return { page, seen };
}

/** Forces `kind` of fault on the first `times` loads of the tab (a count kept in sessionStorage). */
const faultOn = (page, kind, times = 1) =>
  page.addInitScript(
    ([kind, times]) => {
      const n = Number(sessionStorage.getItem('test:faults') || 0);
      if (n < times) {
        sessionStorage.setItem('test:faults', String(n + 1));
        window.__vnjpFault = kind;
      }
    },
    [kind, times],
  );

const html = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const loads = (page) => {
  const seen = { n: 0 };
  page.on('load', () => (seen.n += 1));
  return seen;
};

/** Waits until the service worker controls the page. */
const controlled = (page) => page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 20000 });

/** The timeline and map are drawn. */
async function drawn(page) {
  await ready(page);
  await page.locator('.timeline-event').first().waitFor({ state: 'attached' });
  await page.locator('.map-unit').first().waitFor({ state: 'attached' });
}

for (const kind of ['panic', 'trap', 'error']) {
  test(`self-healing: a ${kind} in a kiosk reloads it into its start view within 2 s, counted`, async () => {
    const server = await serve(dist);
    const { page } = await fresh();
    try {
      await faultOn(page, kind);
      const l = loads(page);
      await page.goto(`${server.url}?kiosk&lang=vi&idle=600`);
      // The fault comes 300 ms after the mount; the reload a second after it.
      const t0 = Date.now();
      await page.waitForFunction(() => document.documentElement.dataset.reloads === '1', null, { timeout: 8000 });
      await drawn(page);
      const took = Date.now() - t0;
      assert.equal(l.n, 2, 'loaded twice: the start and the reload');
      assert.ok(took < 6000, `back in ${took} ms`);
      assert.equal(await html(page, 'lang'), 'vi', 'the kiosk parameters are kept');
      assert.equal(await html(page, 'data-mode'), 'kiosk');
      assert.equal(await html(page, 'data-fault'), null, 'running again, no fault');
    } finally {
      await page.close();
      await server.close();
    }
  });
}

test('self-healing: the reload comes within 2 s of the fault', async () => {
  const server = await serve(dist);
  const { page } = await fresh();
  try {
    await faultOn(page, 'panic');
    const at = { fault: 0, navigated: [] };
    page.on('console', (m) => m.text().startsWith('vnjp: the app failed') && (at.fault ||= Date.now()));
    page.on('framenavigated', (f) => f === page.mainFrame() && at.navigated.push(Date.now()));
    await page.goto(`${server.url}?kiosk&idle=600`);
    await page.waitForFunction(() => document.documentElement.dataset.reloads === '1', null, { timeout: 8000 });
    const gap = at.navigated.at(-1) - at.fault;
    assert.equal(at.navigated.length, 2);
    assert.ok(at.fault > 0 && gap > 0 && gap < 2000, `fault to reload: ${gap} ms`);
  } finally {
    await page.close();
    await server.close();
  }
});

test('self-healing: no loop — after 3 reloads within 5 minutes a "restarting soon" screen, tried again each minute', async () => {
  const server = await serve(dist);
  const { page } = await fresh();
  try {
    await faultOn(page, 'panic', 99);
    // The minute, shortened for the test (a page global: no URL can set it).
    await page.addInitScript(() => (window.__vnjpRetryMs = 2500));
    await page.goto(`${server.url}?kiosk&lang=ja&idle=600`);
    await page.waitForFunction(() => document.documentElement.dataset.fault === 'restarting', null, { timeout: 20000 });
    assert.equal(await html(page, 'data-reloads'), '3', 'three reloads, then no more at once');
    const screen = page.getByRole('status').filter({ hasText: 'まもなく再起動します' });
    await screen.waitFor();
    await page.screenshot({ path: `${artifacts}kiosk-restarting.png` });
    // The next try comes after the retry time, and fails again: the screen again, one more reload.
    await page.waitForFunction(() => document.documentElement.dataset.reloads === '4', null, { timeout: 10000 });
    await page.waitForFunction(() => document.documentElement.dataset.fault === 'restarting', null, { timeout: 5000 });
  } finally {
    await page.close();
    await server.close();
  }
});

test('a fault in the browser or an embed: a notice with a Reload button, not a dead page', async () => {
  const server = await serve(dist);
  for (const query of ['?lang=en', '?embed&lang=vi']) {
    const { page } = await fresh({ width: 900, height: 700 });
    try {
      await faultOn(page, 'panic');
      await page.goto(server.url + query);
      const notice = page.getByRole('alert').filter({ has: page.getByRole('button') });
      await notice.waitFor({ timeout: 8000 });
      assert.match(await notice.textContent(), query.includes('vi') ? /Đã xảy ra lỗi/ : /Something went wrong/);
      if (query.includes('en')) await page.screenshot({ path: `${artifacts}fault-notice.png` });
      await notice.getByRole('button').click();
      await drawn(page);
      assert.equal(await html(page, 'data-fault'), null, 'reloaded and running');
    } finally {
      await page.close();
    }
  }
  await server.close();
});

test('wake lock: requested in kiosk mode and again when the page is shown again; never outside a kiosk', async () => {
  const server = await serve(dist);
  const stub = () => {
    window.__wake = 0;
    Object.defineProperty(navigator, 'wakeLock', {
      value: { request: async () => ((window.__wake += 1), Object.assign(new EventTarget(), { released: false, release: async () => {} })) },
    });
  };
  try {
    for (const [query, expect] of [['?kiosk&idle=600', [1, 2]], ['', [0, 0]], ['?embed', [0, 0]]]) {
      const { page } = await fresh();
      await page.addInitScript(stub);
      await page.goto(server.url + query);
      await ready(page);
      assert.equal(await page.evaluate(() => window.__wake), expect[0], `${query || 'browser'}: at the start`);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.__wake), expect[1], `${query || 'browser'}: shown again`);
      if (expect[0]) assert.equal(await html(page, 'data-wake-lock'), 'held');
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('offline: a kiosk that loaded once reloads and heals with the network gone; CSP clean with the worker', async () => {
  const server = await serve(dist, { headers: { 'content-security-policy': CSP } });
  const { page, seen } = await fresh();
  try {
    await page.goto(`${server.url}?kiosk&idle=600`);
    await drawn(page);
    await controlled(page);
    await page.context().setOffline(true);
    await page.reload();
    await drawn(page);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    // A fault while offline heals too.
    await page.evaluate(() => sessionStorage.setItem('test:faults', '0'));
    await faultOn(page, 'trap');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.reloads === '1', null, { timeout: 8000 });
    await drawn(page);
    assert.deepEqual(seen.csp, [], 'CSP violations');
    assert.deepEqual(seen.errors.filter((e) => !/test fault|unreachable/.test(e)), [], 'page errors');
  } finally {
    await page.context().setOffline(false);
    await page.close();
    await server.close();
  }
});

test('offline: no service worker in an embed, nor in the browser', async () => {
  const server = await serve(dist);
  try {
    for (const query of ['?embed', '']) {
      const { page } = await fresh();
      await page.goto(server.url + query);
      await drawn(page);
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, query || 'browser');
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('a new deployment is taken up at the next reset, not during the visit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnjp-deploy-'));
  cpSync(dist, dir, { recursive: true });
  const server = await serve(dir);
  const { page } = await fresh();
  try {
    await page.goto(`${server.url}?kiosk&idle=600&reset=2&warn=0`);
    await drawn(page);
    await controlled(page);
    const build = () => page.evaluate(() => document.querySelector('meta[name=vnjp-build]').content);
    const before = await build();
    // Redeploy: a changed index.html, so a new version and a new sw.js.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="vnjp-test" content="redeployed">\n</head>'));
    execFileSync(process.execPath, [swTool, dir]);
    // A visitor uses the kiosk: nothing changes under them.
    await page.locator('.timeline-event[data-event="training-2025"]').click();
    await page.waitForTimeout(1000);
    assert.equal(await build(), before, 'the running build during the visit');
    // Left alone: the reset, then the new build.
    await page.waitForFunction(() => !!document.querySelector('meta[name=vnjp-test]'), null, { timeout: 20000 });
    await drawn(page);
    assert.notEqual(await build(), before, 'the new build after the reset');
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watchdog: a kiosk whose main thread froze is reloaded by the service worker', async () => {
  const server = await serve(dist);
  const { page } = await fresh();
  try {
    await page.goto(`${server.url}?kiosk&idle=600`);
    await drawn(page);
    await controlled(page);
    // The next load freezes 300 ms after it mounts: no heartbeat, no JavaScript, no reload of its own.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('test:froze')) {
        sessionStorage.setItem('test:froze', '1');
        window.__vnjpFault = 'freeze';
      }
    });
    await page.reload();
    const t0 = Date.now();
    await page.waitForEvent('load', { timeout: 40000 });
    const took = Date.now() - t0;
    await drawn(page);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('test:froze')), '1', 'the frozen load happened');
    assert.ok(took > 9000, `not before 10 s of silence (${took} ms)`);
  } finally {
    await page.close();
    await server.close();
  }
});

/** Holds the screen's top-left corner (where the staff panel opens) for `ms`. */
async function holdCorner(page, ms) {
  await page.mouse.move(12, 12);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** Types `digits` on the PIN prompt's keypad. */
async function keypad(prompt, digits) {
  for (const d of digits) await prompt.getByRole('button', { name: d, exact: true }).click();
}

test('staff panel: a 5 s press in the corner and the PIN open it; version, reloads, network, counts; run the tour, leave kiosk mode', async () => {
  const server = await serve(dist);
  const { page } = await fresh({ width: 1920, height: 1080 });
  try {
    await page.goto(`${server.url}?kiosk&lang=en&idle=600&pin=2468`);
    await drawn(page);
    const press = (ms) => holdCorner(page, ms);
    await press(2000);
    assert.equal(await page.getByRole('dialog').count(), 0, 'a short press does nothing');
    await press(5300);
    const prompt = page.getByRole('dialog', { name: 'Enter the PIN' });
    await prompt.waitFor({ timeout: 2000 });
    await keypad(prompt, '1111');
    await prompt.getByRole('button', { name: 'Open' }).click();
    await prompt.getByText('Wrong PIN').waitFor();
    await keypad(prompt, '2468');
    await prompt.getByRole('button', { name: 'Open' }).click();
    const panel = page.getByRole('dialog', { name: 'Staff panel' });
    await panel.waitFor();
    const fact = (k) => panel.locator(`[data-staff="${k}"]`).textContent();
    assert.match(await fact('version'), /^[0-9a-f]{12}$/);
    assert.match(await fact('built'), /^\d{4}-\d\d-\d\d \d\d:\d\d UTC · [0-9a-f]{12}$/);
    assert.equal(await fact('reloads'), '0');
    assert.equal(await fact('network'), 'online');
    assert.match(await fact('uptime'), /^\d\d:\d\d:\d\d$/);
    assert.match(await fact('records'), /^\d+ events · \d+ places · /);
    await page.screenshot({ path: `${artifacts}kiosk-staff.png` });
    await panel.getByRole('button', { name: 'Run the tour now' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'touring', null, { timeout: 3000 });
    // Again, and leave kiosk mode: the plain explorer, with no PIN in its address.
    await page.mouse.click(900, 500);
    await press(5300);
    await keypad(prompt, '2468');
    await prompt.getByRole('button', { name: 'Open' }).click();
    await panel.getByRole('button', { name: '日本語' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja' && !document.getElementById('prerender'), null, { timeout: 10000 });
    assert.match(page.url(), /\?kiosk&lang=ja&idle=600&pin=2468$/, 'the start language set, the kiosk kept');
    await press(5300);
    // By keyboard this time (the prompt in the new language).
    await page.getByRole('dialog', { name: 'PINを入力してください' }).waitFor();
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'スタッフ用パネル' }).getByRole('button', { name: 'キオスクモードを終了' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'browser', null, { timeout: 10000 });
    assert.doesNotMatch(page.url(), /kiosk|pin/);
  } finally {
    await page.close();
    await server.close();
  }
});

test('staff panel: never without a PIN in the kiosk URL, and never outside a kiosk', async () => {
  const server = await serve(dist);
  try {
    for (const query of ['?kiosk&idle=600', '?pin=2468']) {
      const { page } = await fresh();
      await page.goto(server.url + query);
      await drawn(page);
      await holdCorner(page, 5400);
      assert.equal(await page.getByRole('dialog').count(), 0, query);
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('the attract tour cycles its languages (tour_langs=) and the reset brings back the start language', async () => {
  const server = await serve(dist);
  const { page } = await fresh();
  try {
    await page.goto(`${server.url}?kiosk&lang=en&idle=0.5&reset=0.5&step=0.3&tour_langs=vi,ja`);
    await drawn(page);
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'touring', null, { timeout: 5000 });
    assert.equal(await html(page, 'lang'), 'vi', 'the first pass');
    await page.waitForFunction(() => document.documentElement.dataset.tourCycles === '1', null, { timeout: 10000 });
    await page.waitForFunction(() => document.documentElement.lang === 'ja', null, { timeout: 2000 });
    // A touch, then alone: the reset, in the start language.
    await page.mouse.click(800, 500);
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 });
  } finally {
    await page.close();
    await server.close();
  }
});

// Firefox (Debian's firefox-esr over WebDriver BiDi): the kiosk offline after one visit — the server
// is stopped, and a reload still draws the timeline and map from the service worker's cache.
test('offline in Firefox: the server gone, a kiosk that loaded once reloads', { skip: !existsSync(FIREFOX) && `${FIREFOX} is not installed` }, async () => {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serve(dist);
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocolTimeout: 60000 });
  try {
    const page = await firefox.newPage();
    await page.goto(`${server.url}?kiosk&idle=600`);
    await page.waitForSelector('.map-unit', { timeout: 60000 });
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, { timeout: 30000 });
    await server.close();
    await page.reload();
    await page.waitForSelector('.timeline-event', { timeout: 60000 });
    await page.waitForSelector('.map-unit', { timeout: 60000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mode), 'kiosk');
  } finally {
    await firefox.close();
    await server.close().catch(() => {});
  }
});
