import { expect } from '@open-wc/testing';
import { addDays } from '../../src/domain/calendar.js';
import {
  adjustedProgress,
  adjustedSeconds,
  clampSeconds,
  firstStep,
  makeAdjustment,
} from '../../src/domain/plan-adjustments.js';
import type { Adjustment } from '../../src/domain/plan-adjustments.js';
import { planProgress } from '../../src/domain/plan-progress.js';
import { secondsPerStretch } from '../../src/domain/plans.js';

const START = '2025-09-01';
const on = (day: number) => addDays(START, day);

describe('plan adjustments (hold, step back, resume)', () => {
  it('without adjustments, follows the plan exactly', () => {
    for (const plan of ['standard', 'gentle-start', 'caution'] as const) {
      for (const day of [0, 2, 3, 20, 21, 27, 28, 60, 200]) {
        expect(adjustedSeconds(plan, START, on(day), []), `${plan} day ${day}`).to.equal(secondsPerStretch(plan, day));
        const { planSeconds, heldSince, firstStep: _f, ...progress } = adjustedProgress(plan, START, on(day), []);
        expect(progress).to.deep.equal(planProgress(plan, START, on(day)));
        expect(planSeconds).to.equal(progress.seconds);
        expect(heldSince).to.equal(null);
      }
    }
  });

  it('names each plan\'s first step and keeps seconds within it and 10', () => {
    expect([firstStep('standard'), firstStep('gentle-start'), firstStep('caution')]).to.deep.equal([10, 5, 3]);
    expect(clampSeconds('caution', 2)).to.equal(3);
    expect(clampSeconds('caution', 11)).to.equal(10);
    expect(clampSeconds('gentle-start', 4)).to.equal(5);
    expect(clampSeconds('caution', Number.NaN)).to.equal(10);
  });

  it('"stay at N seconds for now" holds the seconds until the patient resumes; days held do not count', () => {
    // Caution: 3 s for 21 days, 4 s from day 21, 5 s from day 28.
    const hold: Adjustment = { date: on(24), kind: 'hold', seconds: 4 };
    expect(adjustedSeconds('caution', START, on(23), [hold]), 'before the hold').to.equal(4);
    expect(adjustedSeconds('caution', START, on(24), [hold]), 'on the day of the hold').to.equal(4);
    expect(adjustedSeconds('caution', START, on(60), [hold]), 'long after, still held').to.equal(4);
    const held = adjustedProgress('caution', START, on(30), [hold]);
    expect(held.seconds).to.equal(4);
    expect(held.planSeconds).to.equal(5);
    expect(held.heldSince).to.equal(on(24));
    expect(held.next, 'no increase while held').to.equal(null);

    // Resumed on day 34 after 10 days held: the plan was at day 24 (3 of the 7 days at 4 s
    // done), so 4 more days at 4 s, then 5 s on day 38.
    const resume: Adjustment = { date: on(34), kind: 'resume', seconds: 4 };
    expect(adjustedSeconds('caution', START, on(37), [hold, resume])).to.equal(4);
    expect(adjustedSeconds('caution', START, on(38), [hold, resume])).to.equal(5);
    const resumed = adjustedProgress('caution', START, on(34), [hold, resume]);
    expect(resumed.heldSince).to.equal(null);
    expect(resumed.next).to.deep.equal({ day: 38, date: on(38), seconds: 5 });
  });

  it('"go back one second" steps down, never below the first step, and holds there', () => {
    const back = (day: number, seconds: number): Adjustment => ({ date: on(day), kind: 'back', seconds });
    // Gentle start: 5 s days 0–2, 6 s days 3–5, 7 s days 6–8.
    expect(adjustedSeconds('gentle-start', START, on(7), [back(7, 6)])).to.equal(6);
    expect(adjustedSeconds('gentle-start', START, on(7), [back(7, 6), back(7, 5)])).to.equal(5);
    expect(adjustedSeconds('gentle-start', START, on(7), [back(7, 4)]), 'a stored value below the first step').to.equal(5);
    expect(adjustedSeconds('gentle-start', START, on(30), [back(7, 6)]), 'held after the step back').to.equal(6);
    // Resumed: the whole step at 6 s (3 days), then 7 s.
    const resume: Adjustment = { date: on(10), kind: 'resume', seconds: 6 };
    expect([10, 11, 12, 13].map((day) => adjustedSeconds('gentle-start', START, on(day), [back(7, 6), resume]))).to.deep.equal([
      6, 6, 6, 7,
    ]);
  });

  it('offers only what changes something: no hold at 10 s or while held, no step back at the first step, no resume while the ramp runs', () => {
    const today = on(7);
    const running = adjustedProgress('gentle-start', START, today, []);
    expect(makeAdjustment('hold', running, today)).to.deep.equal({ date: today, kind: 'hold', seconds: 7 });
    expect(makeAdjustment('back', running, today)).to.deep.equal({ date: today, kind: 'back', seconds: 6 });
    expect(makeAdjustment('resume', running, today)).to.equal(null);

    const held = adjustedProgress('gentle-start', START, today, [{ date: today, kind: 'hold', seconds: 7 }]);
    expect(makeAdjustment('hold', held, today)).to.equal(null);
    expect(makeAdjustment('resume', held, today)).to.deep.equal({ date: today, kind: 'resume', seconds: 7 });

    const first = adjustedProgress('caution', START, on(3), []);
    expect(first.seconds).to.equal(3);
    expect(makeAdjustment('back', first, on(3)), 'at the first step').to.equal(null);

    const standard = adjustedProgress('standard', START, today, []);
    expect(makeAdjustment('hold', standard, today), 'already at 10 s').to.equal(null);
    expect(makeAdjustment('back', standard, today), 'the standard plan starts at 10 s').to.equal(null);

    const top = adjustedProgress('gentle-start', START, on(40), []);
    expect(top.seconds).to.equal(10);
    expect(makeAdjustment('hold', top, on(40))).to.equal(null);
    expect(makeAdjustment('back', top, on(40))).to.deep.equal({ date: on(40), kind: 'back', seconds: 9 });
  });

  it('never goes above 10 s, whatever is stored', () => {
    const adjustments: Adjustment[] = [
      { date: on(50), kind: 'hold', seconds: 14 },
      { date: on(55), kind: 'resume', seconds: 14 },
    ];
    expect(adjustedSeconds('gentle-start', START, on(52), adjustments)).to.equal(10);
    expect(adjustedSeconds('gentle-start', START, on(90), adjustments)).to.equal(10);
  });

  it('ignores a resume without a hold, and adjustments after the day asked about', () => {
    const resume: Adjustment = { date: on(4), kind: 'resume', seconds: 9 };
    expect(adjustedSeconds('gentle-start', START, on(4), [resume])).to.equal(secondsPerStretch('gentle-start', 4));
    const later: Adjustment = { date: on(9), kind: 'back', seconds: 5 };
    expect(adjustedSeconds('gentle-start', START, on(8), [later])).to.equal(7);
  });

  it('reads adjustments in date order, whatever order they are given in', () => {
    const hold: Adjustment = { date: on(24), kind: 'hold', seconds: 4 };
    const resume: Adjustment = { date: on(34), kind: 'resume', seconds: 4 };
    expect(adjustedSeconds('caution', START, on(40), [resume, hold])).to.equal(adjustedSeconds('caution', START, on(40), [hold, resume]));
  });

  it('treats an adjustment dated before the start (the start date moved) as made on the first day', () => {
    const back: Adjustment = { date: addDays(START, -5), kind: 'hold', seconds: 6 };
    expect(adjustedSeconds('gentle-start', START, on(20), [back])).to.equal(6);
  });

  it('throws a RangeError when the start date is after today, as planProgress does', () => {
    expect(() => adjustedProgress('standard', on(2), on(1), [])).to.throw(RangeError);
  });
});
