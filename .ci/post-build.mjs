// trunk post-build hook: the steps that rewrite the staged dist/, one after another (trunk starts the
// hooks of one stage all at once, so each step that edits index.html must wait for the one before).
//   1. loader.mjs     — trunk's inline wasm loader into boot-<hash>.js, for a strict CSP
//   2. prerender.mjs  — the start view's static HTML into index.html's <body>
//   3. sw.mjs         — the build's version and file list into sw.js, its date into index.html
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const step of ['loader.mjs', 'prerender.mjs', 'sw.mjs']) {
  execFileSync(process.execPath, [join(here, step)], { stdio: 'inherit', env: process.env });
}
