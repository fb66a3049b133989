// tests/domain.test.ts runs the domain tests in one browser page; the browser suites run it
// instead of the files themselves, so a domain test file it does not import would never run.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('tests/domain.test.ts imports every domain test file, each once', () => {
  const files = readdirSync(`${root}tests/domain`)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `./domain/${name.replace(/\.ts$/, '.js')}`)
    .sort();
  const page = readFileSync(`${root}tests/domain.test.ts`, 'utf8');
  const imported = [...page.matchAll(/^import '([^']+)';$/gm)].map(([, path]) => path).sort();
  assert.ok(files.length > 0, 'found the domain test files');
  assert.deepEqual(imported, files);
});

test('the browser suites run tests/domain.test.ts, not the domain files one page each', async () => {
  const { default: config } = await import('../../web-test-runner.config.mjs');
  assert.ok(config.files.includes('tests/**/*.test.ts'), 'every test file is found');
  assert.ok(config.files.includes('!tests/domain/**'), 'the domain files are left to tests/domain.test.ts');
});
