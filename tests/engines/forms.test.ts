/**
 * ElementInternals form validation as each engine does it: the message the browser
 * shows is the kit's, in the page's language, and reporting it takes the patient to
 * the confirmation that is missing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/suitability-check/define.js';
import type { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { useLocale } from '../helpers/locale.js';

describe('the suitability check’s form validation on every engine', () => {
  afterEach(() => followPageLanguage());

  it('reports a blocking verdict in the patient’s language, follows a language change, and focuses the confirmation', async () => {
    await useLocale('sv');
    const form = await fixture<HTMLFormElement>(
      html`<form><care-suitability-check name="c" require-acknowledgement></care-suitability-check><button>Skicka</button></form>`,
    );
    const el = form.querySelector<CareSuitabilityCheck>('care-suitability-check')!;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="stroke-within-7-days"]')!.click();
    await el.updateComplete;
    let invalid = 0;
    el.addEventListener('invalid', () => (invalid += 1));

    expect(form.reportValidity()).to.equal(false);
    expect(invalid).to.equal(1);
    expect(el.matches(':invalid')).to.equal(true);
    expect(el.validationMessage).to.equal('Bekräfta att du har läst råden innan du går vidare.');
    expect(el.shadowRoot!.activeElement?.id, 'the patient is taken to the confirmation').to.equal('acknowledge');

    await useLocale('nb');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Bekreft at du har lest rådene før du går videre.');
  });
});
