import { expect } from '@open-wc/testing';
import { escapeText, foldLine, remindersIcs } from '../../src/domain/ics.js';

const times = [
  { hour: 8, minute: 0 },
  { hour: 13, minute: 0 },
  { hour: 19, minute: 30 },
];

function file(overrides: Partial<Parameters<typeof remindersIcs>[0]> = {}): string {
  return remindersIcs({
    events: times.map((time, i) => ({ time, summary: `IQoro-träning, träningspass ${i + 1} av 3` })),
    firstDate: '2025-12-01',
    description: 'Dags för din IQoro-träning: tre töjningar, med vila emellan.',
    stamp: new Date(Date.UTC(2025, 11, 1, 8, 5, 9)),
    uid: 'abc',
    ...overrides,
  });
}

/** Undoes folding (RFC 5545 §3.1) and splits into content lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('reminders .ics (RFC 5545)', () => {
  it('is a calendar with three daily recurring events, each with an alarm', () => {
    const lines = unfold(file());
    expect(lines.slice(0, 2)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).to.include('PRODID:-//care-widgets//Stretch timer reminders//EN');
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
    expect(lines.at(-1), 'ends with CRLF').to.equal('');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(3);
    expect(lines.filter((l) => l === 'RRULE:FREQ=DAILY')).to.have.length(3);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).to.have.length(3);
    expect(lines.filter((l) => l.startsWith('DTSTART:'))).to.deep.equal([
      'DTSTART:20251201T080000',
      'DTSTART:20251201T130000',
      'DTSTART:20251201T193000',
    ]);
  });

  it('gives every event the properties a VEVENT requires: a unique UID and a UTC DTSTAMP', () => {
    const lines = unfold(file());
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).to.deep.equal(['UID:abc-0800@care-widgets', 'UID:abc-1300@care-widgets', 'UID:abc-1930@care-widgets']);
    expect(lines.filter((l) => l === 'DTSTAMP:20251201T080509Z')).to.have.length(3);
    expect(lines.filter((l) => l === 'DURATION:PT5M')).to.have.length(3);
  });

  it('uses CRLF line breaks only', () => {
    const text = file();
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = file({ description: 'Töjning, vila och träningspass – å ä ö æ ø. '.repeat(6) });
    const encoder = new TextEncoder();
    for (const line of long.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const description = unfold(long).find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).to.equal(`DESCRIPTION:${escapeText('Töjning, vila och träningspass – å ä ö æ ø. '.repeat(6))}`);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    // 'ä' is two octets: a line of 74 x and one ä would be 76 octets, so the ä moves down whole.
    expect(foldLine(`${'x'.repeat(74)}ä`)).to.equal(`${'x'.repeat(74)}\r\n ä`);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a, b; c\\d\ne')).to.equal('a\\, b\\; c\\\\d\\ne');
    expect(unfold(file())).to.include('SUMMARY:IQoro-träning\\, träningspass 1 av 3');
  });

  it('makes one event per time given', () => {
    const one = file({ events: [{ time: { hour: 7, minute: 5 }, summary: 'IQoro' }] });
    expect(unfold(one).filter((l) => l.startsWith('DTSTART:'))).to.deep.equal(['DTSTART:20251201T070500']);
  });
});
