/**
 * A stray `%` in `support-href` (a CMS field, a hand-typed number) is bad input
 * like `javascript:`: the same notice, one warning, and the element keeps
 * working (and keeps its place in the form).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import type { CareSideEffectGuide } from '../../src/elements/side-effect-guide/side-effect-guide.js';
import { parseContactHref } from '../../src/internal/contact.js';
import { captureWarnings } from '../helpers/locale.js';

export const MALFORMED_HREFS = ['tel:+46%2010%', 'mailto:kundtjanst%@apotek.example', 'tel:%E0%A4%A', 'mailto:a%zz@b.example', 'tel:%'];

const noticeText = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim() ?? '';

describe('a malformed percent-encoding in support-href', () => {
  for (const href of MALFORMED_HREFS) {
    it(`${href} is refused, not thrown`, () => {
      expect(parseContactHref(href)).to.deep.equal({ ok: false });
    });
  }

  it('still decodes a well-formed one', () => {
    expect(parseContactHref('tel:+46%2010%20123')).to.include({ ok: true, display: '+46 10 123' });
  });

  for (const href of MALFORMED_HREFS.slice(0, 3)) {
    it(`the checker with ${href}: the same notice and one warning as javascript:, and the form still gets its verdict`, async () => {
      const reference = await fixture<CareSuitabilityCheck>(
        html`<care-suitability-check support-href="javascript:alert(1)"></care-suitability-check>`,
      );
      let form!: HTMLFormElement;
      const warnings = await captureWarnings(async () => {
        form = await fixture<HTMLFormElement>(html`<form>
          <care-suitability-check name="verdict" support-href=${href} require-acknowledgement></care-suitability-check>
        </form>`);
        const el = form.querySelector<CareSuitabilityCheck>('care-suitability-check')!;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLInputElement>('input[value="achalasia-cardiae"]')!.click();
        await el.updateComplete;
      });
      const el = form.querySelector<CareSuitabilityCheck>('care-suitability-check')!;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('support-href').and.to.contain('tel:, mailto:, http: or https:');
      expect(noticeText(el)).to.not.equal('');
      expect(noticeText(el)).to.equal(noticeText(reference));
      expect(el.shadowRoot!.querySelector('.result')).to.exist;
      expect(el.shadowRoot!.querySelector('.contact a')).to.equal(null);
      expect(new FormData(form).get('verdict')).to.equal('avoid');
      expect(form.checkValidity(), 'the acknowledgement is still required').to.equal(false);
    });

    it(`the side-effect guide with ${href}: the same notice and one warning as javascript:`, async () => {
      const reference = await fixture<CareSideEffectGuide>(
        html`<care-side-effect-guide support-href="javascript:alert(1)"></care-side-effect-guide>`,
      );
      let el!: CareSideEffectGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CareSideEffectGuide>(
          html`<care-side-effect-guide situations="blood-taste" support-href=${href}></care-side-effect-guide>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('support-href');
      expect(noticeText(el)).to.not.equal('');
      expect(noticeText(el)).to.equal(noticeText(reference));
      expect(el.shadowRoot!.querySelector('details[data-situation="blood-taste"]')).to.exist;
      expect(el.shadowRoot!.querySelector('.contact a')).to.equal(null);
    });
  }
});
