import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/treatment-compare/define.js';
import type { CareTreatmentCompare } from '../../src/elements/treatment-compare/treatment-compare.js';
import { COMPARISON_ROWS } from '../../src/domain/treatment-comparison.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { emulateMediaOrSkip, pageContentWidth, phoneWidth, resetMediaEmulation } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: CareTreatmentCompare, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const notice = (el: CareTreatmentCompare) => text(el.shadowRoot!.querySelector('[part="notice"]'));

async function compare(attributes: string, width?: string): Promise<CareTreatmentCompare> {
  const style = width ? ` style="inline-size: ${width}"` : '';
  const host = await fixture<HTMLDivElement>(`<div${style}><care-treatment-compare ${attributes}></care-treatment-compare></div>`);
  const el = host.querySelector('care-treatment-compare')!;
  await afterHostGrace(); // notices wait for the moment a host framework gets to set properties
  await el.updateComplete;
  return el;
}

function isShown(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && node.checkVisibility();
}

/** Everything in the element stays inside it: no horizontal overflow. */
function expectNothingWider(el: CareTreatmentCompare): void {
  const { left, right } = el.getBoundingClientRect();
  for (const node of all(el, '*:not(thead):not(thead *):not(.visually-hidden)')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not rendered (display: none)
    expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(right + 0.5);
    expect(box.left, `${node.localName}.${node.className}`).to.be.at.least(left - 0.5);
  }
}

describe('<care-treatment-compare>', () => {
  afterEach(() => followPageLanguage());

  it('is a real table: caption, a column header per treatment, a row header per aspect', async () => {
    const el = await compare('a="ims" b="acupuncture"');
    const table = el.shadowRoot!.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.contain('IMS (intramuscular stimulation) compared with traditional acupuncture');
    const columns = all(el, 'thead th[scope="col"]').map(text);
    expect(columns).to.deep.equal(['What is compared', 'IMS (intramuscular stimulation)', 'Traditional acupuncture']);
    const rows = all(el, 'tbody tr');
    expect(rows).to.have.length(COMPARISON_ROWS.length);
    expect(all(el, 'tbody th[scope="row"]').map(text)).to.deep.equal([
      'Based on',
      'Where the needles go',
      'Requirements for the practitioner',
      'Examination and diagnosis',
      'Course of treatment',
      'Expected improvement',
    ]);
    for (const row of rows) expect(row.querySelectorAll('td')).to.have.length(2);
    const basis = rows[0].querySelectorAll('td');
    expect(text(basis[0])).to.contain('Western medical understanding');
    expect(text(basis[1])).to.contain('Chinese medicine');
  });

  it('swaps the columns when the order is swapped', async () => {
    const el = await compare('a="acupuncture" b="ims"');
    expect(all(el, 'thead th[scope="col"]').map(text).slice(1)).to.deep.equal(['Traditional acupuncture', 'IMS (intramuscular stimulation)']);
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('Traditional acupuncture compared with IMS');
    expect(text(all(el, 'tbody tr')[0].querySelector('td'))).to.contain('Chinese medicine');
  });

  it('says, in the caption and the source line, that this is the provider’s own description', async () => {
    const el = await compare('a="ims" b="acupuncture"');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('It is not a neutral comparison.');
    const source = el.shadowRoot!.querySelector('[part="source"]')!;
    expect(text(source)).to.match(/^According to the provider: IMS Norge, a Norwegian provider of IMS treatment, describing its own treatment/);
    expect(source.getAttribute('data-source-kind')).to.equal('provider');
  });

  it('compares IMS and acupuncture when no attributes are given', async () => {
    const el = await compare('');
    expect(el.shadowRoot!.querySelector('table')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('is a table with hidden cell labels when wide', async () => {
    const el = await compare('', '700px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.equal('table');
    for (const label of all(el, '.cell-label')) expect(isShown(label)).to.equal(false);
    for (const header of all(el, 'thead th')) expect(isShown(header)).to.equal(true);
    expectNothingWider(el);
  });

  it('stacks on a 320 px phone, every cell labelled with its treatment and every row with its header', async () => {
    const restore = phoneWidth(320);
    try {
      await useLocale('nb');
      const el = await compare('a="ims" b="acupuncture"');
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.equal('block');
      for (const header of all(el, 'tbody th[scope="row"]')) expect(isShown(header), text(header)).to.equal(true);
      const cells = all(el, 'td');
      expect(cells).to.have.length(12);
      for (const [i, cell] of cells.entries()) {
        const label = cell.querySelector<HTMLElement>('.cell-label')!;
        expect(isShown(label), `label of cell ${i}`).to.equal(true);
        expect(text(label)).to.equal(i % 2 === 0 ? 'IMS (intramuskulær stimulering)' : 'Tradisjonell akupunktur');
        // The label sits above the cell's text.
        expect(label.getBoundingClientRect().bottom).to.be.at.most(cell.getBoundingClientRect().bottom);
      }
      expectNothingWider(el);
      expect(pageContentWidth()).to.be.at.most(320);
    } finally {
      restore();
    }
  });

  it('keeps the table’s semantics in the stacked layout', async () => {
    const el = await compare('', '300px');
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(all(el, 'thead th').every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
    expect(all(el, 'tbody th').every((th) => th.getAttribute('role') === 'rowheader')).to.equal(true);
    expect(all(el, 'td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('stacks in a narrow sidebar on a wide screen, because it queries its own width', async () => {
    const el = await compare('', '18rem');
    expect(window.innerWidth).to.be.greaterThan(700);
    expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.equal('block');
    for (const label of all(el, '.cell-label')) expect(isShown(label)).to.equal(true);
    expectNothingWider(el);
  });

  it('shows Swedish and Norwegian texts', async () => {
    await useLocale('sv');
    const el = await compare('a="ims" b="acupuncture"');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('IMS (intramuskulär stimulering) jämfört med traditionell akupunktur');
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.match(/^Enligt behandlingsgivaren: IMS Norge, som erbjuder IMS-behandling/);
    expect(text(el.shadowRoot!.querySelector('.root'))).not.to.match(/utövare/i);
    expect(all(el, 'tbody th').map(text)).to.include('Krav på behandlaren');
    await useLocale('nb');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('IMS (intramuskulær stimulering) sammenlignet med tradisjonell akupunktur');
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.match(/^Ifølge tilbyderen: IMS Norge, en norsk tilbyder av IMS-behandling/);
    expect(all(el, 'tbody th').map(text)).to.include('Krav til utøveren');
  });

  it('shows a notice and warns, listing the valid ids, for an unknown treatment', async () => {
    let el!: CareTreatmentCompare;
    const warnings = await captureWarnings(async () => {
      el = await compare('a="ims" b="reiki"');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('a="ims" b="reiki"');
    expect(warnings[0]).to.contain('Valid treatment ids: heat-pad, ice-pack');
    expect(notice(el)).to.contain('is not known, so the comparison cannot be shown');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('says which comparisons there are when the pair has none', async () => {
    let el!: CareTreatmentCompare;
    const warnings = await captureWarnings(async () => {
      el = await compare('a="ims" b="massage"');
    });
    expect(warnings[0]).to.contain('Comparisons exist for (either order): ims and acupuncture');
    expect(notice(el)).to.contain('Comparisons available: IMS (intramuscular stimulation) and traditional acupuncture.');
    await useLocale('sv');
    expect(notice(el)).to.contain('Jämförelser som finns: IMS (intramuskulär stimulering) och traditionell akupunktur.');
    await useLocale('en');

    el.b = 'acupuncture';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table')).to.exist;
  });

  it('prints without backgrounds, in black', async function () {
    const host = await fixture<HTMLDivElement>(
      html`<div style="color: rgb(200, 210, 220)"><care-treatment-compare></care-treatment-compare></div>`,
    );
    const el = host.querySelector('care-treatment-compare')!;
    await el.updateComplete;
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      const header = el.shadowRoot!.querySelector('thead th[part="column-header"]')!;
      expect(getComputedStyle(header).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(header).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await resetMediaEmulation({ media: 'screen' });
    }
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`accessibility (${locale})`, () => {
      beforeEach(() => useLocale(locale));

      for (const [attributes, width] of [
        ['a="ims" b="acupuncture"', undefined],
        ['a="acupuncture" b="ims"', '20rem'],
        ['a="ims" b="corset"', undefined],
        ['a="x" b=""', undefined],
      ] as const) {
        it(`has no axe violations: ${attributes}${width ? ` at ${width}` : ''}`, async () => {
          let el!: CareTreatmentCompare;
          await captureWarnings(async () => {
            el = await compare(attributes, width);
          });
          await expect(el).to.be.accessible();
        });
      }

      it('has no axe violations on a dark host page, wide and narrow', async () => {
        const host = await fixture<HTMLDivElement>(
          html`<div style="background:#121416;color:#e8eaed;padding:1rem">
            <care-treatment-compare></care-treatment-compare>
            <div style="inline-size: 300px"><care-treatment-compare a="acupuncture" b="ims"></care-treatment-compare></div>
          </div>`,
        );
        await Promise.all([...host.querySelectorAll('care-treatment-compare')].map((el) => el.updateComplete));
        await expect(host).to.be.accessible();
      });
    });
  }
});
