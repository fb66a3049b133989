/**
 * Issue 16.5, 16.6 and 16.9: "Back up my log" and "Restore from a backup"
 * (each kind of bad file refused, changing nothing), asking the browser to
 * keep the log, and the host's data API (exportData, importData, clearData,
 * care-data-change).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { BACKUP_FORMAT, backupText, makeBackup } from '../../src/domain/log-backup.js';
import { emptyLog, logKey, recordSession } from '../../src/domain/training-log.js';
import { mayClearAfterDaysAway } from '../../src/elements/stretch-timer/persistence.js';
import { ManualClock } from '../../src/internal/clock.js';
import { currentEngine, pageContentWidth, phoneWidth, skipBecause } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import {
  captureDownloads,
  MONDAY,
  SESSION_MS,
  clearLogs,
  mountTimer,
  openData,
  part,
  press,
  spoken,
  storedSessions,
  textOf,
  today,
  until,
  wait,
} from './stretch-timer-fixture.js';



/** Chooses `text` as the file to restore from, as the file picker does. */
async function chooseFile(el: CareStretchTimer, text: string, name = 'backup.json'): Promise<void> {
  await openData(el);
  const input = part(el, 'input.restore-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A backup of Sunday 30 November 2025 with two sessions at 9 s. */
function sundayBackup(): string {
  const log = recordSession(recordSession(emptyLog(), { date: '2025-11-30', plan: 'standard', seconds: 9 }), {
    date: '2025-11-30',
    plan: 'standard',
    seconds: 9,
  });
  return backupText(makeBackup(log, new Date('2025-11-30T20:00:00Z')));
}

async function oneSession(el: CareStretchTimer, clock: ManualClock, storageKey: string): Promise<void> {
  await press(el, '.primary');
  await wait(el, clock, SESSION_MS);
  await until(() => storedSessions(storageKey) === 1, 'the session is stored');
}

const historyText = (el: CareStretchTimer) => textOf(el, '[part="history"]');

describe('<care-stretch-timer> backup and restore (issue 16.5)', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  it('“Back up my log” saves a JSON file that says it is ours, with the log', async () => {
    const { el, clock, storageKey } = await mountTimer();
    await oneSession(el, clock, storageKey);
    await openData(el);
    const downloads = captureDownloads();
    try {
      await press(el, '.backup');
    } finally {
      downloads.restore();
    }
    expect(downloads.files).to.have.length(1);
    const [file] = downloads.files;
    expect(file.name).to.equal('iqoro-training-log-2025-12-01.json');
    expect(file.type).to.match(/^application\/json/);
    const backup = JSON.parse(await file.text);
    expect(backup).to.include({ format: BACKUP_FORMAT, formatVersion: 1, storageKey });
    expect(backup.log.days['2025-12-01'].sessions).to.equal(1);
  });

  it('restores a backup into an empty log without asking, and says so', async () => {
    const { el, storageKey } = await mountTimer();
    await chooseFile(el, sundayBackup());
    await until(() => storedSessions(storageKey, '2025-11-30') === 2, 'the backup is stored');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.confirm-restore')).to.equal(null);
    expect(textOf(el, '[part="data-message"]')).to.contain('restored');
    expect(spoken(el)).to.contain('restored');
    expect(historyText(el)).to.contain('2 of 3');
  });

  it('over an existing log, asks first; Cancel changes nothing; confirming merges by date, losing neither side', async () => {
    const { el, clock, storageKey } = await mountTimer();
    await oneSession(el, clock, storageKey);
    const before = localStorage.getItem(logKey(storageKey));

    await chooseFile(el, sundayBackup());
    await until(() => el.shadowRoot!.querySelector('.confirm-restore') !== null, 'the question shows');
    expect(textOf(el, '[part="data"] .confirm')).to.contain('nothing is lost');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.confirm-restore'));
    await press(el, '.cancel-restore');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.restore'));
    expect(localStorage.getItem(logKey(storageKey))).to.equal(before);

    await chooseFile(el, sundayBackup());
    await until(() => el.shadowRoot!.querySelector('.confirm-restore') !== null, 'the question shows again');
    await press(el, '.confirm-restore');
    await until(() => storedSessions(storageKey, '2025-11-30') === 2, 'the backup’s day is stored');
    expect(storedSessions(storageKey)).to.equal(1);
    expect(today(el)).to.equal('Today: 1 of 3 sessions');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.restore'));
  });

  it('a restore keeps the backup’s notes and adjustments beside the device’s own', async () => {
    const { el, clock, storageKey } = await mountTimer();
    await oneSession(el, clock, storageKey);
    const backup = JSON.parse(sundayBackup());
    backup.log.days['2025-11-30'].notes = ['soreness'];
    backup.log.adjustments = [{ date: '2025-11-30', kind: 'hold', seconds: 9 }];
    await chooseFile(el, JSON.stringify(backup));
    await until(() => el.shadowRoot!.querySelector('.confirm-restore') !== null, 'the question shows');
    await press(el, '.confirm-restore');
    await until(() => storedSessions(storageKey, '2025-11-30') === 2, 'the backup’s day is stored');
    const stored = JSON.parse(localStorage.getItem(logKey(storageKey))!);
    expect(stored.days['2025-11-30'].notes).to.deep.equal(['soreness']);
    expect(stored.adjustments).to.deep.equal([{ date: '2025-11-30', kind: 'hold', seconds: 9 }]);
    expect(stored.days['2025-12-01'].sessions).to.equal(1);
  });

  const badFiles: Array<[string, () => string, RegExp]> = [
    ['a file that is not ours (a calendar file)', () => 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', /not a backup of this training log/],
    ['a file that is not ours (another app’s JSON)', () => JSON.stringify({ version: 2, days: {} }), /not a backup of this training log/],
    ['a backup from a newer version', () => sundayBackup().replace('"formatVersion": 1', '"formatVersion": 2'), /newer version/],
    ['a backup of a newer log schema', () => sundayBackup().replace(/"version": \d+/, '"version": 99'), /newer version/],
    ['a damaged backup (cut off)', () => sundayBackup().slice(0, 120), /damaged/],
    ['a damaged backup (no log in it)', () => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, log: 'lost' }), /damaged/],
  ];
  for (const [what, text, message] of badFiles) {
    it(`refuses ${what} with a clear message and one warning, changing nothing`, async () => {
      const { el, clock, storageKey } = await mountTimer();
      await oneSession(el, clock, storageKey);
      const before = localStorage.getItem(logKey(storageKey));
      const warnings = await captureWarnings(async () => {
        await chooseFile(el, text());
        await until(() => el.shadowRoot!.querySelector('[part="data-message"]') !== null, 'the message shows');
      });
      expect(textOf(el, '[part="data-message"]')).to.match(message).and.to.contain('Nothing was changed');
      expect(spoken(el)).to.match(message);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<care-stretch-timer>').and.to.contain(BACKUP_FORMAT).and.to.contain('exportData()');
      expect(el.shadowRoot!.querySelector('.confirm-restore')).to.equal(null);
      expect(localStorage.getItem(logKey(storageKey))).to.equal(before);
      expect(today(el)).to.equal('Today: 1 of 3 sessions');
    });
  }

  it('says why a file was refused in Swedish', async () => {
    await useLocale('sv');
    const { el } = await mountTimer();
    await captureWarnings(async () => {
      await chooseFile(el, 'BEGIN:VCALENDAR');
      await until(() => el.shadowRoot!.querySelector('[part="data-message"]') !== null, 'the message shows');
    });
    expect(textOf(el, '[part="data-message"]')).to.contain('Ingenting har ändrats');
  });

  it('every state of “Your log” is accessible, and fits 320 px', async () => {
    const restore = phoneWidth(320);
    try {
      const host = await fixture<HTMLDivElement>(html`<div style='font: 18px Verdana, "DejaVu Sans", sans-serif'></div>`);
      const { el, clock, storageKey } = await mountTimer({ parent: host });
      await oneSession(el, clock, storageKey);
      await chooseFile(el, sundayBackup());
      await until(() => el.shadowRoot!.querySelector('.confirm-restore') !== null, 'the question shows');
      await expect(el).to.be.accessible();
      expect(pageContentWidth()).to.be.at.most(320);
      await captureWarnings(async () => {
        await press(el, '.cancel-restore');
        await chooseFile(el, 'not a backup');
        await until(() => el.shadowRoot!.querySelector('[part="data-message"]') !== null, 'the message shows');
      });
      await expect(el).to.be.accessible();
      expect(pageContentWidth()).to.be.at.most(320);
    } finally {
      restore();
    }
  });
});

describe('<care-stretch-timer> keeping the log (issue 16.6)', () => {
  afterEach(() => clearLogs());

  async function withPersist(answer: boolean, run: (calls: { count: number }) => Promise<void>, test: Mocha.Context): Promise<void> {
    const storage = navigator.storage as StorageManager | undefined;
    if (typeof storage?.persist !== 'function') {
      await skipBecause(test, 'this engine has no navigator.storage.persist() (the timer then asks nothing and shows nothing)');
      return;
    }
    const calls = { count: 0 };
    const own = Object.getOwnPropertyDescriptors(storage);
    Object.defineProperty(storage, 'persist', { configurable: true, value: () => ((calls.count += 1), Promise.resolve(answer)) });
    Object.defineProperty(storage, 'persisted', { configurable: true, value: () => Promise.resolve(false) });
    try {
      await run(calls);
    } finally {
      delete (storage as unknown as Record<string, unknown>).persist;
      delete (storage as unknown as Record<string, unknown>).persisted;
      Object.defineProperties(storage, own);
    }
  }

  it('asks the browser to keep the log after the first completed session, once, and says it agreed', async function () {
    await withPersist(true, async (calls) => {
      const { el, clock, storageKey } = await mountTimer();
      expect(calls.count).to.equal(0);
      expect(el.shadowRoot!.querySelector('.persist')).to.equal(null);
      await oneSession(el, clock, storageKey);
      await until(() => el.shadowRoot!.querySelector('.persist') !== null, 'the answer shows');
      expect(textOf(el, '.persist')).to.contain('agreed to keep your log');
      await press(el, '.primary');
      await wait(el, clock, SESSION_MS);
      expect(calls.count).to.equal(1);
    }, this);
  });

  it('says plainly when the browser did not agree', async function () {
    await withPersist(false, async () => {
      const { el, clock, storageKey } = await mountTimer();
      await oneSession(el, clock, storageKey);
      await until(() => el.shadowRoot!.querySelector('.persist') !== null, 'the answer shows');
      expect(textOf(el, '.persist')).to.contain('may delete your log');
    }, this);
  });

  it('next to “Back up my log”, says where the browser may clear the log after 7 days away (WebKit only)', async () => {
    const { el } = await mountTimer();
    await openData(el);
    const sentence = el.shadowRoot!.querySelector('.days-away');
    expect(sentence !== null, 'the sentence').to.equal((await currentEngine()) === 'webkit');
    if (sentence) expect(part(el, '.backup').parentElement).to.equal(sentence.parentElement);
  });

  it('tells the browsers that may clear after 7 days by their user agent', () => {
    const safari = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
    const chromeIos = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1';
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    const android = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect([safari, chromeIos, chrome, android, firefox].map((ua) => mayClearAfterDaysAway(ua))).to.deep.equal([true, true, false, false, false]);
  });
});

describe('<care-stretch-timer> data API for the host (issue 16.9)', () => {
  afterEach(() => clearLogs());

  it('exportData() returns the backup; importData() merges one (value or text) by date', async () => {
    const { el, clock, storageKey } = await mountTimer();
    await oneSession(el, clock, storageKey);
    const exported = el.exportData();
    expect(exported).to.include({ format: BACKUP_FORMAT, formatVersion: 1, storageKey });
    expect(exported.log.days['2025-12-01'].sessions).to.equal(1);

    const other = await mountTimer({ clock: new ManualClock(MONDAY) });
    expect(await other.el.importData(JSON.parse(sundayBackup()))).to.equal(true);
    expect(await other.el.importData(JSON.parse(JSON.stringify(exported)))).to.equal(true);
    expect(storedSessions(other.storageKey, '2025-11-30')).to.equal(2);
    expect(storedSessions(other.storageKey)).to.equal(1);
    await other.el.updateComplete;
    expect(today(other.el)).to.equal('Today: 1 of 3 sessions');
    expect(await other.el.importData(sundayBackup())).to.equal(true);
    expect(storedSessions(other.storageKey, '2025-11-30')).to.equal(2);
  });

  it('importData() with a bad value resolves false, shows the message and warns once naming what is valid; never throws', async () => {
    const { el, clock, storageKey } = await mountTimer();
    await oneSession(el, clock, storageKey);
    const before = localStorage.getItem(logKey(storageKey));
    for (const bad of [undefined, null, 42, 'hello', { format: BACKUP_FORMAT, formatVersion: 9, log: {} }, { format: BACKUP_FORMAT, formatVersion: 1 }]) {
      const warnings = await captureWarnings(async () => {
        expect(await el.importData(bad)).to.equal(false);
      });
      expect(warnings, String(bad)).to.have.length(1);
      expect(warnings[0]).to.contain('importData()').and.to.contain(BACKUP_FORMAT);
      await el.updateComplete;
      expect(textOf(el, '[part="data-message"]')).to.contain('Nothing was changed');
    }
    expect(localStorage.getItem(logKey(storageKey))).to.equal(before);
  });

  it('clearData() deletes the log without asking; care-data-change tells the host each change, here and elsewhere', async () => {
    const { el, clock, storageKey } = await mountTimer();
    const seen: string[] = [];
    el.addEventListener('care-data-change', (event) => {
      expect(event.detail.storageKey).to.equal(storageKey);
      seen.push(`${event.detail.origin} ${event.detail.hasData}`);
    });
    await oneSession(el, clock, storageKey);
    await until(() => seen.length === 1, 'the session’s change is told');
    expect(seen).to.deep.equal(['here true']);

    // Another instance on the same log (another tab's is a storage event; see the two-tab tests).
    const twin = await mountTimer({ clock, storageKey });
    await press(twin.el, '.primary');
    await wait(twin.el, clock, SESSION_MS);
    await until(() => seen.length === 2, 'the other instance’s change is told');
    expect(seen[1]).to.equal('elsewhere true');
    twin.el.remove();

    expect(el.clearData()).to.equal(true);
    expect(localStorage.getItem(logKey(storageKey))).to.equal(null);
    expect(seen[2]).to.equal('here false');
    await el.updateComplete;
    expect(today(el)).to.equal('Today: 0 of 3 sessions');
    expect(spoken(el)).to.contain('deleted');
  });

  it('the event bubbles out of the element and is composed, for a portal listening on document', async () => {
    const { el } = await mountTimer();
    let heard: Event | null = null;
    const listener = (event: Event) => (heard = event);
    document.addEventListener('care-data-change', listener);
    try {
      await el.importData(sundayBackup());
    } finally {
      document.removeEventListener('care-data-change', listener);
    }
    expect(heard).to.be.instanceOf(CustomEvent);
  });
});
