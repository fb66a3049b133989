// The README's table of contents (its "Contents" section) lists every `##` section, and every link
// in it leads somewhere: to a heading of the README or to a file of the repository. Other changes
// add sections; this keeps the contents honest.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
// Headings outside fenced code blocks.
const prose = readme.replace(/^```[\s\S]*?^```/gm, '');
const headings = [...prose.matchAll(/^(#{1,6}) (.+)$/gm)].map(([, hashes, text]) => ({ level: hashes.length, text: text.trim() }));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors() {
  const seen = new Map();
  return headings.map(({ text }) => {
    const base = text
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  });
}

const toc = /^## Contents\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
const links = [...toc.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map(([, target]) => target);

test('the README has a Contents section near the top', () => {
  assert.ok(toc, 'no "## Contents" section');
  const first = headings.find(({ level }) => level === 2);
  assert.equal(first?.text, 'Contents', 'Contents is the first ## section');
});

test('every ## section is in the contents', () => {
  const listed = new Set(links.filter((link) => link.startsWith('#')).map((link) => link.slice(1)));
  const all = anchors();
  headings.forEach(({ level, text }, index) => {
    if (level === 2 && text !== 'Contents') assert.ok(listed.has(all[index]), `"## ${text}" (#${all[index]}) is not in the contents`);
  });
});

test('every link in the contents leads to a heading or a file', () => {
  const all = new Set(anchors());
  assert.ok(links.length > 0);
  for (const link of links) {
    if (link.startsWith('#')) assert.ok(all.has(link.slice(1)), `${link} is no heading of the README`);
    else assert.ok(existsSync(`${root}${link.split('#')[0]}`), `${link} is no file`);
  }
});

test('the contents name the recipes and the accessibility statement', () => {
  for (const file of ['docs/embedding.md', 'docs/accessibility.md', 'docs/accessibility.sv.md']) assert.ok(links.includes(file), file);
});
