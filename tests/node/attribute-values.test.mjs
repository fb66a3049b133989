// The manifest's attribute values (scripts/cem-attribute-values.mjs), which the
// embed builder turns into selects and checkboxes, are the kit's own id lists:
// an id added to the domain reaches the builder through `npm run manifest`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { valuesText } from '../../scripts/cem-attribute-values.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const domain = await import(new URL('../../dist/domain.js', import.meta.url).href);

function attribute(tag, name) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration.attributes.find((a) => a.name === name);
    }
  }
  return undefined;
}

test('writes a union for one value and a list for a token list', () => {
  assert.equal(valuesText({ values: ['full', 'compact'], list: false }), "'full' | 'compact'");
  assert.equal(valuesText({ values: [2, 3], list: false }), '2 | 3');
  assert.equal(valuesText({ values: ['a', 'b'], list: true }), "('a' | 'b')[]");
});

test("the committed manifest's values are the domain's id lists", () => {
  const union = (ids) => ids.map((id) => `'${id}'`).join(' | ');
  assert.equal(attribute('care-evidence-card', 'treatment').parsedType.text, union(domain.TREATMENT_IDS));
  assert.equal(attribute('care-treatment-compare', 'a').parsedType.text, union(domain.TREATMENT_IDS));
  assert.equal(attribute('care-evidence-list', 'topic').parsedType.text, union(domain.TOPIC_IDS));
  assert.equal(attribute('care-evidence-list', 'phase').parsedType.text, union(['all', ...domain.PHASES]));
  assert.equal(attribute('care-stretch-timer', 'plan').parsedType.text, union(domain.PLAN_IDS));
  assert.equal(attribute('care-side-effect-guide', 'situations').parsedType.text, `(${union(domain.SIDE_EFFECT_IDS)})[]`);
  assert.equal(attribute('care-suitability-check', 'heading-level').parsedType.text, '2 | 3 | 4 | 5 | 6');
  // Named with `from`, where the element's file does not import the type.
  assert.equal(attribute('care-stretch-timer', 'heading-level').parsedType.text, '2 | 3 | 4 | 5 | 6');
  // The declared type is kept: a host may still give any string and gets the element's notice.
  assert.equal(attribute('care-evidence-card', 'treatment').type.text, 'string | null');
});
