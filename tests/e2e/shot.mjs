// Ad-hoc screenshots for looking at the app: node tests/e2e/shot.mjs 'query' name [width height] [fullPage]
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { dist } from './page.mjs';
const [query = '', name = 'shot', w = '1280', h = '900', full = ''] = process.argv.slice(2);
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', String(e)));
await page.goto(server.url + query);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.waitForTimeout(1200);
if (process.env.ACTION) await eval(`(async () => { ${process.env.ACTION} })()`);
if (process.env.EL) await page.locator(process.env.EL).first().screenshot({ path: `/tmp/shots/${name}.png` }); else await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
console.log('url', page.url().replace(server.url, ''));
await browser.close();
await server.close();
