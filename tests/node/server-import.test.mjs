// Every built entry imports under Node, as a host's server (Next.js, Astro,
// Vite SSR) loads it: with Node's own conditions, and with the `browser`
// condition on (bundlers for edge runtimes and some test setups add it).
// `setLocale` and `followPageLanguage` on the server resolve and change nothing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

const dist = new URL('../../dist/', import.meta.url);
// Every JavaScript entry the package exports (index, domain, react, ssr, jsx-*, each element).
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const ENTRIES = Object.values(pkg.exports)
  .map((target) => (typeof target === 'string' ? target : target.default))
  .map((target) => /^\.\/dist\/([^/*]+)\.js$/.exec(target)?.[1])
  .filter(Boolean);

/** Imports `name` in a fresh Node with `conditions`: 'ok', or the error; plus what it left on globalThis. */
async function importAlone(name, conditions) {
  const script = `
    let outcome = 'ok';
    try {
      await import(${JSON.stringify(new URL(`${name}.js`, dist).href)});
    } catch (error) {
      outcome = String(error?.stack ?? error).split('\\n').slice(0, 2).join(' ');
    }
    console.log(JSON.stringify({ outcome, globals: [typeof window, typeof document, typeof HTMLElement].join(' ') }));`;
  const { stdout } = await run(process.execPath, [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script], {
    cwd: new URL('../../', import.meta.url),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

for (const [label, conditions] of [
  ['Node’s own conditions', []],
  ['the browser condition', ['browser']],
]) {
  test(`each entry (${ENTRIES.join(', ')}), alone in a fresh Node, imports under ${label} without throwing, and leaves no DOM globals behind`, async () => {
    const results = await Promise.all(ENTRIES.map((name) => importAlone(name, conditions)));
    ENTRIES.forEach((name, i) => {
      assert.equal(results[i].outcome, 'ok', `dist/${name}.js: ${results[i].outcome}`);
      assert.equal(results[i].globals, 'undefined undefined undefined', `dist/${name}.js leaves window, document, HTMLElement undefined`);
    });
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
