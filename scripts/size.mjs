// Prints what a page in each language downloads to show the kit's elements
// (requests and gzip bytes, with the self-contained one-language bundles of
// dist/cdn/<lang>/standalone/, with the shared-runtime ones of dist/cdn/<lang>/
// and with the language-following ones of dist/cdn/), the code and styles per
// element apart from Lit and prose; then the language-following bundles' sizes,
// minified and gzip, with their lazily loaded language chunks, and what each
// one's gzip bytes are made of (Lit, English prose, code and styles).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_DIR, LANGUAGES, LIT_SIZES, STANDALONE, buildCdn, cdnEntries } from './build-cdn.mjs';
import { gzipWithoutProse } from './composition.mjs';
import { CODE_BUDGETS, PAGE_BUDGETS, budgetOf } from './budgets.mjs';
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

/**
 * The pages measured: each element alone and the whole kit (the patient kit,
 * without <care-plan-handoff>), each from its self-contained file (one request),
 * and from the shared-runtime bundles (one Lit) two elements together and a
 * clinic's page with the kit and <care-plan-handoff>. `delivery` is the kind the
 * README tells such a page to load, which the budgets hold.
 */
export function pages() {
  const elements = cdnEntries().map(([name]) => name).filter((name) => name !== 'care-widgets');
  return [
    ...elements.map((name) => ({ name, bundles: [name], delivery: 'standalone' })),
    { name: 'whole kit', bundles: ['care-widgets'], delivery: 'standalone' },
    { name: 'checker + timer', bundles: ['suitability-check', 'stretch-timer'], delivery: 'shared' },
    { name: 'kit + plan-handoff', bundles: ['care-widgets', 'plan-handoff'], delivery: 'shared' },
  ];
}

/** The three ways a page can load the bundles, by the folder they come from. */
export const DELIVERIES = {
  standalone: (language, bundle) => `${language}/${STANDALONE}/${bundle}.js`,
  shared: (language, bundle) => `${language}/${bundle}.js`,
  following: (_language, bundle) => `${bundle}.js`,
};

/**
 * What a page in `language` downloads for `bundles` delivered as `delivery`
 * (see DELIVERIES): each bundle and its static imports; with the
 * language-following ones (`dist/cdn/`), also the lazy chunks of its language.
 * `litCopies` counts the files holding Lit's runtime (its Trusted Types policy).
 */
export function pageDownload(bundles, language, delivery) {
  const files = new Set();
  for (const bundle of bundles) {
    const main = staticClosure(DELIVERIES[delivery](language, bundle));
    for (const file of main) files.add(file);
    if (delivery !== 'following') continue;
    for (const lazy of [...main].flatMap((file) => importsOf(file).dynamic)) {
      if (lazy.startsWith(`chunks/${bundle}-${language}-`)) staticClosure(lazy, files);
    }
  }
  const codes = [...files].map(read);
  return {
    files: [...files],
    requests: files.size,
    gzip: codes.reduce((sum, code) => sum + gzipBytes(code), 0),
    litCopies: codes.filter((code) => code.includes('createPolicy("lit-html"')).length,
  };
}

/**
 * Each element's code and styles, gzip, apart from Lit and prose: its English
 * self-contained bundle with its prose emptied, less the Lit code it holds
 * (estimates: gzip does not add up).
 */
export function codeAndStyles(bundle) {
  const lit = existsSync(LIT_SIZES) ? JSON.parse(readFileSync(LIT_SIZES, 'utf8'))[`en/${STANDALONE}/${bundle}`] : undefined;
  const { files } = pageDownload([bundle], 'en', 'standalone');
  return lit === undefined ? undefined : gzipWithoutProse(files.map(read)) - lit;
}

/** Every page in every language, with each kind of bundle. */
export function measurePages() {
  return pages().map((page) => ({
    ...page,
    codeAndStyles: page.bundles.length === 1 ? codeAndStyles(page.bundles[0]) : undefined,
    languages: Object.fromEntries(
      LANGUAGES.map((language) => [language, Object.fromEntries(Object.keys(DELIVERIES).map((delivery) => [delivery, pageDownload(page.bundles, language, delivery)]))]),
    ),
  }));
}

/** The per-language table: requests / gzip a page downloads with each kind of bundle, and the goal of the page's own kind. */
export function printPages(rows) {
  const cell = (d) => `${d.requests} / ${kb(d.gzip)}${d.litCopies > 1 ? ` (${d.litCopies}× Lit)` : ''}`;
  const goal = (name) => {
    const b = budgetOf(PAGE_BUDGETS, name);
    const shared = b.shared ? `; ${language}/: ${b.shared.requests} / ${b.shared.gzip} KB` : '';
    return `${b.requests.goal} / ${b.gzip.goal === null ? '—' : `≤ ${b.gzip.goal} KB`}${b.litCopies ? `, ${b.litCopies.goal}× Lit` : ''}  (limit ${b.requests.limit} / ${b.gzip.limit} KB${shared})`;
  };
  let language;
  for (language of LANGUAGES) {
    console.log(`\n${language} page: requests / gzip  ${`${language}/${STANDALONE}/ (1 file)`.padStart(25)} ${`${language}/ (shared runtime)`.padStart(24)} ${'follows <html lang>'.padStart(24)}   goal (measured on ${language}/${STANDALONE}/, for two elements on ${language}/)`);
    for (const row of rows) {
      const d = row.languages[language];
      console.log(`${row.name.padEnd(26)} ${cell(d.standalone).padStart(25)} ${cell(d.shared).padStart(24)} ${cell(d.following).padStart(24)}   ${goal(row.name)}`);
    }
  }
  console.log(`\ncode and styles per element, gzip, apart from Lit and prose (estimates, en/${STANDALONE}/)`);
  for (const row of rows.filter((r) => r.codeAndStyles !== undefined && r.name !== 'whole kit')) {
    const b = budgetOf(CODE_BUDGETS, row.name);
    console.log(`${row.name.padEnd(30)} ${kb(row.codeAndStyles).padStart(9)}   goal ≤ ${b.goal} KB  (test limit ${b.limit} KB)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCdn();
  printPages(measurePages());
  console.log('');
  const rows = measureCdn();
  printSizes(rows);
  printComposition(rows);
}
