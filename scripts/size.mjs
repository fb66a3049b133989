// Prints the script-tag bundles' sizes, minified and gzip: each element alone
// (Lit and the English text included), the whole kit, and each lazy locale chunk.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CDN_DIR, buildCdn, cdnEntries } from './build-cdn.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(file) {
  const code = readFileSync(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Sizes of every bundle and its lazy chunks, from dist/cdn. */
export function measureCdn() {
  const chunks = readdirSync(resolve(CDN_DIR, 'chunks'));
  return cdnEntries().map(([name]) => ({
    name,
    ...sizeOf(resolve(CDN_DIR, `${name}.js`)),
    lazy: chunks
      .filter((file) => file.startsWith(`${name}-`))
      .map((file) => ({ name: file, ...sizeOf(resolve(CDN_DIR, 'chunks', file)) })),
  }));
}

export function printSizes(rows) {
  console.log('bundle (dist/cdn)                          minified      gzip');
  for (const row of rows) {
    console.log(`${row.name.padEnd(40)} ${kb(row.min).padStart(9)} ${kb(row.gzip).padStart(9)}`);
    for (const chunk of row.lazy) {
      console.log(`  + ${chunk.name.padEnd(34)} ${kb(chunk.min).padStart(9)} ${kb(chunk.gzip).padStart(9)}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCdn();
  printSizes(measureCdn());
}
