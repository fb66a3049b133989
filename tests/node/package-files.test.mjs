// The tarball a host installs (`npm pack --dry-run`, after the build step of
// `npm test`): everything package.json and the manifest point at is in it, and
// nothing from the tests, stories, demo or scratch work is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(packed.files.map((file) => file.path));
const strip = (path) => path.replace(/^\.\//, '');

test('ships nothing from tests, stories, demo, scratch, storybook or sources', () => {
  const stray = [...files].filter((file) =>
    /(^|\/)(tests?|stories|scratch|demo|storybook|\.storybook)\//.test(file) ||
    /^(\.changeset|\.ci|scripts|locales|src)\//.test(file) ||
    /\.(test|stories)\.[cm]?[jt]sx?$/.test(file),
  );
  assert.deepEqual(stray, []);
});

test('ships the licence, the notice, the changelog, the readme and the manifest', () => {
  for (const file of ['package.json', 'LICENSE', 'NOTICE', 'CHANGELOG.md', 'README.md', 'custom-elements.json']) {
    assert.ok(files.has(file), `${file} missing`);
  }
});

test('every exports target and sideEffects file is in the tarball', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (file.includes('*')) {
        const prefix = strip(file.slice(0, file.indexOf('*')));
        assert.ok([...files].some((f) => f.startsWith(prefix) && f.endsWith('.js')), `${subpath}: nothing under ${prefix}`);
      } else {
        assert.ok(files.has(strip(file)), `${subpath}: ${file} missing`);
      }
    }
  }
  // ./src/… entries keep this repository's own builds (dist/cdn) from dropping registrations; src is not shipped.
  for (const file of pkg.sideEffects.filter((pattern) => pattern.startsWith('./dist/') && !pattern.includes('*'))) {
    assert.ok(files.has(strip(file)), `sideEffects: ${file} missing`);
  }
});

test("the manifest's modules are shipped entries that define their tags", () => {
  const entryFiles = new Set(Object.values(pkg.exports).map((t) => strip(typeof t === 'string' ? t : t.default)));
  const tags = [];
  for (const module of manifest.modules) {
    assert.ok(files.has(module.path), `${module.path} is not in the tarball`);
    assert.ok(entryFiles.has(module.path), `${module.path} is not a package entry`);
    for (const element of module.declarations.filter((d) => d.customElement)) {
      tags.push(element.tagName);
      const definition = module.exports.find((e) => e.kind === 'custom-element-definition' && e.name === element.tagName);
      assert.deepEqual(definition?.declaration, { name: element.name, module: module.path }, element.tagName);
    }
  }
  assert.deepEqual(tags.sort(), [
    'care-evidence-card',
    'care-evidence-list',
    'care-iqoro-uses',
    'care-plan-handoff',
    'care-side-effect-guide',
    'care-stretch-timer',
    'care-suitability-check',
    'care-treatment-compare',
  ]);
  const references = JSON.stringify(manifest).match(/"module":"[^"]+"/g) ?? [];
  for (const reference of references) {
    const path = reference.slice('"module":"'.length, -1);
    assert.ok(files.has(path), `manifest references ${path}, which is not shipped`);
  }
});
