import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/iqoro-uses/define.js';
import type { CareIqoroUses } from '../../src/elements/iqoro-uses/iqoro-uses.js';
import { IQORO_USES } from '../../src/domain/uses.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

const root = (el: CareIqoroUses) => el.shadowRoot!;
const textOf = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<care-iqoro-uses>', () => {
  afterEach(() => followPageLanguage());

  it('14: shows what IQoro is used for and for whom, in the manufacturer’s words, with who says it', async () => {
    const el = await fixture<CareIqoroUses>(html`<care-iqoro-uses></care-iqoro-uses>`);
    const heading = root(el).querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('What IQoro is used for, according to the manufacturer');
    const items = [...root(el).querySelectorAll('[part="uses"] li')].map((li) => textOf(li));
    expect(items).to.deep.equal(IQORO_USES.uses.map((s) => s.text.en));
    const text = textOf(root(el));
    for (const s of [...IQORO_USES.intro, IQORO_USES.listTitle]) expect(text).to.contain(s.text.en);
    expect(text).to.contain('intensive care');
    expect(root(el).querySelector('[part="source"]')!.textContent).to.contain('The manufacturer of IQoro');
    expect(root(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('follows the page’s language, with the seed’s terms', async () => {
    const el = await fixture<CareIqoroUses>(html`<care-iqoro-uses></care-iqoro-uses>`);
    await useLocale('sv');
    expect(textOf(root(el))).to.contain('snarkning och sömnapné');
    expect(root(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('sv');
    await useLocale('nb');
    expect(textOf(root(el))).to.contain('søvnapné');
  });

  it('uses the heading level the host asks for, and names a bad one in a notice and a warning', async () => {
    const el = await fixture<CareIqoroUses>(html`<care-iqoro-uses heading-level="4"></care-iqoro-uses>`);
    expect(root(el).querySelector('h4')).not.to.equal(null);
    await afterHostGrace(); // past the moment a host framework gets to set properties
    const warnings = await captureWarnings(async () => {
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Valid values: 2, 3, 4, 5, 6');
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('level 2');
    expect(root(el).querySelector('h2')).not.to.equal(null);
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    it(`has no axe violations (${locale})`, async () => {
      await useLocale(locale);
      const el = await fixture<CareIqoroUses>(html`<care-iqoro-uses></care-iqoro-uses>`);
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 320 px wide phone and keeps contrast on a dark page', async () => {
    const restore = phoneWidth(320);
    try {
      const host = await fixture<HTMLDivElement>(
        html`<div style="background:#121416;color:#e8eaed"><care-iqoro-uses></care-iqoro-uses></div>`,
      );
      const el = host.querySelector<CareIqoroUses>('care-iqoro-uses')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(pageContentWidth()).to.be.at.most(320);
      await expect(host).to.be.accessible();
    } finally {
      restore();
    }
  });
});
