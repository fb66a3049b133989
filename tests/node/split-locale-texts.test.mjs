// The script-tag build's text split (scripts/split-locale-texts.mjs): Swedish and
// Norwegian texts of the domain's statements leave the code for lazy chunks, and
// a paraphrase's `renders` (the seed sentence, for the seed-fidelity test) is not
// shipped at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitTexts } from '../../scripts/split-locale-texts.mjs';

const MODULE = `import { paraphrase, say, text } from './text.js';
import { OSTEOPOROSIS_PAIN_TREATMENT as OSTEO } from './sources.js';
const NAME = text('Heat pad', 'Värmekudde', 'Varmepute');
export const QUOTE = say(OSTEO, 'For persistent pain.', 'Vid ihållande smärtor.', 'Ved vedvarende smerter.');
export const USED = paraphrase(
  OSTEO,
  'Värmekuddar används av och till i den akuta fasen efter en kompression, men behandlingseffekten har aldrig dokumenterats.',
  'Now and then in the acute phase.',
  'Av och till i den akuta fasen.',
  'Av og til i den akutte fasen.',
).text;
`;

test('moves the sv and nb of text(), say() and paraphrase() into the tables, in order, keeping English inline', () => {
  const result = splitTexts(MODULE, '/src/domain/example.ts');
  assert.ok(result);
  assert.deepEqual(result.tables.sv, ['Värmekudde', 'Vid ihållande smärtor.', 'Av och till i den akuta fasen.']);
  assert.deepEqual(result.tables.nb, ['Varmepute', 'Ved vedvarende smerter.', 'Av og til i den akutte fasen.']);
  assert.match(result.code, /'Now and then in the acute phase\.'/);
  assert.doesNotMatch(result.code, /Vid ihållande|Av och till|Varmepute/);
});

test('leaves a paraphrase’s renders out of the bundle and keeps its source', () => {
  const { code } = splitTexts(MODULE, '/src/domain/example.ts');
  assert.doesNotMatch(code, /Värmekuddar används/);
  assert.doesNotMatch(code, /paraphrase\(/);
  assert.match(code, /USED = \(\{ source: OSTEO\.id, from: OSTEO, text: __lazyText\('Now and then in the acute phase\.', __texts, 2\) \}\)\.text;/);
  assert.match(code, /QUOTE = \(\{ source: OSTEO\.id, from: OSTEO, text: __lazyText\('For persistent pain\.', __texts, 1\) \}\);/);
});

test('the rewritten module still runs: say() and paraphrase() give a statement whose text loads lazily', async () => {
  const { code } = splitTexts(MODULE, '/src/domain/example.ts');
  // Run the rewritten statements with stand-ins for the lazy-text helpers.
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/^const __texts = .*$/m, '')
    .replace(/export const/g, 'const');
  const run = new Function('__lazyText', '__texts', 'OSTEO', `${body}; return { QUOTE, USED };`);
  const lazy = (en, _table, index) => ({ en, index });
  const OSTEO = { id: 'osteoporosis-pain-treatment' };
  const { QUOTE, USED } = run(lazy, null, OSTEO);
  assert.deepEqual(QUOTE, { source: 'osteoporosis-pain-treatment', from: OSTEO, text: { en: 'For persistent pain.', index: 1 } });
  assert.equal(QUOTE.from, OSTEO, 'the statement holds the source itself');
  assert.deepEqual(USED, { en: 'Now and then in the acute phase.', index: 2 });
});

test('leaves a paraphrase whose texts are not literals alone', () => {
  const code = `import { paraphrase } from './text.js';\nexport const f = (en, sv, nb) => paraphrase(IMS, 'X.', en, sv, nb);\n`;
  assert.equal(splitTexts(code, '/src/domain/x.ts'), null);
});
