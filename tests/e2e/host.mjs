// A host page on its own origin that embeds the explorer in `<iframe sandbox="allow-scripts">`, for
// the fuzz suite and the bench's command floods. The app is served with CORS (README, "Embedding").
// `host.url({ allowed, query })` opens the explorer at `?embed&host=…` plus `query`: with `allowed`,
// the host page's own origin is on the `host=` list (its commands are obeyed), else another origin is.
// In the page: `window.messages` (every message from the frame, with its arrival time `t`),
// `window.post(data)` (posts anything to the frame), `window.flood(commands)` (posts each as a version-1
// command, returns the time it started).
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

/** Serves `dist` (with CORS) and a host page on another port; call `.close()` when done. */
export async function embedHost(dist) {
  const app = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  const server = createServer((req, res) => {
    const src = new URL(req.url, 'http://host').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(app.url + src.replaceAll('"', '%22')));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
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
