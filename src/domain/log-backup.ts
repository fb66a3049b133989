/**
 * The backup file of a training log: a small JSON envelope that says what it
 * is (`format`), which version of the envelope it is (`formatVersion`), when it
 * was saved, and the log itself in its stored schema (whose own `version` says
 * which). Reading one is backup-reader.ts. Pure, no DOM.
 */
import type { TrainingLog } from './training-log.js';
import type { IsoDate } from './calendar.js';

/** The `format` of every backup this kit writes. */
export const BACKUP_FORMAT = 'care-widgets/stretch-timer-log';
/** The envelope's version; a file with a higher one was written by a newer kit. */
export const BACKUP_FORMAT_VERSION = 1;
/** A backup of a year's log is about 30 KB: a larger file is not one of ours (and is not read whole). */
export const LARGEST_BACKUP_BYTES = 1_000_000;

/** A backup as saved to a file, and as `exportData()` returns it. */
export interface LogBackup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  /** When the backup was made, an ISO 8601 timestamp (UTC). */
  readonly savedAt: string;
  /** The log's `storage-key` name ('' for the shared log). */
  readonly storageKey: string;
  readonly log: TrainingLog;
}

/** The backup of `log`, saved at `now`. */
export function makeBackup(log: TrainingLog, now: Date, storageKey = ''): LogBackup {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, savedAt: now.toISOString(), storageKey, log };
}

/** The backup as the text of a file: indented JSON, readable in an editor. */
export function backupText(backup: LogBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A file name for the backup, with the day it was saved: `iqoro-training-log-2025-12-01.json`. */
export function backupFileName(today: IsoDate): string {
  return `iqoro-training-log-${today}.json`;
}

/** Whether a log holds anything a patient would miss: a start date or a day trained. */
export function logHasData(log: TrainingLog): boolean {
  return log.startDate !== null || Object.keys(log.days).length > 0;
}
