/**
 * The training log a patient keeps on their own device: sessions done per day,
 * the remembered start date, their plan adjustments, how the days felt and
 * their cue choices. Pure: the caller reads and writes the text. Each schema
 * version lives under its own key (`care-widgets:stretch-timer:v3`), so code
 * that knows an older schema never reads a newer one (and never writes it back
 * without the fields it does not know); loading migrates older keys forward,
 * one version at a time.
 *
 * The stored shape, schema version 3 (JSON, keys in this order):
 *
 *     {
 *       "version": 3,
 *       "startDate": "2026-03-02" | null,        // the first session's date
 *       "days": {                                 // the last 366 days at most, by date
 *         "2026-03-02": {
 *           "sessions": 3,                        // 1–3 (days without a session are absent)
 *           "seconds": 4,                         // per stretch, the day's last session (optional)
 *           "plan": "caution",                    // the plan of that session (optional)
 *           "notes": ["soreness"]                 // "how did it feel?" (optional), NOTE_KINDS order
 *         }
 *       },
 *       "adjustments": [                          // date order, 100 at most (the newest)
 *         { "date": "2026-04-01", "kind": "hold" | "back" | "resume", "seconds": 4 }
 *       ],
 *       "cues": { "sound": true, "vibration": true }
 *     }
 *
 * v1 → v2 turned counts into day records and added cues; v2 → v3 adds
 * `adjustments` (empty) and allows `notes` on a day.
 */
import { addDays, isIsoDate } from './calendar.js';
import type { IsoDate } from './calendar.js';
import { isId } from './ids.js';
import { ADJUSTMENT_KINDS, sortAdjustments } from './plan-adjustments.js';
import type { Adjustment } from './plan-adjustments.js';
import { MAX_SECONDS_PER_STRETCH, PLAN_IDS, SESSIONS_PER_DAY } from './plans.js';
import type { PlanId } from './plans.js';
import { normalizeNotes, unionNotes } from './session-notes.js';
import type { NoteKind } from './session-notes.js';

export const LOG_VERSION = 3;
export const LOG_KEY_PREFIX = 'care-widgets:stretch-timer';
/**
 * Days of history kept, today included; older days are dropped when the log is
 * read on a known day or a session is logged, so no stored log grows past a year.
 */
export const LOG_KEEP_DAYS = 366;
/**
 * Adjustments kept: the newest. Each one is a button pressed on purpose, so a
 * course of a year rarely needs more than a few dozen; the bound keeps a
 * damaged or hostile stored value from growing the log.
 */
export const MAX_ADJUSTMENTS = 100;
/** The shortest hold a stored day may claim; the longest is the plans' 10 s. */
const MIN_SECONDS = 1;

/** One day of training. */
export interface DayRecord {
  readonly sessions: number;
  /** Seconds per stretch of the day's last session (unknown for days migrated from v1). */
  readonly seconds?: number;
  readonly plan?: PlanId;
  /** How the day felt, noted after a session (v3; absent when nothing was noted). */
  readonly notes?: readonly NoteKind[];
}

/** Sound and vibration at the start and end of each stretch. */
export interface CueSettings {
  readonly sound: boolean;
  readonly vibration: boolean;
}

/** Schema version 3, the current one. */
export interface TrainingLog {
  readonly version: 3;
  /** The first session's date, when the host gives no start date. */
  readonly startDate: IsoDate | null;
  readonly days: Readonly<Record<IsoDate, DayRecord>>;
  /** Hold, step back and resume, in date order (see plan-adjustments.ts). */
  readonly adjustments: readonly Adjustment[];
  readonly cues: CueSettings;
}

/** Schema version 2: no adjustments, no notes. */
export interface TrainingLogV2 {
  readonly version: 2;
  readonly startDate: IsoDate | null;
  readonly days: Readonly<Record<IsoDate, Omit<DayRecord, 'notes'>>>;
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
  return { version: 3, startDate: null, days: {}, adjustments: [], cues: DEFAULT_CUES };
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

/** v2 → v3: no adjustments yet; days and cues as they were (a day may now carry notes). */
function v2ToV3(old: Obj): Obj {
  return { version: 3, startDate: old.startDate, days: old.days, adjustments: [], cues: old.cues };
}

/** Migrations by the version they upgrade from. */
const MIGRATIONS: Readonly<Record<number, (old: Obj) => Obj>> = { 1: v1ToV2, 2: v2ToV3 };

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
  // Unknown note kinds are dropped, the known ones kept.
  const notes = normalizeNotes(value.notes);
  return {
    sessions,
    ...(seconds === undefined ? {} : { seconds }),
    ...(plan === undefined ? {} : { plan }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}

function sanitizeAdjustment(value: unknown): Adjustment | null {
  if (!isObject(value) || !isIsoDate(value.date) || !isId(ADJUSTMENT_KINDS, value.kind)) return null;
  if (!Number.isFinite(value.seconds)) return null;
  const seconds = Math.min(MAX_SECONDS_PER_STRETCH, Math.max(MIN_SECONDS, Math.round(value.seconds as number)));
  return { date: value.date, kind: value.kind, seconds };
}

/** The valid adjustments of `value`, in date order, none after `today` (when given), the newest `MAX_ADJUSTMENTS`. */
function sanitizeAdjustments(value: unknown, today: IsoDate | null): Adjustment[] {
  if (!Array.isArray(value)) return [];
  const kept = value
    .map(sanitizeAdjustment)
    .filter((adjustment): adjustment is Adjustment => adjustment !== null && (today === null || adjustment.date <= today));
  return sortAdjustments(kept).slice(-MAX_ADJUSTMENTS);
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

function sanitizeV3(value: Obj, today: IsoDate | null): TrainingLog {
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
    version: 3,
    startDate: isIsoDate(value.startDate) ? value.startDate : null,
    days,
    adjustments: sanitizeAdjustments(value.adjustments, today),
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
  // Adjustments older than the kept days stay: today's seconds are computed from all of them.
  const adjustments = log.adjustments.filter((adjustment) => adjustment.date <= today);
  return reanchor({ ...log, days, adjustments }, today);
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
  return current.version === LOG_VERSION ? sanitizeV3(current, today) : null;
}

/**
 * Longer than this, stored text is not a log this code wrote: a full year of
 * days is about 25 KB.
 */
const LARGEST_LOG_CHARS = 65_536;

/**
 * The fields of an over-long version 2 or 3 log, picked out of its text with
 * one regular-expression pass over the days, parsing only the days kept on
 * `today`: `JSON.parse` of a 100,000-day log (2.8 MB) blocks a phone's page
 * for longer than a frame, and would do it again on every `storage` event.
 * A day record holds no braces (its notes are an array of words), and an
 * adjustment is no `"date": {…}` pair, so the days' pattern finds days only.
 * Null when the text does not begin as a version 2 or 3 log.
 */
function pickLog(text: string, today: IsoDate): Obj | null {
  const version = /^\s*\{\s*"version"\s*:\s*([23])\s*,/.exec(text)?.[1];
  if (version === undefined) return null;
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
    version: Number(version),
    startDate: parse(/"startDate"\s*:\s*("[^"]*"|null)/.exec(text)?.[1]),
    days,
    // An adjustment holds no brackets; more than MAX_ADJUSTMENTS are cut when sanitized.
    adjustments: parse(/"adjustments"\s*:\s*(\[[^[\]]*\])/.exec(text)?.[1]),
    cues: parse(/"cues"\s*:\s*(\{[^{}]*\})/.exec(text)?.[1]),
  };
}

/** Parses stored text (bounded to `today`, when given); null for anything that is not a log. */
export function parseLog(text: string | null, today: IsoDate | null = null): TrainingLog | null {
  if (text === null) return null;
  try {
    const picked = text.length > LARGEST_LOG_CHARS && today !== null ? pickLog(text, today) : null;
    return migrateLog(picked ?? JSON.parse(text), today);
  } catch {
    return null;
  }
}

export function serializeLog(log: TrainingLog): string {
  return JSON.stringify(log);
}

/**
 * The result of loading: the log, the older key it was migrated from, if any,
 * and the key of stored text that is no log this code can read (damaged, cut
 * short, edited by hand), if any: text that must be kept, not written over.
 */
export interface LoadedLog {
  readonly log: TrainingLog;
  readonly migratedFrom: string | null;
  readonly unreadable: string | null;
}

/**
 * Reads the log stored under `name`: the current key first, then each older
 * version's key, newest first; bounded to `today` when given. A fresh log when
 * nothing usable is stored.
 */
export function loadLog(read: (key: string) => string | null, name = '', today: IsoDate | null = null): LoadedLog {
  let unreadable: string | null = null;
  for (const key of logKeys(name)) {
    const text = read(key);
    const log = parseLog(text, today);
    if (log) return { log, migratedFrom: key === logKey(name) ? null : key, unreadable };
    if (text !== null) unreadable ??= key;
  }
  return { log: emptyLog(), migratedFrom: null, unreadable };
}

/** Where stored text under `name`'s log key that could not be read is kept, unchanged, while a new log starts. */
export function unreadableLogKey(name = ''): string {
  return logKey(name).replace(LOG_KEY_PREFIX, `${LOG_KEY_PREFIX}:unreadable`);
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
  const notes = bounded.days[date]?.notes;
  days[date] = {
    sessions: Math.min(SESSIONS_PER_DAY, sessionsOn(bounded, date) + 1),
    seconds,
    plan,
    ...(notes ? { notes } : {}),
  };
  return { ...bounded, startDate: bounded.startDate ?? date, days };
}

/** The notes of `date` ("how did it feel?"), none when nothing was noted. */
export function notesOn(log: TrainingLog, date: IsoDate): readonly NoteKind[] {
  return log.days[date]?.notes ?? [];
}

/**
 * Sets the notes of `date` (the patient's today; bounded to it first). Notes
 * belong to a day with a session: on a day without one, the log is returned
 * as it is. An empty list removes the day's notes.
 */
export function setDayNotes(log: TrainingLog, date: IsoDate, notes: readonly NoteKind[]): TrainingLog {
  const bounded = boundLog(log, date);
  const day = bounded.days[date];
  if (!day) return bounded;
  const { notes: _old, ...rest } = day;
  const kept = normalizeNotes(notes);
  return { ...bounded, days: { ...bounded.days, [date]: kept.length === 0 ? rest : { ...rest, notes: kept } } };
}

/**
 * Records a hold, step back or resume (see plan-adjustments.ts; make one with
 * `makeAdjustment`), bounded to its date; the oldest go beyond `MAX_ADJUSTMENTS`.
 */
export function recordAdjustment(log: TrainingLog, adjustment: Adjustment): TrainingLog {
  const bounded = boundLog(log, adjustment.date);
  const adjustments = sortAdjustments([...bounded.adjustments, adjustment]).slice(-MAX_ADJUSTMENTS);
  return { ...bounded, adjustments };
}

const sameAdjustment = (a: Adjustment, b: Adjustment): boolean =>
  a.date === b.date && a.kind === b.kind && a.seconds === b.seconds;

/**
 * Both lists of adjustments, none lost: each of `theirs` that has no equal in
 * `ours` left unmatched is added (so one "back" made in both copies stays one,
 * and two made in one copy stay two); date order, one day's own first.
 */
function mergeAdjustments(ours: readonly Adjustment[], theirs: readonly Adjustment[]): Adjustment[] {
  const unmatched = [...ours];
  const added: Adjustment[] = [];
  for (const adjustment of theirs) {
    const at = unmatched.findIndex((candidate) => sameAdjustment(candidate, adjustment));
    if (at >= 0) unmatched.splice(at, 1);
    else added.push(adjustment);
  }
  return sortAdjustments([...ours, ...added]).slice(-MAX_ADJUSTMENTS);
}

/**
 * Two copies of one log merged by date (two tabs that wrote at once, a
 * restored backup): every day of both, each with the record that counts more
 * sessions (`theirs` on a tie) and the notes of both; the adjustments of both
 * (see mergeAdjustments); the earlier start date; and `theirs`'s cues, the
 * newer choice. Merging again with either copy changes nothing. Neither log
 * is bounded here: bound the result to today (`boundLog`) before keeping it.
 */
export function mergeLogs(ours: TrainingLog, theirs: TrainingLog): TrainingLog {
  const days: Record<IsoDate, DayRecord> = { ...ours.days };
  for (const [date, record] of Object.entries(theirs.days)) {
    const mine = days[date];
    const chosen = record.sessions >= (mine?.sessions ?? 0) ? record : mine;
    const notes = unionNotes(mine?.notes, record.notes);
    const { notes: _dropped, ...rest } = chosen;
    days[date] = notes.length === 0 ? rest : { ...rest, notes };
  }
  const starts = [ours.startDate, theirs.startDate].filter((date): date is IsoDate => date !== null).sort();
  return {
    version: 3,
    startDate: starts[0] ?? null,
    days: sortedDays(days),
    adjustments: mergeAdjustments(ours.adjustments, theirs.adjustments),
    cues: theirs.cues,
  };
}

function sortedDays(days: Record<IsoDate, DayRecord>): Record<IsoDate, DayRecord> {
  return Object.fromEntries(Object.entries(days).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Whether two logs hold the same days, start date, adjustments and cues. */
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
