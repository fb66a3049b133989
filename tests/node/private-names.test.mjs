// Which member names terser may shorten in the script-tag bundles
// (scripts/private-names.mjs): only TypeScript `private` members that no code
// names otherwise; and in the built bundles, those names are gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CDN_DIR } from '../../scripts/build-cdn.mjs';
import { internalNames, privateNames } from '../../scripts/private-names.mjs';

const element = `
  class A extends LitElement {
    static properties = { open: { state: true } };
    private open = false;
    private renderList() { return this.items; }
    private items: string[] = [];
    private helper = 1;
    private label = '';
    protected shared = 1;
    render() { return html\`<p .label=\${this.label}>\${this.renderList()}</p>\`; }
  }`;

test('a private member used only through `this` is internal', () => {
  assert.deepEqual(internalNames([element]), ['helper', 'items', 'renderList']);
});

test('a private name that any module uses as a key, a string, a property of something else, or that Lit uses, is not', () => {
  const other = `const config = { items: 1 }; element.helper; const text = 'renderList';`;
  assert.deepEqual(internalNames([element, other]), []);
  assert.deepEqual(internalNames([element], new Set(['items'])), ['helper', 'renderList']);
});

test("a `static properties` key, a template's property binding and a protected member stay", () => {
  const names = internalNames([element]);
  for (const name of ['open', 'label', 'shared']) assert.ok(!names.includes(name), name);
});

test('the kit has such names, and no Lit `_$` name among them', () => {
  const names = privateNames();
  assert.ok(names.length > 20, `${names.length} names`);
  assert.ok(names.every((name) => !name.startsWith('_$')));
});

test('the built bundles hold none of them as a property', () => {
  const names = privateNames();
  for (const file of ['sv/care-runtime.js', 'sv/suitability-check.js', 'sv/standalone/care-widgets.js', 'care-widgets.js']) {
    const code = readFileSync(resolve(CDN_DIR, file), 'utf8');
    // A property access, not a message id such as "timer.say-rest".
    const left = names.filter((name) => new RegExp(`\\.${name}(?![\\w$-])`).test(code));
    assert.deepEqual(left, [], file);
  }
});
