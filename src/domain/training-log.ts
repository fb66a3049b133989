/**
 * The training log a patient keeps on their own device: sessions done per day,
 * the remembered start date and their cue choices. Pure: the caller reads and
 * writes the text. Each schema version lives under its own key
 * (`care-widgets:stretch-timer:v2`), so code that knows an older schema never
 * reads a newer one; loading migrates older keys forward, one version at a time.
 */
import { addDays, isIsoDate } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { isId } from './ids.js';
import { MAX_SECONDS_PER_STRETCH, PLAN_IDS, SESSIONS_PER_DAY } from './plans.js';
import type { PlanId } from './plans.js';

export const LOG_VERSION = 2;
export const LOG_KEY_PREFIX = 'care-widgets:stretch-timer';
/**
 * Days of history kept, today included; older days are dropped when the log is
 * read on a known day or a session is logged, so no stored log grows past a year.
 */
export const LOG_KEEP_DAYS = 366;
/** The shortest hold a stored day may claim; the longest is the plans' 10 s. */
const MIN_SECONDS = 1;

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
  // Counts beyond a day's sessions and holds outside 1–10 s are clamped: a
  // stored value never reads "4 of 3" or a hold no plan has.
  const sessions = Math.min(value.sessions, SESSIONS_PER_DAY);
  const seconds =
    Number.isFinite(value.seconds) && (value.seconds as number) > 0
      ? Math.min(MAX_SECONDS_PER_STRETCH, Math.max(MIN_SECONDS, value.seconds as number))
      : undefined;
  const plan = isId(PLAN_IDS, value.plan) ? value.plan : undefined;
  return { sessions, ...(seconds === undefined ? {} : { seconds }), ...(plan === undefined ? {} : { plan }) };
}

/** The first day kept in a log read on `today`. */
function firstKeptDay(today: IsoDate): IsoDate {
  return addDays(today, -(LOG_KEEP_DAYS - 1));
}

/**
 * Whether a day is kept in a log read on `today` (every day when `today` is
 * null): none after today (a clock that was set ahead), none before `from`.
 * yyyy-mm-dd strings sort as dates, so two string comparisons decide before
 * any date is parsed: a 100,000-day log is read in a few milliseconds.
 */
function inSpan(date: string, from: IsoDate | null, today: IsoDate | null): boolean {
  return today === null || (date >= (from as IsoDate) && date <= today);
}

function sanitizeV2(value: Obj, today: IsoDate | null): TrainingLog {
  const from = today === null ? null : firstKeptDay(today);
  const days: Record<IsoDate, DayRecord> = {};
  if (isObject(value.days)) {
    const stored = value.days;
    for (const date in stored) {
      if (!Object.hasOwn(stored, date) || !inSpan(date, from, today)) continue;
      const day = sanitizeDay(stored[date]);
      if (day && isIsoDate(date)) days[date] = day;
    }
  }
  const cues = isObject(value.cues) ? value.cues : {};
  const log: TrainingLog = {
    version: 2,
    startDate: isIsoDate(value.startDate) ? value.startDate : null,
    days,
    cues: {
      sound: typeof cues.sound === 'boolean' ? cues.sound : DEFAULT_CUES.sound,
      vibration: typeof cues.vibration === 'boolean' ? cues.vibration : DEFAULT_CUES.vibration,
    },
  };
  return today === null ? log : reanchor(log, today);
}

/** A start date later than `today` moves back to the earliest day trained, or is forgotten. */
function reanchor(log: TrainingLog, today: IsoDate): TrainingLog {
  if (log.startDate === null || log.startDate <= today) return log;
  const dates = Object.keys(log.days)
    .filter((date) => date <= today)
    .sort();
  return { ...log, startDate: dates[0] ?? null };
}

/**
 * The log as it stands on `today`: days after today are dropped (they were
 * logged with a clock set ahead), days older than `LOG_KEEP_DAYS` too, and a
 * remembered start date later than today is re-anchored to the earliest day
 * left, or forgotten, so the next session starts the plan again.
 */
export function boundLog(log: TrainingLog, today: IsoDate): TrainingLog {
  const from = firstKeptDay(today);
  const days: Record<IsoDate, DayRecord> = {};
  for (const [date, record] of Object.entries(log.days)) if (inSpan(date, from, today)) days[date] = record;
  return reanchor({ ...log, days }, today);
}

/**
 * Turns stored data of any known version into a current log, dropping what is
 * malformed and clamping what is out of range; with `today`, also bounded to
 * it (see `boundLog`). Null when it is not a log at all or of an unknown version.
 */
export function migrateLog(data: unknown, today: IsoDate | null = null): TrainingLog | null {
  if (!isObject(data) || !Number.isInteger(data.version)) return null;
  let current = data;
  while ((current.version as number) < LOG_VERSION) {
    const migrate = MIGRATIONS[current.version as number];
    if (!migrate) return null;
    current = migrate(current);
  }
  return current.version === LOG_VERSION ? sanitizeV2(current, today) : null;
}

/**
 * Longer than this, stored text is not a log this code wrote: a full year of
 * days is about 25 KB.
 */
const LARGEST_LOG_CHARS = 65_536;

/**
 * The fields of an over-long version 2 log, picked out of its text with one
 * regular-expression pass over the days, parsing only the days kept on
 * `today`: `JSON.parse` of a 100,000-day log (2.8 MB) blocks a phone's page
 * for longer than a frame, and would do it again on every `storage` event.
 * Null when the text does not begin as a version 2 log.
 */
function pickV2(text: string, today: IsoDate): Obj | null {
  if (!/^\s*\{\s*"version"\s*:\s*2\s*,/.test(text)) return null;
  const from = firstKeptDay(today);
  const parse = (json: string | undefined): unknown => {
    try {
      return json === undefined ? undefined : JSON.parse(json);
    } catch {
      return undefined;
    }
  };
  const days: Obj = {};
  const entry = /"(\d{4}-\d\d-\d\d)"\s*:\s*(\{[^{}]*\})/g;
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    if (inSpan(match[1], from, today)) days[match[1]] = parse(match[2]);
  }
  return {
    version: 2,
    startDate: parse(/"startDate"\s*:\s*("[^"]*"|null)/.exec(text)?.[1]),
    days,
    cues: parse(/"cues"\s*:\s*(\{[^{}]*\})/.exec(text)?.[1]),
  };
}

/** Parses stored text (bounded to `today`, when given); null for anything that is not a log. */
export function parseLog(text: string | null, today: IsoDate | null = null): TrainingLog | null {
  if (text === null) return null;
  try {
    const picked = text.length > LARGEST_LOG_CHARS && today !== null ? pickV2(text, today) : null;
    return migrateLog(picked ?? JSON.parse(text), today);
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
 * version's key, newest first; bounded to `today` when given. A fresh log when
 * nothing usable is stored.
 */
export function loadLog(read: (key: string) => string | null, name = '', today: IsoDate | null = null): LoadedLog {
  const current = parseLog(read(logKey(name)), today);
  if (current) return { log: current, migratedFrom: null };
  for (let version = LOG_VERSION - 1; version >= 1; version -= 1) {
    const key = logKey(name, version);
    const log = parseLog(read(key), today);
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
 * Logs a completed session on `date` (the patient's today). The first one also
 * becomes the remembered start date; the log is bounded to `date` first (see
 * `boundLog`); a day never counts more than `SESSIONS_PER_DAY` sessions.
 */
export function recordSession(
  log: TrainingLog,
  session: { readonly date: IsoDate; readonly plan: PlanId; readonly seconds: number },
): TrainingLog {
  const { date, plan, seconds } = session;
  const bounded = boundLog(log, date);
  const days = { ...bounded.days };
  days[date] = { sessions: Math.min(SESSIONS_PER_DAY, sessionsOn(bounded, date) + 1), seconds, plan };
  return { ...bounded, startDate: bounded.startDate ?? date, days };
}

/**
 * Two copies of one log merged by date (two tabs that wrote at once, a
 * restored backup): every day of both, each with the record that counts more
 * sessions (`theirs` on a tie), the earlier start date, and `theirs`'s cues, the
 * newer choice. Merging again with either copy changes nothing.
 */
export function mergeLogs(ours: TrainingLog, theirs: TrainingLog): TrainingLog {
  const days: Record<IsoDate, DayRecord> = { ...ours.days };
  for (const [date, record] of Object.entries(theirs.days)) {
    if (record.sessions >= (days[date]?.sessions ?? 0)) days[date] = record;
  }
  const starts = [ours.startDate, theirs.startDate].filter((date): date is IsoDate => date !== null).sort();
  return { version: 2, startDate: starts[0] ?? null, days: sortedDays(days), cues: theirs.cues };
}

function sortedDays(days: Record<IsoDate, DayRecord>): Record<IsoDate, DayRecord> {
  return Object.fromEntries(Object.entries(days).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Whether two logs hold the same days, start date and cues. */
export function sameLog(a: TrainingLog, b: TrainingLog): boolean {
  return serializeLog({ ...a, days: sortedDays({ ...a.days }) }) === serializeLog({ ...b, days: sortedDays({ ...b.days }) });
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
