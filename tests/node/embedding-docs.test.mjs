// docs/embedding.md's and docs/embedding.sv.md's recipes are the files the browser tests load
// (tests/recipes/recipes.test.ts): each code block marked `<!-- tried: <file> -->` equals that file,
// every recipe file is in both docs, their in-page links lead to their headings, and the Shopify
// section's schema offers exactly the kit's ids with valid defaults.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { schemaOf } from '../recipes/serve-recipes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = ['docs/embedding.md', 'docs/embedding.sv.md'];
const docs = Object.fromEntries(DOCS.map((name) => [name, readFileSync(`${root}${name}`, 'utf8')]));
const blocksOf = (doc) =>
  [...doc.matchAll(/<!-- tried: (tests\/recipes\/[^\s]+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(([, file, code]) => ({ file, code }));

/** The recipe files: everything in tests/recipes/ but the test machinery. */
function recipeFiles(dir = 'tests/recipes') {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return recipeFiles(path);
    return /\.(test\.ts|mjs)$/.test(entry.name) ? [] : [path];
  });
}

for (const name of DOCS) {
  test(`${name}: each recipe block is its file, character for character, and every recipe file is shown`, () => {
    const blocks = blocksOf(docs[name]);
    assert.ok(blocks.length >= 6, `found ${blocks.length} recipe blocks`);
    for (const { file, code } of blocks) assert.equal(code, readFileSync(`${root}${file}`, 'utf8').replace(/\n$/, ''), file);
    const shown = new Set(blocks.map(({ file }) => file));
    for (const file of recipeFiles()) assert.ok(shown.has(file), `${file} is not in ${name}`);
  });

  test(`${name}: its contents links lead to its headings`, () => {
    const prose = docs[name].replace(/^```[\s\S]*?^```/gm, '');
    const anchors = new Set(
      [...prose.matchAll(/^#{1,6} (.+)$/gm)].map(([, text]) =>
        text.replace(/`/g, '').toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-'),
      ),
    );
    const links = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map(([, anchor]) => anchor);
    assert.ok(links.length >= 6);
    for (const anchor of links) assert.ok(anchors.has(anchor), `#${anchor} is no heading of ${name}`);
  });
}

test("the Shopify section's schema: unique ids, defaults among the options, the kit's own ids", async () => {
  const schema = schemaOf(readFileSync(`${root}tests/recipes/shopify/sections/care-widget.liquid`, 'utf8'));
  assert.ok(schema.name && Array.isArray(schema.presets) && schema.presets.length > 0, 'a name and a preset (to appear under Add section)');
  const ids = schema.settings.map((setting) => setting.id);
  assert.equal(new Set(ids).size, ids.length, 'setting ids are unique');
  const options = {};
  for (const setting of schema.settings) {
    assert.ok(setting.type && setting.id && setting.label, JSON.stringify(setting));
    if (setting.type === 'select') {
      options[setting.id] = setting.options.map((option) => option.value);
      assert.ok(options[setting.id].includes(setting.default), `${setting.id}: default ${setting.default} is an option`);
    }
    if (setting.type === 'range') {
      assert.ok(setting.min <= setting.default && setting.default <= setting.max && (setting.default - setting.min) % setting.step === 0, setting.id);
    }
  }
  const { TREATMENT_IDS, TOPIC_IDS, PLAN_IDS } = await import(`${root}dist/domain.js`);
  assert.deepEqual(options.treatment, [...TREATMENT_IDS]);
  assert.deepEqual(options.topic, [...TOPIC_IDS]);
  assert.deepEqual(options.plan, [...PLAN_IDS]);
  assert.deepEqual(options.heading_level, ['2', '3', '4', '5', '6']);
  const elements = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .map((declaration) => declaration.tagName)
    .filter(Boolean);
  for (const widget of options.widget) assert.ok(elements.includes(`care-${widget}`), `care-${widget} is an element`);
});
