/**
 * What the export for the therapist holds, before any language: one row per
 * calendar day from the course's first day to today (days without a session
 * included, with 0), oldest first. Pure, no DOM; the element adds the
 * localized header and notes and writes the CSV (see csv.ts).
 */
import { addDays, daysBetween } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { LOG_KEEP_DAYS } from './training-log.js';
import type { DayRecord, TrainingLog } from './training-log.js';

export type ExportDay = DayRecord & { readonly date: IsoDate };

/** The first day of the course in `log`: its start date or its earliest day trained, whichever is first. */
export function firstLoggedDay(log: TrainingLog): IsoDate | null {
  const dates = Object.keys(log.days);
  if (log.startDate !== null) dates.push(log.startDate);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

/**
 * Every day from the first of `from` (the plan's start, when the host gives
 * one) and the log's first day to `today`, at most a year (the log keeps no
 * more), oldest first; none when nothing was logged and no start is known.
 */
export function exportDays(log: TrainingLog, today: IsoDate, from: IsoDate | null = null): ExportDay[] {
  const starts = [from, firstLoggedDay(log)].filter((date): date is IsoDate => date !== null && date <= today);
  if (starts.length === 0) return [];
  const first = starts.reduce((a, b) => (b < a ? b : a));
  const count = Math.min(daysBetween(first, today) + 1, LOG_KEEP_DAYS);
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(today, -(count - 1 - i));
    return { ...(log.days[date] ?? { sessions: 0 }), date };
  });
}

/** One week of the printed summary: sessions and the longest hold trained. */
export interface WeekTotal {
  /** 1 for the week of the start date. */
  readonly week: number;
  readonly from: IsoDate;
  readonly sessions: number;
  readonly seconds: number | null;
}

/**
 * Sessions per week from `startDate` to `today` (weeks begin on the start
 * date's weekday), oldest first, within the days the log keeps. The same
 * sums as course-history.ts's weeks, without its notes and planned seconds:
 * the summary is on the timer's first paint, and course-history.ts stays in
 * the lazily loaded course view's chunk.
 */
export function weekTotals(log: TrainingLog, startDate: IsoDate, today: IsoDate): WeekTotal[] {
  const weeks: WeekTotal[] = [];
  for (const day of exportDays(log, today, startDate)) {
    if (day.date < startDate) continue;
    const index = Math.floor(daysBetween(startDate, day.date) / 7);
    const last = weeks.at(-1);
    const current =
      last && last.week === index + 1 ? last : { week: index + 1, from: addDays(startDate, index * 7), sessions: 0, seconds: null };
    const seconds = day.seconds === undefined ? current.seconds : Math.max(current.seconds ?? 0, day.seconds);
    const next = { ...current, sessions: current.sessions + day.sessions, seconds };
    if (current === last) weeks[weeks.length - 1] = next;
    else weeks.push(next);
  }
  return weeks;
}
