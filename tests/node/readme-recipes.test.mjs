// The README's install recipes are the host apps' own code: each fenced block
// marked `<!-- recipe: <file>#<region> -->` must equal the lines between
// `README: <region>` and `END README` in that file of tests/hosts/, which
// `npm run test:hosts` builds and checks. Edit the app, then copy the region.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const recipes = [...readme.matchAll(/<!-- recipe: ([^#\s]+)#([\w-]+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(
  ([, file, region, code]) => ({ file, region, code }),
);

/** The lines of `file` between `README: <region>` and `END README`, dedented. */
function regionOf(file, region) {
  const lines = readFileSync(`${root}${file}`, 'utf8').split('\n');
  const start = lines.findIndex((line) => new RegExp(`README: ${region}(?![\\w-])`).test(line));
  assert.ok(start >= 0, `${file} has no "README: ${region}" marker`);
  const end = lines.findIndex((line, index) => index > start && line.includes('END README'));
  assert.ok(end > start, `${file}: region ${region} has no END README`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return body.map((line) => line.slice(indent)).join('\n');
}

test('every recipe names a host app file', () => {
  assert.ok(recipes.length >= 10, `found ${recipes.length} recipes`);
  for (const { file } of recipes) {
    assert.match(file, /^tests\/hosts\/[\w-]+\//);
    assert.ok(existsSync(`${root}${file}`), `${file} does not exist`);
  }
});

test("each recipe is its host app's code, character for character", () => {
  for (const { file, region, code } of recipes) assert.equal(code, regionOf(file, region), `${file}#${region}`);
});

test('every host app the tests build has a recipe', () => {
  const hosts = new Set(recipes.map(({ file }) => file.split('/')[2]));
  assert.deepEqual([...hosts].sort(), ['astro', 'esbuild', 'next', 'react', 'vite-ts', 'vue']);
});

test('the README says the package is ESM only', () => {
  assert.match(readme, /\*\*ESM only\*\*/);
});
