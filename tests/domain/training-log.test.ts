import { expect } from '@open-wc/testing';
import {
  DEFAULT_CUES,
  emptyLog,
  loadLog,
  logKey,
  logKeys,
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
});
