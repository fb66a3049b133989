import { expect } from '@open-wc/testing';
import {
  HANDOFF_MAX_REST_SECONDS,
  MAX_HANDOFF_FRAGMENT_CHARS,
  encodeHandoff,
  handoffUrl,
  hasHandoff,
  parseHandoff,
  withoutHandoff,
} from '../../src/domain/plan-handoff.js';
import type { Handoff, HandoffResult } from '../../src/domain/plan-handoff.js';
import { MAX_REST_SECONDS } from '../../src/elements/stretch-timer/settings.js';

const GENTLE: Handoff = {
  plan: 'gentle-start',
  startDate: '2026-11-20',
  restSeconds: 10,
  reminderTimes: [
    { hour: 8, minute: 0 },
    { hour: 13, minute: 0 },
    { hour: 19, minute: 0 },
  ],
};
const LINK = 'care-plan=1&plan=gentle-start&start=2026-11-20&rest=10&reminders=08:00,13:00,19:00';
const TODAY = '2026-11-26';

/** LINK with one field's value replaced. */
const withField = (key: string, value: string) => LINK.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);
const kindOf = (result: HandoffResult) => result.kind;

describe('plan hand-off link', () => {
  it('encodes a hand-off as the documented fragment, and reads it back', () => {
    expect(encodeHandoff(GENTLE)).to.equal(LINK);
    expect(parseHandoff(`#${LINK}`, { today: TODAY })).to.deep.equal({ kind: 'ok', handoff: GENTLE });
    expect(parseHandoff(LINK)).to.deep.equal({ kind: 'ok', handoff: GENTLE });
  });

  it('round-trips every plan, rest at both ends and one to three times', () => {
    for (const plan of ['standard', 'gentle-start', 'caution'] as const) {
      for (const restSeconds of [0, HANDOFF_MAX_REST_SECONDS]) {
        for (const reminderTimes of [[{ hour: 0, minute: 0 }], [{ hour: 7, minute: 5 }, { hour: 23, minute: 59 }]]) {
          const handoff = { plan, startDate: '2026-01-01', restSeconds, reminderTimes };
          expect(parseHandoff(encodeHandoff(handoff))).to.deep.equal({ kind: 'ok', handoff });
        }
      }
    }
  });

  it('takes the fields in any order, percent-encoded, and sorts the times', () => {
    const shuffled = 'reminders=19%3A00%2C08%3A00&rest=10&start=2026-11-20&plan=gentle-start&care-plan=1';
    const result = parseHandoff(shuffled);
    expect(result.kind).to.equal('ok');
    if (result.kind === 'ok') expect(result.handoff.reminderTimes.map((t) => t.hour)).to.deep.equal([8, 19]);
  });

  it('leaves a fragment without care-plan alone ("not ours")', () => {
    for (const fragment of ['', '#', '#top', '#plan=standard&start=2026-11-20', '#/route?care-plan', 'x'.repeat(100_000)]) {
      expect(parseHandoff(fragment).kind, fragment.slice(0, 30)).to.equal('none');
      expect(hasHandoff(fragment)).to.equal(false);
    }
  });

  it('refuses a newer version, and a version that is not a number as damaged', () => {
    expect(parseHandoff(withField('care-plan', '2'))).to.deep.equal({ kind: 'newer', version: 2 });
    for (const version of ['0', '', 'one', '1.0', '-1', '01', '9999999']) {
      expect(kindOf(parseHandoff(withField('care-plan', version))), version).to.equal('damaged');
    }
  });

  it('refuses a missing field, a key without value and a duplicated key as damaged, naming the key', () => {
    expect(parseHandoff(LINK.replace('&rest=10', ''))).to.include({ kind: 'damaged', key: 'rest' });
    expect(parseHandoff(LINK.replace('&rest=10', '&rest'))).to.include({ kind: 'damaged', key: 'rest' });
    expect(parseHandoff(`${LINK}&plan=standard`)).to.include({ kind: 'damaged', key: 'plan' });
    expect(parseHandoff(`care-plan=1&${LINK}`)).to.include({ kind: 'damaged', key: 'care-plan' });
  });

  it('refuses encoded junk and over-long fragments as damaged, without throwing', () => {
    expect(parseHandoff(withField('plan', '%E0%A4%A'))).to.include({ kind: 'damaged', key: 'plan' });
    expect(parseHandoff(withField('rest', '%'))).to.include({ kind: 'damaged', key: 'rest' });
    const long = `${LINK}&page=${'a'.repeat(MAX_HANDOFF_FRAGMENT_CHARS)}`;
    expect(kindOf(parseHandoff(long))).to.equal('damaged');
    expect(kindOf(parseHandoff(`${LINK}&page=${'a'.repeat(MAX_HANDOFF_FRAGMENT_CHARS - LINK.length - 6)}`))).to.equal('ok');
    // A page's own undecodable pair is not ours: it is skipped.
    expect(kindOf(parseHandoff(`${LINK}&%zz=1`))).to.equal('ok');
  });

  it('refuses each out-of-range field, naming it and the valid values', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['plan', 'daily', /standard, gentle-start, caution/],
      ['plan', 'Standard', /standard/],
      ['start', '2026-02-30', /yyyy-mm-dd/],
      ['start', '20-11-2026', /yyyy-mm-dd/],
      ['rest', String(HANDOFF_MAX_REST_SECONDS + 1), /0 to 600/],
      ['rest', '-1', /0 to 600/],
      ['rest', '1.5', /0 to 600/],
      ['rest', '1e2', /0 to 600/],
      ['reminders', '', /one to 3/],
      ['reminders', '08:00,08:00', /different/],
      ['reminders', '08:00,12:00,16:00,20:00', /one to 3/],
      ['reminders', '24:00', /hh:mm/],
      ['reminders', '8:00', /hh:mm/],
      ['reminders', '<script>', /hh:mm/],
    ];
    for (const [field, value, valid] of cases) {
      const result = parseHandoff(withField(field, encodeURIComponent(value)));
      expect(result, `${field}=${value}`).to.include({ kind: 'out-of-range', field, value });
      if (result.kind === 'out-of-range') expect(result.valid).to.match(valid);
    }
  });

  it('keeps the timer\'s rest range', () => {
    expect(HANDOFF_MAX_REST_SECONDS).to.equal(MAX_REST_SECONDS);
  });

  it('says not-yet for a start after today, ok on the day itself', () => {
    expect(parseHandoff(withField('start', '2026-11-27'), { today: TODAY })).to.deep.equal({ kind: 'not-yet', startDate: '2026-11-27' });
    expect(kindOf(parseHandoff(withField('start', TODAY), { today: TODAY }))).to.equal('ok');
  });

  it('encodeHandoff refuses what parseHandoff would, naming the valid values', () => {
    expect(() => encodeHandoff({ ...GENTLE, restSeconds: 601 })).to.throw(RangeError, /0 to 600/);
    expect(() => encodeHandoff({ ...GENTLE, plan: 'daily' as Handoff['plan'] })).to.throw(RangeError, /gentle-start/);
    expect(() => encodeHandoff({ ...GENTLE, reminderTimes: [] })).to.throw(RangeError, /reminders/);
  });

  it('removes only the hand-off from a fragment', () => {
    expect(withoutHandoff(`#${LINK}`)).to.equal('');
    expect(withoutHandoff(`#top&${LINK}&lang=sv`)).to.equal('#top&lang=sv');
    expect(withoutHandoff('#top')).to.equal('#top');
  });

  it('puts the hand-off into a page URL, keeping its query and own fragment', () => {
    expect(handoffUrl('https://apotek.example.se/plan.html?x=1', GENTLE)).to.equal(`https://apotek.example.se/plan.html?x=1#${LINK}`);
    expect(handoffUrl(`https://apotek.example.se/plan.html#top&${withField('plan', 'caution')}`, GENTLE)).to.equal(
      `https://apotek.example.se/plan.html#top&${LINK}`,
    );
  });
});
