#!/usr/bin/env node
// Post-build step (.ci/post-build.mjs, after the prerender): writes the build's identity into the
// staged dist/.
//  - sw.js's `const BUILD = …;` line: the version (12 hex of a sha256 over every file's name and
//    bytes, so a new deployment is a new sw.js, which browsers notice) and the files the service
//    worker caches for offline use (every file of dist/ but sw.js itself, relative to it, and './').
//  - <meta name="vnjp-build" content="<UTC date and time> · <version>"> in index.html, which the
//    kiosk's staff panel shows. The time is SOURCE_DATE_EPOCH's where that is set (reproducible builds).
// By hand: `node .ci/sw.mjs some/dist`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NAME = 'sw.mjs';
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error(`${NAME}: error: no directory: set TRUNK_STAGING_DIR or pass the directory`);
  process.exit(1);
}
// The link-preview image is for other sites' crawlers: the page never loads it, so a kiosk keeps no copy.
const skip = new Set(['sw.js', 'preview.png']);
const files = readdirSync(dir, { recursive: true })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => !skip.has(f) && !f.startsWith('.') && statSync(join(dir, f)).isFile())
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
const version = hash.digest('hex').slice(0, 12);

const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const line = /^const BUILD = .*;$/m;
if (!line.test(sw)) {
  console.error(`${NAME}: error: ${swPath} has no "const BUILD = …;" line to fill in`);
  process.exit(1);
}
writeFileSync(swPath, sw.replace(line, () => `const BUILD = ${JSON.stringify({ version, files: ['./', ...files] })};`));

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const when = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 16).replace('T', ' ');
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const meta = `<meta name="vnjp-build" content="${when} UTC · ${version}">`;
const out = html.includes('name="vnjp-build"')
  ? html.replace(/<meta name="vnjp-build"[^>]*>/, meta)
  : html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n    ${meta}`);
writeFileSync(htmlPath, out);
console.log(`${NAME}: build ${version} (${when} UTC), ${files.length} files for the service worker`);
