// Builds the script-tag bundles (minified ESM, Lit bundled). Their whole kit,
// care-widgets.js, is the patient kit (src/patient-kit.ts): every element but the
// clinician's <care-plan-handoff>, which has its bundles of its own (plan-handoff.js).
// - dist/cdn/<lang>/ for sv, nb and en: the kit (care-widgets.js) and each
//   element (<element>.js) with that language's texts inline, all importing one
//   shared runtime, care-runtime.js (Lit and the kit's shared internals), so a
//   page with several elements downloads Lit once. lit-localize's transform mode
//   inlines the UI messages (scripts/localize-transform.mjs);
//   scripts/pick-locale-texts.mjs keeps only that language of the domain's texts.
// - dist/cdn/<lang>/standalone/: the same kit and elements, each self-contained
//   (Lit and the internals inlined, tree-shaken to what it uses): one request for
//   a page with one element or the whole kit. Two of them on one page carry Lit twice.
// - dist/cdn/care-widgets.js and dist/cdn/<element>.js, which follow
//   `<html lang>`: self-contained, with the sv and nb texts in lazily loaded
//   chunks, so a page downloads only its language and only the translations its
//   bundle uses.
// Every bundle's html``, svg`` and css`` templates are minified by the Lit
// team's @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next and
// lightningcss), and every file by terser.
// A dynamic import() in the sources becomes a lazily loaded chunk beside its
// bundle in every build (<lang>/<bundle>-<name>-<hash>.js, with the language's
// texts inline): the first paint does not carry views the patient may never open.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';
import { build as esbuild } from 'esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { writeCdnIntegrity } from './cdn-integrity.mjs';
import { gzipBytes } from './gzip-bytes.mjs';
import { localizeTransform, localizeTransformers } from './localize-transform.mjs';
import { pickLocaleTexts } from './pick-locale-texts.mjs';
import { dollarNames, privateNames } from './private-names.mjs';
import { pruneUiMessages } from './prune-ui-messages.mjs';
import { splitLocaleTexts } from './split-locale-texts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CDN_DIR = resolve(root, 'dist/cdn');
/** Gzip bytes of the Lit runtime in each bundle, written by buildCdn. */
export const LIT_SIZES = resolve(root, 'dist/cdn-lit-sizes.json');

/** The languages that get a one-language folder, dist/cdn/<lang>/. */
export const LANGUAGES = ['sv', 'nb', 'en'];
/** The shared module of each one-language folder. */
export const RUNTIME = 'care-runtime';
/** The folder of each one-language folder's self-contained bundles, dist/cdn/<lang>/standalone/. */
export const STANDALONE = 'standalone';
const SRC = resolve(root, 'src');
const LOCALIZATION = resolve(root, 'src/internal/localization.ts');
const ONE_LANGUAGE = resolve(root, 'src/internal/localization-one-language.ts');

/**
 * [bundle name, entry file] for the whole kit and each element. The script-tag
 * kit is the patient kit: a patient's page (a pharmacy, a health portal) never
 * shows the clinician's <care-plan-handoff> and its QR encoder (about 7 KB gzip);
 * a clinic's page loads plan-handoff.js beside it (from one <lang>/ folder: one Lit).
 */
export function cdnEntries() {
  const elements = resolve(root, 'src/elements');
  return [
    ['care-widgets', resolve(root, 'src/patient-kit.ts')],
    ...readdirSync(elements, { withFileTypes: true })
      .map((entry) => [entry.name, resolve(elements, entry.name, 'define.ts')])
      .filter(([, define]) => existsSync(define)),
  ];
}

/**
 * terser, two passes, ES2020 modules: 1.5–2 % fewer gzip bytes than esbuild's or
 * Rolldown's minifier on these bundles (0.3 KB per element page, 0.5 KB the kit).
 * It also shortens the kit's provably internal member names (scripts/private-names.mjs)
 * to `$` and a letter or two, the same in every file of a build (one cache), so a
 * runtime and the bundles importing it agree.
 */
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false, ascii_only: false } };
let internalNames;
const minified = async (code) => {
  internalNames ??= { regex: new RegExp(`^(?:${privateNames().join('|')})$`), cache: { props: new Map() } };
  const properties = { regex: internalNames.regex, keep_quoted: true, nth_identifier: dollarNames, cache: internalNames.cache };
  return (await minify(code, { ...TERSER, mangle: { properties } })).code;
};

/**
 * Vite leaves whitespace in ES library builds, so that a bundler downstream can
 * still tree-shake them. Script-tag bundles are final: minify every file fully.
 * Module scripts are always decoded as UTF-8: å, ä, ö and ø need no escapes.
 */
async function minifyAll(dir) {
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const path = resolve(dir, String(file));
    writeFileSync(path, await minified(readFileSync(path, 'utf8')));
  }
}

/**
 * The text of the kit's html``, svg`` and css`` templates, which a JavaScript
 * minifier leaves as written, minified by the Lit team's plugin. Two options
 * differ from its defaults, both to keep what the browser builds the same:
 * `keepClosingSlash`, as an svg`` fragment (`<circle …/><path …/>`) is parsed
 * without its <svg> parent, where a start tag without `/>` would take the next
 * element as its child; and `removeEmptyAttributes: false`, as an empty `lang`,
 * `title` or `alt` means something. tests/hardening/minified.test.ts compares
 * what the built bundles render with what the sources render.
 */
export function minifyTemplates() {
  return minifyHtmlLiterals({
    filter: (id) => id.startsWith(SRC) && /\.ts$/.test(id),
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true, removeEmptyAttributes: false } },
  });
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
  return minified(code.join('\n'));
}

/** The absolute paths of the files an entry bundles (esbuild's metafile). */
async function filesOf(entry) {
  const { metafile } = await esbuild({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent', absWorkingDir: root });
  return Object.keys(metafile.inputs).map((file) => resolve(root, file));
}

/**
 * What the shared runtime is built from: the Lit modules the elements import and
 * the kit's internals (src/internal/) that every element uses. Modules of some
 * elements only (the timer's clock, the evidence badge, which brings every
 * treatment's texts) and the domain's content stay in the element bundles, so a
 * page does not download code or texts it never shows.
 */
async function runtimeSeeds() {
  const elements = cdnEntries().filter(([name]) => name !== 'care-widgets');
  const uses = new Map();
  for (const [, entry] of elements) for (const file of await filesOf(entry)) uses.set(file, (uses.get(file) ?? 0) + 1);
  const shared = (file) => (file.includes('/node_modules/lit') || file.includes('/node_modules/@lit/reactive-element/')) || (file.startsWith(resolve(root, 'src/internal')) && uses.get(file) === elements.length);
  return [...uses.keys()].filter(shared).map((file) => (file === LOCALIZATION ? ONE_LANGUAGE : file));
}

/**
 * Resolves imports for a one-language build: localization.ts becomes
 * localization-one-language.ts (same exports, one language), and, once the
 * runtime is built, every module in it becomes an import of ./care-runtime.js.
 */
function oneLanguageModules(runtimeFiles) {
  return {
    name: 'care-one-language-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = resolved.id === LOCALIZATION ? ONE_LANGUAGE : resolved.id;
      if (runtimeFiles?.has(id)) return { id: RUNTIME, external: true };
      return id === resolved.id ? resolved : { ...resolved, id };
    },
  };
}

/** A build that must not guess: a name two runtime modules export, or an import nothing exports, stops it. */
function strict(warning, warn) {
  if (/NAMESPACE_CONFLICT|MISSING_EXPORT|AMBIGUOUS_EXTERNAL_NAMESPACES/.test(warning.code ?? '')) throw new Error(warning.message);
  warn(warning);
}

function oneLanguageBuild(locale, factory, entry, fileName, runtimeFiles, outDir = resolve(CDN_DIR, locale)) {
  return build({
    configFile: false,
    logLevel: 'warn',
    root,
    plugins: [localizeTransform(factory), oneLanguageModules(runtimeFiles), pickLocaleTexts(locale), minifyTemplates()],
    // Browser-only bundles: the kit's server code (src/internal/dom-stand-ins.ts) drops out.
    define: { __CARE_SCRIPT_TAG__: 'true' },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      // The lit-localize transform type-checks once, in the first build; Rolldown's note on slow plugins is noise.
      rollupOptions: {
        onwarn: strict,
        checks: { pluginTimings: false },
        // A view loaded with import() when the patient opens it (the timer's course history, its 'Your log'
        // views) is a chunk beside its bundle, <bundle>-<name>-<hash>.js, with this language's texts inline; it
        // imports what it shares with its bundle from the bundle (allow-extension), so the first paint stays
        // one request (standalone) or two (bundle and runtime), and a chunk never brings a second Lit.
        preserveEntrySignatures: 'allow-extension',
        output: {
          paths: { [RUNTIME]: `./${RUNTIME}.js` },
          chunkFileNames: `${fileName.replace(/\.js$/, '')}-[name]-[hash].js`,
        },
      },
    },
  });
}

/** The names a built bundle imports or re-exports from the runtime. */
function runtimeNamesIn(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const names = [];
  for (const statement of source.statements) {
    const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
    if (from !== `./${RUNTIME}.js`) continue;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
    if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
  }
  return names;
}

const outputOf = (built) => [built].flat()[0].output;

/**
 * dist/cdn/<locale>/: first the runtime's members, grown from the seeds until
 * they hold every module the runtime bundles (so that each of them can be
 * imported from it); then the kit and each element, importing those modules
 * from ./care-runtime.js; then the self-contained ones of standalone/; last the
 * runtime itself, exporting the kit's internals and, of Lit, only what the
 * bundles import (so Lit is tree-shaken as in a self-contained bundle). Returns
 * the gzip bytes of the Lit code in the runtime and in each standalone bundle.
 */
async function buildLanguage(locale, factory, seeds) {
  const cache = resolve(root, 'node_modules/.cache/care-widgets');
  mkdirSync(cache, { recursive: true });
  const all = resolve(cache, `${RUNTIME}-${locale}-all.js`);
  const members = new Set(seeds);
  for (;;) {
    writeFileSync(all, [...members].map((file) => `export * from ${JSON.stringify(file)};`).join('\n'));
    const bundled = outputOf(await oneLanguageBuild(locale, factory, all, `${RUNTIME}.js`))
      .flatMap((chunk) => chunk.moduleIds ?? [])
      .filter((id) => id !== all && !id.startsWith('\0') && existsSync(id));
    const missing = bundled.filter((id) => !members.has(id));
    if (missing.length === 0) break;
    for (const id of missing) members.add(id);
  }
  const used = new Set();
  for (const [name, source] of cdnEntries()) {
    for (const chunk of outputOf(await oneLanguageBuild(locale, factory, source, `${name}.js`, members))) {
      if (chunk.type === 'chunk') runtimeNamesIn(chunk.code).forEach((n) => used.add(n));
    }
  }
  const lit = {};
  for (const [name, source] of cdnEntries()) {
    const built = await oneLanguageBuild(locale, factory, source, `${name}.js`, undefined, resolve(CDN_DIR, locale, STANDALONE));
    lit[`${locale}/${STANDALONE}/${name}`] = gzipBytes(await litRuntimeIn(outputOf(built)));
  }
  const entry = resolve(cache, `${RUNTIME}-${locale}.js`);
  const internals = [...members].filter((file) => !file.includes('/node_modules/'));
  writeFileSync(entry, [...internals.map((file) => `export * from ${JSON.stringify(file)};`), `export { ${[...used].join(', ')} } from ${JSON.stringify(all)};`].join('\n'));
  lit[`${locale}/${RUNTIME}`] = gzipBytes(await litRuntimeIn(outputOf(await oneLanguageBuild(locale, factory, entry, `${RUNTIME}.js`))));
  return lit;
}

export async function buildCdn() {
  rmSync(CDN_DIR, { recursive: true, force: true });
  const factories = localizeTransformers();
  const seeds = await runtimeSeeds();
  const lit = {};
  for (const locale of LANGUAGES) Object.assign(lit, await buildLanguage(locale, factories.get(locale), seeds));
  for (const [name, entry] of cdnEntries()) {
    const built = await build({
      configFile: false,
      logLevel: 'warn',
      root,
      plugins: [splitLocaleTexts(), minifyTemplates(), pruneUiMessages(entry)],
      // Browser-only bundles: the kit's server code (src/internal/localization.ts, dom-stand-ins.ts) drops out.
      define: { __CARE_SCRIPT_TAG__: 'true' },
      build: {
        outDir: CDN_DIR,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
        rollupOptions: {
          // A view loaded with import() when it is opened (the timer's course history) shares modules with its
          // bundle: let the bundle export them to it, instead of moving them into a common chunk that every page
          // would load as one more request.
          preserveEntrySignatures: 'allow-extension',
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
  // The snippet's integrity values (demo/embed.html); also outside dist/cdn.
  writeCdnIntegrity();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCdn();
