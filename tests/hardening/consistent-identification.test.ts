/**
 * WCAG 3.2.4 Consistent Identification: a function that appears in two elements on one page is
 * named the same way in both. Today that is the customer-support contact link, shared by the
 * checker and the side-effect guide, in each language and for each kind of contact.
 * (Known difference, in the accessibility statement: the checker's and the guide's buttons that
 * send the same care-plan-request are worded differently.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { useLocale } from '../helpers/locale.js';
import type { Locale } from '../../src/domain/locale.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** Text, href and target of the contact link in `el`'s shadow root. */
function contactLink(el: Rendered): { text: string; href: string; target: string } {
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.contact a');
  expect(link, `<${el.localName}> shows the contact link`).to.exist;
  return { text: link!.textContent!.trim(), href: link!.href, target: link!.target };
}

const CONTACTS = ['tel:+46101234567', 'mailto:kundtjanst@apotek.example', 'https://apotek.example/kundtjanst'];

describe('consistent identification (WCAG 3.2.4): the contact link', () => {
  after(() => useLocale('en'));

  for (const locale of ['en', 'sv', 'nb'] as Locale[]) {
    for (const href of CONTACTS) {
      for (const label of ['', 'Ring kundtjänst']) {
        it(`${locale}, ${href}${label ? `, support-label "${label}"` : ''}: the same in the checker and the guide`, async () => {
          await useLocale(locale);
          const box = await fixture<HTMLDivElement>(html`<div>
            <care-suitability-check support-href=${href} support-label=${label}></care-suitability-check>
            <care-side-effect-guide situations="training-soreness" support-href=${href} support-label=${label}></care-side-effect-guide>
          </div>`);
          const [checker, guide] = [...box.children] as Rendered[];
          // The checker shows its contact with any verdict but "suitable": tick a condition that needs advice.
          checker!.shadowRoot!.querySelector<HTMLInputElement>('input[value="tinnitus"]')!.click();
          await checker!.updateComplete;
          await guide!.updateComplete;
          const a = contactLink(checker!);
          expect(a.text).to.equal(label || a.text);
          expect(contactLink(guide!)).to.deep.equal(a);
        });
      }
    }
  }
});
