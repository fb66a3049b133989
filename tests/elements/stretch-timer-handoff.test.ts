import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { logKey } from '../../src/domain/training-log.js';
import { planKey } from '../../src/elements/stretch-timer/handoff-controller.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { clearLogs, freshKey, handoffRead, logWritten, mountTimer, part, spoken, textOf, until } from './stretch-timer-fixture.js';
import type { TimerAttributes } from './stretch-timer-fixture.js';

/** A week before the fixture's Monday 1 December 2025. */
const LINK = '#care-plan=1&plan=gentle-start&start=2025-11-24&rest=20&reminders=07:30,12:00,18:45';

/** Puts `fragment` in the page's address, as opening a link would. */
export function openWith(fragment: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
}

const offer = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="handoff"]');
const notice = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const storedLog = (storageKey: string) => localStorage.getItem(logKey(storageKey));

async function mountWith(fragment: string, attributes: TimerAttributes & Record<string, string> = {}) {
  openWith(fragment);
  const storageKey = freshKey();
  const warnings: string[] = [];
  let mounted!: Awaited<ReturnType<typeof mountTimer>>;
  warnings.push(...(await captureWarnings(async () => void (mounted = await mountTimer({ storageKey, attributes })))));
  return { ...mounted, warnings };
}

describe('<care-stretch-timer> hand-off link', () => {
  beforeEach(() => useLocale('en'));
  afterEach(async () => {
    openWith('');
    clearLogs();
    await followPageLanguage();
  });

  it('shows what the link sets up, in words, before anything is stored', async () => {
    const { el, storageKey } = await mountWith(LINK);
    const shown = textOf(el, '[part="handoff"]');
    expect(shown).to.contain('Gentle start');
    expect(shown).to.match(/Monday,? 24 November 2025/);
    expect(shown).to.contain('20 seconds');
    expect(shown).to.contain('07:30, 12:00 and 18:45');
    expect(textOf(el, '.title')).to.equal('Standard plan');
    expect(localStorage.getItem(planKey(storageKey))).to.equal(null);
    expect(location.hash).to.equal(LINK);
    await expect(el).to.be.accessible();
  });

  it('stores it on "Use this plan", takes only the hand-off out of the address, and does not ask again', async () => {
    openWith(`#top&${LINK.slice(1)}`);
    const storageKey = freshKey();
    const { el } = await mountTimer({ storageKey });
    part(el, '.handoff-confirm').click();
    await el.updateComplete;
    expect(offer(el)).to.equal(null);
    expect(spoken(el)).to.contain('The training plan from the link is set up.');
    expect(location.hash).to.equal('#top');
    // Day 8 of the gentle start (24 Nov → 1 Dec): 5 s + 7 days / 3 = 7 s.
    expect(textOf(el, '.title')).to.equal('Gentle start');
    expect(textOf(el, '.meta')).to.equal('Day 8, week 2');
    expect(textOf(el, '.session .hint')).to.contain('20 seconds of rest');
    expect(textOf(el, '.reminders .hint')).to.contain('07:30, 12:00 and 18:45');
    await logWritten(storageKey); // the log's write under its lock, however long the machine takes
    expect(JSON.parse(storedLog(storageKey)!).startDate).to.equal('2025-11-24');
    // A reload: the same log, no offer, the plan kept.
    el.remove();
    const again = await mountTimer({ storageKey });
    expect(offer(again.el)).to.equal(null);
    expect(textOf(again.el, '.title')).to.equal('Gentle start');
    expect(textOf(again.el, '.meta')).to.equal('Day 8, week 2');
  });

  it('changes nothing on "Not now", and does not ask again', async () => {
    const { el, storageKey } = await mountWith(LINK);
    const before = storedLog(storageKey);
    part(el, '.handoff-cancel').click();
    await el.updateComplete;
    expect(offer(el)).to.equal(null);
    expect(spoken(el)).to.contain('Nothing has been changed.');
    expect(location.hash).to.equal('');
    expect(localStorage.getItem(planKey(storageKey))).to.equal(null);
    expect(storedLog(storageKey)).to.equal(before);
    expect(textOf(el, '.title')).to.equal('Standard plan');
    el.remove();
    const again = await mountTimer({ storageKey });
    expect(offer(again.el)).to.equal(null);
  });

  const BAD: Array<[string, string, RegExp, RegExp]> = [
    ['a damaged link (a key twice)', `${LINK}&rest=30`, /is damaged/, /"rest" is given more than once.*#care-plan=1&plan=/],
    ['a damaged link (bad encoding)', LINK.replace('plan=gentle-start', 'plan=%E0%A4%A'), /is damaged/, /percent-encoding/],
    ['an out-of-range rest', LINK.replace('rest=20', 'rest=900'), /value for the rest time that is not valid/, /rest="900".*0 to 600/],
    ['an unknown plan', LINK.replace('gentle-start', 'daily'), /value for the plan that is not valid/, /standard, gentle-start, caution/],
    ['a link from a newer version', LINK.replace('care-plan=1', 'care-plan=2'), /newer version/, /care-plan=1/],
    ['a plan that starts tomorrow', LINK.replace('2025-11-24', '2025-12-02'), /starts on Tuesday,? 2 December/, /after today/],
  ];
  for (const [name, fragment, shown, warned] of BAD) {
    it(`gives ${name} a clear message and one warning naming the valid values, and changes nothing`, async () => {
      const { el, storageKey, warnings } = await mountWith(fragment);
      expect(offer(el)).to.equal(null);
      expect(notice(el)).to.match(shown);
      expect(warnings.filter((w) => w.includes('hand-off')), warnings.join('\n')).to.have.length(1);
      expect(warnings.find((w) => w.includes('hand-off'))).to.match(warned);
      expect(localStorage.getItem(planKey(storageKey))).to.equal(null);
      expect(storedLog(storageKey)).to.equal(null);
      expect(textOf(el, '.title')).to.equal('Standard plan');
    });
  }

  it('reads a hand-off stored by an earlier version of the kit, without a link in the address', async () => {
    const storageKey = freshKey();
    // As encodeHandoff() wrote it on confirm, since the first version.
    localStorage.setItem(planKey(storageKey), 'care-plan=1&plan=gentle-start&start=2025-11-24&rest=20&reminders=07:30,12:00,18:45');
    const { el } = await mountTimer({ storageKey });
    expect(textOf(el, '.title')).to.equal('Gentle start');
    expect(textOf(el, '.session .hint')).to.contain('20 seconds of rest');
    expect(textOf(el, '.reminders .hint')).to.contain('07:30, 12:00 and 18:45');
  });

  const STORED = 'care-plan=1&plan=gentle-start&start=2025-11-24&rest=20&reminders=07:30,12:00,18:45';
  const DAMAGED: Array<[string, string]> = [
    ['of a newer format', STORED.replace('care-plan=1', 'care-plan=2')],
    ['with a value twice', `${STORED}&rest=30`],
    ['with a plan it does not know', STORED.replace('gentle-start', 'daily')],
    ['with a rest out of range', STORED.replace('rest=20', 'rest=900')],
    ['without a start date', STORED.replace('&start=2025-11-24', '')],
    ['with an empty rest', STORED.replace('rest=20', 'rest=')],
    ['with bad reminder times', STORED.replace('07:30,12:00,18:45', '07:30,25:00')],
    ['that is not a hand-off', '{"plan":"gentle-start"}'],
  ];
  for (const [name, text] of DAMAGED) {
    it(`uses none of a stored hand-off ${name}, says so once, and leaves it as it is`, async () => {
      const storageKey = freshKey();
      localStorage.setItem(planKey(storageKey), text);
      let mounted: Awaited<ReturnType<typeof mountTimer>> | undefined;
      const warnings = await captureWarnings(async () => {
        mounted = await mountTimer({ storageKey });
        await until(() => mounted!.el.shadowRoot!.querySelector('[part="notice"]') !== null, 'the notice');
      });
      const { el } = mounted!;
      expect(textOf(el, '.title')).to.equal('Standard plan');
      expect(textOf(el, '.session .hint')).to.contain('10 seconds of rest');
      expect(textOf(el, '[part="notice"]')).to.contain('could not be read and has not been changed. The timer follows this page’s plan');
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain(planKey(storageKey)).and.contain('care-plan=1&plan=…&start=…&rest=…&reminders=…');
      expect(localStorage.getItem(planKey(storageKey))).to.equal(text);
    });
  }

  it('leaves a page fragment that is not a hand-off alone', async () => {
    const { el, warnings } = await mountWith('#plan=caution');
    expect(offer(el)).to.equal(null);
    expect(notice(el)).to.equal('');
    expect(warnings).to.deep.equal([]);
    expect(location.hash).to.equal('#plan=caution');
  });

  it('says which settings the page keeps, and keeps them after "Use this plan"', async () => {
    const { el } = await mountWith(LINK, { plan: 'caution', 'rest-seconds': '5' });
    expect(textOf(el, '.handoff-kept')).to.contain('training plan and rest between stretches');
    part(el, '.handoff-confirm').click();
    await el.updateComplete;
    expect(textOf(el, '.title')).to.equal('Start with caution');
    expect(textOf(el, '.session .hint')).to.contain('5 seconds of rest');
    expect(textOf(el, '.reminders .hint')).to.contain('07:30, 12:00 and 18:45');
  });

  it('offers a link opened in the tab that already shows the timer (the fragment changes)', async () => {
    const { el } = await mountWith('');
    location.hash = LINK;
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await handoffRead(el);
    expect(offer(el)).not.to.equal(null);
  });

  it('ignores the link with ignore-handoff', async () => {
    const { el, warnings } = await mountWith(`${LINK}&rest=1`, { 'ignore-handoff': '' });
    expect(offer(el)).to.equal(null);
    expect(notice(el)).to.equal('');
    expect(warnings).to.deep.equal([]);
  });

  it('forgets a stored hand-off with "Clear my data"', async () => {
    const { el, storageKey } = await mountWith(LINK);
    part(el, '.handoff-confirm').click();
    await el.updateComplete;
    part(el, '.clear').click();
    await el.updateComplete;
    part(el, '.confirm-clear').click();
    await el.updateComplete;
    expect(localStorage.getItem(planKey(storageKey))).to.equal(null);
    expect(textOf(el, '.title')).to.equal('Standard plan');
  });

  it('works by keyboard: Tab from the offer’s first button to the second, Enter confirms, focus goes to Start', async () => {
    const { el, storageKey } = await mountWith(LINK);
    part(el, '.handoff-confirm').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.handoff-cancel'));
    part(el, '.handoff-confirm').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(localStorage.getItem(planKey(storageKey))).to.contain('plan=gentle-start');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.primary'));
  });

  it('fits the offer on a 320 px phone in every language', async () => {
    const restore = phoneWidth();
    try {
      for (const locale of ['en', 'sv', 'nb'] as const) {
        await useLocale(locale);
        const { el } = await mountWith(LINK, { plan: 'caution' });
        expect(pageContentWidth(), locale).to.be.at.most(320);
        el.remove();
      }
    } finally {
      restore();
    }
  });

  for (const locale of ['sv', 'nb'] as const) {
    it(`shows the offer and a bad link's message in ${locale}`, async () => {
      await useLocale(locale);
      const { el } = await mountWith(LINK);
      expect(textOf(el, '[part="handoff"]')).not.to.contain('Use this plan');
      await expect(el).to.be.accessible();
      el.remove();
      const bad = await mountWith(LINK.replace('rest=20', 'rest=900'));
      expect(notice(bad.el)).not.to.contain('not valid');
      expect(notice(bad.el)).not.to.equal('');
    });
  }
});
