/**
 * The whole course, week by week, from the start date to today: sessions done
 * out of the week's 21, the seconds per stretch trained and planned, and how
 * the days felt; and the current run of days with all three sessions. Pure:
 * computed from the log, the plan and the start date.
 */
import { addDays, daysBetween } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { adjustedSeconds } from './plan-adjustments.js';
import { SESSIONS_PER_DAY } from './plans.js';
import type { PlanId, PlanOptions } from './plans.js';
import { NOTE_KINDS } from './session-notes.js';
import type { NoteKind } from './session-notes.js';
import { LOG_KEEP_DAYS } from './training-log.js';
import type { TrainingLog } from './training-log.js';

const DAYS_PER_WEEK = 7;
/** Sessions a week holds: 3 a day, 7 days. */
export const SESSIONS_PER_WEEK = SESSIONS_PER_DAY * DAYS_PER_WEEK;

/** One week of the course. */
export interface WeekSummary {
  /** 1 for the week of the start date. */
  readonly week: number;
  readonly from: IsoDate;
  /** The week's last day, or today for the current week. */
  readonly to: IsoDate;
  /** Days of the week up to today (7, fewer in the current week). */
  readonly days: number;
  /** Sessions done, out of `SESSIONS_PER_WEEK`. */
  readonly sessions: number;
  /** The longest hold trained that week, per stretch; null when no session recorded its seconds. */
  readonly seconds: number | null;
  /** Seconds per stretch planned on the week's last day (`to`), with the adjustments. */
  readonly planned: number;
  /** Days of the week with each note, in `NOTE_KINDS` order; only notes that were made. */
  readonly notes: ReadonlyArray<{ readonly kind: NoteKind; readonly days: number }>;
}

export interface CourseHistory {
  /** Oldest first. */
  readonly weeks: readonly WeekSummary[];
  /** Days in a row with all three sessions, up to today (or yesterday, while today is not complete). */
  readonly streak: number;
  /** True when the course began before the oldest day the log keeps: the first weeks are left out. */
  readonly truncated: boolean;
}

export interface CourseInput {
  readonly log: TrainingLog;
  readonly plan: PlanId;
  readonly startDate: IsoDate;
  readonly today: IsoDate;
  readonly options?: PlanOptions;
}

/**
 * Days in a row with all three sessions, counted back from today; today counts
 * once its three are done, and until then does not break the run.
 */
export function currentStreak(log: TrainingLog, today: IsoDate): number {
  const full = (date: IsoDate) => (log.days[date]?.sessions ?? 0) >= SESSIONS_PER_DAY;
  let date = full(today) ? today : addDays(today, -1);
  let streak = 0;
  while (full(date) && streak < LOG_KEEP_DAYS) {
    streak += 1;
    date = addDays(date, -1);
  }
  return streak;
}

/**
 * The course week by week, oldest first, from the start date (or the oldest
 * week the log still keeps) to today. Empty when the start date is after today.
 */
export function courseHistory({ log, plan, startDate, today, options }: CourseInput): CourseHistory {
  const total = daysBetween(startDate, today) + 1;
  if (total <= 0) return { weeks: [], streak: currentStreak(log, today), truncated: false };
  const weekCount = Math.ceil(total / DAYS_PER_WEEK);
  // Weeks wholly older than what the log keeps are left out.
  const firstKept = addDays(today, -(LOG_KEEP_DAYS - 1));
  const skipped = Math.max(0, Math.floor(daysBetween(startDate, firstKept) / DAYS_PER_WEEK));
  const weeks: WeekSummary[] = [];
  for (let index = skipped; index < weekCount; index += 1) {
    const from = addDays(startDate, index * DAYS_PER_WEEK);
    const days = Math.min(DAYS_PER_WEEK, total - index * DAYS_PER_WEEK);
    const to = addDays(from, days - 1);
    let sessions = 0;
    let seconds: number | null = null;
    const noted = new Map<NoteKind, number>();
    for (let i = 0; i < days; i += 1) {
      const record = log.days[addDays(from, i)];
      if (!record) continue;
      sessions += Math.min(SESSIONS_PER_DAY, record.sessions);
      if (record.seconds !== undefined) seconds = Math.max(seconds ?? 0, record.seconds);
      for (const kind of record.notes ?? []) noted.set(kind, (noted.get(kind) ?? 0) + 1);
    }
    weeks.push({
      week: index + 1,
      from,
      to,
      days,
      sessions,
      seconds,
      planned: adjustedSeconds(plan, startDate, to, log.adjustments, options),
      notes: NOTE_KINDS.filter((kind) => noted.has(kind)).map((kind) => ({ kind, days: noted.get(kind) as number })),
    });
  }
  return { weeks, streak: currentStreak(log, today), truncated: skipped > 0 };
}
