import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/suitability-check/define.js';
import type { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

function checkbox(el: CareSuitabilityCheck, id: string): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
}

async function tick(el: CareSuitabilityCheck, ...ids: string[]): Promise<void> {
  for (const id of ids) checkbox(el, id).click();
  await el.updateComplete;
}

const resultText = (el: CareSuitabilityCheck) => el.shadowRoot!.querySelector('.result')!.textContent!.replace(/\s+/g, ' ');

describe('<care-suitability-check>', () => {
  afterEach(() => followPageLanguage());

  it('asks the question and lists every condition as a labelled native checkbox, grouped in fieldsets', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('legend.title')!.textContent).to.contain('Do any of these apply to you?');
    expect(root.querySelectorAll('fieldset.group')).to.have.length(5);
    const boxes = root.querySelectorAll('input[type="checkbox"]');
    expect(boxes).to.have.length(14);
    for (const box of boxes) expect(box.closest('label')!.textContent!.trim()).not.to.equal('');
    expect(resultText(el)).to.contain('3 × 10 seconds');
    expect(resultText(el)).to.contain('This is not a medical assessment.');
    expect(resultText(el)).to.contain('The manufacturer of IQoro');
  });

  it('shows the most restrictive result and keeps every ticked condition’s own advice', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    await tick(el, 'whiplash');
    expect(el.value).to.equal('caution');
    expect(resultText(el)).to.contain('3 seconds for the first two to three weeks');
    expect(resultText(el)).to.contain('lips that tense');
    await tick(el, 'achalasia-cardiae');
    expect(el.value).to.equal('avoid');
    const text = resultText(el);
    expect(text).to.contain('contact customer support for advice before you order an IQoro');
    expect(text).to.contain('careful follow-up');
    expect(text).to.contain('lips that tense');
  });

  it('shows the seed’s wording for stroke, progressive diseases and individual assessment', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    await tick(el, 'parkinsons');
    expect(el.value).to.equal('effect-not-established');
    expect(resultText(el)).to.contain('not scientifically established');
    await tick(el, 'high-muscle-tone');
    expect(el.value).to.equal('individual-assessment');
    expect(resultText(el)).to.contain('multidisciplinary team');
    await tick(el, 'stroke-within-7-days');
    expect(el.value).to.equal('wait');
    expect(resultText(el)).to.contain('first week after a stroke');
  });

  it('fires care-suitability-change with verdict and plan, and conditions only when the host opts in', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    setTimeout(() => checkbox(el, 'tinnitus').click());
    const event = await oneEvent(el, 'care-suitability-change');
    expect(event.detail).to.deep.equal({ verdict: 'caution', plan: 'caution' });
    expect(event.bubbles && event.composed).to.equal(true);

    const sharing = await fixture<CareSuitabilityCheck>(html`<care-suitability-check share-conditions></care-suitability-check>`);
    setTimeout(() => checkbox(sharing, 'tinnitus').click());
    const shared = await oneEvent(sharing, 'care-suitability-change');
    expect(shared.detail).to.deep.equal({ verdict: 'caution', plan: 'caution', conditions: ['tinnitus'] });
  });

  it('asks the host to open the caution plan, and offers the gentle start when suitable', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    setTimeout(() => buttons()[1].click());
    expect((await oneEvent(el, 'care-plan-request')).detail).to.deep.equal({ plan: 'gentle-start' });
    await tick(el, 'peripheral-facial-palsy');
    expect(buttons()).to.have.length(1);
    setTimeout(() => buttons()[0].click());
    expect((await oneEvent(el, 'care-plan-request')).detail).to.deep.equal({ plan: 'caution' });
    await tick(el, 'trigeminal-neuralgia');
    expect(buttons()).to.have.length(0);
  });

  it('submits its verdict under its name and resets with the form, never the conditions', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><care-suitability-check name="iqoro-check"></care-suitability-check></form>`);
    const el = form.querySelector('care-suitability-check')!;
    expect(new FormData(form).get('iqoro-check')).to.equal('suitable');
    await tick(el, 'tinnitus');
    const data = new FormData(form);
    expect(data.get('iqoro-check')).to.equal('caution');
    expect([...data.keys()]).to.deep.equal(['iqoro-check']);
    form.reset();
    await el.updateComplete;
    expect(checkbox(el, 'tinnitus').checked).to.equal(false);
    expect(new FormData(form).get('iqoro-check')).to.equal('suitable');
  });

  it('with require-acknowledgement, keeps the form invalid on a blocking verdict until acknowledged', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><care-suitability-check name="c" require-acknowledgement></care-suitability-check></form>`,
    );
    const el = form.querySelector('care-suitability-check')!;
    expect(form.checkValidity()).to.equal(true);
    await tick(el, 'stroke-within-7-days');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('confirm that you have read');
    el.shadowRoot!.querySelector<HTMLInputElement>('#acknowledge')!.click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    await tick(el, 'achalasia-cardiae');
    expect(form.checkValidity(), 'a new blocking verdict asks again').to.equal(false);
  });

  it('is disabled with its fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><care-suitability-check></care-suitability-check></fieldset></form>`);
    const el = form.querySelector('care-suitability-check')!;
    await el.updateComplete;
    expect(checkbox(el, 'als').disabled).to.equal(true);
  });

  it('links a valid support contact and refuses other schemes with a notice and a warning', async () => {
    const el = await fixture<CareSuitabilityCheck>(
      html`<care-suitability-check support-href="tel:+46 10 123 45 67"></care-suitability-check>`,
    );
    await tick(el, 'trigeminal-neuralgia');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.contact a')!;
    expect(link.getAttribute('href')).to.match(/^tel:/);
    expect(link.textContent).to.contain('+46 10 123 45 67');
    await afterHostGrace(); // past the moment a host framework gets to set properties

    const warnings = await captureWarnings(async () => {
      el.supportHref = 'javascript:alert(1)';
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('tel:, mailto:, http: or https:');
    expect(el.shadowRoot!.querySelector('.contact a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('not valid');
  });

  it('takes a slotted contact instead of the attribute', async () => {
    const el = await fixture<CareSuitabilityCheck>(
      html`<care-suitability-check><a slot="support" href="mailto:hjalp@apotek.example">Mejla oss</a></care-suitability-check>`,
    );
    await tick(el, 'paraesophageal-hernia');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="support"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Mejla oss');
  });

  it('follows <html lang> live, and shows glossary terms in Swedish and Norwegian', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    // While the new language's texts load, the element is deliberately empty (hideWhileTextsLoad): no legend then.
    const legend = () => el.shadowRoot!.querySelector('legend.title')?.textContent ?? '';
    try {
      // The translations load lazily: wait for the re-render rather than a fixed time.
      document.documentElement.lang = 'sv-SE';
      await waitUntil(() => legend().includes('Stämmer något av detta in på dig?'), 'follows lang="sv-SE"', { timeout: 3000 });
      expect(el.shadowRoot!.textContent).to.contain('trigeminusneuralgi');
      document.documentElement.lang = 'nn';
      await waitUntil(() => legend().includes('Gjelder noe av dette for deg?'), 'follows lang="nn"', { timeout: 3000 });
      expect(el.shadowRoot!.textContent).to.contain('trigeminusnevralgi');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('warns and says so in the element for an unknown lang, and still renders', async () => {
    let el!: CareSuitabilityCheck;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check lang="de"></care-suitability-check>`);
      await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('Valid values: en, sv, nb');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('“de”');
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(14);
  });

  describe('content after the second reading (issue 12)', () => {
    const heading = (el: CareSuitabilityCheck) => el.shadowRoot!.querySelector('#result-heading')!.textContent!.replace(/\s+/g, ' ').trim();

    it('8: MS, Parkinson’s, ALS and dementia get their own result, and submit it', async () => {
      const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
      await tick(el, 'dementia');
      expect(el.value).to.equal('effect-not-established');
      expect(heading(el)).to.contain('The manufacturer does not advise against training');
      expect(heading(el)).not.to.contain('Nothing you have ticked');
      expect(resultText(el)).to.contain('Examples of neurological diseases');
    });

    it('9: heads the high-muscle-tone result with "advised against unless the care team decides otherwise"', async () => {
      const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
      expect(checkbox(el, 'high-muscle-tone').closest('label')!.textContent).to.contain('care team');
      await tick(el, 'high-muscle-tone');
      expect(heading(el)).to.equal('Training with IQoro is advised against, unless the care team decides otherwise');
      await useLocale('sv');
      expect(heading(el)).to.contain('avråds');
    });

    it('10 and 11: tells the paraesophageal hernia from hiatal hernia, and says what counts as achalasia', async () => {
      const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
      expect(checkbox(el, 'paraesophageal-hernia').closest('label')!.textContent).to.contain('not the ordinary hiatal hernia');
      await tick(el, 'paraesophageal-hernia', 'achalasia-cardiae');
      const text = resultText(el);
      expect(text).to.contain('stays below the diaphragm');
      expect(text).to.contain('only the full Latin name, achalasia cardiae');
      expect(text).to.contain('upper oesophageal sphincter');
      expect(text, 'the avoid result names the three conditions').to.contain('trigeminal neuralgia, paraesophageal hernia and achalasia');
    });
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`accessibility (${locale})`, () => {
      beforeEach(() => useLocale(locale));

      for (const ticked of [[], ['tinnitus'], ['stroke-within-7-days'], ['high-muscle-tone'], ['achalasia-cardiae', 'als']]) {
        it(`has no axe violations with ${ticked.join(', ') || 'nothing'} ticked`, async () => {
          const el = await fixture<CareSuitabilityCheck>(
            html`<care-suitability-check require-acknowledgement support-href="mailto:kundtjanst@example.se"></care-suitability-check>`,
          );
          await tick(el, ...ticked);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('keeps focus on the checkbox the user just ticked', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    const box = checkbox(el, 'whiplash');
    box.focus();
    box.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(box);
  });

  it('is operated with the keyboard alone: Tab to a condition, Space ticks it', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    el.focus();
    expect(el.shadowRoot!.activeElement, 'focus goes to the first condition').to.equal(checkbox(el, 'trigeminal-neuralgia'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(checkbox(el, 'paraesophageal-hernia'));
    expect(el.value).to.equal('avoid');
  });

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    const restore = phoneWidth(320);
    try {
      const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check support-href="https://apotek.example/kundtjanst"></care-suitability-check>`);
      await tick(el, 'peripheral-facial-palsy', 'achalasia-cardiae');
      const right = el.getBoundingClientRect().right;
      expect(right).to.be.at.most(320);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*:not(.visually-hidden)')) {
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
      }
      expect(pageContentWidth()).to.be.at.most(320);
    } finally {
      restore();
    }
  });

  it('keeps enough contrast on a dark host page', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="background:#121416;color:#e8eaed;padding:1rem"><care-suitability-check></care-suitability-check></div>`,
    );
    const el = host.querySelector('care-suitability-check')!;
    for (const ticked of [[], ['achalasia-cardiae'], ['tinnitus'], ['stroke-within-7-days']]) {
      for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')) box.click();
      await tick(el, ...ticked);
      await expect(host).to.be.accessible();
    }
  });
});
