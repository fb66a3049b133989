/**
 * Two tabs on one log: what a tab keeps when another tab's write lacks some of
 * its own. Every write is a read-modify-write under the log's Web Lock, so the
 * stored log normally holds both tabs' sessions; where it does not (a browser
 * without Web Locks, or a tab that read the log before the other's write
 * reached its process), the lost sessions, days and adjustments, which only
 * ever grow, come back. What a patient may take back (a day's notes) follows
 * the other tab's write for every day it holds, so unticking a note in one tab
 * is not undone by the other. Pure, no DOM.
 */
import { mergeLogs } from './training-log.js';
import type { DayRecord, TrainingLog } from './training-log.js';
import type { IsoDate } from './calendar.js';

/**
 * `theirs` (just written by another tab) with what `ours` holds that it lost:
 * days it lacks, sessions beyond its count, adjustments, an earlier start
 * date. Its cues and, on the days it holds, its notes stand. Equal to `theirs`
 * when nothing was lost.
 */
export function recoverLost(ours: TrainingLog, theirs: TrainingLog): TrainingLog {
  const merged = mergeLogs(ours, theirs);
  const days: Record<IsoDate, DayRecord> = { ...merged.days };
  for (const [date, record] of Object.entries(theirs.days)) {
    const { notes: _merged, ...rest } = days[date];
    days[date] = record.notes ? { ...rest, notes: record.notes } : rest;
  }
  return { ...merged, days };
}
