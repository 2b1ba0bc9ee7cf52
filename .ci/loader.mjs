#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml, [[hooks]] stage = "post_build"): makes index.html need no
// 'unsafe-inline' at all, so dist/ runs under a strict Content-Security-Policy such as
//   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'
//
// Trunk writes its wasm loader into index.html as an INLINE <script type="module">, which
// `script-src 'self'` forbids. This hook moves that code, unchanged, into `boot-<8 hex of sha256>.js`
// next to index.html and puts `<script type="module" src="./boot-….js" integrity="sha384-…"
// crossorigin="anonymous"></script>` where the inline script was. The URL stays relative, so dist/
// still works from any host and any sub-path; the modulepreload/preload links get fetchpriority="low".
// Under `trunk serve` (a dev server that sends no CSP) trunk also appends its inline live-reload
// script; that one is left inline, because trunk's server fills in its '{{__TRUNK_ADDRESS__}}'
// placeholders only in HTML responses. `trunk build` output never has it.
//
// It then checks that nothing else in index.html needs 'unsafe-inline' (no other inline script, no
// <style> element, no style="" attribute, no on…="" event handler, no javascript: URL) and fails with a
// message and a non-zero exit if it finds one, or if there is no inline module script to move.
//
// Trunk runs it from the project root with TRUNK_STAGING_DIR set to the directory that becomes dist/
// (and TRUNK_HTML_FILE, TRUNK_DIST_DIR, …). By hand: `TRUNK_STAGING_DIR=some/dist node .ci/loader.mjs`
// or `node .ci/loader.mjs some/dist`. No dependencies beyond node's built-ins.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const NAME = 'loader.mjs';

function fail(message) {
  console.error(`${NAME}: error: ${message}`);
  process.exit(1);
}

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does, for hooks) or pass the directory as the argument');
const htmlPath = resolve(dir, 'index.html');
if (!existsSync(htmlPath)) fail(`${htmlPath} does not exist`);
const html = readFileSync(htmlPath, 'utf8');

/** Parses the attributes of a start tag's inside (`type="module" src=x defer`) into a Map. */
function attributes(text) {
  const attrs = new Map();
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(re)) attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

// Every <script> element, with where it is in the file.
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
  start: m.index,
  end: m.index + m[0].length,
  attrs: attributes(m[1]),
  code: m[2],
}));
const inline = scripts.filter((s) => !s.attrs.has('src'));
// trunk serve's live-reload client (see above): recognised by its WebSocket path and placeholder.
const isReload = (s) => s.attrs.get('type') !== 'module' && s.code.includes('.well-known/trunk/ws') && s.code.includes('{{__TRUNK_');
const modules = inline.filter((s) => s.attrs.get('type') === 'module');
const others = inline.filter((s) => s.attrs.get('type') !== 'module' && !isReload(s));

if (modules.length === 0) {
  fail(
    `${htmlPath} has no inline <script type="module">: expected exactly one, trunk's wasm loader. ` +
      '(Was the hook run twice on the same output, or did trunk change how it loads the app?)',
  );
}
if (modules.length > 1 || others.length > 0) {
  const found = [...modules, ...others].map((s) => `<script${s.attrs.get('type') ? ` type="${s.attrs.get('type')}"` : ''}> at offset ${s.start}`);
  fail(`${htmlPath} has ${modules.length + others.length} inline scripts (${found.join(', ')}); expected exactly one, trunk's inline module loader. Move any other script into a file.`);
}

const sha = (alg, data, enc) => createHash(alg).update(data).digest(enc);

// The code, unchanged, in boot-<8 hex of its sha256>.js; the tag that loads it with SRI, in its place.
const body = `${modules[0].code.trim()}\n`;
const bootFile = `boot-${sha('sha256', body, 'hex').slice(0, 8)}.js`;
const tag = `<script type="module" src="./${bootFile}" integrity="sha384-${sha('sha384', body, 'base64')}" crossorigin="anonymous"></script>`;
// Stylesheets carry SRI but no `crossorigin`: in a sandboxed embed (opaque origin) the browser then
// refuses them. Fetched in CORS mode they load there too (the host serves Access-Control-Allow-Origin);
// same-origin pages are unaffected.
// The app's code and wasm are preloaded at low priority: they still start downloading while the page
// parses, but the start view's styles go first, so the page paints sooner on a slow link (Lighthouse
// mobile's FCP: 1.36 → 1.16 s measured). The app is not ready before the wasm either way.
const out = (html.slice(0, modules[0].start) + tag + html.slice(modules[0].end))
  .replace(
    /<link\b(?![^>]*\bcrossorigin\b)([^>]*\brel="stylesheet"[^>]*\bintegrity="[^"]*"[^>]*?)(\/?)>/g,
    '<link$1 crossorigin="anonymous"$2>',
  )
  .replace(/<link\b(?![^>]*\bfetchpriority=)([^>]*\brel="(?:modulepreload|preload)"[^>]*?)(\/?)>/g, '<link$1 fetchpriority="low"$2>');
if (inline.some(isReload)) console.log(`${NAME}: note: trunk serve's live-reload script stays inline (dev server only; not in trunk build output)`);

// Nothing else may need 'unsafe-inline'. (Scripts are gone from the markup, so their code cannot
// produce false positives below.)
const markup = out.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '<script></script>').replace(/<!--[\s\S]*?-->/g, '');
const problems = [];
if (/<style\b/i.test(markup)) problems.push('a <style> element (move it into a stylesheet file)');
for (const m of markup.matchAll(/<([a-z][^\s>\/]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
  for (const [name, value] of attributes(m[2])) {
    if (name === 'style') problems.push(`a style="" attribute on <${m[1]}>`);
    if (/^on[a-z]+$/.test(name)) problems.push(`an inline event handler ${name}="" on <${m[1]}>`);
    if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) problems.push(`a javascript: URL on <${m[1]}>`);
  }
}
if (problems.length) fail(`${htmlPath} would still need 'unsafe-inline': ${problems.join('; ')}`);

// Only now that every check passed: write the boot file, then index.html.
writeFileSync(join(dir, bootFile), body);
console.log(`${NAME}: moved the inline module script (${body.length} bytes) into ${bootFile}`);
writeFileSync(htmlPath, out);
console.log(`${NAME}: ${htmlPath} needs no 'unsafe-inline' any more`);
