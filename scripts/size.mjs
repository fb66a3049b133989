// Prints the script-tag bundles' sizes, minified and gzip: each element alone
// (Lit and the English text included, with every chunk it imports statically),
// the whole kit, and each lazily loaded language chunk; then what each bundle's
// gzip bytes are made of (Lit, English prose, code and styles).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_DIR, LIT_SIZES, buildCdn, cdnEntries } from './build-cdn.mjs';
import { gzipWithoutProse } from './composition.mjs';
import { gzipBytes } from './gzip-bytes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function read(file) {
  return readFileSync(resolve(CDN_DIR, file), 'utf8');
}

/** Chunks a module imports statically and dynamically (paths relative to dist/cdn). */
function importsOf(file) {
  const code = read(file);
  const dir = file.includes('/') ? `${file.slice(0, file.lastIndexOf('/'))}/` : '';
  const path = (spec) => (spec.startsWith('./') ? dir + spec.slice(2) : spec.replace(/^\.\.\//, ''));
  const dynamic = [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => path(m[1]));
  const all = [...code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].map((m) => path(m[1]));
  return { static: all.filter((spec) => !dynamic.includes(spec)), dynamic };
}

/** The module and everything it imports statically: what a page must download. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of importsOf(file).static) staticClosure(dep, seen);
  return seen;
}

function sizeOf(files) {
  const codes = [...files].map(read);
  return { min: Buffer.byteLength(codes.join('\n')), gzip: codes.reduce((sum, code) => sum + gzipBytes(code), 0) };
}

/** Sizes of every bundle (with its static imports) and of its lazy chunks, from dist/cdn. */
export function measureCdn() {
  const lit = existsSync(LIT_SIZES) ? JSON.parse(readFileSync(LIT_SIZES, 'utf8')) : {};
  return cdnEntries().map(([name]) => {
    const main = staticClosure(`${name}.js`);
    const lazy = [...new Set([...main].flatMap((file) => importsOf(file).dynamic))];
    const size = sizeOf(main);
    return {
      name,
      files: [...main],
      ...size,
      lit: lit[name],
      prose: size.gzip - gzipWithoutProse([...main].map(read)),
      lazy: lazy.map((file) => {
        // What loading this chunk adds to what the page already has.
        const added = [...staticClosure(file, new Set(main))].filter((dep) => !main.has(dep));
        return { file, name: file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '.js'), ...sizeOf(added) };
      }),
    };
  });
}

export function printSizes(rows) {
  console.log('bundle (dist/cdn), static imports included      minified      gzip');
  for (const row of rows) {
    console.log(`${row.name.padEnd(46)} ${kb(row.min).padStart(9)} ${kb(row.gzip).padStart(9)}`);
    for (const chunk of row.lazy) {
      console.log(`  lazy ${chunk.name.padEnd(40)} ${kb(chunk.min).padStart(9)} ${kb(chunk.gzip).padStart(9)}`);
    }
  }
}

/** Each bundle's gzip split into Lit, English prose and the rest (estimates: see composition.mjs). */
export function printComposition(rows) {
  console.log('\nwhat the gzip bytes are (estimates)            total       Lit  English prose  code, styles');
  for (const row of rows.filter((r) => r.lit !== undefined)) {
    const rest = row.gzip - row.lit - row.prose;
    console.log(`${row.name.padEnd(42)} ${[row.gzip, row.lit].map((b) => kb(b).padStart(9)).join(' ')} ${kb(row.prose).padStart(14)} ${kb(rest).padStart(13)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCdn();
  const rows = measureCdn();
  printSizes(rows);
  printComposition(rows);
}
