// WCAG 1.3.3 Sensory Characteristics: instructions for using the elements do not rely on shape,
// colour, size, position or sound alone. Every interface string (the English source and the
// Swedish and Norwegian translations in locales/*.xlf) that uses a word of position, shape,
// colour or sound must be listed here, with the reason it does not rely on it: a new string with
// "the green button" or "the box on the right" fails until someone has looked at it. The medical
// content (src/domain) is not instructions and is not scanned.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SENSORY = {
  en: /\b(left|right|above|below|top|bottom|round|circle|square|shape|colou?r|green|red|yellow|blue|beep|sound|hear|listen|icon|arrow|side)\b/gi,
  sv: /\b(vänster|höger|ovan|ovanför|nedan|nedanför|överst|nederst|rund|cirkel|färg|grön|röd|gul|blå|pip|ljud|hör|ikon|pil)\w*/gi,
  nb: /\b(venstre|høyre|ovenfor|nedenfor|øverst|nederst|rund|sirkel|farge|grønn|rød|gul|blå|pip|lyd|hør|ikon|pil)\w*/gi,
};

/** Reviewed strings: id → why the word does not make the instruction depend on a sense. */
const REVIEWED = {
  'suitability.ack-label': '"the advice above" names the advice; the position only adds to it',
  'side-effects.status': '"Advice below: <names>" names each situation whose advice follows',
  'timer.cue-sound': 'the name of the switch that turns the sound cues on and off, not an instruction',
  'side-effects.bad-situations': '"left out", not a position',
  'side-effects.side-effect': '"Side effect", not a position',
  'timer.note-tinnitus': '"a changed tinnitus sound" names what the patient noticed (the seed\'s tinnitus-ljud), not an instruction',
};

function units(lang) {
  const xlf = readFileSync(`${root}locales/${lang}.xlf`, 'utf8');
  return [...xlf.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(
    ([, id, source, target]) => ({ id, source, target }),
  );
}

test('every interface string with a word of position, shape, colour or sound has been reviewed', () => {
  const found = new Map();
  for (const lang of ['sv', 'nb']) {
    for (const { id, source, target } of units(lang)) {
      for (const [text, pattern] of [
        [source, SENSORY.en],
        [target, SENSORY[lang]],
      ]) {
        for (const [word] of text.matchAll(pattern)) found.set(id, [...(found.get(id) ?? []), word]);
      }
    }
  }
  assert.ok(found.size > 0, 'the scan finds the reviewed strings');
  for (const [id, words] of found) assert.ok(REVIEWED[id], `${id} uses ${[...new Set(words)].join(', ')}: review it for WCAG 1.3.3`);
  for (const id of Object.keys(REVIEWED)) assert.ok(found.has(id), `${id} no longer uses such a word: remove it from REVIEWED`);
});
