// `npm run size -- --by-module [element …] [--lang sv]` (or this file directly): where a self-contained
// one-language bundle's bytes are (dist/cdn/<lang>/standalone/<element>.js,
// built here into a temporary folder, not into dist/). Lists each source module
// with its minified bytes (terser, alone) and the gzip bytes the bundle loses
// without it (the whole less the whole without the module, so shared words are
// not counted twice). Estimates for finding weight, not budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { cdnEntries, minified, oneLanguageBuild } from './build-cdn.mjs';
import { gzipBytes } from './gzip-bytes.mjs';
import { localizeTransformers } from './localize-transform.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** A short name for a module id: src/… or the package it comes from. */
function label(id) {
  const path = relative(root, id.replace(/^\0/, '').split('?')[0]);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  return pkg ? `${pkg[1]}: ${pkg[2]}` : path;
}

/** Each module of `element`'s one-language standalone bundle with its minified and gzip bytes. */
export async function modulesOf(element, locale = 'sv', factory = localizeTransformers().get(locale)) {
  const entry = cdnEntries().find(([name]) => name === element);
  if (!entry) throw new Error(`No element ${element}: one of ${cdnEntries().map(([n]) => n).join(', ')}`);
  const out = mkdtempSync(join(tmpdir(), 'care-size-'));
  try {
    const output = [(await oneLanguageBuild(locale, factory, entry[1], `${element}.js`, undefined, out))].flat()[0].output;
    const chunk = output.find((file) => file.type === 'chunk' && file.isEntry);
    const bundle = await minified(chunk.code);
    const modules = [];
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code) continue;
      const code = (await minify(module.code, { module: true, ecma: 2020, compress: false, mangle: false })).code ?? '';
      modules.push({ id: label(id), code });
    }
    const whole = gzipBytes(modules.map((m) => m.code).join('\n'));
    for (const m of modules) m.gzip = whole - gzipBytes(modules.filter((o) => o !== m).map((o) => o.code).join('\n'));
    return { element, locale, min: Buffer.byteLength(bundle), gzip: gzipBytes(bundle), modules: modules.sort((a, b) => b.gzip - a.gzip) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function printModules({ element, locale, min, gzip, modules }) {
  console.log(`\n${locale}/standalone/${element}.js: ${kb(min)} minified, ${kb(gzip)} gzip`);
  console.log(`${'module'.padEnd(64)} ${'minified'.padStart(10)} ${'gzip share'.padStart(11)}`);
  for (const m of modules) console.log(`${m.id.slice(-64).padEnd(64)} ${kb(Buffer.byteLength(m.code)).padStart(10)} ${kb(m.gzip).padStart(11)}`);
}

export async function byModule(args) {
  const at = args.indexOf('--lang');
  const locale = at >= 0 ? args[at + 1] : 'sv';
  const names = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--lang');
  const factory = localizeTransformers().get(locale);
  for (const element of names.length ? names : cdnEntries().map(([n]) => n).filter((n) => n !== 'care-widgets')) {
    printModules(await modulesOf(element, locale, factory));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await byModule(process.argv.slice(2));
