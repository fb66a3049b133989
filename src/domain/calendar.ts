/**
 * Calendar dates and times of day, in the patient's local time. A training day
 * is a calendar day, not 24 hours: days are counted on the calendar, so a
 * daylight-saving change never shifts them.
 */

/** A calendar date written yyyy-mm-dd (ISO 8601), in local time. */
export type IsoDate = string;

/** A time of day on a 24-hour clock. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

function utcMs(date: IsoDate): number {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  if (y === undefined) throw new RangeError(`Not a yyyy-mm-dd date: ${JSON.stringify(date)}.`);
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Reports whether `value` is a real calendar date written yyyy-mm-dd (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  return fromUtc(utcMs(value)) === value;
}

/** The local calendar date of `date`. */
export function localIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(utcMs(date) + days * MS_PER_DAY);
}

/** Calendar days from `from` to `to`: 0 on the same day, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / MS_PER_DAY);
}

/** Midnight UTC of `date`: format it with `timeZone: 'UTC'` to show that calendar day anywhere. */
export function utcDateOf(date: IsoDate): Date {
  return new Date(utcMs(date));
}

/** Milliseconds from `now` to the next local midnight. */
export function msUntilNextLocalMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return midnight.getTime() - now.getTime();
}

/** Parses "08:00" (also "8:00" and "8.00"); null when it is not a time of day. */
export function parseTimeOfDay(text: string): TimeOfDay | null {
  const match = TIME_OF_DAY.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/** "08:00". */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}
