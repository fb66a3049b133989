/**
 * The hand-off link: a clinic or pharmacy gives the patient a link (or a QR
 * code of it) to the page with their training timer, carrying the plan, its
 * start date, the rest between stretches and the reminder times. They travel
 * in the URL's fragment (after `#`), which a browser never sends to a server.
 *
 * Format, version 1 (`&`-separated `key=value` pairs; order free; values may
 * be percent-encoded):
 *
 *     #care-plan=1&plan=gentle-start&start=2026-11-20&rest=10&reminders=08:00,13:00,19:00
 *
 * - `care-plan`: the format's version, `1`. Its presence marks the fragment as a hand-off.
 * - `plan`: `standard`, `gentle-start` or `caution`.
 * - `start`: the plan's first day, yyyy-mm-dd (the timer takes it from that day on).
 * - `rest`: whole seconds of rest between stretches, 0 to 600.
 * - `reminders`: one to three different times of day, hh:mm, separated by commas, earliest first.
 *
 * All five are required. Other pairs in the fragment belong to the page and are
 * left alone; a key of ours given twice, a value that cannot be decoded or a
 * fragment longer than `MAX_HANDOFF_FRAGMENT_CHARS` makes the link damaged. A
 * later format raises `care-plan`; this code refuses it rather than guess.
 *
 * Pure: no DOM, usable in Node.
 */
import { formatTimeOfDay, isIsoDate } from './calendar.js';
import { HANDOFF_MARKER, hasHandoff, keyOf, partsOf } from './handoff-marker.js';
import type { IsoDate, TimeOfDay } from './calendar.js';
import { isId } from './ids.js';
import { PLAN_IDS, SESSIONS_PER_DAY } from './plans.js';
import type { PlanId } from './plans.js';

export const HANDOFF_VERSION = 1;
export { HANDOFF_MARKER, hasHandoff };
/** The hand-off's own keys, in the order a link is written. */
export const HANDOFF_KEYS = [HANDOFF_MARKER, 'plan', 'start', 'rest', 'reminders'] as const;
export type HandoffKey = (typeof HANDOFF_KEYS)[number];
/** The settings fields (every key but the marker). */
export type HandoffField = Exclude<HandoffKey, typeof HANDOFF_MARKER>;
/** The largest rest between stretches, as the timer's `rest-seconds` takes it. */
export const HANDOFF_MAX_REST_SECONDS = 600;
/** A link of ours is about 90 characters; a fragment this long is not one (nor worth parsing). */
export const MAX_HANDOFF_FRAGMENT_CHARS = 2048;

/** What a hand-off sets up. */
export interface Handoff {
  readonly plan: PlanId;
  readonly startDate: IsoDate;
  readonly restSeconds: number;
  /** One to three different times, earliest first. */
  readonly reminderTimes: readonly TimeOfDay[];
}

/** The valid values of each field, in English, for console warnings and documentation. */
export const HANDOFF_VALID: Readonly<Record<HandoffField, string>> = {
  plan: PLAN_IDS.join(', '),
  start: 'a date written yyyy-mm-dd, on or before the day the link is opened',
  rest: `a whole number of seconds from 0 to ${HANDOFF_MAX_REST_SECONDS}`,
  reminders: `one to ${SESSIONS_PER_DAY} different times of day, hh:mm, separated by commas, e.g. 08:00,13:00,19:00`,
};

/** Why a fragment gives no hand-off. */
export type HandoffResult =
  | { readonly kind: 'ok'; readonly handoff: Handoff }
  /** No `care-plan` key: the fragment is the page's own. */
  | { readonly kind: 'none' }
  /** Made by a later format than this code knows. */
  | { readonly kind: 'newer'; readonly version: number }
  /** Not a link this code could have written: `reason` says how, in English. */
  | { readonly kind: 'damaged'; readonly reason: string; readonly key?: HandoffKey }
  /** A field present and readable, but not a valid value. */
  | { readonly kind: 'out-of-range'; readonly field: HandoffField; readonly value: string; readonly valid: string }
  /** The plan starts after `today`: the timer counts no day before it, so the link waits for that day. */
  | { readonly kind: 'not-yet'; readonly startDate: IsoDate };

const isKey = (key: string): key is HandoffKey => (HANDOFF_KEYS as readonly string[]).includes(key);

/** "08:00,13:00,19:00" → times, earliest first; null unless 1–3 different hh:mm times. */
export function parseHandoffTimes(text: string): TimeOfDay[] | null {
  // Written hh:mm, two digits each, times sort and compare as their text.
  const parts = text.split(',').map((part) => part.trim()).sort();
  if (parts.length > SESSIONS_PER_DAY || new Set(parts).size < parts.length) return null;
  if (!parts.every((part) => /^([01]\d|2[0-3]):[0-5]\d$/.test(part))) return null;
  return parts.map((part) => ({ hour: Number(part.slice(0, 2)), minute: Number(part.slice(3)) }));
}

/** "45" → 45: whole seconds from 0 to HANDOFF_MAX_REST_SECONDS, written in digits; else null. */
export function handoffRest(text: string): number | null {
  return /^\d{1,3}$/.test(text) && Number(text) <= HANDOFF_MAX_REST_SECONDS ? Number(text) : null;
}

function fieldValue(field: HandoffField, text: string): Handoff[keyof Handoff] | null {
  switch (field) {
    case 'plan':
      return isId(PLAN_IDS, text) ? text : null;
    case 'start':
      return isIsoDate(text) ? text : null;
    case 'rest':
      return handoffRest(text);
    case 'reminders':
      return parseHandoffTimes(text);
  }
}

/**
 * Reads a hand-off from a URL fragment (`location.hash`, with or without `#`).
 * With `today`, a start date after it gives `not-yet`. Never throws.
 */
export function parseHandoff(fragment: string, options: { readonly today?: IsoDate } = {}): HandoffResult {
  if (typeof fragment !== 'string' || !hasHandoff(fragment)) return { kind: 'none' };
  if (fragment.length > MAX_HANDOFF_FRAGMENT_CHARS) {
    return { kind: 'damaged', reason: `the fragment is longer than ${MAX_HANDOFF_FRAGMENT_CHARS} characters` };
  }
  const values = new Map<HandoffKey, string>();
  for (const part of partsOf(fragment)) {
    const key = keyOf(part);
    if (key === null || !isKey(key)) continue;
    if (values.has(key)) return { kind: 'damaged', reason: `"${key}" is given more than once`, key };
    if (!part.includes('=')) return { kind: 'damaged', reason: `"${key}" has no value`, key };
    const raw = part.slice(part.indexOf('=') + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return { kind: 'damaged', reason: `the value of "${key}" is not valid percent-encoding`, key };
    }
    values.set(key, value);
  }
  const version = values.get(HANDOFF_MARKER)!;
  if (!/^[1-9]\d{0,5}$/.test(version)) {
    return { kind: 'damaged', reason: `"${HANDOFF_MARKER}" is "${version.slice(0, 20)}", not a version number`, key: HANDOFF_MARKER };
  }
  if (Number(version) > HANDOFF_VERSION) return { kind: 'newer', version: Number(version) };
  const fields: Partial<Record<HandoffField, unknown>> = {};
  for (const field of HANDOFF_KEYS.slice(1) as HandoffField[]) {
    const text = values.get(field);
    if (text === undefined) return { kind: 'damaged', reason: `"${field}" is missing`, key: field };
    const value = fieldValue(field, text);
    if (value === null) return { kind: 'out-of-range', field, value: text.slice(0, 40), valid: HANDOFF_VALID[field] };
    fields[field] = value;
  }
  const handoff: Handoff = {
    plan: fields.plan as PlanId,
    startDate: fields.start as IsoDate,
    restSeconds: fields.rest as number,
    reminderTimes: fields.reminders as TimeOfDay[],
  };
  if (options.today !== undefined && handoff.startDate > options.today) return { kind: 'not-yet', startDate: handoff.startDate };
  return { kind: 'ok', handoff };
}

/**
 * The hand-off as fragment text, without the `#`. Throws a RangeError naming
 * the valid values for a field that `parseHandoff` would refuse, so no link
 * this function writes is refused by the timer (except a start not yet reached).
 */
export function encodeHandoff(handoff: Handoff): string {
  const text: Record<HandoffField, string> = {
    plan: String(handoff.plan),
    start: String(handoff.startDate),
    rest: String(handoff.restSeconds),
    reminders: [...(handoff.reminderTimes ?? [])].map(formatTimeOfDay).join(','),
  };
  for (const field of Object.keys(text) as HandoffField[]) {
    const value = fieldValue(field, text[field]);
    if (value === null) throw new RangeError(`Hand-off ${field} "${text[field]}" is not valid. Valid values: ${HANDOFF_VALID[field]}.`);
    if (field === 'reminders') text.reminders = (value as TimeOfDay[]).map(formatTimeOfDay).join(',');
  }
  return HANDOFF_KEYS.map((key) => `${key}=${key === HANDOFF_MARKER ? HANDOFF_VERSION : text[key]}`).join('&');
}

/** The fragment without the hand-off's keys (with its `#` when anything is left, else ''). */
export function withoutHandoff(fragment: string): string {
  const kept = partsOf(fragment).filter((part) => {
    const key = keyOf(part);
    return key === null || !isKey(key);
  });
  return kept.length ? `#${kept.join('&')}` : '';
}

/**
 * `url` with the hand-off in its fragment: the page's own fragment pairs are
 * kept, an earlier hand-off's keys replaced. `url` must be absolute.
 */
export function handoffUrl(url: string, handoff: Handoff): string {
  const parsed = new URL(url);
  const kept = withoutHandoff(parsed.hash);
  parsed.hash = kept ? `${kept.slice(1)}&${encodeHandoff(handoff)}` : encodeHandoff(handoff);
  return parsed.href;
}
