import { expect } from '@open-wc/testing';
import { csvField, toCsv } from '../../src/domain/csv.js';
import { BACKUP_FORMAT, backupFileName, backupText, makeBackup } from '../../src/domain/log-backup.js';
import { readBackup } from '../../src/domain/backup-reader.js';
import { emptyLog, recordSession } from '../../src/domain/training-log.js';
import { recoverLost } from '../../src/domain/log-sync.js';

describe('CSV (RFC 4180)', () => {
  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('sore, a little')).to.equal('"sore, a little"');
    expect(csvField('said "ouch"')).to.equal('"said ""ouch"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField(7)).to.equal('7');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    for (const risky of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const field = csvField(risky);
      expect(field.replace(/^"/, '')).to.match(/^'/, risky);
    }
    expect(csvField('=1,2')).to.equal(`"'=1,2"`);
  });

  it('ends every record with CRLF and starts with a byte order mark', () => {
    expect(toCsv(['Datum', 'Pass'], [['2025-12-01', 3], ['2025-12-02', 0]])).to.equal(
      '\uFEFFDatum,Pass\r\n2025-12-01,3\r\n2025-12-02,0\r\n',
    );
  });
});

describe('training log backup', () => {
  const log = recordSession(emptyLog(), { date: '2025-12-01', plan: 'standard', seconds: 7 });
  const backup = makeBackup(log, new Date('2025-12-01T10:00:00Z'), 'anna');

  it('says what it is, which version, when it was saved, and holds the log', () => {
    expect(backup).to.deep.include({ format: BACKUP_FORMAT, formatVersion: 1, savedAt: '2025-12-01T10:00:00.000Z', storageKey: 'anna' });
    expect(backup.log).to.deep.equal(log);
    expect(backupFileName('2025-12-01')).to.equal('iqoro-training-log-2025-12-01.json');
  });

  it('reads its own file and value back', () => {
    const fromText = readBackup(backupText(backup));
    expect(fromText.ok && fromText.log).to.deep.equal(log);
    const fromValue = readBackup(JSON.parse(JSON.stringify(backup)));
    expect(fromValue.ok && fromValue.log).to.deep.equal(log);
  });

  it('reads a backup of an older log schema, migrating it', () => {
    const old = { format: BACKUP_FORMAT, formatVersion: 1, savedAt: '', log: { version: 1, startDate: '2025-11-30', sessions: { '2025-11-30': 2 } } };
    const reading = readBackup(JSON.stringify(old));
    expect(reading.ok && reading.log.days).to.deep.equal({ '2025-11-30': { sessions: 2 } });
  });

  it('tells a file that is not ours', () => {
    for (const data of ['', 'BEGIN:VCALENDAR', '[1,2]', '{"version":2,"days":{}}', JSON.stringify({ format: 'other', log: log }), 42, null, undefined, [log]]) {
      expect(readBackup(data)).to.deep.equal({ ok: false, problem: 'not-ours' }, String(data));
    }
  });

  it('tells a file from a newer version: of the envelope or of the log', () => {
    expect(readBackup({ ...backup, formatVersion: 2 })).to.deep.equal({ ok: false, problem: 'newer' });
    expect(readBackup({ ...backup, log: { ...log, version: 99 } })).to.deep.equal({ ok: false, problem: 'newer' });
  });

  it('tells a damaged file: cut off, edited, or with no readable log', () => {
    const text = backupText(backup);
    expect(readBackup(text.slice(0, text.length / 2))).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(readBackup({ ...backup, log: 'x' })).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(readBackup({ ...backup, log: undefined })).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(readBackup({ ...backup, formatVersion: 'one' })).to.deep.equal({ ok: false, problem: 'damaged' });
  });
});

describe('two tabs: recovering what another tab’s write lost', () => {
  const day = (sessions: number, notes?: string[]) => ({ sessions, seconds: 5, plan: 'standard' as const, ...(notes ? { notes: notes as never } : {}) });
  const log = (days: Record<string, ReturnType<typeof day>>, adjustments: Array<{ date: string; kind: 'hold' | 'back' | 'resume'; seconds: number }> = []) =>
    ({ ...emptyLog(), startDate: Object.keys(days).sort()[0] ?? null, days, adjustments });

  it('brings back sessions, days and adjustments theirs lacks', () => {
    const ours = log({ '2025-11-30': day(3), '2025-12-01': day(2) }, [{ date: '2025-11-30', kind: 'hold', seconds: 5 }]);
    const theirs = log({ '2025-12-01': day(1) });
    const recovered = recoverLost(ours, theirs);
    expect(recovered.days['2025-11-30'].sessions).to.equal(3);
    expect(recovered.days['2025-12-01'].sessions).to.equal(2);
    expect(recovered.adjustments).to.have.length(1);
    expect(recovered.startDate).to.equal('2025-11-30');
  });

  it('lets theirs take back a note on a day it holds, and changes nothing when nothing was lost', () => {
    const ours = log({ '2025-12-01': day(1, ['soreness', 'tinnitus']) });
    const theirs = log({ '2025-12-01': day(1, ['tinnitus']) });
    expect(recoverLost(ours, theirs)).to.deep.equal(theirs);
    const untickedAll = log({ '2025-12-01': day(1) });
    expect(recoverLost(ours, untickedAll).days['2025-12-01']).to.deep.equal(day(1));
  });

  it('keeps a lost day with its notes', () => {
    const ours = log({ '2025-11-30': day(2, ['reflux']) });
    expect(recoverLost(ours, log({})).days['2025-11-30']).to.deep.equal(day(2, ['reflux']));
  });
});

describe('summary weeks', () => {
  it('sums sessions per week from the start date and keeps the longest hold', async () => {
    const { weekTotals } = await import('../../src/domain/log-export.js');
    const log = { ...emptyLog(), startDate: '2025-11-17', days: { '2025-11-17': { sessions: 3, seconds: 3 }, '2025-11-23': { sessions: 2, seconds: 4 }, '2025-11-24': { sessions: 1 } } };
    expect(weekTotals(log, '2025-11-17', '2025-12-01')).to.deep.equal([
      { week: 1, from: '2025-11-17', sessions: 5, seconds: 4 },
      { week: 2, from: '2025-11-24', sessions: 1, seconds: null },
      { week: 3, from: '2025-12-01', sessions: 0, seconds: null },
    ]);
  });
});
