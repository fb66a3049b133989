// care-widgets/ssr renders the content elements to declarative shadow DOM in
// Swedish and Norwegian: a page shows the content, and who says it, before any
// script runs. The expected texts come from the domain module, so the test
// follows the content, not a copy of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html } from 'lit';

const dist = new URL('../../dist/', import.meta.url);
const { renderToString } = await import(new URL('ssr.js', dist).href);
const domain = await import(new URL('domain.js', dist).href);

/** The shadow root's markup of the first `tag` in `page`. */
function shadowOf(page, tag) {
  const match = new RegExp(`<${tag}\\b[^>]*>\\s*<template shadowroot="open" shadowrootmode="open"[^>]*>([\\s\\S]*?)</template>\\s*</${tag}>`).exec(page);
  assert.ok(match, `<${tag}> has a declarative shadow root`);
  return match[1];
}

/** What a reader sees: no styles, comments, tags or extra spaces. */
function textOf(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const page = html`<care-evidence-card treatment="vertebroplasty"></care-evidence-card>
  <care-evidence-list topic="neuropathic-pain"></care-evidence-list>
  <care-treatment-compare a="ims" b="acupuncture"></care-treatment-compare>
  <care-suitability-check name="suitability"></care-suitability-check>`;

const LABELS = {
  sv: { patient: 'Patientinformation:', provider: 'Enligt behandlingsgivaren:', source: 'Källa:', questions: 'Stämmer något av detta in på dig?' },
  nb: { patient: 'Pasientinformasjon:', provider: 'Ifølge tilbyderen:', source: 'Kilde:', questions: 'Gjelder noe av dette for deg?' },
};

for (const locale of ['sv', 'nb']) {
  test(`renders the card, list, comparison and the checker's questions in ${locale}, with who says it`, async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    let out;
    try {
      out = await renderToString(page, { locale });
    } finally {
      console.warn = warn;
    }
    const labels = LABELS[locale];

    const card = shadowOf(out, 'care-evidence-card');
    const vertebroplasty = domain.getTreatment('vertebroplasty');
    const bare = card.replace(/<!--[\s\S]*?-->/g, '');
    assert.ok(bare.includes(`<div class="root" lang="${locale}">`), 'the content says its language');
    assert.ok(new RegExp(`<h3 [^>]*>${vertebroplasty.name[locale]}</h3>`).test(bare), 'the name is a real heading');
    assert.ok(textOf(card).includes(vertebroplasty.summary[locale]), 'the summary');
    assert.ok(textOf(card).includes(`${labels.patient} ${vertebroplasty.source.publisher[locale]}`), 'who says it');

    const list = textOf(shadowOf(out, 'care-evidence-list'));
    assert.ok(list.startsWith(domain.topicLabel['neuropathic-pain'][locale]), list.slice(0, 80));
    for (const treatment of domain.listTreatments({ topic: 'neuropathic-pain' })) {
      assert.ok(list.includes(treatment.name[locale]), `the list names ${treatment.name[locale]}`);
    }
    assert.ok(list.includes(labels.provider), 'the list says who says it');

    const comparison = domain.compareTreatments('ims', 'acupuncture');
    const compare = textOf(shadowOf(out, 'care-treatment-compare'));
    for (const row of comparison.rows) {
      assert.ok(compare.includes(row.label[locale]) && compare.includes(row.a[locale]) && compare.includes(row.b[locale]), row.id);
    }
    assert.ok(compare.includes(labels.provider), 'the comparison says it is the provider’s');

    const checker = textOf(shadowOf(out, 'care-suitability-check'));
    assert.ok(checker.includes(labels.questions));
    for (const id of domain.CONDITION_IDS) assert.ok(checker.includes(domain.CONDITION_CONTENT[id].label[locale]), id);
    const manufacturer = domain.SOURCES[domain.VERDICT_CONTENT.suitable.statements[0].source].publisher[locale];
    assert.ok(checker.includes(`${labels.source} ${manufacturer}`), `the checker says who says it: ${manufacturer}`);

    for (const english of ['When it is used', 'Show treatments for', 'What is compared', 'Do any of these apply to you?']) {
      assert.ok(!out.includes(english), `no English UI text: ${english}`);
    }
    assert.ok(!out.includes('part="notice"'), 'no notice');
    assert.deepEqual(warnings, []);
  });
}

test('two requests in two languages at once do not mix', async () => {
  const card = html`<care-evidence-card treatment="tens"></care-evidence-card>`;
  const [sv, nb, en] = await Promise.all(['sv', 'nb', 'en'].map((locale) => renderToString(card, { locale })));
  const tens = domain.getTreatment('tens');
  for (const [locale, out] of Object.entries({ sv, nb, en })) {
    assert.ok(textOf(shadowOf(out, 'care-evidence-card')).includes(tens.summary[locale]), locale);
  }
});

test('takes a page’s language tag (sv-SE, no) and renders an unknown one in English with one warning', async () => {
  const card = html`<care-evidence-card treatment="tens"></care-evidence-card>`;
  const tens = domain.getTreatment('tens');
  assert.ok((await renderToString(card, { locale: 'sv-SE' })).includes(tens.name.sv));
  assert.ok((await renderToString(card, { locale: 'no' })).includes(tens.name.nb));
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    assert.ok((await renderToString(card, { locale: 'de' })).includes(tens.name.en));
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /Valid values: en, sv, nb/);
});

test('a missing or bad value renders no notice and warns nothing on the server: the browser decides after hydration', async () => {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  let out;
  try {
    out = await renderToString(html`<care-evidence-card></care-evidence-card><care-evidence-list topic="back-pain"></care-evidence-list>`, { locale: 'sv' });
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(warnings, []);
  assert.ok(!out.includes('part="notice"'));
  assert.equal(textOf(shadowOf(out, 'care-evidence-card')), '');
});
