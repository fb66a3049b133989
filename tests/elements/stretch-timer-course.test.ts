/**
 * <care-stretch-timer> for the whole course (issue 16 items 1–3): hold and
 * step back as the manufacturer says, the history from the start date to
 * today, and "How did it feel?" with its link to the side-effect guide.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, localIsoDate } from '../../src/domain/calendar.js';
import { emptyLog, logKey, recordSession, serializeLog, setDayNotes } from '../../src/domain/training-log.js';
import type { TrainingLog } from '../../src/domain/training-log.js';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { ManualClock } from '../../src/internal/clock.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { britishDate } from '../helpers/dates.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { useLocale } from '../helpers/locale.js';
import {
  MONDAY,
  SESSION_MS,
  clearLogs,
  freshKey,
  logWritten,
  mountTimer,
  openCourse,
  part,
  press,
  spoken,
  storedLog,
  textOf,
  wait,
} from './stretch-timer-fixture.js';

/** The fake clock's today, from the fixture's clock (never a literal date). */
const TODAY = localIsoDate(new Date(new ManualClock(MONDAY).wallTime()));
const DAY_MS = 86_400_000;

function seed(storageKey: string, log: TrainingLog): void {
  localStorage.setItem(logKey(storageKey), serializeLog(log));
}


const buttons = (el: CareStretchTimer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)];
const focused = (el: CareStretchTimer) => el.shadowRoot!.activeElement;

describe('<care-stretch-timer> for the whole course', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  describe('hold and step back (16.1)', () => {
    it('offers to stay at today’s seconds or go back one second, in the manufacturer’s words, with its source', async () => {
      // Gentle start: 5 s on days 1–3, 6 s on days 4–6, 7 s from day 7.
      const { el } = await mountTimer({ attributes: { plan: 'gentle-start', 'start-date': addDays(TODAY, -7) } });
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 7 seconds per stretch');
      expect(textOf(el, '#pace-title')).to.equal('Going too fast? Stay or step back');
      expect(part(el, '[part="pace"]').getAttribute('role')).to.equal('group');
      expect(textOf(el, '.pace .quote')).to.contain('step back in training seconds if needed, if you feel that you are progressing too fast');
      expect(textOf(el, '.pace .source')).to.contain('The manufacturer of IQoro');
      expect(textOf(el, '.pace-hold')).to.equal('Stay at 7 seconds for now');
      expect(textOf(el, '.pace-back')).to.equal('Go back one second, to 6 seconds');
      expect(buttons(el, '.pace-resume')).to.have.length(0);
    });

    it('quotes the seed in Swedish', async () => {
      await useLocale('sv');
      const { el } = await mountTimer({ attributes: { plan: 'caution', 'start-date': addDays(TODAY, -30) } });
      expect(textOf(el, '.pace .quote')).to.equal(
        'Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
      );
      expect(textOf(el, '.pace-hold')).to.equal('Stanna på 5 sekunder tills vidare');
    });

    it('“Stay at N seconds” holds the seconds, records the day, and keeps them on later days until the patient resumes', async () => {
      const clock = new ManualClock(MONDAY);
      const { el, storageKey } = await mountTimer({ clock, attributes: { plan: 'gentle-start', 'start-date': addDays(TODAY, -7) } });
      part(el, '.pace-hold').focus();
      await press(el, '.pace-hold');
      await el.updateComplete;
      expect(spoken(el)).to.equal('You will stay at 7 seconds per stretch.');
      expect(textOf(el, '[part="plan"]')).to.contain(
        `You are staying at 7 seconds per stretch since ${britishDate(TODAY, 'long')}. The plan’s increases wait until you resume them.`,
      );
      expect(textOf(el, '[part="plan"]')).not.to.contain('as long as training feels good');
      expect(focused(el), 'focus moves to the control that replaced the pressed one').to.equal(part(el, '.pace-resume'));
      await logWritten(storageKey);
      expect(storedLog(storageKey)).to.have.deep.property('adjustments', [{ date: TODAY, kind: 'hold', seconds: 7 }]);

      // Ten days later, the plan alone would be at 10 s: still 7.
      await wait(el, clock, 10 * DAY_MS);
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 7 seconds per stretch');

      await press(el, '.pace-resume');
      expect(spoken(el)).to.equal('The plan goes on from 7 seconds per stretch.');
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 7 seconds per stretch');
      expect(textOf(el, '[part="plan"] .next')).to.contain('8 seconds from');
      expect(textOf(el, '[part="plan"] .next')).to.contain('as long as training feels good');
    });

    it('steps back one second at a time, never below the plan’s first step, and the next session uses it', async () => {
      const clock = new ManualClock(MONDAY);
      const { el, storageKey } = await mountTimer({ clock, attributes: { plan: 'gentle-start', 'start-date': addDays(TODAY, -7) } });
      await press(el, '.pace-back');
      expect(spoken(el)).to.equal('Stepped back to 6 seconds per stretch.');
      expect(textOf(el, '.pace-back')).to.equal('Go back one second, to 5 seconds');
      await press(el, '.pace-back');
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 5 seconds per stretch');
      expect(buttons(el, '.pace-back'), 'no step below the first step (5 s)').to.have.length(0);
      expect(buttons(el, '.pace-hold'), 'already held').to.have.length(0);
      expect(buttons(el, '.pace-resume')).to.have.length(1);

      const seconds: number[] = [];
      el.addEventListener('care-stretch-start', (event) => seconds.push(event.detail.seconds));
      await press(el, '.primary');
      expect(seconds).to.deep.equal([5]);
      expect(buttons(el, '.pace-resume')[0].disabled, 'no change of pace while a session runs').to.equal(true);
      const looks = getComputedStyle(buttons(el, '.pace-resume')[0]);
      expect([looks.borderTopStyle, looks.cursor], 'and it looks it: dashed, not the solid border of a button that acts').to.deep.equal(['dashed', 'not-allowed']);
      expect(textOf(el, '.pace .hint')).to.equal('You can change the pace when this session is over.');
      await wait(el, clock, 60_000);
      await logWritten(storageKey);
      expect(storedLog(storageKey)!.days[TODAY]).to.deep.include({ sessions: 1, seconds: 5 });
    });

    it('is worked with the keyboard', async () => {
      const { el } = await mountTimer({ attributes: { plan: 'caution', 'start-date': addDays(TODAY, -30) } });
      part(el, '.pace-back').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 4 seconds per stretch');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(textOf(el, '[part="plan"]')).to.contain('Today: 3 seconds per stretch');
      // The step-back button is gone at the first step; focus went to "Resume".
      expect(focused(el)).to.equal(part(el, '.pace-resume'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(part(el, '.pace-hold'));
    });

    it('shows no pace controls on the standard plan, which starts at 10 s', async () => {
      const { el } = await mountTimer({ attributes: { plan: 'standard' } });
      expect(el.shadowRoot!.querySelector('[part="pace"]')).to.equal(null);
    });
  });

  describe('how did it feel? (16.3)', () => {
    it('asks nothing before the day’s first session, then offers optional choices kept on the day', async () => {
      const clock = new ManualClock(MONDAY);
      const { el, storageKey } = await mountTimer({ clock });
      expect(el.shadowRoot!.querySelector('[part="feel"]')).to.equal(null);
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS + 1000);
      const feel = part(el, '[part="feel"]');
      expect(textOf(el, '[part="feel"] legend')).to.equal('How did it feel? (optional)');
      const labels = [...feel.querySelectorAll('label')].map((label) => label.textContent!.trim());
      expect(labels).to.deep.equal([
        'Training soreness',
        'More heartburn or acid regurgitation',
        'A taste of blood in the mouth',
        'A changed tinnitus sound',
        'Nothing of this',
      ]);
      expect([...feel.querySelectorAll<HTMLInputElement>('input')].some((input) => input.checked || input.required)).to.equal(false);

      await press(el, 'input[value="soreness"]');
      await press(el, 'input[value="tinnitus"]');
      await logWritten(storageKey);
      expect(storedLog(storageKey)!.days[TODAY]).to.deep.include({ notes: ['soreness', 'tinnitus'] });

      await press(el, 'input[value="nothing"]');
      await logWritten(storageKey);
      expect(storedLog(storageKey)!.days[TODAY]).to.deep.include({ notes: ['nothing'] });
      expect((part(el, 'input[value="soreness"]') as HTMLInputElement).checked).to.equal(false);
    });

    it('links a noted side effect to the guide with a composed, bubbling event naming the situation', async () => {
      const storageKey = freshKey();
      seed(storageKey, recordSession(emptyLog(), { date: TODAY, plan: 'standard', seconds: 10 }));
      const { el } = await mountTimer({ storageKey });
      expect(buttons(el, '.guide-link')).to.have.length(0);
      await press(el, 'input[value="reflux"]');
      await press(el, 'input[value="nothing"]');
      await press(el, 'input[value="blood-taste"]');
      const links = buttons(el, '.guide-link');
      expect(links.map((link) => link.dataset.situation)).to.deep.equal(['blood-taste']);
      expect(links[0].getAttribute('aria-label')).to.equal('What the manufacturer says about this: A taste of blood in the mouth');

      const seen: Array<{ situation: string; composed: boolean; bubbles: boolean }> = [];
      const listener = (event: Event) => {
        const { detail, composed, bubbles } = event as CustomEvent<{ situation: string }>;
        seen.push({ situation: detail.situation, composed, bubbles });
      };
      document.addEventListener('care-side-effect-open', listener);
      links[0].click();
      document.removeEventListener('care-side-effect-open', listener);
      expect(seen).to.deep.equal([{ situation: 'blood-taste', composed: true, bubbles: true }]);
    });

    it('lets a host open <care-side-effect-guide> at that situation', async () => {
      const storageKey = freshKey();
      seed(storageKey, recordSession(emptyLog(), { date: TODAY, plan: 'standard', seconds: 10 }));
      const page = await fixture<HTMLDivElement>(html`<div><care-side-effect-guide></care-side-effect-guide></div>`);
      await import('../../src/elements/side-effect-guide/define.js');
      const guide = page.querySelector('care-side-effect-guide')!;
      page.addEventListener('care-side-effect-open', (event) => guide.setAttribute('situations', event.detail.situation));
      const { el } = await mountTimer({ storageKey, parent: page });
      await el.updateComplete;
      await press(el, 'input[value="soreness"]');
      part(el, '.guide-link').click();
      await guide.updateComplete;
      const ticked = [...guide.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((input) => input.checked);
      expect(ticked.map((input) => input.value)).to.deep.equal(['training-soreness']);
    });
  });

  describe('the whole course (16.2)', () => {
    function course(start: string, days: number, notes: Record<number, readonly string[]> = {}): TrainingLog {
      let log = emptyLog();
      for (let day = 0; day < days; day += 1) {
        const date = addDays(start, day);
        for (let i = 0; i < (day % 9 === 8 ? 2 : 3); i += 1) log = recordSession(log, { date, plan: 'caution', seconds: 3 + Math.floor(day / 7) });
        if (notes[day]) log = setDayNotes(log, date, notes[day] as never);
      }
      return log;
    }

    it('loads only when opened, then shows every week from the start date to today with the same numbers in the chart and the table', async () => {
      const storageKey = freshKey();
      const start = addDays(TODAY, -16);
      seed(storageKey, course(start, 17, { 1: ['soreness'], 2: ['soreness', 'reflux'] }));
      const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution', 'start-date': start } });
      expect(el.shadowRoot!.querySelector('.course-chart'), 'not loaded before it is opened').to.equal(null);
      await openCourse(el);
      const rows = [...el.shadowRoot!.querySelectorAll('.course-table tbody tr')];
      expect(rows).to.have.length(3);
      const cells = rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
      expect(cells[0][0]).to.match(/^Week 1/);
      expect(cells.map((row) => row[1])).to.deep.equal(['21 of 21', '20 of 21', '9 of 21']);
      expect(cells.map((row) => row[2])).to.deep.equal(['3 seconds', '4 seconds', '5 seconds']);
      const firstNotes = [...rows[0].querySelectorAll('.course-notes li')].map((li) => li.textContent!.trim());
      expect(firstNotes).to.deep.equal(['Training soreness (2 days)', 'More heartburn or acid regurgitation (1 day)']);
      expect(cells[2][0], 'the current week').to.contain('(so far)');
      expect(textOf(el, '.course-table caption')).to.equal('Sessions and seconds per stretch, week by week');

      const bars = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('.course-chart .bar')];
      expect(bars.map((bar) => Math.round((Number(bar.getAttribute('height')) * 21) / 100))).to.deep.equal([21, 20, 9]);
      const points = part(el, '.course-chart .line').getAttribute('points')!.split(' ');
      expect(points).to.have.length(3);
      expect(part(el, '.course-chart').getAttribute('aria-hidden'), 'the table is what assistive technology reads').to.equal('true');
      const region = part(el, '.course-table');
      expect([region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
    });

    it('states the run of days with all three sessions plainly', async () => {
      const storageKey = freshKey();
      let log = emptyLog();
      for (let day = 12; day >= 1; day -= 1) {
        for (let i = 0; i < 3; i += 1) log = recordSession(log, { date: addDays(TODAY, -day), plan: 'standard', seconds: 10 });
      }
      seed(storageKey, log);
      const { el } = await mountTimer({ storageKey, attributes: { 'start-date': addDays(TODAY, -20) } });
      await openCourse(el);
      expect(textOf(el, '.streak')).to.equal('Days in a row with all three sessions: 12');
    });

    it('shows the notes and the pace changes of each week', async () => {
      const clock = new ManualClock(MONDAY);
      const storageKey = freshKey();
      seed(storageKey, course(addDays(TODAY, -30), 31));
      const { el } = await mountTimer({ clock, storageKey, attributes: { plan: 'caution', 'start-date': addDays(TODAY, -30) } });
      await press(el, '.pace-back');
      await openCourse(el);
      const last = el.shadowRoot!.querySelectorAll('.course-table tbody tr');
      const notes = [...last[last.length - 1].querySelectorAll('td:last-child li')].map((li) => li.textContent!.trim());
      expect(notes).to.deep.equal([`${britishDate(TODAY, 'short')}: went back to 4 seconds`]);
    });

    it('is in Swedish and Bokmål too', async () => {
      for (const [locale, streak, week] of [
        ['sv', 'Dagar i följd med alla tre träningspassen: 0', 'Vecka 1'],
        ['nb', 'Dager på rad med alle tre treningsøktene: 0', 'Uke 1'],
      ] as const) {
        await useLocale(locale);
        const { el } = await mountTimer({ attributes: { 'start-date': addDays(TODAY, -3) } });
        await openCourse(el);
        expect(textOf(el, '.streak')).to.equal(streak);
        expect(textOf(el, '.course-table tbody th')).to.contain(week);
        el.remove();
      }
    });

    it('renders eight months of daily training (about 720 sessions), one row per week', async () => {
      const storageKey = freshKey();
      const start = addDays(TODAY, -242);
      const log = course(start, 243, { 0: ['soreness'], 10: ['reflux'] });
      const sessions = Object.values(log.days).reduce((sum, day) => sum + day.sessions, 0);
      expect(sessions).to.be.within(700, 740);
      expect(serializeLog(log).length).to.be.below(20_000);
      seed(storageKey, log);
      const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution', 'start-date': start } });
      await openCourse(el);
      expect(el.shadowRoot!.querySelectorAll('.course-table tbody tr')).to.have.length(35);
      expect(el.shadowRoot!.querySelectorAll('.course-chart .bar')).to.have.length(35);
      // How long it takes is measured by `npm run bench`, not here.
    });

    it('fits a 320 px wide phone: the table scrolls inside its own region, the page does not', async () => {
      const restore = phoneWidth(320);
      try {
        const storageKey = freshKey();
        seed(storageKey, course(addDays(TODAY, -40), 41, { 3: ['soreness', 'reflux', 'blood-taste', 'tinnitus'] }));
        const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution', 'start-date': addDays(TODAY, -40) } });
        await press(el, 'input[value="soreness"]');
        await openCourse(el);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        expect(pageContentWidth()).to.be.at.most(320);
      } finally {
        restore();
      }
    });

    for (const locale of ['en', 'sv', 'nb'] as const) {
      it(`has no axe violations with the course open, notes ticked and a hold, in ${locale}`, async () => {
        await useLocale(locale);
        const storageKey = freshKey();
        seed(storageKey, course(addDays(TODAY, -30), 31, { 2: ['soreness'] }));
        const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution', 'start-date': addDays(TODAY, -30) } });
        await press(el, '.pace-hold');
        await press(el, 'input[value="blood-taste"]');
        await openCourse(el);
        await expect(el).to.be.accessible();
      });
    }

    it('draws the chart in system colours in forced-colours mode', async () => {
      const system = new Map<string, string>();
      const probe = document.createElement('span');
      document.body.append(probe);
      for (const name of ['Highlight', 'CanvasText', 'GrayText', 'Canvas']) {
        probe.style.color = name;
        system.set(getComputedStyle(probe).color, name);
      }
      probe.remove();
      const storageKey = freshKey();
      seed(storageKey, course(addDays(TODAY, -20), 21));
      const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution', 'start-date': addDays(TODAY, -20) } });
      await openCourse(el);
      // No engine here emulates forced colours: apply the element's own forced-colours rules
      // after the rest of its styles, as the browser would.
      const rules: string[] = [];
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) for (const inner of rule.cssRules) rules.push(inner.cssText);
        }
      }
      const forced = new CSSStyleSheet();
      forced.replaceSync(rules.join('\n'));
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, forced];
      expect(system.get(getComputedStyle(part(el, '.course-chart .bar')).fill)).to.equal('Highlight');
      expect(system.get(getComputedStyle(part(el, '.course-chart .line')).stroke)).to.equal('CanvasText');
      expect(system.get(getComputedStyle(part(el, '.key-bar')).backgroundColor)).to.equal('Highlight');
    });

    it('reads well on a dark host page', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="background:#121416;color:#e8eaed;padding:1em"></div>`);
      const storageKey = freshKey();
      seed(storageKey, course(addDays(TODAY, -30), 31, { 2: ['soreness'] }));
      const { el } = await mountTimer({ storageKey, parent: host, attributes: { plan: 'caution', 'start-date': addDays(TODAY, -30) } });
      await el.updateComplete;
      await press(el, 'input[value="soreness"]');
      await openCourse(el);
      await expect(host).to.be.accessible();
    });
  });
});
