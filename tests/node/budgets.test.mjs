// The script-tag bundles (dist/cdn, built by `npm run build:test`) stay within
// their size budgets (scripts/budgets.mjs): what a page in each language
// downloads, from the self-contained files (one element or the whole kit) and
// from the shared-runtime ones (two elements, or one), and each element's code
// and styles; and a page downloads only its own language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGETS, CODE_BUDGETS, PAGE_BUDGETS, budgetOf } from '../../scripts/budgets.mjs';
import { measureCdn, measurePages } from '../../scripts/size.mjs';

const rows = measureCdn();
const pages = measurePages();
const kb = (bytes) => bytes / 1024;

for (const language of ['sv', 'nb', 'en']) {
  test(`a ${language} page with the one-language bundles stays within its requests and gzip bytes`, () => {
    for (const page of pages) {
      const { requests, gzip, litCopies } = page.languages[language][page.delivery];
      const budget = budgetOf(PAGE_BUDGETS, page.name);
      assert.ok(requests <= budget.requests.limit, `${language} ${page.name}: ${requests} requests > ${budget.requests.limit}`);
      assert.ok(kb(gzip) <= budget.gzip.limit, `${language} ${page.name}: ${kb(gzip).toFixed(1)} KB gzip > ${budget.gzip.limit} KB`);
      assert.equal(litCopies, 1, `${language} ${page.name}: ${litCopies} copies of Lit`);
    }
  });

  test(`a ${language} page with one element or the whole kit from the shared-runtime bundles stays within its limit`, () => {
    for (const page of pages.filter((p) => p.bundles.length === 1)) {
      const { requests, gzip, litCopies } = page.languages[language].shared;
      const { shared } = budgetOf(PAGE_BUDGETS, page.name);
      assert.equal(requests, shared.requests, `${language} ${page.name}: ${requests} requests`);
      assert.ok(kb(gzip) <= shared.gzip, `${language} ${page.name}: ${kb(gzip).toFixed(1)} KB gzip > ${shared.gzip} KB`);
      assert.equal(litCopies, 1, `${language} ${page.name}: ${litCopies} copies of Lit`);
    }
  });
}

test('two bundles of one language share one runtime: the page downloads Lit once', () => {
  // Two elements, and a clinic's page with the patient kit and <care-plan-handoff>.
  for (const name of ['checker + timer', 'kit + plan-handoff']) {
    const page = pages.find((p) => p.name === name);
    assert.ok(page, name);
    for (const language of ['sv', 'nb', 'en']) {
      assert.equal(page.delivery, 'shared');
      assert.deepEqual(page.languages[language].shared.files.filter((file) => file.endsWith('/care-runtime.js')), [`${language}/care-runtime.js`], `${language} ${name}`);
      assert.equal(page.languages[language].shared.litCopies, 1, `${language} ${name}`);
    }
  }
});

test("each element's code and styles, apart from Lit and prose, is within its budget", () => {
  for (const page of pages.filter((p) => p.bundles.length === 1 && p.name !== 'whole kit')) {
    const limit = budgetOf(CODE_BUDGETS, page.name).limit;
    assert.ok(page.codeAndStyles !== undefined, `${page.name}: the Lit size is recorded`);
    assert.ok(kb(page.codeAndStyles) <= limit, `${page.name}: ${kb(page.codeAndStyles).toFixed(1)} KB > ${limit} KB`);
  }
});

test('each language-following element bundle alone, Lit and its English text included, is within the element budget', () => {
  for (const row of rows.filter((r) => r.name !== 'care-widgets')) {
    const { limit } = budgetOf(BUDGETS, row.name);
    assert.ok(kb(row.gzip) <= limit, `${row.name}: ${kb(row.gzip).toFixed(1)} KB gzip > ${limit} KB`);
  }
});

test('the language-following whole kit is within the kit budget', () => {
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

test('in the language-following bundles, Swedish and Norwegian texts are in lazy chunks, not in the bundles a page loads first', () => {
  for (const row of rows) {
    assert.ok(row.lazy.some((chunk) => /-sv[.-]/.test(chunk.name)), `${row.name} has lazy sv chunks`);
    assert.ok(row.lazy.some((chunk) => /-nb[.-]/.test(chunk.name)), `${row.name} has lazy nb chunks`);
  }
});
