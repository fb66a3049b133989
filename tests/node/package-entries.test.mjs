// What a bundler sees in the built package (dist/, made by `npm test`'s build
// step): the tags are registered by the entry files that `sideEffects` lists and
// by no hashed chunk, so a production build that drops side-effect-free chunks
// keeps every registration; the React entry is a client boundary; the wrappers
// carry readable names. Runs the built files in Node with a recording
// `customElements`, so it also proves each entry imports in Node.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const TAGS = {
  'suitability-check': 'care-suitability-check',
  'stretch-timer': 'care-stretch-timer',
  'evidence-card': 'care-evidence-card',
  'evidence-list': 'care-evidence-list',
  'treatment-compare': 'care-treatment-compare',
  'side-effect-guide': 'care-side-effect-guide',
  'iqoro-uses': 'care-iqoro-uses',
  'plan-handoff': 'care-plan-handoff',
};

const defined = [];
globalThis.customElements = { get: () => undefined, define: (tag) => defined.push(tag), whenDefined: async () => {} };

/** The tags a file registers when it is imported after everything it imports. */
async function definesOf(file) {
  defined.length = 0;
  await import(`${dist}${file}`);
  return [...defined];
}

const entryFiles = new Set(
  Object.values(pkg.exports)
    .map((target) => (typeof target === 'string' ? target : target.default))
    .filter((target) => /^\.\/dist\/[^/*]+\.js$/.test(target))
    .map((target) => target.slice('./dist/'.length)),
);
const chunks = readdirSync(dist).filter((file) => file.endsWith('.js') && !entryFiles.has(file));

test('no shared chunk registers a tag (bundlers may drop them)', async () => {
  assert.ok(chunks.length > 5, `expected hashed chunks in dist/, found ${chunks.join(', ')}`);
  for (const chunk of chunks) assert.deepEqual(await definesOf(chunk), [], `${chunk} registers a tag`);
});

test('each element entry registers its own tag, and sideEffects lists it', async () => {
  for (const [name, tag] of Object.entries(TAGS)) {
    assert.deepEqual(await definesOf(`${name}.js`), [tag], `dist/${name}.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), `sideEffects lacks ./dist/${name}.js`);
  }
  for (const file of ['index.js', 'react.js']) {
    await definesOf(file);
    assert.ok(pkg.sideEffects.includes(`./dist/${file}`), `sideEffects lacks ./dist/${file}`);
  }
});

test('the domain entry is free of side effects and not listed', async () => {
  assert.deepEqual(await definesOf('domain.js'), []);
  assert.ok(!pkg.sideEffects.some((pattern) => pattern.includes('domain')));
});

test("dist/react.js starts with 'use client'", () => {
  const firstLine = readFileSync(`${dist}react.js`, 'utf8').split('\n')[0];
  assert.match(firstLine, /^["']use client["'];?$/);
});

test('the React wrappers have readable display names', async () => {
  const wrappers = await import(`${dist}react.js`);
  const names = Object.fromEntries(Object.entries(wrappers).map(([name, component]) => [name, component.displayName]));
  assert.deepEqual(names, {
    EvidenceCard: 'EvidenceCard',
    EvidenceList: 'EvidenceList',
    IqoroUses: 'IqoroUses',
    PlanHandoff: 'PlanHandoff',
    SideEffectGuide: 'SideEffectGuide',
    StretchTimer: 'StretchTimer',
    SuitabilityCheck: 'SuitabilityCheck',
    TreatmentCompare: 'TreatmentCompare',
  });
});

test('@lit/react is an optional peer, not a dependency', () => {
  assert.equal(pkg.dependencies['@lit/react'], undefined);
  assert.ok(pkg.peerDependencies['@lit/react']);
  assert.equal(pkg.peerDependenciesMeta['@lit/react'].optional, true);
  for (const file of [...entryFiles, ...chunks].filter((file) => file !== 'react.js')) {
    assert.doesNotMatch(readFileSync(`${dist}${file}`, 'utf8'), /@lit\/react/, `${file} imports @lit/react`);
  }
});
