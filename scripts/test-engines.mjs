// `npm run test:browser`: the browser suites on Chromium, Firefox and WebKit, one engine
// after another (a 2-core machine runs three engines at once no faster, and timing tests
// need the cores). Every engine runs even if one fails; each one's own wtr run prints
// "<engine>: N passed, N failed" and its skips with reasons, and this script adds how
// long it took. Arguments after the engine names go to wtr: `node scripts/test-engines.mjs
// firefox -- --files tests/elements/foo.test.ts`.
import { spawnSync } from 'node:child_process';
import { ENGINES } from './engines.mjs';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const named = split === -1 ? args : args.slice(0, split);
const wtrArgs = split === -1 ? [] : args.slice(split + 1);
const unknown = named.filter((e) => !ENGINES.includes(e));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}; expected ${ENGINES.join(', ')}`);
  process.exit(2);
}

let failed = false;
const times = [];
for (const engine of named.length ? named : ENGINES) {
  const start = Date.now();
  const run = spawnSync('npx', ['wtr', ...wtrArgs], {
    stdio: 'inherit',
    env: { ...process.env, CARE_ENGINE: engine },
  });
  times.push(`${engine} ${((Date.now() - start) / 1000).toFixed(0)} s`);
  if (run.status !== 0) failed = true;
}
console.log(`browser suites took: ${times.join(', ')}`);
process.exit(failed ? 1 : 0);
