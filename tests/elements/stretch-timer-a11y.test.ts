import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import type { ManualClock } from '../../src/internal/clock.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { emulateMediaOrSkip, pageContentWidth, phoneWidth, pressChord, resetMediaEmulation } from '../helpers/engine.js';
import { useLocale } from '../helpers/locale.js';
import { clearLogs, countdown, mountTimer, part, press, state, wait } from './stretch-timer-fixture.js';

/** Brings a fresh timer to each state a user sees. */
const STATES: Record<string, (el: CareStretchTimer, clock: ManualClock) => Promise<void>> = {
  idle: async () => {},
  running: async (el, clock) => {
    await press(el, '.primary');
    await wait(el, clock, 3000);
  },
  paused: async (el, clock) => {
    await press(el, '.primary');
    await wait(el, clock, 3000);
    await press(el, '.primary');
  },
  rest: async (el, clock) => {
    await press(el, '.primary');
    await wait(el, clock, 12_000);
  },
  done: async (el, clock) => {
    await press(el, '.primary');
    await wait(el, clock, 60_000);
  },
};

describe('<care-stretch-timer> accessibility', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`in ${locale}`, () => {
      beforeEach(() => useLocale(locale));

      for (const [name, reach] of Object.entries(STATES)) {
        it(`has no axe violations when ${name}`, async () => {
          const { el, clock } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
          await reach(el, clock);
          part(el, '[part="history"]').setAttribute('open', '');
          part(el, '[part="about"]').setAttribute('open', '');
          await expect(el).to.be.accessible();
        });
      }

      it('has no axe violations with a notice, the storage notice and the clear confirmation', async () => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        const warn = console.warn;
        console.warn = () => undefined;
        try {
          const { el } = await mountTimer({ attributes: { plan: 'weekly' } });
          await press(el, '.clear');
          await expect(el).to.be.accessible();
        } finally {
          Storage.prototype.setItem = original;
          console.warn = warn;
        }
      });
    });
  }

  it('names every control', async () => {
    const { el, clock } = await mountTimer();
    await STATES.paused(el, clock);
    for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary')) {
      const name = control.localName === 'input' ? control.closest('label')!.textContent : control.textContent;
      expect(name!.trim(), control.outerHTML).not.to.equal('');
    }
  });

  it('is worked with the keyboard alone', async () => {
    const { el, clock } = await mountTimer();
    part(el, '.primary').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(state(el)).to.equal('Stretch 1 of 3');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(state(el)).to.contain('Paused');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.stop'));
    await pressChord('Shift', 'Tab');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.primary'));
    await sendKeys({ press: 'Enter' });
    await wait(el, clock, 60_000);
    expect(state(el)).to.equal('Session done');
  });

  it('fits a 320 px wide phone, running, without horizontal scrolling', async () => {
    const restore = phoneWidth(320);
    try {
      const { el, clock } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
      await STATES.paused(el, clock);
      part(el, '[part="history"]').setAttribute('open', '');
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      expect(right).to.be.at.most(320);
      for (const node of el.shadowRoot!.querySelectorAll<Element>('*:not(.visually-hidden):not(.visually-hidden *)')) {
        expect(node.getBoundingClientRect().right, node.getAttribute('class') ?? node.localName).to.be.at.most(right + 0.5);
      }
      expect(pageContentWidth()).to.be.at.most(320);
    } finally {
      restore();
    }
  });

  it('keeps the countdown readable at 200 % text size: large, inside the ring, not clipped', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="font-size: 32px; inline-size: 320px"></div>`);
    const { el, clock } = await mountTimer({ parent: host });
    await STATES.running(el, clock);
    const number = part(el, '.number');
    expect(parseFloat(getComputedStyle(number).fontSize)).to.be.at.least(64);
    const dial = part(el, '.dial').getBoundingClientRect();
    const box = number.getBoundingClientRect();
    expect(box.left).to.be.at.least(dial.left);
    expect(box.right).to.be.at.most(dial.right);
    expect(el.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
  });

  describe('motion', () => {
    afterEach(() => resetMediaEmulation({ reducedMotion: 'no-preference' }));

    it('sweeps the ring smoothly while a stretch runs', async () => {
      await resetMediaEmulation({ reducedMotion: 'no-preference' });
      const { el } = await mountTimer();
      await press(el, '.primary');
      expect(part(el, 'circle.progress').getAnimations()).to.have.length(1);
      await press(el, '.primary');
      expect(part(el, 'circle.progress').getAnimations(), 'paused: the ring stands still').to.have.length(0);
    });

    it('with prefers-reduced-motion, does not animate the ring but keeps the numbers', async function () {
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      const ring = part(el, 'circle.progress');
      expect(ring.getAnimations()).to.have.length(0);
      await wait(el, clock, 5000);
      expect(countdown(el)).to.equal('5 seconds');
      expect(Number(ring.getAttribute('stroke-dashoffset'))).to.equal(50);
    });
  });

  it('reads well on a dark host page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="background:#121416;color:#e8eaed;padding:1rem"></div>`);
    const { el, clock } = await mountTimer({ parent: host });
    for (const reach of [STATES.idle, STATES.rest]) {
      await reach(el, clock);
      await expect(host).to.be.accessible();
    }
  });

  it('inherits the host’s font', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif"></div>`);
    const { el } = await mountTimer({ parent: host });
    expect(getComputedStyle(part(el, '.number')).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(part(el, '.primary')).fontFamily).to.contain('Georgia');
  });
});
