// The one-language bundles' texts are written as themselves: TypeScript's printer
// escapes every non-ASCII letter of a translated text (`\u00E4` for ä), six bytes
// for one, and scripts/localize-transform.mjs writes them back (unescapeText).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CDN_DIR } from '../../scripts/build-cdn.mjs';
import { unescapeText } from '../../scripts/localize-transform.mjs';

test('unescapeText writes escaped letters and punctuation as themselves, in strings and templates', () => {
  assert.equal(unescapeText('html`Jag har l\\u00E4st r\\u00E5den`'), 'html`Jag har läst råden`');
  assert.equal(unescapeText("'\\u00C5terh\\u00E4mtning \\u201Dcitat\\u201D'"), "'Återhämtning ”citat”'");
  assert.equal(unescapeText('`\\u00E4\\u00F6`'), '`äö`');
});

test('unescapeText keeps what is not an escape, and characters that are invisible or end a line', () => {
  // An escaped backslash followed by "u00E4" is text, not an escape; an odd run ends in one.
  assert.equal(unescapeText("'\\\\u00E4'"), "'\\\\u00E4'");
  assert.equal(unescapeText("'\\\\\\u00E4'"), "'\\\\ä'");
  // ASCII, a no-break space, the line separator and a byte-order mark stay escaped.
  assert.equal(unescapeText("'\\u0041\\u00A0\\u2028\\uFEFF'"), "'\\u0041\\u00A0\\u2028\\uFEFF'");
});

for (const lang of ['sv', 'nb']) {
  test(`the ${lang}/standalone/ bundles hold no escaped letters`, () => {
    const dir = resolve(CDN_DIR, lang, 'standalone');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
      const escaped = readFileSync(resolve(dir, file), 'utf8').match(/\\u00(?:C[0-9A-F]|D[0-689A-F]|E[0-9A-F]|F[0-689A-F])/g) ?? [];
      assert.deepEqual(escaped, [], `${file} writes ${escaped.length} letters as escapes`);
    }
  });
}
