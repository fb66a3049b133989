// `npm run test:browser`: the browser suites on Chromium, Firefox and WebKit, one engine
// after another. Side by side they were no faster on a 2-core machine (the suites are
// CPU-bound: 234 s for Firefox and WebKit together against 247 s one after the other),
// and timing tests want the cores. Every engine runs even if one fails; each one's wtr
// run prints "<engine>: N passed, N failed" and its skips with reasons, and this script
// adds how long each took. Arguments: engine names, then `--` and wtr's own, e.g.
//   node scripts/test-engines.mjs firefox -- --files tests/elements/foo.test.ts
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
const start = Date.now();
for (const engine of named.length ? named : ENGINES) {
  const engineStart = Date.now();
  const run = spawnSync('npx', ['wtr', ...wtrArgs], {
    stdio: 'inherit',
    env: { ...process.env, CARE_ENGINE: engine },
  });
  times.push(`${engine} ${Math.round((Date.now() - engineStart) / 1000)} s`);
  if (run.status !== 0) failed = true;
}
console.log(`browser suites took: ${Math.round((Date.now() - start) / 1000)} s (${times.join(', ')})`);
process.exit(failed ? 1 : 0);
