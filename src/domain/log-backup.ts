/**
 * The backup file of a training log: a small JSON envelope that says what it
 * is (`format`), which version of the envelope it is (`formatVersion`), when it
 * was saved, and the log itself in its stored schema (whose own `version` says
 * which). Reading a file tells apart the three ways it can be unusable, so the
 * timer can say which: not ours, from a newer version, damaged. Pure, no DOM.
 */
import { LOG_VERSION, migrateLog } from './training-log.js';
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

/** Why a file or value could not be restored. */
export type BackupProblem = 'not-ours' | 'newer' | 'damaged';

export type BackupReading =
  | { readonly ok: true; readonly log: TrainingLog; readonly backup: LogBackup }
  | { readonly ok: false; readonly problem: BackupProblem };

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

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup: its text (a file's), or the parsed value (what a host passes
 * to `importData`). Bounded to `today`, as a stored log is. Not ours: not JSON
 * of an object with our `format`; newer: a higher `formatVersion` or a log of a
 * newer schema; damaged: ours, but not valid JSON any more (a cut-off file) or
 * with a log that cannot be read. Nothing is thrown.
 */
export function readBackup(data: unknown, today: IsoDate | null = null): BackupReading {
  let value = data;
  if (typeof data === 'string') {
    if (data.length > LARGEST_BACKUP_BYTES) return { ok: false, problem: 'not-ours' };
    try {
      value = JSON.parse(data);
    } catch {
      // A cut-off or edited copy of one of ours still names the format near its start.
      return { ok: false, problem: data.includes(`"${BACKUP_FORMAT}"`) ? 'damaged' : 'not-ours' };
    }
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-ours' };
  const formatVersion = value.formatVersion;
  if (!Number.isInteger(formatVersion) || (formatVersion as number) < 1) return { ok: false, problem: 'damaged' };
  if ((formatVersion as number) > BACKUP_FORMAT_VERSION) return { ok: false, problem: 'newer' };
  const stored = value.log;
  if (isObject(stored) && Number.isInteger(stored.version) && (stored.version as number) > LOG_VERSION) {
    return { ok: false, problem: 'newer' };
  }
  const log = migrateLog(stored, today);
  if (!log) return { ok: false, problem: 'damaged' };
  const savedAt = typeof value.savedAt === 'string' ? value.savedAt : '';
  const storageKey = typeof value.storageKey === 'string' ? value.storageKey : '';
  return { ok: true, log, backup: { format: BACKUP_FORMAT, formatVersion: formatVersion as number, savedAt, storageKey, log } };
}
