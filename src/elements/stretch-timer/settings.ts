/**
 * The timer's attributes, checked: each resolves to a value the timer can use
 * and, for a bad value, a problem to report (an English console warning that
 * names the valid values, and a localized notice). Nothing here throws.
 */
import { msg, str } from '@lit/localize';
import { isIsoDate, parseTimeOfDay } from '../../domain/calendar.js';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import { isId } from '../../domain/ids.js';
import { DEFAULT_PLAN_OPTIONS, PLAN_IDS, SESSIONS_PER_DAY } from '../../domain/plans.js';
import type { PlanId } from '../../domain/plans.js';

/** The rest between stretches when the host sets none. The seeds name no rest length. */
export const DEFAULT_REST_SECONDS = 10;
export const MAX_REST_SECONDS = 600;
/** An unknown `plan` falls back to the slowest ramp-up: too short a hold does no harm. */
export const FALLBACK_PLAN: PlanId = 'caution';
export const DEFAULT_REMINDER_TIMES = '08:00, 13:00, 19:00';

export interface Problem {
  readonly warning: string;
  readonly notice: () => string;
}

export interface Checked<T> {
  readonly value: T;
  readonly problem: Problem | null;
}

const ok = <T>(value: T): Checked<T> => ({ value, problem: null });

export function checkPlan(plan: string | null | undefined): Checked<PlanId> {
  if (plan === null || plan === undefined || plan === '') return ok('standard');
  if (isId(PLAN_IDS, plan)) return ok(plan);
  return {
    value: FALLBACK_PLAN,
    problem: {
      warning: `plan="${plan}" is not a plan. Valid values: ${PLAN_IDS.join(', ')}. Showing "${FALLBACK_PLAN}", the slowest ramp-up.`,
      notice: () =>
        msg('The training plan given by this page is not known, so the timer uses the most careful plan.', {
          id: 'timer.bad-plan',
        }),
    },
  };
}

/** `fallback` is used when the attribute is empty or bad: the remembered start date, or today. */
export function checkStartDate(startDate: string | null | undefined, today: IsoDate, fallback: IsoDate): Checked<IsoDate> {
  const text = (startDate ?? '').trim();
  if (text === '') return ok(fallback);
  if (!isIsoDate(text)) {
    return {
      value: fallback,
      problem: {
        warning: `start-date="${text}" is not a date. Valid values: a date written yyyy-mm-dd, today (${today}) or earlier, e.g. start-date="${today}".`,
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

export function checkRestSeconds(rest: number | null | undefined): Checked<number> {
  if (rest === null || rest === undefined) return ok(DEFAULT_REST_SECONDS);
  if (Number.isInteger(rest) && rest >= 0 && rest <= MAX_REST_SECONDS) return ok(rest);
  const fallback = DEFAULT_REST_SECONDS;
  return {
    value: fallback,
    problem: {
      warning: `rest-seconds="${String(rest)}" is refused. Valid values: a whole number of seconds from 0 to ${MAX_REST_SECONDS}. Using ${fallback}.`,
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
  days: number | null | undefined,
): Checked<number> {
  const fallback =
    attribute === 'caution-hold-days' ? DEFAULT_PLAN_OPTIONS.cautionHoldDays : DEFAULT_PLAN_OPTIONS.gentleStepDays;
  if (days === null || days === undefined) return ok(fallback);
  if (Number.isInteger(days) && days >= 1 && days <= 365) return ok(days);
  return {
    value: fallback,
    problem: {
      warning: `${attribute}="${String(days)}" is refused. Valid values: a whole number of days from 1 to 365. Using the default, ${fallback}.`,
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

export function checkReminderTimes(text: string | null | undefined): Checked<TimeOfDay[]> {
  const defaults = parseReminderTimes(DEFAULT_REMINDER_TIMES)!;
  if (text === null || text === undefined || text.trim() === '') return ok(defaults);
  const times = parseReminderTimes(text);
  if (times) return ok(times);
  return {
    value: defaults,
    problem: {
      warning: `reminder-times="${text}" is refused. Valid values: one to ${SESSIONS_PER_DAY} different times of day, hh:mm, separated by commas, e.g. "${DEFAULT_REMINDER_TIMES}".`,
      notice: () =>
        msg('The reminder times given by this page are not valid, so the usual times are used.', {
          id: 'timer.bad-reminder-times',
        }),
    },
  };
}
