// The content changelog and CONTENT_VERSION agree: the newest version in
// docs/content-changelog.md is the one the elements show, and each change under
// it names its seed, so a pharmacy that pins a version can read what changed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const version = /CONTENT_VERSION = '([^']+)'/.exec(read('src/domain/content-version.ts'))?.[1];
const changelog = read('docs/content-changelog.md');

/** The changelog's versions (its `## ` headings), newest first, each with its entries (`- ` lines). */
const versions = changelog.split(/^## /m).slice(1).map((section) => ({
  version: section.slice(0, section.indexOf('\n')).trim(),
  entries: [...section.matchAll(/^- (.+(?:\n {2}.+)*)/gm)].map((match) => match[1].replace(/\n\s+/g, ' ')),
}));

test('the newest version in the changelog is CONTENT_VERSION', () => {
  assert.ok(version, 'src/domain/content-version.ts exports CONTENT_VERSION');
  assert.ok(versions.length > 0, 'the changelog has versions');
  assert.equal(versions[0].version, version);
  assert.equal(new Set(versions.map((v) => v.version)).size, versions.length, 'each version once');
});

test('every change of the newest version names its seed and says why', () => {
  const changes = versions[0].entries.filter((entry) => /^\*\*/.test(entry));
  assert.ok(changes.length > 0, 'the newest version lists changes');
  for (const entry of changes) {
    assert.match(entry, /^\*\*(000|001|002|003)\b/, `names its seed: ${entry.slice(0, 80)}`);
    assert.match(entry, /\bWhy\b|\bno change a reader sees\b|\bLeft out\b/i, `says why: ${entry.slice(0, 80)}`);
  }
});
