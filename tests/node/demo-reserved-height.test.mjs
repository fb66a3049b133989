// The demo pages hold each widget's height before its tag is defined and while
// its texts load (demo/demo.css: --care-pending-min-height and a
// :not(:defined) rule), so nothing below a widget moves when it appears
// (Lighthouse's layout shift, CLS 0: `npm run bench`). A widget added to a
// page without its height in demo.css would shift the page.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const demo = new URL('../../demo/', import.meta.url);
const css = readFileSync(new URL('demo.css', demo), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const pages = readdirSync(demo).filter((file) => file.endsWith('.html'));
const tagsOn = (page) => new Set([...readFileSync(new URL(page, demo), 'utf8').matchAll(/<(care-[a-z-]+)/g)].map((m) => m[1]));

/** The selectors of each rule that sets --care-pending-min-height, and the tags of the :not(:defined) rule. */
const reserved = new Set(
  [...css.matchAll(/([^{}]+)\{[^}]*--care-pending-min-height\s*:/g)].flatMap((m) => m[1].split(',').map((s) => s.trim())),
);
const pendingRule = /:is\(([^)]*)\):not\(:defined\)\s*\{[^}]*min-block-size:\s*var\(--care-pending-min-height\)/.exec(css);
const undefinedTags = new Set((pendingRule?.[1] ?? '').split(',').map((s) => s.trim()));

test('demo.css holds the height of every widget on a demo page before it is defined', () => {
  const used = new Set(pages.flatMap((page) => [...tagsOn(page)]));
  assert.ok(used.has('care-plan-handoff'), 'the clinic page shows <care-plan-handoff>');
  for (const tag of used) {
    assert.ok(reserved.has(tag), `${tag} has a --care-pending-min-height in demo/demo.css`);
    assert.ok(undefinedTags.has(tag), `${tag} is in demo/demo.css's :is(…):not(:defined) rule`);
  }
});
