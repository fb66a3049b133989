import { expect, oneEvent } from '@open-wc/testing';
import { followPageLanguage } from '../../src/internal/localization.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { britishDate } from '../helpers/dates.js';
import {
  FULL_SESSION,
  clearLogs,
  countdown,
  mountTimer,
  part,
  press,
  recordEvents,
  spoken,
  state,
  storedLog,
  textOf,
  today,
  until,
  wait,
} from './stretch-timer-fixture.js';

describe('<care-stretch-timer>', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  it('shows today’s plan and a ready session before the first start', async () => {
    const { el } = await mountTimer();
    expect(textOf(el, '[part="plan"]')).to.contain('Standard plan');
    expect(textOf(el, '[part="plan"]')).to.contain('Day 1, week 1');
    expect(textOf(el, '[part="plan"]')).to.contain('Today: 10 seconds per stretch');
    expect(textOf(el, '[part="plan"]')).to.contain('10 seconds per stretch is the full training time.');
    expect(state(el)).to.equal('Ready');
    expect(countdown(el)).to.equal('10 seconds');
    expect(textOf(el, '.session .hint')).to.contain('Each session: 3 stretches of 10 seconds. The 10 seconds of rest between stretches');
    expect(today(el)).to.equal('Today: 0 of 3 sessions');
    expect(textOf(el, '.primary')).to.equal('Start session');
  });

  it('runs a whole session on the clock: stretch, rest, stretch, rest, stretch, done', async () => {
    const { el, clock, storageKey } = await mountTimer();
    const events = recordEvents(el);
    await press(el, '.primary');
    expect([state(el), countdown(el)]).to.deep.equal(['Stretch 1 of 3', '10 seconds']);
    expect(textOf(el, '.primary')).to.equal('Pause');
    await wait(el, clock, 3000);
    expect(countdown(el)).to.equal('7 seconds');
    await wait(el, clock, 7000);
    expect([state(el), countdown(el)]).to.deep.equal(['Rest', '10 seconds']);
    await wait(el, clock, 9000);
    expect(countdown(el)).to.equal('1 second');
    await wait(el, clock, 1000);
    expect(state(el)).to.equal('Stretch 2 of 3');
    await wait(el, clock, 29_999);
    expect([state(el), countdown(el)]).to.deep.equal(['Stretch 3 of 3', '1 second']);
    expect(events).to.deep.equal(FULL_SESSION.slice(0, 5));
    await wait(el, clock, 1);
    expect(state(el)).to.equal('Session done');
    expect(events).to.deep.equal(FULL_SESSION);
    expect(today(el)).to.equal('Today: 1 of 3 sessions');
    expect(el.shadowRoot!.querySelectorAll('.tick[data-done]')).to.have.length(1);
    expect(textOf(el, '.primary')).to.equal('Start session');
    await until(() => storedLog(storageKey) !== null, 'the session is stored');
    const stored = storedLog(storageKey)!;
    expect(stored.days['2025-12-01']).to.deep.equal({ sessions: 1, seconds: 10, plan: 'standard' });
    expect(stored.startDate).to.equal('2025-12-01');
  });

  it('stands still while paused and goes on from the same second when resumed', async () => {
    const { el, clock } = await mountTimer();
    const events = recordEvents(el);
    await press(el, '.primary');
    await wait(el, clock, 4200);
    expect(countdown(el)).to.equal('6 seconds');
    await press(el, '.primary');
    expect(textOf(el, '.primary')).to.equal('Resume');
    expect(state(el)).to.contain('Paused');
    await wait(el, clock, 120_000);
    expect(countdown(el)).to.equal('6 seconds');
    expect(events).to.deep.equal(['start 1']);
    await press(el, '.primary');
    await wait(el, clock, 5799);
    expect(state(el)).to.equal('Stretch 1 of 3');
    await wait(el, clock, 1);
    expect(state(el)).to.equal('Rest');
    expect(events).to.deep.equal(['start 1', 'end 1']);
  });

  it('catches up when a hidden tab comes back: finished stretches counted once, the session logged once', async () => {
    const { el, clock } = await mountTimer();
    const events = recordEvents(el);
    await press(el, '.primary');
    clock.skip(25_000); // the tab is hidden: no timer runs
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect([state(el), countdown(el)]).to.deep.equal(['Stretch 2 of 3', '5 seconds']);
    expect(events).to.deep.equal(['start 1', 'end 1', 'start 2']);
    expect(spoken(el)).to.equal('Stretch 2 of 3: hold for 10 seconds.');

    clock.skip(600_000); // the phone slept through the rest of the session
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(state(el)).to.equal('Session done');
    expect(events).to.deep.equal(FULL_SESSION);
    expect(spoken(el)).to.equal('Session done: 1 of 3 today.');
    document.dispatchEvent(new Event('visibilitychange'));
    await wait(el, clock, 120_000);
    expect(events).to.deep.equal(FULL_SESSION);
    expect(today(el)).to.equal('Today: 1 of 3 sessions');
  });

  it('stop ends the session without counting it and keeps focus on the main button', async () => {
    const { el, clock } = await mountTimer();
    const events = recordEvents(el);
    await press(el, '.primary');
    await wait(el, clock, 15_000);
    part(el, '.stop').focus();
    await press(el, '.stop');
    await el.updateComplete;
    expect(state(el)).to.equal('Ready');
    expect(spoken(el)).to.equal('Session stopped. It was not counted.');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.primary'));
    expect(el.shadowRoot!.querySelector('.stop')).to.equal(null);
    await wait(el, clock, 60_000);
    expect(events).to.deep.equal(['start 1', 'end 1']);
    expect(today(el)).to.equal('Today: 0 of 3 sessions');
  });

  it('fires bubbling, composed, typed events with the plan and seconds', async () => {
    const { el, clock } = await mountTimer({ attributes: { plan: 'gentle-start', 'rest-seconds': '0' } });
    setTimeout(() => part(el, '.primary').click());
    const start = await oneEvent(el, 'care-stretch-start');
    expect(start.detail).to.deep.equal({ stretch: 1, stretches: 3, seconds: 5, plan: 'gentle-start' });
    expect(start.bubbles && start.composed).to.equal(true);
    setTimeout(() => clock.advance(5000));
    const end = await oneEvent(el, 'care-stretch-end');
    expect(end.detail).to.deep.equal({ stretch: 1, stretches: 3, seconds: 5, plan: 'gentle-start' });
    setTimeout(() => clock.advance(10_000));
    const complete = await oneEvent(document, 'care-session-complete');
    expect(complete.detail).to.deep.equal({ date: '2025-12-01', plan: 'gentle-start', seconds: 5, sessionsToday: 1 });
    expect(complete.composed).to.equal(true);
  });

  describe('the caution plan’s boundary, shown in the UI', () => {
    it('day 20 (the 21st day) still holds 3 s and says when 4 s begins', async () => {
      // 2025-11-11 + 20 days = Monday 1 December.
      const { el, clock } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
      const plan = textOf(el, '[part="plan"]');
      expect(plan).to.contain('Start with caution');
      expect(plan).to.contain('Day 21, week 3');
      expect(plan).to.contain('Today: 3 seconds per stretch');
      expect(plan).to.contain(`4 seconds from ${britishDate('2025-12-02', 'long')}`);
      await press(el, '.primary');
      expect(countdown(el)).to.equal('3 seconds');
      await wait(el, clock, 3000);
      expect(state(el)).to.equal('Rest');
    });

    it('day 21 holds 4 s, and the next second comes a week later', async () => {
      const { el } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-10' } });
      const plan = textOf(el, '[part="plan"]');
      expect(plan).to.contain('Day 22, week 4');
      expect(plan).to.contain('Today: 4 seconds per stretch');
      expect(plan).to.contain(`5 seconds from ${britishDate('2025-12-08', 'long')}`);
    });

    it('follows caution-hold-days, and moves on at midnight while the page stays open', async () => {
      const { el, clock } = await mountTimer({
        attributes: { plan: 'caution', 'start-date': '2025-11-18', 'caution-hold-days': '14' },
      });
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 3 seconds per stretch');
      await wait(el, clock, 15 * 3_600_000 + 60_000);
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 4 seconds per stretch');
    });

    it('shows the dates and seconds in Swedish and Norwegian', async () => {
      const { el } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
      await useLocale('sv');
      expect(textOf(el, '[part="plan"]')).to.contain('I dag: 3 sekunder per töjning');
      expect(textOf(el, '[part="plan"]')).to.contain('4 sekunder från och med tisdag 2 december');
      await useLocale('nb');
      expect(textOf(el, '[part="plan"]')).to.contain('I dag: 3 sekunder per tøyning');
      expect(textOf(el, '[part="plan"]')).to.contain('4 sekunder fra og med tirsdag 2. desember');
    });
  });

  describe('bad attribute values', () => {
    const cases: Array<[string, Record<string, string>, string, string]> = [
      ['an unknown plan', { plan: 'daily' }, 'Valid values: standard, gentle-start, caution', 'most careful plan'],
      ['a start date in the future', { 'start-date': '2099-01-01' }, 'in the future', 'in the future'],
      ['an unparsable start date', { 'start-date': '1 May' }, 'yyyy-mm-dd', 'not a date'],
      ['an impossible start date', { 'start-date': '2025-02-30' }, 'yyyy-mm-dd', 'not a date'],
      ['a negative rest', { 'rest-seconds': '-5' }, 'from 0 to 600', 'rest 10 seconds'],
      ['a rest that is not a number', { 'rest-seconds': 'long' }, 'from 0 to 600', 'rest 10 seconds'],
      ['zero hold days', { 'caution-hold-days': '0' }, 'from 1 to 365', 'usual plan'],
      ['bad reminder times', { 'reminder-times': '25:00, 13:00' }, 'hh:mm', 'usual times'],
    ];
    for (const [what, attributes, warning, notice] of cases) {
      it(`${what}: a localized notice, one warning naming the valid values, and a working timer`, async () => {
        let mounted!: Awaited<ReturnType<typeof mountTimer>>;
        const warnings = await captureWarnings(async () => {
          mounted = await mountTimer({ attributes });
          await mounted.el.updateComplete;
        });
        const { el, clock } = mounted;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<care-stretch-timer>').and.to.contain(warning);
        expect(textOf(el, '[part="notice"]')).to.contain(notice);
        const events = recordEvents(el);
        await press(el, '.primary');
        await wait(el, clock, 60_000);
        expect(events).to.deep.equal(FULL_SESSION);
      });
    }

    it('falls back to the documented defaults', async () => {
      let el!: Awaited<ReturnType<typeof mountTimer>>['el'];
      await captureWarnings(async () => {
        ({ el } = await mountTimer({ attributes: { plan: 'daily', 'rest-seconds': '-1', 'start-date': '2099-01-01' } }));
      });
      expect(textOf(el, '[part="plan"]')).to.contain('Start with caution');
      expect(textOf(el, '[part="plan"]')).to.contain('Day 1, week 1');
      expect(textOf(el, '.session .hint')).to.contain('The 10 seconds of rest between stretches');
    });

    it('clears the notice when the host fixes the value', async () => {
      let el!: Awaited<ReturnType<typeof mountTimer>>['el'];
      await captureWarnings(async () => {
        ({ el } = await mountTimer({ attributes: { plan: 'daily' } }));
      });
      el.setAttribute('plan', 'gentle-start');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect(textOf(el, '[part="plan"]')).to.contain('Gentle start');
    });
  });

  describe('announcements', () => {
    it('speaks at the start and end of each stretch and the session, never every second', async () => {
      const { el, clock } = await mountTimer({ attributes: { 'rest-seconds': '5' } });
      await press(el, '.primary');
      expect(spoken(el)).to.equal('Stretch 1 of 3: hold for 10 seconds.');
      for (let second = 1; second < 10; second += 1) {
        await wait(el, clock, 1000);
        expect(spoken(el), `after ${second} s`).to.equal('Stretch 1 of 3: hold for 10 seconds.');
      }
      await wait(el, clock, 1000);
      expect(spoken(el)).to.equal('Stretch 1 done. Rest for 5 seconds.');
      await wait(el, clock, 5000);
      expect(spoken(el)).to.equal('Stretch 2 of 3: hold for 10 seconds.');
      await wait(el, clock, 15_000);
      expect(spoken(el)).to.equal('Stretch 3 of 3: hold for 10 seconds.');
      await wait(el, clock, 10_000);
      expect(spoken(el)).to.equal('Session done: 1 of 3 today.');
    });

    it('keeps the big countdown out of every live region', async () => {
      const { el } = await mountTimer();
      await press(el, '.primary');
      const timer = part(el, '[part="countdown"]');
      expect(timer.getAttribute('role')).to.equal('timer');
      expect(timer.getAttribute('aria-live')).to.equal('off');
      expect(timer.closest('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]')).to.equal(null);
    });

    it('speaks in the page’s language', async () => {
      await useLocale('sv');
      const { el, clock } = await mountTimer({ attributes: { plan: 'gentle-start' } });
      await press(el, '.primary');
      expect(spoken(el)).to.equal('Töjning 1 av 3: håll i 5 sekunder.');
      await wait(el, clock, 5000);
      expect(spoken(el)).to.equal('Töjning 1 klar. Vila i 10 sekunder.');
      await useLocale('nb');
      await wait(el, clock, 10_000);
      expect(spoken(el)).to.equal('Tøyning 2 av 3: hold i 5 sekunder.');
      expect(state(el)).to.equal('Tøyning 2 av 3');
    });
  });
});
