// The kit's styles follow the element's own font size and keep the host's text contrast:
// no `rem` (a shop theme's 10 px root would shrink the kit) and no `opacity` on anything
// but the ring's stroke, anywhere in the element styles or the shared ones.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../src/', import.meta.url).pathname;
const styleFiles = [
  ...readdirSync(join(root, 'elements')).flatMap((name) =>
    readdirSync(join(root, 'elements', name))
      .filter((file) => file.endsWith('.styles.ts'))
      .map((file) => join(root, 'elements', name, file)),
  ),
  join(root, 'internal/shared-styles.ts'),
  join(root, 'internal/evidence-badge.ts'),
];

/** The CSS inside css`…` templates only (not comments or JSDoc around them). */
function cssOf(file) {
  return [...readFileSync(file, 'utf8').matchAll(/css`([^`]*)`/g)].map((m) => m[1]).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
}

test('every style file is found', () => {
  assert.ok(styleFiles.length >= 8, styleFiles.join('\n'));
});

for (const file of styleFiles) {
  const name = file.slice(root.length);
  test(`${name}: no rem`, () => {
    assert.deepEqual(cssOf(file).match(/[\d.]+rem\b/g) ?? [], []);
  });
  test(`${name}: no opacity below 1 except on an SVG stroke`, () => {
    const lowered = [...cssOf(file).matchAll(/(?<![\w-])opacity:\s*([\d.]+)/g)].filter((m) => Number(m[1]) < 1);
    assert.deepEqual(lowered.map((m) => m[0]), []);
  });
}
