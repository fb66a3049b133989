/**
 * Reads a training log backup (see log-backup.ts), telling apart the three
 * ways a file can be unusable, so the timer can say which: not ours, from a
 * newer version, damaged. Pure, no DOM.
 */
import type { IsoDate } from './calendar.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, LARGEST_BACKUP_BYTES } from './log-backup.js';
import type { LogBackup } from './log-backup.js';
import { LOG_VERSION, migrateLog } from './training-log.js';
import type { TrainingLog } from './training-log.js';

/** Why a file or value could not be restored. */
export type BackupProblem = 'not-ours' | 'newer' | 'damaged';

export type BackupReading =
  | { readonly ok: true; readonly log: TrainingLog; readonly backup: LogBackup }
  | { readonly ok: false; readonly problem: BackupProblem };

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
