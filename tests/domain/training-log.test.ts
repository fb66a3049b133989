import { expect } from '@open-wc/testing';
import { addDays } from '../../src/domain/calendar.js';
import {
  DEFAULT_CUES,
  emptyLog,
  LOG_KEEP_DAYS,
  MAX_ADJUSTMENTS,
  boundLog,
  loadLog,
  logKey,
  logKeys,
  unreadableLogKey,
  mergeLogs,
  migrateLog,
  notesOn,
  parseLog,
  recentDays,
  recordAdjustment,
  recordSession,
  serializeLog,
  setDayNotes,
  sessionsOn,
  withCues,
} from '../../src/domain/training-log.js';

describe('training log', () => {
  it('lives under one namespaced, versioned key per patient', () => {
    expect(logKey()).to.equal('care-widgets:stretch-timer:v3');
    expect(logKey(' anna ')).to.equal('care-widgets:stretch-timer:v3:anna');
    expect(logKey('anna', 1)).to.equal('care-widgets:stretch-timer:v1:anna');
    expect(logKeys('anna')).to.deep.equal([
      'care-widgets:stretch-timer:v3:anna',
      'care-widgets:stretch-timer:v2:anna',
      'care-widgets:stretch-timer:v1:anna',
    ]);
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

    it('turns a v1 log (counts only) into v3, cues at their defaults, no adjustments', () => {
      expect(migrateLog(v1)).to.deep.equal({
        version: 3,
        startDate: '2025-11-20',
        days: { '2025-12-01': { sessions: 2 }, '2025-11-30': { sessions: 3 } },
        adjustments: [],
        cues: DEFAULT_CUES,
      });
    });

    it('turns a v2 log into v3 with its days and cues as they were and no adjustments', () => {
      const v2 = {
        version: 2,
        startDate: '2025-11-20',
        days: { '2025-11-30': { sessions: 3, seconds: 4, plan: 'caution' } },
        cues: { sound: false, vibration: true },
      };
      expect(migrateLog(v2)).to.deep.equal({ ...v2, version: 3, adjustments: [] });
      const store = new Map<string, string>([[logKey('b', 2), JSON.stringify(v2)]]);
      const loaded = loadLog((key) => store.get(key) ?? null, 'b');
      expect(loaded.migratedFrom).to.equal('care-widgets:stretch-timer:v2:b');
      expect(loaded.log.days['2025-11-30']).to.deep.equal({ sessions: 3, seconds: 4, plan: 'caution' });
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

    it('names the first key whose stored text is no log, so that it is kept, not written over', () => {
      const store = new Map<string, string>([[logKey('a'), '{"version":3,"days":{'], [logKey('a', 2), 'x']]);
      const read = (key: string) => store.get(key) ?? null;
      expect(loadLog(read, 'a')).to.deep.equal({ log: emptyLog(), migratedFrom: null, unreadable: logKey('a') });
      store.set(logKey('a', 1), JSON.stringify(v1));
      const migrated = loadLog(read, 'a');
      expect(migrated.unreadable).to.equal(logKey('a'));
      expect(migrated.migratedFrom).to.equal(logKey('a', 1));
      expect(loadLog(() => null, 'a').unreadable, 'nothing stored is nothing to keep').to.equal(null);
      expect(unreadableLogKey('a')).to.equal('care-widgets:stretch-timer:unreadable:v3:a');
      expect(unreadableLogKey()).to.equal('care-widgets:stretch-timer:unreadable:v3');
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
        version: 3,
        startDate: null,
        days: { '2025-12-01': { sessions: 2, seconds: 4, plan: 'caution' }, '2025-12-03': { sessions: 1 } },
        adjustments: [],
        cues: { sound: true, vibration: false },
      });
    });

    for (const [what, text] of [
      ['nothing', null],
      ['text that is not JSON', '{oops'],
      ['JSON that is not a log', '[1,2,3]'],
      ['an unknown older version', JSON.stringify({ version: 0, sessions: {} })],
      ['a newer version', JSON.stringify({ version: 4, days: {} })],
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
        version: 3,
        startDate: '2025-11-20',
        days: {
          '2025-11-29': { sessions: 3, seconds: 8 },
          '2025-11-30': { sessions: 2, seconds: 9 },
          '2025-12-01': { sessions: 1, seconds: 9 },
        },
        adjustments: [],
        cues: { sound: false, vibration: true },
      });
      expect(mergeLogs(merged, b)).to.deep.equal(merged);
    });

    it('keeps the notes of both copies of a day and the adjustments of both, each once', () => {
      const start = recordSession(emptyLog(), { date: '2025-11-28', plan: 'caution', seconds: 5 });
      // Both copies share the first hold (written before the two tabs parted).
      const shared = recordAdjustment(start, { date: '2025-11-28', kind: 'hold', seconds: 5 });
      let a = recordSession(shared, { date: '2025-11-30', plan: 'caution', seconds: 5 });
      a = setDayNotes(a, '2025-11-30', ['soreness']);
      a = recordAdjustment(a, { date: '2025-11-30', kind: 'back', seconds: 4 });
      a = recordAdjustment(a, { date: '2025-11-30', kind: 'back', seconds: 3 });
      let b = recordAdjustment(shared, { date: '2025-11-29', kind: 'resume', seconds: 5 });
      b = recordSession(b, { date: '2025-11-30', plan: 'caution', seconds: 5 });
      b = recordSession(b, { date: '2025-11-30', plan: 'caution', seconds: 5 });
      b = setDayNotes(b, '2025-11-30', ['tinnitus']);

      const merged = mergeLogs(a, b);
      expect(merged.days['2025-11-30']).to.deep.equal({ sessions: 2, seconds: 5, plan: 'caution', notes: ['soreness', 'tinnitus'] });
      expect(merged.adjustments).to.deep.equal([
        { date: '2025-11-28', kind: 'hold', seconds: 5 },
        { date: '2025-11-29', kind: 'resume', seconds: 5 },
        { date: '2025-11-30', kind: 'back', seconds: 4 },
        { date: '2025-11-30', kind: 'back', seconds: 3 },
      ]);
      expect(mergeLogs(merged, a), 'merging again with ours').to.deep.equal(merged);
      expect(mergeLogs(merged, b), 'merging again with theirs').to.deep.equal(merged);
      expect(mergeLogs(b, a).adjustments).to.have.deep.members(merged.adjustments);
      expect(mergeLogs(b, a).days['2025-11-30'].notes).to.deep.equal(['soreness', 'tinnitus']);
    });
  });

  describe('schema v3: adjustments and notes', () => {
    it('keeps a day\'s notes when more sessions come, and replaces them when the patient changes them', () => {
      let log = recordSession(emptyLog(), { date: '2025-12-01', plan: 'gentle-start', seconds: 5 });
      log = setDayNotes(log, '2025-12-01', ['soreness', 'reflux']);
      log = recordSession(log, { date: '2025-12-01', plan: 'gentle-start', seconds: 5 });
      expect(notesOn(log, '2025-12-01')).to.deep.equal(['soreness', 'reflux']);
      log = setDayNotes(log, '2025-12-01', ['nothing']);
      expect(log.days['2025-12-01']).to.deep.equal({ sessions: 2, seconds: 5, plan: 'gentle-start', notes: ['nothing'] });
      log = setDayNotes(log, '2025-12-01', []);
      expect(log.days['2025-12-01']).to.deep.equal({ sessions: 2, seconds: 5, plan: 'gentle-start' });
    });

    it('puts no note on a day without a session', () => {
      const log = recordSession(emptyLog(), { date: '2025-11-30', plan: 'standard', seconds: 10 });
      expect(setDayNotes(log, '2025-12-01', ['soreness'])).to.deep.equal(log);
      expect(notesOn(log, '2025-12-01')).to.deep.equal([]);
    });

    it('survives a round trip through text with notes and adjustments', () => {
      let log = recordSession(emptyLog(), { date: '2025-12-01', plan: 'caution', seconds: 3 });
      log = setDayNotes(log, '2025-12-01', ['blood-taste']);
      log = recordAdjustment(log, { date: '2025-12-01', kind: 'hold', seconds: 3 });
      expect(parseLog(serializeLog(log))).to.deep.equal(log);
      expect(serializeLog(log)).to.equal(
        '{"version":3,"startDate":"2025-12-01","days":{"2025-12-01":{"sessions":1,"seconds":3,"plan":"caution","notes":["blood-taste"]}},' +
          '"adjustments":[{"date":"2025-12-01","kind":"hold","seconds":3}],"cues":{"sound":true,"vibration":true}}',
      );
    });

    it('drops an adjustment with a bad date, kind or seconds and an unknown note, and keeps the rest', () => {
      const log = migrateLog(
        {
          version: 3,
          startDate: '2025-11-01',
          days: {
            '2025-11-30': { sessions: 3, seconds: 5, notes: ['soreness', 'itch', 7, 'soreness', 'nothing'] },
            '2025-12-01': { sessions: 1, notes: 'soreness' },
          },
          adjustments: [
            { date: '2025-11-20', kind: 'hold', seconds: 5 },
            { date: '2025-02-30', kind: 'back', seconds: 4 },
            { date: 'yesterday', kind: 'back', seconds: 4 },
            { date: '2025-11-21', kind: 'pause', seconds: 4 },
            { date: '2025-11-22', kind: 'back', seconds: 'four' },
            { date: '2025-11-23', kind: 'back', seconds: 40 },
            null,
            '2025-11-24',
            { date: '2025-12-25', kind: 'resume', seconds: 5 },
            { date: '2025-11-19', kind: 'resume', seconds: 4.6 },
          ],
        },
        '2025-12-01',
      )!;
      expect(log.days).to.deep.equal({
        '2025-11-30': { sessions: 3, seconds: 5, notes: ['soreness', 'nothing'] },
        '2025-12-01': { sessions: 1 },
      });
      expect(log.adjustments, 'in date order, none after today, seconds within 1–10').to.deep.equal([
        { date: '2025-11-19', kind: 'resume', seconds: 5 },
        { date: '2025-11-20', kind: 'hold', seconds: 5 },
        { date: '2025-11-23', kind: 'back', seconds: 10 },
      ]);
      const notAList = migrateLog({ version: 3, startDate: null, days: {}, adjustments: { '2025-11-20': 'hold' } })!;
      expect(notAList.adjustments).to.deep.equal([]);
    });

    it('keeps the newest adjustments only, at most MAX_ADJUSTMENTS', () => {
      let log = emptyLog();
      for (let i = 0; i < MAX_ADJUSTMENTS + 5; i += 1) {
        log = recordAdjustment(log, { date: addDays('2025-06-01', i), kind: i % 2 === 0 ? 'hold' : 'resume', seconds: 5 });
      }
      expect(log.adjustments).to.have.length(MAX_ADJUSTMENTS);
      expect(log.adjustments[0].date).to.equal(addDays('2025-06-01', 5));
      expect(log.adjustments.at(-1)!.date).to.equal(addDays('2025-06-01', MAX_ADJUSTMENTS + 4));
    });

    it('keeps adjustments older than the kept days (today\'s seconds depend on them) but none after today', () => {
      let log = recordAdjustment(emptyLog(), { date: '2024-01-01', kind: 'hold', seconds: 4 });
      log = recordAdjustment(log, { date: '2026-01-01', kind: 'resume', seconds: 4 });
      const bounded = boundLog(log, '2025-12-01');
      expect(bounded.adjustments).to.deep.equal([{ date: '2024-01-01', kind: 'hold', seconds: 4 }]);
    });

    it('reads the adjustments and notes of an oversized v3 text without parsing it whole', () => {
      const days: Record<string, unknown> = {};
      for (let i = 0; i < 5000; i += 1) days[addDays('2025-12-01', -i)] = { sessions: 3, seconds: 5, notes: ['soreness'] };
      const adjustments = [{ date: '2025-11-01', kind: 'hold', seconds: 5 }];
      const text = JSON.stringify({ version: 3, startDate: '2012-01-01', days, adjustments, cues: { sound: false, vibration: true } });
      expect(text.length).to.be.above(65_536);
      const log = parseLog(text, '2025-12-01')!;
      expect(Object.keys(log.days)).to.have.length(LOG_KEEP_DAYS);
      expect(log.days['2025-11-30']).to.deep.equal({ sessions: 3, seconds: 5, notes: ['soreness'] });
      expect(log.adjustments).to.deep.equal(adjustments);
      expect(log.cues).to.deep.equal({ sound: false, vibration: true });
    });

    it('stores eight months of daily training (about 720 sessions) with notes and adjustments in under 20 KB', () => {
      // Generated from a fixed start: every day three sessions (two on every ninth), a
      // note on most days of the first month, and a hold, a step back and a resume.
      const start = '2025-04-01';
      let log = emptyLog();
      let sessions = 0;
      for (let day = 0; day < 243; day += 1) {
        const date = addDays(start, day);
        const count = day % 9 === 8 ? 2 : 3;
        for (let i = 0; i < count; i += 1) {
          log = recordSession(log, { date, plan: 'caution', seconds: Math.min(10, 3 + Math.floor(day / 14)) });
          sessions += 1;
        }
        if (day < 30) log = setDayNotes(log, date, day % 3 === 0 ? ['soreness', 'reflux'] : ['nothing']);
      }
      log = recordAdjustment(log, { date: addDays(start, 40), kind: 'hold', seconds: 4 });
      log = recordAdjustment(log, { date: addDays(start, 45), kind: 'back', seconds: 3 });
      log = recordAdjustment(log, { date: addDays(start, 52), kind: 'resume', seconds: 3 });
      expect(sessions).to.be.within(700, 740);
      const size = serializeLog(log).length;
      expect(size, `stored size ${size} characters`).to.be.below(20_000);
      expect(parseLog(serializeLog(log), addDays(start, 242))).to.deep.equal(log);
    });
  });
});
