// Screenshots of many views in one browser: node /tmp/shots.mjs prefix [filter]
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
const dist = process.env.DIST ?? '/work/main/dist/';
const [prefix = 'v', filter = ''] = process.argv.slice(2);
export const VIEWS = [
  ['laptop', 1440, 900, ''],
  ['hd', 1280, 720, ''],
  ['phone', 390, 844, '', true],
  ['phone360', 360, 640, '', true],
  ['kiosk', 1920, 1080, '?kiosk'],
  ['kioskp', 1080, 1920, '?kiosk'],
  ['kiosk4k', 3840, 2160, '?kiosk'],
  ['embed', 700, 450, '?embed'],
  ['embedn', 360, 500, '?embed'],
  ['forum', 1440, 900, '?s=forum-2025'],
  ['forumphone', 390, 844, '?s=forum-2025', true],
  ['kioskforum', 1920, 1080, '?kiosk&s=forum-2025'],
];
const server = await serve(dist);
const browser = await launch();
for (const [name, w, h, q, touch] of VIEWS) {
  if (filter && !name.match(new RegExp(filter))) continue;
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, hasTouch: !!touch, isMobile: !!touch, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(name, 'console:', m.text()));
  page.on('pageerror', (e) => console.log(name, 'pageerror:', String(e)));
  await page.goto(server.url + (q || (process.env.Q ? '?' : '')) + (q ? (process.env.Q ?? '') : (process.env.Q ?? '').slice(1)));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(+(process.env.WAIT ?? 1200));
  if (process.env.ACTION) await eval(`(async () => { ${process.env.ACTION} })()`);
  const m = await page.evaluate(() => ({ sh: document.documentElement.scrollHeight, sw: document.documentElement.scrollWidth, nodes: document.getElementsByTagName('*').length }));
  console.log(name, `${w}x${h}`, JSON.stringify(m));
  await page.screenshot({ path: `/tmp/shots/${prefix}-${name}.png` });
  await ctx.close();
}
await browser.close();
await server.close();
