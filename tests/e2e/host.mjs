// A host page on its own origin that embeds the explorer in `<iframe sandbox="allow-scripts">`, for
// the fuzz suite and the bench's command floods. The app is served with CORS (README, "Embedding").
// `host.url({ allowed, query })` opens the explorer at `?embed&host=…` plus `query`: with `allowed`,
// the host page's own origin is on the `host=` list (its commands are obeyed), else another origin is.
// In the page: `window.messages` (every message from the frame, with its arrival time `t`),
// `window.post(data)` (posts anything to the frame), `window.flood(commands)` (posts each as a version-1
// command, returns the time it started).
// `host.embedJsUrl()` opens another host page, under a strict CSP (no inline script or style), that
// sizes its frames with the app's `embed.js` only: two explorer frames of different views and widths,
// one far below the fold (lazy, not loaded yet), and a third-party frame (`/forger`, on the host's
// origin) that posts forged `vnjp:height` messages.
import { createServer } from 'node:http';
import { serve } from './server.mjs';

const page = (src) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body{margin:0;font-family:sans-serif} iframe{display:block;width:100%;height:800px;border:0}</style></head>
<body><iframe id="app" title="Explorer" sandbox="allow-scripts" src="${src}"></iframe>
<script>
  const frame = document.getElementById('app');
  window.messages = [];
  addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || !e.data || typeof e.data !== 'object') return;
    window.messages.push({ t: performance.now(), ...e.data });
  });
  window.post = (data) => frame.contentWindow.postMessage(data, '*');
  window.flood = (commands) => {
    const t0 = performance.now();
    for (const c of commands) frame.contentWindow.postMessage({ type: 'vnjp:command', version: 1, ...c }, '*');
    return t0;
  };
</script></body></html>`;

// The embed.js host page: markup only, its script from the app's origin, its style from its own.
const embedJsPage = (app) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministry page with embed.js</title>
<link rel="stylesheet" href="/host.css"></head>
<body><h1>A ministry page</h1>
<iframe id="wide" title="Explorer (forum)" sandbox="allow-scripts" width="1000" src="${app.url}?s=forum-2025&amp;embed"></iframe>
<iframe id="narrow" title="Explorer (list, Japanese)" sandbox="allow-scripts" width="400" src="${app.url}?v=list&amp;lang=ja&amp;embed"></iframe>
<iframe id="forger" title="Someone else's frame" width="300" height="150" src="/forger"></iframe>
<div class="tall"></div>
<iframe id="later" title="Explorer (below the fold)" sandbox="allow-scripts" width="500" loading="lazy" src="${app.url}?embed"></iframe>
<script src="${app.url}embed.js" defer></script>
</body></html>`;
// A frame on the host's own origin that is not an explorer: it claims heights, and AMP sizes too.
const forgerPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forger</title></head><body>
<script>
  let n = 0;
  const t = setInterval(() => {
    parent.postMessage({ type: 'vnjp:height', version: 1, height: 123 }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 123 }, '*');
    if (++n === 20) clearInterval(t);
  }, 50);
</script></body></html>`;
const embedJsRoutes = {
  '/embedjs': (app, origin) => ['text/html; charset=utf-8', embedJsPage(app), {
    'content-security-policy': `default-src 'none'; script-src ${app.origin}; style-src 'self'; frame-src ${app.origin} ${origin}`,
  }],
  '/host.css': () => ['text/css', 'body{margin:0;font-family:sans-serif} iframe{display:block;border:0} .tall{height:6000px}', {}],
  '/forger': () => ['text/html; charset=utf-8', forgerPage, {}],
};

/** Serves `dist` (with CORS) and a host page on another port; call `.close()` when done. */
export async function embedHost(dist) {
  const app = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://host');
    if (url.pathname in embedJsRoutes) {
      const [type, body, headers] = embedJsRoutes[url.pathname](app, origin);
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
      return;
    }
    const src = url.searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(app.url + src.replaceAll('"', '%22')));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    embedJsUrl: () => `${origin}/embedjs`,
    url({ allowed = true, query = '' } = {}) {
      const hosts = allowed ? origin : 'https://other.example';
      return `${origin}/?src=${encodeURIComponent(`?embed&host=${encodeURIComponent(hosts)}${query}`)}`;
    },
    /** The explorer's frame in `page` once its timeline has drawn. */
    async frame(p) {
      // The timeline's events: the buttons in its list of events in time order.
      await p.frameLocator('#app').locator('#timeline').getByRole('list').getByRole('button').first().waitFor();
      return p.frames().find((f) => f !== p.mainFrame());
    },
    close: async () => {
      await new Promise((r) => server.close(r));
      await app.close();
    },
  };
}
