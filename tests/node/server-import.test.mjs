// Every built entry imports under Node, as a host's server (Next.js, Astro,
// Vite SSR) loads it: with Node's own conditions, and with the `browser`
// condition on (bundlers for edge runtimes and some test setups add it).
// `setLocale` and `followPageLanguage` on the server resolve and change nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const elements = readdirSync(new URL('../../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => existsSync(new URL(`../../src/elements/${entry.name}/define.ts`, import.meta.url)))
  .map((entry) => entry.name);
const ENTRIES = ['index', 'domain', 'react', 'ssr', ...elements];

/** Imports each entry in a fresh Node with `conditions`; returns the outcome per entry. */
function importAll(conditions) {
  const script = `
    const results = {};
    for (const name of ${JSON.stringify(ENTRIES)}) {
      try {
        await import(new URL(name + '.js', ${JSON.stringify(dist.href)}).href);
        results[name] = 'ok';
      } catch (error) {
        results[name] = String(error?.stack ?? error).split('\\n').slice(0, 2).join(' ');
      }
    }
    results.globals = [typeof window, typeof document].join(' ');
    console.log(JSON.stringify(results));`;
  const out = execFileSync(process.execPath, [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: new URL('../../', import.meta.url),
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

for (const [label, conditions] of [
  ['Node’s own conditions', []],
  ['the browser condition', ['browser']],
]) {
  test(`every entry imports under ${label} without throwing, and leaves no window or document behind`, () => {
    const results = importAll(conditions);
    for (const name of ENTRIES) assert.equal(results[name], 'ok', `dist/${name}.js: ${results[name]}`);
    assert.equal(results.globals, 'undefined undefined');
  });
}

test('setLocale, followPageLanguage and getLocale on the server resolve, throw nothing and change nothing', async () => {
  const rejections = [];
  const onRejection = (reason) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    const kit = await import(new URL('index.js', dist).href);
    assert.equal(kit.getLocale(), 'en');
    await kit.setLocale('sv');
    await kit.followPageLanguage();
    await kit.setLocale('nb');
    assert.equal(kit.getLocale(), 'en', 'no page-wide locale on a server: renderToString takes one per call');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(rejections, []);
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  } finally {
    process.off('unhandledRejection', onRejection);
  }
});
