// Each script-tag bundle's lazy Swedish and Norwegian UI messages hold every
// message its code asks for (an id missing would show English on a Swedish
// page), and none from a namespace (`timer.`, `suitability.`, …) its code
// never uses: a Swedish page with the checker does not download the timer's texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { read, measureCdn } from '../../scripts/size.mjs';

const rows = measureCdn();
/** Every message id the kit has, from the generated Swedish module. */
const allIds = [...readFileSync(new URL('../../src/generated/locales/sv.ts', import.meta.url), 'utf8').matchAll(/^'([\w.-]+)':/gm)].map((m) => m[1]);
const idsIn = (code) => new Set(allIds.filter((id) => code.includes(`"${id}"`)));
const namespace = (id) => id.slice(0, id.indexOf('.'));

for (const locale of ['sv', 'nb']) {
  test(`each bundle's ${locale} message chunk has the messages its code uses, and no other element's`, () => {
    for (const row of rows) {
      const chunk = row.lazy.find((lazy) => new RegExp(`^chunks/${row.name}-${locale}-[\\w-]{8}\\.js$`).test(lazy.file));
      assert.ok(chunk, `${row.name} has a lazy ${locale} message chunk`);
      const used = idsIn(row.files.map(read).join('\n'));
      const shipped = idsIn(read(chunk.file));
      assert.ok(used.size > 0, `${row.name} uses messages`);
      assert.deepEqual([...used].filter((id) => !shipped.has(id)), [], `${row.name}: messages missing from its ${locale} chunk`);
      const namespaces = new Set([...used].map(namespace));
      const foreign = [...shipped].filter((id) => !namespaces.has(namespace(id)));
      assert.deepEqual(foreign, [], `${row.name}: other elements' messages in its ${locale} chunk`);
    }
  });
}
