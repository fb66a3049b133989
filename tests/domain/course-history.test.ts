import { expect } from '@open-wc/testing';
import { addDays } from '../../src/domain/calendar.js';
import { SESSIONS_PER_WEEK, courseHistory, currentStreak } from '../../src/domain/course-history.js';
import { emptyLog, recordAdjustment, recordSession, setDayNotes } from '../../src/domain/training-log.js';
import type { TrainingLog } from '../../src/domain/training-log.js';

const START = '2025-09-01';
const on = (day: number) => addDays(START, day);

function train(log: TrainingLog, day: number, count: number, seconds = 3): TrainingLog {
  let next = log;
  for (let i = 0; i < count; i += 1) next = recordSession(next, { date: on(day), plan: 'caution', seconds });
  return next;
}

describe('course history', () => {
  it('sums each week\'s sessions out of 21, from the start date to today', () => {
    let log = emptyLog();
    for (let day = 0; day < 7; day += 1) log = train(log, day, 3);
    log = train(log, 8, 2, 3);
    log = train(log, 9, 1, 3);
    const { weeks } = courseHistory({ log, plan: 'caution', startDate: START, today: on(9) });
    expect(SESSIONS_PER_WEEK).to.equal(21);
    expect(weeks.map((week) => [week.week, week.from, week.to, week.days, week.sessions])).to.deep.equal([
      [1, on(0), on(6), 7, 21],
      [2, on(7), on(9), 3, 3],
    ]);
  });

  it('gives the longest hold trained and the planned seconds of each week, with the adjustments', () => {
    let log = emptyLog();
    log = train(log, 22, 3, 4);
    log = recordAdjustment(log, { date: on(23), kind: 'back', seconds: 3 });
    log = train(log, 23, 1, 3);
    const { weeks } = courseHistory({ log, plan: 'caution', startDate: START, today: on(23) });
    expect(weeks).to.have.length(4);
    expect(weeks[0].seconds, 'no session recorded').to.equal(null);
    expect(weeks[0].planned).to.equal(3);
    expect(weeks[3].seconds).to.equal(4);
    expect(weeks[3].planned, 'stepped back to 3 s').to.equal(3);
  });

  it('counts the days with each note per week', () => {
    let log = train(emptyLog(), 0, 1);
    log = setDayNotes(log, on(0), ['soreness', 'tinnitus']);
    log = train(log, 1, 1);
    log = setDayNotes(log, on(1), ['soreness']);
    log = train(log, 2, 1);
    log = setDayNotes(log, on(2), ['nothing']);
    const [week] = courseHistory({ log, plan: 'caution', startDate: START, today: on(2) }).weeks;
    expect(week.notes).to.deep.equal([
      { kind: 'soreness', days: 2 },
      { kind: 'tinnitus', days: 1 },
      { kind: 'nothing', days: 1 },
    ]);
  });

  it('states the run of days with all three sessions; today counts once done and does not break it before', () => {
    let log = emptyLog();
    for (let day = 0; day < 12; day += 1) log = train(log, day, 3);
    log = train(log, 12, 2);
    expect(currentStreak(log, on(12)), 'today not complete yet').to.equal(12);
    expect(currentStreak(train(log, 12, 1), on(12)), 'today complete').to.equal(13);
    expect(currentStreak(log, on(13)), 'yesterday was not complete').to.equal(0);
    const gap = train(train(emptyLog(), 0, 3), 2, 3);
    expect(currentStreak(gap, on(2))).to.equal(1);
  });

  it('leaves out the weeks older than the log keeps, and says so', () => {
    const start = '2024-01-01';
    const today = '2025-12-01';
    const history = courseHistory({ log: emptyLog(), plan: 'standard', startDate: start, today });
    expect(history.truncated).to.equal(true);
    expect(history.weeks.length).to.be.within(52, 54);
    expect(history.weeks.at(-1)!.to).to.equal(today);
    expect(history.weeks[0].to >= addDays(today, -365)).to.equal(true);
  });

  it('has no weeks when the start date is after today', () => {
    expect(courseHistory({ log: emptyLog(), plan: 'standard', startDate: on(5), today: on(1) }).weeks).to.deep.equal([]);
  });
});
