/**
 * Daily training reminders as an iCalendar file (RFC 5545): one event a day
 * per time, repeating (RRULE:FREQ=DAILY), each with an alarm. Times are
 * floating local times, so 08:00 stays 08:00 wherever the patient is. Pure:
 * the caller passes the texts, the time stamp and a unique id.
 */
import { formatTimeOfDay } from './calendar.js';
import type { IsoDate, TimeOfDay } from './calendar.js';

export interface ReminderEvent {
  readonly time: TimeOfDay;
  /** The event's title, e.g. "IQoro training, session 1 of 3". */
  readonly summary: string;
}

export interface RemindersOptions {
  readonly events: readonly ReminderEvent[];
  /** The day of the first reminders. */
  readonly firstDate: IsoDate;
  /** Shown in each event and alarm. */
  readonly description: string;
  /** When the file is made (DTSTAMP). */
  readonly stamp: Date;
  /** Unique per file, e.g. a random UUID; each event's UID is built from it. */
  readonly uid: string;
  /** How long each event lasts in the calendar. Default 5. */
  readonly minutes?: number;
}

/** The longest line, in octets, before it is folded (RFC 5545 §3.1). */
const MAX_OCTETS = 75;
const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each
 * continuation starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function localDateTime(date: IsoDate, time: TimeOfDay): string {
  return `${date.replace(/-/g, '')}T${pad(time.hour)}${pad(time.minute)}00`;
}

/** The .ics text: a calendar with one daily recurring event per time. */
export function remindersIcs(options: RemindersOptions): string {
  const { events, firstDate, description, stamp, uid, minutes = 5 } = options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//care-widgets//Stretch timer reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${uid}-${formatTimeOfDay(event.time).replace(':', '')}@care-widgets`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART:${localDateTime(firstDate, event.time)}`,
      `DURATION:PT${minutes}M`,
      'RRULE:FREQ=DAILY',
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
