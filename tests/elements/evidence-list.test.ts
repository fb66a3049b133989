import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/evidence-list/define.js';
import type { CareEvidenceList } from '../../src/elements/evidence-list/evidence-list.js';
import { listTreatments } from '../../src/domain/treatments.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: CareEvidenceList, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const names = (el: CareEvidenceList) => [...el.shadowRoot!.querySelectorAll('[part="name"]')].map(text);
const radio = (el: CareEvidenceList, value: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
const checked = (el: CareEvidenceList) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;

async function list(attributes: string): Promise<CareEvidenceList> {
  const host = await fixture<HTMLDivElement>(`<div><care-evidence-list ${attributes}></care-evidence-list></div>`);
  const el = host.querySelector('care-evidence-list')!;
  await afterHostGrace(); // notices wait for the moment a host framework gets to set properties
  await el.updateComplete;
  return el;
}

const OSTEOPOROSIS_ALL = listTreatments({ topic: 'osteoporosis-pain' }).map((t) => t.name.en);
const ACUTE = ['Heat pad', 'Ice pack', 'Physiotherapy and occupational therapy'];

describe('<care-evidence-list>', () => {
  afterEach(() => followPageLanguage());

  it('shows every treatment of the topic as a card under the topic’s heading, with the phase reflected', async () => {
    const el = await list('topic="osteoporosis-pain"');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Pain in osteoporosis');
    expect(names(el)).to.deep.equal(OSTEOPOROSIS_ALL);
    expect(names(el)).to.have.length(11);
    expect(el.shadowRoot!.querySelectorAll('[part="cards"] > li > article')).to.have.length(11);
    expect(el.getAttribute('phase')).to.equal('all');
    expect(text(part(el, 'count'))).to.equal('11 treatments shown');
  });

  it('filters with a native radio group in a fieldset with a legend', async () => {
    const el = await list('topic="osteoporosis-pain"');
    const fieldset = part(el, 'filter')!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(text(fieldset.querySelector('legend'))).to.equal('Show treatments for');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['all', 'acute', 'persistent']);
    expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['All kinds of pain', 'Acute pain', 'Persistent pain']);
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    expect(checked(el)).to.equal('all');
  });

  it('changes the filter with the arrow keys, reflects it in `phase` and announces the count politely', async () => {
    const el = await list('topic="osteoporosis-pain"');
    const status = part(el, 'count')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');

    radio(el, 'all').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'acute'));
    expect(checked(el)).to.equal('acute');
    expect(el.getAttribute('phase')).to.equal('acute');
    expect(names(el)).to.deep.equal(ACUTE);
    expect(text(status)).to.equal('3 treatments shown');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('persistent');
    expect(names(el)).to.have.length(9);
    expect(names(el)).not.to.include('Heat pad');
    expect(text(status)).to.equal('9 treatments shown');
    expect(part(el, 'count'), 'the same live region is updated, not replaced').to.equal(status);

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('all');
    expect(names(el)).to.have.length(11);
  });

  it('tells the host which filter the reader chose', async () => {
    const el = await list('topic="osteoporosis-pain"');
    setTimeout(() => radio(el, 'acute').click());
    const event = await oneEvent(el, 'care-phase-change');
    expect(event.detail).to.deep.equal({ phase: 'acute', treatments: ['heat-pad', 'ice-pack', 'physiotherapy'] });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('follows a phase set by the host', async () => {
    const el = await list('topic="osteoporosis-pain" phase="acute"');
    expect(checked(el)).to.equal('acute');
    expect(names(el)).to.deep.equal(ACUTE);
    el.phase = 'persistent';
    await el.updateComplete;
    expect(checked(el)).to.equal('persistent');
    expect(el.getAttribute('phase')).to.equal('persistent');
  });

  it('says "1 treatment" in the singular, in every language', async () => {
    const el = await list('topic="neuropathic-pain" phase="acute"');
    expect(names(el)).to.deep.equal(['IMS (intramuscular stimulation)']);
    expect(text(part(el, 'count'))).to.equal('1 treatment shown');
    await useLocale('sv');
    expect(text(part(el, 'count'))).to.equal('1 behandling visas');
    el.topic = 'osteoporosis-pain';
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('3 behandlingar visas');
    await useLocale('nb');
    expect(text(part(el, 'count'))).to.equal('3 behandlinger vises');
  });

  it('shows one source line for cards that share a source, saying what kind of source it is', async () => {
    const el = await list('topic="osteoporosis-pain"');
    const sources = el.shadowRoot!.querySelectorAll('[part="source"]');
    expect(sources).to.have.length(1);
    expect(text(sources[0])).to.match(/^Patient information: Swedish patient information on treating pain in osteoporosis/);
    // The list's heading names the topic, so its cards do not repeat it.
    expect(el.shadowRoot!.querySelector('[part~="topic"]')).to.equal(null);
    el.topic = 'neuropathic-pain';
    await el.updateComplete;
    expect(text(part(el, 'source'))).to.match(/^According to the provider:/);
  });

  it('passes variant to the cards', async () => {
    const el = await list('topic="osteoporosis-pain" variant="compact"');
    expect(el.shadowRoot!.querySelectorAll('[part="badge"]')).to.have.length(11);
    expect(el.shadowRoot!.querySelectorAll('[part="summary"]')).to.have.length(11);
    expect(el.shadowRoot!.querySelectorAll('[part="facts"], [part="notes"]')).to.have.length(0);
    el.variant = 'full';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="facts"]')).to.have.length(11);
  });

  it('puts the cards’ headings one level below its own', async () => {
    const el = await list('topic="osteoporosis-pain" heading-level="3"');
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Pain in osteoporosis');
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(11);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h6')).to.have.length(12);
  });

  it('shows Swedish and Norwegian filter labels and texts', async () => {
    await useLocale('sv');
    const el = await list('topic="osteoporosis-pain" phase="persistent"');
    expect(text(part(el, 'filter'))).to.equal('Visa behandlingar vid Alla slags smärtor Akuta smärtor Ihållande smärtor');
    expect(names(el)).to.include('Bassängträning (varmvattenbassäng)');
    expect(names(el)).to.include('Stödkorsett');
    expect(text(part(el, 'source'))).to.match(/^Patientinformation:/);
    await useLocale('nb');
    expect(text(part(el, 'filter'))).to.equal('Vis behandlinger ved Alle slags smerter Akutte smerter Vedvarende smerter');
    expect(names(el)).to.include('Støttekorsett');
    expect(text(part(el, 'count'))).to.equal('9 behandlinger vises');
  });

  it('shows a notice and warns, listing the valid topics, for an unknown topic', async () => {
    let el!: CareEvidenceList;
    const warnings = await captureWarnings(async () => {
      el = await list('topic="back-pain"');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('topic="back-pain" is not known. Valid topic ids: osteoporosis-pain, neuropathic-pain.');
    expect(text(part(el, 'notice'))).to.contain('no treatments are shown');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(0);
    el.topic = 'osteoporosis-pain';
    await el.updateComplete;
    expect(part(el, 'notice')).to.equal(null);
  });

  it('shows everything, says so and warns for an unknown phase; choosing a filter clears it', async () => {
    let el!: CareEvidenceList;
    const warnings = await captureWarnings(async () => {
      el = await list('topic="osteoporosis-pain" phase="chronic" variant="big" heading-level="1"');
    });
    const all = warnings.join('\n');
    expect(all).to.contain('phase="chronic" is not known. Valid values: all, acute, persistent.');
    expect(all).to.contain('variant="big" is not known. Valid values: full, compact.');
    expect(all).to.contain('heading-level="1" is not a heading level');
    expect(el.shadowRoot!.querySelectorAll('[part="notice"] p')).to.have.length(3);
    expect(text(part(el, 'notice'))).to.contain('so all treatments are shown');
    expect(checked(el)).to.equal('all');
    expect(names(el)).to.have.length(11);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;

    radio(el, 'acute').click();
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('acute');
    expect(text(part(el, 'notice'))).not.to.contain('so all treatments are shown');
  });

  it('fits a 320 px wide phone', async () => {
    const restore = phoneWidth(320);
    try {
      await useLocale('sv');
      const el = await list('topic="osteoporosis-pain"');
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

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`accessibility (${locale})`, () => {
      beforeEach(() => useLocale(locale));

      for (const attributes of [
        'topic="osteoporosis-pain"',
        'topic="osteoporosis-pain" phase="acute" variant="compact"',
        'topic="osteoporosis-pain" phase="persistent" heading-level="4"',
        'topic="neuropathic-pain"',
        'topic="nope" phase="x"',
      ]) {
        it(`has no axe violations: ${attributes}`, async () => {
          let el!: CareEvidenceList;
          await captureWarnings(async () => {
            el = await list(attributes);
          });
          await expect(el).to.be.accessible();
        });
      }

      it('has no axe violations on a dark host page after filtering', async () => {
        const host = await fixture<HTMLDivElement>(
          html`<div style="background:#121416;color:#e8eaed;padding:1rem"><care-evidence-list topic="osteoporosis-pain"></care-evidence-list></div>`,
        );
        const el = host.querySelector('care-evidence-list')!;
        await el.updateComplete;
        radio(el, 'persistent').click();
        await el.updateComplete;
        await expect(host).to.be.accessible();
      });
    });
  }
});
