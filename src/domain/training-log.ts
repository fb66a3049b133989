/**
 * The training log a patient keeps on their own device: sessions done per day,
 * the remembered start date and their cue choices. Pure: the caller reads and
 * writes the text. Each schema version lives under its own key
 * (`care-widgets:stretch-timer:v2`), so code that knows an older schema never
 * reads a newer one; loading migrates older keys forward, one version at a time.
 */
import { addDays, daysBetween, isIsoDate } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { isId } from './ids.js';
import { PLAN_IDS } from './plans.js';
import type { PlanId } from './plans.js';

export const LOG_VERSION = 2;
export const LOG_KEY_PREFIX = 'care-widgets:stretch-timer';
/** Days of history kept; older days are dropped as new sessions are logged. */
export const LOG_KEEP_DAYS = 366;

/** One day of training. */
export interface DayRecord {
  readonly sessions: number;
  /** Seconds per stretch of the day's last session (unknown for days migrated from v1). */
  readonly seconds?: number;
  readonly plan?: PlanId;
}

/** Sound and vibration at the start and end of each stretch. */
export interface CueSettings {
  readonly sound: boolean;
  readonly vibration: boolean;
}

/** Schema version 2, the current one. */
export interface TrainingLog {
  readonly version: 2;
  /** The first session's date, when the host gives no start date. */
  readonly startDate: IsoDate | null;
  readonly days: Readonly<Record<IsoDate, DayRecord>>;
  readonly cues: CueSettings;
}

/** Schema version 1: sessions per day only. */
export interface TrainingLogV1 {
  readonly version: 1;
  readonly startDate: IsoDate | null;
  readonly sessions: Readonly<Record<IsoDate, number>>;
}

export const DEFAULT_CUES: CueSettings = { sound: true, vibration: true };

/**
 * The storage key of schema `version`; `name` (a host's `storage-key`) keeps
 * several patients apart on one device.
 */
export function logKey(name = '', version = LOG_VERSION): string {
  const suffix = name.trim() === '' ? '' : `:${name.trim()}`;
  return `${LOG_KEY_PREFIX}:v${version}${suffix}`;
}

export function emptyLog(): TrainingLog {
  return { version: 2, startDate: null, days: {}, cues: DEFAULT_CUES };
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** v1 → v2: each day's count becomes a day record; cues start at their defaults. */
function v1ToV2(old: Obj): Obj {
  const sessions = isObject(old.sessions) ? old.sessions : {};
  return {
    version: 2,
    startDate: old.startDate,
    days: Object.fromEntries(Object.entries(sessions).map(([date, count]) => [date, { sessions: count }])),
    cues: DEFAULT_CUES,
  };
}

/** Migrations by the version they upgrade from. */
const MIGRATIONS: Readonly<Record<number, (old: Obj) => Obj>> = { 1: v1ToV2 };

function sanitizeDay(value: unknown): DayRecord | null {
  if (!isObject(value) || !isCount(value.sessions) || value.sessions === 0) return null;
  const seconds = Number.isFinite(value.seconds) && (value.seconds as number) > 0 ? (value.seconds as number) : undefined;
  const plan = isId(PLAN_IDS, value.plan) ? value.plan : undefined;
  return { sessions: value.sessions, ...(seconds === undefined ? {} : { seconds }), ...(plan === undefined ? {} : { plan }) };
}

function sanitizeV2(value: Obj): TrainingLog {
  const days: Record<IsoDate, DayRecord> = {};
  if (isObject(value.days)) {
    for (const [date, record] of Object.entries(value.days)) {
      const day = sanitizeDay(record);
      if (isIsoDate(date) && day) days[date] = day;
    }
  }
  const cues = isObject(value.cues) ? value.cues : {};
  return {
    version: 2,
    startDate: isIsoDate(value.startDate) ? value.startDate : null,
    days,
    cues: {
      sound: typeof cues.sound === 'boolean' ? cues.sound : DEFAULT_CUES.sound,
      vibration: typeof cues.vibration === 'boolean' ? cues.vibration : DEFAULT_CUES.vibration,
    },
  };
}

/**
 * Turns stored data of any known version into a current log, dropping what is
 * malformed; null when it is not a log at all or of an unknown version.
 */
export function migrateLog(data: unknown): TrainingLog | null {
  if (!isObject(data) || !Number.isInteger(data.version)) return null;
  let current = data;
  while ((current.version as number) < LOG_VERSION) {
    const migrate = MIGRATIONS[current.version as number];
    if (!migrate) return null;
    current = migrate(current);
  }
  return current.version === LOG_VERSION ? sanitizeV2(current) : null;
}

/** Parses stored text; null for anything that is not a log. */
export function parseLog(text: string | null): TrainingLog | null {
  if (text === null) return null;
  try {
    return migrateLog(JSON.parse(text));
  } catch {
    return null;
  }
}

export function serializeLog(log: TrainingLog): string {
  return JSON.stringify(log);
}

/** The result of loading: the log, and the older key it was migrated from, if any. */
export interface LoadedLog {
  readonly log: TrainingLog;
  readonly migratedFrom: string | null;
}

/**
 * Reads the log stored under `name`: the current key first, then each older
 * version's key, newest first. A fresh log when nothing usable is stored.
 */
export function loadLog(read: (key: string) => string | null, name = ''): LoadedLog {
  const current = parseLog(read(logKey(name)));
  if (current) return { log: current, migratedFrom: null };
  for (let version = LOG_VERSION - 1; version >= 1; version -= 1) {
    const key = logKey(name, version);
    const log = parseLog(read(key));
    if (log) return { log, migratedFrom: key };
  }
  return { log: emptyLog(), migratedFrom: null };
}

/** Every key a log under `name` may have been stored under, current first. */
export function logKeys(name = ''): string[] {
  return Array.from({ length: LOG_VERSION }, (_, i) => logKey(name, LOG_VERSION - i));
}

/** Sessions completed on `date`. */
export function sessionsOn(log: TrainingLog, date: IsoDate): number {
  return log.days[date]?.sessions ?? 0;
}

/**
 * Logs a completed session. The first one also becomes the remembered start
 * date; days older than `LOG_KEEP_DAYS` are dropped.
 */
export function recordSession(
  log: TrainingLog,
  session: { readonly date: IsoDate; readonly plan: PlanId; readonly seconds: number },
): TrainingLog {
  const { date, plan, seconds } = session;
  const days: Record<IsoDate, DayRecord> = {};
  for (const [day, record] of Object.entries(log.days)) {
    if (daysBetween(day, date) < LOG_KEEP_DAYS) days[day] = record;
  }
  days[date] = { sessions: sessionsOn(log, date) + 1, seconds, plan };
  return { ...log, startDate: log.startDate ?? date, days };
}

export function withCues(log: TrainingLog, cues: CueSettings): TrainingLog {
  return { ...log, cues };
}

/** The `count` days up to and including `today`, newest first. */
export function recentDays(log: TrainingLog, today: IsoDate, count = 14): Array<DayRecord & { readonly date: IsoDate }> {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(today, -i);
    return { ...(log.days[date] ?? { sessions: 0 }), date };
  });
}
