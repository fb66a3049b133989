// Prints each element's bundle size, minified and gzip, with Lit and
// @lit/localize bundled in (what a page that loads only that element pays).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export function entries() {
  const elements = resolve(root, 'src/elements');
  const list = readdirSync(elements, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [entry.name, resolve(elements, entry.name, 'define.ts')]);
  return [...list, ['whole kit', resolve(root, 'src/index.ts')]];
}

/** Bundles `entry` alone, minified ESM, and returns the sizes of its chunks. */
export async function measure(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const main = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  const lazy = chunks.filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry);
  const sizeOf = (chunk) => ({ name: chunk.fileName, min: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length });
  return { main: sizeOf(main), lazy: lazy.map(sizeOf) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('bundle                      minified     gzip   (Lit and @lit/localize included)');
  for (const [name, entry] of entries()) {
    const { main, lazy } = await measure(entry);
    console.log(`${name.padEnd(26)} ${kb(main.min).padStart(9)} ${kb(main.gzip).padStart(9)}`);
    for (const chunk of lazy) {
      console.log(`  lazy ${chunk.name.padEnd(21)} ${kb(chunk.min).padStart(9)} ${kb(chunk.gzip).padStart(9)}`);
    }
  }
}
