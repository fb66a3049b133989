import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/internal/clock.js';
import { britishDate } from '../helpers/dates.js';
import { refuseStorage } from '../helpers/storage.js';
import {
  FULL_SESSION,
  SESSION_MS,
  MONDAY,
  clearLogs,
  freshKey,
  mountTimer,
  part,
  press,
  recordEvents,
  spoken,
  state,
  storedSessions,
  textOf,
  today,
  until,
  wait,
} from './stretch-timer-fixture.js';
import { logKey as keyOf, unreadableLogKey } from '../../src/domain/training-log.js';
import { captureWarnings } from '../helpers/locale.js';


/** Makes writes fail, as with a full quota (and old Safari's private mode). */
function fillQuota(): () => void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    Storage.prototype.setItem = original;
  };
}

describe('<care-stretch-timer> log on the device', () => {
  afterEach(() => clearLogs());

  it('keeps today’s count and the start date across a reload', async () => {
    const clock = new ManualClock(MONDAY);
    const storageKey = freshKey();
    const first = await mountTimer({ clock, storageKey });
    await press(first.el, '.primary');
    await wait(first.el, clock, SESSION_MS);
    expect(today(first.el)).to.equal('Today: 1 of 3 sessions');
    await until(() => storedSessions(storageKey) === 1, 'the session is stored');
    first.el.remove();

    clock.skip(3 * 3_600_000);
    const again = await mountTimer({ clock, storageKey });
    expect(today(again.el)).to.equal('Today: 1 of 3 sessions');
    expect(again.el.sessionsToday).to.equal(1);

    const tomorrow = await mountTimer({ clock: new ManualClock('2025-12-02T08:00:00'), storageKey, attributes: { plan: 'gentle-start' } });
    expect(today(tomorrow.el)).to.equal('Today: 0 of 3 sessions');
    expect(textOf(tomorrow.el, '[part="plan"]')).to.contain('Day 2, week 1');
    const rows = [...tomorrow.el.shadowRoot!.querySelectorAll('[part="history"] tbody tr')];
    expect(rows).to.have.length(14);
    expect(rows[0].textContent!.replace(/\s+/g, ' ')).to.contain('Today').and.to.contain('0 of 3');
    expect(rows[1].textContent!.replace(/\s+/g, ' ')).to.contain(britishDate('2025-12-01', 'short')).and.to.contain('1 of 3').and.to.contain('10 seconds');
  });

  it('keeps two patients apart with storage-key', async () => {
    const clock = new ManualClock(MONDAY);
    const anna = await mountTimer({ clock, storageKey: freshKey() });
    await press(anna.el, '.primary');
    await wait(anna.el, clock, SESSION_MS);
    await until(() => storedSessions(anna.storageKey) === 1, 'the session is stored');
    const bo = await mountTimer({ clock, storageKey: freshKey() });
    expect(today(anna.el)).to.equal('Today: 1 of 3 sessions');
    expect(today(bo.el)).to.equal('Today: 0 of 3 sessions');
    bo.el.setAttribute('storage-key', anna.storageKey);
    await bo.el.updateComplete;
    expect(today(bo.el)).to.equal('Today: 1 of 3 sessions');
  });

  it('when storage is refused, still runs the session and says plainly that progress will not be kept', async () => {
    const restore = refuseStorage();
    try {
      const { el, clock } = await mountTimer();
      expect(textOf(el, '[part="storage-notice"]')).to.contain('your progress will not be kept');
      const events = recordEvents(el);
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(events).to.deep.equal(FULL_SESSION);
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      part(el, 'input[name="sound"]').click();
      await el.updateComplete;
      expect(part(el, 'input[name="sound"]')).to.have.property('checked', false);
    } finally {
      restore();
    }
  });

  it('when the quota is full, still shows what was kept, runs, and says that progress will not be kept', async () => {
    const storageKey = freshKey();
    localStorage.setItem(keyOf(storageKey), JSON.stringify({ version: 2, startDate: '2025-11-30', days: { '2025-12-01': { sessions: 1 } } }));
    const restore = fillQuota();
    try {
      const { el, clock } = await mountTimer({ storageKey });
      expect(textOf(el, '[part="storage-notice"]')).to.contain('will not be kept');
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(state(el)).to.equal('Session done');
      expect(today(el)).to.equal('Today: 2 of 3 sessions');
    } finally {
      restore();
    }
  });

  it('without storage, keeps the day’s count in memory when the host moves the element', async () => {
    const restore = refuseStorage();
    try {
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      const elsewhere = document.createElement('div');
      el.parentElement!.after(elsewhere);
      elsewhere.append(el);
      await el.updateComplete;
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      elsewhere.remove();
    } finally {
      restore();
    }
  });

  it('shows the notice as soon as a save fails during the day', async () => {
    const { el, clock } = await mountTimer();
    expect(el.shadowRoot!.querySelector('[part="storage-notice"]')).to.equal(null);
    const restore = fillQuota();
    try {
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
      await until(() => el.shadowRoot!.querySelector('[part="storage-notice"]') !== null, 'the notice shows');
      expect(textOf(el, '[part="storage-notice"]')).to.contain('will not be kept');
    } finally {
      restore();
    }
  });

  it('migrates a version 1 log to the current version (3) and removes the old key', async () => {
    const storageKey = freshKey();
    localStorage.setItem(
      keyOf(storageKey, 1),
      JSON.stringify({ version: 1, startDate: '2025-11-20', sessions: { '2025-12-01': 2, '2025-11-30': 3 } }),
    );
    const { el } = await mountTimer({ storageKey, attributes: { plan: 'gentle-start' } });
    expect(today(el)).to.equal('Today: 2 of 3 sessions');
    expect(textOf(el, '[part="plan"]')).to.contain('Day 12, week 2');
    expect(textOf(el, '[part="plan"]')).to.contain('Today: 8 seconds per stretch');
    expect(localStorage.getItem(keyOf(storageKey, 1))).to.equal(null);
    const stored = JSON.parse(localStorage.getItem(keyOf(storageKey))!);
    expect(stored).to.deep.equal({
      version: 3,
      startDate: '2025-11-20',
      days: { '2025-12-01': { sessions: 2 }, '2025-11-30': { sessions: 3 } },
      adjustments: [],
      cues: { sound: true, vibration: true },
    });
  });

  it('migrates a version 2 log to version 3, keeping its seconds and cues, and removes the old key', async () => {
    const storageKey = freshKey();
    const v2 = {
      version: 2,
      startDate: '2025-11-20',
      days: { '2025-11-30': { sessions: 3, seconds: 7, plan: 'gentle-start' } },
      cues: { sound: false, vibration: true },
    };
    localStorage.setItem(keyOf(storageKey, 2), JSON.stringify(v2));
    await mountTimer({ storageKey, attributes: { plan: 'gentle-start' } });
    expect(localStorage.getItem(keyOf(storageKey, 2))).to.equal(null);
    expect(JSON.parse(localStorage.getItem(keyOf(storageKey))!)).to.deep.equal({ ...v2, version: 3, adjustments: [] });
  });

  describe('stored text it cannot read (damaged, cut short, edited by hand)', () => {
    const DAMAGED = '{"version":3,"startDate":"2025-11-20","days":{"2025-11-30":{"sessions":3,"seco';

    /** Mounts the timer on `storageKey` and waits for its notice, with the console warnings given meanwhile. */
    async function mountWithNotice(storageKey: string, clock: ManualClock) {
      let mounted: Awaited<ReturnType<typeof mountTimer>> | undefined;
      const warnings = await captureWarnings(async () => {
        mounted = await mountTimer({ storageKey, clock });
        await until(() => textOf(mounted!.el, '[part="notice"]') !== '', 'the notice');
      });
      return { el: mounted!.el, warnings };
    }

    it('keeps it aside unchanged, says so once, and starts a new log that keeps today’s sessions', async () => {
      const clock = new ManualClock(MONDAY);
      const storageKey = freshKey();
      localStorage.setItem(keyOf(storageKey), DAMAGED);
      const { el, warnings } = await mountWithNotice(storageKey, clock);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('a JSON log of version 1 to 3').and.contain(unreadableLogKey(storageKey));
      expect(textOf(el, '[part="notice"]')).to.contain('could not be read. The timer has started a new one');
      expect(today(el)).to.equal('Today: 0 of 3 sessions');
      expect(localStorage.getItem(unreadableLogKey(storageKey))).to.equal(DAMAGED);

      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      await until(() => storedSessions(storageKey) === 1, 'the session is stored in a new log');
      expect(localStorage.getItem(unreadableLogKey(storageKey)), 'the old text is not written over').to.equal(DAMAGED);
      expect(el.shadowRoot!.querySelector('[part="storage-notice"]')).to.equal(null);
    });

    it('leaves it in place and saves nothing when it cannot be kept aside, and says so', async () => {
      const clock = new ManualClock(MONDAY);
      const storageKey = freshKey();
      localStorage.setItem(keyOf(storageKey), DAMAGED);
      localStorage.setItem(unreadableLogKey(storageKey), 'kept earlier');
      const { el, warnings } = await mountWithNotice(storageKey, clock);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('nothing is saved');
      expect(textOf(el, '[part="notice"]')).to.contain('could not be read and has not been changed');
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(today(el), 'the session still counts on the page').to.equal('Today: 1 of 3 sessions');
      expect(localStorage.getItem(keyOf(storageKey))).to.equal(DAMAGED);
      expect(localStorage.getItem(unreadableLogKey(storageKey))).to.equal('kept earlier');
      expect(el.shadowRoot!.querySelector('[part="storage-notice"]'), 'not the “browser refuses” notice').to.equal(null);

      await press(el, '.clear');
      await press(el, '.confirm-clear');
      await el.updateComplete;
      expect(localStorage.getItem(keyOf(storageKey))).to.equal(null);
      expect(localStorage.getItem(unreadableLogKey(storageKey)), '“Clear my data” deletes the kept text too').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="notice"]'), 'the notice goes with the text').to.equal(null);
    });

    it('keeps an unreadable current log aside before moving an older version’s log into its place', async () => {
      const storageKey = freshKey();
      const v2 = { version: 2, startDate: '2025-11-20', days: { '2025-11-30': { sessions: 2, seconds: 5, plan: 'caution' } }, cues: {} };
      localStorage.setItem(keyOf(storageKey), DAMAGED);
      localStorage.setItem(keyOf(storageKey, 2), JSON.stringify(v2));
      await captureWarnings(() => mountTimer({ storageKey }).then(() => undefined));
      expect(localStorage.getItem(unreadableLogKey(storageKey))).to.equal(DAMAGED);
      expect(JSON.parse(localStorage.getItem(keyOf(storageKey))!).days['2025-11-30']).to.deep.include({ sessions: 2 });
    });
  });

  it('follows sessions logged in another tab', async () => {
    const { el, storageKey } = await mountTimer();
    const key = keyOf(storageKey);
    const value = JSON.stringify({ version: 2, startDate: '2025-12-01', days: { '2025-12-01': { sessions: 2 } }, cues: {} });
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
    await el.updateComplete;
    expect(today(el)).to.equal('Today: 2 of 3 sessions');
  });

  it('“Clear my data” asks first, then deletes every version of the log', async () => {
    const clock = new ManualClock(MONDAY);
    const { el, storageKey } = await mountTimer({ clock });
    await press(el, '.primary');
    await wait(el, clock, SESSION_MS);
    await until(() => storedSessions(storageKey) === 1, 'the session is stored');
    localStorage.setItem(keyOf(storageKey, 1), JSON.stringify({ version: 1, startDate: null, sessions: {} }));

    await press(el, '.clear');
    await el.updateComplete;
    expect(textOf(el, '.confirm')).to.contain('This cannot be undone');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.cancel-clear'));
    await press(el, '.cancel-clear');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.clear'));
    expect(today(el)).to.equal('Today: 1 of 3 sessions');

    await press(el, '.clear');
    await press(el, '.confirm-clear');
    await el.updateComplete;
    expect(today(el)).to.equal('Today: 0 of 3 sessions');
    expect(spoken(el)).to.contain('deleted');
    expect(localStorage.getItem(keyOf(storageKey))).to.equal(null);
    expect(localStorage.getItem(keyOf(storageKey, 1))).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.clear'));
  });
});
