import { adoptStyles, html, nothing, supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult, LitElement, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PLAN_TEXT } from '../../domain/plan-content.js';
import { adjustedProgress, makeAdjustment } from '../../domain/plan-adjustments.js';
import type { AdjustedProgress, AdjustmentKind } from '../../domain/plan-adjustments.js';
import type { IsoDate } from '../../domain/calendar.js';
import type { PlanId } from '../../domain/plans.js';
import { STRETCHES_PER_SESSION } from '../../domain/plans.js';
import { toggleNote } from '../../domain/session-notes.js';
import type { NoteKind } from '../../domain/session-notes.js';
import type { SideEffectId } from '../../domain/side-effects.js';
import { notesOn, recordAdjustment, recordSession, sessionsOn, setDayNotes, withCues } from '../../domain/training-log.js';
import { logHasData } from '../../domain/log-backup.js';
import type { LogBackup } from '../../domain/log-backup.js';
import { readoptStyles } from '../../internal/adopt-styles.js';
import { CareElement } from '../../internal/care-element.js';
import { renderHeading } from '../../internal/heading.js';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { baseStyles } from '../../internal/shared-styles.js';
import { renderSourceLine } from '../../internal/sources-view.js';
import { courseStyles } from './course-styles.js';
import { CourseView } from './course-view.js';
import { CuePlayer, canVibrate } from './cues.js';
import { DataController } from './data-controller.js';
import { DayController } from './day-controller.js';
import { renderFeel } from './feel-view.js';
import { HandoffController } from './handoff-controller.js';
import type { LazyHost } from './lazy-module.js';
import { LogController, unreadableLogProblem } from './log-controller.js';
import { PersistenceController, mayClearAfterDaysAway } from './persistence.js';
import { renderHistory, renderToday } from './log-views.js';
import { adjustedText, renderHeldStatus, renderPace } from './pace-view.js';
import { RemindersButton } from './reminders-button.js';
import { renderRing } from './ring.js';
import { SessionSlot } from './session-slot.js';
import type { SessionStatus } from './session-controller.js';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_REMINDER_TIMES,
  DEFAULT_REST_SECONDS,
  checkClock,
  checkSettings,
  checkStorageKey,
} from './settings.js';
import type { TimerSettings } from './settings.js';
import { stretchTimerStyles } from './stretch-timer.styles.js';
import { longDate, nextIncreaseText, planName, secondsParts, secondsText, sessionPlanText, timesList } from './texts.js';

/** Detail of `care-stretch-start` and `care-stretch-end`. */
export interface StretchDetail {
  /** 1, 2 or 3. */
  readonly stretch: number;
  readonly stretches: number;
  /** Seconds the stretch is held. */
  readonly seconds: number;
  readonly plan: PlanId;
}

/** Detail of `care-session-complete`. */
export interface SessionCompleteDetail {
  /** The local date the session was completed on, yyyy-mm-dd. */
  readonly date: IsoDate;
  readonly plan: PlanId;
  /** Seconds each stretch was held. */
  readonly seconds: number;
  /** Sessions completed today, this one included. */
  readonly sessionsToday: number;
}

/** Detail of `care-data-change`. */
export interface DataChangeDetail {
  /** The log's `storage-key` ('' for the shared log). */
  readonly storageKey: string;
  /** `here`: this element changed it (a session, a setting, a restore, `importData`, a deletion); `elsewhere`: another tab or instance did. */
  readonly origin: 'here' | 'elsewhere';
  /** Whether the log now holds anything (a start date or a day trained); false after a deletion. */
  readonly hasData: boolean;
}

/** Detail of `care-side-effect-open`. */
export interface SideEffectOpenDetail {
  /** The `<care-side-effect-guide>` situation id to open: `training-soreness`, `worse-reflux-symptoms`, `blood-taste` or `tinnitus-change`. */
  readonly situation: SideEffectId;
}

/** What the timer works with after checking its properties: the settings, today and where the plan is. */
interface Resolved extends TimerSettings {
  readonly today: IsoDate;
  /** With the patient's holds and steps back (the log's adjustments). */
  readonly progress: AdjustedProgress;
}

/**
 * @tagname care-stretch-timer
 * @summary The guided daily IQoro training: three stretches a session, three
 * sessions a day, on a plan that ramps up, with a log kept on the device.
 *
 * Shows today's seconds per stretch, the plan's day and week and the next
 * increase; runs a session (stretch → rest → stretch → rest → stretch) on a
 * countdown with a progress ring; ticks off today's sessions and keeps 14 days
 * of history in `localStorage` (key `care-widgets:stretch-timer:v3`, plus
 * `:<storage-key>`). Nothing leaves the device. Time is read from the clock,
 * never counted in ticks, so a stretch ends on time in a hidden tab or on a
 * sleeping phone. Bad attribute values show a notice, warn once in the console
 * and fall back to the defaults below.
 *
 * A hand-off link from a clinic or pharmacy (`#care-plan=1&…` in the page's
 * address, see `<care-plan-handoff>`) is offered once: the timer shows what it
 * sets up and stores it when the user confirms; the page's own attributes still
 * win. `ignore-handoff` turns this off.
 *
 * The parts a patient opens later (the whole course, "Your log") and the
 * hand-off offer are loaded when needed: in the script-tag bundles, files
 * beside the bundle. If one cannot be loaded, the timer says so in its place
 * and warns once in the console; `exportData()`, `importData()` and
 * `clearData()` work without opening "Your log".
 *
 * @event care-stretch-start - A stretch begins. Detail: `{ stretch, stretches, seconds, plan }`.
 * @event care-stretch-end - A stretch ends. Detail: `{ stretch, stretches, seconds, plan }`.
 * @event care-session-complete - A whole session is done and logged. Detail: `{ date, plan, seconds, sessionsToday }`.
 * @event care-data-change - The stored log changed, here or in another tab. Detail: `{ storageKey, origin, hasData }`.
 * @event care-side-effect-open - The patient asked what the manufacturer says about a side effect they noted ("How did it feel?"). Detail: `{ situation }`, a `<care-side-effect-guide>` situation id; route it to a guide with `situations` set to it. Fired only on that click: it carries a health datum.
 *
 * @csspart plan - Today's plan: name, day, seconds per stretch, next increase.
 * @csspart title - The plan's name, a heading of level `heading-level`.
 * @csspart session - The session panel: state, ring, countdown, controls.
 * @csspart ring - The progress ring (SVG).
 * @csspart countdown - The big number of seconds left.
 * @csspart controls - The start / pause / resume and stop buttons.
 * @csspart button - Every button.
 * @csspart today - Today's sessions, ticked.
 * @csspart cues - The sound and vibration switches.
 * @csspart reminders - The calendar-reminders button and its times.
 * @csspart reminders-fallback - The calendar file as a link and as text, where a download cannot start.
 * @csspart history - The last 14 days.
 * @csspart pace - "Going too fast? Stay or step back": the manufacturer's words and the hold, step-back and resume buttons.
 * @csspart feel - "How did it feel?": the optional notes of the day.
 * @csspart guide-link - The "What the manufacturer says about this" button beside a noted side effect.
 * @csspart course - The whole course, week by week (a disclosure, loaded when opened).
 * @csspart course-chart - The course's chart (SVG; the table beside it has the same numbers).
 * @csspart about - The plan in the manufacturer's words, with its source.
 * @csspart source - Who says it.
 * @csspart data - "Your log": export for the therapist, print a summary, back up and restore (a disclosure, loaded when opened).
 * @csspart data-message - The outcome of a restore or download (a file that is not a backup, a restored log).
 * @csspart summary - The one-page summary for the therapist, shown while printing; printed alone.
 * @csspart summary-heading - The summary's title and section headings.
 * @csspart privacy - Where the log is kept, whether the browser agreed to keep it, and "Clear my data".
 * @csspart notice - Messages about bad attribute values and a hand-off link that cannot be used.
 * @csspart handoff - The offer of a hand-off link's plan, with "Use this plan" and "Not now".
 * @csspart handoff-title - The offer's heading, of level `heading-level`.
 * @csspart storage-notice - The message that progress cannot be kept in this browser.
 *
 * @cssprop --care-timer-ring-color - The ring during a stretch. Default: the accent colour.
 * @cssprop --care-timer-rest-color - The ring during a rest. Default: the info colour.
 * @cssprop --care-timer-track-color - The ring's empty track. Default: the text colour at 15 %.
 * @cssprop --care-timer-size - The ring's largest size. Default 15em.
 * @cssprop --care-color-accent - Buttons, ring, ticks and focus ring. Default #0a6b8f.
 * @cssprop --care-color-on-accent - Text on accent buttons. Default #fff.
 * @cssprop --care-color-info - The rest ring. Default #2b6cb0.
 * @cssprop --care-color-ok - A day with all sessions done. Default #2f855a.
 * @cssprop --care-color-warning - The notices' border. Default #b7791f.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-color-surface - Panels. Default: none, so text keeps the contrast of the host's own colours; a host that sets one checks it against AA.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space between blocks. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareStretchTimer extends CareElement {
  static override styles = [baseStyles, stretchTimerStyles, courseStyles];

  static override properties = {
    plan: {},
    startDate: { attribute: 'start-date' },
    restSeconds: { type: Number, attribute: 'rest-seconds' },
    cautionHoldDays: { type: Number, attribute: 'caution-hold-days' },
    gentleStepDays: { type: Number, attribute: 'gentle-step-days' },
    reminderTimes: { attribute: 'reminder-times' },
    storageKey: { attribute: 'storage-key' },
    ignoreHandoff: { type: Boolean, attribute: 'ignore-handoff' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    clock: { attribute: false },
    announcement: { state: true, attribute: false },
    confirmingClear: { state: true, attribute: false },
  };

  /**
   * The plan: `standard`, `gentle-start` or `caution`. Default `standard`; an unknown one falls back to `caution`.
   * @values PlanId
   */
  plan: PlanId = 'standard';
  /**
   * The plan's first day, yyyy-mm-dd, today or earlier. Without it, the date of
   * the first completed session is remembered (until then, today is day 1).
   */
  startDate = '';
  /**
   * Seconds of rest between stretches, 0 to 600. Default 10: the seeds name no
   * rest length, so this is the kit's choice; a clinic can set its own.
   */
  restSeconds: number = DEFAULT_REST_SECONDS;
  /** Days the caution plan holds at 3 s (the seeds: "two to three weeks"). Default 21. */
  cautionHoldDays = 21;
  /** Days between the gentle start's one-second steps (the seed: "a few days"). Default 3. */
  gentleStepDays = 3;
  /** Up to three daily reminder times for the calendar file, hh:mm. Default "08:00, 13:00, 19:00". */
  reminderTimes = DEFAULT_REMINDER_TIMES;
  /** Keeps patients apart on a shared device: each key has its own log. Default (and null): one shared log. */
  storageKey: string | null = '';
  /** Ignore a hand-off link in the page's address (for a page that hands out links, or a shared tablet). Default false. */
  ignoreHandoff = false;
  /**
   * The level (2–6) of the plan's title, to fit the host's outline. Default 2.
   * @values HeadingLevel from ../../internal/heading.js
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;
  /** The clock the timer reads; replace it (before a session starts) to drive the timer in tests. */
  clock: Clock = systemClock;

  private announcement = '';
  private confirmingClear = false;
  private resolved!: Resolved;
  /** The styles of the lazily loaded parts that are in (see lazy-module.ts). */
  private readonly lazyStyles: CSSResult[] = [];
  /** What the lazily loaded parts (course, "Your log", the hand-off offer) need of the timer. */
  private readonly lazyHost: LazyHost = {
    host: this,
    warn: (text) => console.warn(`care-widgets <${this.localName}>: ${text}`),
    addStyles: (styles) => this.addStyles(styles),
  };
  private readonly day = new DayController(this, () => this.activeClock);
  private readonly logs = new LogController(this, {
    name: () => this.logName,
    today: () => this.day.today,
    onStored: (origin) => emit(this, 'care-data-change', { storageKey: this.logName, origin, hasData: logHasData(this.logs.log) }),
  });
  /** "Your log": export, backup, restore and `importData`. */
  private readonly data = new DataController(this.lazyHost, {
    logs: this.logs,
    storageKey: () => this.logName,
    today: () => this.day.today,
    startDate: () => this.resolved.startDate,
    now: () => this.wallNow(),
    say: (text) => this.say(text),
    root: () => this.renderRoot,
    warn: this.lazyHost.warn,
  });
  private readonly persistence = new PersistenceController(this);
  private readonly handoff = new HandoffController(this.lazyHost, {
    name: () => this.logName,
    today: () => this.day.today,
    enabled: () => !this.ignoreHandoff,
    locale: () => this.locale,
  });
  private readonly session = new SessionSlot(this.lazyHost, {
    host: this,
    clock: () => this.activeClock,
    secondsText: (seconds) => secondsText(this.locale, seconds),
    cues: () => this.logs.log.cues,
    audio: () => this.cues.context,
    sessionsToday: () => this.sessionsToday,
    say: (text) => this.say(text),
    complete: (plan, seconds) => this.completeSession(plan, seconds),
    onAwayTooLong: () => this.saySessionStopped(),
  });
  private readonly cues = new CuePlayer();
  private readonly course = new CourseView(this.lazyHost);
  private readonly reminders = new RemindersButton(this.lazyHost);

  /** The session's state: `idle`, `running`, `paused`, `done` or `stopped`. */
  get status(): SessionStatus {
    return this.session.status;
  }

  /** The clock to read: `clock`, or the device's when `clock` is not one. */
  private get activeClock(): Clock {
    return checkClock<Clock>(this.clock, systemClock).value;
  }

  /** The log's name: `storage-key` checked (null and refused values are the shared log). */
  private get logName(): string {
    return checkStorageKey(this.storageKey).value;
  }

  /** Sessions completed today. */
  get sessionsToday(): number {
    return sessionsOn(this.logs.log, this.day.today);
  }

  /** Seconds per stretch today on the plan. */
  get secondsToday(): number {
    return this.resolve().progress.seconds;
  }

  /**
   * The log as a backup: the value a "Back up my log" file holds (see the
   * README), for a host that keeps a copy for the patient.
   */
  exportData(): LogBackup {
    return this.data.exportData();
  }

  /**
   * Merges a backup (what `exportData()` returned, or a backup file's text)
   * into the log by date, without asking: the host has asked the patient.
   * Resolves true once merged; false, with a localized message in the element
   * and one console warning naming what is valid, when `data` is not a backup
   * this timer can read (not ours, from a newer version, damaged). Never rejects.
   */
  importData(data: unknown): Promise<boolean> {
    return this.data.importData(data);
  }

  /**
   * Deletes the log (every stored version) from this device without asking,
   * as confirming "Clear my data" does: for a portal's "delete my data" on
   * logout or a shared tablet. False, with the log left as it was, when the
   * browser refused.
   */
  clearData(): boolean {
    return this.deleteLog();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.release();
    this.cues.close();
  }

  /**
   * The first render waits while a hand-off link in the page's address is
   * read (its offer's code loads only then), so the offer is on the first
   * paint and nothing below it moves.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const reading = this.hasUpdated ? null : this.handoff.reading;
    return reading ? reading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for a press of Start or "Add reminders to my calendar" to be answered (their code loads on the first press). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.session.starting, this.reminders.pressed]);
    return super.getUpdateComplete();
  }

  /** Moved to another document: the lazily loaded parts' styles go along with the timer's own. */
  override adoptedCallback(): void {
    if (this.shadowRoot) readoptStyles(this.shadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.lazyStyles]);
  }

  /** Adopts a lazily loaded part's styles beside the timer's own. */
  private addStyles(styles: CSSResult): void {
    if (this.lazyStyles.includes(styles)) return;
    this.lazyStyles.push(styles);
    const root = this.shadowRoot;
    if (!root) return;
    if (supportsAdoptingStyleSheets) this.adoptedCallback();
    else adoptStyles(root, [styles]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') && this.hasUpdated) this.logs.load();
    if (changed.has('storageKey') && this.hasUpdated) this.handoff.load();
    this.setProblem('handoff-link', this.ignoreHandoff ? null : this.handoff.problem);
    this.setProblem('stored-log', unreadableLogProblem(this.logs.unreadable, this.logName));
    this.setProblem('stored-plan', this.handoff.storedProblem());
    if (changed.has('clock') && this.hasUpdated) this.day.reschedule();
    this.resolved = this.resolve(true);
  }

  protected override updated(): void {
    this.session.updated(this.renderRoot.querySelector<SVGCircleElement>('circle.progress'));
  }

  /** Checks every property; with `report`, shows and warns about the bad ones. */
  private resolve(report = false): Resolved {
    const today = this.day.today;
    const remembered = this.logs.log.startDate;
    const fallbackStart = remembered && remembered <= today ? remembered : today;
    const { settings, problems } = checkSettings(this.handoff.input(this), today, fallbackStart, systemClock);
    if (report) for (const [attribute, problem] of problems) this.setProblem(attribute, problem);
    const { plan, startDate, options } = settings;
    return { ...settings, today, progress: adjustedProgress(plan, startDate, today, this.logs.log.adjustments, options) };
  }

  private completeSession(plan: PlanId, seconds: number): void {
    const date = this.day.today;
    void this.logs.change((log) => recordSession(log, { date, plan, seconds }));
    this.persistence.request();
    emit(this, 'care-session-complete', { date, plan, seconds, sessionsToday: this.sessionsToday });
    // Stop goes away with the session: focus on it moves to the primary button, as pressing Stop does.
    if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.classList.contains('stop')) this.focusPrimary();
  }

  private focusPrimary(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.primary')?.focus());
  }

  private saySessionStopped(): void {
    this.say(msg('Session stopped. It was not counted.', { id: 'timer.say-stopped' }));
  }

  /** Says `text` in the live region; the same text twice is still said twice. */
  private say(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private onPrimary(): void {
    // The session starts when the user presses, not after the audio has woken up.
    const pressedAt = this.activeClock.now();
    const status = this.session.status;
    if (status === 'running') {
      this.session.pause();
      this.say(msg('Paused.', { id: 'timer.say-paused' }));
      return;
    }
    if (this.logs.log.cues.sound) this.cues.unlock();
    if (status === 'paused') {
      this.session.resume(pressedAt);
      this.say(msg('Resumed.', { id: 'timer.say-resumed' }));
      return;
    }
    const { plan, progress, restSeconds } = this.resolve();
    this.session.start(plan, progress.seconds, restSeconds, pressedAt);
  }

  private onStop(): void {
    this.session.stop();
    if (this.session.status === 'stopped') this.saySessionStopped();
    this.focusPrimary();
  }

  private onCueChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const cues = { ...this.logs.log.cues, [input.name]: input.checked };
    void this.logs.change((log) => withCues(log, cues));
  }

  /** Hold, step back or resume; focus follows to the control that takes the pressed one's place. */
  private async onAdjust(kind: AdjustmentKind): Promise<void> {
    const { progress, today } = this.resolve();
    const adjustment = makeAdjustment(kind, progress, today);
    if (!adjustment) return;
    void this.logs.change((log) => recordAdjustment(log, adjustment));
    this.say(adjustedText(kind, adjustment.seconds, this.locale));
    await this.updateComplete;
    const next = { hold: ['.pace-resume'], back: ['.pace-back', '.pace-resume'], resume: ['.pace-hold', '.pace-back'] }[kind];
    const root = this.renderRoot;
    if (root instanceof ShadowRoot && root.activeElement?.closest('.pace')) return;
    for (const selector of next) {
      const target = root.querySelector<HTMLButtonElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  }

  private onNote(kind: NoteKind, on: boolean): void {
    const date = this.day.today;
    void this.logs.change((log) => setDayNotes(log, date, toggleNote(notesOn(log, date), kind, on)));
  }

  private onOpenGuide(situation: SideEffectId): void {
    emit(this, 'care-side-effect-open', { situation });
  }

  private async askToClear(confirming: boolean, focus: string): Promise<void> {
    this.confirmingClear = confirming;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private onConfirmClear(): void {
    this.deleteLog();
    void this.askToClear(false, '.clear');
  }

  private deleteLog(): boolean {
    const deleted = this.logs.clear();
    if (deleted) {
      this.handoff.forget();
      this.say(msg('Your training log has been deleted from this device.', { id: 'timer.say-cleared' }));
    } else {
      this.say(
        msg('Nothing could be deleted: this browser does not let the timer change what it keeps on this device.', {
          id: 'timer.clear-failed',
        }),
      );
    }
    return deleted;
  }

  private onHandoff(confirmed: boolean): void {
    const startDate = this.handoff.offer?.startDate;
    if (confirmed && startDate) {
      const saved = this.handoff.confirm();
      void this.logs.change((log) => ({ ...log, startDate }));
      this.say(
        saved && !this.logs.unsaved
          ? msg('The training plan from the link is set up.', { id: 'timer.handoff-done' })
          : msg('The training plan from the link is used on this page, but this browser does not let the timer keep it.', {
              id: 'timer.handoff-unsaved',
            }),
      );
    } else {
      this.handoff.cancel();
      this.say(msg('Nothing has been changed.', { id: 'timer.handoff-cancelled' }));
    }
    this.focusPrimary();
  }

  private renderPlan(): TemplateResult {
    const locale = this.locale;
    const { plan, progress } = this.resolved;
    const day = progress.day + 1;
    const week = progress.week;
    const seconds = secondsText(locale, progress.seconds);
    const next = progress.next;
    const nextSeconds = next ? secondsText(locale, next.seconds) : '';
    const nextDate = next ? longDate(locale, next.date) : '';
    const level = this.resolved.headingLevel;
    // No landmark: three named regions per timer (one named after its changing
    // state) made two timers on a page fail axe's landmark-unique.
    return html`<div class="plan" part="plan">
      ${renderHeading(level, planName(plan), { id: 'plan-title', className: 'title', part: 'title' })}
      <p class="meta">${msg(str`Day ${day}, week ${week}`, { id: 'timer.plan-day' })}</p>
      <p class="seconds-today">${msg(str`Today: ${seconds} per stretch`, { id: 'timer.today-seconds' })}</p>
      ${progress.heldSince !== null
        ? renderHeldStatus(progress, locale)
        : html`<p class="next">
            ${next
              ? nextIncreaseText(nextSeconds, nextDate)
              : msg(str`${seconds} per stretch is the full training time.`, { id: 'timer.full-time' })}
          </p>`}
    </div>`;
  }

  private stateLabel(status: SessionStatus, phase: string | undefined, stretch: number): string {
    const total = STRETCHES_PER_SESSION;
    if (status === 'done') return msg('Session done', { id: 'timer.state-done' });
    if (status === 'idle' || status === 'stopped') return msg('Ready', { id: 'timer.state-ready' });
    if (phase === 'rest') return msg('Rest', { id: 'timer.state-rest' });
    return msg(str`Stretch ${stretch} of ${total}`, { id: 'timer.state-stretch' });
  }

  private renderSession(): TemplateResult {
    const locale = this.locale;
    const status = this.session.status;
    const position = this.session.position();
    const active = status === 'running' || status === 'paused';
    const phase = active ? position?.phase : undefined;
    const shownSeconds = active && position ? Math.ceil(position.remainingMs / 1000) : this.resolved.progress.seconds;
    // The ring shows what is left of the phase; full when ready, and full (in the "ok" colour) when done.
    const remaining = active && position && position.phaseMs > 0 ? position.remainingMs / position.phaseMs : 1;
    const { number, unit } = secondsParts(locale, shownSeconds);
    const hold = secondsText(locale, this.resolved.progress.seconds);
    const rest = secondsText(locale, this.resolved.restSeconds);
    const count = STRETCHES_PER_SESSION;
    const primary =
      status === 'running'
        ? msg('Pause', { id: 'timer.pause' })
        : status === 'paused'
          ? msg('Resume', { id: 'timer.resume' })
          : msg('Start session', { id: 'timer.start' });
    return html`<div class="session" part="session" data-status=${status}>
      <p class="state" id="session-state">
        <span>${this.stateLabel(status, phase, position?.stretch ?? 1)}</span>
        ${status === 'paused' ? html`<span class="badge">${msg('Paused', { id: 'timer.state-paused' })}</span>` : nothing}
      </p>
      <div class="dial" data-phase=${phase ?? status}>
        ${renderRing(remaining)}
        <div class="countdown" part="countdown" role="timer" aria-live="off" aria-atomic="true">
          ${status === 'done'
            ? html`<span class="done-mark">${icons.check}</span> <span class="unit">${msg('Done', { id: 'timer.done' })}</span>`
            : html`<span class="number">${number}</span> <span class="unit">${unit}</span>`}
        </div>
      </div>
      <p class="hint">
        ${sessionPlanText(count, hold, rest, this.resolved.restSeconds)}
      </p>
      <div class="controls" part="controls">
        <button type="button" class="button primary" part="button" @click=${this.onPrimary}>${primary}</button>
        ${active
          ? html`<button type="button" class="button secondary stop" part="button" @click=${this.onStop}>
              ${msg('Stop', { id: 'timer.stop' })}
            </button>`
          : nothing}
      </div>
      ${this.session.render()}
    </div>`;
  }

  private renderCues(): TemplateResult {
    const { sound, vibration } = this.logs.log.cues;
    return html`<fieldset class="cues" part="cues">
      <legend>${msg('Signals at the start and end of each stretch', { id: 'timer.cues' })}</legend>
      <label class="switch">
        <input type="checkbox" name="sound" .checked=${sound} @change=${this.onCueChange} />
        <span>${msg('Sound', { id: 'timer.cue-sound' })}</span>
      </label>
      ${canVibrate()
        ? html`<label class="switch">
            <input type="checkbox" name="vibration" .checked=${vibration} @change=${this.onCueChange} />
            <span>${msg('Vibration', { id: 'timer.cue-vibration' })}</span>
          </label>`
        : nothing}
    </fieldset>`;
  }

  private renderReminders(): TemplateResult {
    const { reminderTimes, today } = this.resolved;
    return this.reminders.render({
      times: reminderTimes,
      timesText: timesList(this.locale, reminderTimes),
      firstDate: today,
      now: () => this.wallNow(),
      root: this.renderRoot,
    });
  }

  private renderAbout(): TemplateResult {
    const statement = PLAN_TEXT[this.resolved.plan];
    return html`<details class="about" part="about">
      <summary>${msg('About this plan', { id: 'timer.about-plan' })}</summary>
      <p>${statement.text[this.locale]}</p>
      ${renderSourceLine([statement.from], this.locale)}
    </details>`;
  }

  private wallNow(): Date {
    return new Date(this.activeClock.wallTime());
  }

  private renderData(): TemplateResult {
    return this.data.render(mayClearAfterDaysAway());
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const { plan, startDate, today, options, headingLevel } = this.resolved;
    return this.data.renderSummary({ locale: this.locale, log: this.logs.log, plan, startDate, today, options, headingLevel: headingLevel + 1 });
  }

  private renderPersist(): TemplateResult | typeof nothing {
    const state = this.persistence.state;
    if (state === 'unknown') return nothing;
    return html`<p class="persist" data-state=${state}>
      ${state === 'granted'
        ? msg('This browser has agreed to keep your log until you delete it.', { id: 'timer.persist-granted' })
        : msg('This browser may delete your log if the device runs short of space.', { id: 'timer.persist-denied' })}
    </p>`;
  }

  private renderPrivacy(): TemplateResult {
    return html`<div class="privacy" part="privacy">
      <p>${msg('Your training log is kept only in this browser, on this device. Nothing is sent.', { id: 'timer.privacy' })}</p>
      ${this.renderPersist()}
      ${this.confirmingClear
        ? html`<div class="confirm" role="group" aria-labelledby="clear-question">
            <p id="clear-question">
              ${msg('Delete your training log and settings from this device? This cannot be undone.', {
                id: 'timer.clear-question',
              })}
            </p>
            <button type="button" class="button danger confirm-clear" part="button" @click=${this.onConfirmClear}>
              ${msg('Delete', { id: 'timer.clear-confirm' })}
            </button>
            <button type="button" class="button secondary cancel-clear" part="button" @click=${() => this.askToClear(false, '.clear')}>
              ${msg('Cancel', { id: 'timer.clear-cancel' })}
            </button>
          </div>`
        : html`<button type="button" class="button secondary clear" part="button" @click=${() => this.askToClear(true, '.cancel-clear')}>
            ${msg('Clear my data', { id: 'timer.clear' })}
          </button>`}
    </div>`;
  }

  /** "How did it feel?" on a day with a session, and the pace controls. */
  private renderCourseControls(): TemplateResult {
    const { progress, today } = this.resolved;
    const status = this.session.status;
    return html`${this.sessionsToday > 0
      ? renderFeel({
          notes: notesOn(this.logs.log, today),
          onToggle: (kind, on) => this.onNote(kind, on),
          onOpenGuide: (situation) => this.onOpenGuide(situation),
        })
      : nothing}
    ${renderPace({
      progress,
      today,
      locale: this.locale,
      enabled: status !== 'running' && status !== 'paused',
      onAdjust: (kind) => void this.onAdjust(kind),
    })}`;
  }

  protected override render(): TemplateResult {
    const log = this.logs.log;
    return html`<div class="root" lang=${this.locale}>
      ${this.renderNotices()}
      ${this.logs.unsaved && this.logs.unreadable !== 'left'
        ? html`<p class="storage-notice" part="storage-notice" role="status">
            ${msg(
              'This browser does not let the timer save anything, so your progress will not be kept when you close the page. The timer still works.',
              { id: 'timer.unsaved' },
            )}
          </p>`
        : nothing}
      ${!this.ignoreHandoff
        ? this.handoff.renderOffer({
            locale: this.locale,
            headingLevel: this.resolved.headingLevel,
            overridden: this.handoff.overridden(this),
            onConfirm: () => this.onHandoff(true),
            onCancel: () => this.onHandoff(false),
          })
        : nothing}
      ${this.renderPlan()} ${this.renderSession()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${renderToday(this.sessionsToday)} ${this.renderCourseControls()} ${this.renderCues()} ${this.renderReminders()}
      ${renderHistory(log, this.resolved.today, this.locale)}
      ${this.course.render(
        { log, plan: this.resolved.plan, startDate: this.resolved.startDate, today: this.resolved.today, options: this.resolved.options },
        this.locale,
      )}
      ${this.renderAbout()} ${this.renderData()} ${this.renderPrivacy()}
      ${this.renderSummary()}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'care-stretch-start': CustomEvent<StretchDetail>;
    'care-stretch-end': CustomEvent<StretchDetail>;
    'care-session-complete': CustomEvent<SessionCompleteDetail>;
    'care-data-change': CustomEvent<DataChangeDetail>;
    'care-side-effect-open': CustomEvent<SideEffectOpenDetail>;
  }
}
