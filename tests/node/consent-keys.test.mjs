// The consent recipes (docs/embedding.md, docs/embedding.sv.md) give site owners the storage keys to declare in
// their consent banner. A key the timer writes but the declaration does not name is storage the site cannot declare:
// this test reads the keys from the built domain module and the timer's sources, so a new schema version or a new
// key fails here until the declarations name it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

async function keysTheTimerWrites() {
  const domain = await import(new URL('dist/domain.js', root).href);
  const logController = await read('src/elements/stretch-timer/log-controller.ts');
  const handoffController = await read('src/elements/stretch-timer/handoff-controller.ts');
  const probe = /probe\(`\$\{LOG_KEY_PREFIX\}(:[a-z]+)`\)/.exec(logController);
  const plan = /PLAN_KEY_PREFIX = '([^']+)'/.exec(handoffController);
  assert.ok(probe, 'the storage probe key is built as `${LOG_KEY_PREFIX}:…` in log-controller.ts');
  assert.ok(plan, 'the hand-off plan key is PLAN_KEY_PREFIX in handoff-controller.ts');
  return [domain.logKey(), `${domain.LOG_KEY_PREFIX}${probe[1]}`, plan[1]];
}

for (const doc of ['docs/embedding.md', 'docs/embedding.sv.md']) {
  test(`${doc} declares every localStorage key the timer writes`, async () => {
    const text = await read(doc);
    for (const key of await keysTheTimerWrites()) {
      assert.ok(text.includes(`\`${key}\``), `${doc} does not name ${key}`);
    }
  });
}
