/**
 * WCAG 4.1.3 Status Messages: what changes without moving focus is in a live region a screen
 * reader announces. A region announces changes only if it is in the page before they happen, so
 * each test finds the region first, then changes what it says. (The list's count, the guide's
 * "Advice below" and the timer's announcements are tested in their own files.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareSuitabilityCheck } from '../../src/index.js';
import { afterHostGrace } from '../helpers/grace.js';
import { refuseStorage } from '../helpers/storage.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('status messages (WCAG 4.1.3)', () => {
  it('the checker announces its verdict from a polite status region that was there before the tick', async () => {
    const el = await fixture<CareSuitabilityCheck>(html`<care-suitability-check></care-suitability-check>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region, 'a status region before any tick').to.exist;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const before = text(region);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="trigeminal-neuralgia"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'the same region, not a new one').to.equal(region);
    expect(text(region)).not.to.equal(before);
    expect(text(region), 'it says the verdict heading').to.equal(text(el.shadowRoot!.querySelector('#result-heading')));
  });

  it('a notice for a bad attribute is a status message', async () => {
    const el = await fixture<Rendered>(html`<care-evidence-card treatment="no-such-treatment"></care-evidence-card>`);
    await afterHostGrace();
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part~="notice"]');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.contain('not known');
  });

  it('the timer says in a status message that storage is refused and progress will not be kept', async () => {
    const restore = refuseStorage();
    try {
      const el = await fixture<Rendered>(html`<care-stretch-timer storage-key="live-regions"></care-stretch-timer>`);
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[part~="storage-notice"]');
      expect(notice?.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.contain('will not be kept');
    } finally {
      restore();
    }
  });
});
