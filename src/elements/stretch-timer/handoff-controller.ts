/**
 * The timer's side of the hand-off link (src/domain/plan-handoff.ts): reads a
 * hand-off from the page's fragment when the timer connects (and when the
 * fragment changes, as when a patient opens the link in the tab that already
 * shows the page), holds it as an offer until the user confirms or cancels,
 * then removes only the hand-off from the address (`history.replaceState`) so
 * a reload does not ask again. A damaged or out-of-range link becomes a
 * problem (a localized notice, one console warning) and changes nothing.
 *
 * On confirm, the start date goes into the training log (where the timer
 * already remembers its start date) and the plan, rest and reminder times into
 * their own key, `care-widgets:stretch-timer:plan:v1` (plus `:<storage-key>`),
 * stored as the hand-off text itself, so it is read back with the same checks.
 * The host's own attributes still win over these stored values.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatTimeOfDay } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar.js';
import { HANDOFF_VALID, HANDOFF_VERSION, encodeHandoff, parseHandoff, withoutHandoff } from '../../domain/plan-handoff.js';
import type { Handoff, HandoffField, HandoffResult } from '../../domain/plan-handoff.js';
import type { AttributeProblem } from '../../internal/care-element.js';
import { SafeStorage } from '../../internal/storage.js';
import { longDate } from './texts.js';
import type { Locale } from '../../domain/locale.js';
import { DEFAULT_REMINDER_TIMES, DEFAULT_REST_SECONDS } from './settings.js';
import type { TimerInput } from './settings.js';

export const PLAN_KEY_PREFIX = 'care-widgets:stretch-timer:plan:v1';

/** Where a confirmed hand-off's plan, rest and reminder times are kept for the log named `name`. */
export function planKey(name = ''): string {
  return name.trim() === '' ? PLAN_KEY_PREFIX : `${PLAN_KEY_PREFIX}:${name.trim()}`;
}

/** The timer settings a hand-off sets, by the attribute that would set them. */
export const STORED_ATTRIBUTES = ['plan', 'rest-seconds', 'reminder-times', 'start-date'] as const;
export type StoredAttribute = (typeof STORED_ATTRIBUTES)[number];

const DEFAULTS: Readonly<Record<StoredAttribute, unknown>> = {
  plan: 'standard',
  'rest-seconds': DEFAULT_REST_SECONDS,
  'reminder-times': DEFAULT_REMINDER_TIMES,
  'start-date': '',
};

/**
 * Whether the host sets `attribute` itself: a non-empty attribute, or the
 * property set to something other than its default, null or undefined. (A
 * property set by script to exactly the default cannot be told from the
 * default: then a stored hand-off's value is used.)
 */
export function hostSets(host: TimerInput & Element, attribute: StoredAttribute): boolean {
  if ((host.getAttribute(attribute) ?? '').trim() !== '') return true;
  const value = { plan: host.plan, 'rest-seconds': host.restSeconds, 'reminder-times': host.reminderTimes, 'start-date': host.startDate }[attribute];
  return !(value === null || value === undefined || value === '' || Object.is(value, DEFAULTS[attribute]));
}

export interface HandoffOptions {
  /** The host's `storage-key`, checked. */
  readonly name: () => string;
  readonly today: () => IsoDate;
  /** False when the host opted out (`ignore-handoff`). */
  readonly enabled: () => boolean;
  readonly locale: () => Locale;
}

const fieldName = (field: HandoffField): string => {
  switch (field) {
    case 'plan':
      return msg('the plan', { id: 'timer.handoff-field-plan' });
    case 'start':
      return msg('the start date', { id: 'timer.handoff-field-start' });
    case 'rest':
      return msg('the rest time', { id: 'timer.handoff-field-rest' });
    case 'reminders':
      return msg('the reminder times', { id: 'timer.handoff-field-reminders' });
  }
};

const FORMAT = `#care-plan=${HANDOFF_VERSION}&plan=…&start=yyyy-mm-dd&rest=…&reminders=hh:mm,…`;

/** The notice and console warning for a link that gives no hand-off; null when there is none to report. */
export function handoffProblem(result: HandoffResult, locale: () => Locale): AttributeProblem | null {
  const newLink = () => msg('Ask your clinic or pharmacy for a new link.', { id: 'timer.handoff-new-link' });
  switch (result.kind) {
    case 'ok':
    case 'none':
      return null;
    case 'damaged':
      return {
        warning: `the hand-off link in this page's address is damaged: ${result.reason}. Nothing was changed. A valid link's fragment is ${FORMAT} (see the README).`,
        notice: () =>
          `${msg('The training plan link that opened this page is damaged, so nothing has been changed.', { id: 'timer.handoff-damaged' })} ${newLink()}`,
      };
    case 'newer':
      return {
        warning: `the hand-off link in this page's address is of version ${result.version}; this timer reads version ${HANDOFF_VERSION}. Nothing was changed. Valid values: care-plan=${HANDOFF_VERSION}.`,
        notice: () =>
          `${msg('The training plan link that opened this page was made for a newer version of this timer, so nothing has been changed.', { id: 'timer.handoff-newer' })} ${newLink()}`,
      };
    case 'out-of-range': {
      const { field, value, valid } = result;
      return {
        warning: `the hand-off link in this page's address has ${field}="${value}", which is refused. Valid values: ${valid}. Nothing was changed.`,
        notice: () => {
          const name = fieldName(field);
          return `${msg(str`The training plan link that opened this page has a value for ${name} that is not valid, so nothing has been changed.`, { id: 'timer.handoff-out-of-range' })} ${newLink()}`;
        },
      };
    }
    case 'not-yet':
      return {
        warning: `the hand-off link in this page's address starts the plan on ${result.startDate}, after today. Valid values for start: ${HANDOFF_VALID.start}. Nothing was changed.`,
        notice: () => {
          const date = longDate(locale(), result.startDate);
          return msg(str`The training plan in the link that opened this page starts on ${date}. Open the link again on that day or later. Nothing has been changed.`, {
            id: 'timer.handoff-not-yet',
          });
        },
      };
  }
}

export class HandoffController implements ReactiveController {
  /** The hand-off waiting for the user's answer. */
  offer: Handoff | null = null;
  /** Why the page's link gives no hand-off, when it is one of ours that cannot be used. */
  problem: AttributeProblem | null = null;
  /** The plan, rest and reminder times of a confirmed hand-off, for this log. */
  stored: Handoff | null = null;
  private readonly storage = new SafeStorage();
  private readonly onHashChange = () => this.readLink();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HandoffOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.load();
    if (!this.offer && !this.problem) this.readLink();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** (Re)reads the stored hand-off for this log, e.g. after `storage-key` changed. */
  load(): void {
    const text = this.storage.read(planKey(this.options.name()));
    const result = text === null ? null : parseHandoff(text);
    this.stored = result?.kind === 'ok' ? result.handoff : null;
    this.host.requestUpdate();
  }

  private readLink(): void {
    if (!this.options.enabled()) return;
    const result = parseHandoff(window.location.hash, { today: this.options.today() });
    if (result.kind === 'none') return;
    this.offer = result.kind === 'ok' ? result.handoff : null;
    this.problem = handoffProblem(result, this.options.locale);
    this.host.requestUpdate();
  }

  /**
   * Keeps the offer's plan, rest and reminder times; the caller stores the
   * start date in the log. False when the browser refused to store them.
   */
  confirm(): boolean {
    const offer = this.offer;
    if (!offer) return false;
    const saved = this.storage.write(planKey(this.options.name()), encodeHandoff(offer));
    this.stored = offer;
    this.finish();
    return saved;
  }

  cancel(): void {
    this.finish();
  }

  /** Forgets the stored hand-off ("Clear my data"). */
  forget(): void {
    this.storage.remove(planKey(this.options.name()));
    this.stored = null;
    this.host.requestUpdate();
  }

  /** Ends the offer and takes the hand-off (only it) out of the address, so a reload does not ask again. */
  private finish(): void {
    this.offer = null;
    const { pathname, search, hash } = window.location;
    try {
      history.replaceState(history.state, '', `${pathname}${search}${withoutHandoff(hash)}`);
    } catch {
      // A sandboxed document may refuse: the offer is still over for this page's life.
    }
    this.host.requestUpdate();
  }

  /**
   * The timer's input with the stored hand-off's values where the host sets
   * none of its own (see `hostSets`).
   */
  input(host: TimerInput & Element): TimerInput {
    const stored = this.stored;
    const use = (attribute: StoredAttribute) => stored !== null && !hostSets(host, attribute);
    return {
      plan: use('plan') ? stored!.plan : host.plan,
      startDate: host.startDate,
      restSeconds: use('rest-seconds') ? stored!.restSeconds : host.restSeconds,
      cautionHoldDays: host.cautionHoldDays,
      gentleStepDays: host.gentleStepDays,
      reminderTimes: use('reminder-times') ? stored!.reminderTimes.map(formatTimeOfDay).join(', ') : host.reminderTimes,
      storageKey: host.storageKey,
      headingLevel: host.headingLevel,
      clock: host.clock,
    };
  }

  /** The settings of a hand-off that the host's own attributes override (they stay as the page sets them). */
  overridden(host: TimerInput & Element): StoredAttribute[] {
    return STORED_ATTRIBUTES.filter((attribute) => hostSets(host, attribute));
  }
}
