// Shared end-to-end setup: serve dist/ on 127.0.0.1 and launch Debian's Chromium once per test file,
// and open the app in a page with console errors, page errors and foreign requests recorded.
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
export const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** Starts a server and a browser before the file's tests and stops them after; read `.server`, `.browser`. */
export function harness() {
  const app = {};
  before(async () => {
    app.server = await serve(dist);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

export async function open(browser, server, { viewport = { width: 1280, height: 900 }, reducedMotion = 'no-preference', colorScheme = 'light', query = '' } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion, colorScheme });
  const problems = { console: [], foreign: [] };
  page.on('console', (m) => m.type() === 'error' && problems.console.push(m.text()));
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== server.origin) problems.foreign.push(r.url());
  });
  page.on('requestfailed', (r) => problems.console.push(`request failed: ${r.url()}`));
  await page.goto(server.url + query);
  await ready(page);
  return { page, problems };
}

/**
 * Waits until the app has mounted and the prerendered start view (`#prerender`, the build's static
 * copy of the first screen) is gone, so every locator finds the app's own elements once.
 */
export async function ready(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('#prerender').waitFor({ state: 'detached' });
}

/** Opens one of the shell's views (`List`, `Figures`, `Sources`, `Explore`) from its tabs. */
export async function openView(page, name) {
  const views = page.getByRole('navigation', { name: 'Views' });
  // On a narrow top bar the views are in the menu.
  if (!(await views.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  await views.getByRole('button', { name }).click();
}

/** Opens the filters from the top bar and returns their region. */
export async function openFilters(page, label = 'Filters') {
  const region = page.getByRole('region', { name: label });
  if (!(await region.count())) await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  await region.waitFor();
  return region;
}
