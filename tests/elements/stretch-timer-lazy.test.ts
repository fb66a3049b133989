/**
 * The timer's lazily loaded parts (src/elements/stretch-timer/lazy-module.ts):
 * "Your log", the whole course and the hand-off offer load when needed, and a
 * part whose file cannot be loaded (a host that copied the bundle without its
 * chunks, a dropped connection) says so in the element, in the page's language,
 * with one console warning, never an exception in the host page; the data API
 * keeps working without opening "Your log".
 */
import { expect } from '@open-wc/testing';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { makeBackup } from '../../src/domain/log-backup.js';
import { emptyLog, recordSession } from '../../src/domain/training-log.js';
import { clearLogs, handoffRead, mountTimer, openCourse, openData, part, textOf } from './stretch-timer-fixture.js';

/** Makes the timer's next load of `name` fail as a missing chunk does. */
function breakPart(el: CareStretchTimer, name: 'data' | 'course' | 'reminders' | 'session'): void {
  const owner = (el as unknown as Record<string, { part: { importer: () => Promise<unknown> } }>)[name];
  owner.part.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}

const errors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);

describe('<care-stretch-timer> lazily loaded parts', () => {
  beforeEach(() => {
    errors.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(async () => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    clearLogs();
    history.replaceState(null, '', location.pathname + location.search);
    await followPageLanguage();
  });

  it("has no 'Your log' buttons, course view or offer before they are needed", async () => {
    const { el } = await mountTimer();
    expect(el.shadowRoot!.querySelector('[part="reminders-fallback"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.export-csv')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.course-chart')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="handoff"]')).to.equal(null);
    await openData(el);
    expect(textOf(el, '.export-csv')).to.equal('Export for my therapist (CSV)');
  });

  it('keeps exportData, importData and care-data-change working without opening "Your log"', async () => {
    const backup = makeBackup(recordSession(emptyLog(), { date: '2025-11-30', plan: 'standard', seconds: 9 }), new Date('2025-11-30T20:00:00Z'));
    const other = await mountTimer();
    const changes: boolean[] = [];
    other.el.addEventListener('care-data-change', (event) => changes.push(event.detail.hasData));
    expect(await other.el.importData(backup)).to.equal(true);
    expect(changes).to.deep.equal([true]);
    expect(part(other.el, '[part="data"]').hasAttribute('open'), '"Your log" stays closed').to.equal(false);
    expect(textOf(other.el, '[part="data-message"]')).to.contain('Your backup has been restored');
  });

  it('"Your log" that cannot be loaded says so in Swedish, warns once, and importData resolves false', async () => {
    await useLocale('sv');
    const { el } = await mountTimer();
    breakPart(el, 'data');
    const warnings = await captureWarnings(async () => {
      await openData(el);
      expect(textOf(el, '[part="data"] [role="status"]')).to.equal(
        'Export och säkerhetskopia kunde inte laddas. Ingenting har ändrats. Ladda om sidan för att försöka igen.',
      );
      expect(await el.importData(el.exportData())).to.equal(false);
      expect(textOf(el, '[part="data-message"]')).to.contain('Export och säkerhetskopia kunde inte laddas.');
    });
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.match(/^care-widgets <care-stretch-timer>: the timer's 'Your log' section .* could not be loaded .*chunk files/);
    expect(errors).to.deep.equal([]);
  });

  it('the course that cannot be loaded says so in its place, and loads when opened again', async () => {
    const { el } = await mountTimer();
    const course = (el as unknown as { course: { part: { importer: () => Promise<unknown> } } }).course.part;
    const importer = course.importer;
    breakPart(el, 'course');
    const warnings = await captureWarnings(() => openCourse(el));
    expect(textOf(el, '[part="course"] [role="status"]')).to.equal('The history could not be loaded. Close and open it again to retry.');
    expect(warnings).to.have.length(1);
    course.importer = importer;
    const details = part(el, '[part="course"]') as HTMLDetailsElement;
    details.open = false;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await openCourse(el);
    expect(el.shadowRoot!.querySelector('.course-chart')).not.to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('the calendar reminders load on the first press; if they cannot, say so in Swedish, warn once, and the next press makes the file', async () => {
    await useLocale('sv');
    const { el } = await mountTimer();
    const reminders = (el as unknown as { reminders: { part: { importer: () => Promise<unknown> } } }).reminders.part;
    const importer = reminders.importer;
    breakPart(el, 'reminders');
    const names: string[] = [];
    const { click } = HTMLAnchorElement.prototype;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      const warnings = await captureWarnings(async () => {
        part(el, '[part="reminders"] button').click();
        await el.updateComplete;
      });
      expect(textOf(el, '[part="reminders"] [role="status"]')).to.equal(
        'Kalenderfilen kunde inte skapas, eftersom en del av timern inte laddades. Tryck på knappen för att försöka igen.',
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^care-widgets <care-stretch-timer>: the timer's calendar reminders could not be loaded/);
      expect(names).to.deep.equal([]);
      reminders.importer = importer;
      part(el, '[part="reminders"] button').click();
      await el.updateComplete;
      expect(names).to.deep.equal(['iqoro-training.ics']);
      expect(el.shadowRoot!.querySelector('[part="reminders"] [role="status"]')).to.equal(null);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(errors).to.deep.equal([]);
  });

  it('a session whose code is still loading starts at the press; one whose code cannot load says so in Swedish, warns once, and starts on the next press', async () => {
    await useLocale('sv');
    const { el, clock } = await mountTimer({ attributes: { 'start-date': '2025-10-01' } });
    const session = (el as unknown as { session: { part: { importer: () => Promise<unknown> } } }).session.part;
    const importer = session.importer;
    breakPart(el, 'session');
    const warnings = await captureWarnings(async () => {
      part(el, '.primary').click();
      await el.updateComplete;
    });
    expect(el.status).to.equal('idle');
    expect(textOf(el, '[part="session"] .lazy-status')).to.equal(
      'Träningspasset kunde inte starta, eftersom en del av timern inte laddades. Tryck på knappen för att försöka igen.',
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^care-widgets <care-stretch-timer>: the timer's session could not be loaded/);
    // The code arrives 2 s after the press (a slow connection): the stretch began at the press.
    let arrive!: () => void;
    session.importer = () => new Promise((resolve) => (arrive = () => resolve(importer())));
    part(el, '.primary').click();
    clock.advance(2000);
    arrive();
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(el.secondsToday).to.be.above(2);
    expect(textOf(el, '[part="countdown"] .number')).to.equal(String(el.secondsToday - 2));
    expect(el.shadowRoot!.querySelector('[part="session"] .lazy-status')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('a session whose code arrives after the timer left the page does not start in it, and a later press starts one', async () => {
    const { el, clock } = await mountTimer({ attributes: { 'start-date': '2025-10-01' } });
    const session = (el as unknown as { session: { part: { importer: () => Promise<unknown> } } }).session.part;
    const importer = session.importer;
    let arrive!: () => void;
    session.importer = () => new Promise((resolve) => (arrive = () => resolve(importer())));
    const started: Event[] = [];
    el.addEventListener('care-stretch-start', (event) => started.push(event));
    part(el, '.primary').click();
    const parent = el.parentElement!;
    el.remove();
    arrive();
    await el.updateComplete;
    clock.advance(15_000);
    expect(el.status).to.equal('idle');
    expect(started).to.deep.equal([]);
    // Back in the page, the next press starts the session.
    parent.append(el);
    await el.updateComplete;
    part(el, '.primary').click();
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(started).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('shows the hand-off offer on the first paint, and nothing of it without a link or with ignore-handoff', async () => {
    history.replaceState(null, '', '#care-plan=1&plan=gentle-start&start=2025-11-24&rest=20&reminders=07:30,12:00,18:45');
    const { el } = await mountTimer();
    // mountTimer awaited the first render, which waits for the link to be read.
    expect(textOf(el, '.handoff-title')).to.equal('A training plan from your clinic or pharmacy');
    const ignoring = await mountTimer({ attributes: { 'ignore-handoff': '' } });
    await handoffRead(ignoring.el);
    expect(ignoring.el.shadowRoot!.querySelector('[part="handoff"]')).to.equal(null);
  });
});
