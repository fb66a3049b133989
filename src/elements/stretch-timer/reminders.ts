/**
 * "Add reminders to my calendar", loaded on the first press of the button
 * (reminders-button.ts stays on the first paint): the .ics file is written in
 * the browser and handed over as a download; where one cannot start, the file
 * is offered as a link and as text (reminders-view.ts). Nothing goes over the network.
 */
import { msg, str } from '@lit/localize';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import { remindersIcs } from '../../domain/ics.js';
import type { OfferFile } from './download.js';
import { REMINDERS_FILE_NAME } from './reminders-view.js';
import type { RemindersFallback } from './reminders-view.js';

export { renderRemindersFallback, remindersStyles as styles } from './reminders-view.js';

function uniqueId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // Not a secure context.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The reminders file in the active locale. */
export function remindersFile(times: readonly TimeOfDay[], firstDate: IsoDate, stamp: Date): string {
  const total = times.length;
  return remindersIcs({
    events: times.map((time, i) => {
      const n = i + 1;
      return { time, summary: msg(str`IQoro training, session ${n} of ${total}`, { id: 'timer.ics-summary' }) };
    }),
    firstDate,
    description: msg('Time for your IQoro training: three stretches.', {
      id: 'timer.ics-description-stretches',
    }),
    stamp,
    uid: uniqueId(),
  });
}

/**
 * Makes the file and offers it; returns what to offer instead where the
 * download cannot start (or may not have), else null.
 */
export function offerReminders(offer: OfferFile, times: readonly TimeOfDay[], firstDate: IsoDate, stamp: Date): RemindersFallback | null {
  const text = remindersFile(times, firstDate, stamp);
  const offered = offer(text, REMINDERS_FILE_NAME, 'text/calendar;charset=utf-8');
  return offered === 'started' ? null : { text, blocked: offered === 'blocked' };
}
