// Builds the script-tag bundles: dist/cdn/care-widgets.js (the whole kit) and
// dist/cdn/<element>.js, each self-contained (Lit bundled, minified ESM), with
// the sv and nb texts in lazily loaded chunks, so a page downloads only its language
// and only the translations its bundle uses.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { build } from 'vite';
import { gzipBytes } from './gzip-bytes.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';
import { pruneUiMessages } from './prune-ui-messages.mjs';
import { splitLocaleTexts } from './split-locale-texts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CDN_DIR = resolve(root, 'dist/cdn');
/** Gzip bytes of the Lit runtime in each bundle, written by buildCdn. */
export const LIT_SIZES = resolve(root, 'dist/cdn-lit-sizes.json');

/** [bundle name, entry file] for the whole kit and each element. */
export function cdnEntries() {
  const elements = resolve(root, 'src/elements');
  return [
    ['care-widgets', resolve(root, 'src/index.ts')],
    ...readdirSync(elements, { withFileTypes: true })
      .map((entry) => [entry.name, resolve(elements, entry.name, 'define.ts')])
      .filter(([, define]) => existsSync(define)),
  ];
}

/**
 * Vite leaves whitespace in ES library builds, so that a bundler downstream can
 * still tree-shake them. Script-tag bundles are final: minify every file fully.
 */
async function minifyAll(dir) {
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const path = resolve(dir, String(file));
    const { code } = await transform(readFileSync(path, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' });
    writeFileSync(path, code);
  }
}

/** The minified Lit runtime (everything from node_modules) in the chunks a page loads first. */
async function litRuntimeIn(output) {
  const chunks = output.filter((file) => file.type === 'chunk');
  const first = new Set();
  const add = (chunk) => {
    if (!chunk || first.has(chunk)) return;
    first.add(chunk);
    for (const name of chunk.imports) add(chunks.find((other) => other.fileName === name));
  };
  add(chunks.find((chunk) => chunk.isEntry));
  const code = [...first].flatMap((chunk) => Object.entries(chunk.modules).filter(([id, module]) => id.includes('/node_modules/') && module.code).map(([, module]) => module.code));
  return (await transform(code.join('\n'), { minify: true, format: 'esm' })).code;
}

export async function buildCdn() {
  rmSync(CDN_DIR, { recursive: true, force: true });
  const lit = {};
  for (const [name, entry] of cdnEntries()) {
    const built = await build({
      configFile: false,
      logLevel: 'warn',
      root,
      plugins: [splitLocaleTexts(), minifyCssTemplates(), pruneUiMessages(entry)],
      // Browser-only bundles: the kit's server code (src/internal/localization.ts, dom-stand-ins.ts) drops out.
      define: { __CARE_SCRIPT_TAG__: 'true' },
      build: {
        outDir: CDN_DIR,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
        rollupOptions: {
          output: {
            // Moved-out texts are named by language and module: chunks/<bundle>-sv-suitability-content-<hash>.js
            chunkFileNames: (chunk) => {
              const texts = chunk.moduleIds.map((id) => /care-texts:(sv|nb):.*?([\w-]+)\.ts$/.exec(decodeURIComponent(id))).find(Boolean);
              return texts ? `chunks/${name}-${texts[1]}-${texts[2]}-[hash].js` : `chunks/${name}-[name]-[hash].js`;
            },
          },
        },
      },
    });
    // One output per format, and this build has one (es).
    lit[name] = gzipBytes(await litRuntimeIn([built].flat()[0].output));
  }
  await minifyAll(CDN_DIR);
  // For the size table's breakdown (scripts/size.mjs); outside dist/cdn, which is shipped as is.
  writeFileSync(LIT_SIZES, JSON.stringify(lit, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCdn();
