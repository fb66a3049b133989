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
 * stored as the hand-off text itself (`encodeHandoff`). Its values are the
 * timer's own settings, so it is read back with the checks those settings get
 * as attributes (settings.ts): the link's parser and encoder come only with
 * the offer's code. The host's own attributes still win over these stored values.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatTimeOfDay, isIsoDate } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar.js';
import { hasHandoff } from '../../domain/handoff-marker.js';
import type { Handoff } from '../../domain/plan-handoff.js';
import type { AttributeProblem } from '../../internal/care-element.js';
import { SafeStorage } from '../../internal/storage.js';
import type { Locale } from '../../domain/locale.js';
import type { HandoffViewOptions } from './handoff-view.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import { DEFAULT_REMINDER_TIMES, DEFAULT_REST_SECONDS, checkPlan, checkRestSeconds, parseReminderTimes } from './settings.js';
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

/**
 * The stored hand-off: the text `encodeHandoff` wrote (version 1, its keys in
 * their order, nothing percent-encoded), each value checked as the attribute it
 * stands for; null for any other text, or a value refused.
 */
export function readStoredHandoff(text: string): Handoff | null {
  const [, plan, startDate, rest, reminders] = /^care-plan=1&plan=([^&]+)&start=([^&]*)&rest=([^&]+)&reminders=([^&]*)$/.exec(text) ?? [];
  const checked = [checkPlan(plan), checkRestSeconds(rest)] as const;
  const reminderTimes = parseReminderTimes(reminders ?? '');
  return plan && isIsoDate(startDate) && reminderTimes && !checked.some(({ problem }) => problem)
    ? { plan: checked[0].value, startDate, restSeconds: checked[1].value, reminderTimes }
    : null;
}

export interface HandoffOptions {
  /** The host's `storage-key`, checked. */
  readonly name: () => string;
  readonly today: () => IsoDate;
  /** False when the host opted out (`ignore-handoff`). */
  readonly enabled: () => boolean;
  readonly locale: () => Locale;
}

const failedNotice = () =>
  msg('The training plan link that opened this page could not be read, because part of the timer did not load. Nothing has been changed. Reload the page to try again.', {
    id: 'timer.handoff-failed',
  });

export class HandoffController implements ReactiveController {
  /** The hand-off waiting for the user's answer. */
  offer: Handoff | null = null;
  /** Why the page's link gives no hand-off, when it is one of ours that cannot be used. */
  problem: AttributeProblem | null = null;
  /** The plan, rest and reminder times of a confirmed hand-off, for this log. */
  stored: Handoff | null = null;
  /** True when text is stored for this log's hand-off but is no hand-off this code can read. */
  private storedUnreadable = false;
  /** While a link in the page's address is read, for the timer's first render to wait for; otherwise null. */
  reading: Promise<void> | null = null;
  /** The offer's view and the link's notices, loaded when the address holds a hand-off. */
  private readonly part: LazyModule<typeof import('./handoff-offer.js')>;
  private readonly storage = new SafeStorage();
  private readonly onHashChange = () => this.readLink();

  constructor(
    private readonly parts: LazyHost,
    private readonly options: HandoffOptions,
  ) {
    parts.host.addController(this);
    // Every export of the offer's module is used (its view, styles, the link's reader and encoder), so it is taken whole.
    const load = () => import('./handoff-offer.js');
    this.part = new LazyModule(parts, load, "the timer's offer of the hand-off link in this page's address");
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
    this.stored = text === null ? null : readStoredHandoff(text);
    this.storedUnreadable = text !== null && this.stored === null;
    this.parts.host.requestUpdate();
  }

  /** What the timer says when a stored hand-off could not be read (it is not used, and not changed). */
  storedProblem(): AttributeProblem | null {
    return this.storedUnreadable
      ? {
          warning: `"${planKey(this.options.name())}" holds no hand-off this timer can read (valid: care-plan=1&plan=…&start=…&rest=…&reminders=…, as a confirmed hand-off stores it); not used, not changed.`,
          notice: () =>
            msg('Your saved training plan from your clinic or pharmacy could not be read and has not been changed. The timer follows this page’s plan.', {
              id: 'timer.stored-plan-unreadable',
            }),
        }
      : null;
  }

  /** Reads the page's fragment: only when it holds a hand-off is the offer's code loaded. */
  private readLink(): void {
    if (!this.options.enabled()) return;
    const fragment = window.location.hash;
    if (!hasHandoff(fragment)) return;
    const reading = this.part.load().then((module) => {
      // Without its module (the warning is given), the offer's place says the link could not be read.
      const read = module?.readHandoffLink(fragment, this.options.today(), this.options.locale);
      this.offer = read?.offer ?? null;
      this.problem = read?.problem ?? null;
      if (this.reading === reading) this.reading = null;
      this.parts.host.requestUpdate();
    });
    this.reading = reading;
  }

  /** The offer, once its view is loaded; where it could not be loaded, a notice saying the link could not be read. */
  renderOffer(view: Omit<HandoffViewOptions, 'offer'>): TemplateResult | typeof nothing {
    if (this.part.status === 'failed') return html`<div class="notices" part="notice" role="status"><p>${failedNotice()}</p></div>`;
    const module = this.part.module;
    return this.offer && module ? module.renderHandoffOffer({ ...view, offer: this.offer }) : nothing;
  }

  /**
   * Keeps the offer's plan, rest and reminder times; the caller stores the
   * start date in the log. False when the browser refused to store them.
   */
  confirm(): boolean {
    // An offer is made only once the offer's module is in.
    const offer = this.offer;
    const module = this.part.module;
    if (!offer || !module) return false;
    const saved = this.storage.write(planKey(this.options.name()), module.encodeHandoff(offer));
    this.stored = offer;
    if (saved) this.storedUnreadable = false;
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
    this.storedUnreadable = false;
    this.parts.host.requestUpdate();
  }

  /** Ends the offer and takes the hand-off (only it) out of the address, so a reload does not ask again. */
  private finish(): void {
    this.offer = null;
    const { pathname, search, hash } = window.location;
    try {
      // An offer is made (and answered) only once the offer's module is in.
      history.replaceState(history.state, '', `${pathname}${search}${this.part.module?.withoutHandoff(hash) ?? hash}`);
    } catch {
      // A sandboxed document may refuse: the offer is still over for this page's life.
    }
    this.parts.host.requestUpdate();
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
