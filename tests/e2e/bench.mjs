// The bench: prints a table of every file in dist/ with its size raw, gzip and brotli, and the total.
// Run by `.ci/bench` after a release build. Later issues add timings to this report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export function sizes() {
  return files(dist)
    .sort()
    .map((path) => {
      const body = readFileSync(path);
      return {
        file: relative(dist, path),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }).length,
      };
    });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);

export function table(rows) {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  const w = Math.max(5, ...rows.map((r) => r.file.length));
  const line = (f, r) => `| ${f.padEnd(w)} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`;
  return [
    `| ${'file'.padEnd(w)} |  raw KiB | gzip KiB | br KiB   |`,
    `|${'-'.repeat(w + 2)}|---------:|---------:|---------:|`,
    ...rows.map((r) => line(r.file, r)),
    line('total', total),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('dist/ sizes (gzip -9, brotli q11):\n');
  console.log(table(sizes()));
}
