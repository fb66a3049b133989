/**
 * Issue 16.7, two tabs, one log: two documents (same-origin iframes, so
 * `storage` events pass between them, as between tabs) each host a timer on the
 * same `storage-key`; neither ever loses the other's sessions.
 */
import { expect } from '@open-wc/testing';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { ManualClock } from '../../src/internal/clock.js';
import { logKey } from '../../src/domain/training-log.js';
import { MONDAY, SESSION_MS, clearLogs, freshKey, loadFrame, storedLog, storedSessions, textOf, timerIn, until } from './stretch-timer-fixture.js';


const todayCount = (timer: CareStretchTimer) => textOf(timer, '#today-title');

async function start(timer: CareStretchTimer): Promise<void> {
  timer.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
  await timer.updateComplete;
}

describe('<care-stretch-timer> two tabs, one log (issue 16.7)', function () {
  this.timeout(20_000);
  let frames: HTMLIFrameElement[] = [];

  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
    clearLogs();
  });

  async function twoTabs(): Promise<{ a: CareStretchTimer; b: CareStretchTimer; clockA: ManualClock; clockB: ManualClock; storageKey: string }> {
    frames = [await loadFrame({ blockSize: '600px' }), await loadFrame({ blockSize: '600px' })];
    const storageKey = freshKey();
    const clockA = new ManualClock(MONDAY);
    const clockB = new ManualClock(MONDAY);
    const a = await timerIn(frames[0], storageKey, clockA);
    const b = await timerIn(frames[1], storageKey, clockB);
    return { a, b, clockA, clockB, storageKey };
  }

  it('keeps both sessions when the two tabs finish one at nearly the same moment', async () => {
    const { a, b, clockA, clockB, storageKey } = await twoTabs();
    await start(a);
    await start(b);
    // Both sessions end in the same task: the two writes queue for the log's lock together.
    clockA.advance(SESSION_MS);
    clockB.advance(SESSION_MS);
    await until(() => storedSessions(storageKey) === 2, 'both sessions are stored');
    await until(() => todayCount(a) === 'Today: 2 of 3 sessions' && todayCount(b) === 'Today: 2 of 3 sessions', 'each tab shows both');
  });

  it('shows a session finished in the other tab', async () => {
    const { a, b, clockA, storageKey } = await twoTabs();
    await start(a);
    clockA.advance(SESSION_MS);
    await until(() => storedSessions(storageKey) === 1, 'the session is stored');
    await until(() => todayCount(b) === 'Today: 1 of 3 sessions', 'the other tab shows it');
  });

  it('merges by date when the other tab writes over this tab’s session (no Web Locks, or a late copy)', async () => {
    const { a, b, clockA, storageKey } = await twoTabs();
    await start(a);
    clockA.advance(SESSION_MS);
    await until(() => storedSessions(storageKey) === 1, 'tab A’s session is stored');
    await until(() => todayCount(b) === 'Today: 1 of 3 sessions', 'tab B shows it');
    // Tab B writes the log as it read it before A's session reached it: Sunday's three sessions, no Monday.
    const stale = { version: 2, startDate: '2025-11-30', days: { '2025-11-30': { sessions: 3, seconds: 10, plan: 'standard' } }, cues: { sound: false, vibration: true } };
    frames[1].contentWindow!.localStorage.setItem(logKey(storageKey), JSON.stringify(stale));
    await until(() => storedSessions(storageKey) === 1 && storedSessions(storageKey, '2025-11-30') === 3, 'the merge is written back');
    expect(todayCount(a)).to.equal('Today: 1 of 3 sessions');
    await until(() => todayCount(b) === 'Today: 1 of 3 sessions', 'tab B shows the merge');
    const stored = storedLog(storageKey)!;
    expect(stored.startDate).to.equal('2025-11-30');
    expect((stored as unknown as { cues: unknown }).cues).to.deep.equal({ sound: false, vibration: true });
  });

  it('follows a note taken back in the other tab instead of bringing it back', async () => {
    const storageKey = freshKey();
    const noted = { version: 3, startDate: '2025-12-01', days: { '2025-12-01': { sessions: 1, seconds: 10, plan: 'standard', notes: ['soreness'] } }, adjustments: [], cues: { sound: true, vibration: true } };
    localStorage.setItem(logKey(storageKey), JSON.stringify(noted));
    frames = [await loadFrame({ blockSize: '600px' }), await loadFrame({ blockSize: '600px' })];
    const a = await timerIn(frames[0], storageKey, new ManualClock(MONDAY));
    await timerIn(frames[1], storageKey, new ManualClock(MONDAY));
    expect(a.exportData().log.days['2025-12-01'].notes).to.deep.equal(['soreness']);
    const unticked = { ...noted, days: { '2025-12-01': { sessions: 1, seconds: 10, plan: 'standard' } } };
    frames[1].contentWindow!.localStorage.setItem(logKey(storageKey), JSON.stringify(unticked));
    await until(() => a.exportData().log.days['2025-12-01'].notes === undefined, 'tab A follows');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storedLog(storageKey)!.days['2025-12-01']).to.deep.equal({ sessions: 1, seconds: 10, plan: 'standard' });
  });

  it('follows a deletion in the other tab instead of bringing the sessions back', async () => {
    const { a, b, clockA, storageKey } = await twoTabs();
    await start(a);
    clockA.advance(SESSION_MS);
    await until(() => todayCount(b) === 'Today: 1 of 3 sessions', 'tab B shows A’s session');
    frames[1].contentWindow!.localStorage.removeItem(logKey(storageKey));
    await until(() => todayCount(a) === 'Today: 0 of 3 sessions', 'tab A follows the deletion');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storedLog(storageKey)).to.equal(null);
  });
});
