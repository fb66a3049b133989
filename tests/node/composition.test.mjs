// The size table's breakdown counts English prose, and only prose, as text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutProse } from '../../scripts/composition.mjs';

test('empties prose in strings and template parts, keeping the parts between', () => {
  assert.equal(withoutProse('a="Stop training if it hurts.";b=`The rest time is not valid, so you rest ${n} seconds between stretches.`;'), 'a="";b=`${n}`;');
});

test('keeps identifiers, CSS, markup and short strings', () => {
  const code = 'a="care-stretch-timer";b=":host{display:block;font:inherit}";c=`<p class="note">${x}</p>`;d="sv-SE";';
  assert.equal(withoutProse(code), code);
});
