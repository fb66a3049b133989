/**
 * WCAG 3.2.4 Consistent Identification: a function that appears in two elements on one page is
 * named the same way in both. Today that is the customer-support contact link, shared by the
 * checker and the side-effect guide, in each language and for each kind of contact.
 * The buttons of both elements that send the same care-plan-request are named the same way too.
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

/** Each plan button in `el`'s shadow root, with the plan its click asks for. */
async function planButtons(el: Rendered): Promise<{ plan: string; name: string }[]> {
  await el.updateComplete;
  const found: { plan: string; name: string }[] = [];
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')) {
    let plan = '';
    const listen = (event: Event): void => {
      plan = (event as CustomEvent<{ plan: string }>).detail.plan;
    };
    el.addEventListener('care-plan-request', listen);
    button.click();
    el.removeEventListener('care-plan-request', listen);
    if (plan) found.push({ plan, name: button.textContent!.replace(/\s+/g, ' ').trim() });
  }
  return found;
}

describe('consistent identification (WCAG 3.2.4): the buttons that ask for a training plan', () => {
  after(() => useLocale('en'));

  for (const locale of ['en', 'sv', 'nb'] as Locale[]) {
    it(`${locale}: a button that asks for the same plan has the same name in the checker and the guide`, async () => {
      await useLocale(locale);
      const box = await fixture<HTMLDivElement>(html`<div>
        <care-suitability-check></care-suitability-check>
        <care-suitability-check></care-suitability-check>
        <care-side-effect-guide situations="training-soreness"></care-side-effect-guide>
        <care-side-effect-guide situations="tinnitus-change"></care-side-effect-guide>
      </div>`);
      const [suitable, caution, ...guides] = [...box.children] as Rendered[];
      // One checker answered "none of these" (the standard plan and the gentle start), one with tinnitus (caution).
      caution!.shadowRoot!.querySelector<HTMLInputElement>('input[value="tinnitus"]')!.click();
      const buttons = (await Promise.all([suitable!, caution!, ...guides].map(planButtons))).flat();
      const namesByPlan = new Map<string, Set<string>>();
      for (const { plan, name } of buttons) namesByPlan.set(plan, (namesByPlan.get(plan) ?? new Set()).add(name));
      // Both elements offer the gentle start and the start with caution; the standard plan only the checker.
      expect([...namesByPlan.keys()].sort()).to.deep.equal(['caution', 'gentle-start', 'standard']);
      for (const [plan, names] of namesByPlan) expect([...names], `names of the ${plan} buttons`).to.have.length(1);
    });
  }
});
