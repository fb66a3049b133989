// The script-tag bundles (dist/cdn, built by `npm run build:test`) stay within
// their size budgets, and a page downloads only its own language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGETS } from '../../scripts/budgets.mjs';
import { measureCdn } from '../../scripts/size.mjs';

const rows = measureCdn();
const kb = (bytes) => bytes / 1024;

test('each element alone, Lit and its English text included, is within the element budget', () => {
  for (const row of rows.filter((r) => r.name !== 'care-widgets')) {
    assert.ok(kb(row.gzip) <= BUDGETS.element.limit, `${row.name}: ${kb(row.gzip).toFixed(1)} KB gzip > ${BUDGETS.element.limit} KB`);
  }
});

test('the whole kit is within the kit budget', () => {
  const kit = rows.find((r) => r.name === 'care-widgets');
  assert.ok(kit, 'dist/cdn/care-widgets.js exists');
  assert.ok(kb(kit.gzip) <= BUDGETS.kit.limit, `care-widgets: ${kb(kit.gzip).toFixed(1)} KB gzip > ${BUDGETS.kit.limit} KB`);
});

test('every lazily loaded language chunk is within its budget', () => {
  for (const row of rows) {
    for (const chunk of row.lazy) {
      assert.ok(kb(chunk.gzip) <= BUDGETS.lazyChunk.limit, `${chunk.name}: ${kb(chunk.gzip).toFixed(1)} KB gzip`);
    }
  }
});

test('Swedish and Norwegian texts are in lazy chunks, not in the bundles a page loads first', () => {
  for (const row of rows) {
    assert.ok(row.lazy.some((chunk) => /-sv[.-]/.test(chunk.name)), `${row.name} has lazy sv chunks`);
    assert.ok(row.lazy.some((chunk) => /-nb[.-]/.test(chunk.name)), `${row.name} has lazy nb chunks`);
  }
});
