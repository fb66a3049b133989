// The one-language bundles' text picking keeps the bundle's language and empties the others, and nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizedTexts, pickTexts } from '../../scripts/pick-locale-texts.mjs';

const code = [
  "const a = text('Stop.', 'Sluta.', 'Stopp.');",
  "const b = say(SOURCE, 'Rest.', 'Vila.', 'Hvil.');",
  "const c = paraphrase(SOURCE, 'Vila ofta.', 'Rest often.', 'Vila ofta.', 'Hvil ofte.');",
  "const d = { en: `Pain`, sv: `Smärta`, nb: 'Smerte' };",
  "const e = { en: ['“', '”'], sv: ['”', '”'], nb: ['«', '»'] };",
  "const f = text(name, 'Sluta.', 'Stopp.');",
  "function provider(en: string, sv: string, nb: string) { return say(P, en, sv, nb); }",
  "const g = provider('Heat.', 'Värme.', 'Varme.');",
].join('\n');

test('keeps the Swedish texts and empties the English, the Norwegian and the seed sentence a paraphrase renders', () => {
  assert.equal(
    pickTexts(code, 'sv'),
    [
      "const a = text('', 'Sluta.', '');",
      "const b = say(SOURCE, '', 'Vila.', '');",
      "const c = paraphrase(SOURCE, '', '', 'Vila ofta.', '');",
      "const d = { en: ``, sv: `Smärta`, nb: '' };",
      "const e = { en: ['“', '”'], sv: ['”', '”'], nb: ['«', '»'] };",
      "const f = text(name, 'Sluta.', 'Stopp.');",
      "function provider(en: string, sv: string, nb: string) { return say(P, en, sv, nb); }",
      "const g = provider('', 'Värme.', '');",
    ].join('\n'),
  );
});

test('keeps the English texts in the English bundle', () => {
  assert.match(pickTexts(code, 'en'), /text\('Stop\.', '', ''\)/);
  assert.match(pickTexts(code, 'en'), /say\(SOURCE, 'Rest\.', '', ''\)/);
});

test('finds each text in its three languages, leaving out what is not all literal', () => {
  assert.deepEqual(localizedTexts(code).map((t) => t.nb), ['Stopp.', 'Hvil.', 'Hvil ofte.', 'Smerte', 'Varme.']);
});

test('leaves a module without texts alone', () => {
  assert.equal(pickTexts('const x = 1;', 'sv'), null);
});
