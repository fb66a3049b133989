import { addDays, daysBetween } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { MAX_SECONDS_PER_STRETCH, secondsPerStretch } from './plans.js';
import type { PlanId, PlanOptions } from './plans.js';

/** Where a patient is on a plan today. */
export interface PlanProgress {
  readonly plan: PlanId;
  /** 0 on the start date. */
  readonly day: number;
  /** 1 in the first seven days. */
  readonly week: number;
  /** Seconds to hold each stretch today. */
  readonly seconds: number;
  /** The next day the hold grows, or null once it is at its most (10 s). */
  readonly next: { readonly day: number; readonly date: IsoDate; readonly seconds: number } | null;
}

/** No plan takes longer than this to add its next second, whatever its options. */
const SEARCH_LIMIT_DAYS = 36_500;

/** The first day after `day` on which `plan` holds longer, or null when it never does. */
export function nextIncrease(
  plan: PlanId,
  day: number,
  options?: PlanOptions,
): { readonly day: number; readonly seconds: number } | null {
  const today = secondsPerStretch(plan, day, options);
  if (today >= MAX_SECONDS_PER_STRETCH) return null;
  for (let later = day + 1; later <= day + SEARCH_LIMIT_DAYS; later += 1) {
    const seconds = secondsPerStretch(plan, later, options);
    if (seconds > today) return { day: later, seconds };
  }
  return null;
}

/**
 * The plan's day, week, today's hold and its next increase, for a patient who
 * started on `startDate`. Throws a `RangeError` when `startDate` is after `today`.
 */
export function planProgress(plan: PlanId, startDate: IsoDate, today: IsoDate, options?: PlanOptions): PlanProgress {
  const day = daysBetween(startDate, today);
  if (day < 0) {
    throw new RangeError(`The start date ${startDate} is after today (${today}).`);
  }
  const next = nextIncrease(plan, day, options);
  return {
    plan,
    day,
    week: Math.floor(day / 7) + 1,
    seconds: secondsPerStretch(plan, day, options),
    next: next ? { ...next, date: addDays(startDate, next.day) } : null,
  };
}
