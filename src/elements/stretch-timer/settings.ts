/**
 * The timer's attributes and properties, checked: each resolves to a value the
 * timer can use and, for a bad value, a problem to report (an English console
 * warning that names the valid values, and a localized notice). A property may
 * be set to anything (a React prop, a framework binding): what has one clear
 * meaning is coerced (a Date to its day, an array of times to the list, a
 * number to its text), the rest is refused. Nothing here throws.
 */
import { msg, str } from '@lit/localize';
import { isIsoDate, localIsoDate, parseTimeOfDay } from '../../domain/calendar.js';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import { isId } from '../../domain/ids.js';
import { HEADING_LEVELS, headingLevelNotice, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { describeValue } from '../../internal/property-types.js';
import { DEFAULT_PLAN_OPTIONS, PLAN_IDS, SESSIONS_PER_DAY } from '../../domain/plans.js';
import type { PlanId } from '../../domain/plans.js';

/** The rest between stretches when the host sets none. The seeds name no rest length. */
export const DEFAULT_REST_SECONDS = 10;
export const MAX_REST_SECONDS = 600;
/** An unknown `plan` falls back to the slowest ramp-up: too short a hold does no harm. */
export const FALLBACK_PLAN: PlanId = 'caution';
export const DEFAULT_REMINDER_TIMES = '08:00, 13:00, 19:00';
/** The plan title's heading level when the host sets none. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

export interface Problem {
  readonly warning: string;
  readonly notice: () => string;
}

export interface Checked<T> {
  readonly value: T;
  readonly problem: Problem | null;
}

const ok = <T>(value: T): Checked<T> => ({ value, problem: null });

/** A Date, also one made in another window (an iframe's). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A whole number given as a number or as its digits (a property set to "10"); NaN otherwise. */
function wholeNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return Number.NaN;
}

export function checkPlan(plan: unknown): Checked<PlanId> {
  if (plan === null || plan === undefined || plan === '') return ok('standard');
  if (isId(PLAN_IDS, plan)) return ok(plan);
  return {
    value: FALLBACK_PLAN,
    problem: {
      warning: `plan="${describeValue(plan)}" is not a plan. Valid values: ${PLAN_IDS.join(', ')}. Showing "${FALLBACK_PLAN}", the slowest ramp-up.`,
      notice: () =>
        msg('The training plan given by this page is not known, so the timer uses the most careful plan.', {
          id: 'timer.bad-plan',
        }),
    },
  };
}

/**
 * `fallback` is used when the attribute is empty or bad: the remembered start
 * date, or today. A valid Date counts as its local calendar day.
 */
export function checkStartDate(startDate: unknown, today: IsoDate, fallback: IsoDate): Checked<IsoDate> {
  if (startDate === null || startDate === undefined) return ok(fallback);
  const valid = isDate(startDate) && !Number.isNaN(startDate.getTime());
  const text = valid ? localIsoDate(startDate) : typeof startDate === 'string' ? startDate.trim() : null;
  if (text === '') return ok(fallback);
  if (text === null || !isIsoDate(text)) {
    return {
      value: fallback,
      problem: {
        warning: `start-date="${text ?? describeValue(startDate)}" is not a date. Valid values: a date written yyyy-mm-dd, today (${today}) or earlier, e.g. start-date="${today}".`,
        notice: () =>
          msg('The start date given by this page is not a date, so the plan is counted from your first session.', {
            id: 'timer.bad-start-date',
          }),
      },
    };
  }
  if (text > today) {
    return {
      value: fallback,
      problem: {
        warning: `start-date="${text}" is in the future. Valid values: today (${today}) or earlier, written yyyy-mm-dd.`,
        notice: () =>
          msg('The start date given by this page is in the future, so the plan is counted from your first session.', {
            id: 'timer.future-start-date',
          }),
      },
    };
  }
  return ok(text);
}

export function checkRestSeconds(value: unknown): Checked<number> {
  if (value === null || value === undefined) return ok(DEFAULT_REST_SECONDS);
  const rest = wholeNumber(value);
  if (Number.isInteger(rest) && rest >= 0 && rest <= MAX_REST_SECONDS) return ok(rest);
  const fallback = DEFAULT_REST_SECONDS;
  return {
    value: fallback,
    problem: {
      warning: `rest-seconds="${describeValue(value)}" is refused. Valid values: a whole number of seconds from 0 to ${MAX_REST_SECONDS}. Using ${fallback}.`,
      notice: () =>
        msg(str`The rest time given by this page is not valid, so you rest ${fallback} seconds between stretches.`, {
          id: 'timer.bad-rest',
        }),
    },
  };
}

/** `caution-hold-days` and `gentle-step-days`: whole days, 1 or more. */
export function checkPlanDays(
  attribute: 'caution-hold-days' | 'gentle-step-days',
  value: unknown,
): Checked<number> {
  const fallback =
    attribute === 'caution-hold-days' ? DEFAULT_PLAN_OPTIONS.cautionHoldDays : DEFAULT_PLAN_OPTIONS.gentleStepDays;
  if (value === null || value === undefined) return ok(fallback);
  const days = wholeNumber(value);
  if (Number.isInteger(days) && days >= 1 && days <= 365) return ok(days);
  return {
    value: fallback,
    problem: {
      warning: `${attribute}="${describeValue(value)}" is refused. Valid values: a whole number of days from 1 to 365. Using the default, ${fallback}.`,
      notice: () =>
        msg('A plan setting given by this page is not valid, so the timer uses the usual plan.', {
          id: 'timer.bad-plan-days',
        }),
    },
  };
}

/** Up to three distinct times of day, "08:00, 13:00, 19:00", sorted. */
export function parseReminderTimes(text: string): TimeOfDay[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  const times = parts.map(parseTimeOfDay);
  if (times.length === 0 || times.length > SESSIONS_PER_DAY || times.some((time) => time === null)) return null;
  const sorted = (times as TimeOfDay[]).sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
  const distinct = new Set(sorted.map((t) => t.hour * 60 + t.minute));
  return distinct.size === sorted.length ? sorted : null;
}

/** The times as text; an array of strings (a property set to `['08:00', '20:00']`) is the same list. */
function reminderText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return null;
}

export function checkReminderTimes(value: unknown): Checked<TimeOfDay[]> {
  const defaults = parseReminderTimes(DEFAULT_REMINDER_TIMES)!;
  if (value === null || value === undefined) return ok(defaults);
  const text = reminderText(value);
  if (text !== null && text.trim() === '') return ok(defaults);
  const times = text === null ? null : parseReminderTimes(text);
  if (times) return ok(times);
  return {
    value: defaults,
    problem: {
      warning: `reminder-times="${describeValue(value)}" is refused. Valid values: one to ${SESSIONS_PER_DAY} different times of day, hh:mm, separated by commas, e.g. "${DEFAULT_REMINDER_TIMES}".`,
      notice: () =>
        msg('The reminder times given by this page are not valid, so the usual times are used.', {
          id: 'timer.bad-reminder-times',
        }),
    },
  };
}

/**
 * `storage-key`: text, or a number as its digits. Null or undefined (React's
 * `storageKey={id ?? null}`) is no key, the shared log, as is a refused value:
 * the running session and the log in memory are kept either way.
 */
export function checkStorageKey(value: unknown): Checked<string> {
  if (value === null || value === undefined) return ok('');
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  return {
    value: '',
    problem: {
      warning: `storage-key="${describeValue(value)}" is refused. Valid values: text (or a number) naming whose log this is, e.g. storage-key="patient-1"; none for the shared log. Using the shared log.`,
      notice: () =>
        msg('The name this page gave your training log is not valid, so the timer uses the log shared in this browser.', {
          id: 'timer.bad-storage-key',
        }),
    },
  };
}

/** The `clock` property: an object with `now`, `wallTime` and `schedule`; anything else is refused. */
export function checkClock<C>(value: unknown, fallback: C): Checked<C> {
  const candidate = value as Record<string, unknown> | null;
  const fits =
    typeof candidate === 'object' &&
    candidate !== null &&
    ['now', 'wallTime', 'schedule'].every((name) => typeof candidate[name] === 'function');
  if (fits) return ok(value as C);
  return {
    value: fallback,
    problem: {
      warning: `clock=${describeValue(value)} is refused. Valid values: an object with now(), wallTime() and schedule(callback, ms), such as ManualClock, or none for the device's clock. Using the device's clock.`,
      notice: () =>
        msg('The clock given by this page is not valid, so the timer uses the clock of this device.', { id: 'timer.bad-clock' }),
    },
  };
}

/** `heading-level`: 2 to 6 (a number or its digits); null or undefined is the default. */
export function checkHeadingLevel(value: unknown, fallback: HeadingLevel): Checked<HeadingLevel> {
  if (value === null || value === undefined) return ok(fallback);
  const level = toHeadingLevel(value);
  if (level !== null) return ok(level);
  return {
    value: fallback,
    problem: {
      warning: `heading-level="${describeValue(value)}" is not a heading level. Valid values: ${HEADING_LEVELS.join(', ')}.`,
      notice: headingLevelNotice(fallback),
    },
  };
}

/** The timer's public properties as the host set them: any type. */
export interface TimerInput {
  readonly plan: unknown;
  readonly startDate: unknown;
  readonly restSeconds: unknown;
  readonly cautionHoldDays: unknown;
  readonly gentleStepDays: unknown;
  readonly reminderTimes: unknown;
  readonly storageKey: unknown;
  readonly headingLevel: unknown;
  readonly clock: unknown;
}

/** What the timer works with, every value checked. */
export interface TimerSettings {
  readonly plan: PlanId;
  readonly startDate: IsoDate;
  readonly restSeconds: number;
  readonly options: { readonly cautionHoldDays: number; readonly gentleStepDays: number };
  readonly reminderTimes: readonly TimeOfDay[];
  readonly headingLevel: HeadingLevel;
}

/**
 * Checks every property: the settings to use, and each attribute's problem
 * (null when it is fine), by attribute name. `fallbackStart` is the start date
 * without a usable `start-date`; `fallbackClock` the clock without a usable `clock`.
 */
export function checkSettings(
  input: TimerInput,
  today: IsoDate,
  fallbackStart: IsoDate,
  fallbackClock: unknown,
): { readonly settings: TimerSettings; readonly problems: ReadonlyArray<readonly [string, Problem | null]> } {
  const problems: Array<readonly [string, Problem | null]> = [];
  const check = <T>(attribute: string, result: Checked<T>): T => {
    problems.push([attribute, result.problem]);
    return result.value;
  };
  const settings: TimerSettings = {
    plan: check('plan', checkPlan(input.plan)),
    startDate: check('start-date', checkStartDate(input.startDate, today, fallbackStart)),
    restSeconds: check('rest-seconds', checkRestSeconds(input.restSeconds)),
    options: {
      cautionHoldDays: check('caution-hold-days', checkPlanDays('caution-hold-days', input.cautionHoldDays)),
      gentleStepDays: check('gentle-step-days', checkPlanDays('gentle-step-days', input.gentleStepDays)),
    },
    reminderTimes: check('reminder-times', checkReminderTimes(input.reminderTimes)),
    headingLevel: check('heading-level', checkHeadingLevel(input.headingLevel, DEFAULT_HEADING_LEVEL)),
  };
  check('storage-key', checkStorageKey(input.storageKey));
  check('clock', checkClock(input.clock, fallbackClock));
  return { settings, problems };
}
