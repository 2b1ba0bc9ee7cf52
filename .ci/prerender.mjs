// trunk post-build hook: writes the link-preview image (preview.png) and the start view's static HTML (src/prerender.rs, printed by the native
// `prerender` binary) into the staged index.html's <body>, and the link-preview meta and schema.org JSON-LD into its <head>, so the page paints, styled, before the wasm
// arrives; the app replaces it when it mounts. Runs after loader.mjs (Trunk.toml).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('prerender.mjs: TRUNK_STAGING_DIR is not set (run it as a trunk hook)');
const file = join(staging, 'index.html');
const html = readFileSync(file, 'utf8');
if (!html.includes('<body></body>')) throw new Error('prerender.mjs: index.html has no empty <body></body> to fill');
// The native build of the crate (the same one `cargo test` builds); never for wasm32.
const { head, body } = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', '--preview', join(staging, 'preview.png')], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] }));
if (!body.includes('id="prerender"')) throw new Error('prerender.mjs: the prerender binary printed no start view');
if (!head.includes('application/ld+json')) throw new Error('prerender.mjs: the prerender binary printed no JSON-LD');
writeFileSync(file, html.replace('</head>', `${head}</head>`).replace('<body></body>', `<body>${body}</body>`));
console.log(`prerender.mjs: wrote the start view (${(body.length / 1024).toFixed(1)} KiB) into index.html`);
