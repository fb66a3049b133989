import { expect } from '@open-wc/testing';
import { addDays } from '../../src/domain/calendar.js';
import {
  DEFAULT_CUES,
  emptyLog,
  LOG_KEEP_DAYS,
  boundLog,
  loadLog,
  logKey,
  logKeys,
  mergeLogs,
  migrateLog,
  parseLog,
  recentDays,
  recordSession,
  serializeLog,
  sessionsOn,
  withCues,
} from '../../src/domain/training-log.js';

describe('training log', () => {
  it('lives under one namespaced, versioned key per patient', () => {
    expect(logKey()).to.equal('care-widgets:stretch-timer:v2');
    expect(logKey(' anna ')).to.equal('care-widgets:stretch-timer:v2:anna');
    expect(logKey('anna', 1)).to.equal('care-widgets:stretch-timer:v1:anna');
    expect(logKeys('anna')).to.deep.equal(['care-widgets:stretch-timer:v2:anna', 'care-widgets:stretch-timer:v1:anna']);
  });

  it('counts sessions per day and remembers the first session as the start date', () => {
    let log = recordSession(emptyLog(), { date: '2025-12-01', plan: 'caution', seconds: 3 });
    log = recordSession(log, { date: '2025-12-01', plan: 'caution', seconds: 3 });
    log = recordSession(log, { date: '2025-12-02', plan: 'caution', seconds: 3 });
    expect(log.startDate).to.equal('2025-12-01');
    expect([sessionsOn(log, '2025-12-01'), sessionsOn(log, '2025-12-02'), sessionsOn(log, '2025-12-03')]).to.deep.equal([2, 1, 0]);
    expect(log.days['2025-12-02']).to.deep.equal({ sessions: 1, seconds: 3, plan: 'caution' });
  });

  it('survives a round trip through text', () => {
    const log = withCues(recordSession(emptyLog(), { date: '2025-12-01', plan: 'standard', seconds: 10 }), {
      sound: false,
      vibration: true,
    });
    expect(parseLog(serializeLog(log))).to.deep.equal(log);
  });

  it('lists the last 14 days, newest first, with the days without training', () => {
    const log = recordSession(emptyLog(), { date: '2025-11-30', plan: 'standard', seconds: 10 });
    const days = recentDays(log, '2025-12-01');
    expect(days).to.have.length(14);
    expect(days[0]).to.deep.equal({ date: '2025-12-01', sessions: 0 });
    expect(days[1]).to.deep.equal({ date: '2025-11-30', sessions: 1, seconds: 10, plan: 'standard' });
    expect(days[13].date).to.equal('2025-11-18');
  });

  it('drops days older than a year as new sessions come', () => {
    let log = recordSession(emptyLog(), { date: '2024-01-01', plan: 'standard', seconds: 10 });
    log = recordSession(log, { date: '2025-12-01', plan: 'standard', seconds: 10 });
    expect(Object.keys(log.days)).to.deep.equal(['2025-12-01']);
    expect(log.startDate).to.equal('2024-01-01');
  });

  describe('migration', () => {
    const v1 = { version: 1, startDate: '2025-11-20', sessions: { '2025-12-01': 2, '2025-11-30': 3 } };

    it('turns a v1 log (counts only) into v2, cues at their defaults', () => {
      expect(migrateLog(v1)).to.deep.equal({
        version: 2,
        startDate: '2025-11-20',
        days: { '2025-12-01': { sessions: 2 }, '2025-11-30': { sessions: 3 } },
        cues: DEFAULT_CUES,
      });
    });

    it('loads the current key first, else migrates the newest older key it finds', () => {
      const store = new Map<string, string>([[logKey('a', 1), JSON.stringify(v1)]]);
      const loaded = loadLog((key) => store.get(key) ?? null, 'a');
      expect(loaded.migratedFrom).to.equal('care-widgets:stretch-timer:v1:a');
      expect(sessionsOn(loaded.log, '2025-12-01')).to.equal(2);

      store.set(logKey('a'), serializeLog(recordSession(emptyLog(), { date: '2025-12-05', plan: 'standard', seconds: 10 })));
      const current = loadLog((key) => store.get(key) ?? null, 'a');
      expect(current.migratedFrom).to.equal(null);
      expect(sessionsOn(current.log, '2025-12-05')).to.equal(1);
      expect(sessionsOn(current.log, '2025-12-01')).to.equal(0);
    });

    it('drops what is malformed and keeps the rest', () => {
      const log = migrateLog({
        version: 2,
        startDate: '2025-13-01',
        days: {
          '2025-12-01': { sessions: 2, seconds: 4, plan: 'caution' },
          '2025-12-02': { sessions: -1 },
          '2025-12-03': { sessions: 1, seconds: 'ten', plan: 'daily' },
          yesterday: { sessions: 1 },
        },
        cues: { sound: 'no', vibration: false },
      });
      expect(log).to.deep.equal({
        version: 2,
        startDate: null,
        days: { '2025-12-01': { sessions: 2, seconds: 4, plan: 'caution' }, '2025-12-03': { sessions: 1 } },
        cues: { sound: true, vibration: false },
      });
    });

    for (const [what, text] of [
      ['nothing', null],
      ['text that is not JSON', '{oops'],
      ['JSON that is not a log', '[1,2,3]'],
      ['an unknown older version', JSON.stringify({ version: 0, sessions: {} })],
      ['a newer version', JSON.stringify({ version: 3, days: {} })],
    ] as const) {
      it(`reads ${what} as no log`, () => {
        expect(parseLog(text)).to.equal(null);
        expect(loadLog(() => text).log).to.deep.equal(emptyLog());
      });
    }
  });

  describe('bounds (a clock set wrong, a stored value out of range)', () => {
    it('re-anchors a remembered start later than today and drops future-dated days', () => {
      // One session with the device clock 400 days ahead, then the clock is corrected.
      const ahead = recordSession(emptyLog(), { date: '2027-01-05', plan: 'standard', seconds: 10 });
      const corrected = boundLog(ahead, '2025-12-01');
      expect(corrected.startDate).to.equal(null);
      expect(corrected.days).to.deep.equal({});
      // The next real session becomes the start, not the future date.
      const next = recordSession(ahead, { date: '2025-12-01', plan: 'standard', seconds: 5 });
      expect(next.startDate).to.equal('2025-12-01');
      expect(Object.keys(next.days)).to.deep.equal(['2025-12-01']);
    });

    it('re-anchors a future start to the earliest day trained, when there is one', () => {
      const log = migrateLog({
        version: 2,
        startDate: '2030-01-01',
        days: { '2025-11-20': { sessions: 1 }, '2025-11-25': { sessions: 3 }, '2030-01-01': { sessions: 1 } },
      })!;
      const bounded = boundLog(log, '2025-12-01');
      expect(bounded.startDate).to.equal('2025-11-20');
      expect(Object.keys(bounded.days).sort()).to.deep.equal(['2025-11-20', '2025-11-25']);
      expect(loadLog(() => serializeLog(log), '', '2025-12-01').log).to.deep.equal(bounded);
    });

    it('clamps counts to the sessions of a day and seconds to 1–10', () => {
      const log = migrateLog({
        version: 2,
        startDate: '2025-11-01',
        days: {
          '2025-11-30': { sessions: 1e9, seconds: 1e300 },
          '2025-12-01': { sessions: 2, seconds: 0.001 },
        },
      })!;
      expect(log.days['2025-11-30']).to.deep.equal({ sessions: 3, seconds: 10 });
      expect(log.days['2025-12-01']).to.deep.equal({ sessions: 2, seconds: 1 });
    });

    it('never counts a fourth session in a day', () => {
      let log = emptyLog();
      for (let i = 0; i < 4; i += 1) log = recordSession(log, { date: '2025-12-01', plan: 'standard', seconds: 10 });
      expect(sessionsOn(log, '2025-12-01')).to.equal(3);
    });

    it('keeps about a year of days, dropping older ones when read, without parsing the whole oversized text', () => {
      const days: Record<string, { sessions: number }> = {};
      for (let i = 0; i < 100_000; i += 1) days[addDays('2025-12-01', -i)] = { sessions: 3 };
      const text = JSON.stringify({ version: 2, startDate: '1752-01-01', days });
      // Parsing 100,000 days whole is what blocked the page for a second (issue 13.9): the
      // oversized text is read day by day within the kept span instead. How long that takes
      // is measured by `npm run bench`, not here.
      const parse = JSON.parse;
      const parsedLengths: number[] = [];
      JSON.parse = ((value: string, reviver?: Parameters<typeof parse>[1]) => {
        parsedLengths.push(String(value).length);
        return parse(value, reviver);
      }) as typeof JSON.parse;
      let log;
      try {
        log = loadLog(() => text, '', '2025-12-01').log;
      } finally {
        JSON.parse = parse;
      }
      expect(Object.keys(log.days)).to.have.length(LOG_KEEP_DAYS);
      expect(log.startDate).to.equal('1752-01-01');
      expect(Math.max(0, ...parsedLengths), 'longest text given to JSON.parse').to.be.below(1000);
    });
  });

  describe('merging two copies (two tabs, one log)', () => {
    it('keeps every day of both, the larger count of a day, and the earlier start', () => {
      const a = migrateLog({
        version: 2,
        startDate: '2025-11-20',
        days: { '2025-11-29': { sessions: 3, seconds: 8 }, '2025-11-30': { sessions: 1, seconds: 8 } },
        cues: { sound: true, vibration: true },
      })!;
      const b = migrateLog({
        version: 2,
        startDate: '2025-11-25',
        days: { '2025-11-30': { sessions: 2, seconds: 9 }, '2025-12-01': { sessions: 1, seconds: 9 } },
        cues: { sound: false, vibration: true },
      })!;
      const merged = mergeLogs(a, b);
      expect(merged).to.deep.equal({
        version: 2,
        startDate: '2025-11-20',
        days: {
          '2025-11-29': { sessions: 3, seconds: 8 },
          '2025-11-30': { sessions: 2, seconds: 9 },
          '2025-12-01': { sessions: 1, seconds: 9 },
        },
        cues: { sound: false, vibration: true },
      });
      expect(mergeLogs(merged, b)).to.deep.equal(merged);
    });
  });
});
