/**
 * What an adversarial pass found (issue 13): wrong-type properties, a clock set
 * ahead or stepped forward, a timer removed mid-session, two timers on one log,
 * storage that refuses, out-of-range stored values, lost focus, a sandboxed
 * iframe, landmarks and headings, 320 px in every language, forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { addDays } from '../../src/domain/calendar.js';
import { ManualClock } from '../../src/internal/clock.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { refuseStorage } from '../helpers/storage.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import {
  FULL_SESSION,
  SESSION_MS,
  MONDAY,
  clearLogs,
  countdown,
  freshKey,
  loadFrame,
  logWritten,
  mountTimer,
  part,
  press,
  recordEvents,
  spoken,
  state,
  storedSessions,
  textOf,
  timerIn,
  today,
  until,
  wait,
} from './stretch-timer-fixture.js';
import { logKey as keyOf } from '../../src/domain/training-log.js';


describe('<care-stretch-timer> hardening (issue 13)', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  describe('3: properties of the wrong type', () => {
    it('takes an array of reminder times as the times it lists', async () => {
      const { el } = await mountTimer();
      const warnings = await captureWarnings(async () => {
        (el as unknown as { reminderTimes: unknown }).reminderTimes = ['08:00', '20:00'];
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      const hint = textOf(el, '[part="reminders"] .hint');
      expect(hint).to.contain('20:00').and.not.to.contain('13:00');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    });

    it('reads a Date as its local calendar day', async () => {
      const { el } = await mountTimer({ attributes: { plan: 'caution' } });
      (el as unknown as { startDate: unknown }).startDate = new Date(2025, 10, 11, 23, 30);
      await el.updateComplete;
      expect(textOf(el, '[part="plan"]')).to.contain('Day 21, week 3');
    });

    it('keeps and logs the running session when storageKey becomes null (React: storageKey={id ?? null})', async () => {
      const { el, clock } = await mountTimer();
      const events = recordEvents(el);
      await press(el, '.primary');
      await wait(el, clock, 3000);
      const warnings = await captureWarnings(async () => {
        (el as unknown as { storageKey: unknown }).storageKey = null;
        await el.updateComplete;
        await wait(el, clock, SESSION_MS);
      });
      expect(warnings).to.deep.equal([]);
      expect(events).to.deep.equal(FULL_SESSION);
      expect(state(el)).to.equal('Session done');
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      await until(() => storedSessions('') === 1, 'the session is stored without a key');
    });

    const refused: Array<[string, unknown]> = [
      ['plan', 42],
      ['plan', Symbol('standard')],
      ['startDate', new Date(Number.NaN)],
      ['startDate', 20251111],
      ['restSeconds', { seconds: 10 }],
      ['restSeconds', 'ten'],
      ['cautionHoldDays', [21]],
      ['reminderTimes', 800],
      ['reminderTimes', ['08:00', 20]],
      ['storageKey', { id: 'anna' }],
      ['clock', { now: 'soon' }],
    ];
    for (const [property, value] of refused) {
      it(`refuses ${property} = ${typeof value === 'symbol' ? 'a symbol' : JSON.stringify(value) ?? String(value)} with a notice and one warning, and still runs and logs a session`, async () => {
        const clock = new ManualClock(MONDAY);
        const { el } = await mountTimer({ clock });
        const events = recordEvents(el);
        const warnings = await captureWarnings(async () => {
          (el as unknown as Record<string, unknown>)[property] = value;
          await el.updateComplete;
          await el.updateComplete;
        });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('Valid values');
        expect(textOf(el, '[part="notice"]')).not.to.equal('');
        expect(textOf(el, '[part="plan"]')).to.contain('Day 1');
        if (property === 'clock') return;
        await press(el, '.primary');
        await wait(el, clock, 120_000);
        expect(events).to.deep.equal(FULL_SESSION);
        expect(state(el)).to.equal('Session done');
        expect(today(el)).to.equal('Today: 1 of 3 sessions');
      });
    }
  });

  describe('4: a clock that was set ahead', () => {
    it('re-anchors a remembered start later than today instead of pinning the plan to day 1', async () => {
      const storageKey = freshKey();
      const ahead = addDays('2025-12-01', 400);
      localStorage.setItem(
        keyOf(storageKey),
        JSON.stringify({ version: 2, startDate: ahead, days: { [ahead]: { sessions: 1, seconds: 5 } } }),
      );
      const clock = new ManualClock(MONDAY);
      const { el } = await mountTimer({ clock, storageKey, attributes: { plan: 'gentle-start' } });
      expect(textOf(el, '[part="plan"]')).to.contain('Day 1, week 1');
      await press(el, '.primary');
      await wait(el, clock, 60_000);
      await until(() => JSON.parse(localStorage.getItem(keyOf(storageKey))!).startDate === '2025-12-01', 'the start is re-anchored');
      const stored = JSON.parse(localStorage.getItem(keyOf(storageKey))!);
      expect(Object.keys(stored.days)).to.deep.equal(['2025-12-01']);
      const later = await mountTimer({ clock: new ManualClock('2025-12-05T09:00:00'), storageKey, attributes: { plan: 'gentle-start' } });
      expect(textOf(later.el, '[part="plan"]')).to.contain('Day 5, week 1');
    });
  });

  describe('6: removed from the page mid-session', () => {
    it('pauses while away, without a burst of events, and resumes only when the user does', async () => {
      const { el, clock } = await mountTimer();
      const events = recordEvents(el);
      await press(el, '.primary');
      await wait(el, clock, 3000);
      const parent = el.parentElement!;
      el.remove();
      clock.advance(12_000);
      parent.append(el);
      await el.updateComplete;
      expect(events).to.deep.equal(['start 1']);
      expect(el.status).to.equal('paused');
      expect(countdown(el)).to.equal('7 seconds');
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(events).to.deep.equal(FULL_SESSION);
    });

    it('ends without logging a session that was away longer than its length', async () => {
      const { el, clock } = await mountTimer();
      const events = recordEvents(el);
      await press(el, '.primary');
      await wait(el, clock, 3000);
      const parent = el.parentElement!;
      el.remove();
      clock.advance(SESSION_MS + 12_000);
      parent.append(el);
      await el.updateComplete;
      expect(events).to.deep.equal(['start 1']);
      expect(el.status).to.equal('stopped');
      expect(today(el)).to.equal('Today: 0 of 3 sessions');
      expect(spoken(el)).to.contain('not counted');
    });

    it('keeps running when the host only moves it', async () => {
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      await wait(el, clock, 3000);
      const elsewhere = document.createElement('div');
      el.parentElement!.after(elsewhere);
      elsewhere.append(el);
      await wait(el, clock, 1000);
      expect(el.status).to.equal('running');
      expect(countdown(el)).to.equal('6 seconds');
      elsewhere.remove();
    });
  });

  describe('7: two timers, one storage-key', () => {
    it('tells a second instance on the same page at once', async () => {
      const clock = new ManualClock(MONDAY);
      const storageKey = freshKey();
      const first = await mountTimer({ clock, storageKey });
      const second = await mountTimer({ clock, storageKey });
      await press(first.el, '.primary');
      await wait(first.el, clock, SESSION_MS);
      await until(() => today(second.el) === 'Today: 1 of 3 sessions', `the second shows 1 of 3 (shows "${today(second.el)}")`);
    });

    it('does not lose a session written by another tab while it waited for the log', async () => {
      const { el, clock, storageKey } = await mountTimer();
      const key = keyOf(storageKey);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let acquired!: () => void;
      const got = new Promise<void>((resolve) => (acquired = resolve));
      // Another tab's read-modify-write, holding the log's lock.
      const otherTab = navigator.locks.request(key, async () => {
        acquired();
        const before = storedSessions(storageKey);
        await held;
        localStorage.setItem(
          key,
          JSON.stringify({ version: 2, startDate: '2025-12-01', days: { '2025-12-01': { sessions: before + 1, seconds: 5 } } }),
        );
      });
      await got;
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      release();
      await otherTab;
      await until(() => storedSessions(storageKey) === 2, `both sessions are stored (stored: ${storedSessions(storageKey)})`);
      await until(() => today(el) === 'Today: 2 of 3 sessions', 'the timer shows both');
    });

    it('without Web Locks, still writes the session, at once', async () => {
      Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
      try {
        const { el, clock, storageKey } = await mountTimer();
        await press(el, '.primary');
        await wait(el, clock, SESSION_MS);
        expect(storedSessions(storageKey)).to.equal(1);
      } finally {
        delete (navigator as { locks?: unknown }).locks;
      }
      expect(navigator.locks).to.have.property('request');
    });

    it('keeps a second change waiting for the lock in view when the first one is stored', async () => {
      const { el, storageKey } = await mountTimer();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const otherTab = navigator.locks.request(keyOf(storageKey), () => held);
      const shown: Array<{ sound: boolean; vibration: boolean }> = [];
      el.addEventListener('care-data-change', () => shown.push({ ...el.exportData().log.cues }));
      // Sound off, then on again, before the first change could be stored.
      part(el, 'input[name="sound"]').click();
      await el.updateComplete;
      part(el, 'input[name="sound"]').click();
      release();
      await otherTab;
      await until(() => shown.length === 2, 'both changes are stored');
      // After the first write, the second change (sound on again) is still what the timer uses.
      expect(shown.map((cues) => cues.sound)).to.deep.equal([true, true]);
    });

    it('keeps a session waiting for the lock in view when another tab writes meanwhile', async () => {
      const { el, clock, storageKey } = await mountTimer();
      const key = keyOf(storageKey);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const otherTab = navigator.locks.request(key, () => held);
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      const other = JSON.stringify({ version: 2, startDate: '2025-11-20', days: { '2025-11-30': { sessions: 3 } } });
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: other }));
      localStorage.setItem(key, other);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: other }));
      await el.updateComplete;
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      release();
      await otherTab;
      await until(() => storedSessions(storageKey) === 1 && storedSessions(storageKey, '2025-11-30') === 3, 'both are stored');
    });

    it('keeps both sessions of two pages (two documents) that finish together', async function () {
      this.timeout(20_000);
      const storageKey = freshKey();
      const frames = await Promise.all([loadFrame(), loadFrame()]);
      const clocks = [new ManualClock(MONDAY), new ManualClock(MONDAY)];
      const timers = await Promise.all(frames.map(async (frame, i) => timerIn(frame, storageKey, clocks[i])));
      for (const timer of timers) part(timer, '.primary').click();
      for (const [i, timer] of timers.entries()) {
        clocks[i].advance(SESSION_MS);
        await timer.updateComplete;
      }
      await until(() => storedSessions(storageKey) === 2, 'both sessions are stored');
      for (const timer of timers) await until(() => today(timer) === 'Today: 2 of 3 sessions', 'each page shows both');
      for (const frame of frames) frame.remove();
    });
  });

  describe('8: “Clear my data” when nothing can be deleted', () => {
    it('also deletes a session still waiting to be written', async () => {
      const { el, clock, storageKey } = await mountTimer();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let acquired!: () => void;
      const got = new Promise<void>((resolve) => (acquired = resolve));
      const otherTab = navigator.locks.request(keyOf(storageKey), () => {
        acquired();
        return held;
      });
      await got;
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      await press(el, '.clear');
      await press(el, '.confirm-clear');
      release();
      await otherTab;
      await logWritten(storageKey);
      expect(localStorage.getItem(keyOf(storageKey))).to.equal(null);
      expect(today(el)).to.equal('Today: 0 of 3 sessions');
    });

    it('says nothing could be deleted when storage is refused', async () => {
      const restore = refuseStorage();
      try {
        const { el } = await mountTimer();
        await press(el, '.clear');
        await press(el, '.confirm-clear');
        expect(spoken(el)).to.contain('Nothing could be deleted').and.not.to.contain('has been deleted');
      } finally {
        restore();
      }
    });

    it('says nothing could be deleted, and keeps showing the log, when removeItem throws', async () => {
      const clock = new ManualClock(MONDAY);
      const { el, storageKey } = await mountTimer({ clock });
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      await until(() => storedSessions(storageKey) === 1, 'the session is stored');
      const original = Storage.prototype.removeItem;
      Storage.prototype.removeItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        await press(el, '.clear');
        await press(el, '.confirm-clear');
        expect(spoken(el)).to.contain('Nothing could be deleted');
        expect(today(el)).to.equal('Today: 1 of 3 sessions');
      } finally {
        Storage.prototype.removeItem = original;
      }
      expect(storedSessions(storageKey)).to.equal(1);
    });
  });

  describe('9: stored values out of range', () => {
    it('never shows more sessions than the plan has, nor seconds beyond 10', async () => {
      const storageKey = freshKey();
      localStorage.setItem(
        keyOf(storageKey),
        JSON.stringify({ version: 2, startDate: '2025-11-01', days: { '2025-12-01': { sessions: 1e9, seconds: 1e300 } } }),
      );
      const { el } = await mountTimer({ storageKey });
      expect(today(el)).to.equal('Today: 3 of 3 sessions');
      expect(el.sessionsToday).to.equal(3);
      const row = textOf(el, '[part="history"] tbody tr');
      expect(row).to.contain('3 of 3').and.to.contain('10 seconds').and.not.to.contain('1000000000');
    });

    it('reads a 100,000-day log as about a year, loading it and on a storage event', async () => {
      // How long this takes on each engine is measured by `npm run bench` (the domain test checks
      // that the oversized text is never parsed whole).
      const storageKey = freshKey();
      const days: Record<string, { sessions: number }> = {};
      for (let i = 0; i < 100_000; i += 1) days[addDays('2025-12-01', -i)] = { sessions: 2 };
      const value = JSON.stringify({ version: 2, startDate: '1752-01-01', days });
      localStorage.setItem(keyOf(storageKey), value);
      const { el } = await mountTimer({ storageKey });
      expect(today(el)).to.equal('Today: 2 of 3 sessions');
      const rows = () => el.shadowRoot!.querySelectorAll('[part="history"] tbody tr').length;
      expect(rows()).to.be.within(1, 14);
      window.dispatchEvent(new StorageEvent('storage', { key: keyOf(storageKey), newValue: value }));
      await el.updateComplete;
      expect(today(el)).to.equal('Today: 2 of 3 sessions');
      expect(rows()).to.be.within(1, 14);
    });
  });

  it('10: moves focus to the primary button when a session ends while Stop has focus', async () => {
    const { el, clock } = await mountTimer();
    await press(el, '.primary');
    part(el, '.stop').focus();
    await wait(el, clock, SESSION_MS);
    await el.updateComplete;
    expect(state(el)).to.equal('Session done');
    // Compared by class: a failed equality of two elements makes the runner serialize whole DOM trees.
    expect(el.shadowRoot!.activeElement?.className ?? String(document.activeElement?.localName)).to.contain('primary');
  });

  describe('11: calendar reminders where downloads are blocked', () => {
    it('in a sandboxed iframe, says the download cannot start and offers the file as a link and as text', async function () {
      this.timeout(20_000);
      const frame = await loadFrame({ sandbox: 'allow-scripts allow-same-origin' });
      const timer = await timerIn(frame, freshKey(), new ManualClock(MONDAY));
      part(timer, '[part="reminders"] button').click();
      await timer.updateComplete;
      const fallback = part(timer, '[part="reminders-fallback"]');
      expect(fallback.textContent).to.match(/could not start the download/i);
      const link = part(timer, '[part="reminders-fallback"] a');
      expect(link.getAttribute('href')).to.match(/^data:text\/calendar/);
      expect(decodeURIComponent(link.getAttribute('href')!.split(',')[1])).to.contain('BEGIN:VCALENDAR');
      const text = part(timer, '[part="reminders-fallback"] textarea') as HTMLTextAreaElement;
      expect(text.value).to.contain('BEGIN:VCALENDAR').and.to.contain('RRULE:FREQ=DAILY');
      expect(text.readOnly).to.equal(true);
      frame.remove();
    });

    it('when the browser refuses to make the file, says so and offers it another way (axe-clean)', async () => {
      const { createObjectURL } = URL;
      URL.createObjectURL = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const { el } = await mountTimer();
        await press(el, '[part="reminders"] button');
        expect(textOf(el, '[part="reminders-fallback"]')).to.match(/could not start the download/i);
        expect((part(el, '[part="reminders-fallback"] textarea') as HTMLTextAreaElement).value).to.contain('BEGIN:VCALENDAR');
        await expect(el).to.be.accessible();
      } finally {
        URL.createObjectURL = createObjectURL;
      }
    });

    it('on an ordinary page, starts the download and shows no fallback', async () => {
      const names: string[] = [];
      const { click } = HTMLAnchorElement.prototype;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        const { el } = await mountTimer();
        await press(el, '[part="reminders"] button');
        expect(names).to.deep.equal(['iqoro-training.ics']);
        expect(el.shadowRoot!.querySelector('[part="reminders-fallback"]')).to.equal(null);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });
  });

  describe('16: headings and landmarks', () => {
    it('makes the plan title a real heading, at the level the host sets', async () => {
      const { el } = await mountTimer();
      expect(part(el, '#plan-title').localName).to.equal('h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(part(el, '#plan-title').localName).to.equal('h4');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
      });
      expect(part(el, '#plan-title').localName).to.equal('h2');
      expect(textOf(el, '[part="notice"]')).to.contain('level 2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Valid values: 2, 3, 4, 5, 6');
    });

    it('adds at most one landmark per timer, and two timers pass axe (landmark-unique)', async () => {
      const host = await fixture<HTMLDivElement>(html`<main></main>`);
      const a = await mountTimer({ parent: host });
      const b = await mountTimer({ parent: host });
      const landmarks = a.el.shadowRoot!.querySelectorAll(
        'section[aria-label], section[aria-labelledby], [role="region"], aside, nav, form[aria-label]',
      );
      expect(landmarks.length).to.be.at.most(1);
      await press(a.el, '.primary');
      await expect(host).to.be.accessible();
      expect(b.el.status).to.equal('idle');
    });
  });

  describe('17: 320 px wide', () => {
    for (const locale of ['nb', 'sv', 'en'] as const) {
      it(`in ${locale}, the open history does not scroll sideways`, async () => {
        await useLocale(locale);
        const restore = phoneWidth(320);
        try {
          // A wide, common shop font (Verdana, or DejaVu Sans where it is missing) at 18 px.
          const host = await fixture<HTMLDivElement>(html`<div style='font: 18px Verdana, "DejaVu Sans", sans-serif'></div>`);
          const { el } = await mountTimer({ parent: host, attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
          part(el, '[part="history"]').setAttribute('open', '');
          await el.updateComplete;
          const table = part(el, '[part="history"] table');
          expect(table.scrollWidth, 'table').to.be.at.most(part(el, '[part="history"]').clientWidth);
          expect(pageContentWidth(), 'page').to.be.at.most(320);
          const right = el.getBoundingClientRect().right;
          for (const node of el.shadowRoot!.querySelectorAll<Element>('*:not(.visually-hidden):not(.visually-hidden *)')) {
            expect(node.getBoundingClientRect().right, node.getAttribute('class') ?? node.localName).to.be.at.most(right + 0.5);
          }
        } finally {
          restore();
        }
      });
    }
  });

  it('18: in forced colours, the ring uses system colours in every phase', async () => {
    const system = new Map<string, string>();
    const probe = document.createElement('span');
    document.body.append(probe);
    for (const name of ['Highlight', 'CanvasText', 'GrayText', 'LinkText', 'ButtonText', 'Mark', 'AccentColor', 'VisitedText']) {
      probe.style.color = name;
      system.set(getComputedStyle(probe).color, name);
    }
    probe.remove();
    const { el, clock } = await mountTimer();
    // Headless Chromium cannot emulate forced colours: apply the element's own
    // forced-colours rules as the browser would, after the rest of its styles
    // (read again at each phase: the session's code brings styles of its own).
    const forced = new CSSStyleSheet();
    const stroke = () => {
      const rules: string[] = [];
      const sheets = el.shadowRoot!.adoptedStyleSheets.filter((sheet) => sheet !== forced);
      for (const sheet of sheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
            for (const inner of rule.cssRules) rules.push(inner.cssText);
          }
        }
      }
      forced.replaceSync(rules.join('\n'));
      el.shadowRoot!.adoptedStyleSheets = [...sheets, forced];
      return getComputedStyle(part(el, 'circle.progress')).stroke;
    };
    const seen: Record<string, string | undefined> = {};
    seen.idle = system.get(stroke());
    await press(el, '.primary');
    seen.stretch = system.get(stroke());
    await wait(el, clock, 12_000);
    seen.rest = system.get(stroke());
    await wait(el, clock, SESSION_MS);
    seen.done = system.get(stroke());
    for (const [phase, colour] of Object.entries(seen)) expect(colour, `${phase}: ${stroke()}`).to.be.a('string');
  });
});

