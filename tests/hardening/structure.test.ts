/**
 * Structure for assistive technology and for small and forced-colour screens:
 * real headings at a level the host sets, a required checkbox that says so
 * before submission, no overflow at 320 px, system colours in forced-colours mode.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import type { CareSideEffectGuide } from '../../src/elements/side-effect-guide/side-effect-guide.js';
import { afterHostGrace } from '../helpers/grace.js';
import { captureWarnings } from '../helpers/locale.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';

async function tick(el: CareSuitabilityCheck, ...ids: string[]): Promise<void> {
  for (const id of ids) el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
  await el.updateComplete;
}

const headings = (root: ParentNode) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);

describe('the checker’s structure', () => {
  it('gives the result a real heading, level 3 by default, and each condition’s advice one level below', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    await tick(el, 'whiplash');
    const result = el.shadowRoot!.querySelector('.result')!;
    const found = headings(result);
    expect(found[0]).to.match(/^h3 /);
    expect(result.getAttribute('aria-labelledby')).to.equal(result.querySelector('h3')!.id);
    expect(found.slice(1).length).to.be.greaterThan(0);
    for (const heading of found.slice(1)) expect(heading).to.match(/^h4 /);
  });

  it('follows heading-level, and refuses a bad one with a notice and one warning', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check heading-level="2"></care-suitability-check>`);
    await tick(el, 'whiplash');
    expect(headings(el.shadowRoot!)[0]).to.match(/^h2 /);
    await afterHostGrace(); // past the moment a host framework gets to set properties
    const warnings = await captureWarnings(async () => {
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('2, 3, 4, 5, 6');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('level 3');
    expect(headings(el.shadowRoot!)[0]).to.match(/^h3 /);
  });

  it('marks the acknowledgement checkbox required, and says so, before anything is submitted', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check require-acknowledgement></care-suitability-check>`);
    await tick(el, 'achalasia-cardiae');
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#acknowledge')!;
    expect(box.required || box.getAttribute('aria-required') === 'true').to.equal(true);
    expect(box.closest('label')!.textContent).to.match(/required/i);
  });

  it('does not overflow at 320 px with a long support-href', async () => {
    const restore = phoneWidth(320);
    try {
      const el = await fixture<CareSuitabilityCheck>(
        html`<care-suitability-check
          support-href="https://www.apotek.example/kundtjanst/kontakta-oss/fragor-om-iqoro-och-traningsprogrammet-for-munnen-och-svaljet"
        ></care-suitability-check>`,
      );
      await tick(el, 'achalasia-cardiae');
      expect(el.shadowRoot!.querySelector('.contact a')).to.exist;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.shadowRoot!.querySelector('.contact a')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(pageContentWidth()).to.be.at.most(320);
    } finally {
      restore();
    }
  });
});

describe('the side-effect guide’s structure', () => {
  it('makes “What it is”, “Why it happens”, “What to do” and “When to contact” real headings, level 3 by default', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`);
    const answer = el.shadowRoot!.querySelector('details[data-situation="blood-taste"]')!;
    const found = headings(answer);
    expect(found).to.include.members(['h3 What it is', 'h3 Why it happens', 'h3 What to do', 'h3 When to contact customer support']);
  });

  it('follows heading-level', async () => {
    const el = await fixture<CareSideEffectGuide>(
      html`<care-side-effect-guide situations="blood-taste" heading-level="4"></care-side-effect-guide>`,
    );
    expect(headings(el.shadowRoot!.querySelector('details[data-situation="blood-taste"]')!)).to.include('h4 What it is');
  });
});

/**
 * The rules an element's stylesheets apply when `@media (forced-colors: active)`
 * matches, applied unconditionally in a sheet of their own: the test browser
 * cannot switch forced colours on (web-test-runner's emulateMedia does not pass
 * it to Chromium), so this shows what those rules do when it is on.
 */
function applyForcedColorRules(el: HTMLElement): void {
  const rules: string[] = [];
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
        rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
      }
    }
  }
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, forced];
}

function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('forced-colours mode', () => {
  for (const ticked of [['achalasia-cardiae'], ['stroke-within-7-days'], ['whiplash'], []]) {
    it(`draws the checker’s result icon (${ticked.join(', ') || 'suitable'}) in a system colour`, async () => {
      const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
      await tick(el, ...ticked);
      applyForcedColorRules(el);
      const icon = el.shadowRoot!.querySelector('.result svg')!;
      expect(getComputedStyle(icon).color).to.equal(systemColor('CanvasText'));
    });
  }

  it('draws the guide’s harmless mark in a system colour', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`);
    applyForcedColorRules(el);
    const icon = el.shadowRoot!.querySelector('.harmless svg')!;
    expect(getComputedStyle(icon).color).to.equal(systemColor('CanvasText'));
  });
});
