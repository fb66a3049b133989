/**
 * Holding and stepping back on a plan, as the manufacturer allows: increase one
 * second a week "så länge det känns bra" (seeds 000, 001), and "Stanna av och
 * backa eventuellt i antal träningssekunder om du känner att du går för fort
 * fram" (000). The patient's choices are adjustments, each with its date:
 *
 * - `hold`: stay at today's seconds; the plan's clock stops until `resume`.
 * - `back`: go back one second (never below the plan's first step) and stay there.
 * - `resume`: the ramp goes on from the seconds held; days held do not count.
 *
 * After `back`, the ramp resumes from the first day of the plan at those
 * seconds, so the patient gets the plan's whole step at the lower hold before
 * the next increase. The seconds of every adjustment are stored with it (what
 * it set), so the log reads plainly and a merged log never recomputes them.
 * Pure: no DOM, no storage.
 */
import { addDays, daysBetween } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { nextIncrease } from './plan-progress.js';
import type { PlanProgress } from './plan-progress.js';
import { MAX_SECONDS_PER_STRETCH, secondsPerStretch } from './plans.js';
import type { PlanId, PlanOptions } from './plans.js';

export const ADJUSTMENT_KINDS = ['hold', 'back', 'resume'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** One choice of the patient, on the day they made it. */
export interface Adjustment {
  readonly date: IsoDate;
  readonly kind: AdjustmentKind;
  /** Seconds per stretch from that day on: held (`hold`, `back`) or resumed from (`resume`). */
  readonly seconds: number;
}

/** Where a patient is on a plan today, with their adjustments. */
export interface AdjustedProgress extends PlanProgress {
  /** Seconds per stretch the plan alone would give today. */
  readonly planSeconds: number;
  /** The date of the adjustment that holds the seconds now, or null when the ramp runs. */
  readonly heldSince: IsoDate | null;
  /** The plan's first step: nothing goes below it. */
  readonly firstStep: number;
}

/** No plan takes longer than this to reach a number of seconds, whatever its options. */
const SEARCH_LIMIT_DAYS = 36_500;

/** The plan's first step: 10 s on the standard plan, 5 s on the gentle start, 3 s with caution. */
export function firstStep(plan: PlanId, options?: PlanOptions): number {
  return secondsPerStretch(plan, 0, options);
}

/** Seconds kept within the plan's first step and 10, in whole seconds. */
export function clampSeconds(plan: PlanId, seconds: number, options?: PlanOptions): number {
  const whole = Number.isFinite(seconds) ? Math.round(seconds) : MAX_SECONDS_PER_STRETCH;
  return Math.min(MAX_SECONDS_PER_STRETCH, Math.max(firstStep(plan, options), whole));
}

/** The first plan day that holds `seconds` or more (0 for the first step). */
function firstDayAt(plan: PlanId, seconds: number, options?: PlanOptions): number {
  for (let day = 0; day <= SEARCH_LIMIT_DAYS; day += 1) {
    if (secondsPerStretch(plan, day, options) >= seconds) return day;
  }
  return 0;
}

/** The adjustments in date order (a stable sort: one day's keep their order). */
export function sortAdjustments(adjustments: readonly Adjustment[]): Adjustment[] {
  return [...adjustments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

interface State {
  /** Days the plan's clock is behind the calendar (days held, steps back). */
  readonly shift: number;
  /** While held: the seconds held, the plan day to resume from, since when. */
  readonly held: { readonly seconds: number; readonly day: number; readonly since: IsoDate } | null;
}

/** The plan day of calendar `date`: 0 on the start date (and before it). */
function dayOf(startDate: IsoDate, date: IsoDate): number {
  return Math.max(0, daysBetween(startDate, date));
}

/** Replays the adjustments made up to and including `date`. */
function stateOn(
  plan: PlanId,
  startDate: IsoDate,
  date: IsoDate,
  adjustments: readonly Adjustment[],
  options?: PlanOptions,
): State {
  let state: State = { shift: 0, held: null };
  for (const adjustment of sortAdjustments(adjustments)) {
    if (adjustment.date > date) break;
    const day = dayOf(startDate, adjustment.date);
    const planDay = state.held ? state.held.day : Math.max(0, day - state.shift);
    const seconds = clampSeconds(plan, adjustment.seconds, options);
    if (adjustment.kind === 'hold') {
      // The plan stops where it is, unless the stored seconds say another step.
      const at = secondsPerStretch(plan, planDay, options) === seconds ? planDay : firstDayAt(plan, seconds, options);
      state = { shift: state.shift, held: { seconds, day: at, since: state.held?.since ?? adjustment.date } };
    } else if (adjustment.kind === 'back') {
      state = { shift: state.shift, held: { seconds, day: firstDayAt(plan, seconds, options), since: adjustment.date } };
    } else if (state.held) {
      state = { shift: day - state.held.day, held: null };
    }
  }
  return state;
}

/**
 * Seconds per stretch on `date` for a patient on `plan` since `startDate`,
 * with their adjustments: never below the plan's first step, never above 10.
 */
export function adjustedSeconds(
  plan: PlanId,
  startDate: IsoDate,
  date: IsoDate,
  adjustments: readonly Adjustment[],
  options?: PlanOptions,
): number {
  const state = stateOn(plan, startDate, date, adjustments, options);
  if (state.held) return state.held.seconds;
  return clampSeconds(plan, secondsPerStretch(plan, Math.max(0, dayOf(startDate, date) - state.shift), options), options);
}

/**
 * The plan's day, week, today's hold and its next increase (null while held,
 * or at 10 s), with the adjustments made up to `today`. Throws a `RangeError`
 * when `startDate` is after `today`, as `planProgress` does.
 */
export function adjustedProgress(
  plan: PlanId,
  startDate: IsoDate,
  today: IsoDate,
  adjustments: readonly Adjustment[],
  options?: PlanOptions,
): AdjustedProgress {
  const day = daysBetween(startDate, today);
  if (day < 0) throw new RangeError(`The start date ${startDate} is after today (${today}).`);
  const state = stateOn(plan, startDate, today, adjustments, options);
  const planSeconds = secondsPerStretch(plan, day, options);
  const base = { plan, day, week: Math.floor(day / 7) + 1, planSeconds, firstStep: firstStep(plan, options) };
  if (state.held) return { ...base, seconds: state.held.seconds, next: null, heldSince: state.held.since };
  const planDay = Math.max(0, day - state.shift);
  const next = nextIncrease(plan, planDay, options);
  return {
    ...base,
    seconds: clampSeconds(plan, secondsPerStretch(plan, planDay, options), options),
    next: next ? { day: day + next.day - planDay, date: addDays(today, next.day - planDay), seconds: next.seconds } : null,
    heldSince: null,
  };
}

/**
 * The adjustment `kind` would record on `today`, or null when it would change
 * nothing: `hold` while held or when there is no increase ahead, `back` at
 * the plan's first step, `resume` while the ramp runs.
 */
export function makeAdjustment(kind: AdjustmentKind, progress: AdjustedProgress, today: IsoDate): Adjustment | null {
  switch (kind) {
    case 'hold':
      return progress.heldSince === null && progress.next !== null ? { date: today, kind, seconds: progress.seconds } : null;
    case 'back':
      return progress.seconds > progress.firstStep ? { date: today, kind, seconds: progress.seconds - 1 } : null;
    case 'resume':
      return progress.heldSince !== null ? { date: today, kind, seconds: progress.seconds } : null;
  }
}
