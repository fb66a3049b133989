/**
 * Training plans for IQoro (seeds 000 and 001). Every plan: 3 stretches a
 * session, 3 sessions a day; only the seconds each stretch is held change.
 */
export const PLAN_IDS = ['standard', 'gentle-start', 'caution'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const STRETCHES_PER_SESSION = 3;
export const SESSIONS_PER_DAY = 3;
/** The recommended hold: "3 × 10 sekunder ... 3 gånger om dagen" (seeds 000, 001). */
export const MAX_SECONDS_PER_STRETCH = 10;
/** Gentle start: "börja med 3 x 5 sekunders töjning" (seed 001). */
export const GENTLE_START_SECONDS = 5;
/** Caution: "tre sekunder per töjning de första två till tre veckorna" (seeds 000, 001). */
export const CAUTION_START_SECONDS = 3;

export interface PlanOptions {
  /**
   * Days the caution plan holds at 3 s before the weekly increases. The seeds say
   * "two to three weeks"; the default takes the careful end: 21 days.
   */
  readonly cautionHoldDays?: number;
  /**
   * Days between the gentle start's one-second steps. The seed says "some days"
   * ("några dagars mellanrum"); the default is 3.
   */
  readonly gentleStepDays?: number;
}

export const DEFAULT_PLAN_OPTIONS: Readonly<Required<PlanOptions>> = {
  cautionHoldDays: 21,
  gentleStepDays: 3,
};

const DAYS_PER_WEEK = 7;

function assertDay(day: number): void {
  if (!Number.isInteger(day) || day < 0) {
    throw new RangeError(
      `The training day must be a whole number from 0 (the first day); got ${String(day)}.`,
    );
  }
}

function assertPositiveWholeDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of days, 1 or more; got ${String(value)}.`);
  }
}

function resolveOptions(options: PlanOptions | undefined): Required<PlanOptions> {
  const resolved = { ...DEFAULT_PLAN_OPTIONS, ...options };
  assertPositiveWholeDays('cautionHoldDays', resolved.cautionHoldDays);
  assertPositiveWholeDays('gentleStepDays', resolved.gentleStepDays);
  return resolved;
}

/** Seconds to hold each stretch on `day` (0 = the first training day) of `plan`. */
export function secondsPerStretch(plan: PlanId, day: number, options?: PlanOptions): number {
  assertDay(day);
  const { cautionHoldDays, gentleStepDays } = resolveOptions(options);
  switch (plan) {
    case 'standard':
      return MAX_SECONDS_PER_STRETCH;
    case 'gentle-start':
      return Math.min(MAX_SECONDS_PER_STRETCH, GENTLE_START_SECONDS + Math.floor(day / gentleStepDays));
    case 'caution':
      if (day < cautionHoldDays) return CAUTION_START_SECONDS;
      return Math.min(
        MAX_SECONDS_PER_STRETCH,
        CAUTION_START_SECONDS + 1 + Math.floor((day - cautionHoldDays) / DAYS_PER_WEEK),
      );
    default:
      throw new RangeError(`Unknown plan ${JSON.stringify(plan)}. Valid plan ids: ${PLAN_IDS.join(', ')}.`);
  }
}
