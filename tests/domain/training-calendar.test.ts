import { expect } from '@open-wc/testing';
import {
  addDays,
  daysBetween,
  formatTimeOfDay,
  isIsoDate,
  localIsoDate,
  msUntilNextLocalMidnight,
  parseTimeOfDay,
} from '../../src/domain/calendar.js';
import { nextIncrease, planProgress } from '../../src/domain/plan-progress.js';

describe('training calendar', () => {
  it('accepts only real yyyy-mm-dd dates', () => {
    expect(['2025-12-01', '2024-02-29'].map(isIsoDate)).to.deep.equal([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-1-1', '1 May', '', null, 20251201].map(isIsoDate)).to.deep.equal(
      Array(7).fill(false),
    );
  });

  it('counts calendar days, across months, years and daylight-saving changes', () => {
    expect(daysBetween('2025-11-11', '2025-12-01')).to.equal(20);
    expect(daysBetween('2025-12-31', '2026-01-01')).to.equal(1);
    expect(daysBetween('2025-03-29', '2025-03-31')).to.equal(2); // Europe springs forward on 30 March
    expect(daysBetween('2025-12-02', '2025-12-01')).to.equal(-1);
    expect(addDays('2025-11-10', 28)).to.equal('2025-12-08');
    expect(addDays('2025-03-01', -1)).to.equal('2025-02-28');
  });

  it('takes today from local time, not UTC', () => {
    expect(localIsoDate(new Date(2025, 11, 1, 0, 5))).to.equal('2025-12-01');
    expect(localIsoDate(new Date(2025, 11, 1, 23, 55))).to.equal('2025-12-01');
    expect(msUntilNextLocalMidnight(new Date(2025, 11, 1, 23, 0))).to.equal(3_600_000);
  });

  it('reads times of day', () => {
    expect(parseTimeOfDay('08:00')).to.deep.equal({ hour: 8, minute: 0 });
    expect(parseTimeOfDay(' 7.30 ')).to.deep.equal({ hour: 7, minute: 30 });
    expect(['24:00', '12:60', '8', 'noon'].map(parseTimeOfDay)).to.deep.equal([null, null, null, null]);
    expect(formatTimeOfDay({ hour: 7, minute: 5 })).to.equal('07:05');
  });
});

describe('plan progress', () => {
  it('caution: day 20 holds 3 s and the next increase is day 21 at 4 s', () => {
    expect(planProgress('caution', '2025-11-11', '2025-12-01')).to.deep.equal({
      plan: 'caution',
      day: 20,
      week: 3,
      seconds: 3,
      next: { day: 21, date: '2025-12-02', seconds: 4 },
    });
    expect(planProgress('caution', '2025-11-10', '2025-12-01')).to.include({ day: 21, week: 4, seconds: 4 });
    expect(planProgress('caution', '2025-11-10', '2025-12-01').next).to.deep.equal({ day: 28, date: '2025-12-08', seconds: 5 });
  });

  it('gentle start: the next second after gentleStepDays', () => {
    expect(nextIncrease('gentle-start', 0)).to.deep.equal({ day: 3, seconds: 6 });
    expect(nextIncrease('gentle-start', 0, { gentleStepDays: 5 })).to.deep.equal({ day: 5, seconds: 6 });
  });

  it('has no next increase at 10 s', () => {
    expect(planProgress('standard', '2025-12-01', '2025-12-01').next).to.equal(null);
    expect(nextIncrease('caution', 63)).to.equal(null);
    expect(nextIncrease('gentle-start', 14)).to.deep.equal({ day: 15, seconds: 10 });
  });

  it('refuses a start date after today', () => {
    expect(() => planProgress('standard', '2025-12-02', '2025-12-01')).to.throw(RangeError, /after today/);
  });
});
