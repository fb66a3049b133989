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

test('the training log (schema v3), plan adjustments and notes work in Node', async () => {
  const domain = await import(domainUrl.href);
  let log = domain.recordSession(domain.emptyLog(), { date: '2026-01-05', plan: 'gentle-start', seconds: 5 });
  log = domain.setDayNotes(log, '2026-01-05', ['soreness']);
  const progress = domain.adjustedProgress('gentle-start', '2026-01-01', '2026-01-05', log.adjustments);
  log = domain.recordAdjustment(log, domain.makeAdjustment('back', progress, '2026-01-05'));
  assert.equal(domain.adjustedSeconds('gentle-start', '2026-01-01', '2026-01-09', log.adjustments), 5);
  const restored = domain.parseLog(domain.serializeLog(log), '2026-01-05');
  assert.deepEqual(restored, log);
  assert.deepEqual(domain.mergeLogs(restored, log), log);
  assert.equal(domain.situationOf('soreness'), 'training-soreness');
  assert.deepEqual(domain.notesOn(log, '2026-01-05'), ['soreness']);
});
