// Opening the app in a page, with console errors, page errors and foreign requests recorded.
export async function open(browser, server, { viewport = { width: 1280, height: 900 }, reducedMotion = 'no-preference', query = '' } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion });
  const problems = { console: [], foreign: [] };
  page.on('console', (m) => m.type() === 'error' && problems.console.push(m.text()));
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== server.origin) problems.foreign.push(r.url());
  });
  page.on('requestfailed', (r) => problems.console.push(`request failed: ${r.url()}`));
  await page.goto(server.url + query);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, problems };
}
