// The domain module is usable in Node, with no DOM and no Lit: a host's server
// can assess conditions or compute a plan with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const domainUrl = new URL('../../dist/domain.js', import.meta.url);

test('the built domain module imports nothing but itself', () => {
  const code = readFileSync(domainUrl, 'utf8');
  assert.doesNotMatch(code, /from\s*["'](lit|@lit\/)/);
  assert.equal(typeof globalThis.document, 'undefined');
});

test('assessSuitability and secondsPerStretch work in Node', async () => {
  const domain = await import(domainUrl.href);
  assert.deepEqual(domain.assessSuitability(['whiplash', 'als']).verdict, 'caution');
  assert.equal(domain.secondsPerStretch('caution', 20), 3);
  assert.equal(domain.secondsPerStretch('caution', 21), 4);
  assert.throws(() => domain.assessSuitability(['x']), RangeError);
});
