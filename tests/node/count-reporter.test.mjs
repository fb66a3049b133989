// The per-engine summary .ci/run adds up: skips are counted apart with their reasons,
// and a skip that gives no reason counts as a failure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../../scripts/count-reporter.mjs';

const session = (id, tests, extra = {}) => ({
  id,
  passed: true,
  errors: [],
  testResults: { tests: [], suites: [{ name: 'suite', tests, suites: [] }] },
  ...extra,
});
const passed = { name: 'a', passed: true, skipped: false };
const failed = { name: 'b', passed: false, skipped: false };
const skipped = { name: 'c', passed: true, skipped: true };

test('one line of passed and failed, then one line per skip reason', () => {
  const reasons = new Map([['s1', ['print emulation needs CDP', 'print emulation needs CDP']]]);
  const { lines, failing } = summarize('webkit', [session('s1', [passed, passed, failed, skipped, skipped])], reasons);
  assert.deepEqual(lines, ['webkit: 2 passed, 1 failed', 'webkit: 2 skipped: print emulation needs CDP']);
  assert.equal(failing, false);
});

test('a skip without a reason is counted as failed and fails the run', () => {
  const { lines, failing } = summarize('firefox', [session('s2', [passed, skipped])], new Map());
  assert.deepEqual(lines, ['firefox: 1 passed, 1 failed', 'firefox: 1 skipped without a reason (counted as failed)']);
  assert.equal(failing, true);
});

test('a file that fails outside its tests counts as one failure', () => {
  const broken = session('s3', [], { passed: false, errors: [{ message: 'SyntaxError' }] });
  assert.deepEqual(summarize('chromium', [broken], new Map()).lines, ['chromium: 0 passed, 1 failed']);
});

test('the line matches what .ci/run adds up', () => {
  const [line] = summarize('chromium', [session('s4', [passed])], new Map()).lines;
  assert.match(line, /^[a-z-]+: [0-9]+ passed, [0-9]+ failed$/);
});
