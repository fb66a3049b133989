// The Subresource Integrity values of the script-tag bundles, for the embed
// builder's snippet (demo/embed.html): dist/cdn-integrity.json maps each file
// under dist/cdn/ (e.g. "sv/suitability-check.js") to its sha384 value and the
// files it imports statically ("sv/care-runtime.js"), which the snippet
// preloads with their own integrity. Written by scripts/build-cdn.mjs after
// every build, from the built files, so the values are those of the files
// `npm publish` ships from the same commit. Outside dist/cdn, which ships as is.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CDN_DIR = resolve(root, 'dist/cdn');
export const INTEGRITY_FILE = resolve(root, 'dist/cdn-integrity.json');

/** The relative module specifiers `code` imports or re-exports statically. */
function staticImports(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return source.statements
    .filter((statement) => (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier)
    .map((statement) => statement.moduleSpecifier.text)
    .filter((specifier) => specifier.startsWith('.'));
}

/** `sha384-<base64>` of `bytes`, as the `integrity` attribute takes it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** { [path under dist/cdn]: { integrity, imports } } for every .js file under `dir`. */
export function cdnIntegrity(dir = CDN_DIR) {
  const files = {};
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!file.endsWith('.js')) continue;
    const path = file.split('\\').join('/');
    const bytes = readFileSync(resolve(dir, file));
    const imports = staticImports(bytes.toString('utf8')).map((specifier) => posix.normalize(posix.join(posix.dirname(path), specifier)));
    files[path] = { integrity: sri(bytes), imports };
  }
  return files;
}

export function writeCdnIntegrity() {
  if (!existsSync(CDN_DIR)) throw new Error(`${CDN_DIR} is missing: run npm run build:cdn first`);
  writeFileSync(INTEGRITY_FILE, `${JSON.stringify({ files: cdnIntegrity() }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeCdnIntegrity();
