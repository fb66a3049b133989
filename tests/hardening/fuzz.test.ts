import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { FLOWS, mount } from './flows.js';

/** Every attribute each element reads, with the kind of junk a CMS might put there. */
const ATTRIBUTES: Record<string, string[]> = {
  'care-suitability-check': ['lang', 'name', 'support-href', 'support-label', 'require-acknowledgement', 'share-conditions'],
  'care-stretch-timer': ['lang', 'plan', 'start-date', 'rest-seconds', 'storage-key', 'caution-hold-days', 'gentle-step-days', 'reminder-times'],
  'care-evidence-card': ['lang', 'treatment', 'variant', 'heading-level'],
  'care-evidence-list': ['lang', 'topic', 'phase', 'variant', 'heading-level'],
  'care-treatment-compare': ['lang', 'a', 'b'],
  'care-side-effect-guide': ['lang', 'situations', 'plan', 'support-href', 'support-label'],
};

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '-1', '1e999', 'javascript:alert(1)', 'data:text/html,x', 'tel:', 'mailto:@', 'sv', 'de', '💥'),
  fc.webUrl(),
);

describe('bad input fuzz', function () {
  this.timeout(60_000);

  for (const flow of FLOWS) {
    it(`<${flow.tag}> never throws into the page and always shows content or a message`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      addEventListener('error', onError);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await fc.assert(
          fc.asyncProperty(fc.dictionary(fc.constantFrom(...ATTRIBUTES[flow.tag]), junk), async (attributes) => {
            const el = await mount(flow, host);
            for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
            await el.updateComplete;
            const text = el.shadowRoot!.textContent!.trim();
            el.remove();
            return errors.length === 0 && text.length > 0;
          }),
          { numRuns: 60 },
        );
      } finally {
        removeEventListener('error', onError);
        console.warn = warn;
        document.documentElement.lang = 'en';
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
