/**
 * Checkout safety: clicking text inside an element (to select it, or just to
 * give the page focus before paging down with Space) must move neither focus
 * nor the page, so the next Space cannot tick or untick a condition.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import type { CareSideEffectGuide } from '../../src/elements/side-effect-guide/side-effect-guide.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** Clicks the middle of `target` with the real mouse, as a user does. */
async function clickText(target: Element): Promise<void> {
  // WebDriver refuses a click outside the viewport (CDP clicks nothing there): bring it in, if it is out.
  target.scrollIntoView({ block: 'nearest' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + Math.min(40, box.width / 2)), Math.round(box.top + box.height / 2)] });
}

/** Waits until the page stops scrolling (a Space press scrolls smoothly, over several frames). */
async function scrollSettled(): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let still = 0;
  for (let last = window.scrollY; still < 5; ) {
    await frame();
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
  }
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('clicking text inside an element', function () {
  this.timeout(20_000);
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  for (const ticked of [['trigeminal-neuralgia'], []]) {
    it(`moves no focus and no page in the checker (${ticked.join(', ') || 'nothing ticked'}), so Space changes no verdict`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-suitability-check name="verdict" require-acknowledgement></care-suitability-check>
        <div style="block-size: 200vh"></div>
      </form>`);
      const el = form.querySelector<CareSuitabilityCheck>('care-suitability-check')!;
      await el.updateComplete;
      for (const id of ticked) el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      await el.updateComplete;
      const verdict = el.value;
      const valid = el.checkValidity();
      const paragraph = el.shadowRoot!.querySelector('.result > p:not(.heading):not(.disclaimer)')!;
      await scrollSettled();
      paragraph.scrollIntoView({ block: 'center' });
      await scrollSettled();
      const scrollY = window.scrollY;
      expect(scrollY, 'the first checkbox is above the viewport').to.be.greaterThan(0);

      await clickText(paragraph);
      await el.updateComplete;
      await scrollSettled();
      expect(window.scrollY, 'the page did not scroll').to.equal(scrollY);
      expect(deepActive()?.localName ?? 'body', 'nothing inside the checker took focus').not.to.equal('input');

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.value).to.equal(verdict);
      expect(new FormData(form).get('verdict')).to.equal(verdict);
      expect(el.checkValidity()).to.equal(valid);
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
      expect(checked).to.deep.equal(ticked);
    });
  }

  it('moves no focus in the side-effect guide', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`);
    const paragraph = el.shadowRoot!.querySelector('details[part="answer"] .body p')!;
    await clickText(paragraph);
    expect(deepActive()?.localName ?? 'body').not.to.equal('input');
  });

  it('still lets a host focus the checker: focus() goes to the first condition', async () => {
    const el = await fixture<Rendered>(html`<care-suitability-check></care-suitability-check>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input[value="trigeminal-neuralgia"]'));
  });
});
