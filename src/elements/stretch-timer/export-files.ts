/**
 * The CSV for the therapist, in the patient's language: a header row, then one
 * row per day (date, sessions, seconds per stretch, notes), oldest first;
 * a day's notes are joined with "; " in one field. The
 * date is yyyy-mm-dd in every language, so a spreadsheet reads it as a date.
 * See the README's timer section for the columns.
 */
import { msg } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import { toCsv } from '../../domain/csv.js';
import { exportDays } from '../../domain/log-export.js';
import type { NoteKind } from '../../domain/session-notes.js';
import type { TrainingLog } from '../../domain/training-log.js';
import { notesText } from './export-texts.js';

/** `iqoro-training-2025-12-01.csv`. */
export function csvFileName(today: IsoDate): string {
  return `iqoro-training-${today}.csv`;
}

/** The CSV's header row, localized. */
export function csvHeader(): string[] {
  return [
    msg('Date', { id: 'timer.csv-date' }),
    msg('Sessions', { id: 'timer.csv-sessions' }),
    msg('Seconds per stretch', { id: 'timer.csv-seconds' }),
    msg('Notes', { id: 'timer.csv-notes' }),
  ];
}

/** The whole CSV text of `log`, from `from` (the plan's start) to `today`; `noteName` names a note as the patient ticked it. */
export function logCsv(log: TrainingLog, today: IsoDate, from: IsoDate, noteName: (kind: NoteKind) => string): string {
  const rows = exportDays(log, today, from).map((day) => [day.date, day.sessions, day.seconds ?? '', notesText(day.notes, noteName)]);
  return toCsv(csvHeader(), rows);
}
