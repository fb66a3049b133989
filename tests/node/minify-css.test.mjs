// The script-tag bundles' CSS collapse must shrink the text without changing what it selects or computes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseCss } from '../../scripts/minify-css-templates.mjs';

test('drops comments and needless whitespace, keeping a leading space where a ${…} part may join', () => {
  assert.equal(collapseCss('\n  /* note */\n  :host {\n    display: block;\n  }\n'), ' :host{display:block}');
});

test('keeps descendant combinators and the spaces calc() needs', () => {
  assert.equal(collapseCss('.a  .b > .c { width: calc(100% - 2rem); }'), '.a .b>.c{width:calc(100% - 2rem)}');
});

test('keeps pseudo-classes attached to their selector', () => {
  assert.equal(collapseCss('details[open] > summary::before, a:hover { color: red; }'), 'details[open]>summary::before,a:hover{color:red}');
});
