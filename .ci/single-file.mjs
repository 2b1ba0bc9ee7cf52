#!/usr/bin/env node
// Turns a built dist/ into ONE self-contained HTML file that opens by double-click from file://
// (no server, no network): every stylesheet inlined into <style>, the wasm-bindgen JS module and
// trunk's loader inlined into one <script type="module">, the wasm gzip-compressed and base64-encoded
// inside it (unpacked at start with DecompressionStream('gzip') and handed to wasm-bindgen's init as
// an ArrayBuffer), the favicon as a data: URL; preload/modulepreload links and SRI attributes dropped.
// Works on trunk's plain output (inline loader) and on the post_build hook's (boot-<hash>.js).
//
// Usage: node .ci/single-file.mjs [dist-dir] [out-file]
//   defaults: <repo>/dist and <repo>/dist-single/vn-jp-2025.html. `bash .ci/single-file` builds first.
// Fails with a message and exit status 1 if anything cannot be inlined (e.g. the JS imports other
// files such as snippets/). No dependencies beyond node's built-ins.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'single-file.mjs';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
const outFile = resolve(process.argv[3] ?? join(root, 'dist-single', 'vn-jp-2025.html'));

function fail(message) {
  console.error(`${NAME}: error: ${message}`);
  process.exit(1);
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif', '.woff2': 'font/woff2', '.woff': 'font/woff' };

const indexPath = join(distDir, 'index.html');
if (!existsSync(indexPath)) fail(`${indexPath} does not exist: build first (trunk build --release)`);
let html = readFileSync(indexPath, 'utf8');

function attributes(text) {
  const attrs = new Map();
  for (const m of text.matchAll(/([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const used = new Set(['index.html']);
/** A dist-relative URL from the page (`./x.css`, `x.css`) to a file path; fails on anything else. */
function local(url, what) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) fail(`${what} points off the page (${url}); cannot inline it`);
  const rel = decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\.\//, '').replace(/^\//, '');
  const file = resolve(distDir, rel);
  if (!file.startsWith(distDir) || !existsSync(file)) fail(`${what} ${url} is not a file in ${distDir}`);
  used.add(relative(distDir, file));
  return file;
}
const dataUrl = (file) => `data:${MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'};base64,${readFileSync(file).toString('base64')}`;

// Text put inside <style> / <script> must not close the element early.
const safeCss = (css) => css.replace(/<\/style/gi, '<\\/style');
const safeJs = (js) => js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');

// 1. The loader: trunk's inline module script, or the hook's external boot-<hash>.js.
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ text: m[0], attrs: attributes(m[1]), code: m[2] }));
const modules = scripts.filter((s) => s.attrs.get('type') === 'module');
if (modules.length !== 1) fail(`${indexPath} has ${modules.length} module scripts; expected exactly one, trunk's loader`);
// Other (classic) scripts, such as public/early.js, are inlined as they are, in place.
// JSON-LD data blocks are not scripts: they stay as they are.
const others = scripts.filter((s) => s.attrs.get('type') !== 'module' && s.attrs.get('type') !== 'application/ld+json');
for (const o of others) {
  if (!o.attrs.has('src') || o.code.trim()) fail(`${indexPath} has an inline or unusual classic script; this tool inlines only <script src> files`);
  const code = readFileSync(local(o.attrs.get('src'), 'a classic script'), 'utf8');
  html = html.replace(o.text, () => `<script>\n${safeJs(code)}</script>`);
}
const loaderEl = modules[0];
const loader = loaderEl.attrs.has('src') ? readFileSync(local(loaderEl.attrs.get('src'), 'the loader script'), 'utf8') : loaderEl.code;

// The loader is trunk's: `import init, * as bindings from './<app>.js';` then
// `const wasm = await init({ module_or_path: './<app>_bg.wasm' });` then the rest.
const importRe = /^\s*import\s+(\w+)\s*,\s*\*\s*as\s+(\w+)\s+from\s*['"]([^'"]+)['"]\s*;?[ \t]*$/m;
const im = loader.match(importRe);
if (!im) fail(`the loader does not start with trunk's "import init, * as bindings from './….js'":\n${loader}`);
const [, initName, bindingsName, jsUrl] = im;
const pathRe = /module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/;
const wm = loader.match(pathRe);
if (!wm) fail(`the loader does not call init({ module_or_path: './….wasm' }):\n${loader}`);
const wasmFile = local(wm[2], 'the wasm module');
if ((loader.match(/\bimport\b(?!\.meta)/g) ?? []).length !== 1) fail(`the loader imports more than the wasm-bindgen module:\n${loader}`);

// 2. The wasm-bindgen JS module: it must import nothing (no snippets/, no other files).
const jsFile = local(jsUrl, 'the wasm-bindgen module');
const js = readFileSync(jsFile, 'utf8');
const imports = [
  ...js.matchAll(/^\s*import\s*(?:[\w*{][^;]*?from\s*)?['"][^'"]+['"]/gm),
  ...js.matchAll(/\bimport\s*\(/g),
  ...js.matchAll(/^\s*export\s+(?:\*|\{[^}]*\})\s*from\s*['"][^'"]+['"]/gm),
].map((m) => m[0].trim());
if (imports.length) fail(`${relative(distDir, jsFile)} imports other files, which one HTML file cannot hold: ${imports.join(' | ')}`);
for (const f of readdirSync(distDir)) if (f === 'snippets') fail(`${distDir} has snippets/ (wasm-bindgen inline JS); this tool cannot inline them`);

// Its exports, for `bindings` (trunk's window.wasmBindings): `export class|function|const X` and `export { a, b as c }`.
const exported = new Map();
for (const m of js.matchAll(/^export\s+(?:async\s+)?(?:class|function\*?|const|let|var)\s+([\w$]+)/gm)) exported.set(m[1], m[1]);
for (const m of js.matchAll(/^export\s*\{([^}]*)\}\s*;?/gm)) {
  for (const part of m[1].split(',').map((p) => p.trim()).filter(Boolean)) {
    const [local, , as] = part.split(/\s+/);
    exported.set(as ?? local, local);
  }
}
const defaultLocal = exported.get('default');
if (!defaultLocal) fail(`${relative(distDir, jsFile)} has no default export (wasm-bindgen's init)`);

// 3. The wasm, gzip-compressed and base64-encoded.
const wasmBytes = readFileSync(wasmFile);
const wasmB64 = gzipSync(wasmBytes, { level: constants.Z_BEST_COMPRESSION }).toString('base64');

// trunk's loader, in a block (its names would clash with the module's own `wasm`), with the import
// replaced by local names and the wasm URL by the unpacked bytes.
const bindingsObject = `Object.freeze({ __proto__: null, ${[...exported].map(([as, loc]) => (as === loc ? as : `${JSON.stringify(as)}: ${loc}`)).join(', ')} })`;
const boot = loader
  .replace(importRe, `const ${initName} = ${defaultLocal}, ${bindingsName} = ${bindingsObject};`)
  .replace(pathRe, 'module_or_path: await __vnjp_unpack_wasm()');
const inlineModule = `${js.trimEnd()}

// ---- single-file build: the wasm, gzip + base64 (${wasmBytes.length} bytes unpacked) ----
const __vnjp_wasm_gz_b64 = "${wasmB64}";
async function __vnjp_unpack_wasm() {
  const gz = Uint8Array.from(atob(__vnjp_wasm_gz_b64), (c) => c.charCodeAt(0));
  return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

// ---- trunk's loader ----
{
${boot.trim()}
}
`;

// 4. Rewrite index.html.
html = html.replace(loaderEl.text, () => `<script type="module">\n${safeJs(inlineModule)}</script>`);
// Preloads would only fetch files that are no longer there.
html = html.replace(/<link\b[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b[^>]*>\s*/gi, '');
// No web app manifest (and no service worker: guard.js registers none from file://).
html = html.replace(/<link\b[^>]*\brel\s*=\s*["']?manifest\b[^>]*>\s*/gi, '');
// No link-preview image either: one file has nothing beside it to point at.
html = html.replace(/<meta\b[^>]*\bproperty="og:image[^>]*>/g, '');
// Stylesheets into <style>, with any url(...) to a dist file as a data: URL.
html = html.replace(/<link\b([^>]*)>/gi, (tag, inner) => {
  const a = attributes(inner.replace(/\/$/, ''));
  const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('stylesheet')) {
    const file = local(a.get('href'), 'the stylesheet');
    const css = readFileSync(file, 'utf8').replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, q, u) =>
      /^(data:|#|[a-z][a-z0-9+.-]*:|\/\/)/i.test(u) ? whole : `url("${dataUrl(resolve(dirname(file), u))}")`,
    );
    const media = a.get('media') ? ` media="${a.get('media')}"` : '';
    return `<style${media}>\n${safeCss(css)}</style>`;
  }
  if (rel.includes('icon') || rel.includes('apple-touch-icon')) {
    return tag.replace(/\bhref\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, `href="${dataUrl(local(a.get('href'), 'the icon'))}"`);
  }
  return tag;
});
// No SRI or CORS mode on what is left (nothing is fetched any more).
html = html.replace(/<(link|script|img)\b[^>]*>/gi, (tag) => tag.replace(/\s+(?:integrity|crossorigin)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s>\/])/gi, ''));

// 5. Nothing may still point at a file.
const head = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
const left = [...head.matchAll(/\b(?:href|src)\s*=\s*["']?(?!data:|#|https?:)([^"'\s>]+)/gi)].map((m) => m[1]);
if (left.length) fail(`index.html still refers to files after inlining: ${left.join(', ')}`);
const unused = readdirSync(distDir, { recursive: true }).filter((f) => !used.has(f) && !/\.(txt|map)$/.test(f));
if (unused.length) console.warn(`${NAME}: note: not in the single file (index.html does not refer to them): ${unused.join(', ')}`);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, html);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const raw = Buffer.byteLength(html);
const gz = gzipSync(html, { level: constants.Z_BEST_COMPRESSION }).length;
const shown = relative(process.cwd(), outFile).startsWith('..') ? outFile : relative(process.cwd(), outFile);
console.log(`${NAME}: wrote ${shown}: ${raw} bytes (${kib(raw)}) raw, ${gz} bytes (${kib(gz)}) gzip; wasm ${wasmBytes.length} bytes → ${wasmB64.length} bytes gzip+base64`);
