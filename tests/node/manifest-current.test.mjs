// The committed custom-elements.json is what `npm run manifest` makes of the
// sources today. Frameworks' editors, the JSX types, the embed builder and the
// docs read it, and the package ships it; a JSDoc change (an attribute, an
// `@values` reference, a part) that nobody re-ran the analyzer for shipped a
// stale or broken manifest, which only the host apps' slower build noticed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('custom-elements.json is up to date with the sources (else run `npm run manifest` and commit it)', () => {
  const out = mkdtempSync(join(tmpdir(), 'care-manifest-'));
  try {
    // The analyzer joins --outdir to its working directory, so it is given as a path relative to the project.
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', relative(root, out)], {
      cwd: root,
      stdio: 'pipe',
    });
    const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(committed, fresh);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
