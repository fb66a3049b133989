import { expect } from '@open-wc/testing';
import { SESSIONS_PER_DAY, STRETCHES_PER_SESSION, secondsPerStretch } from '../../src/domain/plans.js';
import type { PlanId } from '../../src/domain/plans.js';

describe('secondsPerStretch', () => {
  it('is 3 stretches a session, 3 sessions a day', () => {
    expect([STRETCHES_PER_SESSION, SESSIONS_PER_DAY]).to.deep.equal([3, 3]);
  });

  it('standard: 10 s every day', () => {
    for (const day of [0, 1, 20, 365]) expect(secondsPerStretch('standard', day)).to.equal(10);
  });

  it('gentle-start: 5 s, one more every 3 days by default, never above 10', () => {
    const days = [0, 2, 3, 5, 6, 14, 15, 100].map((day) => secondsPerStretch('gentle-start', day));
    expect(days).to.deep.equal([5, 5, 6, 6, 7, 9, 10, 10]);
  });

  it('gentle-start: follows gentleStepDays', () => {
    expect(secondsPerStretch('gentle-start', 1, { gentleStepDays: 1 })).to.equal(6);
    expect(secondsPerStretch('gentle-start', 4, { gentleStepDays: 5 })).to.equal(5);
    expect(secondsPerStretch('gentle-start', 5, { gentleStepDays: 5 })).to.equal(6);
  });

  it('caution: 3 s for 21 days by default, then one more a week, never above 10', () => {
    const at = (day: number) => secondsPerStretch('caution', day);
    expect([at(0), at(20), at(21), at(27), at(28), at(34), at(35)]).to.deep.equal([3, 3, 4, 4, 5, 5, 6]);
    // 10 s is reached after 6 more weeks: day 21 + 6 × 7 = 63.
    expect([at(62), at(63), at(500)]).to.deep.equal([9, 10, 10]);
  });

  it('caution: follows cautionHoldDays (the seeds say two to three weeks)', () => {
    expect(secondsPerStretch('caution', 13, { cautionHoldDays: 14 })).to.equal(3);
    expect(secondsPerStretch('caution', 14, { cautionHoldDays: 14 })).to.equal(4);
  });

  for (const day of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`throws a RangeError for day ${day}`, () => {
      expect(() => secondsPerStretch('standard', day)).to.throw(RangeError, /whole number/);
    });
  }

  it('throws a RangeError for bad options and an unknown plan', () => {
    expect(() => secondsPerStretch('caution', 0, { cautionHoldDays: 0 })).to.throw(RangeError, /cautionHoldDays/);
    expect(() => secondsPerStretch('gentle-start', 0, { gentleStepDays: 2.5 })).to.throw(RangeError, /gentleStepDays/);
    expect(() => secondsPerStretch('daily' as PlanId, 0)).to.throw(RangeError, /standard, gentle-start, caution/);
  });
});
